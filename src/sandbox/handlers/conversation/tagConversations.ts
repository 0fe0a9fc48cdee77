/**
 * Conversations filed under a user's conversation tag (/tag/conversation/set, del, get) and one
 * conversation's attributes (/conversation/attribute/get). get answers `data` {userId, tagId,
 * conversations: [{targetId, conversationType}]} (Java queryTagConversations: TagConversationsModel);
 * attribute/get answers `data` {targetId, conversationType, tags, top: {top, topTime}, mute: {mute}}
 * (Java ConversationAttrModel, ConversationTopModel, ConversationMuteModel).
 */
import { PARAMETER_ERROR_CODE } from '../../../core/contract';
import { ATTRIBUTE_GET, TAG_CONVERSATION_DEL, TAG_CONVERSATION_GET, TAG_CONVERSATION_SET } from '../../../core/contract/conversation';
import type { EndpointSpec } from '../../../core/contract';
import { clip } from '../../echo';
import type { SandboxModel } from '../../model';
import { del, put, row, rows } from '../../model/tables';
import { fail, jsonParam, ok, required } from '../answers';
import type { EndpointHandler, Params } from '../types';
import { USER_CONVERSATION_TAGS, type ConversationTagRow } from '../user/tables';
import { CONVERSATION_MUTE, CONVERSATION_TAGGED, CONVERSATION_TOP, conversationKey, taggedScope, type LevelRow } from './tables';

/** docs conversation-tag-set: at most 100 conversations a call, 1000 in a tag; types 1, 3 and 6. */
const MAX_PER_CALL = 100;
const MAX_PER_TAG = 1000;
const TYPES = new Set([1, 3, 6]);

interface Conversation {
  readonly targetId: string;
  readonly conversationType: number;
}

/** The conversations sent, or what is wrong (and the tag must be one of the user's). */
function read(params: Params, endpoint: EndpointSpec, app: string, model: SandboxModel): { userId: string; tagId: string; list: Conversation[] } | string {
  const userId = required(params, endpoint, 'userId');
  const tagId = required(params, endpoint, 'tagId');
  if (row(model, app, USER_CONVERSATION_TAGS, userId, tagId) === undefined) return `tagId "${clip(tagId)}" is not a conversation tag of "${clip(userId)}": set it with /user/conversation/tag/set.json`;
  const value = jsonParam(params, 'conversations');
  if (!Array.isArray(value) || value.length === 0) return 'conversations must be a non-empty JSON array of {"targetId", "conversationType"}';
  if (value.length > MAX_PER_CALL) return `conversations holds ${value.length} entries; the limit is ${MAX_PER_CALL} a call`;
  const list: Conversation[] = [];
  for (const [i, entry] of value.entries()) {
    const e = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    const type = Number(e.conversationType);
    if (typeof e.targetId !== 'string' || e.targetId === '' || !TYPES.has(type)) return `conversations entry ${i + 1} needs "targetId" (a non-empty string) and "conversationType" 1, 3 or 6`;
    list.push({ targetId: e.targetId, conversationType: type });
  }
  return { userId, tagId, list };
}

export const tagConversationSet: EndpointHandler = {
  endpoint: TAG_CONVERSATION_SET,
  keeps: "Files the conversations under the user's tag (at most 100 a call and 1000 in a tag, past either 1003); a tag the user has not set is 1003 (our choice: no source gives the code).",
  handle(params, { app, model }) {
    const got = read(params, TAG_CONVERSATION_SET, app, model);
    if (typeof got === 'string') return fail(PARAMETER_ERROR_CODE, got);
    const scope = taggedScope(got.userId, got.tagId);
    const filed = rows(model, app, CONVERSATION_TAGGED, scope);
    const added = new Map(got.list.map((c) => [conversationKey(c.conversationType, c.targetId), c]));
    for (const k of filed.keys()) added.delete(k);
    if (filed.size + added.size > MAX_PER_TAG) return fail(PARAMETER_ERROR_CODE, `the tag would hold ${filed.size + added.size} conversations; the limit is ${MAX_PER_TAG}`);
    return ok([...added].map(([k, c]) => put(app, CONVERSATION_TAGGED, scope, k, { targetId: c.targetId, conversationType: c.conversationType })));
  },
};

export const tagConversationDel: EndpointHandler = {
  endpoint: TAG_CONVERSATION_DEL,
  keeps: "Takes the conversations out of the user's tag; a conversation not in it is fine, a tag the user has not set is 1003.",
  handle(params, { app, model }) {
    const got = read(params, TAG_CONVERSATION_DEL, app, model);
    if (typeof got === 'string') return fail(PARAMETER_ERROR_CODE, got);
    const scope = taggedScope(got.userId, got.tagId);
    const filed = rows(model, app, CONVERSATION_TAGGED, scope);
    const keys = [...new Set(got.list.map((c) => conversationKey(c.conversationType, c.targetId)))].filter((k) => filed.has(k));
    return ok(keys.map((k) => del(app, CONVERSATION_TAGGED, scope, k)));
  },
};

export const tagConversationGet: EndpointHandler = {
  endpoint: TAG_CONVERSATION_GET,
  keeps: 'Answers data {userId, tagId, conversations: [{targetId, conversationType}]} in the order filed; a tag with none (or not set) gets [].',
  handle(params, { app, model }) {
    const userId = required(params, TAG_CONVERSATION_GET, 'userId');
    const tagId = required(params, TAG_CONVERSATION_GET, 'tagId');
    const conversations = [...rows<Conversation>(model, app, CONVERSATION_TAGGED, taggedScope(userId, tagId)).values()];
    return ok([], { data: { userId, tagId, conversations } });
  },
};

export const attributeGet: EndpointHandler = {
  endpoint: ATTRIBUTE_GET,
  keeps: "Answers data {targetId, conversationType, tags: [{tagId, tagName, createTime}], top: {top, topTime}, mute: {mute}} from the user's kept tags, pin and do-not-disturb level (topTime 0 and mute 0 when not set: our choice).",
  handle(params, { app, model }) {
    const userId = required(params, ATTRIBUTE_GET, 'userId');
    const targetId = required(params, ATTRIBUTE_GET, 'targetId');
    const conversationType = Number(required(params, ATTRIBUTE_GET, 'conversationType'));
    const key = conversationKey(conversationType, targetId);
    const tags = [...rows<ConversationTagRow>(model, app, USER_CONVERSATION_TAGS, userId)]
      .filter(([tagId]) => row(model, app, CONVERSATION_TAGGED, taggedScope(userId, tagId), key) !== undefined)
      .map(([tagId, t]) => ({ tagId, tagName: t.tagName, createTime: t.createTime }));
    const top = row<{ topTime: number }>(model, app, CONVERSATION_TOP, userId, key);
    const mute = row<LevelRow>(model, app, CONVERSATION_MUTE, userId, key)?.level ?? 0;
    return ok([], { data: { targetId, conversationType, tags, top: { top: top !== undefined, topTime: top?.topTime ?? 0 }, mute: { mute } } });
  },
};
