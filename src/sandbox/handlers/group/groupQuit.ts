/** POST /group/quit.json: the users leave (users not in the group, or no such group, are fine). */
import { GROUP_QUIT } from '../../../core/contract/group';
import { all, ok, required, unique } from '../answers';
import type { EndpointHandler } from '../types';

export const groupQuit: EndpointHandler = {
  endpoint: GROUP_QUIT,
  keeps: 'Removes the members from the kept group.',
  handle(params, { app, model }) {
    const groupId = required(params, GROUP_QUIT, 'groupId');
    const members = model.app(app).groups.get(groupId)?.members;
    const leaving = unique(all(params, 'userId')).filter((u) => members?.has(u));
    return ok(leaving.length === 0 ? [] : [{ t: 'groupQuit', app, groupId, userIds: leaving }]);
  },
};
