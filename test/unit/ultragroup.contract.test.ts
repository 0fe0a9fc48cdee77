/** The ultragroup endpoints of #18 at the limits their sources state (ultragroup.ts notes say which source). */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  ULTRAGROUP_CHANNEL_CREATE,
  ULTRAGROUP_CREATE,
  ULTRAGROUP_ENDPOINTS,
  ULTRAGROUP_GLOBAL_BANNED_SET,
  ULTRAGROUP_HISMSG_MSGID_QUERY,
  ULTRAGROUP_HISMSG_QUERY,
  ULTRAGROUP_HISTORY_V3,
  ULTRAGROUP_NOTDISTURB_SET,
  ULTRAGROUP_PUBLISH,
  ULTRAGROUP_USER_BANNED_ADD,
} from '../../src/core/contract/ultragroup';
import type { EndpointSpec } from '../../src/core/contract';
import { validateParams } from '../../src/core/validation';

type Pairs = Array<readonly [string, string]>;
const rules = (e: EndpointSpec, pairs: Pairs) => validateParams(e, pairs).map((f) => `${f.field}:${f.code}:${f.rule}`);
const many = (n: number, key: string): Pairs => Array.from({ length: n }, (_, i) => [key, `ug${i}`] as const);

test('every record is in the ultragroup module with a unique id and path, and its examples pass', () => {
  assert.equal(ULTRAGROUP_ENDPOINTS.length, 43);
  assert.equal(new Set(ULTRAGROUP_ENDPOINTS.map((e) => e.id)).size, ULTRAGROUP_ENDPOINTS.length);
  assert.equal(new Set(ULTRAGROUP_ENDPOINTS.map((e) => e.path)).size, ULTRAGROUP_ENDPOINTS.length);
  for (const e of ULTRAGROUP_ENDPOINTS) {
    assert.equal(e.module, 'ultragroup', e.id);
    assert.ok(e.id.startsWith('ultragroup.'), e.id);
    const pairs: Pairs = e.params.filter((p) => p.example !== undefined).map((p) => [p.name, p.example!] as const);
    assert.deepEqual(rules(e, pairs), [], `${e.id} with its examples`);
  }
});

test('create: groupName up to 64 bytes (1006), groupId up to 64 bytes, userId required', () => {
  const base: Pairs = [['userId', 'u1'], ['groupId', 'g1']];
  assert.deepEqual(rules(ULTRAGROUP_CREATE, [...base, ['groupName', 'n'.repeat(61) + '群']]), [], '64 bytes');
  assert.deepEqual(rules(ULTRAGROUP_CREATE, [...base, ['groupName', 'n'.repeat(62) + '群']]), ['groupName:1006:tooLong'], '65 bytes');
  assert.deepEqual(rules(ULTRAGROUP_CREATE, [['userId', 'u1'], ['groupId', 'g'.repeat(65)], ['groupName', 'G']]), ['groupId:1003:tooLong']);
  assert.deepEqual(rules(ULTRAGROUP_CREATE, [['groupId', 'g1'], ['groupName', 'G']]), ['userId:1003:missing']);
});

test('channel create: busChannel required, at most 20 bytes; type 0 or 1', () => {
  assert.deepEqual(rules(ULTRAGROUP_CHANNEL_CREATE, [['groupId', 'g'], ['busChannel', 'c'.repeat(20)], ['type', '1']]), []);
  assert.deepEqual(rules(ULTRAGROUP_CHANNEL_CREATE, [['groupId', 'g'], ['busChannel', 'c'.repeat(21)]]), ['busChannel:1003:tooLong']);
  assert.deepEqual(rules(ULTRAGROUP_CHANNEL_CREATE, [['groupId', 'g']]), ['busChannel:1003:missing']);
  assert.deepEqual(rules(ULTRAGROUP_CHANNEL_CREATE, [['groupId', 'g'], ['busChannel', 'c'], ['type', '2']]), ['type:1003:outOfRange']);
});

test('userbanned/add: userIds is one comma-separated value of at most 20 IDs of 64 bytes', () => {
  const twenty = Array.from({ length: 20 }, () => 'u'.repeat(64)).join(',');
  assert.deepEqual(rules(ULTRAGROUP_USER_BANNED_ADD, [['groupId', 'g'], ['userIds', twenty]]), []);
  assert.deepEqual(rules(ULTRAGROUP_USER_BANNED_ADD, [['groupId', 'g'], ['userIds', `${twenty}x`]]), ['userIds:1003:tooLong']);
  assert.deepEqual(rules(ULTRAGROUP_USER_BANNED_ADD, [['groupId', 'g']]), ['userIds:1003:missing']);
});

test('notdisturb/set: unpushLevel -1 to 5; globalbanned/set: status true or false, required', () => {
  for (const [level, expected] of [['-1', []], ['5', []], ['-2', ['unpushLevel:1003:outOfRange']], ['6', ['unpushLevel:1003:outOfRange']]] as const) {
    assert.deepEqual(rules(ULTRAGROUP_NOTDISTURB_SET, [['groupId', 'g'], ['unpushLevel', level]]), expected, `unpushLevel=${level}`);
  }
  assert.deepEqual(rules(ULTRAGROUP_GLOBAL_BANNED_SET, [['groupId', 'g'], ['status', 'true']]), []);
  assert.deepEqual(rules(ULTRAGROUP_GLOBAL_BANNED_SET, [['groupId', 'g'], ['status', '1']]), ['status:1003:notFlag']);
  assert.deepEqual(rules(ULTRAGROUP_GLOBAL_BANNED_SET, [['groupId', 'g']]), ['status:1003:missing']);
});

test('history: pageSize 1–100 (hismsg/query); prevNum and lastNum 0–50 (hismsg/msgid/query)', () => {
  const q: Pairs = [['groupId', 'g'], ['busChannel', 'c'], ['startTime', '1700000000000'], ['endTime', '1700086400000']];
  assert.deepEqual(rules(ULTRAGROUP_HISMSG_QUERY, [...q, ['pageSize', '100']]), []);
  assert.deepEqual(rules(ULTRAGROUP_HISMSG_QUERY, [...q, ['pageSize', '101']]), ['pageSize:1003:outOfRange']);
  const m: Pairs = [['groupId', 'g'], ['busChannel', 'c'], ['msgUID', 'BRGM-DEN2-01E4-BN66']];
  assert.deepEqual(rules(ULTRAGROUP_HISMSG_MSGID_QUERY, [...m, ['prevNum', '0'], ['lastNum', '50']]), []);
  assert.deepEqual(rules(ULTRAGROUP_HISMSG_MSGID_QUERY, [...m, ['prevNum', '51']]), ['prevNum:1003:outOfRange']);
});

test('publish (JSON): toGroupIds 1–3, content a JSON text; v3 query requires includeStart', () => {
  assert.equal(ULTRAGROUP_PUBLISH.body, 'json');
  const msg: Pairs = [['fromUserId', 'u'], ['objectName', 'RC:TxtMsg'], ['content', '{"content":"hi"}']];
  assert.deepEqual(rules(ULTRAGROUP_PUBLISH, [...msg, ...many(3, 'toGroupIds')]), []);
  assert.deepEqual(rules(ULTRAGROUP_PUBLISH, [...msg, ...many(4, 'toGroupIds')]), ['toGroupIds:1003:tooManyValues']);
  assert.deepEqual(rules(ULTRAGROUP_PUBLISH, msg), ['toGroupIds:1003:missing']);
  assert.deepEqual(rules(ULTRAGROUP_PUBLISH, [['fromUserId', 'u'], ['objectName', 'RC:TxtMsg'], ['content', '{'], ['toGroupIds', 'g']]).map((r) => r.replace(/#.*/, '')), ['content:1003:notJson']);
  const v3: Pairs = [['userId', 'u'], ['targetId', 'g'], ['startTime', '1700000000000'], ['endTime', '1700086400000']];
  assert.deepEqual(rules(ULTRAGROUP_HISTORY_V3, [...v3, ['includeStart', 'false']]), []);
  assert.deepEqual(rules(ULTRAGROUP_HISTORY_V3, v3), ['includeStart:1003:missing']);
});
