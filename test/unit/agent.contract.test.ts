/** The agent and bot endpoints of #18 at the limits the docs state (agent.ts notes say which source). */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { AGENT_CREATE, AGENT_ENDPOINTS, AGENT_UPDATE, BOT_CREATE, BOT_GET, BOT_INTEGRATION_CREATE, BOT_QUERY, CHAT_GENERATE } from '../../src/core/contract/agent';
import type { EndpointSpec } from '../../src/core/contract';
import { validateParams } from '../../src/core/validation';

type Pairs = Array<readonly [string, string]>;
const rules = (e: EndpointSpec, pairs: Pairs) => validateParams(e, pairs).map((f) => `${f.field}:${f.code}:${f.rule}`);
const many = (n: number, key: string): Pairs => Array.from({ length: n }, (_, i) => [key, `id${i}`] as const);
const agent: Pairs = [['agentId', 'agent-1'], ['name', 'Helper'], ['agentConfig.model.name', 'model-1']];

test('every agent record is a JSON POST under /v3 with a Java call and unique ids', () => {
  assert.equal(AGENT_ENDPOINTS.length, 14);
  assert.equal(new Set(AGENT_ENDPOINTS.map((e) => e.id)).size, 14);
  for (const e of AGENT_ENDPOINTS) {
    assert.equal(e.body, 'json', e.id);
    assert.equal(e.method, 'POST', e.id);
    assert.match(e.path, /^\/v3\/(agent|bot|chat)\//, e.id);
    assert.ok(e.sdks?.java && !e.sdks.go, `${e.id}: Java only`);
  }
});

test('agent/create: agentId, name and agentConfig.model.name required; agentId 64 bytes; maxTokens 1–8192', () => {
  assert.deepEqual(rules(AGENT_CREATE, agent), []);
  assert.deepEqual(rules(AGENT_CREATE, agent.filter(([k]) => k !== 'agentConfig.model.name')), ['agentConfig.model.name:1003:missing']);
  assert.deepEqual(rules(AGENT_CREATE, [['agentId', 'a'.repeat(64)], ...agent.slice(1)]), []);
  assert.deepEqual(rules(AGENT_CREATE, [['agentId', 'a'.repeat(65)], ...agent.slice(1)]), ['agentId:1003:tooLong']);
  for (const [n, expected] of [['1', []], ['8192', []], ['0', ['agentConfig.model.options.maxTokens:1003:outOfRange']], ['8193', ['agentConfig.model.options.maxTokens:1003:outOfRange']]] as const) {
    assert.deepEqual(rules(AGENT_CREATE, [...agent, ['agentConfig.model.options.maxTokens', n]]), expected, `maxTokens=${n}`);
  }
  assert.deepEqual(rules(AGENT_UPDATE, [['agentId', 'agent-1']]), [], 'update needs only agentId');
});

test('agent/create: description 256, instructions 10000, prompt.id 64 characters; stop takes 10 words of 50 characters', () => {
  const chars = (name: string, n: number) => rules(AGENT_CREATE, [...agent, [name, '中'.repeat(n)]]);
  assert.deepEqual(chars('description', 256), []);
  assert.deepEqual(chars('description', 257), ['description:1003:tooManyChars']);
  assert.deepEqual(chars('agentConfig.prompt.instructions', 10_000), []);
  assert.deepEqual(chars('agentConfig.prompt.instructions', 10_001), ['agentConfig.prompt.instructions:1003:tooManyChars']);
  assert.deepEqual(chars('agentConfig.prompt.id', 65), ['agentConfig.prompt.id:1003:tooManyChars']);
  const stop = 'agentConfig.model.options.stop';
  assert.deepEqual(rules(AGENT_CREATE, [...agent, ...many(10, stop)]), []);
  assert.deepEqual(rules(AGENT_CREATE, [...agent, ...many(11, stop)]), [`${stop}:1003:tooManyValues`]);
  assert.deepEqual(rules(AGENT_CREATE, [...agent, [stop, 'x'.repeat(51)]]), [`${stop}:1003:tooManyChars`]);
  assert.deepEqual(rules(AGENT_CREATE, [...agent, ['agentConfig.model.options.temperature', 'warm']]), ['agentConfig.model.options.temperature:1003:notJson']);
});

test('chat/generate: agentId and query required; memory is true or false; variables a JSON object text', () => {
  assert.deepEqual(rules(CHAT_GENERATE, [['agentId', 'agent-1'], ['query', 'Hello'], ['memory', 'true'], ['variables', '{"a":"b"}']]), []);
  assert.deepEqual(rules(CHAT_GENERATE, [['agentId', 'agent-1']]), ['query:1003:missing']);
  assert.deepEqual(rules(CHAT_GENERATE, [['agentId', 'agent-1'], ['query', 'q'], ['memory', '1']]), ['memory:1003:notFlag']);
});

test('bot/create: the docs\' required fields; userId 64, profileUrl 256; bot/get 1–20 userIds; query booleans', () => {
  const bot: Pairs = [['userId', 'bot-1'], ['name', 'Bot'], ['type', 'assistant'], ['profileUrl', 'https://example.com/b.png'], ['integrations', '[]']];
  assert.deepEqual(rules(BOT_CREATE, bot), []);
  assert.deepEqual(rules(BOT_CREATE, bot.filter(([k]) => k !== 'integrations')), ['integrations:1003:missing']);
  assert.deepEqual(rules(BOT_CREATE, [['userId', 'b'.repeat(65)], ...bot.slice(1)]), ['userId:1005:tooLong']);
  const url = (n: number) => `https://example.com/${'a'.repeat(n - 20)}`;
  assert.equal(url(256).length, 256);
  assert.deepEqual(rules(BOT_CREATE, [...bot.filter(([k]) => k !== 'profileUrl'), ['profileUrl', url(256)]]), []);
  assert.deepEqual(rules(BOT_CREATE, [...bot.filter(([k]) => k !== 'profileUrl'), ['profileUrl', url(257)]]), ['profileUrl:1007:tooLong']);
  assert.deepEqual(rules(BOT_CREATE, [...bot.slice(0, 2), ['type', 't'.repeat(129)], ...bot.slice(3)]), ['type:1003:tooManyChars']);
  assert.deepEqual(rules(BOT_GET, many(20, 'userIds')), []);
  assert.deepEqual(rules(BOT_GET, many(21, 'userIds')), ['userIds:1005:tooManyValues']);
  assert.deepEqual(rules(BOT_GET, []), ['userIds:1003:missing']);
  assert.deepEqual(rules(BOT_QUERY, [['includeIntegration', 'true'], ['pageSize', '20']]), []);
  assert.deepEqual(rules(BOT_QUERY, [['includeIntegration', '1']]), ['includeIntegration:1003:notFlag']);
});

test('bot integration: userId, type and callbackUrl required; objectNames are message types', () => {
  const base: Pairs = [['userId', 'bot-1'], ['type', 'webhook'], ['callbackUrl', 'https://example.com/hook']];
  assert.deepEqual(rules(BOT_INTEGRATION_CREATE, [...base, ['objectNames', 'RC:TxtMsg'], ['objectNames', 'MyApp:Order'], ['stream', 'false']]), []);
  assert.deepEqual(rules(BOT_INTEGRATION_CREATE, base.slice(0, 2)), ['callbackUrl:1003:missing']);
  assert.deepEqual(rules(BOT_INTEGRATION_CREATE, [...base, ['objectNames', 'RC:Nope']]), ['objectNames:1003:reservedType']);
  assert.deepEqual(rules(BOT_INTEGRATION_CREATE, [...base.slice(0, 2), ['callbackUrl', 'ftp://x']]), ['callbackUrl:1007:notHttpUri']);
});
