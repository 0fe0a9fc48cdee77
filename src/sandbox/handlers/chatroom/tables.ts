/**
 * The chatroom module's state. Shared tables (model/tables.ts): CHATROOMS (scope '', key chatroomId →
 * RoomRow below) and CHATROOM_MEMBERS (scope chatroomId, key userId → { joinedAt }, written by the
 * simulated clients' /_sandbox/clients/join|leave and by block/add, which puts users out).
 * This module's own tables, their scope, key and value:
 * - `chatroom.block`  scope chatroomId, key userId → TimedRow: kept out of the chatroom until `until`;
 * - `chatroom.gag`    scope chatroomId, key userId → TimedRow: muted in that chatroom until `until`;
 * - `chatroom.userBan` scope '', key userId → TimedRow: muted in every chatroom of the app until `until`;
 * - `chatroom.banWhitelist` scope chatroomId, key userId → AddedRow: may speak while the whole chatroom is muted;
 * - `chatroom.userWhitelist` scope chatroomId, key userId → AddedRow: protected members (5 at most);
 * - `chatroom.priority` scope '', key objectName → AddedRow: message types of low priority;
 * - `chatroom.messageWhitelist` scope '', key objectName → AddedRow: message types never dropped;
 * - `chatroom.entry` scope chatroomId, key attribute key → EntryRow: the chatroom's attributes (KV).
 * A timed row past its `until` reads as absent (the clock, not a write, ends it).
 */
import { CHATROOMS, CHATROOM_MEMBERS, rows, row, put, drop, del, type ChatroomRow, type MemberRow } from '../../model/tables';
import type { JsonValue, SandboxModel, SandboxRecord } from '../../model';
import type { HandlerContext } from '../types';

export const BLOCKS = 'chatroom.block';
export const GAGS = 'chatroom.gag';
export const USER_BANS = 'chatroom.userBan';
export const BAN_WHITELIST = 'chatroom.banWhitelist';
export const USER_WHITELIST = 'chatroom.userWhitelist';
export const PRIORITIES = 'chatroom.priority';
export const MESSAGE_WHITELIST = 'chatroom.messageWhitelist';
export const ENTRIES = 'chatroom.entry';

/** The tables scoped by chatroom: a destroyed chatroom drops its scope of each. */
export const PER_CHATROOM_TABLES: readonly string[] = [CHATROOM_MEMBERS, BLOCKS, GAGS, BAN_WHITELIST, USER_WHITELIST, ENTRIES];

/** The fields this module keeps on a CHATROOMS row besides the shared ones. */
export interface RoomRow extends ChatroomRow {
  /** create_new/destroy set destroyType: 0 when inactive, 1 at a fixed time after creation. */
  readonly destroyType?: number;
  /** Every member muted (ban/add, create_new isBan). */
  readonly isBan?: boolean;
  /** Messages not delivered to the members (message/stopDistribution). */
  readonly distributionStopped?: boolean;
}

export interface TimedRow {
  readonly until: number;
}
export interface AddedRow {
  readonly addedAt: number;
}
export interface EntryRow {
  readonly value: string;
  readonly userId: string;
  readonly autoDelete: boolean;
  readonly setAt: number;
  /** The owner's joinedAt when set (null: not in the chatroom then); an autoDelete entry lives while that membership does. */
  readonly ownerJoinedAt: number | null;
}

/** The code the data gives for a chatroom that does not exist (chatroom.ts CHATROOM_GET hints 23410). */
export const NO_CHATROOM = 23410;

/** The service's default destroyTime (contract data defaultValue of destroyTime, docs create). */
export const DEFAULT_DESTROY_MINUTES = 60;

const MINUTE = 60_000;

type Ctx = Pick<HandlerContext, 'app' | 'model' | 'clock'>;

/** A chatroom row still alive: a fixed-lifetime chatroom (destroyType 1) past its lifetime is gone unless kept alive. */
export function liveRoom(ctx: Ctx, chatroomId: string): RoomRow | undefined {
  const r = row<RoomRow>(ctx.model, ctx.app, CHATROOMS, '', chatroomId);
  if (r === undefined || expired(r, ctx.clock.now())) return undefined;
  return r;
}

/** When a fixed-lifetime chatroom (destroyType 1, not kept alive) ends; undefined for the others. */
function endAt(r: RoomRow): number | undefined {
  return r.destroyType === 1 && r.keepalive !== true ? r.createdAt + (r.destroyTime ?? DEFAULT_DESTROY_MINUTES) * MINUTE : undefined;
}

function expired(r: RoomRow, now: number): boolean {
  return (endAt(r) ?? Infinity) <= now;
}

/** A chatroom's members, oldest first (after a fixed lifetime ended, only those who joined since). */
export function members(ctx: Ctx, chatroomId: string): Array<[string, MemberRow]> {
  const r = row<RoomRow>(ctx.model, ctx.app, CHATROOMS, '', chatroomId);
  const end = r === undefined ? undefined : endAt(r);
  const since = end !== undefined && end <= ctx.clock.now() ? end : -Infinity;
  return [...rows<MemberRow>(ctx.model, ctx.app, CHATROOM_MEMBERS, chatroomId)]
    .filter(([, m]) => m.joinedAt >= since)
    .sort((a, b) => a[1].joinedAt - b[1].joinedAt);
}

/**
 * The chatroom as it stands: its row, or (a chatroom a client joined without a create call, as the
 * client SDK's join creates one) a row made from its members; undefined when it does not exist.
 */
export function room(ctx: Ctx, chatroomId: string): RoomRow | undefined {
  const live = liveRoom(ctx, chatroomId);
  if (live !== undefined) return live;
  const m = members(ctx, chatroomId);
  if (m.length === 0) return undefined;
  return { name: '', createdAt: m[0][1].joinedAt };
}

/** The record that writes a room row (undefined fields left out: a row is JSON). */
export function putRoom(app: string, chatroomId: string, value: RoomRow): SandboxRecord {
  const clean: Record<string, JsonValue> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) clean[k] = v as JsonValue;
  return put(app, CHATROOMS, '', chatroomId, clean);
}

/** Every record that forgets a chatroom: its row and its scope of every per-chatroom table. */
export function forget(app: string, chatroomId: string, hasRow: boolean): SandboxRecord[] {
  return [...(hasRow ? [del(app, CHATROOMS, '', chatroomId)] : []), ...PER_CHATROOM_TABLES.map((t) => drop(app, t, chatroomId))];
}

/** Whether a row of `table` under `scope` is there now (a timed row until its end). */
export function activeTimed(model: SandboxModel, app: string, table: string, scope: string, now: number): Array<[string, TimedRow]> {
  return [...rows<TimedRow>(model, app, table, scope)].filter(([, r]) => r.until > now);
}

/** Whether a user is kept out of a chatroom now (for the clients' join control). */
export function isBlocked(model: SandboxModel, app: string, chatroomId: string, userId: string, now: number): boolean {
  return (row<TimedRow>(model, app, BLOCKS, chatroomId, userId)?.until ?? 0) > now;
}

/**
 * Whether a user may not speak in a chatroom now (for chatroom sends): muted there, muted in every
 * chatroom, or the whole chatroom muted and the user not on its ban whitelist.
 */
export function isMuted(model: SandboxModel, app: string, chatroomId: string, userId: string, now: number): boolean {
  // The app-wide chatroom ban beats the whitelist; the chatroom's ban whitelist lifts both its own
  // mutes, a member's and the whole room's (docs chatroom/mute/add-to-chatroom-ban-whitelist).
  if ((row<TimedRow>(model, app, USER_BANS, '', userId)?.until ?? 0) > now) return true;
  if (row(model, app, BAN_WHITELIST, chatroomId, userId) !== undefined) return false;
  if ((row<TimedRow>(model, app, GAGS, chatroomId, userId)?.until ?? 0) > now) return true;
  return row<RoomRow>(model, app, CHATROOMS, '', chatroomId)?.isBan === true;
}

/** Whether an entry is there: an autoDelete entry goes when its owner leaves (the membership it was set in ends). */
export function entryVisible(ctx: Ctx, chatroomId: string, entry: EntryRow): boolean {
  if (!entry.autoDelete || entry.ownerJoinedAt === null) return true;
  return row<MemberRow>(ctx.model, ctx.app, CHATROOM_MEMBERS, chatroomId, entry.userId)?.joinedAt === entry.ownerJoinedAt;
}

export function minutesFromNow(ctx: Ctx, minutes: number): number {
  return ctx.clock.now() + minutes * MINUTE;
}
