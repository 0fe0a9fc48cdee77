/** POST /v3/chat/generate.json (Java AIAgent.chat, ChatAgentResult): a fixed, labelled reply; no model is called. */
import { CHAT_GENERATE } from '../../../core/contract/agent';
import { clip } from '../../echo';
import { row } from '../../model/tables';
import { one, ok, required } from '../answers';
import type { EndpointHandler } from '../types';
import { AGENTS, unknown } from './tables';

/** The sandbox's reply, labelled so that nobody takes it for a model's. */
export const sandboxReply = (query: string): string => `[rong-sandbox] generated reply to: ${clip(query, 200)}`;

export const chatGenerate: EndpointHandler = {
  endpoint: CHAT_GENERATE,
  keeps:
    'Answers a fixed text, "[rong-sandbox] generated reply to: <query>", with the conversationId sent (a new one when absent), a new runId, finishReason "stop" and zero token usage; no model is called and nothing is kept. An unknown agent is 1003 (our choice).',
  handle(params, ctx) {
    const agentId = required(params, CHAT_GENERATE, 'agentId');
    if (!row(ctx.model, ctx.app, AGENTS, '', agentId)) return unknown('agent', agentId);
    return ok([], {
      runId: ctx.newMessageUID(),
      conversationId: one(params, CHAT_GENERATE, 'conversationId') || ctx.newMessageUID(),
      agentId,
      timestamp: ctx.clock.now(),
      answer: sandboxReply(required(params, CHAT_GENERATE, 'query')),
      finishReason: 'stop',
      // Java ChatMetadata { usage: Usage { promptTokens, completionTokens, totalTokens } }.
      metadata: { usage: { promptTokens: 0, completionTokens: 0, totalTokens: 0 } },
    });
  },
};
