/** The conversation endpoints of #18 at the limits their sources state (conversation.ts notes say which). */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  ATTRIBUTE_GET,
  CONVERSATION_ENDPOINTS,
  HISTORY_CLEAN,
  NOTIFICATION_GET,
  NOTIFICATION_SET,
  TAG_CONVERSATION_GET,
  TAG_CONVERSATION_SET,
  TOP_SET,
  TYPE_NOTIFICATION_SET,
} from '../../src/core/contract/conversation';
import type { EndpointSpec } from '../../src/core/contract';
import { validateParams } from '../../src/core/validation';

type Pairs = Array<readonly [string, string]>;
const rules = (e: EndpointSpec, pairs: Pairs) => validateParams(e, pairs).map((f) => `${f.field}:${f.code}:${f.rule}`);

test('history/clean: type, fromUserId and targetId required; msgTimestamp optional, in milliseconds', () => {
  const base: Pairs = [['conversationType', '3'], ['fromUserId', 'u'], ['targetId', 'g']];
  assert.deepEqual(rules(HISTORY_CLEAN, base), []);
  assert.deepEqual(rules(HISTORY_CLEAN, [...base, ['msgTimestamp', '1700000000000']]), []);
  assert.deepEqual(rules(HISTORY_CLEAN, [...base, ['msgTimestamp', '2024-01-01']]), ['msgTimestamp:1003:notTimestamp']);
  assert.deepEqual(rules(HISTORY_CLEAN, [['conversationType', '3'], ['targetId', 'g']]), ['fromUserId:1003:missing']);
  assert.deepEqual(rules(HISTORY_CLEAN, [['conversationType', '3'], ['fromUserId', 'u a'], ['targetId', 'g']]), ['fromUserId:1005:whitespace']);
});

test('notification/set: unpushLevel -1–5, isMuted 0 or 1, targetId at most 64 bytes', () => {
  const base: Pairs = [['conversationType', '1'], ['requestId', 'u'], ['targetId', 'v']];
  for (const [level, expected] of [['-1', []], ['5', []], ['6', ['unpushLevel:1003:outOfRange']], ['-2', ['unpushLevel:1003:outOfRange']]] as const) {
    assert.deepEqual(rules(NOTIFICATION_SET, [...base, ['unpushLevel', level]]), expected, `unpushLevel=${level}`);
  }
  assert.deepEqual(rules(NOTIFICATION_SET, [...base, ['isMuted', '2']]), ['isMuted:1003:notFlag']);
  assert.deepEqual(rules(NOTIFICATION_GET, [['conversationType', '1'], ['requestId', 'u'], ['targetId', 'x'.repeat(64)]]), []);
  assert.deepEqual(rules(NOTIFICATION_GET, [['conversationType', '1'], ['requestId', 'u'], ['targetId', 'x'.repeat(65)]]), ['targetId:1003:tooLong']);
  assert.deepEqual(rules(TYPE_NOTIFICATION_SET, [['conversationType', '10'], ['requestId', 'u']]), ['unpushLevel:1003:missing']);
});

test('top/set: setTop is true or false and required', () => {
  const base: Pairs = [['userId', 'u'], ['conversationType', '1'], ['targetId', 'v']];
  assert.deepEqual(rules(TOP_SET, [...base, ['setTop', 'true']]), []);
  assert.deepEqual(rules(TOP_SET, [...base, ['setTop', '1']]), ['setTop:1003:notFlag']);
  assert.deepEqual(rules(TOP_SET, base), ['setTop:1003:missing']);
});

test('tag/conversation: a JSON body with a conversations array; the GETs carry their parameters in the query', () => {
  assert.equal(TAG_CONVERSATION_SET.body, 'json');
  assert.equal(TAG_CONVERSATION_SET.params.find((p) => p.name === 'conversations')?.jsonType, 'array');
  assert.deepEqual(rules(TAG_CONVERSATION_SET, [['userId', 'u'], ['tagId', 't'], ['conversations', '[{"targetId":"v","conversationType":1}]']]), []);
  assert.deepEqual(rules(TAG_CONVERSATION_SET, [['userId', 'u'], ['tagId', 't']]), ['conversations:1003:missing']);
  for (const e of [TAG_CONVERSATION_GET, ATTRIBUTE_GET]) {
    assert.equal(e.method, 'GET', e.path);
    assert.ok(e.params.every((p) => p.in === 'query'), e.path);
  }
  assert.deepEqual(rules(ATTRIBUTE_GET, [['userId', 'u'], ['targetId', 'v']]), ['conversationType:1003:missing']);
});

test('every conversation endpoint: unique ids, examples pass, SDK templates name only its parameters', () => {
  assert.equal(new Set(CONVERSATION_ENDPOINTS.map((e) => e.id)).size, CONVERSATION_ENDPOINTS.length);
  for (const e of CONVERSATION_ENDPOINTS) {
    assert.equal(e.module, 'conversation');
    const pairs: Pairs = e.params.filter((p) => p.required).map((p) => [p.name, p.example ?? 'x'] as const);
    assert.deepEqual(rules(e, pairs), [], e.path);
    const names = new Set(e.params.map((p) => p.name));
    for (const [sdk, call] of Object.entries(e.sdks ?? {})) {
      const args = /\((.*)\)$/.exec(call)?.[1] ?? '';
      const used = [...args.matchAll(/(?<![\w.])([a-z]\w*)(?![\w]*\s*[:={(])/g)].map((m) => m[1]);
      for (const u of used) assert.ok(names.has(u), `${e.id} ${sdk}: ${u} is not a parameter`);
    }
  }
});
