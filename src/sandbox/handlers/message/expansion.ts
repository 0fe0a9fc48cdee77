/**
 * Message extensions: /message/expansion/set.json, /delete.json and /query.json. The keys live on the
 * kept message (messageChange expansionSet / expansionRemove), so history answers them as extraContent;
 * when each key was last set is the `message.expansionTime` table (send.ts), which query answers as
 * `extraContent: {key: {v, ts}}` (Go QueryMessageExpansion reads v as a string and ts as a number;
 * Java ExtraContent {v, ts}).
 * Limits (docs message/set-expansion and Go MessageExpansionSet's comment): 100 keys a call, 300 a
 * message, 1003 past them. Go SetMessageExpansion refuses any conversationType but 1 and 3 (1002 in the
 * SDK); the sandbox answers 1003, the contract data's code for this parameter.
 */
import { EXPANSION_DELETE, EXPANSION_QUERY, EXPANSION_SET } from '../../../core/contract/message';
import type { EndpointSpec } from '../../../core/contract';
import type { MessageState } from '../../model/model';
import { del, put, rows } from '../../model/tables';
import { fail, integer, jsonParam, ok, paged, required } from '../answers';
import type { EndpointHandler, HandlerContext, HandlerResult, Params } from '../types';
import { inConversation } from './conversation';
import { EXPANSION_TIME } from './send';

export const EXPANSION_KEYS_PER_CALL = 100;
export const EXPANSION_KEYS_PER_MESSAGE = 300;
/** Keys a page of query.json answers: no source gives a page size (our choice). */
export const EXPANSION_PAGE_SIZE = 100;

/** The message the call names, in its conversation; or the error. */
function target(params: Params, ctx: HandlerContext, endpoint: EndpointSpec): MessageState | HandlerResult {
  const msgUID = required(params, endpoint, 'msgUID');
  const conversationType = integer(params, endpoint, 'conversationType') ?? 0;
  if (conversationType !== 1 && conversationType !== 3) return fail(1003, `conversationType must be 1 (one-to-one) or 3 (group), not ${conversationType}`);
  const m = ctx.model.app(ctx.app).messagesByUID.get(msgUID);
  if (!m) return fail(1003, `no message "${msgUID}" is kept`);
  const targetId = required(params, endpoint, 'targetId');
  if (!inConversation(m, conversationType, targetId)) return fail(1003, `message "${msgUID}" is not in conversation ${conversationType} "${targetId}"`);
  return m;
}

const isError = (x: MessageState | HandlerResult): x is HandlerResult => 'error' in x || 'body' in x;

export const expansionSet: EndpointHandler = {
  endpoint: EXPANSION_SET,
  keeps:
    'Sets the keys on the kept message (a key set again gets the new value) with the time each was set; at most 100 keys a call and 300 a message, else 1003. An unknown msgUID, one outside conversationType/targetId, or a type other than 1 or 3 is 1003 (our choice of code).',
  handle(params, ctx) {
    const m = target(params, ctx, EXPANSION_SET);
    if (isError(m)) return m;
    const value = jsonParam(params, 'extraKeyVal');
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return fail(1003, 'extraKeyVal must be a JSON object of key-value pairs');
    const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)] as const);
    if (entries.length === 0) return fail(1003, 'extraKeyVal holds no key');
    if (entries.length > EXPANSION_KEYS_PER_CALL) return fail(1003, `extraKeyVal holds ${entries.length} keys; a call sets at most ${EXPANSION_KEYS_PER_CALL}`);
    const after = new Set([...Object.keys(m.expansion ?? {}), ...entries.map(([k]) => k)]);
    if (after.size > EXPANSION_KEYS_PER_MESSAGE) return fail(1003, `the message would have ${after.size} extension keys; a message holds at most ${EXPANSION_KEYS_PER_MESSAGE}`);
    const at = ctx.clock.now();
    const msgUID = required(params, EXPANSION_SET, 'msgUID');
    return ok([
      { t: 'messageChange', app: ctx.app, messageUID: msgUID, at, expansionSet: Object.fromEntries(entries) },
      ...entries.map(([k]) => put(ctx.app, EXPANSION_TIME, m.messageUID, k, at)),
    ]);
  },
};

export const expansionDelete: EndpointHandler = {
  endpoint: EXPANSION_DELETE,
  keeps:
    'Removes the keys from the kept message; a key it does not hold is ignored. extraKey must be a JSON array of 1–100 strings, else 1003; an unknown msgUID or one outside the conversation is 1003 (our choice).',
  handle(params, ctx) {
    const m = target(params, ctx, EXPANSION_DELETE);
    if (isError(m)) return m;
    const keys = jsonParam(params, 'extraKey');
    if (!Array.isArray(keys) || keys.length === 0 || !keys.every((k) => typeof k === 'string')) return fail(1003, 'extraKey must be a JSON array of key names');
    if (keys.length > EXPANSION_KEYS_PER_CALL) return fail(1003, `extraKey holds ${keys.length} keys; a call removes at most ${EXPANSION_KEYS_PER_CALL}`);
    const held = (keys as string[]).filter((k) => m.expansion?.[k] !== undefined);
    if (held.length === 0) return ok();
    return ok([
      { t: 'messageChange', app: ctx.app, messageUID: required(params, EXPANSION_DELETE, 'msgUID'), at: ctx.clock.now(), expansionRemove: held },
      ...held.map((k) => del(ctx.app, EXPANSION_TIME, m.messageUID, k)),
    ]);
  },
};

export const expansionQuery: EndpointHandler = {
  endpoint: EXPANSION_QUERY,
  keeps:
    'Answers extraContent {key: {v, ts}} for the kept message, 100 keys a page (pageNo from 1) in the order first set (our choice of page size); an unknown msgUID is 1003 (our choice).',
  handle(params, ctx) {
    const msgUID = required(params, EXPANSION_QUERY, 'msgUID');
    const m = ctx.model.app(ctx.app).messagesByUID.get(msgUID);
    if (!m) return fail(1003, `no message "${msgUID}" is kept`);
    const times = rows<number>(ctx.model, ctx.app, EXPANSION_TIME, m.messageUID);
    const page = paged(Object.entries(m.expansion ?? {}), integer(params, EXPANSION_QUERY, 'pageNo') ?? 1, EXPANSION_PAGE_SIZE);
    return ok([], { extraContent: Object.fromEntries(page.map(([k, v]) => [k, { v, ts: times.get(k) ?? m.sentAt }])) });
  },
};
