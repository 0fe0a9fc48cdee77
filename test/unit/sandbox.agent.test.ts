/**
 * Issue 19, AI agents and bots: /v3/agent/*, /v3/bot/* and /v3/chat/generate.json answered from state
 * over real HTTP. Bodies are what Java's Gson writes for its models (io.rong.models.agent.AgentModel,
 * ChatModel, io.rong.models.bot.ChatbotInfoModel, ChatbotIntegration, SetChatbotIntegration) and
 * answers are read with the field names of Java's results (GetAIAgentResult, PagingQueryAgentsResult,
 * ChatAgentResult, QueryChatbotsResult, PagingQueryChatbotsResult).
 */
import { after, before, describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AGENT_ENDPOINTS } from '../../src/core/contract/agent';
import { HANDLERS, handlerFor } from '../../src/sandbox/handlers';
import { SandboxServer } from '../../src/sandbox/server';
import { manualClock, request, type Reply } from './support/sandboxClient';

const APP = { appKey: 'agent-app', appSecret: 'agent-secret' };
const START = Date.UTC(2025, 0, 1);

function expectOk(r: Reply): void {
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.code, 200, r.text);
}

/** Java AgentModel as Gson writes it (nulls left out). */
const agentModel = (agentId: string, extra: Record<string, unknown> = {}) => ({
  agentId,
  name: `Agent ${agentId}`,
  description: 'helps',
  status: 'active',
  agentConfig: {
    model: { provider: 'openai', name: 'model-1', options: { temperature: 0.7, maxTokens: 512, stop: ['END'] } },
    prompt: { instructions: 'Be brief.', variables: { tone: 'warm' } },
  },
  ...extra,
});

/** Java ChatbotInfoModel with one ChatbotIntegration. */
const botModel = (userId: string, extra: Record<string, unknown> = {}) => ({
  userId,
  name: `Bot ${userId}`,
  type: 'assistant',
  profileUrl: 'https://example.com/bot.png',
  metadata: { team: 'a' },
  integrations: [{ enabled: true, type: 'webhook', callbackUrl: 'https://example.com/hook', objectNames: ['RC:TxtMsg'] }],
  ...extra,
});

describe('sandbox agents and bots: every endpoint has exactly one handler', () => {
  it('each of the 14 endpoints is answered by one registered handler', () => {
    assert.equal(AGENT_ENDPOINTS.length, 14);
    for (const endpoint of AGENT_ENDPOINTS) {
      assert.equal(handlerFor(endpoint)?.endpoint, endpoint, endpoint.id);
      assert.equal(HANDLERS.filter((h) => h.endpoint.id === endpoint.id).length, 1, endpoint.id);
    }
  });
});

describe('sandbox agents: state over HTTP, as the Java SDK calls it (AIAgent)', () => {
  let server: SandboxServer;
  const clock = manualClock(START);
  const post = (path: string, json: unknown) => request(server.url, APP, path, { json });
  before(async () => {
    server = await SandboxServer.start({ apps: [APP], clock });
  });
  after(() => server.stop());

  it('create then get answers every field sent, type chat by default, with createdAt/updatedAt (GetAIAgentResult)', async () => {
    expectOk(await post('/v3/agent/create.json', agentModel('agent-1')));
    const r = await post('/v3/agent/get.json', { agentId: 'agent-1' });
    expectOk(r);
    const { code, ...agent } = r.json;
    assert.equal(code, 200);
    assert.deepEqual(agent, { ...agentModel('agent-1'), type: 'chat', createdAt: START, updatedAt: START });
    assert.equal((await post('/v3/agent/create.json', agentModel('agent-1'))).json.code, 1003, 'an agentId that exists');
  });

  it('update changes only what it sends (agentConfig merged) and the update time', async () => {
    clock.advance(5000);
    expectOk(await post('/v3/agent/update.json', { agentId: 'agent-1', status: 'inactive', agentConfig: { model: { options: { temperature: 0.2 } } } }));
    const r = await post('/v3/agent/get.json', { agentId: 'agent-1' });
    assert.equal(r.json.status, 'inactive');
    assert.equal(r.json.name, 'Agent agent-1');
    const config = r.json.agentConfig as { model: { name: string; options: { temperature: number; maxTokens: number } } };
    assert.equal(config.model.options.temperature, 0.2);
    assert.equal(config.model.options.maxTokens, 512, 'a field not sent is kept');
    assert.equal(config.model.name, 'model-1');
    assert.equal(r.json.updatedAt, START + 5000);
    assert.equal(r.json.createdAt, START);
    assert.equal((await post('/v3/agent/update.json', { agentId: 'nope', name: 'xx' })).json.code, 1003);
  });

  it('query pages and filters by status (PagingQueryAgentsResult total, totalPages, hasNext, agents)', async () => {
    expectOk(await post('/v3/agent/create.json', agentModel('agent-2')));
    expectOk(await post('/v3/agent/create.json', agentModel('agent-3')));
    const first = await post('/v3/agent/query.json', { page: 1, size: 2 });
    assert.equal(first.json.total, 3);
    assert.equal(first.json.totalPages, 2);
    assert.equal(first.json.hasNext, true);
    assert.deepEqual((first.json.agents as Array<{ agentId: string }>).map((a) => a.agentId), ['agent-1', 'agent-2']);
    const second = await post('/v3/agent/query.json', { page: 2, size: 2 });
    assert.equal(second.json.hasNext, false);
    assert.deepEqual((second.json.agents as Array<{ agentId: string }>).map((a) => a.agentId), ['agent-3']);
    // Java puts type only when blank: an empty type filters nothing.
    const active = await post('/v3/agent/query.json', { page: 1, size: 10, status: 'active', type: '' });
    assert.deepEqual((active.json.agents as Array<{ agentId: string }>).map((a) => a.agentId), ['agent-2', 'agent-3']);
  });

  it('chat answers the labelled sandbox text and keeps the conversationId sent (ChatAgentResult)', async () => {
    const r = await post('/v3/chat/generate.json', { agentId: 'agent-2', query: 'What time is it?', conversationId: 'conv-1', memory: true, user: 'u1' });
    expectOk(r);
    assert.equal(r.json.answer, '[rong-sandbox] generated reply to: What time is it?');
    assert.equal(r.json.conversationId, 'conv-1');
    assert.equal(r.json.agentId, 'agent-2');
    assert.equal(r.json.finishReason, 'stop');
    assert.equal(typeof r.json.runId, 'string');
    assert.deepEqual(r.json.metadata, { usage: { promptTokens: 0, completionTokens: 0, totalTokens: 0 } });
    const fresh = await post('/v3/chat/generate.json', { agentId: 'agent-2', query: 'hi' });
    assert.ok(typeof fresh.json.conversationId === 'string' && fresh.json.conversationId !== '', 'a new conversation gets an ID');
    assert.equal((await post('/v3/chat/generate.json', { agentId: 'nope', query: 'hi' })).json.code, 1003);
  });

  it('delete removes the agent: get is 1003 and query no longer lists it', async () => {
    expectOk(await post('/v3/agent/delete.json', { agentId: 'agent-2' }));
    assert.equal((await post('/v3/agent/get.json', { agentId: 'agent-2' })).json.code, 1003);
    assert.equal((await post('/v3/agent/delete.json', { agentId: 'agent-2' })).json.code, 1003);
    assert.equal((await post('/v3/agent/query.json', {})).json.total, 2);
  });

  it('at most 100 agents an app (docs create-a-agent): the 100th passes, the 101st is 1003', async () => {
    for (let i = 2; i < 100; i++) expectOk(await post('/v3/agent/create.json', { agentId: `bulk-${i}`, name: 'Bulk', agentConfig: { model: { name: 'm' } } }));
    assert.equal((await post('/v3/agent/query.json', {})).json.total, 100);
    assert.equal((await post('/v3/agent/create.json', { agentId: 'bulk-100', name: 'Bulk', agentConfig: { model: { name: 'm' } } })).json.code, 1003);
  });
});

describe('sandbox bots: state over HTTP, as the Java SDK calls it (Chatbot)', () => {
  let server: SandboxServer;
  const post = (path: string, json: unknown) => request(server.url, APP, path, { json });
  const bots = (r: Reply) => r.json.bots as Array<Record<string, unknown>>;
  before(async () => {
    server = await SandboxServer.start({ apps: [APP], clock: manualClock(START) });
  });
  after(() => server.stop());

  it('create then get answers the bot with its integrations, stream and handleResponse true by default (QueryChatbotsResult)', async () => {
    expectOk(await post('/v3/bot/create.json', botModel('bot-1')));
    const r = await post('/v3/bot/get.json', { userIds: ['bot-1', 'not-a-bot'] });
    expectOk(r);
    assert.deepEqual(bots(r), [{
      userId: 'bot-1', name: 'Bot bot-1', type: 'assistant', profileUrl: 'https://example.com/bot.png', metadata: { team: 'a' }, createdAt: START, updatedAt: START,
      integrations: [{ enabled: true, type: 'webhook', callbackUrl: 'https://example.com/hook', objectNames: ['RC:TxtMsg'], stream: true, handleResponse: true }],
    }]);
    assert.equal((await post('/v3/bot/create.json', botModel('bot-1'))).json.code, 1003, 'a userId that exists');
    assert.equal((await post('/v3/bot/create.json', botModel('bot-x', { integrations: [{ type: 'webhook' }] }))).json.code, 1003, 'an integration without callbackUrl');
  });

  it('integrations: create adds a type, update changes it, delete removes it (SetChatbotIntegration)', async () => {
    expectOk(await post('/v3/bot/integration/create.json', { userId: 'bot-1', type: 'dify', callbackUrl: 'https://example.com/dify', enabled: true, auth: { apiKey: 'k-1' }, stream: false }));
    assert.equal((await post('/v3/bot/integration/create.json', { userId: 'bot-1', type: 'dify', callbackUrl: 'https://example.com/d2' })).json.code, 1003, 'a type the bot has');
    expectOk(await post('/v3/bot/integration/update.json', { userId: 'bot-1', type: 'dify', callbackUrl: 'https://example.com/dify2', enabled: false }));
    let list = bots(await post('/v3/bot/get.json', { userIds: ['bot-1'] }))[0].integrations as Array<Record<string, unknown>>;
    assert.deepEqual(list.map((i) => i.type), ['webhook', 'dify']);
    assert.deepEqual(list[1], { type: 'dify', callbackUrl: 'https://example.com/dify2', enabled: false, auth: { apiKey: 'k-1' }, stream: false, handleResponse: true });
    expectOk(await post('/v3/bot/integration/delete.json', { userId: 'bot-1', type: 'webhook' }));
    list = bots(await post('/v3/bot/get.json', { userIds: ['bot-1'] }))[0].integrations as Array<Record<string, unknown>>;
    assert.deepEqual(list.map((i) => i.type), ['dify']);
    assert.equal((await post('/v3/bot/integration/delete.json', { userId: 'bot-1', type: 'webhook' })).json.code, 1003);
    assert.equal((await post('/v3/bot/integration/create.json', { userId: 'nobot', type: 'webhook', callbackUrl: 'https://example.com/h' })).json.code, 1003);
  });

  it('update changes the fields sent; query pages, with integrations only when asked (PagingQueryChatbotsResult)', async () => {
    expectOk(await post('/v3/bot/update.json', { userId: 'bot-1', name: 'Renamed' }));
    expectOk(await post('/v3/bot/create.json', botModel('bot-2')));
    const got = bots(await post('/v3/bot/get.json', { userIds: ['bot-1'] }))[0];
    assert.equal(got.name, 'Renamed');
    assert.equal(got.type, 'assistant', 'a field not sent is kept');
    const q = await post('/v3/bot/query.json', { page: 1, pageSize: 1 });
    assert.equal(q.json.total, 2);
    assert.equal(q.json.hasNext, true);
    assert.deepEqual(bots(q).map((b) => b.userId), ['bot-1']);
    assert.equal(bots(q)[0].integrations, undefined, 'includeIntegration defaults to false');
    const withIntegrations = await post('/v3/bot/query.json', { page: 2, pageSize: 1, includeIntegration: true });
    assert.equal(withIntegrations.json.hasNext, false);
    assert.deepEqual((bots(withIntegrations)[0].integrations as Array<{ type: string }>).map((i) => i.type), ['webhook']);
  });

  it('delete removes the bot with its integrations; at most 10 bots an app (docs create-a-bot)', async () => {
    expectOk(await post('/v3/bot/delete.json', { userId: 'bot-2' }));
    assert.deepEqual(bots(await post('/v3/bot/get.json', { userIds: ['bot-2'] })), []);
    assert.equal((await post('/v3/bot/delete.json', { userId: 'bot-2' })).json.code, 1003);
    expectOk(await post('/v3/bot/create.json', botModel('bot-2', { integrations: [] })));
    assert.deepEqual(bots(await post('/v3/bot/get.json', { userIds: ['bot-2'] }))[0].integrations, [], 'a bot created again starts with no integrations');
    for (let i = 3; i <= 10; i++) expectOk(await post('/v3/bot/create.json', botModel(`bot-${i}`)));
    assert.equal((await post('/v3/bot/create.json', botModel('bot-11'))).json.code, 1003);
  });
});

describe('sandbox agents and bots: kept across a restart (the journal)', () => {
  it('an agent, a bot and its integrations written before a stop are answered after a start', async (t: TestContext) => {
    const dir = await mkdtemp(join(tmpdir(), 'rong-agent-'));
    t.after(() => rm(dir, { recursive: true, force: true }));
    const statePath = join(dir, 'state.journal');
    const first = await SandboxServer.start({ apps: [APP], statePath });
    try {
      expectOk(await request(first.url, APP, '/v3/agent/create.json', { json: agentModel('kept') }));
      expectOk(await request(first.url, APP, '/v3/bot/create.json', { json: botModel('kept-bot') }));
      expectOk(await request(first.url, APP, '/v3/bot/integration/create.json', { json: { userId: 'kept-bot', type: 'dify', callbackUrl: 'https://example.com/d' } }));
    } finally {
      await first.stop();
    }
    const again = await SandboxServer.start({ apps: [APP], statePath });
    try {
      const agent = await request(again.url, APP, '/v3/agent/get.json', { json: { agentId: 'kept' } });
      assert.equal(agent.json.name, 'Agent kept');
      const bot = await request(again.url, APP, '/v3/bot/get.json', { json: { userIds: ['kept-bot'] } });
      assert.deepEqual(((bot.json.bots as Array<{ integrations: Array<{ type: string }> }>)[0].integrations).map((i) => i.type), ['webhook', 'dify']);
    } finally {
      await again.stop();
    }
  });
});
