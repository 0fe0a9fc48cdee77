/**
 * POST and DELETE /v2/ultragroups/{groupId}/users/{userId}, GET /v2/ultragroups/{groupId}/users and
 * GET /v2/ultragroups/users/{userId}/groups (Go UGGroupJoin, UGGroupQuit, UGQueryGroupUsers, UGQueryUserGroups).
 */
import { UG_V2_GROUP_USERS, UG_V2_JOIN_GROUP, UG_V2_QUIT_GROUP, UG_V2_USER_GROUPS } from '../../../core/contract/ultragroupRest';
import { put, scopes, ULTRAGROUP_MEMBERS } from '../../model/tables';
import { ok, required } from '../answers';
import type { EndpointHandler } from '../types';
import { leaveRecords } from '../ultragroup/groups';
import { DEFAULT_PAGE_SIZE, goPage, groupOf, membersOf, noSuchGroup } from './rows';

const pagingChoice = `page 0 reads as 1 and size 0 as ${DEFAULT_PAGE_SIZE} (Go sends 0 when unset; our choice, no source states a default)`;

export const v2JoinGroup: EndpointHandler = {
  endpoint: UG_V2_JOIN_GROUP,
  keeps: 'Adds the user to the ultragroup (joining again keeps the first join); an unknown ultragroup is 1003 (our choice).',
  handle(params, ctx) {
    const groupId = required(params, UG_V2_JOIN_GROUP, 'groupId');
    const userId = required(params, UG_V2_JOIN_GROUP, 'userId');
    if (!groupOf(ctx, groupId)) return noSuchGroup(groupId);
    if (membersOf(ctx, groupId).has(userId)) return ok();
    return ok([put(ctx.app, ULTRAGROUP_MEMBERS, groupId, userId, { joinedAt: ctx.clock.now() })]);
  },
};

export const v2QuitGroup: EndpointHandler = {
  endpoint: UG_V2_QUIT_GROUP,
  keeps: "Removes the user from the ultragroup, its private channel lists and its user groups, as /ultragroup/quit.json does (mutes naming the user stay); a user who is not a member is 200 with no change, an unknown ultragroup 1003 (our choices).",
  handle(params, ctx) {
    const groupId = required(params, UG_V2_QUIT_GROUP, 'groupId');
    const userId = required(params, UG_V2_QUIT_GROUP, 'userId');
    if (!groupOf(ctx, groupId)) return noSuchGroup(groupId);
    return ok(membersOf(ctx, groupId).has(userId) ? leaveRecords(ctx.app, ctx.model, groupId, userId) : []);
  },
};

export const v2GroupUsers: EndpointHandler = {
  endpoint: UG_V2_GROUP_USERS,
  keeps: `Lists the members in the order they joined as data.users [{id}], a page at a time: ${pagingChoice}; an unknown ultragroup is 1003.`,
  handle(params, ctx) {
    const groupId = required(params, UG_V2_GROUP_USERS, 'groupId');
    if (!groupOf(ctx, groupId)) return noSuchGroup(groupId);
    const users = goPage([...membersOf(ctx, groupId).keys()], params, UG_V2_GROUP_USERS, 'size').map((id) => ({ id }));
    return ok([], { data: { users } });
  },
};

export const v2UserGroups: EndpointHandler = {
  endpoint: UG_V2_USER_GROUPS,
  keeps: `Lists the ultragroups the user is a member of as data.groups [{group_id, group_name}], the oldest ultragroup first: ${pagingChoice}.`,
  handle(params, ctx) {
    const userId = required(params, UG_V2_USER_GROUPS, 'userId');
    const groups = [...scopes(ctx.model, ctx.app, ULTRAGROUP_MEMBERS)].flatMap(([groupId, members]) => {
      const group = members.has(userId) ? groupOf(ctx, groupId) : undefined;
      return group ? [{ group_id: groupId, group_name: group.name, createdAt: group.createdAt }] : [];
    });
    groups.sort((a, b) => a.createdAt - b.createdAt);
    const page = goPage(groups, params, UG_V2_USER_GROUPS, 'size').map(({ group_id, group_name }) => ({ group_id, group_name }));
    return ok([], { data: { groups: page } });
  },
};
