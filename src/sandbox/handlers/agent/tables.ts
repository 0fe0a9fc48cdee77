/**
 * The agent module's rows (model/tables.ts), private to this folder:
 * - AGENTS: scope '', key agentId → AgentRow (Java GetAIAgentResult's fields, agentConfig as sent);
 * - BOTS: scope '', key the bot's userId → BotRow (Java ChatbotInfoModel without its integrations);
 * - BOT_INTEGRATIONS: scope the bot's userId, key the integration's type → the integration as sent
 *   (Java ChatbotIntegration's fields), so that a bot has at most one integration of each type.
 * Chat generation keeps nothing (no source says the service keeps the conversation for a reader).
 */
import { PARAMETER_ERROR_CODE, type EndpointSpec } from '../../../core/contract';
import { pairsToJson } from '../../../core/wire';
import { clip } from '../../echo';
import type { JsonValue } from '../../model';
import { fail } from '../answers';
import type { HandlerResult, Params } from '../types';

export const AGENTS = 'agent.agent';
export const BOTS = 'agent.bot';
export const BOT_INTEGRATIONS = 'agent.botIntegration';

export interface AgentRow {
  readonly name?: string;
  readonly description?: string;
  readonly type?: string;
  readonly status?: string;
  readonly agentConfig?: JsonValue;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly [more: string]: JsonValue | undefined;
}

export interface BotRow {
  readonly name?: string;
  readonly type?: string;
  readonly profileUrl?: string;
  readonly metadata?: JsonValue;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly [more: string]: JsonValue | undefined;
}

export type JsonObject = { [key: string]: JsonValue };

/**
 * The parameters as the JSON object they came in (dotted names nested, flags as booleans, numbers as
 * numbers), leaving out `omit`; with `defaults`, a parameter the data gives a default takes it when absent.
 */
export function bodyOf(endpoint: EndpointSpec, params: Params, omit: readonly string[], defaults = false): JsonObject {
  const pairs: Array<[string, string]> = [];
  for (const spec of endpoint.params) {
    if (omit.includes(spec.name) || spec.in !== undefined) continue;
    const values = params.get(spec.name) ?? (defaults && spec.defaultValue !== undefined ? [spec.defaultValue] : []);
    for (const v of values) pairs.push([spec.name, v]);
  }
  return pairsToJson(endpoint, pairs) as JsonObject;
}

/** `over` laid on `base`, objects merged key by key (an update changes only what it sends). */
export function merged(base: JsonValue | undefined, over: JsonValue): JsonValue {
  if (!isObject(base) || !isObject(over)) return over;
  const out: JsonObject = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = merged(base[k], v);
  return out;
}

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** No source gives the code for an unknown agent, bot or integration: 1003 with the reason (our choice). */
export const unknown = (what: string, id: string): HandlerResult => fail(PARAMETER_ERROR_CODE, `${what} "${clip(id)}" does not exist in this app`);

/** Page counts from 1; `hasNext` as Java's paging results read it. */
export function page<T>(list: readonly T[], pageNo: number, size: number): { items: T[]; hasNext: boolean; totalPages: number } {
  const start = (pageNo - 1) * size;
  return { items: list.slice(start, start + size), hasNext: start + size < list.length, totalPages: Math.ceil(list.length / size) };
}
