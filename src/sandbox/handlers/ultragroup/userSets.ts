/**
 * The three per-channel user sets, each an add / del / get triple made by one factory: muted members
 * (userbanned), mute exceptions (banned/whitelist) and private channel member lists. A set belongs to
 * the group ('' channel) or to one channel; adding twice or removing what is not there changes nothing.
 */
import {
  ULTRAGROUP_BANNED_WHITELIST_ADD, ULTRAGROUP_BANNED_WHITELIST_DEL, ULTRAGROUP_BANNED_WHITELIST_GET,
  ULTRAGROUP_PRIVATE_USERS_ADD, ULTRAGROUP_PRIVATE_USERS_DEL, ULTRAGROUP_PRIVATE_USERS_GET,
  ULTRAGROUP_USER_BANNED_ADD, ULTRAGROUP_USER_BANNED_DEL, ULTRAGROUP_USER_BANNED_GET,
} from '../../../core/contract/ultragroup';
import type { EndpointSpec } from '../../../core/contract';
import { clip } from '../../echo';
import type { SandboxModel } from '../../model';
import { del, put, rows } from '../../model/tables';
import { fail, integer, ok, paged, required } from '../answers';
import type { EndpointHandler, HandlerResult } from '../types';
import { busChannel, checkGroupChannel, checkUsersPerCall, idList, isMember } from './common';
import { pairKey, UG_BANNED_WHITELIST, UG_PRIVATE_USERS, UG_USER_BANNED, type ChannelUserRow } from './tables';

/** Private channel members must be ultragroup members, or none is added (the data's hint for 24406, D:ultragroup/private-channel/add-to-private-channel-users). */
const NOT_MEMBER_CODE = 24406;

interface UserSet {
  readonly table: string;
  readonly add: EndpointSpec;
  readonly del: EndpointSpec;
  readonly get: EndpointSpec;
  /** What the set is, for `keeps`. */
  readonly what: string;
  /** How get answers one user: Go reads users as [{id}] for mutes (UltraGroupUserBannedResponseItem) and as [id] for private lists (UGChannelPrivateUserGetObj). */
  readonly answer: (userId: string) => unknown;
  /** Only ultragroup members may be added (24406); the set is always a channel's (busChannel required). */
  readonly membersOnly?: boolean;
}

function usersIn(model: SandboxModel, app: string, table: string, groupId: string, channel: string): string[] {
  return [...rows<ChannelUserRow>(model, app, table, groupId).values()].filter((r) => r.busChannel === channel).map((r) => r.userId);
}

function userSetHandlers(set: UserSet): EndpointHandler[] {
  const where = set.membersOnly ? 'the channel' : 'the ultragroup, or the channel busChannel names';
  const add: EndpointHandler = {
    endpoint: set.add,
    keeps: `Adds the users (20 a call, more is 1003) to ${set.what} of ${where}${set.membersOnly ? '; a user who is not an ultragroup member fails the whole call with 24406' : ''}. An unknown group or channel is 1003 (our choice).`,
    handle(params, { app, model, clock }): HandlerResult {
      const groupId = required(params, set.add, 'groupId');
      const channel = busChannel(params, set.add);
      const ids = idList(params, 'userIds');
      const refused = checkGroupChannel(model, app, groupId, channel) ?? checkUsersPerCall(ids);
      if (refused) return refused;
      if (set.membersOnly) {
        const outsider = ids.find((u) => !isMember(model, app, groupId, u));
        if (outsider !== undefined) return fail(NOT_MEMBER_CODE, `user "${clip(outsider)}" is not a member of ultragroup "${clip(groupId)}"; no user was added`);
      }
      const kept = rows(model, app, set.table, groupId);
      const now = clock.now();
      return ok(ids.filter((u) => !kept.has(pairKey(channel, u))).map((userId) => put(app, set.table, groupId, pairKey(channel, userId), { busChannel: channel, userId, at: now })));
    },
  };
  const remove: EndpointHandler = {
    endpoint: set.del,
    keeps: `Removes the users (20 a call, more is 1003) from ${set.what} of ${where}; a user not there changes nothing. An unknown group or channel is 1003 (our choice).`,
    handle(params, { app, model }): HandlerResult {
      const groupId = required(params, set.del, 'groupId');
      const channel = busChannel(params, set.del);
      const ids = idList(params, 'userIds');
      const refused = checkGroupChannel(model, app, groupId, channel) ?? checkUsersPerCall(ids);
      if (refused) return refused;
      const kept = rows(model, app, set.table, groupId);
      return ok(ids.filter((u) => kept.has(pairKey(channel, u))).map((u) => del(app, set.table, groupId, pairKey(channel, u))));
    },
  };
  const get: EndpointHandler = {
    endpoint: set.get,
    keeps: `Lists ${set.what} of ${where} as users, in the order added, a page at a time when page and pageSize are sent (all otherwise); an unknown group or channel lists none (our choice).`,
    handle(params, { app, model }): HandlerResult {
      const groupId = required(params, set.get, 'groupId');
      const users = usersIn(model, app, set.table, groupId, busChannel(params, set.get));
      const size = integer(params, set.get, 'pageSize');
      const page = size === undefined ? users : paged(users, integer(params, set.get, 'page') ?? 1, size);
      return ok([], { users: page.map(set.answer) });
    },
  };
  return [add, remove, get];
}

const asItem = (id: string) => ({ id });
const asId = (id: string) => id;

export const USER_SET_HANDLERS: readonly EndpointHandler[] = [
  ...userSetHandlers({ table: UG_USER_BANNED, add: ULTRAGROUP_USER_BANNED_ADD, del: ULTRAGROUP_USER_BANNED_DEL, get: ULTRAGROUP_USER_BANNED_GET, what: 'the muted members', answer: asItem }),
  ...userSetHandlers({ table: UG_BANNED_WHITELIST, add: ULTRAGROUP_BANNED_WHITELIST_ADD, del: ULTRAGROUP_BANNED_WHITELIST_DEL, get: ULTRAGROUP_BANNED_WHITELIST_GET, what: 'the mute exceptions', answer: asItem }),
  ...userSetHandlers({ table: UG_PRIVATE_USERS, add: ULTRAGROUP_PRIVATE_USERS_ADD, del: ULTRAGROUP_PRIVATE_USERS_DEL, get: ULTRAGROUP_PRIVATE_USERS_GET, what: 'the private member list', answer: asId, membersOnly: true }),
];

/** Whether a user may use a channel by its private list or a bound user group (messages.ts reads it). */
export function privateListed(model: SandboxModel, app: string, groupId: string, channel: string): Set<string> {
  return new Set(usersIn(model, app, UG_PRIVATE_USERS, groupId, channel));
}
