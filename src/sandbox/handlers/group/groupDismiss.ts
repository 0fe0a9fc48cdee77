/** POST /group/dismiss.json: the group and its members are gone (no such group is fine). */
import { GROUP_DISMISS } from '../../../core/contract/group';
import { ok, required } from '../answers';
import type { EndpointHandler } from '../types';

export const groupDismiss: EndpointHandler = {
  endpoint: GROUP_DISMISS,
  keeps: 'Removes the group and its members.',
  handle(params, { app, model }) {
    const groupId = required(params, GROUP_DISMISS, 'groupId');
    return ok(model.app(app).groups.has(groupId) ? [{ t: 'groupDismiss', app, groupId }] : []);
  },
};
