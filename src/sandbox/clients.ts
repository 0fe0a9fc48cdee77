/**
 * Simulated clients (issue #19, "Clients, simulated"): what a client SDK does that the Server API
 * cannot, as the control's JSON calls `/_sandbox/clients/join`, `…/leave` and `…/send`. Each call is
 * checked here against the model and turned into records (a chatroom member row, a kept message); the
 * server applies them with no await between the check and the change (SandboxServer.clientAct).
 *
 * Choices where no source says (each tested in test/unit/sandbox.clients.test.ts):
 * - The user need not be registered: a backend's test can act as any userId (a real client would
 *   need a token; asking for one here would only add steps). A user blocked (/user/block.json) or
 *   deactivated cannot connect, so it can neither join nor send: 403.
 * - join of a chatroom that does not exist is 404, as the client SDKs' joinExistChatRoom fails
 *   (HarmonyOS IMLib docs: error 23410 ChatroomNotExist); `"autoCreate": true` creates it first
 *   (Web IMLib's joinChatRoom, React Native IMLib's joinChatRoom autoCreate: docs.rongcloud.cn
 *   …/chatroom/join) with the row { name: chatroomId, createdAt }. Joining again keeps the first
 *   joinedAt. A user may be in several chatrooms (as with the console's multi-chatroom option on).
 * - leave of a chatroom the user is not in is 200 with `"left": false` (nothing to undo); of a
 *   chatroom that does not exist, 404.
 * - a private send to a user whose blacklist holds the sender is kept not delivered (a client is
 *   always checked against blacklists, as the Server API's verifyBlacklist=1 asks).
 * - send to a group, chatroom or ultragroup the sender is not a member of is 403 (a client cannot
 *   send there: the server refuses a non-member); to an unknown one, 404. A private send needs no
 *   registered recipient, as the Server API's private publish does not.
 * - Limits are the Server API's for the same fields (src/core/contract): user and group IDs 64 bytes,
 *   chatroom IDs 64 bytes, channel IDs 20 bytes, objectName 32 characters, content 128 KB.
 */
import { LIMITS, GROUP_ID_MAX_BYTES, MESSAGE_CONTENT_MAX_BYTES, MESSAGE_TYPE_MAX_CHARS } from '../core/contract/limits';
import { CHATROOM_ID_MAX_BYTES } from '../core/contract/chatroom';
import { BUS_CHANNEL_MAX_BYTES } from '../core/contract/ultragroup';
import { clip } from './echo';
import { keepMessage, type Outgoing } from './handlers/messageStore';
import type { HandlerContext } from './handlers/types';
import type { SandboxRecord } from './model';
import {
  CHATROOM_MEMBERS, CHATROOMS, ULTRAGROUP_CHANNELS, ULTRAGROUP_MEMBERS, ULTRAGROUPS, del, put, row, rows, type MemberRow,
} from './model/tables';

/** What a client action needs: the app, the model, the clock, new messageUIDs (a handler's context, read-only). */
export type ClientContext = Pick<HandlerContext, 'app' | 'model' | 'clock' | 'newMessageUID'>;

export type ClientOutcome =
  | { readonly records: readonly SandboxRecord[]; readonly body: Record<string, unknown> }
  | { readonly status: 400 | 403 | 404; readonly error: string };

export type ClientAction = 'join' | 'leave' | 'send';
export const CLIENT_ACTIONS: readonly ClientAction[] = ['join', 'leave', 'send'];

/** The targets of a send: exactly one is given. */
const TARGETS = ['toUserId', 'groupId', 'chatroomId', 'ultragroupId'] as const;
const FIELDS: Readonly<Record<ClientAction, readonly string[]>> = {
  join: ['app', 'userId', 'chatroomId', 'autoCreate'],
  leave: ['app', 'userId', 'chatroomId'],
  send: ['app', 'fromUserId', ...TARGETS, 'channelId', 'objectName', 'content'],
};

/** A body's checked fields, or what is wrong with it (every field's type and limit). */
export function checkClientBody(action: ClientAction, json: Record<string, unknown>): string | undefined {
  const unknown = Object.keys(json).filter((k) => !FIELDS[action].includes(k));
  if (unknown.length > 0) return `unknown field(s) ${unknown.slice(0, 5).map((k) => `"${clip(k, 40)}"`).join(', ')}: ${INSPECT_CLIENT_PATH}${action} takes ${FIELDS[action].map((f) => `"${f}"`).join(', ')}`;
  const id = (name: string, maxBytes: number, optional = false) => idProblem(json, name, maxBytes, optional);
  if (action === 'join' || action === 'leave') {
    return id('userId', LIMITS.userId) ?? id('chatroomId', CHATROOM_ID_MAX_BYTES)
      ?? (json.autoCreate !== undefined && typeof json.autoCreate !== 'boolean' ? '"autoCreate" must be true or false' : undefined);
  }
  const given = TARGETS.filter((t) => json[t] !== undefined);
  if (given.length !== 1) return `give exactly one of ${TARGETS.map((t) => `"${t}"`).join(', ')} (the body has ${given.length === 0 ? 'none' : given.map((t) => `"${t}"`).join(', ')})`;
  if (json.channelId !== undefined && given[0] !== 'ultragroupId') return '"channelId" goes only with "ultragroupId"';
  const target = given[0];
  const targetMax = target === 'toUserId' ? LIMITS.userId : target === 'chatroomId' ? CHATROOM_ID_MAX_BYTES : GROUP_ID_MAX_BYTES;
  return id('fromUserId', LIMITS.userId) ?? id(target, targetMax) ?? id('channelId', BUS_CHANNEL_MAX_BYTES, true)
    ?? textProblem(json, 'objectName', MESSAGE_TYPE_MAX_CHARS, 'characters', (s) => [...s].length)
    ?? textProblem(json, 'content', MESSAGE_CONTENT_MAX_BYTES, 'bytes of UTF-8', (s) => Buffer.byteLength(s, 'utf8'));
}

export const INSPECT_CLIENT_PATH = '/_sandbox/clients/';

function idProblem(json: Record<string, unknown>, name: string, maxBytes: number, optional: boolean): string | undefined {
  const v = json[name];
  if (v === undefined && optional) return undefined;
  if (typeof v !== 'string' || v === '') return `"${name}" must be a non-empty string of at most ${maxBytes} bytes`;
  const bytes = Buffer.byteLength(v, 'utf8');
  return bytes > maxBytes ? `"${name}" is ${bytes} bytes; the limit is ${maxBytes} bytes` : undefined;
}

function textProblem(json: Record<string, unknown>, name: string, max: number, unit: string, size: (s: string) => number): string | undefined {
  const v = json[name];
  if (typeof v !== 'string' || v === '') return `"${name}" must be a non-empty string of at most ${max} ${unit}`;
  const n = size(v);
  return n > max ? `"${name}" is ${n} ${unit}; the limit is ${max} ${unit}` : undefined;
}

/** A user that cannot connect (blocked now, or deactivated) cannot act as a client. */
function cannotConnect(ctx: ClientContext, userId: string): string | undefined {
  const state = ctx.model.app(ctx.app);
  const until = state.blocks.get(userId);
  if (until !== undefined && until > ctx.clock.now()) return `user "${clip(userId)}" is blocked (/user/block.json) until ${new Date(until).toISOString()}, so its client cannot connect`;
  if (state.deactivated.has(userId)) return `user "${clip(userId)}" is deactivated (/user/deactivate.json), so its client cannot connect`;
  return undefined;
}

/** join: a CHATROOM_MEMBERS row (body already checked by checkClientBody). */
export function clientJoin(ctx: ClientContext, json: Record<string, unknown>): ClientOutcome {
  const userId = json.userId as string;
  const chatroomId = json.chatroomId as string;
  const refused = cannotConnect(ctx, userId);
  if (refused) return { status: 403, error: refused };
  const now = ctx.clock.now();
  const records: SandboxRecord[] = [];
  let created = false;
  if (row(ctx.model, ctx.app, CHATROOMS, '', chatroomId) === undefined) {
    if (json.autoCreate !== true) {
      return { status: 404, error: `chatroom "${clip(chatroomId)}" does not exist: create it first (/chatroom/create.json), or pass "autoCreate": true as a client's joinChatRoom does` };
    }
    records.push(put(ctx.app, CHATROOMS, '', chatroomId, { name: chatroomId, createdAt: now }));
    created = true;
  }
  const member = row<MemberRow>(ctx.model, ctx.app, CHATROOM_MEMBERS, chatroomId, userId);
  if (member === undefined) records.push(put(ctx.app, CHATROOM_MEMBERS, chatroomId, userId, { joinedAt: now }));
  return { records, body: { userId, chatroomId, joinedAt: member?.joinedAt ?? now, created } };
}

/** leave: the member row removed (nothing when the user was not in it). */
export function clientLeave(ctx: ClientContext, json: Record<string, unknown>): ClientOutcome {
  const userId = json.userId as string;
  const chatroomId = json.chatroomId as string;
  const members = rows(ctx.model, ctx.app, CHATROOM_MEMBERS, chatroomId);
  if (row(ctx.model, ctx.app, CHATROOMS, '', chatroomId) === undefined && members.size === 0) {
    return { status: 404, error: `chatroom "${clip(chatroomId)}" does not exist` };
  }
  const left = members.has(userId);
  return { records: left ? [del(ctx.app, CHATROOM_MEMBERS, chatroomId, userId)] : [], body: { userId, chatroomId, left } };
}

/** send: one kept message (via 'client') to the user, or to the members of the group, chatroom or ultragroup but the sender. */
export function clientSend(ctx: ClientContext, json: Record<string, unknown>): ClientOutcome {
  const from = json.fromUserId as string;
  const refused = cannotConnect(ctx, from);
  if (refused) return { status: 403, error: refused };
  const base = { fromUserId: from, objectName: json.objectName as string, content: json.content as string, via: 'client' as const };
  const out = outgoing(ctx, json, base);
  if ('status' in out) return out;
  const kept = keepMessage(ctx, out);
  return {
    records: [kept.record],
    body: { messageUID: kept.messageUID, msgTimestamp: kept.msgTimestamp, recipients: kept.record.recipients.length, ...(kept.blockedBy !== undefined ? { blockedBy: kept.blockedBy } : {}) },
  };
}

type Base = Pick<Outgoing, 'fromUserId' | 'objectName' | 'content' | 'via'>;

function outgoing(ctx: ClientContext, json: Record<string, unknown>, base: Base): Outgoing | { status: 403 | 404; error: string } {
  const from = base.fromUserId;
  const others = (ids: Iterable<string>) => [...ids].filter((id) => id !== from).map((userId) => ({ userId }));
  const notMember = (what: string, id: string) => ({ status: 403 as const, error: `user "${clip(from)}" is not a member of ${what} "${clip(id)}", so its client cannot send there` });
  if (typeof json.toUserId === 'string') {
    // A client's message to a user whose blacklist holds the sender is not delivered (clients are always checked).
    const blocked = ctx.model.app(ctx.app).blacklists.get(json.toUserId)?.has(from) === true;
    return { ...base, kind: 'private', to: [{ userId: json.toUserId, delivered: !blocked }] };
  }
  if (typeof json.groupId === 'string') {
    const group = ctx.model.app(ctx.app).groups.get(json.groupId);
    if (!group) return { status: 404, error: `group "${clip(json.groupId)}" does not exist (/group/create.json makes one)` };
    if (!group.members.has(from)) return notMember('group', json.groupId);
    return { ...base, kind: 'group', to: others(group.members), groupIds: [json.groupId] };
  }
  if (typeof json.chatroomId === 'string') {
    const members = rows(ctx.model, ctx.app, CHATROOM_MEMBERS, json.chatroomId);
    if (row(ctx.model, ctx.app, CHATROOMS, '', json.chatroomId) === undefined && members.size === 0) {
      return { status: 404, error: `chatroom "${clip(json.chatroomId)}" does not exist` };
    }
    if (!members.has(from)) return notMember('chatroom', json.chatroomId);
    return { ...base, kind: 'chatroom', to: others(members.keys()), targetId: json.chatroomId };
  }
  const ug = json.ultragroupId as string;
  const members = rows(ctx.model, ctx.app, ULTRAGROUP_MEMBERS, ug);
  if (row(ctx.model, ctx.app, ULTRAGROUPS, '', ug) === undefined && members.size === 0) return { status: 404, error: `ultragroup "${clip(ug)}" does not exist` };
  if (!members.has(from)) return notMember('ultragroup', ug);
  const channelId = typeof json.channelId === 'string' ? json.channelId : undefined;
  if (channelId !== undefined && row(ctx.model, ctx.app, ULTRAGROUP_CHANNELS, ug, channelId) === undefined) {
    return { status: 404, error: `ultragroup "${clip(ug)}" has no channel "${clip(channelId)}" (omit "channelId" for its default channel)` };
  }
  return { ...base, kind: 'ultragroup', to: others(members.keys()), targetId: ug, ...(channelId !== undefined ? { channelId } : {}) };
}

/** The action's outcome for a checked body. */
export function clientOutcome(action: ClientAction, ctx: ClientContext, json: Record<string, unknown>): ClientOutcome {
  return action === 'join' ? clientJoin(ctx, json) : action === 'leave' ? clientLeave(ctx, json) : clientSend(ctx, json);
}
