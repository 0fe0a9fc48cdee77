/**
 * Chatroom attributes (KV entries): set one, set a batch, remove one, query. Each entry keeps its
 * owner and autoDelete; an autoDelete entry is gone once its owner leaves the chatroom (the
 * membership it was set in ends: a read skips it, and the next write of the chatroom's entries
 * deletes it for good).
 */
import {
  CHATROOM_ENTRY_BATCH_SET,
  CHATROOM_ENTRY_QUERY,
  CHATROOM_ENTRY_REMOVE,
  CHATROOM_ENTRY_SET,
} from '../../../core/contract/chatroom';
import { CHATROOM_MEMBERS, del, put, row, rows, type MemberRow } from '../../model/tables';
import type { SandboxRecord } from '../../model';
import { all, fail, flag, jsonParam, ok, one, required } from '../answers';
import { keepMessage } from '../messageStore';
import type { EndpointHandler, HandlerContext, HandlerResult } from '../types';
import { ENTRIES, entryVisible, members, NO_CHATROOM, room, type EntryRow } from './tables';

/** A chatroom holds at most 100 attributes (docs entry/set; contract data CHATROOM_ENTRY_SET description). */
export const MAX_ENTRIES = 100;
/** entry/batch/set takes at most 20 pairs (docs batch set; contract data CHATROOM_ENTRY_BATCH_SET notes). */
export const MAX_BATCH_ENTRIES = 20;
/** Keys: letters, digits and + = - _, at most 128 characters; values at most 4096 (docs entry/set, the contract data's key/value params). */
const KEY = /^[A-Za-z0-9+=_-]{1,128}$/;
const MAX_VALUE_CHARS = 4096;
/** The data's code for these parameters (PARAMETER_ERROR_CODE in contract/limits.ts). */
const PARAM_CODE = 1003;

type Refusal = Extract<HandlerResult, { error: number }>;
const refuse = (error: number, detail: string): Refusal => ({ error, detail });

/** The entries there now (autoDelete ones of owners gone are skipped) and the records that delete those gone for good. */
function current(ctx: HandlerContext, chatroomId: string): { live: Map<string, EntryRow>; cleanup: SandboxRecord[] } {
  const live = new Map<string, EntryRow>();
  const cleanup: SandboxRecord[] = [];
  for (const [key, entry] of rows<EntryRow>(ctx.model, ctx.app, ENTRIES, chatroomId)) {
    if (entryVisible(ctx, chatroomId, entry)) live.set(key, entry);
    else cleanup.push(del(ctx.app, ENTRIES, chatroomId, key));
  }
  return { live, cleanup };
}

/**
 * The records that set the attributes of `info` (a JSON object; a value that is not a string is
 * kept as its JSON text), owned by `owner`, or the error: a bad key or value, more than `maxPairs`
 * pairs, or more than 100 in the chatroom after the write.
 */
export function entryWrites(
  ctx: HandlerContext,
  chatroomId: string,
  owner: string,
  info: unknown,
  autoDelete: boolean,
  opts: { maxPairs: number | undefined; fresh?: boolean },
): { records: SandboxRecord[] } | Refusal {
  if (typeof info !== 'object' || info === null || Array.isArray(info)) return refuse(PARAM_CODE, 'entryInfo must be a JSON object of keys and values');
  const pairs = Object.entries(info as Record<string, unknown>).map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : JSON.stringify(v)]);
  if (pairs.length === 0) return refuse(PARAM_CODE, 'entryInfo holds no attribute');
  if (opts.maxPairs !== undefined && pairs.length > opts.maxPairs) return refuse(PARAM_CODE, `entryInfo holds ${pairs.length} attributes; the limit is ${opts.maxPairs}`);
  for (const [key, value] of pairs) {
    const bad = checkPair(key, value);
    if (bad !== undefined) return bad;
  }
  const { live, cleanup } = opts.fresh === true ? { live: new Map<string, EntryRow>(), cleanup: [] } : current(ctx, chatroomId);
  const after = new Set([...live.keys(), ...pairs.map(([k]) => k)]);
  if (after.size > MAX_ENTRIES) return refuse(PARAM_CODE, `the chatroom would hold ${after.size} attributes; the limit is ${MAX_ENTRIES}`);
  const ownerJoinedAt = row<MemberRow>(ctx.model, ctx.app, CHATROOM_MEMBERS, chatroomId, owner)?.joinedAt ?? null;
  const setAt = ctx.clock.now();
  const records = pairs.map(([key, value]) => put(ctx.app, ENTRIES, chatroomId, key, { value, userId: owner, autoDelete, setAt, ownerJoinedAt }));
  return { records: [...cleanup.filter((r) => r.t === 'del' && !after.has(r.key)), ...records] };
}

function checkPair(key: string, value: string): Refusal | undefined {
  if (!KEY.test(key)) return refuse(PARAM_CODE, `attribute key ${key}: letters, digits and + = - _ only, 1–128 characters`);
  if ([...value].length > MAX_VALUE_CHARS) return refuse(PARAM_CODE, `the value of ${key} is longer than ${MAX_VALUE_CHARS} characters`);
  return undefined;
}

/** The change notice a Java caller asks for (objectName and content): kept as a chatroom message from the operator. */
function notice(ctx: HandlerContext, chatroomId: string, fromUserId: string, objectName: string | undefined, content: string | undefined): SandboxRecord[] {
  if (objectName === undefined || content === undefined) return [];
  const to = members(ctx, chatroomId).map(([userId]) => ({ userId }));
  return [keepMessage(ctx, { kind: 'chatroom', fromUserId, to, targetId: chatroomId, objectName, content }).record];
}

export const chatroomEntrySet: EndpointHandler = {
  endpoint: CHATROOM_ENTRY_SET,
  keeps:
    'Sets one attribute with its owner (userId) and autoDelete; an autoDelete attribute goes when its owner leaves the chatroom (one set by a user not in the chatroom stays). The Server API may overwrite any key, which then belongs to the new userId (our choice); 100 a chatroom, keys of letters, digits and + = - _ (1003). objectName with content is kept as a chatroom message. Unknown chatroom: 23410.',
  handle: (params, ctx) => {
    const chatroomId = required(params, CHATROOM_ENTRY_SET, 'chatroomId');
    if (room(ctx, chatroomId) === undefined) return fail(NO_CHATROOM, `chatroom ${chatroomId} does not exist`);
    const userId = required(params, CHATROOM_ENTRY_SET, 'userId');
    const key = required(params, CHATROOM_ENTRY_SET, 'key');
    const w = entryWrites(ctx, chatroomId, userId, { [key]: required(params, CHATROOM_ENTRY_SET, 'value') }, flag(params, CHATROOM_ENTRY_SET, 'autoDelete'), { maxPairs: 1 });
    if ('error' in w) return w;
    return ok([...w.records, ...notice(ctx, chatroomId, userId, one(params, CHATROOM_ENTRY_SET, 'objectName'), one(params, CHATROOM_ENTRY_SET, 'content'))]);
  },
};

export const chatroomEntryBatchSet: EndpointHandler = {
  endpoint: CHATROOM_ENTRY_BATCH_SET,
  keeps:
    'Sets up to 20 attributes of entryInfo (a JSON object; a value that is not text is kept as its JSON) owned by entryOwnerId, overwriting; more than 20, or more than 100 in the chatroom, is 1003 and nothing is set. Unknown chatroom: 23410.',
  handle: (params, ctx) => {
    const chatroomId = required(params, CHATROOM_ENTRY_BATCH_SET, 'chatroomId');
    if (room(ctx, chatroomId) === undefined) return fail(NO_CHATROOM, `chatroom ${chatroomId} does not exist`);
    const w = entryWrites(
      ctx,
      chatroomId,
      required(params, CHATROOM_ENTRY_BATCH_SET, 'entryOwnerId'),
      jsonParam(params, 'entryInfo'),
      flag(params, CHATROOM_ENTRY_BATCH_SET, 'autoDelete'),
      { maxPairs: MAX_BATCH_ENTRIES },
    );
    return 'error' in w ? w : ok(w.records);
  },
};

export const chatroomEntryRemove: EndpointHandler = {
  endpoint: CHATROOM_ENTRY_REMOVE,
  keeps:
    'Removes the attribute whoever owns it (the Server API is the operator; our choice); removing a key that is not there answers 200 (our choice). objectName with content is kept as a chatroom message. Unknown chatroom: 23410.',
  handle: (params, ctx) => {
    const chatroomId = required(params, CHATROOM_ENTRY_REMOVE, 'chatroomId');
    if (room(ctx, chatroomId) === undefined) return fail(NO_CHATROOM, `chatroom ${chatroomId} does not exist`);
    const key = required(params, CHATROOM_ENTRY_REMOVE, 'key');
    const there = row(ctx.model, ctx.app, ENTRIES, chatroomId, key) !== undefined;
    const userId = required(params, CHATROOM_ENTRY_REMOVE, 'userId');
    return ok([
      ...(there ? [del(ctx.app, ENTRIES, chatroomId, key)] : []),
      ...notice(ctx, chatroomId, userId, one(params, CHATROOM_ENTRY_REMOVE, 'objectName'), one(params, CHATROOM_ENTRY_REMOVE, 'content')),
    ]);
  },
};

export const chatroomEntryQuery: EndpointHandler = {
  endpoint: CHATROOM_ENTRY_QUERY,
  keeps:
    'Answers keys [{key, value, userId, autoDelete: "0"|"1", lastSetTime: milliseconds as text}] (strings, as Go parses them; our choice of the time form) for the keys asked (unknown ones left out) or all, in the order set; autoDelete attributes of owners who left are not there. Unknown chatroom: 23410.',
  handle: (params, ctx) => {
    const chatroomId = required(params, CHATROOM_ENTRY_QUERY, 'chatroomId');
    if (room(ctx, chatroomId) === undefined) return fail(NO_CHATROOM, `chatroom ${chatroomId} does not exist`);
    const { live } = current(ctx, chatroomId);
    const asked = all(params, 'keys');
    const chosen = asked.length === 0 ? [...live.keys()] : [...new Set(asked)].filter((k) => live.has(k));
    const keys = chosen.map((key) => {
      const e = live.get(key) as EntryRow;
      return { key, value: e.value, userId: e.userId, autoDelete: e.autoDelete ? '1' : '0', lastSetTime: String(e.setAt) };
    });
    return ok([], { keys });
  },
};
