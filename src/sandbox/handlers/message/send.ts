/**
 * What the message sends share: the send options kept with a message (what later reads answer), the
 * answer's `messageUIDs` entries, and the message's own tables (documented here, scope/key/value).
 *
 * Tables of this folder:
 * - `message.expansionTime`: scope messageUID, key extension key → the time (ms) it was last set;
 *   /message/expansion/query.json answers it as `ts` (Go QueryMessageExpansion reads `ts` as a number).
 * - `message.historyDeleted`: scope '', key the hour YYYYMMDDHH → { at } (when its log was deleted).
 */
import { isFlagOn } from '../../../core/validation';
import type { MessageState } from '../../model/model';
import type { Params } from '../types';

export const EXPANSION_TIME = 'message.expansionTime';
export const HISTORY_DELETED = 'message.historyDeleted';

/** The parameters that are the message itself or its addressing, not options kept beside it. */
const NOT_OPTIONS = new Set(['fromUserId', 'toUserId', 'toGroupId', 'toChatroomId', 'toDiscussionId', 'objectName', 'content', 'values']);

/**
 * Every other single-valued parameter the send carried (pushContent, pushExt, isPersisted, isCounted,
 * expansion, extraContent, busChannel…), as sent, so that later reads can answer them.
 */
export function sendOptions(params: Params, extra: Readonly<Record<string, string>> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, values] of params) if (!NOT_OPTIONS.has(name) && values.length === 1) out[name] = values[0];
  return { ...out, ...extra };
}

/** A flag kept in options is off ("0" or "false"); absent is not off. */
export function optionOff(m: Pick<MessageState, 'options'>, name: string): boolean {
  const v = m.options?.[name];
  return v === '0' || v === 'false';
}

export function optionOn(m: Pick<MessageState, 'options'>, name: string): boolean {
  return isFlagOn(m.options?.[name]);
}

/**
 * The initial extensions of a message sent with expansion=true and extraContent (a JSON object of
 * string values, docs message/send-private "extraContent"); undefined when there are none.
 */
export function initialExpansion(params: Params): Record<string, string> | undefined {
  if (!isFlagOn(params.get('expansion')?.[0])) return undefined;
  const text = params.get('extraContent')?.[0];
  if (text === undefined) return undefined;
  try {
    const parsed = JSON.parse(text) as unknown;
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(parsed as Record<string, unknown>)) out[k] = typeof v === 'string' ? v : JSON.stringify(v);
    return Object.keys(out).length > 0 ? out : undefined;
  } catch {
    return undefined;
  }
}
