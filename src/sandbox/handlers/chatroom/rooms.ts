/** Chatrooms themselves: create (old and new), destroy, the destruction rule, and reading them (get, the deprecated query). */
import {
  CHATROOM_CREATE,
  CHATROOM_CREATE_NEW,
  CHATROOM_DESTROY,
  CHATROOM_DESTROY_SET,
  CHATROOM_GET,
  CHATROOM_QUERY,
} from '../../../core/contract/chatroom';
import { CHATROOMS, put, row } from '../../model/tables';
import type { SandboxRecord } from '../../model';
import { all, fail, flag, integer, jsonParam, keyed, ok, one, required, serviceTime, unique } from '../answers';
import type { EndpointHandler, HandlerContext } from '../types';
import { entryWrites } from './entries';
import { BAN_WHITELIST, DEFAULT_DESTROY_MINUTES, forget, liveRoom, members, NO_CHATROOM, putRoom, room, type RoomRow } from './tables';

/** The records that start a chatroom afresh: a chatroom whose fixed lifetime ended leaves nothing behind. */
function fresh(ctx: HandlerContext, chatroomId: string): { base: RoomRow | undefined; records: SandboxRecord[] } {
  const stale = row<RoomRow>(ctx.model, ctx.app, CHATROOMS, '', chatroomId) !== undefined && liveRoom(ctx, chatroomId) === undefined;
  if (stale) return { base: undefined, records: forget(ctx.app, chatroomId, true) };
  return { base: room(ctx, chatroomId), records: [] };
}

/** A destroyTime as kept: Go sends 0 when none was given, which means the default. */
function destroyMinutes(v: number | undefined): number {
  return v === undefined || v <= 0 ? DEFAULT_DESTROY_MINUTES : v;
}

export const chatroomCreate: EndpointHandler = {
  endpoint: CHATROOM_CREATE,
  keeps:
    'Creates each chatroom[<id>]=<name> pair (100 a call); a chatroom that exists keeps its creation time, members and settings and takes the new name (our choice).',
  handle: (params, ctx) => {
    const records: SandboxRecord[] = [];
    for (const [chatroomId, name] of keyed(params, 'chatroom')) {
      const { base, records: reset } = fresh(ctx, chatroomId);
      records.push(...reset, putRoom(ctx.app, chatroomId, { ...base, name, createdAt: base?.createdAt ?? ctx.clock.now() }));
    }
    return ok(records);
  },
};

export const chatroomCreateNew: EndpointHandler = {
  endpoint: CHATROOM_CREATE_NEW,
  keeps:
    'Creates the chatroom with its destruction rule (a fixed-lifetime one, destroyType 1, is gone from every read once its destroyTime minutes pass unless kept alive; an inactive one is never destroyed), isBan, the ban whitelist (whiteUserIds) and entryInfo owned by entryOwnerId (required with entryInfo, 1003). On an existing chatroom the call keeps its creation time, members and whatever it does not send, and applies what it sends (our choice).',
  handle: (params, ctx) => {
    const chatroomId = required(params, CHATROOM_CREATE_NEW, 'chatroomId');
    const { base, records } = fresh(ctx, chatroomId);
    const now = ctx.clock.now();
    records.push(
      putRoom(ctx.app, chatroomId, {
        ...base,
        name: base?.name ?? '',
        createdAt: base?.createdAt ?? now,
        // What the call leaves out stays as it was on an existing chatroom (Java sends only what is set).
        destroyType: params.has('destroyType') ? integer(params, CHATROOM_CREATE_NEW, 'destroyType') : (base?.destroyType ?? 0),
        destroyTime: params.has('destroyTime') ? destroyMinutes(integer(params, CHATROOM_CREATE_NEW, 'destroyTime')) : (base?.destroyTime ?? DEFAULT_DESTROY_MINUTES),
        isBan: params.has('isBan') ? flag(params, CHATROOM_CREATE_NEW, 'isBan') : base?.isBan === true,
      }),
    );
    for (const userId of unique(all(params, 'whiteUserIds'))) records.push(put(ctx.app, BAN_WHITELIST, chatroomId, userId, { addedAt: now }));
    if (params.has('entryInfo')) {
      const owner = one(params, CHATROOM_CREATE_NEW, 'entryOwnerId');
      if (owner === undefined) return fail(1003, 'entryInfo needs entryOwnerId, the owner of the attributes');
      const entries = entryWrites(ctx, chatroomId, owner, jsonParam(params, 'entryInfo'), false, { maxPairs: undefined, fresh: base === undefined });
      if ('error' in entries) return entries;
      records.push(...entries.records);
    }
    return ok(records);
  },
};

export const chatroomDestroy: EndpointHandler = {
  endpoint: CHATROOM_DESTROY,
  keeps:
    'Forgets the chatroom with everything kept for it: members, blocks, mutes, whitelists and attributes (the app-wide ban of a user stays). Destroying a chatroom that does not exist answers 200 (our choice).',
  handle: (params, ctx) => {
    const chatroomId = required(params, CHATROOM_DESTROY, 'chatroomId');
    const hasRow = row(ctx.model, ctx.app, CHATROOMS, '', chatroomId) !== undefined;
    if (!hasRow && members(ctx, chatroomId).length === 0) return ok();
    return ok(forget(ctx.app, chatroomId, hasRow));
  },
};

export const chatroomDestroySet: EndpointHandler = {
  endpoint: CHATROOM_DESTROY_SET,
  keeps: 'Sets the destruction rule that get answers (a fixed lifetime counts from creation); an unknown chatroom is 23410.',
  handle: (params, ctx) => {
    const chatroomId = required(params, CHATROOM_DESTROY_SET, 'chatroomId');
    const r = room(ctx, chatroomId);
    if (r === undefined) return fail(NO_CHATROOM, `chatroom ${chatroomId} does not exist`);
    return ok([
      putRoom(ctx.app, chatroomId, {
        ...r,
        destroyType: integer(params, CHATROOM_DESTROY_SET, 'destroyType') ?? 0,
        destroyTime: destroyMinutes(integer(params, CHATROOM_DESTROY_SET, 'destroyTime')),
      }),
    ]);
  },
};

export const chatroomGet: EndpointHandler = {
  endpoint: CHATROOM_GET,
  keeps:
    'Answers chatroomId, createTime (milliseconds, a number as Go parses it), memberCount (clients joined now), destroyType, destroyTime and ban; a chatroom joined by clients without a create call reads as created at its first join, type 0, 60 minutes. Unknown: 23410.',
  handle: (params, ctx) => {
    const chatroomId = required(params, CHATROOM_GET, 'chatroomId');
    const r = room(ctx, chatroomId);
    if (r === undefined) return fail(NO_CHATROOM, `chatroom ${chatroomId} does not exist`);
    return ok([], {
      chatroomId,
      createTime: r.createdAt,
      memberCount: members(ctx, chatroomId).length,
      destroyType: r.destroyType ?? 0,
      destroyTime: r.destroyTime ?? DEFAULT_DESTROY_MINUTES,
      ban: r.isBan === true,
    });
  },
};

export const chatroomQuery: EndpointHandler = {
  endpoint: CHATROOM_QUERY,
  keeps: 'Answers chatRooms [{chrmId, name, time}] (time as "yyyy-MM-dd HH:mm:ss", UTC+8) for the IDs that exist, in the order asked; unknown IDs are left out (our choice).',
  handle: (params, ctx) => {
    const chatRooms = [];
    for (const chatroomId of unique(all(params, 'chatroomId'))) {
      const r = room(ctx, chatroomId);
      if (r !== undefined) chatRooms.push({ chrmId: chatroomId, name: r.name, time: serviceTime(r.createdAt) });
    }
    return ok([], { chatRooms });
  },
};
