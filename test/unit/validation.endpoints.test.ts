/** The rules of the endpoints after getToken, at their boundaries (issue 10). */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  BLACKLIST_ADD,
  BLOCK,
  INFO,
  TOKEN_EXPIRE,
} from '../../src/core/contract/user';
import { GROUP_PUBLISH, PRIVATE_PUBLISH, SYSTEM_PUBLISH } from '../../src/core/contract/message';
import { GROUP_CREATE } from '../../src/core/contract/group';
import { ENDPOINTS, MESSAGE_CONTENT_MAX_BYTES, type EndpointSpec } from '../../src/core/contract';
import { describeRule, formatFinding, validateParams } from '../../src/core/validation';

type Pairs = Array<readonly [string, string]>;
const rules = (endpoint: EndpointSpec, pairs: Pairs) => validateParams(endpoint, pairs).map((f) => `${f.field}:${f.code}:${f.rule}${f.index !== undefined ? `#${f.index}` : ''}`);
const users = (n: number, key = 'userId'): Pairs => Array.from({ length: n }, (_, i) => [key, `u${i}`] as const);

test('block: userId takes 1–20 values (0 and 21 are 1005 with the count and the limit); minute is 1–43200', () => {
  assert.deepEqual(rules(BLOCK, [...users(0), ['minute', '10']]), ['userId:1003:missing']);
  assert.deepEqual(rules(BLOCK, [...users(1), ['minute', '10']]), []);
  assert.deepEqual(rules(BLOCK, [...users(20), ['minute', '10']]), []);
  const [over] = validateParams(BLOCK, [...users(21), ['minute', '10']]);
  assert.deepEqual([over.code, over.rule, over.actual, over.limit], [1005, 'tooManyValues', 21, 20]);
  assert.equal(over.message, '1005 · userId has 21 values; the limit is 20');
  assert.equal(formatFinding(over, 'zh-cn'), '1005 · userId 有 21 个值，上限为 20 个');
  for (const [minute, expected] of [['0', ['minute:1003:outOfRange']], ['1', []], ['43200', []], ['43201', ['minute:1003:outOfRange']], ['1.5', ['minute:1003:notInteger']], ['', ['minute:1003:empty']]] as const) {
    assert.deepEqual(rules(BLOCK, [...users(1), ['minute', minute]]), expected, `minute=${minute}`);
  }
  const [zero] = validateParams(BLOCK, [...users(1), ['minute', '0']]);
  assert.equal(zero.message, '1003 · minute is 0; the range is 1–43200');
});

test('a repeated user ID parameter checks each value with 1005 and names which one', () => {
  assert.deepEqual(rules(BLOCK, [['userId', 'ok'], ['userId', 'a b'], ['minute', '5']]), ['userId:1005:whitespace#1']);
  const [f] = validateParams(BLOCK, [['userId', 'ok'], ['userId', 'x'.repeat(65)], ['minute', '5']]);
  assert.equal(f.message, '1005 · value 2 of userId is 65 bytes; the limit is 64');
  assert.deepEqual(rules(BLACKLIST_ADD, [['userId', 'owner'], ...users(21, 'blackUserId')]), ['blackUserId:1005:tooManyValues']);
  assert.deepEqual(rules(INFO, [['userId', 'a'], ['userId', 'b']]), ['userId:1003:duplicateParam'], 'info takes one userId');
});

test('message content: a JSON text of at most 128 KB; one byte over is 1003 with the limit', () => {
  const base: Pairs = [['fromUserId', 'a'], ['toUserId', 'b'], ['objectName', 'RC:TxtMsg']];
  const json = (bytes: number) => `{"content":"${'x'.repeat(bytes - 14)}"}`;
  assert.equal(Buffer.byteLength(json(MESSAGE_CONTENT_MAX_BYTES)), 128 * 1024);
  assert.deepEqual(rules(PRIVATE_PUBLISH, [...base, ['content', json(MESSAGE_CONTENT_MAX_BYTES)]]), []);
  const [over] = validateParams(PRIVATE_PUBLISH, [...base, ['content', json(MESSAGE_CONTENT_MAX_BYTES + 1)]]);
  assert.deepEqual([over.code, over.rule, over.actual, over.limit], [1003, 'tooLong', 131073, 131072]);
  const [bad] = validateParams(PRIVATE_PUBLISH, [...base, ['content', '{"content":']]);
  assert.equal(bad.rule, 'notJson');
  assert.match(bad.message, /^1003 · content is not valid JSON: /);
  assert.deepEqual(rules(PRIVATE_PUBLISH, [...base, ['content', '{\n  "a": "b"\n}']]), [], 'line breaks are fine in JSON text');
});

test('message type: at most 32 characters; RC: is reserved for the known types', () => {
  const with_ = (objectName: string): Pairs => [['fromUserId', 'a'], ['toUserId', 'b'], ['objectName', objectName], ['content', '{}']];
  assert.deepEqual(rules(PRIVATE_PUBLISH, with_('RC:TxtMsg')), []);
  assert.deepEqual(rules(PRIVATE_PUBLISH, with_('MyApp:Order')), []);
  assert.deepEqual(rules(PRIVATE_PUBLISH, with_('RC:Foo')), ['objectName:1003:reservedType']);
  assert.deepEqual(rules(PRIVATE_PUBLISH, with_('中'.repeat(32))), [], '32 characters, whatever their bytes');
  assert.deepEqual(rules(PRIVATE_PUBLISH, with_('x'.repeat(33))), ['objectName:1003:tooManyChars']);
});

test('recipients: private 1–1000, system 1–100; toGroupId 1–3, and only one with toUserId', () => {
  const msg: Pairs = [['fromUserId', 'a'], ['objectName', 'RC:TxtMsg'], ['content', '{}']];
  assert.deepEqual(rules(PRIVATE_PUBLISH, [...msg, ...users(1000, 'toUserId')]), []);
  assert.deepEqual(rules(PRIVATE_PUBLISH, [...msg, ...users(1001, 'toUserId')]), ['toUserId:1005:tooManyValues']);
  assert.deepEqual(rules(SYSTEM_PUBLISH, [...msg, ...users(101, 'toUserId')]), ['toUserId:1005:tooManyValues']);
  const groups = (n: number) => users(n, 'toGroupId');
  assert.deepEqual(rules(GROUP_PUBLISH, [...msg, ...groups(3)]), []);
  assert.deepEqual(rules(GROUP_PUBLISH, [...msg, ...groups(4)]), ['toGroupId:1003:tooManyValues']);
  assert.deepEqual(rules(GROUP_PUBLISH, [...msg, ...groups(2), ['toUserId', 'b']]), ['toGroupId:1003:tooManyWith']);
  assert.equal(validateParams(GROUP_PUBLISH, [...msg, ...groups(2), ['toUserId', 'b']])[0].message, '1003 · with toUserId, toGroupId takes at most 1 value; it has 2');
});

test('flags are 0 or 1 (expansion: false or true); time is milliseconds; names are 1006, URIs 1007', () => {
  const msg: Pairs = [['fromUserId', 'a'], ['toUserId', 'b'], ['objectName', 'RC:TxtMsg'], ['content', '{}']];
  assert.deepEqual(rules(PRIVATE_PUBLISH, [...msg, ['verifyBlacklist', '1'], ['expansion', 'true']]), []);
  assert.deepEqual(rules(PRIVATE_PUBLISH, [...msg, ['verifyBlacklist', 'yes'], ['expansion', '1']]), ['expansion:1003:notFlag', 'verifyBlacklist:1003:notFlag']);
  assert.equal(validateParams(PRIVATE_PUBLISH, [...msg, ['verifyBlacklist', '2']])[0].message, '1003 · verifyBlacklist must be 0 or 1');
  assert.deepEqual(rules(TOKEN_EXPIRE, [['userId', 'a'], ['time', '1408710653000']]), []);
  assert.deepEqual(rules(TOKEN_EXPIRE, [['userId', 'a'], ['time', '2024-01-01']]), ['time:1003:notTimestamp']);
  assert.deepEqual(rules(GROUP_CREATE, [['userId', 'a'], ['groupId', 'g 1'], ['groupName', ' ']]), ['groupId:1003:whitespace', 'groupName:1006:empty']);
});

test('a value with a lone UTF-16 surrogate is a finding, not "URI malformed"', () => {
  assert.deepEqual(rules(INFO, [['userId', 'a\ud800b']]), ['userId:1005:loneSurrogate']);
  assert.deepEqual(rules(INFO, [['userId', '😀']]), [], 'a surrogate pair is one character');
});

test('every parameter of every endpoint has a code by its kind and a rule that can be described in both languages', () => {
  const expected = { userId: 1005, name: 1006, httpUri: 1007 } as Record<string, number>;
  for (const e of ENDPOINTS) {
    for (const p of e.params) {
      assert.equal(p.code, expected[p.kind] ?? 1003, `${e.path} ${p.name}`);
      assert.ok(describeRule(p, 'en').length > 0 && describeRule(p, 'zh-cn').length > 0, `${e.path} ${p.name}`);
      assert.ok(p.description.en && p.description.zh, `${e.path} ${p.name} describes itself`);
    }
    assert.ok(e.title.en && e.title.zh && e.description.en && e.description.zh, e.path);
  }
  assert.equal(describeRule(BLOCK.params[0]), '1–20 values, at most 64 bytes (UTF-8) each, no whitespace or control characters');
});
