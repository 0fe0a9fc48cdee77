/** The message endpoints added by #18 (template sends, discussion, /v3 history) and every message record's SDK call templates. */
import * as assert from 'node:assert/strict';
import { sdkTemplateProblems } from '../../src/core/sdkSnippets';
import { test } from 'node:test';
import {
  CHATROOM_HISTORY_QUERY,
  DISCUSSION_PUBLISH,
  GROUP_HISTORY_QUERY,
  MESSAGE_ENDPOINTS,
  PRIVATE_HISTORY_QUERY,
  PRIVATE_TEMPLATE_PUBLISH,
  SYSTEM_TEMPLATE_PUBLISH,
} from '../../src/core/contract/message';
import type { EndpointSpec } from '../../src/core/contract';
import { validateParams } from '../../src/core/validation';

type Pairs = Array<readonly [string, string]>;
const rules = (e: EndpointSpec, pairs: Pairs) => validateParams(e, pairs).map((f) => `${f.field}:${f.code}:${f.rule}`);
const many = (n: number, key: string): Pairs => Array.from({ length: n }, (_, i) => [key, `v${i}`] as const);
const template = (users: number): Pairs => [
  ['fromUserId', 'u1'],
  ...many(users, 'toUserId'),
  ['objectName', 'RC:TxtMsg'],
  ['content', '{"content":"Hi {n}"}'],
  ['values', '[{"{n}":"Tom"}]'],
  ...many(users, 'pushContent'),
];

test('private template: 1–1000 recipients (1005) and per-user pushContent; system template: 1–100', () => {
  assert.deepEqual(rules(PRIVATE_TEMPLATE_PUBLISH, template(1000)), []);
  assert.deepEqual(rules(PRIVATE_TEMPLATE_PUBLISH, template(1001)), ['toUserId:1005:tooManyValues', 'pushContent:1003:tooManyValues']);
  assert.deepEqual(rules(SYSTEM_TEMPLATE_PUBLISH, template(100)), []);
  assert.deepEqual(rules(SYSTEM_TEMPLATE_PUBLISH, template(101)), ['toUserId:1005:tooManyValues', 'pushContent:1003:tooManyValues']);
});

test('template sends are JSON bodies: content a JSON text, values a JSON array, both required', () => {
  for (const e of [PRIVATE_TEMPLATE_PUBLISH, SYSTEM_TEMPLATE_PUBLISH]) {
    assert.equal(e.body, 'json', e.id);
    const without = (name: string) => template(1).filter(([k]) => k !== name);
    assert.deepEqual(rules(e, without('values')), ['values:1003:missing'], e.id);
    assert.deepEqual(rules(e, without('pushContent')), ['pushContent:1003:missing'], e.id);
    assert.deepEqual(rules(e, [...without('content'), ['content', '{"content":']]), ['content:1003:notJson'], e.id);
    assert.deepEqual(rules(e, [...template(1), ['disableUpdateLastMsg', '1']]), ['disableUpdateLastMsg:1003:notFlag'], e.id);
  }
  assert.equal(PRIVATE_TEMPLATE_PUBLISH.params.find((p) => p.name === 'content')?.jsonType, 'string');
  assert.equal(PRIVATE_TEMPLATE_PUBLISH.params.find((p) => p.name === 'values')?.jsonType, 'array');
});

test('discussion: a form send with repeated toDiscussionId; objectName at most 32 characters; fromUserId 64 bytes', () => {
  const base: Pairs = [['fromUserId', 'u1'], ['toDiscussionId', 'd1'], ['toDiscussionId', 'd2'], ['objectName', 'RC:TxtMsg'], ['content', '{}']];
  assert.equal(DISCUSSION_PUBLISH.body, undefined);
  assert.deepEqual(rules(DISCUSSION_PUBLISH, base), []);
  assert.deepEqual(rules(DISCUSSION_PUBLISH, base.filter(([k]) => k !== 'toDiscussionId')), ['toDiscussionId:1003:missing']);
  assert.deepEqual(rules(DISCUSSION_PUBLISH, [...base.filter(([k]) => k !== 'objectName'), ['objectName', 'x'.repeat(33)]]), ['objectName:1003:tooManyChars']);
  assert.deepEqual(rules(DISCUSSION_PUBLISH, [...base.filter(([k]) => k !== 'fromUserId'), ['fromUserId', 'x'.repeat(65)]]), ['fromUserId:1005:tooLong']);
});

test('/v3 history queries: userId and targetId (64 bytes), startTime, endTime and includeStart required', () => {
  const ok: Pairs = [['userId', 'u1'], ['targetId', 'x'.repeat(64)], ['startTime', '1759130000000'], ['endTime', '1759140981000'], ['includeStart', 'true']];
  for (const e of [PRIVATE_HISTORY_QUERY, GROUP_HISTORY_QUERY, CHATROOM_HISTORY_QUERY]) {
    assert.equal(e.body, 'json', e.id);
    assert.deepEqual(rules(e, ok), [], e.id);
    assert.deepEqual(rules(e, [...ok, ['pageSize', '50'], ['busChannel', 'c1']]), [], e.id);
    assert.deepEqual(rules(e, [...ok.filter(([k]) => k !== 'targetId'), ['targetId', 'x'.repeat(65)]]), ['targetId:1003:tooLong'], e.id);
    assert.deepEqual(rules(e, ok.filter(([k]) => k !== 'includeStart')), ['includeStart:1003:missing'], e.id);
    assert.deepEqual(rules(e, [...ok.filter(([k]) => k !== 'startTime'), ['startTime', 'yesterday']]), ['startTime:1003:notTimestamp'], e.id);
    assert.deepEqual(rules(e, [...ok, ['pageSize', '0']]), ['pageSize:1003:outOfRange'], e.id);
  }
  assert.deepEqual(
    [PRIVATE_HISTORY_QUERY, GROUP_HISTORY_QUERY, CHATROOM_HISTORY_QUERY].map((e) => e.path),
    ['/v3/message/private/query.json', '/v3/message/group/query.json', '/v3/message/chatroom/query.json'],
  );
});

test('every message record: unique ids, examples pass, and each SDK call template names only its own parameters', () => {
  assert.equal(new Set(MESSAGE_ENDPOINTS.map((e) => e.id)).size, MESSAGE_ENDPOINTS.length);
  for (const e of MESSAGE_ENDPOINTS) {
    const pairs = e.params.filter((p) => p.required).map((p) => [p.name, p.example ?? 'x'] as const);
    assert.deepEqual(rules(e, pairs), [], e.id);
    // The one reading of the grammar (core/sdkSnippets.ts): every argument is a parameter of this record or a literal.
    assert.deepEqual(sdkTemplateProblems(e), [], e.id);
  }
  const withCalls = MESSAGE_ENDPOINTS.filter((e) => Object.values(e.sdks ?? {}).some((c) => c.includes('(')));
  assert.ok(withCalls.length >= 20, `${withCalls.length} message records have call templates`);
});
