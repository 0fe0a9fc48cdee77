/** /v3/bot/create, update, delete, get and query.json (Java Chatbot; docs bot/create-a-bot, get-bot, list-bots). */
import { PARAMETER_ERROR_CODE } from '../../../core/contract';
import { BOT_CREATE, BOT_DELETE, BOT_GET, BOT_QUERY, BOT_UPDATE } from '../../../core/contract/agent';
import { clip } from '../../echo';
import type { SandboxRecord } from '../../model';
import { del, drop, put, row, rows } from '../../model/tables';
import { all, fail, flag, integer, jsonParam, ok, required, unique } from '../answers';
import type { EndpointHandler, HandlerContext } from '../types';
import { withIntegrationDefaults } from './integrations';
import { BOT_INTEGRATIONS, BOTS, bodyOf, isObject, page, unknown, type BotRow, type JsonObject } from './tables';

/** Bots an app may have (docs bot/create-a-bot: at most 10). */
export const MAX_BOTS = 10;

const botOf = ({ model, app }: HandlerContext, userId: string) => row<BotRow>(model, app, BOTS, '', userId);

/** The integrations array as sent, each with the docs' defaults, or what is wrong with it. */
function readIntegrations(value: unknown): JsonObject[] | string {
  if (!Array.isArray(value)) return 'integrations must be a JSON array of objects';
  const out: JsonObject[] = [];
  for (const [i, entry] of value.entries()) {
    // docs bot/create-a-bot: integrations[].type and callbackUrl are required.
    if (!isObject(entry) || typeof entry.type !== 'string' || entry.type === '' || typeof entry.callbackUrl !== 'string' || entry.callbackUrl === '') {
      return `integrations entry ${i + 1} needs "type" and "callbackUrl" (non-empty strings)`;
    }
    out.push(withIntegrationDefaults(entry));
  }
  return out;
}

/** The records that make the bot's integrations exactly these (a later entry of a type replaces an earlier one). */
function integrationRecords(app: string, userId: string, list: readonly JsonObject[]): SandboxRecord[] {
  return [drop(app, BOT_INTEGRATIONS, userId), ...list.map((entry) => put(app, BOT_INTEGRATIONS, userId, String(entry.type), entry))];
}

/** The bot as Java's ChatbotInfoModel reads it. */
function view(ctx: HandlerContext, userId: string, bot: BotRow, withIntegrations: boolean): Record<string, unknown> {
  const integrations = withIntegrations ? { integrations: [...rows(ctx.model, ctx.app, BOT_INTEGRATIONS, userId).values()] } : {};
  return { userId, ...bot, ...integrations };
}

export const botCreate: EndpointHandler = {
  endpoint: BOT_CREATE,
  keeps: `Keeps the bot (name, type, profileUrl, metadata) and each of its integrations by type (stream and handleResponse true when absent, as the docs say), at most ${MAX_BOTS} bots an app (docs). A userId that exists, an 11th bot or an integration without type or callbackUrl is 1003 (our choice of code).`,
  handle(params, ctx) {
    const userId = required(params, BOT_CREATE, 'userId');
    if (botOf(ctx, userId)) return fail(PARAMETER_ERROR_CODE, `bot "${clip(userId)}" already exists`);
    if (rows(ctx.model, ctx.app, BOTS).size >= MAX_BOTS) return fail(PARAMETER_ERROR_CODE, `an app has at most ${MAX_BOTS} bots`);
    const integrations = readIntegrations(jsonParam(params, 'integrations'));
    if (typeof integrations === 'string') return fail(PARAMETER_ERROR_CODE, integrations);
    const now = ctx.clock.now();
    const bot = { ...bodyOf(BOT_CREATE, params, ['userId', 'integrations']), createdAt: now, updatedAt: now };
    return ok([put(ctx.app, BOTS, '', userId, bot), ...integrationRecords(ctx.app, userId, integrations)]);
  },
};

export const botUpdate: EndpointHandler = {
  endpoint: BOT_UPDATE,
  keeps: 'Changes only the fields sent (metadata replaced whole) and the update time; integrations, when sent, replace all the bot\'s integrations. An unknown bot is 1003 (our choice).',
  handle(params, ctx) {
    const userId = required(params, BOT_UPDATE, 'userId');
    const bot = botOf(ctx, userId);
    if (!bot) return unknown('bot', userId);
    const sent = params.has('integrations') ? readIntegrations(jsonParam(params, 'integrations')) : undefined;
    if (typeof sent === 'string') return fail(PARAMETER_ERROR_CODE, sent);
    const next = { ...(bot as JsonObject), ...bodyOf(BOT_UPDATE, params, ['userId', 'integrations']), updatedAt: ctx.clock.now() };
    return ok([put(ctx.app, BOTS, '', userId, next), ...(sent ? integrationRecords(ctx.app, userId, sent) : [])]);
  },
};

export const botDelete: EndpointHandler = {
  endpoint: BOT_DELETE,
  keeps: 'Removes the bot with its integrations; an unknown bot is 1003 (our choice).',
  handle(params, ctx) {
    const userId = required(params, BOT_DELETE, 'userId');
    if (!botOf(ctx, userId)) return unknown('bot', userId);
    return ok([del(ctx.app, BOTS, '', userId), drop(ctx.app, BOT_INTEGRATIONS, userId)]);
  },
};

export const botGet: EndpointHandler = {
  endpoint: BOT_GET,
  keeps: 'Answers bots [{userId, name, type, profileUrl, metadata, integrations, createdAt, updatedAt}] for the user IDs that are bots, in the order asked; the others are left out (our choice).',
  handle(params, ctx) {
    const bots = unique(all(params, 'userIds')).flatMap((id) => {
      const bot = botOf(ctx, id);
      return bot ? [view(ctx, id, bot, true)] : [];
    });
    return ok([], { bots });
  },
};

export const botQuery: EndpointHandler = {
  endpoint: BOT_QUERY,
  keeps: 'Lists the bots in the order created as total, hasNext and bots, with their integrations only when includeIntegration is true; page 1 and pageSize 10 when absent.',
  handle(params, ctx) {
    const list = [...rows<BotRow>(ctx.model, ctx.app, BOTS)];
    const p = page(list, integer(params, BOT_QUERY, 'page') ?? 1, integer(params, BOT_QUERY, 'pageSize') ?? 10);
    const withIntegrations = flag(params, BOT_QUERY, 'includeIntegration');
    return ok([], { total: list.length, hasNext: p.hasNext, bots: p.items.map(([id, b]) => view(ctx, id, b, withIntegrations)) });
  },
};
