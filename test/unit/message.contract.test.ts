/** The message endpoints of #18: their limits at the exact boundary, and rules a text parameter without a byte limit still has. */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  CHATROOM_PUBLISH,
  EXPANSION_SET,
  HISTORY,
  RECALL,
  STATUS_GROUP_PUBLISH,
  STATUS_PRIVATE_PUBLISH,
} from '../../src/core/contract/message';
import type { EndpointSpec } from '../../src/core/contract';
import { describeRule, validateParams } from '../../src/core/validation';

type Pairs = Array<readonly [string, string]>;
const rules = (endpoint: EndpointSpec, pairs: Pairs) => validateParams(endpoint, pairs).map((f) => `${f.field}:${f.code}:${f.rule}`);
const many = (key: string, n: number): Pairs => Array.from({ length: n }, (_, i) => [key, `v${i}`] as const);
const body: Pairs = [['fromUserId', 'u1'], ['objectName', 'RC:TxtMsg'], ['content', '{"content":"hi"}']];

test('a text parameter with no byte limit found still describes its rule in both languages (recall extra, broadcast os)', () => {
  const extra = RECALL.params.find((p) => p.name === 'extra');
  assert.ok(extra && extra.maxBytes === undefined);
  assert.equal(describeRule(extra, 'en'), 'no control characters except line breaks');
  assert.equal(describeRule(extra, 'zh-cn'), '不含换行以外的控制字符');
  assert.deepEqual(rules(RECALL, [['fromUserId', 'u1'], ['conversationType', '1'], ['targetId', 'u2'], ['messageUID', 'X'], ['extra', 'a\u0007b']]), ['extra:1003:controlChars']);
});

test('recall: conversationType 1–10; targetId at most 64 bytes; sentTime in milliseconds', () => {
  const with_ = (type: string, target = 'u2'): Pairs => [['fromUserId', 'u1'], ['conversationType', type], ['targetId', target], ['messageUID', 'BH5T-JG24'], ['sentTime', '1585638211857']];
  assert.deepEqual(rules(RECALL, with_('1')), []);
  assert.deepEqual(rules(RECALL, with_('10')), []);
  assert.deepEqual(rules(RECALL, with_('0')), ['conversationType:1003:outOfRange']);
  assert.deepEqual(rules(RECALL, with_('11')), ['conversationType:1003:outOfRange']);
  assert.deepEqual(rules(RECALL, with_('1', 'x'.repeat(64))), []);
  assert.deepEqual(rules(RECALL, with_('1', 'x'.repeat(65))), ['targetId:1003:tooLong']);
  assert.deepEqual(rules(RECALL, [['fromUserId', 'u1'], ['conversationType', '1'], ['targetId', 'u2']]), ['messageUID:1003:missing']);
});

test('status messages: 1–1000 users, 1–3 groups (the docs), each counted at its boundary', () => {
  assert.deepEqual(rules(STATUS_PRIVATE_PUBLISH, [...body, ...many('toUserId', 1000)]), []);
  assert.deepEqual(rules(STATUS_PRIVATE_PUBLISH, [...body, ...many('toUserId', 1001)]), ['toUserId:1005:tooManyValues']);
  assert.deepEqual(rules(STATUS_GROUP_PUBLISH, [...body, ...many('toGroupId', 3)]), []);
  assert.deepEqual(rules(STATUS_GROUP_PUBLISH, [...body, ...many('toGroupId', 4)]), ['toGroupId:1003:tooManyValues']);
  assert.equal(STATUS_GROUP_PUBLISH.ratePerSecond, 20);
});

test('chatroom publish: 1–10 chatrooms; history date is ten digits; expansion conversationType 1–3', () => {
  assert.deepEqual(rules(CHATROOM_PUBLISH, [...body, ...many('toChatroomId', 10)]), []);
  assert.deepEqual(rules(CHATROOM_PUBLISH, [...body, ...many('toChatroomId', 11)]), ['toChatroomId:1003:tooManyValues']);
  assert.deepEqual(rules(HISTORY, [['date', '2018030210']]), []);
  assert.deepEqual(rules(HISTORY, [['date', '201803021']]), ['date:1003:outOfRange']);
  const expansion = (type: string): Pairs => [['msgUID', 'M'], ['userId', 'u1'], ['conversationType', type], ['targetId', 'u2'], ['extraKeyVal', '{"type":"3"}']];
  assert.deepEqual(rules(EXPANSION_SET, expansion('3')), []);
  assert.deepEqual(rules(EXPANSION_SET, expansion('4')), ['conversationType:1003:outOfRange']);
  assert.deepEqual(rules(EXPANSION_SET, [...expansion('1').slice(0, 4), ['extraKeyVal', '{"type":']]), ['extraKeyVal:1003:notJson']);
});
