/**
 * POST /group/sync.json: the user's groups become the ones sent as group[<id>]=<name> (docs sync-group):
 * joined where not yet, left where not listed; none listed leaves every group.
 */
import { MAX_GROUP_MEMBERS, PARAMETER_ERROR_CODE } from '../../../core/contract';
import { GROUP_SYNC } from '../../../core/contract/group';
import { clip } from '../../echo';
import type { SandboxRecord } from '../../model';
import { fail, keyed, ok, required } from '../answers';
import type { EndpointHandler } from '../types';

export const groupSync: EndpointHandler = {
  endpoint: GROUP_SYNC,
  keeps: "Makes the user a member of exactly the groups sent (new groups are created, each name refreshed as the docs say) and takes the user out of every other group; 3,000 members a group at most (1003).",
  handle(params, { app, model }) {
    const userId = required(params, GROUP_SYNC, 'userId');
    const groups = model.app(app).groups;
    const wanted = new Map(keyed(params, 'group'));
    const records: SandboxRecord[] = [];
    for (const [groupId, groupName] of wanted) {
      const members = groups.get(groupId)?.members;
      if (!members?.has(userId) && (members?.size ?? 0) >= MAX_GROUP_MEMBERS) {
        return fail(PARAMETER_ERROR_CODE, `group "${clip(groupId)}" already has ${MAX_GROUP_MEMBERS} members`);
      }
      records.push({ t: 'groupJoin', app, groupId, groupName, userIds: members?.has(userId) ? [] : [userId] });
    }
    for (const g of groups.values()) {
      if (g.members.has(userId) && !wanted.has(g.groupId)) records.push({ t: 'groupQuit', app, groupId: g.groupId, userIds: [userId] });
    }
    return ok(records);
  },
};
