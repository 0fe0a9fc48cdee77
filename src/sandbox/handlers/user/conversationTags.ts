/**
 * A user's conversation tags (/user/conversation/tag/set, del, get): get answers `data` {userId,
 * tags: [{tagId, tagName, createTime}]} (Java queryUserConversationTags reads ResultData of
 * UserConversationTagModel, whose ConversationTagModel has tagId, tagName and createTime, a Long).
 */
import { PARAMETER_ERROR_CODE } from '../../../core/contract';
import { CONVERSATION_TAG_DEL, CONVERSATION_TAG_GET, CONVERSATION_TAG_SET } from '../../../core/contract/user';
import { clip } from '../../echo';
import type { SandboxRecord } from '../../model';
import { del, drop, put, rows } from '../../model/tables';
import { all, fail, jsonParam, ok, required, unique } from '../answers';
import type { EndpointHandler } from '../types';
import { CONVERSATION_TAGGED, taggedScope } from '../conversation/tables';
import { USER_CONVERSATION_TAGS, type ConversationTagRow } from './tables';

/** Tags a user holds (docs user-conversation-tag-set: at most 20). */
export const MAX_CONVERSATION_TAGS = 20;
/** docs user-conversation-tag-set: tagName at most 15 characters; tagId 10 in its table, 20 in its tips (the larger is kept). */
const MAX_TAG_NAME_CHARS = 15;
const MAX_TAG_ID_CHARS = 20;

export const conversationTagSet: EndpointHandler = {
  endpoint: CONVERSATION_TAG_SET,
  keeps: 'Keeps each {tagId, tagName} (a known tagId is renamed and keeps its createTime); past 20 tags a user, a tagName over 15 characters or a tagId over 20 is 1003.',
  handle(params, { app, model, clock }) {
    const userId = required(params, CONVERSATION_TAG_SET, 'userId');
    const value = jsonParam(params, 'tags');
    if (!Array.isArray(value)) return fail(PARAMETER_ERROR_CODE, 'tags must be a JSON array of {"tagId", "tagName"}');
    const kept = rows<ConversationTagRow>(model, app, USER_CONVERSATION_TAGS, userId);
    const next = new Map<string, string>();
    for (const [i, entry] of value.entries()) {
      const e = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
      if (typeof e.tagId !== 'string' || e.tagId === '' || typeof e.tagName !== 'string' || e.tagName === '') {
        return fail(PARAMETER_ERROR_CODE, `tags entry ${i + 1} needs "tagId" and "tagName", non-empty strings`);
      }
      if ([...e.tagId].length > MAX_TAG_ID_CHARS) return fail(PARAMETER_ERROR_CODE, `tagId "${clip(e.tagId)}" is longer than ${MAX_TAG_ID_CHARS} characters`);
      if ([...e.tagName].length > MAX_TAG_NAME_CHARS) return fail(PARAMETER_ERROR_CODE, `tagName "${clip(e.tagName)}" is longer than ${MAX_TAG_NAME_CHARS} characters`);
      next.set(e.tagId, e.tagName);
    }
    const total = new Set([...kept.keys(), ...next.keys()]).size;
    if (total > MAX_CONVERSATION_TAGS) return fail(PARAMETER_ERROR_CODE, `the user would hold ${total} conversation tags; the limit is ${MAX_CONVERSATION_TAGS}`);
    const now = clock.now();
    return ok([...next].map(([tagId, tagName]) => put(app, USER_CONVERSATION_TAGS, userId, tagId, { tagName, createTime: kept.get(tagId)?.createTime ?? now })));
  },
};

export const conversationTagDel: EndpointHandler = {
  endpoint: CONVERSATION_TAG_DEL,
  keeps: 'Removes the tags and the conversations filed under them; a tag that is not there is fine.',
  handle(params, { app, model }) {
    const userId = required(params, CONVERSATION_TAG_DEL, 'userId');
    const kept = rows(model, app, USER_CONVERSATION_TAGS, userId);
    const records: SandboxRecord[] = [];
    for (const tagId of unique(all(params, 'tagIds')).filter((t) => kept.has(t))) {
      records.push(del(app, USER_CONVERSATION_TAGS, userId, tagId), drop(app, CONVERSATION_TAGGED, taggedScope(userId, tagId)));
    }
    return ok(records);
  },
};

export const conversationTagGet: EndpointHandler = {
  endpoint: CONVERSATION_TAG_GET,
  keeps: "Answers data {userId, tags: [{tagId, tagName, createTime}]}, the user's kept tags in the order first set (createTime in ms).",
  handle(params, { app, model }) {
    const userId = required(params, CONVERSATION_TAG_GET, 'userId');
    const tags = [...rows<ConversationTagRow>(model, app, USER_CONVERSATION_TAGS, userId)].map(([tagId, t]) => ({ tagId, tagName: t.tagName, createTime: t.createTime }));
    return ok([], { data: { userId, tags } });
  },
};
