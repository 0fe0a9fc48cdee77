/**
 * Timed user lists: blocks (kept out of one chatroom), gags (muted in one chatroom) and the app-wide
 * chatroom ban (muted in every chatroom). Each is add (for `minute` minutes) / rollback / list; a
 * row past its end is gone from the list by the clock. One factory, one data entry per endpoint.
 */
import type { EndpointSpec } from '../../../core/contract';
import {
  CHATROOM_BLOCK_ADD,
  CHATROOM_BLOCK_LIST,
  CHATROOM_BLOCK_ROLLBACK,
  CHATROOM_GAG_ADD,
  CHATROOM_GAG_LIST,
  CHATROOM_GAG_ROLLBACK,
  CHATROOM_USER_BAN_ADD,
  CHATROOM_USER_BAN_QUERY,
  CHATROOM_USER_BAN_REMOVE,
} from '../../../core/contract/chatroom';
import { CHATROOM_MEMBERS, del, put, row } from '../../model/tables';
import type { SandboxRecord } from '../../model';
import { all, fail, integer, ok, required, serviceTime, unique } from '../answers';
import type { EndpointHandler, HandlerContext, HandlerResult, Params } from '../types';
import { activeTimed, BLOCKS, GAGS, minutesFromNow, NO_CHATROOM, room, USER_BANS } from './tables';

interface Family {
  readonly table: string;
  /** Scoped by chatroom (blocks, gags) or app-wide (the ban). */
  readonly perChatroom: boolean;
  /** Block: the users are put out of the chatroom as well. */
  readonly putsOut?: boolean;
}

/** The chatroom scope of a call ('' for app-wide), or the 23410 answer for a chatroom that does not exist. */
function scopeOf(f: Family, endpoint: EndpointSpec, params: Params, ctx: HandlerContext): string | HandlerResult {
  if (!f.perChatroom) return '';
  const chatroomId = required(params, endpoint, 'chatroomId');
  return room(ctx, chatroomId) === undefined ? fail(NO_CHATROOM, `chatroom ${chatroomId} does not exist`) : chatroomId;
}

function add(endpoint: EndpointSpec, f: Family, keeps: string): EndpointHandler {
  return {
    endpoint,
    keeps,
    handle: (params, ctx) => {
      const scope = scopeOf(f, endpoint, params, ctx);
      if (typeof scope !== 'string') return scope;
      const until = minutesFromNow(ctx, integer(params, endpoint, 'minute') ?? 0);
      const records: SandboxRecord[] = [];
      for (const userId of unique(all(params, 'userId'))) {
        records.push(put(ctx.app, f.table, scope, userId, { until }));
        if (f.putsOut === true && row(ctx.model, ctx.app, CHATROOM_MEMBERS, scope, userId) !== undefined) records.push(del(ctx.app, CHATROOM_MEMBERS, scope, userId));
      }
      return ok(records);
    },
  };
}

function rollback(endpoint: EndpointSpec, f: Family, keeps: string): EndpointHandler {
  return {
    endpoint,
    keeps,
    handle: (params, ctx) => {
      const scope = scopeOf(f, endpoint, params, ctx);
      if (typeof scope !== 'string') return scope;
      const there = unique(all(params, 'userId')).filter((u) => row(ctx.model, ctx.app, f.table, scope, u) !== undefined);
      return ok(there.map((u) => del(ctx.app, f.table, scope, u)));
    },
  };
}

function list(endpoint: EndpointSpec, f: Family, keeps: string): EndpointHandler {
  return {
    endpoint,
    keeps,
    handle: (params, ctx) => {
      const scope = scopeOf(f, endpoint, params, ctx);
      if (typeof scope !== 'string') return scope;
      // userId and time (the end, UTC+8 text): Go ChatRoomUser json tags; Java renames userId to id for these paths (CommonUtil.getResponseByCode).
      const users = activeTimed(ctx.model, ctx.app, f.table, scope, ctx.clock.now()).map(([userId, r]) => ({ userId, time: serviceTime(r.until) }));
      return ok([], { users });
    },
  };
}

const block: Family = { table: BLOCKS, perChatroom: true, putsOut: true };
const gag: Family = { table: GAGS, perChatroom: true };
const userBan: Family = { table: USER_BANS, perChatroom: false };
const unknown = 'An unknown chatroom is 23410.';

export const TIMED_HANDLERS: readonly EndpointHandler[] = [
  add(CHATROOM_BLOCK_ADD, block, `Blocks the users (20 a call) for minute minutes (1–43200): they are put out of the chatroom; adding one again sets a new end. ${unknown}`),
  rollback(CHATROOM_BLOCK_ROLLBACK, block, `Ends the users' block (one not blocked is skipped, 200). ${unknown}`),
  list(CHATROOM_BLOCK_LIST, block, `Answers users [{userId, time}] (time: when the block ends, UTC+8 text), blocks that ended left out by the clock. ${unknown}`),
  add(CHATROOM_GAG_ADD, gag, `Mutes the users in the chatroom (20 a call) for minute minutes (1–43200); they need not be in it; adding one again sets a new end. ${unknown}`),
  rollback(CHATROOM_GAG_ROLLBACK, gag, `Lifts the users' mute (one not muted is skipped, 200). ${unknown}`),
  list(CHATROOM_GAG_LIST, gag, `Answers users [{userId, time}] (time: when the mute ends, UTC+8 text), mutes that ended left out by the clock. ${unknown}`),
  add(CHATROOM_USER_BAN_ADD, userBan, 'Mutes the users (20 a call) in every chatroom of the app for minute minutes (1–43200); adding one again sets a new end.'),
  rollback(CHATROOM_USER_BAN_REMOVE, userBan, 'Lifts the users\' app-wide chatroom mute (one not muted is skipped, 200).'),
  list(CHATROOM_USER_BAN_QUERY, userBan, 'Answers users [{userId, time}] (time: when the mute ends, UTC+8 text), mutes that ended left out by the clock.'),
];
