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
 * - a private send is always checked against the recipient's relations (as the Server API's
 *   verifyBlacklist=1 asks): a recipient with a whitelist gets it only when the sender is on it, any
 *   other unless its blacklist holds the sender (user/tables.ts receivesFrom; docs v4
 *   server/user/whitelist). Refused sends keep nothing; a send not delivered is kept (200, delivered false).
 * - The rules of the other modules stop a client where the docs say they stop a client SDK's send
 *   (the Server API's publish calls pass them: docs one-to-one/ban, chatroom/mute/ban-chatroom,
 *   v4 group/groupblock). The live service answers such a send with an error code the client SDK
 *   sees; the sandbox answers 403 with the rule named in `error` (our choice):
 *   - a user muted in one-to-one chats (/user/chat/fb/set.json) cannot send private messages;
 *   - a user blocked from a chatroom (/chatroom/user/block/add.json) cannot join it;
 *   - a user muted in a chatroom (chatroom/tables.ts isMuted: its gag, the app-wide chatroom ban, or
 *     the whole chatroom muted and the user not on its ban whitelist) cannot send to it;
 *   - a user muted in a group (/group/user/gag/add.json for that group, or for every group) cannot
 *     send to it, nor while the whole group is muted (/group/ban/add.json) unless on its ban
 *     whitelist (which lifts the whole-group mute only, as the docs describe it);
 *   - an ultragroup member muted in the group or the channel sent to (/ultragroup/userbanned/add.json,
 *     or /v2/ultragroups…/muted-users) cannot send there, nor while the group or that channel is
 *     muted (/ultragroup/globalbanned/set.json, …/muted-status) unless on its mute whitelist.
 * - a chatroom whose distribution is stopped (/chatroom/message/stopDistribution.json) keeps a
 *   client's message (the sender is answered, history shows it) but delivers it to no member.
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
import { isBlocked, isMuted, type RoomRow } from './handlers/chatroom/tables';
import { EVERY_GROUP, GROUP_BAN_WHITELIST, GROUP_BANS, GROUP_GAGS, type GagRow } from './handlers/group/tables';
import { pairKey, UG_BANNED_WHITELIST, UG_GLOBAL_BANNED, UG_USER_BANNED } from './handlers/ultragroup/tables';
import type { UltragroupMemberRow, UltragroupRow } from './handlers/ultragroupRest/rows';
import { isChatBanned, receivesFrom } from './handlers/user/tables';

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
  if (isBlocked(ctx.model, ctx.app, chatroomId, userId, now)) {
    return { status: 403, error: `user "${clip(userId)}" is blocked from chatroom "${clip(chatroomId)}" (/chatroom/user/block/add.json), so its client cannot join it` };
  }
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

type Refusal = { status: 403 | 404; error: string };

function outgoing(ctx: ClientContext, json: Record<string, unknown>, base: Base): Outgoing | Refusal {
  const from = base.fromUserId;
  const { model, app } = ctx;
  const now = ctx.clock.now();
  const others = (ids: Iterable<string>) => [...ids].filter((id) => id !== from).map((userId) => ({ userId }));
  const notMember = (what: string, id: string) => ({ status: 403 as const, error: `user "${clip(from)}" is not a member of ${what} "${clip(id)}", so its client cannot send there` });
  const muted = (rule: string) => ({ status: 403 as const, error: `user "${clip(from)}" ${rule}, so its client cannot send there` });
  if (typeof json.toUserId === 'string') {
    if (isChatBanned(model, app, from)) return muted('is muted in one-to-one chats (/user/chat/fb/set.json)');
    // A client's private message is always checked against the recipient's whitelist or blacklist.
    return { ...base, kind: 'private', to: [{ userId: json.toUserId, delivered: receivesFrom(model, app, json.toUserId, from) }] };
  }
  if (typeof json.groupId === 'string') {
    const groupId = json.groupId;
    const group = model.app(app).groups.get(groupId);
    if (!group) return { status: 404, error: `group "${clip(groupId)}" does not exist (/group/create.json makes one)` };
    if (!group.members.has(from)) return notMember('group', groupId);
    const rule = groupMute(ctx, groupId, from, now);
    if (rule) return muted(rule);
    return { ...base, kind: 'group', to: others(group.members), groupIds: [groupId] };
  }
  if (typeof json.chatroomId === 'string') {
    const chatroomId = json.chatroomId;
    const members = rows(model, app, CHATROOM_MEMBERS, chatroomId);
    const room = row<RoomRow>(model, app, CHATROOMS, '', chatroomId);
    if (room === undefined && members.size === 0) return { status: 404, error: `chatroom "${clip(chatroomId)}" does not exist` };
    if (!members.has(from)) return notMember('chatroom', chatroomId);
    if (isMuted(model, app, chatroomId, from, now)) return muted(`is muted in chatroom "${clip(chatroomId)}" (its gag, the app-wide chatroom ban, or the whole chatroom muted without the user on its ban whitelist)`);
    // Distribution stopped: the message is kept but reaches no member (the contract data: stopDistribution stops delivering to members).
    const delivered = room?.distributionStopped !== true;
    return { ...base, kind: 'chatroom', to: others(members.keys()).map((r) => ({ ...r, delivered })), targetId: chatroomId };
  }
  const ug = json.ultragroupId as string;
  const members = rows<UltragroupMemberRow>(model, app, ULTRAGROUP_MEMBERS, ug);
  const group = row<UltragroupRow>(model, app, ULTRAGROUPS, '', ug);
  if (group === undefined && members.size === 0) return { status: 404, error: `ultragroup "${clip(ug)}" does not exist` };
  if (!members.has(from)) return notMember('ultragroup', ug);
  const channelId = typeof json.channelId === 'string' ? json.channelId : undefined;
  if (channelId !== undefined && row(model, app, ULTRAGROUP_CHANNELS, ug, channelId) === undefined) {
    return { status: 404, error: `ultragroup "${clip(ug)}" has no channel "${clip(channelId)}" (omit "channelId" for its default channel)` };
  }
  const rule = ultragroupMute(ctx, ug, channelId ?? '', from);
  if (rule) return muted(rule);
  return { ...base, kind: 'ultragroup', to: others(members.keys()), targetId: ug, ...(channelId !== undefined ? { channelId } : {}) };
}

/** Why a group member may not speak in the group now, or undefined (group/tables.ts: gags, whole-group bans, their whitelist). */
function groupMute(ctx: ClientContext, groupId: string, userId: string, now: number): string | undefined {
  const { model, app } = ctx;
  const gagged = (scope: string) => {
    const g = row<GagRow>(model, app, GROUP_GAGS, scope, userId);
    return g !== undefined && (g.until === null || g.until > now);
  };
  if (gagged(groupId)) return `is muted in group "${clip(groupId)}" (/group/user/gag/add.json)`;
  if (gagged(EVERY_GROUP)) return 'is muted in every group (/group/user/gag/add.json without groupId)';
  if (row(model, app, GROUP_BANS, '', groupId) !== undefined && row(model, app, GROUP_BAN_WHITELIST, groupId, userId) === undefined) {
    return `is in group "${clip(groupId)}", which is muted as a whole (/group/ban/add.json), and not on its ban whitelist`;
  }
  return undefined;
}

/**
 * Why an ultragroup member may not speak in the channel now, or undefined: a mute of the member in
 * the group ('' channel) or that channel (UG_USER_BANNED), or the group or channel muted as a whole
 * (UG_GLOBAL_BANNED) with the member on neither the group's nor the channel's mute whitelist
 * (UG_BANNED_WHITELIST). The form calls and the /v2 calls keep their mutes in these same tables.
 */
function ultragroupMute(ctx: ClientContext, ug: string, channel: string, userId: string): string | undefined {
  const { model, app } = ctx;
  const channels = channel === '' ? [''] : ['', channel];
  const inSet = (table: string) => channels.some((c) => row(model, app, table, ug, pairKey(c, userId)) !== undefined);
  if (inSet(UG_USER_BANNED)) return `is muted in ultragroup "${clip(ug)}"${channel === '' ? '' : ` or its channel "${clip(channel)}"`}`;
  const wholeMuted = channels.some((c) => row(model, app, UG_GLOBAL_BANNED, ug, c) !== undefined);
  if (wholeMuted && !inSet(UG_BANNED_WHITELIST)) {
    return `is in ultragroup "${clip(ug)}", which is muted${channel === '' ? '' : ` (or its channel "${clip(channel)}" is)`}, and not on its mute whitelist`;
  }
  return undefined;
}

/** The action's outcome for a checked body. */
export function clientOutcome(action: ClientAction, ctx: ClientContext, json: Record<string, unknown>): ClientOutcome {
  return action === 'join' ? clientJoin(ctx, json) : action === 'leave' ? clientLeave(ctx, json) : clientSend(ctx, json);
}
