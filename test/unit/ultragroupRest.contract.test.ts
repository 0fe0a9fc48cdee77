/** The Go SDK's REST-style ultragroup calls of #18: methods, path templates and JSON fields as Go sends them. */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  ULTRAGROUP_REST_ENDPOINTS,
  UG_V2_CHANNEL_LIST,
  UG_V2_CREATE_GROUP,
  UG_V2_DISMISS_GROUP,
  UG_V2_MUTE_MEMBERS_ADD,
  UG_V2_MUTED_STATUS_SET,
  UG_V2_SEND,
  UG_V2_UPDATE_GROUP,
} from '../../src/core/contract/ultragroupRest';
import { GROUP_ID_MAX_BYTES, type EndpointSpec } from '../../src/core/contract';
import { validateParams } from '../../src/core/validation';

type Pairs = Array<readonly [string, string]>;
const rules = (e: EndpointSpec, pairs: Pairs) => validateParams(e, pairs).map((f) => `${f.field}:${f.code}:${f.rule}`);

test('19 calls, unique ids; each {name} of a path is a path parameter and the reverse', () => {
  assert.equal(ULTRAGROUP_REST_ENDPOINTS.length, 19);
  assert.equal(new Set(ULTRAGROUP_REST_ENDPOINTS.map((e) => e.id)).size, 19);
  assert.equal(new Set(ULTRAGROUP_REST_ENDPOINTS.map((e) => `${e.method} ${e.path}`)).size, 19, 'method and path tell them apart');
  for (const e of ULTRAGROUP_REST_ENDPOINTS) {
    const inPath = [...e.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    assert.deepEqual(e.params.filter((p) => p.in === 'path').map((p) => p.name).sort(), inPath, e.id);
    assert.equal(e.module, 'ultragroup');
    assert.equal(e.body, 'json');
    assert.ok(e.sdks?.go?.startsWith('UG'), e.id);
    if (e.method === 'GET') assert.ok(e.params.every((p) => p.in !== undefined), `${e.id}: a GET has no body`);
  }
});

test('the HTTP methods Go uses on a shared path', () => {
  const on = (path: string) => ULTRAGROUP_REST_ENDPOINTS.filter((e) => e.path === path).map((e) => e.method).sort();
  assert.deepEqual(on('/v2/ultragroups/{groupId}'), ['DELETE', 'PUT']);
  assert.deepEqual(on('/v2/ultragroups/{groupId}/users/{userId}'), ['DELETE', 'POST']);
  assert.deepEqual(on('/v2/ultragroups/{groupId}/muted-users'), ['DELETE', 'GET', 'POST']);
  assert.deepEqual(on('/v2/ultragroups/{groupId}/allowed-users'), ['DELETE', 'GET', 'POST']);
  assert.deepEqual(on('/v2/ultragroups/{groupId}/muted-status'), ['GET', 'PUT']);
  assert.equal(UG_V2_DISMISS_GROUP.method, 'DELETE');
  assert.equal(UG_V2_UPDATE_GROUP.method, 'PUT');
});

test('create: user_id, group_id and group_name required, snake_case; group_id at most 64 bytes', () => {
  const ok: Pairs = [['user_id', 'u1'], ['group_id', 'g1'], ['group_name', 'Team']];
  assert.deepEqual(rules(UG_V2_CREATE_GROUP, ok), []);
  assert.deepEqual(rules(UG_V2_CREATE_GROUP, ok.slice(0, 2)), ['group_name:1003:missing']);
  assert.deepEqual(rules(UG_V2_CREATE_GROUP, [ok[0], ['group_id', 'g'.repeat(GROUP_ID_MAX_BYTES)], ok[2]]), []);
  assert.deepEqual(rules(UG_V2_CREATE_GROUP, [ok[0], ['group_id', 'g'.repeat(GROUP_ID_MAX_BYTES + 1)], ok[2]]), ['group_id:1003:tooLong']);
});

test('send: from_user_id, to_group_ids, object_name, content required; booleans are true/false; content a JSON string', () => {
  const ok: Pairs = [['from_user_id', 'u1'], ['to_group_ids', 'g1'], ['to_group_ids', 'g2'], ['object_name', 'RC:TxtMsg'], ['content', '{"content":"hi"}']];
  assert.deepEqual(rules(UG_V2_SEND, [...ok, ['store_flag', 'true'], ['to_user_ids', 'u2'], ['bus_channel', 'c1']]), []);
  assert.deepEqual(rules(UG_V2_SEND, ok.filter(([k]) => k !== 'to_group_ids')), ['to_group_ids:1003:missing']);
  assert.deepEqual(rules(UG_V2_SEND, [...ok, ['store_flag', '1']]), ['store_flag:1003:notFlag']);
  assert.equal(UG_V2_SEND.params.find((p) => p.name === 'content')?.jsonType, 'string');
  assert.ok(UG_V2_SEND.params.find((p) => p.name === 'to_group_ids')?.repeated, 'a JSON array');
});

test('muted-users takes at least one user ID in user_ids; muted-status takes a boolean; channel paging is page and limit', () => {
  assert.deepEqual(rules(UG_V2_MUTE_MEMBERS_ADD, [['groupId', 'g1'], ['user_ids', 'u1'], ['user_ids', 'u2']]), []);
  assert.deepEqual(rules(UG_V2_MUTE_MEMBERS_ADD, [['groupId', 'g1']]), ['user_ids:1003:missing']);
  assert.deepEqual(rules(UG_V2_MUTE_MEMBERS_ADD, [['groupId', 'g1'], ['user_ids', 'a b']]), ['user_ids:1005:whitespace']);
  assert.deepEqual(rules(UG_V2_MUTED_STATUS_SET, [['groupId', 'g1'], ['status', 'false']]), []);
  assert.deepEqual(rules(UG_V2_MUTED_STATUS_SET, [['groupId', 'g1']]), ['status:1003:missing']);
  assert.deepEqual(UG_V2_CHANNEL_LIST.params.filter((p) => p.in === 'query').map((p) => p.name), ['page', 'limit']);
  assert.deepEqual(rules(UG_V2_CHANNEL_LIST, [['groupId', 'g1'], ['page', '0'], ['limit', '20']]), [], 'Go sends 0 when the caller leaves it');
  assert.deepEqual(rules(UG_V2_CHANNEL_LIST, [['groupId', 'g1'], ['limit', 'ten']]), ['limit:1003:notInteger']);
});
