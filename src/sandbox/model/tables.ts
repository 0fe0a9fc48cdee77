/**
 * Rows: the state that is not users, tokens, groups or messages. A table is named `<module>.<what>`
 * (`chatroom.ban`), its rows are grouped by a scope (the chatroom, the group, the user the row
 * belongs to; '' when the table has one scope) and keyed within it. A row's value is JSON.
 * Handlers read rows here and change them only by returning `put`, `del` and `drop` records.
 *
 * The tables that more than one module reads are named below with the shape of their values; every
 * other table is private to its module's folder under handlers/ and documented there.
 */
import type { SandboxModel } from './model';
import type { JsonValue, SandboxRecord } from './records';

/** Chatrooms: scope '', key chatroomId → ChatroomRow. */
export const CHATROOMS = 'chatroom.room';
export interface ChatroomRow {
  readonly name: string;
  readonly createdAt: number;
  /** 0 ordinary; the types create_new.json takes. */
  readonly type?: number;
  /** Destroyed automatically when empty for this long (create_new.json destroyTime, minutes); absent: never. */
  readonly destroyTime?: number;
  /** Kept alive (chatroom/keepalive): never destroyed automatically. */
  readonly keepalive?: boolean;
  readonly [more: string]: JsonValue | undefined;
}

/** Chatroom members (joined by a simulated client, /_sandbox/clients/join): scope chatroomId, key userId → { joinedAt }. */
export const CHATROOM_MEMBERS = 'chatroom.member';
export interface MemberRow {
  readonly joinedAt: number;
}

/** Ultragroups: scope '', key groupId → { name, createdAt }. */
export const ULTRAGROUPS = 'ultragroup.group';
/** Ultragroup members: scope groupId, key userId → MemberRow. */
export const ULTRAGROUP_MEMBERS = 'ultragroup.member';
/** Ultragroup channels: scope groupId, key channelId → { type: 0 public | 1 private, createdAt }. */
export const ULTRAGROUP_CHANNELS = 'ultragroup.channel';

/** Sensitive words: scope '', key word → SensitiveWordRow. The message store screens every message sent after a word is added. */
export const SENSITIVE_WORDS = 'sensitiveword.word';
export interface SensitiveWordRow {
  /** 0: the word is replaced by `replace` (default "***"); 1: a message holding it is blocked (not delivered). */
  readonly type: 0 | 1;
  readonly replace?: string;
}

/** The rows of one scope of a table (an empty map when there are none); in the order first put. */
export function rows<T = JsonValue>(model: SandboxModel, app: string, table: string, scope = ''): ReadonlyMap<string, T> {
  return (model.app(app).tables.get(table)?.get(scope) ?? EMPTY) as ReadonlyMap<string, T>;
}

/** One row, or undefined. */
export function row<T = JsonValue>(model: SandboxModel, app: string, table: string, scope: string, key: string): T | undefined {
  return model.app(app).tables.get(table)?.get(scope)?.get(key) as T | undefined;
}

/** Every scope of a table with its rows (a table scoped by chatroom: every chatroom's rows). */
export function scopes<T = JsonValue>(model: SandboxModel, app: string, table: string): ReadonlyMap<string, ReadonlyMap<string, T>> {
  return (model.app(app).tables.get(table) ?? EMPTY) as ReadonlyMap<string, ReadonlyMap<string, T>>;
}

const EMPTY: ReadonlyMap<string, unknown> = new Map<string, unknown>();

/** The record that sets a row. `value` must be JSON (no undefined inside: it would not survive the journal). */
export function put(app: string, table: string, scope: string, key: string, value: JsonValue): SandboxRecord {
  return { t: 'put', app, table, scope, key, value };
}

export function del(app: string, table: string, scope: string, key: string): SandboxRecord {
  return { t: 'del', app, table, scope, key };
}

/** The record that removes every row of a scope (a destroyed chatroom's members, bans, entries…). */
export function drop(app: string, table: string, scope: string): SandboxRecord {
  return { t: 'drop', app, table, scope };
}
