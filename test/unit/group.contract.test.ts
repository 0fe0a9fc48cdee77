/** The group endpoints of #18 at the limits their sources state (group.ts notes say which source). */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { GROUP_BAN_ADD, GROUP_BAN_QUERY, GROUP_BAN_WHITELIST_ADD, GROUP_GAG_ADD, GROUP_GAG_LIST, GROUP_REFRESH } from '../../src/core/contract/group';
import type { EndpointSpec } from '../../src/core/contract';
import { validateParams } from '../../src/core/validation';

type Pairs = Array<readonly [string, string]>;
const rules = (e: EndpointSpec, pairs: Pairs) => validateParams(e, pairs).map((f) => `${f.field}:${f.code}:${f.rule}`);
const many = (n: number, key: string): Pairs => Array.from({ length: n }, (_, i) => [key, `id${i}`] as const);

test('gag/add: minute 0 (permanent) to 43200; 1–20 userIds; groupId may be absent (every group)', () => {
  for (const [minute, expected] of [['0', []], ['43200', []], ['43201', ['minute:1003:outOfRange']], ['-1', ['minute:1003:outOfRange']]] as const) {
    assert.deepEqual(rules(GROUP_GAG_ADD, [['userId', 'u'], ['minute', minute]]), expected, `minute=${minute}`);
  }
  assert.deepEqual(rules(GROUP_GAG_ADD, [...many(20, 'userId'), ['groupId', 'g'], ['minute', '5']]), []);
  assert.deepEqual(rules(GROUP_GAG_ADD, [...many(21, 'userId'), ['minute', '5']]), ['userId:1005:tooManyValues']);
  assert.deepEqual(rules(GROUP_GAG_LIST, []), [], 'gag/list without groupId lists every group');
});

test('ban/add takes 1–20 groupIds; ban/query 0–20; mute exceptions 1–20 userIds with one groupId', () => {
  assert.deepEqual(rules(GROUP_BAN_ADD, many(20, 'groupId')), []);
  assert.deepEqual(rules(GROUP_BAN_ADD, many(21, 'groupId')), ['groupId:1003:tooManyValues']);
  assert.deepEqual(rules(GROUP_BAN_ADD, []), ['groupId:1003:missing']);
  assert.deepEqual(rules(GROUP_BAN_QUERY, []), []);
  assert.deepEqual(rules(GROUP_BAN_QUERY, [['size', '200']]), []);
  assert.deepEqual(rules(GROUP_BAN_QUERY, [['size', '201']]), ['size:1003:outOfRange']);
  assert.deepEqual(rules(GROUP_BAN_WHITELIST_ADD, [...many(21, 'userId'), ['groupId', 'g']]), ['userId:1005:tooManyValues']);
  assert.deepEqual(rules(GROUP_BAN_WHITELIST_ADD, [['userId', 'u'], ['groupId', 'g'], ['groupId', 'h']]), ['groupId:1003:duplicateParam']);
});

test('refresh: groupId and groupName required; the bound notification fields are optional and typed', () => {
  assert.deepEqual(rules(GROUP_REFRESH, [['groupId', 'g'], ['groupName', 'G']]), []);
  assert.deepEqual(rules(GROUP_REFRESH, [['groupId', 'g']]), ['groupName:1003:missing']);
  assert.deepEqual(rules(GROUP_REFRESH, [['groupId', 'g'], ['groupName', 'G'], ['bindNotifyMsg', 'true'], ['fromUserId', 'u'], ['objectName', 'RC:TxtMsg'], ['content', '{}']]), []);
  assert.deepEqual(rules(GROUP_REFRESH, [['groupId', 'g'], ['groupName', 'G'], ['bindNotifyMsg', '1']]), ['bindNotifyMsg:1003:notFlag']);
});
