/**
 * The user module's rows (model/tables.ts): each table's scope, key and value. Users themselves,
 * tokens, blocks, blacklists, remarks and deactivation are typed state (model/model.ts).
 */
import type { SandboxModel, SandboxRecord } from '../../model';
import { del, drop, row, rows, scopes } from '../../model/tables';

/** Hosted profiles (/user/profile/*): scope '', key userId → ProfileRow. */
export const USER_PROFILES = 'user.profile';
export interface ProfileRow {
  readonly userProfile: string;
  readonly userExtProfile: string;
  /** 1 at the first set, one more at each set after it (Go and Java read `version`). */
  readonly version: number;
}

/** User tags (/user/tag/set.json, batch/set, tags/get; push by tag reads them): scope '', key userId → string[]. */
export const USER_TAGS = 'user.tag';

/** Whitelists: scope the owner's userId, key whiteUserId → { addedAt }. */
export const USER_WHITELIST = 'user.whitelist';

/** Do-not-disturb windows (/user/blockPushPeriod/*): scope '', key userId → PushPeriodRow. */
export const USER_PUSH_PERIOD = 'user.blockPushPeriod';
export interface PushPeriodRow {
  readonly startTime: string;
  readonly period: number;
  readonly level: number;
}

/** One-to-one chat mutes (/user/chat/fb/*): scope the type sent (PERSON), key userId → { at }. */
export const USER_CHAT_BAN = 'user.chatBan';

/** A user's conversation tags (/user/conversation/tag/*; conversation/ reads them): scope userId, key tagId → ConversationTagRow. */
export const USER_CONVERSATION_TAGS = 'user.conversationTag';
export interface ConversationTagRow {
  readonly tagName: string;
  /** Milliseconds, when the tag was first set (Java ConversationTagModel.createTime is a Long). */
  readonly createTime: number;
}

/** Registered by getToken (a user removed by delusers is gone from the typed users: a userDelete record). */
export function isRegistered(model: SandboxModel, app: string, userId: string): boolean {
  return model.app(app).users.has(userId);
}

/**
 * The rows of this folder's tables that name a user, as records that remove them (delusers): its
 * profile, tags, push window, chat mutes, conversation tags and whitelist, and its place on others' whitelists.
 */
export function userRowRemovals(model: SandboxModel, app: string, userId: string): SandboxRecord[] {
  const out: SandboxRecord[] = [];
  for (const table of [USER_PROFILES, USER_TAGS, USER_PUSH_PERIOD]) if (row(model, app, table, '', userId) !== undefined) out.push(del(app, table, '', userId));
  for (const table of [USER_WHITELIST, USER_CONVERSATION_TAGS]) if (rows(model, app, table, userId).size > 0) out.push(drop(app, table, userId));
  for (const [scope, list] of scopes(model, app, USER_CHAT_BAN)) if (list.has(userId)) out.push(del(app, USER_CHAT_BAN, scope, userId));
  for (const [owner, list] of scopes(model, app, USER_WHITELIST)) if (owner !== userId && list.has(userId)) out.push(del(app, USER_WHITELIST, owner, userId));
  return out;
}

/** IDs as Java sends several (joined with commas into one value) or Go (the parameter repeated): one list, no duplicates. */
export function idList(values: readonly string[]): string[] {
  return [...new Set(values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== ''))];
}

/**
 * Whether `recipient` gets a private message from `sender` under its relations. A non-empty whitelist
 * puts the user in whitelist mode: only users on it reach it, and its blacklist no longer counts (docs
 * v4 server/user/whitelist: whitelist and blacklist are never both in force, the whitelist wins). The
 * sandbox has no console switch, so a whitelist with someone on it is the mode (our choice). Otherwise
 * a blacklist holding the sender keeps the message from it.
 */
export function receivesFrom(model: SandboxModel, app: string, recipient: string, sender: string): boolean {
  const whitelist = rows(model, app, USER_WHITELIST, recipient);
  if (whitelist.size > 0) return whitelist.has(sender);
  return model.app(app).blacklists.get(recipient)?.has(sender) !== true;
}

/** The type /user/chat/fb/set.json mutes (docs one-to-one/ban: only PERSON today). */
export const CHAT_BAN_PERSON = 'PERSON';

/** Whether the user is muted in one-to-one chats (its client cannot send private messages; the Server API still can: docs one-to-one/ban). */
export function isChatBanned(model: SandboxModel, app: string, userId: string): boolean {
  return row(model, app, USER_CHAT_BAN, CHAT_BAN_PERSON, userId) !== undefined;
}
