/**
 * POST /conversation/message/history/clean.json: the conversation's history before msgTimestamp (all
 * of it when absent) is gone for fromUserId, or for everyone in a chatroom (docs message/delete).
 */
import { PARAMETER_ERROR_CODE } from '../../../core/contract';
import { HISTORY_CLEAN } from '../../../core/contract/conversation';
import { put, row } from '../../model/tables';
import { fail, integer, ok, required } from '../answers';
import type { EndpointHandler } from '../types';
import { CONVERSATION_CLEARED, conversationKey } from './tables';

/** docs message/delete: one-to-one, group, chatroom and system. */
const TYPES = new Set([1, 3, 4, 6]);
const CHATROOM = 4;

export const historyClean: EndpointHandler = {
  endpoint: HISTORY_CLEAN,
  keeps: "Keeps the time before which the conversation's history is cleared for fromUserId (a chatroom's for everyone), as a conversation.cleared row; without msgTimestamp, everything sent so far. A later clean never brings messages back. A type other than 1, 3, 4 and 6 is 1003.",
  handle(params, { app, model, clock }) {
    const type = Number(required(params, HISTORY_CLEAN, 'conversationType'));
    if (!TYPES.has(type)) return fail(PARAMETER_ERROR_CODE, `conversationType ${type} is not one of 1, 3, 4 and 6`);
    const scope = type === CHATROOM ? '' : required(params, HISTORY_CLEAN, 'fromUserId');
    const key = conversationKey(type, required(params, HISTORY_CLEAN, 'targetId'));
    // Messages sent before `before` are gone; absent msgTimestamp: every message sent up to now.
    const asked = integer(params, HISTORY_CLEAN, 'msgTimestamp') ?? clock.now() + 1;
    const kept = row<{ before: number }>(model, app, CONVERSATION_CLEARED, scope, key)?.before ?? 0;
    return ok(asked <= kept ? [] : [put(app, CONVERSATION_CLEARED, scope, key, { before: asked })]);
  },
};
