/** The group information hosting endpoints of #18 at the limits their sources state (entrust.ts notes say which source). */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  ENTRUST_CREATE,
  ENTRUST_ENDPOINTS,
  ENTRUST_GROUP_QUERY,
  ENTRUST_MANAGER_REMOVE,
  ENTRUST_MEMBER_FOLLOW,
  ENTRUST_MEMBER_QUERY,
  ENTRUST_MEMBER_SET,
  ENTRUST_PROFILE_QUERY,
  ENTRUST_QUIT,
  ENTRUST_REMARKNAME_SET,
  ENTRUST_TRANSFER_OWNER,
} from '../../src/core/contract/entrust';
import type { EndpointSpec } from '../../src/core/contract';
import { validateParams } from '../../src/core/validation';

type Pairs = Array<readonly [string, string]>;
const rules = (e: EndpointSpec, pairs: Pairs) => validateParams(e, pairs).map((f) => `${f.field}:${f.code}:${f.rule}`);
const examples = (e: EndpointSpec): Pairs => e.params.filter((p) => p.example !== undefined).map((p) => [p.name, p.example!] as const);
/** `count` IDs of 64 bytes joined with commas: the longest list a call may carry. */
const idList = (count: number) => Array.from({ length: count }, (_, i) => String(i).padStart(64, 'u')).join(',');

test('every /entrust/ path the Go and Java SDKs call has one record, whose examples pass', () => {
  assert.equal(ENTRUST_ENDPOINTS.length, 23);
  assert.equal(new Set(ENTRUST_ENDPOINTS.map((e) => e.path)).size, 23);
  assert.equal(new Set(ENTRUST_ENDPOINTS.map((e) => e.id)).size, 23);
  for (const e of ENTRUST_ENDPOINTS) {
    assert.match(e.path, /^\/entrust\/.+\.json$/);
    assert.deepEqual(rules(e, examples(e)), [], `${e.id} examples`);
  }
});

test('create: groupId, name and owner required; name 1–64 characters; up to 30 members as one comma-joined value', () => {
  assert.deepEqual(rules(ENTRUST_CREATE, []), ['groupId:1003:missing', 'name:1003:missing', 'owner:1003:missing']);
  const base: Pairs = [['groupId', 'g1'], ['owner', 'u1']];
  assert.deepEqual(rules(ENTRUST_CREATE, [...base, ['name', '群'.repeat(64)]]), []);
  assert.deepEqual(rules(ENTRUST_CREATE, [...base, ['name', '群'.repeat(65)]]), ['name:1003:tooManyChars']);
  assert.deepEqual(rules(ENTRUST_CREATE, [...base, ['name', 'G'], ['userIds', idList(30)]]), []);
  assert.deepEqual(rules(ENTRUST_CREATE, [...base, ['name', 'G'], ['userIds', `${idList(30)}x`]]), ['userIds:1005:tooLong']);
  assert.deepEqual(rules(ENTRUST_CREATE, [...base, ['name', 'G'], ['groupProfile', '{"introduction":']]), ['groupProfile:1003:notJson']);
});

test('profile/query takes up to 50 group IDs; manager/remove up to 10 user IDs; follow up to 100', () => {
  assert.deepEqual(rules(ENTRUST_PROFILE_QUERY, [['groupIds', idList(50)]]), []);
  assert.deepEqual(rules(ENTRUST_PROFILE_QUERY, [['groupIds', `${idList(50)},g`]]), ['groupIds:1003:tooLong']);
  assert.deepEqual(rules(ENTRUST_PROFILE_QUERY, []), ['groupIds:1003:missing']);
  assert.deepEqual(rules(ENTRUST_MANAGER_REMOVE, [['groupId', 'g'], ['userIds', idList(10)]]), []);
  assert.deepEqual(rules(ENTRUST_MANAGER_REMOVE, [['groupId', 'g'], ['userIds', `${idList(10)},u`]]), ['userIds:1005:tooLong']);
  assert.deepEqual(rules(ENTRUST_MEMBER_FOLLOW, [['groupId', 'g'], ['userId', 'u'], ['followUserIds', idList(100)]]), []);
  assert.deepEqual(rules(ENTRUST_MEMBER_FOLLOW, [['groupId', 'g'], ['userId', 'u'], ['followUserIds', 'a, b']]), ['followUserIds:1005:whitespace']);
});

test('quit and transfer/owner: the clearing flags are 0 or 1; newOwner is required', () => {
  const quit: Pairs = [['groupId', 'g'], ['userIds', 'u1,u2']];
  assert.deepEqual(rules(ENTRUST_QUIT, [...quit, ['isDelBan', '0'], ['isDelWhite', '1'], ['isDelFollowed', '1']]), []);
  assert.deepEqual(rules(ENTRUST_QUIT, [...quit, ['isDelBan', '2']]), ['isDelBan:1003:notFlag']);
  assert.deepEqual(rules(ENTRUST_QUIT, [['groupId', 'g']]), ['userIds:1003:missing']);
  assert.deepEqual(rules(ENTRUST_TRANSFER_OWNER, [['groupId', 'g']]), ['newOwner:1003:missing']);
  assert.deepEqual(rules(ENTRUST_TRANSFER_OWNER, [['groupId', 'g'], ['newOwner', 'u2'], ['isQuit', 'true']]), ['isQuit:1003:notFlag']);
});

test('member/set: nickname 1–64 characters and required, extra at most 128; remark name 1–64', () => {
  const who: Pairs = [['groupId', 'g'], ['userId', 'u']];
  assert.deepEqual(rules(ENTRUST_MEMBER_SET, who), ['nickname:1003:missing']);
  assert.deepEqual(rules(ENTRUST_MEMBER_SET, [...who, ['nickname', 'n'.repeat(64)], ['extra', 'e'.repeat(128)]]), []);
  assert.deepEqual(rules(ENTRUST_MEMBER_SET, [...who, ['nickname', 'n'.repeat(65)], ['extra', 'e'.repeat(129)]]), ['nickname:1003:tooManyChars', 'extra:1003:tooManyChars']);
  assert.deepEqual(rules(ENTRUST_REMARKNAME_SET, [...who, ['remarkName', 'r'.repeat(64)]]), []);
  assert.deepEqual(rules(ENTRUST_REMARKNAME_SET, [...who, ['remarkName', 'r'.repeat(65)]]), ['remarkName:1003:tooManyChars']);
});

test('paging: member type 0–3, member pages up to 100, the app group list up to 1000, order 0 or 1', () => {
  const g: Pairs = [['groupId', 'g']];
  assert.deepEqual(rules(ENTRUST_MEMBER_QUERY, [...g, ['type', '3'], ['size', '100'], ['order', '0']]), []);
  assert.deepEqual(rules(ENTRUST_MEMBER_QUERY, [...g, ['type', '4'], ['size', '101'], ['order', '2']]), ['type:1003:outOfRange', 'size:1003:outOfRange', 'order:1003:outOfRange']);
  assert.deepEqual(rules(ENTRUST_GROUP_QUERY, [['size', '1000']]), []);
  assert.deepEqual(rules(ENTRUST_GROUP_QUERY, [['size', '1001']]), ['size:1003:outOfRange']);
  assert.deepEqual(rules(ENTRUST_GROUP_QUERY, []), [], 'every parameter of the app group list is optional');
});

test('each SDK call template names only parameters of its record (or literals)', () => {
  for (const e of ENTRUST_ENDPOINTS) {
    const names = new Set(e.params.map((p) => p.name));
    for (const [sdk, call] of Object.entries(e.sdks ?? {})) {
      const args = call.replace(/^(?:[^(]*\(\)(?:->|\.))*[^(]*\(/, '').replace(/\)$/, '').replace(/\b\w+\s*:/g, '').replace(/\b\w+\{/g, '');
      for (const arg of args.match(/[A-Za-z_]\w*/g) ?? []) {
        assert.ok(names.has(arg) || ['nil', 'true', 'false'].includes(arg), `${e.id} ${sdk}: ${arg}`);
      }
      assert.match(call, /\(.*\)$/, `${e.id} ${sdk} is a call`);
    }
  }
});
