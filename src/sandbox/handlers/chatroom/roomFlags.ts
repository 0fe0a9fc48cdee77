/**
 * What is kept on the chatroom's own row: the whole-chatroom mute (ban add/rollback/check/query),
 * keepalive (add/remove/query) and message distribution (stop/resume).
 */
import type { EndpointSpec } from '../../../core/contract';
import {
  CHATROOM_BAN_ADD,
  CHATROOM_BAN_CHECK,
  CHATROOM_BAN_QUERY,
  CHATROOM_BAN_ROLLBACK,
  CHATROOM_DISTRIBUTION_RESUME,
  CHATROOM_DISTRIBUTION_STOP,
  CHATROOM_KEEPALIVE_ADD,
  CHATROOM_KEEPALIVE_QUERY,
  CHATROOM_KEEPALIVE_REMOVE,
} from '../../../core/contract/chatroom';
import { CHATROOMS, scopes } from '../../model/tables';
import { fail, integer, ok, paged, required } from '../answers';
import type { EndpointHandler, HandlerContext } from '../types';
import { liveRoom, NO_CHATROOM, putRoom, room, type RoomRow } from './tables';

/** The real service's code for removing a chatroom that is not kept alive (api-notes.md; errorCatalogue.ts REAL_SERVICE_CATALOGUE 1015). */
const NOT_KEPT_ALIVE = 1015;
/** ban/query's page size when none is sent (our choice: no source gives one). */
const DEFAULT_BAN_PAGE_SIZE = 50;

/** A handler that sets fields of an existing chatroom's row. */
function setOnRoom(endpoint: EndpointSpec, keeps: string, fields: Partial<RoomRow>): EndpointHandler {
  return {
    endpoint,
    keeps,
    handle: (params, ctx) => {
      const chatroomId = required(params, endpoint, 'chatroomId');
      const r = room(ctx, chatroomId);
      if (r === undefined) return fail(NO_CHATROOM, `chatroom ${chatroomId} does not exist`);
      return ok([putRoom(ctx.app, chatroomId, { ...r, ...fields })]);
    },
  };
}

/** The live chatrooms whose row passes `test`, in the order created. */
function roomsWhere(ctx: HandlerContext, test: (r: RoomRow) => boolean): string[] {
  const all = scopes<RoomRow>(ctx.model, ctx.app, CHATROOMS).get('') ?? new Map<string, RoomRow>();
  return [...all.keys()].filter((id) => {
    const r = liveRoom(ctx, id);
    return r !== undefined && test(r);
  });
}

export const ROOM_FLAG_HANDLERS: readonly EndpointHandler[] = [
  setOnRoom(CHATROOM_BAN_ADD, 'Mutes the whole chatroom (its ban whitelist excepted), as get\'s ban and ban/check answer. An unknown chatroom is 23410.', { isBan: true }),
  setOnRoom(CHATROOM_BAN_ROLLBACK, 'Lifts the whole-chatroom mute (200 when it was not muted). An unknown chatroom is 23410.', { isBan: false }),
  {
    endpoint: CHATROOM_BAN_CHECK,
    keeps: 'Answers status 1 when the whole chatroom is muted, 0 when not (Go ChatRoomBanCheck). An unknown chatroom is 23410.',
    handle: (params, ctx) => {
      const chatroomId = required(params, CHATROOM_BAN_CHECK, 'chatroomId');
      const r = room(ctx, chatroomId);
      if (r === undefined) return fail(NO_CHATROOM, `chatroom ${chatroomId} does not exist`);
      return ok([], { status: r.isBan === true ? 1 : 0 });
    },
  },
  {
    endpoint: CHATROOM_BAN_QUERY,
    keeps: 'Answers chatroomIds, the wholly muted chatrooms in the order created, a page at a time (page from 1; 50 a page when size is not sent, our choice).',
    handle: (params, ctx) => {
      const list = roomsWhere(ctx, (r) => r.isBan === true);
      // chatroomIds: Java ChatroomBanListResult's field (Gson matches case); Go's tag chatroomids matches it case-insensitively.
      return ok([], { chatroomIds: paged(list, integer(params, CHATROOM_BAN_QUERY, 'page') ?? 1, integer(params, CHATROOM_BAN_QUERY, 'size') ?? DEFAULT_BAN_PAGE_SIZE) });
    },
  },
  setOnRoom(CHATROOM_KEEPALIVE_ADD, 'Keeps the chatroom alive: a fixed-lifetime chatroom is not destroyed while kept. An unknown chatroom is 23410.', { keepalive: true }),
  {
    endpoint: CHATROOM_KEEPALIVE_REMOVE,
    keeps: 'Stops keeping the chatroom alive (a fixed lifetime that has passed then ends it); a chatroom not kept alive is 1015, the live service\'s code for it.',
    handle: (params, ctx) => {
      const chatroomId = required(params, CHATROOM_KEEPALIVE_REMOVE, 'chatroomId');
      const r = room(ctx, chatroomId);
      if (r?.keepalive !== true) return fail(NOT_KEPT_ALIVE, `chatroom ${chatroomId} is not kept alive`);
      return ok([putRoom(ctx.app, chatroomId, { ...r, keepalive: false })]);
    },
  },
  {
    endpoint: CHATROOM_KEEPALIVE_QUERY,
    keeps: 'Answers chatroomIds, the chatrooms kept alive, in the order created.',
    // chatroomIds: Java ChatroomKeepaliveResult and Node keepalive getList (renames chatroomIds); Go's tag chatroomids matches it case-insensitively.
    handle: (_params, ctx) => ok([], { chatroomIds: roomsWhere(ctx, (r) => r.keepalive === true) }),
  },
  setOnRoom(
    CHATROOM_DISTRIBUTION_STOP,
    'Marks the chatroom\'s messages as not delivered to its members from now (kept on the chatroom, read by chatroom sends). An unknown chatroom is 23410.',
    { distributionStopped: true },
  ),
  setOnRoom(CHATROOM_DISTRIBUTION_RESUME, 'Delivers the chatroom\'s messages again (200 when not stopped). An unknown chatroom is 23410.', { distributionStopped: false }),
];
