/** The user endpoints of #18 (remarks, whitelist, push periods, one-to-one mutes, tags) at the limits their sources state (user.ts notes say which). */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  BLOCK_PUSH_PERIOD_SET,
  CHAT_FB_QUERYLIST,
  CHAT_FB_SET,
  CONVERSATION_TAG_DEL,
  CONVERSATION_TAG_GET,
  CONVERSATION_TAG_SET,
  REMARKS_GET,
  REMARKS_SET,
  TAG_BATCH_SET,
  TAG_SET,
  USER_ENDPOINTS,
  WHITELIST_ADD,
  WHITELIST_QUERY,
} from '../../src/core/contract/user';
import type { EndpointSpec } from '../../src/core/contract';
import { validateParams } from '../../src/core/validation';

type Pairs = Array<readonly [string, string]>;
const rules = (e: EndpointSpec, pairs: Pairs) => validateParams(e, pairs).map((f) => `${f.field}:${f.code}:${f.rule}`);
const many = (n: number, key: string): Pairs => Array.from({ length: n }, (_, i) => [key, `id${i}`] as const);

test('remarks/set: userId and a JSON remarks text are required; remarks must parse', () => {
  assert.deepEqual(rules(REMARKS_SET, [['userId', 'u'], ['remarks', '[{"id":"v","remark":"V"}]']]), []);
  assert.deepEqual(rules(REMARKS_SET, [['userId', 'u']]), ['remarks:1003:missing']);
  assert.deepEqual(rules(REMARKS_SET, [['userId', 'u'], ['remarks', '[{"id":']]), ['remarks:1003:notJson']);
});

test('remarks/get: size 1–50, page from 1', () => {
  assert.deepEqual(rules(REMARKS_GET, [['userId', 'u'], ['size', '50'], ['page', '1']]), []);
  assert.deepEqual(rules(REMARKS_GET, [['userId', 'u'], ['size', '51']]), ['size:1003:outOfRange']);
  assert.deepEqual(rules(REMARKS_GET, [['userId', 'u'], ['page', '0']]), ['page:1003:outOfRange']);
});

test('whitelist/add takes 1–20 whiteUserId values; whitelist/query size 1–1000', () => {
  assert.deepEqual(rules(WHITELIST_ADD, [['userId', 'u'], ...many(20, 'whiteUserId')]), []);
  assert.deepEqual(rules(WHITELIST_ADD, [['userId', 'u'], ...many(21, 'whiteUserId')]), ['whiteUserId:1005:tooManyValues']);
  assert.deepEqual(rules(WHITELIST_ADD, [['userId', 'u']]), ['whiteUserId:1003:missing']);
  assert.deepEqual(rules(WHITELIST_QUERY, [['userId', 'u'], ['size', '1000']]), []);
  assert.deepEqual(rules(WHITELIST_QUERY, [['userId', 'u'], ['size', '1001']]), ['size:1003:outOfRange']);
});

test('blockPushPeriod/set: period 0–1439, startTime HH:MM:SS (8 bytes), level optional', () => {
  const base: Pairs = [['userId', 'u'], ['startTime', '22:00:00']];
  for (const [period, expected] of [['0', []], ['1439', []], ['1440', ['period:1003:outOfRange']], ['-1', ['period:1003:outOfRange']]] as const) {
    assert.deepEqual(rules(BLOCK_PUSH_PERIOD_SET, [...base, ['period', period]]), expected, `period=${period}`);
  }
  assert.deepEqual(rules(BLOCK_PUSH_PERIOD_SET, [['userId', 'u'], ['startTime', '22:00:000'], ['period', '5']]), ['startTime:1003:tooLong']);
  assert.deepEqual(rules(BLOCK_PUSH_PERIOD_SET, [['userId', 'u'], ['period', '5']]), ['startTime:1003:missing']);
  assert.deepEqual(rules(BLOCK_PUSH_PERIOD_SET, [...base, ['period', '5'], ['level', '5']]), []);
});

test('chat/fb/set: 1–1000 userIds, state 0 or 1 required, type required; querylist num 1–200', () => {
  assert.deepEqual(rules(CHAT_FB_SET, [...many(1000, 'userId'), ['state', '1'], ['type', 'PERSON']]), []);
  assert.deepEqual(rules(CHAT_FB_SET, [...many(1001, 'userId'), ['state', '1'], ['type', 'PERSON']]), ['userId:1005:tooManyValues']);
  assert.deepEqual(rules(CHAT_FB_SET, [['userId', 'u'], ['state', '2'], ['type', 'PERSON']]), ['state:1003:notFlag']);
  assert.deepEqual(rules(CHAT_FB_SET, [['userId', 'u'], ['type', 'PERSON']]), ['state:1003:missing']);
  assert.deepEqual(rules(CHAT_FB_QUERYLIST, [['type', 'PERSON'], ['num', '200']]), []);
  assert.deepEqual(rules(CHAT_FB_QUERYLIST, [['type', 'PERSON'], ['num', '201']]), ['num:1003:outOfRange']);
  assert.deepEqual(rules(CHAT_FB_QUERYLIST, []), ['type:1003:missing']);
});

test('tag/set and tag/batch/set: JSON bodies; 0–20 tags of at most 40 bytes (none clears them, as the docs say); 1–1000 userIds', () => {
  assert.equal(TAG_SET.body, 'json');
  assert.equal(TAG_BATCH_SET.body, 'json');
  assert.deepEqual(rules(TAG_SET, [['userId', 'u'], ...many(20, 'tags')]), []);
  assert.deepEqual(rules(TAG_SET, [['userId', 'u'], ...many(21, 'tags')]), ['tags:1003:tooManyValues']);
  assert.deepEqual(rules(TAG_SET, [['userId', 'u'], ['tags', 'x'.repeat(40)]]), []);
  assert.deepEqual(rules(TAG_SET, [['userId', 'u'], ['tags', 'x'.repeat(41)]]), ['tags:1003:tooLong']);
  assert.deepEqual(rules(TAG_SET, [['userId', 'u']]), [], 'Node Tag.remove sends tags: [] to clear them');
  assert.deepEqual(rules(TAG_SET, []), ['userId:1003:missing']);
  assert.deepEqual(rules(TAG_BATCH_SET, [...many(1000, 'userIds'), ['tags', 't']]), []);
  assert.deepEqual(rules(TAG_BATCH_SET, [...many(1001, 'userIds'), ['tags', 't']]), ['userIds:1005:tooManyValues']);
});

test('user conversation tags: JSON set/del with 1–20 tagIds, a GET whose userId travels in the query', () => {
  assert.equal(CONVERSATION_TAG_SET.body, 'json');
  assert.deepEqual(rules(CONVERSATION_TAG_SET, [['userId', 'u'], ['tags', '[{"tagId":"a","tagName":"A"}]']]), []);
  assert.deepEqual(rules(CONVERSATION_TAG_SET, [['userId', 'u'], ['tags', '[{']]), ['tags:1003:notJson']);
  assert.deepEqual(rules(CONVERSATION_TAG_DEL, [['userId', 'u'], ...many(20, 'tagIds')]), []);
  assert.deepEqual(rules(CONVERSATION_TAG_DEL, [['userId', 'u'], ...many(21, 'tagIds')]), ['tagIds:1003:tooManyValues']);
  assert.equal(CONVERSATION_TAG_GET.method, 'GET');
  assert.deepEqual(CONVERSATION_TAG_GET.params.map((p) => p.in), ['query']);
  assert.deepEqual(rules(CONVERSATION_TAG_GET, []), ['userId:1003:missing']);
});

test('every user endpoint: its examples pass, and each SDK call template names only its own parameters', () => {
  for (const e of USER_ENDPOINTS) {
    const pairs: Pairs = e.params.filter((p) => p.required).map((p) => [p.name, p.example ?? (p.kind === 'timestampMs' ? '1700000000000' : 'x')] as const);
    assert.deepEqual(rules(e, pairs), [], e.path);
    const names = new Set(e.params.map((p) => p.name));
    for (const [sdk, call] of Object.entries(e.sdks ?? {})) {
      const args = /\((.*)\)$/.exec(call)?.[1] ?? '';
      // Identifiers that are not model fields (before ':'), keyword names (before '='), model names or literals.
      const used = [...args.matchAll(/(?<![\w.])([a-z]\w*)(?![\w]*\s*[:={(])/g)].map((m) => m[1]).filter((w) => !['true', 'false', 'nil'].includes(w));
      for (const u of used) assert.ok(names.has(u), `${e.id} ${sdk}: ${u} is not a parameter`);
    }
  }
});
