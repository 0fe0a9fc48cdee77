/** /v3/bot/integration/create, update and delete.json (Java Chatbot.createIntegration, updateIntegration, deleteIntegration): one integration per type and bot. */
import { PARAMETER_ERROR_CODE } from '../../../core/contract';
import { BOT_INTEGRATION_CREATE, BOT_INTEGRATION_DELETE, BOT_INTEGRATION_UPDATE } from '../../../core/contract/agent';
import { clip } from '../../echo';
import { del, put, row } from '../../model/tables';
import { fail, ok, required } from '../answers';
import type { EndpointHandler, HandlerContext } from '../types';
import { BOT_INTEGRATIONS, BOTS, bodyOf, merged, unknown, type JsonObject } from './tables';

/** docs bot/create-a-bot: integrations[].stream and handleResponse default to true. */
export function withIntegrationDefaults(entry: JsonObject): JsonObject {
  return { stream: true, handleResponse: true, ...entry };
}

const integrationOf = ({ model, app }: HandlerContext, userId: string, type: string) => row<JsonObject>(model, app, BOT_INTEGRATIONS, userId, type);

export const botIntegrationCreate: EndpointHandler = {
  endpoint: BOT_INTEGRATION_CREATE,
  keeps: "Adds the integration to the bot, keyed by its type (stream and handleResponse true when absent); an unknown bot, or a type the bot already has, is 1003 (our choices: update changes one).",
  handle(params, ctx) {
    const userId = required(params, BOT_INTEGRATION_CREATE, 'userId');
    const type = required(params, BOT_INTEGRATION_CREATE, 'type');
    if (!row(ctx.model, ctx.app, BOTS, '', userId)) return unknown('bot', userId);
    if (integrationOf(ctx, userId, type)) return fail(PARAMETER_ERROR_CODE, `bot "${clip(userId)}" already has a ${clip(type)} integration`);
    return ok([put(ctx.app, BOT_INTEGRATIONS, userId, type, withIntegrationDefaults(bodyOf(BOT_INTEGRATION_CREATE, params, ['userId'])))]);
  },
};

export const botIntegrationUpdate: EndpointHandler = {
  endpoint: BOT_INTEGRATION_UPDATE,
  keeps: "Changes the fields sent of the bot's integration of that type; an unknown bot or integration is 1003 (our choice).",
  handle(params, ctx) {
    const userId = required(params, BOT_INTEGRATION_UPDATE, 'userId');
    const type = required(params, BOT_INTEGRATION_UPDATE, 'type');
    if (!row(ctx.model, ctx.app, BOTS, '', userId)) return unknown('bot', userId);
    const current = integrationOf(ctx, userId, type);
    if (!current) return unknown(`${clip(type)} integration of bot`, userId);
    return ok([put(ctx.app, BOT_INTEGRATIONS, userId, type, merged(current, bodyOf(BOT_INTEGRATION_UPDATE, params, ['userId'])))]);
  },
};

export const botIntegrationDelete: EndpointHandler = {
  endpoint: BOT_INTEGRATION_DELETE,
  keeps: "Removes the bot's integration of that type; an unknown bot or integration is 1003 (our choice).",
  handle(params, ctx) {
    const userId = required(params, BOT_INTEGRATION_DELETE, 'userId');
    const type = required(params, BOT_INTEGRATION_DELETE, 'type');
    if (!row(ctx.model, ctx.app, BOTS, '', userId)) return unknown('bot', userId);
    if (!integrationOf(ctx, userId, type)) return unknown(`${clip(type)} integration of bot`, userId);
    return ok([del(ctx.app, BOT_INTEGRATIONS, userId, type)]);
  },
};
