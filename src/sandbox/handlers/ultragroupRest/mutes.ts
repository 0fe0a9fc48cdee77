/**
 * The mutes of /v2/ultragroups/{groupId}/muted-users, …/allowed-users (mute exceptions) and
 * …/muted-status (the whole group), Go UGGroupMuteMembers*, UGGroupMutedWhitelist*, UGGroupMuted(Query).
 * They are kept in the ultragroup module's tables (ultragroup/tables.ts: UG_USER_BANNED,
 * UG_BANNED_WHITELIST, UG_GLOBAL_BANNED) on the '' channel, the whole group: the same mutes as the form
 * calls /ultragroup/userbanned/*, /ultragroup/banned/whitelist/* and /ultragroup/globalbanned/* without
 * busChannel, so that a mute set through one API is read through the other.
 */
import { PARAMETER_ERROR_CODE, type EndpointSpec } from '../../../core/contract';
import {
  UG_V2_ALLOWED_USERS_ADD, UG_V2_ALLOWED_USERS_LIST, UG_V2_ALLOWED_USERS_REMOVE, UG_V2_MUTE_MEMBERS_ADD, UG_V2_MUTE_MEMBERS_LIST,
  UG_V2_MUTE_MEMBERS_REMOVE, UG_V2_MUTED_STATUS_GET, UG_V2_MUTED_STATUS_SET,
} from '../../../core/contract/ultragroupRest';
import { clip } from '../../echo';
import { del, put, row, rows } from '../../model/tables';
import { all, fail, flag, ok, required, serviceTime, unique } from '../answers';
import type { EndpointHandler, HandlerContext } from '../types';
import { pairKey, UG_BANNED_WHITELIST, UG_GLOBAL_BANNED, UG_USER_BANNED, type ChannelUserRow } from '../ultragroup/tables';
import { groupOf, membersOf, noSuchGroup } from './rows';

type Mark = 'mute' | 'allow';

const TABLE = { mute: UG_USER_BANNED, allow: UG_BANNED_WHITELIST } as const;
const WHAT = { mute: 'mute', allow: 'mute exception' } as const;
/** The whole group: the form calls' busChannel left out. */
const WHOLE_GROUP = '';

/** The users with a mark on the whole group, in the order marked. */
function marked(ctx: HandlerContext, mark: Mark, groupId: string): ChannelUserRow[] {
  return [...rows<ChannelUserRow>(ctx.model, ctx.app, TABLE[mark], groupId).values()].filter((r) => r.busChannel === WHOLE_GROUP);
}

/** POST (on: true) or DELETE (on: false) of user_ids on a mark. */
function markUsers(endpoint: EndpointSpec, mark: Mark, on: boolean): EndpointHandler {
  return {
    endpoint,
    keeps: on
      ? `Gives each listed member a ${WHAT[mark]} on the whole ultragroup (given again: kept as it was), the same one /ultragroup/${mark === 'mute' ? 'userbanned' : 'banned/whitelist'}/add.json sets without busChannel. A user who is not a member refuses the whole call with 1003, as does an unknown ultragroup (our choices).`
      : `Lifts the whole-ultragroup ${WHAT[mark]} of each listed member (one that has none is left as it is), whichever API set it; a user who is not a member refuses the call with 1003, as does an unknown ultragroup (our choices).`,
    handle(params, ctx) {
      const groupId = required(params, endpoint, 'groupId');
      if (!groupOf(ctx, groupId)) return noSuchGroup(groupId);
      const members = membersOf(ctx, groupId);
      const userIds = unique(all(params, 'user_ids'));
      const stranger = userIds.find((u) => !members.has(u));
      if (stranger !== undefined) return fail(PARAMETER_ERROR_CODE, `user "${clip(stranger)}" is not a member of ultragroup "${clip(groupId)}"`);
      const kept = rows(ctx.model, ctx.app, TABLE[mark], groupId);
      const now = ctx.clock.now();
      const records = userIds.flatMap((userId) => {
        const key = pairKey(WHOLE_GROUP, userId);
        if (kept.has(key) === on) return [];
        return [on ? put(ctx.app, TABLE[mark], groupId, key, { busChannel: WHOLE_GROUP, userId, at: now }) : del(ctx.app, TABLE[mark], groupId, key)];
      });
      return ok(records);
    },
  };
}

/** GET of the users with a mark on the whole group, in the order marked. */
function listUsers(endpoint: EndpointSpec, mark: Mark): EndpointHandler {
  const entry = (r: ChannelUserRow) => (mark === 'mute' ? { id: r.userId, time: serviceTime(r.at) } : { id: r.userId });
  return {
    endpoint,
    keeps:
      mark === 'mute'
        ? 'Lists the users muted on the whole ultragroup (through this API or /ultragroup/userbanned/add.json without busChannel) as data.users [{id, time}] in the order muted, time when muted written "yyyy-MM-dd HH:mm:ss" in UTC+8 (our choice: Go reads it as text, no source shows its form); an unknown ultragroup is 1003.'
        : 'Lists the whole-ultragroup mute exceptions (through this API or /ultragroup/banned/whitelist/add.json without busChannel) as data.users [{id}] in the order added; an unknown ultragroup is 1003.',
    handle(params, ctx) {
      const groupId = required(params, endpoint, 'groupId');
      if (!groupOf(ctx, groupId)) return noSuchGroup(groupId);
      return ok([], { data: { users: marked(ctx, mark, groupId).map(entry) } });
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
  keeps: 'Keeps whether the whole ultragroup is muted (status true or false), the same setting as /ultragroup/globalbanned/set.json without busChannel; an unknown ultragroup is 1003 (our choice).',
  handle(params, ctx) {
    const groupId = required(params, UG_V2_MUTED_STATUS_SET, 'groupId');
    if (!groupOf(ctx, groupId)) return noSuchGroup(groupId);
    const muted = flag(params, UG_V2_MUTED_STATUS_SET, 'status');
    const was = row(ctx.model, ctx.app, UG_GLOBAL_BANNED, groupId, WHOLE_GROUP) !== undefined;
    if (was === muted) return ok();
    return ok([muted ? put(ctx.app, UG_GLOBAL_BANNED, groupId, WHOLE_GROUP, { at: ctx.clock.now() }) : del(ctx.app, UG_GLOBAL_BANNED, groupId, WHOLE_GROUP)]);
  },
};

export const v2MutedStatusGet: EndpointHandler = {
  endpoint: UG_V2_MUTED_STATUS_GET,
  keeps: 'Answers data.status, true while the whole ultragroup is muted (through this API or /ultragroup/globalbanned/set.json without busChannel; false until set); an unknown ultragroup is 1003.',
  handle(params, ctx) {
    const groupId = required(params, UG_V2_MUTED_STATUS_GET, 'groupId');
    if (!groupOf(ctx, groupId)) return noSuchGroup(groupId);
    return ok([], { data: { status: row(ctx.model, ctx.app, UG_GLOBAL_BANNED, groupId, WHOLE_GROUP) !== undefined } });
  },
};
