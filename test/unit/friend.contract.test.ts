/** The friend endpoints of #18 at the limits their sources state (friend.ts notes say which source). */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  FRIEND_ADD,
  FRIEND_CHECK,
  FRIEND_CLEAN,
  FRIEND_DELETE,
  FRIEND_ENDPOINTS,
  FRIEND_GET,
  FRIEND_PERMISSION_GET,
  FRIEND_PERMISSION_SET,
  FRIEND_PROFILE_SET,
} from '../../src/core/contract/friend';
import type { EndpointSpec } from '../../src/core/contract';
import { validateParams } from '../../src/core/validation';

type Pairs = Array<readonly [string, string]>;
const rules = (e: EndpointSpec, pairs: Pairs) => validateParams(e, pairs).map((f) => `${f.field}:${f.code}:${f.rule}`);
const examples = (e: EndpointSpec): Pairs => e.params.filter((p) => p.example !== undefined).map((p) => [p.name, p.example!] as const);
/** 100 IDs of 64 bytes joined with commas: the longest list a call may carry. */
const hundredIds = Array.from({ length: 100 }, (_, i) => String(i).padStart(64, 'u')).join(',');

test('the eight /friend/ paths each have one record, whose examples pass', () => {
  assert.deepEqual(FRIEND_ENDPOINTS.map((e) => e.path).sort(), [
    '/friend/add.json', '/friend/check.json', '/friend/clean.json', '/friend/delete.json', '/friend/get.json',
    '/friend/permission/get.json', '/friend/permission/set.json', '/friend/profile/set.json',
  ]);
  for (const e of FRIEND_ENDPOINTS) assert.deepEqual(rules(e, examples(e)), [], `${e.id} examples`);
});

test('add: userId and targetId required; optType 1–2; extra at most 128 characters', () => {
  assert.deepEqual(rules(FRIEND_ADD, []), ['userId:1003:missing', 'targetId:1003:missing']);
  const who: Pairs = [['userId', 'a'], ['targetId', 'b']];
  assert.deepEqual(rules(FRIEND_ADD, [...who, ['optType', '2'], ['extra', '好'.repeat(128)]]), []);
  assert.deepEqual(rules(FRIEND_ADD, [...who, ['optType', '3'], ['extra', '好'.repeat(129)]]), ['optType:1003:outOfRange', 'extra:1003:tooManyChars']);
  assert.deepEqual(rules(FRIEND_ADD, [...who, ['optType', '0']]), ['optType:1003:outOfRange']);
  assert.deepEqual(rules(FRIEND_ADD, [['userId', 'a b'], ['targetId', 'b']]), ['userId:1005:whitespace']);
});

test('delete, check and the permission calls take up to 100 comma-joined user IDs', () => {
  assert.deepEqual(rules(FRIEND_DELETE, [['userId', 'a'], ['targetIds', hundredIds]]), []);
  assert.deepEqual(rules(FRIEND_DELETE, [['userId', 'a'], ['targetIds', `${hundredIds},x`]]), ['targetIds:1005:tooLong']);
  assert.deepEqual(rules(FRIEND_CHECK, [['userId', 'a']]), ['targetIds:1003:missing']);
  assert.deepEqual(rules(FRIEND_PERMISSION_GET, [['userIds', `${hundredIds}x`]]), ['userIds:1005:tooLong']);
  assert.deepEqual(rules(FRIEND_PERMISSION_GET, [['userIds', hundredIds]]), []);
  assert.deepEqual(rules(FRIEND_CLEAN, []), ['userId:1003:missing']);
});

test('permission/set: permissionType 1–3 and required', () => {
  assert.deepEqual(rules(FRIEND_PERMISSION_SET, [['userIds', 'a,b'], ['permissionType', '3']]), []);
  assert.deepEqual(rules(FRIEND_PERMISSION_SET, [['userIds', 'a,b'], ['permissionType', '4']]), ['permissionType:1003:outOfRange']);
  assert.deepEqual(rules(FRIEND_PERMISSION_SET, [['userIds', 'a,b'], ['permissionType', '0']]), ['permissionType:1003:outOfRange']);
  assert.deepEqual(rules(FRIEND_PERMISSION_SET, [['userIds', 'a']]), ['permissionType:1003:missing']);
});

test('get: size 1–100, order 0 or 1; profile/set: remarkName at most 64 characters, friendExtProfile JSON', () => {
  assert.deepEqual(rules(FRIEND_GET, [['userId', 'a'], ['size', '100'], ['order', '1'], ['pageToken', 'XM2A']]), []);
  assert.deepEqual(rules(FRIEND_GET, [['userId', 'a'], ['size', '101'], ['order', '2']]), ['size:1003:outOfRange', 'order:1003:outOfRange']);
  const who: Pairs = [['userId', 'a'], ['targetId', 'b']];
  assert.deepEqual(rules(FRIEND_PROFILE_SET, [...who, ['remarkName', 'r'.repeat(64)], ['friendExtProfile', '{"ext_a":"1"}']]), []);
  assert.deepEqual(rules(FRIEND_PROFILE_SET, [...who, ['remarkName', 'r'.repeat(65)], ['friendExtProfile', 'ext_a=1']]), ['remarkName:1003:tooManyChars', 'friendExtProfile:1003:notJson']);
  assert.deepEqual(rules(FRIEND_PROFILE_SET, [...who, ['remarkName', '']]), [], 'an empty remark name clears it (docs)');
});

test('each SDK call template names only parameters of its record (or literals)', () => {
  for (const e of FRIEND_ENDPOINTS) {
    const names = new Set(e.params.map((p) => p.name));
    for (const [sdk, call] of Object.entries(e.sdks ?? {})) {
      const args = call.replace(/^(?:[^(]*\(\)(?:->|\.))*[^(]*\(/, '').replace(/\)$/, '').replace(/\b\w+\s*:/g, '').replace(/\b\w+\{/g, '');
      for (const arg of args.match(/[A-Za-z_]\w*/g) ?? []) assert.ok(names.has(arg) || ['nil', 'true', 'false'].includes(arg), `${e.id} ${sdk}: ${arg}`);
    }
  }
});
