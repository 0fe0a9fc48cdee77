/** /v3/agent/create, update, delete, get and query.json (Java AIAgent; docs agent/create-a-agent). */
import { PARAMETER_ERROR_CODE } from '../../../core/contract';
import { AGENT_CREATE, AGENT_DELETE, AGENT_GET, AGENT_QUERY, AGENT_UPDATE } from '../../../core/contract/agent';
import { clip } from '../../echo';
import { del, put, row, rows } from '../../model/tables';
import { fail, integer, one, ok, required } from '../answers';
import type { EndpointHandler, HandlerContext } from '../types';
import { AGENTS, bodyOf, merged, page, unknown, type AgentRow, type JsonObject } from './tables';

/** Agents an app may have (docs agent/create-a-agent: at most 100). */
export const MAX_AGENTS = 100;
/** Agents a query page holds when size is absent: our choice, no source states one. */
export const DEFAULT_AGENT_PAGE_SIZE = 10;

const agentOf = ({ model, app }: HandlerContext, agentId: string) => row<AgentRow>(model, app, AGENTS, '', agentId);

/** The agent as Java's AgentModel and GetAIAgentResult read it. */
function view(agentId: string, a: AgentRow, withTimes: boolean): Record<string, unknown> {
  const { createdAt, updatedAt, ...fields } = a;
  return { agentId, ...fields, ...(withTimes ? { createdAt, updatedAt } : {}) };
}

export const agentCreate: EndpointHandler = {
  endpoint: AGENT_CREATE,
  keeps: `Keeps the agent with every field sent (type chat when absent), at most ${MAX_AGENTS} an app (docs). An agentId that exists, or a 101st agent, is 1003 (our choice of code).`,
  handle(params, ctx) {
    const agentId = required(params, AGENT_CREATE, 'agentId');
    if (agentOf(ctx, agentId)) return fail(PARAMETER_ERROR_CODE, `agent "${clip(agentId)}" already exists`);
    if (rows(ctx.model, ctx.app, AGENTS).size >= MAX_AGENTS) return fail(PARAMETER_ERROR_CODE, `an app has at most ${MAX_AGENTS} agents`);
    const now = ctx.clock.now();
    return ok([put(ctx.app, AGENTS, '', agentId, { ...bodyOf(AGENT_CREATE, params, ['agentId'], true), createdAt: now, updatedAt: now })]);
  },
};

export const agentUpdate: EndpointHandler = {
  endpoint: AGENT_UPDATE,
  keeps: 'Changes only the fields sent (agentConfig merged key by key) and the update time; an unknown agent is 1003 (our choice).',
  handle(params, ctx) {
    const agentId = required(params, AGENT_UPDATE, 'agentId');
    const agent = agentOf(ctx, agentId);
    if (!agent) return unknown('agent', agentId);
    const next = merged(agent as JsonObject, { ...bodyOf(AGENT_UPDATE, params, ['agentId']), updatedAt: ctx.clock.now() });
    return ok([put(ctx.app, AGENTS, '', agentId, next)]);
  },
};

export const agentDelete: EndpointHandler = {
  endpoint: AGENT_DELETE,
  keeps: 'Removes the agent; an unknown agent is 1003 (our choice).',
  handle(params, ctx) {
    const agentId = required(params, AGENT_DELETE, 'agentId');
    if (!agentOf(ctx, agentId)) return unknown('agent', agentId);
    return ok([del(ctx.app, AGENTS, '', agentId)]);
  },
};

export const agentGet: EndpointHandler = {
  endpoint: AGENT_GET,
  keeps: 'Answers the agent as kept (agentId, name, description, type, status, agentConfig, createdAt and updatedAt in ms); an unknown agent is 1003 (our choice).',
  handle(params, ctx) {
    const agentId = required(params, AGENT_GET, 'agentId');
    const agent = agentOf(ctx, agentId);
    return agent ? ok([], view(agentId, agent, true)) : unknown('agent', agentId);
  },
};

export const agentQuery: EndpointHandler = {
  endpoint: AGENT_QUERY,
  keeps: `Lists the agents in the order created, only those of the status and type given (an empty value filters nothing), as total, totalPages, hasNext and agents; page 1 and size ${DEFAULT_AGENT_PAGE_SIZE} when absent (our choice).`,
  handle(params, ctx) {
    const status = one(params, AGENT_QUERY, 'status') || undefined;
    const type = one(params, AGENT_QUERY, 'type') || undefined;
    const list = [...rows<AgentRow>(ctx.model, ctx.app, AGENTS)].filter(([, a]) => (status === undefined || a.status === status) && (type === undefined || a.type === type));
    const p = page(list, integer(params, AGENT_QUERY, 'page') ?? 1, integer(params, AGENT_QUERY, 'size') ?? DEFAULT_AGENT_PAGE_SIZE);
    return ok([], { total: list.length, totalPages: p.totalPages, hasNext: p.hasNext, agents: p.items.map(([id, a]) => view(id, a, false)) });
  },
};
