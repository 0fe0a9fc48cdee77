/**
 * The mutes of /v2/ultragroups/{groupId}/muted-users, …/allowed-users (mute exceptions) and
 * …/muted-status (the whole group), Go UGGroupMuteMembers*, UGGroupMutedWhitelist*, UGGroupMuted(Query).
 * A member's mute and exception are fields of the member row (see rows.ts).
 */
import { PARAMETER_ERROR_CODE, type EndpointSpec } from '../../../core/contract';
import {
  UG_V2_ALLOWED_USERS_ADD, UG_V2_ALLOWED_USERS_LIST, UG_V2_ALLOWED_USERS_REMOVE, UG_V2_MUTE_MEMBERS_ADD, UG_V2_MUTE_MEMBERS_LIST,
  UG_V2_MUTE_MEMBERS_REMOVE, UG_V2_MUTED_STATUS_GET, UG_V2_MUTED_STATUS_SET,
} from '../../../core/contract/ultragroupRest';
import { clip } from '../../echo';
import { put, ULTRAGROUP_MEMBERS, ULTRAGROUPS } from '../../model/tables';
import { all, fail, flag, ok, required, serviceTime, unique } from '../answers';
import type { EndpointHandler } from '../types';
import { groupOf, membersOf, noSuchGroup, plain, type UltragroupMemberRow } from './rows';

type Mark = 'mute' | 'allow';

const FIELD = { mute: 'mutedAt', allow: 'allowed' } as const;
const WHAT = { mute: 'mute', allow: 'mute exception' } as const;

/** POST (on: true) or DELETE (on: false) of user_ids on a member mark. */
function markUsers(endpoint: EndpointSpec, mark: Mark, on: boolean): EndpointHandler {
  return {
    endpoint,
    keeps: on
      ? `Gives each listed member a ${WHAT[mark]} (given again: kept as it was). A user who is not a member refuses the whole call with 1003, as does an unknown ultragroup (our choices: a ${WHAT[mark]} is kept on the membership).`
      : `Lifts the ${WHAT[mark]} of each listed member (one that has none is left as it is); a user who is not a member refuses the call with 1003, as does an unknown ultragroup (our choices).`,
    handle(params, ctx) {
      const groupId = required(params, endpoint, 'groupId');
      if (!groupOf(ctx, groupId)) return noSuchGroup(groupId);
      const members = membersOf(ctx, groupId);
      const userIds = unique(all(params, 'user_ids'));
      const stranger = userIds.find((u) => !members.has(u));
      if (stranger !== undefined) return fail(PARAMETER_ERROR_CODE, `user "${clip(stranger)}" is not a member of ultragroup "${clip(groupId)}"`);
      const now = ctx.clock.now();
      const records = userIds.flatMap((userId) => {
        const member = members.get(userId)!;
        const has = member[FIELD[mark]] !== undefined;
        if (has === on) return [];
        const value = on ? (mark === 'mute' ? now : true) : undefined;
        return [put(ctx.app, ULTRAGROUP_MEMBERS, groupId, userId, plain({ ...member, [FIELD[mark]]: value }))];
      });
      return ok(records);
    },
  };
}

/** GET of the members with a mark, in the order they joined. */
function listUsers(endpoint: EndpointSpec, mark: Mark): EndpointHandler {
  const entry = (id: string, m: UltragroupMemberRow) => (mark === 'mute' ? { id, time: serviceTime(m.mutedAt ?? 0) } : { id });
  return {
    endpoint,
    keeps:
      mark === 'mute'
        ? 'Lists the muted members as data.users [{id, time}], time when muted written "yyyy-MM-dd HH:mm:ss" in UTC+8 (our choice: Go reads it as text, no source shows its form); an unknown ultragroup is 1003.'
        : 'Lists the mute exceptions as data.users [{id}] in the order the members joined; an unknown ultragroup is 1003.',
    handle(params, ctx) {
      const groupId = required(params, endpoint, 'groupId');
      if (!groupOf(ctx, groupId)) return noSuchGroup(groupId);
      const users = [...membersOf(ctx, groupId)].filter(([, m]) => m[FIELD[mark]] !== undefined).map(([id, m]) => entry(id, m));
      return ok([], { data: { users } });
    },
  };
}

export const v2MuteMembersAdd = markUsers(UG_V2_MUTE_MEMBERS_ADD, 'mute', true);
export const v2MuteMembersRemove = markUsers(UG_V2_MUTE_MEMBERS_REMOVE, 'mute', false);
export const v2MuteMembersList = listUsers(UG_V2_MUTE_MEMBERS_LIST, 'mute');
export const v2AllowedUsersAdd = markUsers(UG_V2_ALLOWED_USERS_ADD, 'allow', true);
export const v2AllowedUsersRemove = markUsers(UG_V2_ALLOWED_USERS_REMOVE, 'allow', false);
export const v2AllowedUsersList = listUsers(UG_V2_ALLOWED_USERS_LIST, 'allow');

export const v2MutedStatusSet: EndpointHandler = {
  endpoint: UG_V2_MUTED_STATUS_SET,
  keeps: 'Keeps whether the whole ultragroup is muted (status true or false); an unknown ultragroup is 1003 (our choice).',
  handle(params, ctx) {
    const groupId = required(params, UG_V2_MUTED_STATUS_SET, 'groupId');
    const group = groupOf(ctx, groupId);
    if (!group) return noSuchGroup(groupId);
    const muted = flag(params, UG_V2_MUTED_STATUS_SET, 'status');
    if ((group.muted === true) === muted) return ok();
    return ok([put(ctx.app, ULTRAGROUPS, '', groupId, plain({ ...group, muted: muted ? true : undefined }))]);
  },
};

export const v2MutedStatusGet: EndpointHandler = {
  endpoint: UG_V2_MUTED_STATUS_GET,
  keeps: 'Answers data.status, true while the whole ultragroup is muted (false until set); an unknown ultragroup is 1003.',
  handle(params, ctx) {
    const groupId = required(params, UG_V2_MUTED_STATUS_GET, 'groupId');
    const group = groupOf(ctx, groupId);
    if (!group) return noSuchGroup(groupId);
    return ok([], { data: { status: group.muted === true } });
  },
};
