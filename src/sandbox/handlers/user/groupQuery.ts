/** POST /user/group/query.json: the groups the user is a member of, as {id, name} (Go GroupUserQueryGroup), in the order the groups were created. */
import { GROUP_QUERY } from '../../../core/contract/user';
import { ok, required } from '../answers';
import type { EndpointHandler } from '../types';

export const groupQuery: EndpointHandler = {
  endpoint: GROUP_QUERY,
  keeps: 'Lists the kept groups the user is a member of, as {id, name}; a user in no group (or unknown) gets an empty list.',
  handle(params, { app, model }) {
    const userId = required(params, GROUP_QUERY, 'userId');
    const groups = [...model.app(app).groups.values()].filter((g) => g.members.has(userId)).map((g) => ({ id: g.groupId, name: g.name }));
    return ok([], { groups });
  },
};
