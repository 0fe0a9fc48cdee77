/**
 * The conversation module's rows (model/tables.ts): each table's scope, key and value. A conversation
 * is named by `conversationKey` (type and target, with the ultragroup channel where one is given).
 * The user's conversation tags themselves are user/tables.ts USER_CONVERSATION_TAGS.
 */

/** Do-not-disturb of one conversation: scope requestId, key conversationKey(type, targetId, busChannel) → { level }. */
export const CONVERSATION_MUTE = 'conversation.mute';
/** Do-not-disturb of a whole conversation type: scope requestId, key the type → { level }. */
export const CONVERSATION_TYPE_MUTE = 'conversation.typeMute';
/** Pinned conversations: scope userId, key conversationKey(type, targetId) → { topTime } (ms). */
export const CONVERSATION_TOP = 'conversation.top';
/** Conversations in a tag: scope taggedScope(userId, tagId), key conversationKey(type, targetId) → { targetId, conversationType }. */
export const CONVERSATION_TAGGED = 'conversation.tagged';
/**
 * Cleared history (/conversation/message/history/clean.json): scope the user whose history it is
 * ('' for a chatroom: cleared for everyone), key conversationKey(type, targetId) → { before } (ms; the
 * messages sent before it are gone for that user). A history read may consult it.
 */
export const CONVERSATION_CLEARED = 'conversation.cleared';

export interface LevelRow {
  readonly level: number;
}

/** `1:user-2`, `10:ug-1:channel` — type, target and channel joined by ':' (a type never holds one). */
export function conversationKey(type: number, targetId: string, channel = ''): string {
  return channel === '' ? `${type}:${targetId}` : `${type}:${targetId}:${channel}`;
}

/** A tag's scope: the user and the tag, joined by a newline (which no ID holds). */
export function taggedScope(userId: string, tagId: string): string {
  return `${userId}\n${tagId}`;
}
