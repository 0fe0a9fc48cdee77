/**
 * Expansion (key-value data) of an ultragroup message: set, delete, query. Each key keeps the time it
 * was last set (UG_EXPANSION_TIMES), which query answers as ts. Only a message sent with expansion
 * true takes keys (our choice: the docs call such messages expandable and name no error code).
 */
import { PARAMETER_ERROR_CODE } from '../../../core/contract';
import { EXPANSION_KEYS_PER_CALL, ULTRAGROUP_EXPANSION_DELETE, ULTRAGROUP_EXPANSION_QUERY, ULTRAGROUP_EXPANSION_SET } from '../../../core/contract/ultragroup';
import { clip } from '../../echo';
import { put, row } from '../../model/tables';
import { fail, jsonParam, ok, required } from '../answers';
import type { EndpointHandler } from '../types';
import { MAX_EXPANSION_KEYS_PER_MESSAGE } from './common';
import { groupMessage } from './messages';
import { UG_EXPANSION_TIMES } from './tables';

type Times = Readonly<Record<string, number>>;

export const expansionSet: EndpointHandler = {
  endpoint: ULTRAGROUP_EXPANSION_SET,
  keeps: "Sets the keys of extraKeyVal on an expandable message of the ultragroup (100 a call, 300 a message: more is 1003); a key set again gets the new value and time. An unknown or not expandable message is 1003 (our choice).",
  handle(params, { app, model, clock }) {
    const ep = ULTRAGROUP_EXPANSION_SET;
    const groupId = required(params, ep, 'groupId');
    const m = groupMessage(model, app, groupId, required(params, ep, 'msgUID'));
    if (!('messageUID' in m)) return m;
    const o = m.options?.expansion;
    if (o !== '1' && o !== 'true') return fail(PARAMETER_ERROR_CODE, `message "${clip(m.messageUID)}" was not sent with expansion true`);
    const value = jsonParam(params, 'extraKeyVal');
    if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.values(value).every((v) => typeof v === 'string')) {
      return fail(PARAMETER_ERROR_CODE, 'extraKeyVal must be a JSON object of string values');
    }
    const set = value as Record<string, string>;
    const keys = Object.keys(set);
    if (keys.length === 0 || keys.length > EXPANSION_KEYS_PER_CALL) return fail(PARAMETER_ERROR_CODE, `extraKeyVal has ${keys.length} keys; a call sets 1 to ${EXPANSION_KEYS_PER_CALL}`);
    const total = new Set([...Object.keys(m.expansion ?? {}), ...keys]).size;
    if (total > MAX_EXPANSION_KEYS_PER_MESSAGE) return fail(PARAMETER_ERROR_CODE, `the message would hold ${total} expansion keys; it holds at most ${MAX_EXPANSION_KEYS_PER_MESSAGE}`);
    const now = clock.now();
    const times = row<Times>(model, app, UG_EXPANSION_TIMES, groupId, m.messageUID) ?? {};
    return ok([
      { t: 'messageChange', app, messageUID: m.messageUID, at: now, expansionSet: set },
      put(app, UG_EXPANSION_TIMES, groupId, m.messageUID, { ...times, ...Object.fromEntries(keys.map((k) => [k, now])) }),
    ]);
  },
};

export const expansionDelete: EndpointHandler = {
  endpoint: ULTRAGROUP_EXPANSION_DELETE,
  keeps: 'Removes the keys extraKey names (a JSON array of 1–100 strings, otherwise 1003) from the message; a key it does not hold changes nothing. An unknown message is 1003 (our choice).',
  handle(params, { app, model, clock }) {
    const ep = ULTRAGROUP_EXPANSION_DELETE;
    const groupId = required(params, ep, 'groupId');
    const m = groupMessage(model, app, groupId, required(params, ep, 'msgUID'));
    if (!('messageUID' in m)) return m;
    const keys = jsonParam(params, 'extraKey');
    if (!Array.isArray(keys) || keys.length === 0 || keys.length > EXPANSION_KEYS_PER_CALL || !keys.every((k) => typeof k === 'string')) {
      return fail(PARAMETER_ERROR_CODE, `extraKey must be a JSON array of 1 to ${EXPANSION_KEYS_PER_CALL} strings`);
    }
    const gone = new Set(keys as string[]);
    const times = row<Times>(model, app, UG_EXPANSION_TIMES, groupId, m.messageUID) ?? {};
    return ok([
      { t: 'messageChange', app, messageUID: m.messageUID, at: clock.now(), expansionRemove: [...gone] },
      put(app, UG_EXPANSION_TIMES, groupId, m.messageUID, Object.fromEntries(Object.entries(times).filter(([k]) => !gone.has(k)))),
    ]);
  },
};

export const expansionQuery: EndpointHandler = {
  endpoint: ULTRAGROUP_EXPANSION_QUERY,
  keeps: "Answers extraContent {key: {v, ts}} with the message's keys, ts the time each was last set (as Go's UGMessageExpansionQuery reads it); pageNo is ignored (no source says what it pages). An unknown message is 1003 (our choice).",
  handle(params, { app, model }) {
    const ep = ULTRAGROUP_EXPANSION_QUERY;
    const groupId = required(params, ep, 'groupId');
    const m = groupMessage(model, app, groupId, required(params, ep, 'msgUID'));
    if (!('messageUID' in m)) return m;
    const times = row<Times>(model, app, UG_EXPANSION_TIMES, groupId, m.messageUID) ?? {};
    const extraContent = Object.fromEntries(Object.entries(m.expansion ?? {}).map(([k, v]) => [k, { v, ts: times[k] ?? m.sentAt }]));
    return ok([], { extraContent });
  },
};
