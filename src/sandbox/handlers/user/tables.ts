/**
 * The user module's rows (model/tables.ts): each table's scope, key and value. Users themselves,
 * tokens, blocks, blacklists, remarks and deactivation are typed state (model/model.ts).
 */
import type { SandboxModel } from '../../model';
import { row } from '../../model/tables';

/** Users removed by /user/delusers.json: scope '', key userId → { deletedAt }. A typed user has no removal record, so the reads of this folder treat such a user as gone until getToken registers it again. */
export const USER_DELETED = 'user.deleted';

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

/** Whether delusers removed the user (and getToken has not registered it again). */
export function isDeleted(model: SandboxModel, app: string, userId: string): boolean {
  return row(model, app, USER_DELETED, '', userId) !== undefined;
}

/** Registered and not removed by delusers. */
export function isRegistered(model: SandboxModel, app: string, userId: string): boolean {
  return model.app(app).users.has(userId) && !isDeleted(model, app, userId);
}

/** IDs as Java sends several (joined with commas into one value) or Go (the parameter repeated): one list, no duplicates. */
export function idList(values: readonly string[]): string[] {
  return [...new Set(values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== ''))];
}
