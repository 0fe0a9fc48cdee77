/** POST /group/user/query.json: the members in the order they joined, as `users: [{id}]` (the Go SDK's shape). */
import { PARAMETER_ERROR_CODE } from '../../../core/contract';
import { GROUP_MEMBERS } from '../../../core/contract/group';
import { clip } from '../../echo';
import { fail, ok, required } from '../answers';
import type { EndpointHandler } from '../types';

export const groupUsers: EndpointHandler = {
  endpoint: GROUP_MEMBERS,
  keeps: 'Lists the kept members in the order they joined.',
  handle(params, { app, model }) {
    const groupId = required(params, GROUP_MEMBERS, 'groupId');
    const group = model.app(app).groups.get(groupId);
    // The contract has no code for an unknown group: 1003 with the reason (the contract data's hint says to check the group ID).
    if (!group) return fail(PARAMETER_ERROR_CODE, `group "${clip(groupId)}" does not exist in this app`);
    return ok([], { users: [...group.members].map((id) => ({ id })) });
  },
};
