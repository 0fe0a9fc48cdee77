/** The chatroom module's data (issue 18): every form-body /chatroom/… SDK path, its limits at their boundaries. */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  CHATROOM_BLOCK_ADD,
  CHATROOM_CREATE_NEW,
  CHATROOM_ENDPOINTS,
  CHATROOM_ENTRY_QUERY,
  CHATROOM_ENTRY_SET,
  CHATROOM_MEMBERS,
  CHATROOM_QUERY,
  CHATROOM_USER_WHITELIST_ADD,
} from '../../src/core/contract/chatroom';
import { SDK_PATHS } from '../../src/core/contract/sdkPaths';
import { ENDPOINTS, MODULE_TITLES, MODULES, findEndpoint, type EndpointSpec } from '../../src/core/contract';
import { validateParams } from '../../src/core/validation';

type Pairs = Array<readonly [string, string]>;
const rules = (endpoint: EndpointSpec, pairs: Pairs) => validateParams(endpoint, pairs).map((f) => `${f.field}:${f.code}:${f.rule}`);
const many = (key: string, n: number): Pairs => Array.from({ length: n }, (_, i) => [key, `v${i}`] as const);

test('chatroom is a module with its names in both languages, and its endpoints are in the contract', () => {
  assert.ok(MODULES.includes('chatroom'));
  assert.deepEqual(MODULE_TITLES.chatroom, { en: 'Chatroom', zh: '聊天室' });
  for (const e of CHATROOM_ENDPOINTS) {
    assert.equal(e.module, 'chatroom', e.id);
    assert.equal(findEndpoint(e.path), e, e.path);
  }
  assert.equal(ENDPOINTS.filter((e) => e.module === 'chatroom').length, CHATROOM_ENDPOINTS.length);
});

test('every /chatroom/… form path the Go and Java SDKs call is in the data, create.json too (a key per chatroom: chatroom[id]=name)', () => {
  const missing = SDK_PATHS.map((p) => p.path).filter((p) => p.startsWith('/chatroom/') && !findEndpoint(p));
  assert.deepEqual(missing, []);
  // And the one path sdk-paths.md missed (Go builds its URL with fmt.Sprintf).
  assert.ok(findEndpoint('/chatroom/query.json'));
});

test('a limit in characters on a text parameter is enforced at its boundary (attribute key 128, value 4096)', () => {
  const base: Pairs = [['chatroomId', 'room-1'], ['userId', 'u1']];
  assert.deepEqual(rules(CHATROOM_ENTRY_SET, [...base, ['key', 'k'.repeat(128)], ['value', '值'.repeat(4096)]]), []);
  assert.deepEqual(rules(CHATROOM_ENTRY_SET, [...base, ['key', 'k'.repeat(129)], ['value', 'v']]), ['key:1003:tooManyChars']);
  const [over] = validateParams(CHATROOM_ENTRY_SET, [...base, ['key', 'k'], ['value', '值'.repeat(4097)]]);
  assert.deepEqual([over.field, over.rule, over.actual, over.limit], ['value', 'tooManyChars', 4097, 4096]);
  // The provider's own notice type is accepted (it is not among the known RC: message types).
  assert.deepEqual(rules(CHATROOM_ENTRY_SET, [...base, ['key', 'k'], ['value', 'v'], ['objectName', 'RC:chrmKVNotiMsg']]), []);
});

test('counts at their boundaries: users 20, whitelist 5, query ids 20, keys 100', () => {
  const block = (n: number) => rules(CHATROOM_BLOCK_ADD, [['chatroomId', 'r'], ...many('userId', n), ['minute', '10']]);
  assert.deepEqual(block(20), []);
  assert.deepEqual(block(21), ['userId:1005:tooManyValues']);
  const white = (n: number) => rules(CHATROOM_USER_WHITELIST_ADD, [['chatroomId', 'r'], ...many('userId', n)]);
  assert.deepEqual(white(5), []);
  assert.deepEqual(white(6), ['userId:1005:tooManyValues']);
  assert.deepEqual(rules(CHATROOM_QUERY, many('chatroomId', 20)), []);
  assert.deepEqual(rules(CHATROOM_QUERY, many('chatroomId', 21)), ['chatroomId:1003:tooManyValues']);
  assert.deepEqual(rules(CHATROOM_ENTRY_QUERY, [['chatroomId', 'r'], ...many('keys', 100)]), []);
  assert.deepEqual(rules(CHATROOM_ENTRY_QUERY, [['chatroomId', 'r'], ...many('keys', 101)]), ['keys:1003:tooManyValues']);
});

test('ranges at their boundaries: minute 1–43200, destroyTime 60–10080, count 1–500, chatroomId 64 bytes', () => {
  for (const [minute, ok] of [['0', false], ['1', true], ['43200', true], ['43201', false]] as const) {
    assert.equal(rules(CHATROOM_BLOCK_ADD, [['chatroomId', 'r'], ['userId', 'u'], ['minute', minute]]).length === 0, ok, `minute=${minute}`);
  }
  for (const [time, ok] of [['59', false], ['60', true], ['10080', true], ['10081', false]] as const) {
    assert.equal(rules(CHATROOM_CREATE_NEW, [['chatroomId', 'r'], ['destroyType', '1'], ['destroyTime', time]]).length === 0, ok, `destroyTime=${time}`);
  }
  for (const [count, ok] of [['0', false], ['1', true], ['500', true], ['501', false]] as const) {
    assert.equal(rules(CHATROOM_MEMBERS, [['chatroomId', 'r'], ['count', count], ['order', '1']]).length === 0, ok, `count=${count}`);
  }
  assert.deepEqual(rules(CHATROOM_MEMBERS, [['chatroomId', 'r'.repeat(64)], ['count', '1'], ['order', '1']]), []);
  assert.deepEqual(rules(CHATROOM_MEMBERS, [['chatroomId', 'r'.repeat(65)], ['count', '1'], ['order', '1']]), ['chatroomId:1003:tooLong']);
  assert.deepEqual(rules(CHATROOM_CREATE_NEW, [['chatroomId', 'r'], ['isBan', 'true'], ...many('whiteUserIds', 20)]), []);
  assert.deepEqual(rules(CHATROOM_CREATE_NEW, [['chatroomId', 'r'], ['isBan', '1']]), ['isBan:1003:notFlag']);
});

test('every chatroom endpoint says where its facts come from and gives both languages', () => {
  for (const e of CHATROOM_ENDPOINTS) {
    assert.ok(e.source.length > 0, e.id);
    assert.ok(e.title.en && e.title.zh && e.description.en && e.description.zh, e.id);
    // The picker is 180 px wide: a title fits in 28 characters (formModel.test.ts).
    assert.ok(e.title.en.length <= 28 && e.title.zh.length <= 28, `${e.id}: ${e.title.en}`);
    for (const p of e.params) assert.ok(p.description.en && p.description.zh, `${e.id} ${p.name}`);
  }
});
