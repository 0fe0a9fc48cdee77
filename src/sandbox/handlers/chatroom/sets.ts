/**
 * Sets of names: the ban whitelist and user whitelist of a chatroom (user IDs), and the app's
 * low-priority and whitelisted message types. Each is add / remove / query; one factory, one data
 * entry per endpoint.
 */
import { findParam, type EndpointSpec } from '../../../core/contract';
import {
  CHATROOM_BAN_WHITELIST_ADD,
  CHATROOM_BAN_WHITELIST_QUERY,
  CHATROOM_BAN_WHITELIST_ROLLBACK,
  CHATROOM_PRIORITY_ADD,
  CHATROOM_PRIORITY_QUERY,
  CHATROOM_PRIORITY_REMOVE,
  CHATROOM_USER_WHITELIST_ADD,
  CHATROOM_USER_WHITELIST_QUERY,
  CHATROOM_USER_WHITELIST_REMOVE,
  CHATROOM_WHITELIST_ADD,
  CHATROOM_WHITELIST_DELETE,
  CHATROOM_WHITELIST_QUERY,
} from '../../../core/contract/chatroom';
import { del, put, row, rows } from '../../model/tables';
import { all, fail, ok, required, unique } from '../answers';
import type { EndpointHandler, HandlerContext, HandlerResult, Params } from '../types';
import { BAN_WHITELIST, MESSAGE_WHITELIST, NO_CHATROOM, PRIORITIES, room, USER_WHITELIST } from './tables';

interface NameSet {
  readonly table: string;
  readonly perChatroom: boolean;
  /** The parameter holding the names (userId, objectName, objectnames). */
  readonly param: string;
  /** The most the set holds, if a source gives it. */
  readonly capacity?: number;
}

function scopeOf(s: NameSet, endpoint: EndpointSpec, params: Params, ctx: HandlerContext): string | HandlerResult {
  if (!s.perChatroom) return '';
  const chatroomId = required(params, endpoint, 'chatroomId');
  return room(ctx, chatroomId) === undefined ? fail(NO_CHATROOM, `chatroom ${chatroomId} does not exist`) : chatroomId;
}

function add(endpoint: EndpointSpec, s: NameSet, keeps: string): EndpointHandler {
  return {
    endpoint,
    keeps,
    handle: (params, ctx) => {
      const scope = scopeOf(s, endpoint, params, ctx);
      if (typeof scope !== 'string') return scope;
      const names = unique(all(params, s.param));
      if (s.capacity !== undefined) {
        const after = new Set([...rows(ctx.model, ctx.app, s.table, scope).keys(), ...names]);
        // The code the data gives the parameter (userId: 1005, "length out of range" on the live service).
        if (after.size > s.capacity) return fail(findParam(endpoint, s.param)?.code ?? 1003, `the list would hold ${after.size}; the limit is ${s.capacity}`);
      }
      const addedAt = ctx.clock.now();
      return ok(names.filter((n) => row(ctx.model, ctx.app, s.table, scope, n) === undefined).map((n) => put(ctx.app, s.table, scope, n, { addedAt })));
    },
  };
}

function remove(endpoint: EndpointSpec, s: NameSet, keeps: string): EndpointHandler {
  return {
    endpoint,
    keeps,
    handle: (params, ctx) => {
      const scope = scopeOf(s, endpoint, params, ctx);
      if (typeof scope !== 'string') return scope;
      const there = unique(all(params, s.param)).filter((n) => row(ctx.model, ctx.app, s.table, scope, n) !== undefined);
      return ok(there.map((n) => del(ctx.app, s.table, scope, n)));
    },
  };
}

function query(endpoint: EndpointSpec, s: NameSet, field: string, keeps: string): EndpointHandler {
  return {
    endpoint,
    keeps,
    handle: (params, ctx) => {
      const scope = scopeOf(s, endpoint, params, ctx);
      if (typeof scope !== 'string') return scope;
      return ok([], { [field]: [...rows(ctx.model, ctx.app, s.table, scope).keys()] });
    },
  };
}

const banWhitelist: NameSet = { table: BAN_WHITELIST, perChatroom: true, param: 'userId' };
/** A chatroom's user whitelist holds at most 5 (docs, user whitelist; the contract data's userId description). */
const userWhitelist: NameSet = { table: USER_WHITELIST, perChatroom: true, param: 'userId', capacity: 5 };
const priority: NameSet = { table: PRIORITIES, perChatroom: false, param: 'objectName' };
const messageWhitelist: NameSet = { table: MESSAGE_WHITELIST, perChatroom: false, param: 'objectnames' };
const unknown = 'An unknown chatroom is 23410.';

export const SET_HANDLERS: readonly EndpointHandler[] = [
  add(CHATROOM_BAN_WHITELIST_ADD, banWhitelist, `Adds the users (20 a call) to the chatroom's ban whitelist: they may speak while the whole chatroom is muted. ${unknown}`),
  remove(CHATROOM_BAN_WHITELIST_ROLLBACK, banWhitelist, `Takes the users off the ban whitelist (one not on it is skipped, 200). ${unknown}`),
  // userIds: Go ChatRoomUserBanWhitelistQuery's result struct.
  query(CHATROOM_BAN_WHITELIST_QUERY, banWhitelist, 'userIds', `Answers userIds, the ban whitelist in the order added. ${unknown}`),
  add(CHATROOM_USER_WHITELIST_ADD, userWhitelist, `Adds the users to the chatroom's user whitelist, 5 in all (more is 1005, the data's code for userId). ${unknown}`),
  remove(CHATROOM_USER_WHITELIST_REMOVE, userWhitelist, `Takes the users off the user whitelist (one not on it is skipped, 200). ${unknown}`),
  // users: Go ChatRoomUserWhitelistGetList reads dat["users"] as strings.
  query(CHATROOM_USER_WHITELIST_QUERY, userWhitelist, 'users', `Answers users, the user whitelist in the order added. ${unknown}`),
  add(CHATROOM_PRIORITY_ADD, priority, 'Marks the message types (5 a call) low priority, app-wide; the sandbox drops no message for it.'),
  remove(CHATROOM_PRIORITY_REMOVE, priority, 'Gives the message types their normal priority back (one not marked is skipped, 200).'),
  // objectNames: Go ChatRoomResult json tag.
  query(CHATROOM_PRIORITY_QUERY, priority, 'objectNames', 'Answers objectNames, the low-priority message types in the order added.'),
  add(CHATROOM_WHITELIST_ADD, messageWhitelist, 'Adds the message types (5 a call) to the app\'s chatroom message whitelist.'),
  remove(CHATROOM_WHITELIST_DELETE, messageWhitelist, 'Takes the message types off the message whitelist (one not on it is skipped, 200).'),
  // whitlistMsgType (sic): Go ChatRoomResult json tag; Java renames it to objectNames (CommonUtil.getResponseByCode).
  query(CHATROOM_WHITELIST_QUERY, messageWhitelist, 'whitlistMsgType', 'Answers whitlistMsgType (spelled so), the whitelisted message types in the order added.'),
];
