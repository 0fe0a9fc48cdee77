/** The ultragroup user-group endpoints (Go's fmt.Sprintf URLs that sdk-paths.md missed) at the limits their sources state. */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  BUS_CHANNEL_MAX_BYTES,
  ULTRAGROUP_CHANNEL_USERGROUP_BIND,
  ULTRAGROUP_CHANNEL_USERGROUP_QUERY,
  ULTRAGROUP_CHANNEL_USERGROUP_UNBIND,
  ULTRAGROUP_ENDPOINTS,
  ULTRAGROUP_USERGROUP_ADD,
  ULTRAGROUP_USERGROUP_CHANNEL_QUERY,
  ULTRAGROUP_USERGROUP_DEL,
  ULTRAGROUP_USERGROUP_QUERY,
  ULTRAGROUP_USERGROUP_USER_ADD,
  ULTRAGROUP_USERGROUP_USER_DEL,
  ULTRAGROUP_USER_CHANNEL_QUERY,
  ULTRAGROUP_USER_USERGROUP_QUERY,
  USERGROUP_PAGE_SIZE,
} from '../../src/core/contract/ultragroup';
import { findEndpoint, type EndpointSpec } from '../../src/core/contract';
import { SDK_PATHS, SDK_PATHS_MISSED } from '../../src/core/contract/sdkPaths';
import { validateParams } from '../../src/core/validation';

type Pairs = Array<readonly [string, string]>;
const rules = (e: EndpointSpec, pairs: Pairs) => validateParams(e, pairs).map((f) => `${f.field}:${f.code}:${f.rule}`);
const examples = (e: EndpointSpec): Pairs => e.params.filter((p) => p.example !== undefined).map((p) => [p.name, p.example!] as const);

const USERGROUP_PATHS = [
  '/ultragroup/usergroup/add.json',
  '/ultragroup/usergroup/del.json',
  '/ultragroup/usergroup/query.json',
  '/ultragroup/usergroup/user/add.json',
  '/ultragroup/usergroup/user/del.json',
  '/ultragroup/user/usergroup/query.json',
  '/ultragroup/channel/usergroup/bind.json',
  '/ultragroup/channel/usergroup/unbind.json',
  '/ultragroup/channel/usergroup/query.json',
  '/ultragroup/usergroup/channel/query.json',
  '/ultragroup/user/channel/query.json',
];
const USERGROUP_ENDPOINTS = [
  ULTRAGROUP_USERGROUP_ADD, ULTRAGROUP_USERGROUP_DEL, ULTRAGROUP_USERGROUP_QUERY,
  ULTRAGROUP_USERGROUP_USER_ADD, ULTRAGROUP_USERGROUP_USER_DEL, ULTRAGROUP_USER_USERGROUP_QUERY,
  ULTRAGROUP_CHANNEL_USERGROUP_BIND, ULTRAGROUP_CHANNEL_USERGROUP_UNBIND, ULTRAGROUP_CHANNEL_USERGROUP_QUERY,
  ULTRAGROUP_USERGROUP_CHANNEL_QUERY, ULTRAGROUP_USER_CHANNEL_QUERY,
];

test('each of the eleven Go user-group paths has one record in the module list, found by its path', () => {
  for (const path of USERGROUP_PATHS) {
    const e = findEndpoint(path);
    assert.ok(e, path);
    assert.equal(e.module, 'ultragroup', path);
    assert.ok(ULTRAGROUP_ENDPOINTS.includes(e), `${path} is in ULTRAGROUP_ENDPOINTS`);
  }
  assert.equal(new Set(USERGROUP_ENDPOINTS.map((e) => e.id)).size, USERGROUP_PATHS.length);
});

test('sdk-paths.md misses them: they are among the calls it misses, sdks.go is the Go method of the source, and each note says so', () => {
  for (const e of USERGROUP_ENDPOINTS) {
    assert.equal(SDK_PATHS.some((p) => p.path === e.path), false, `${e.path} is in sdk-paths.md now`);
    assert.ok(SDK_PATHS_MISSED.some((p) => p.path === e.path && p.go), `${e.path} among the calls the list misses`);
    const goMethod = /Go (\w+)/.exec(e.source)?.[1];
    assert.ok(goMethod, e.id);
    assert.equal(e.sdks?.go?.split('(')[0], goMethod, e.id);
    assert.match(e.notes?.en ?? '', new RegExp(`${goMethod}.*sdk-paths\\.md misses`), e.id);
    assert.match(e.notes?.zh ?? '', /sdk-paths\.md 未收录/, e.id);
  }
});

test('every example set passes validation, and removing a required parameter fails with missing', () => {
  for (const e of USERGROUP_ENDPOINTS) {
    assert.deepEqual(rules(e, examples(e)), [], e.id);
    for (const p of e.params.filter((q) => q.required)) {
      const without = examples(e).filter(([name]) => name !== p.name);
      assert.deepEqual(rules(e, without), [`${p.name}:1003:missing`], `${e.id} without ${p.name}`);
    }
  }
});

test('usergroup/add is a JSON body whose userGroups is one JSON array field', () => {
  assert.equal(ULTRAGROUP_USERGROUP_ADD.body, 'json');
  const userGroups = ULTRAGROUP_USERGROUP_ADD.params.find((p) => p.name === 'userGroups');
  assert.equal(userGroups?.jsonType, 'array');
  assert.deepEqual(rules(ULTRAGROUP_USERGROUP_ADD, [['groupId', 'ug-1'], ['userGroups', '[{"userGroupId":"a"']]), ['userGroups:1003:notJson']);
  // The rest are forms, as Go's req.Param sends them.
  for (const e of USERGROUP_ENDPOINTS.filter((x) => x !== ULTRAGROUP_USERGROUP_ADD)) assert.equal(e.body, undefined, e.id);
});

test('channel list pages (docs): pageSize 1–50, page from 1; the unstated ones check no upper bound', () => {
  for (const e of [ULTRAGROUP_CHANNEL_USERGROUP_QUERY, ULTRAGROUP_USER_CHANNEL_QUERY]) {
    const base = examples(e).filter(([name]) => name !== 'pageSize' && name !== 'page');
    assert.deepEqual(rules(e, [...base, ['pageSize', String(USERGROUP_PAGE_SIZE.max)]]), [], e.id);
    assert.deepEqual(rules(e, [...base, ['pageSize', String(USERGROUP_PAGE_SIZE.max + 1)]]), ['pageSize:1003:outOfRange'], e.id);
    assert.deepEqual(rules(e, [...base, ['pageSize', '0']]), ['pageSize:1003:outOfRange'], e.id);
    assert.deepEqual(rules(e, [...base, ['page', '1']]), [], e.id);
    assert.deepEqual(rules(e, [...base, ['page', '0']]), ['page:1003:outOfRange'], `${e.id}: Go sends page=0; the docs start at 1`);
    assert.equal(e.params.find((p) => p.name === 'pageSize')?.defaultValue, '10');
  }
  for (const e of [ULTRAGROUP_USERGROUP_QUERY, ULTRAGROUP_USER_USERGROUP_QUERY, ULTRAGROUP_USERGROUP_CHANNEL_QUERY]) {
    const base = examples(e).filter(([name]) => name !== 'pageSize');
    assert.deepEqual(rules(e, [...base, ['pageSize', '51']]), [], `${e.id}: no docs page states 50 for it`);
  }
});

test('bind, unbind and the channel query require busChannel of at most 20 bytes; user IDs follow the user ID rules', () => {
  for (const e of [ULTRAGROUP_CHANNEL_USERGROUP_BIND, ULTRAGROUP_CHANNEL_USERGROUP_UNBIND, ULTRAGROUP_CHANNEL_USERGROUP_QUERY]) {
    const base = examples(e).filter(([name]) => name !== 'busChannel');
    assert.deepEqual(rules(e, [...base, ['busChannel', 'c'.repeat(BUS_CHANNEL_MAX_BYTES)]]), [], e.id);
    assert.deepEqual(rules(e, [...base, ['busChannel', 'c'.repeat(BUS_CHANNEL_MAX_BYTES + 1)]]), ['busChannel:1003:tooLong'], e.id);
  }
  for (const e of [ULTRAGROUP_USER_USERGROUP_QUERY, ULTRAGROUP_USER_CHANNEL_QUERY]) {
    const base = examples(e).filter(([name]) => name !== 'userId');
    assert.deepEqual(rules(e, [...base, ['userId', 'u'.repeat(64)]]), [], e.id);
    assert.deepEqual(rules(e, [...base, ['userId', 'u'.repeat(65)]]), ['userId:1005:tooLong'], e.id);
  }
});

test('the ultragroup ID is at most 64 bytes in every user-group call', () => {
  for (const e of USERGROUP_ENDPOINTS) {
    const base = examples(e).filter(([name]) => name !== 'groupId');
    assert.deepEqual(rules(e, [...base, ['groupId', 'g'.repeat(64)]]), [], e.id);
    assert.deepEqual(rules(e, [...base, ['groupId', 'g'.repeat(65)]]), ['groupId:1003:tooLong'], e.id);
  }
});

test('lists are single comma-separated values (Go strings.Join): a repeated key is refused', () => {
  assert.deepEqual(rules(ULTRAGROUP_USERGROUP_DEL, [['groupId', 'ug-1'], ['userGroupIds', 'a,b,c']]), []);
  assert.deepEqual(rules(ULTRAGROUP_USERGROUP_DEL, [['groupId', 'ug-1'], ['userGroupIds', 'a'], ['userGroupIds', 'b']]), ['userGroupIds:1003:duplicateParam']);
  assert.deepEqual(rules(ULTRAGROUP_USERGROUP_USER_ADD, [['groupId', 'ug-1'], ['userGroupId', 'x'], ['userIds', 'u1'], ['userIds', 'u2']]), ['userIds:1003:duplicateParam']);
  assert.deepEqual(rules(ULTRAGROUP_USERGROUP_USER_DEL, [['groupId', 'ug-1'], ['userGroupId', 'has space'], ['userIds', 'u1']]), ['userGroupId:1003:whitespace']);
});
