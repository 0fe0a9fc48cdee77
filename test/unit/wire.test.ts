/**
 * The wire codec (core/wire.ts, core/jsonBody.ts): canonical pairs to a form body, a JSON body, a
 * REST path and query, and back, with every finding of a JSON body placed on its field. The
 * endpoints here are made for the test so that each rule is seen alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EndpointSpec, ParamSpec } from '../../src/core/contract';
import { buildRequest, toCurl } from '../../src/core/request';
import { validateParams } from '../../src/core/validation';
import { decodeJsonBody, validateJsonBody } from '../../src/core/jsonBody';
import { encodeRequestParts, fillPath, normalizePath, pairsToJson } from '../../src/core/wire';

const d = { en: 'x', zh: 'x' };
const p = (name: string, kind: ParamSpec['kind'], extra: Partial<ParamSpec> = {}): ParamSpec => ({ name, kind, required: false, code: 1003, description: d, ...extra });

const PUSHY: EndpointSpec = {
  id: 'test.push',
  module: 'push',
  method: 'POST',
  path: '/push.json',
  title: d,
  description: d,
  source: 'test',
  body: 'json',
  issuesToken: false,
  success: [],
  params: [
    p('platform', 'text', { repeated: { min: 1, max: 2 }, required: true }),
    p('audience.userid', 'userId', { repeated: { min: 1, max: 3 }, code: 1005, maxBytes: 64 }),
    p('audience.is_to_all', 'flag', { flagValues: ['false', 'true'], required: true }),
    p('notification.alert', 'text', { maxBytes: 10 }),
    p('notification.ios.badge', 'integer', { min: 0, max: 99 }),
    p('extras', 'json', { jsonType: 'object' }),
    p('content', 'json', { jsonType: 'string' }),
  ],
};

const REST: EndpointSpec = {
  id: 'test.rest',
  module: 'ultragroup',
  method: 'DELETE',
  path: '/v2/ultragroups/{groupId}/users/{userId}',
  title: d,
  description: d,
  source: 'test',
  body: 'json',
  issuesToken: false,
  success: [],
  params: [p('groupId', 'id', { in: 'path', required: true, maxBytes: 64 }), p('userId', 'userId', { in: 'path', required: true, code: 1005, maxBytes: 64 }), p('page', 'integer', { in: 'query', min: 1, max: 50 })],
};

const KEYED: EndpointSpec = {
  id: 'test.keyed',
  module: 'chatroom',
  method: 'POST',
  path: '/chatroom/create.json',
  title: d,
  description: d,
  source: 'test',
  issuesToken: false,
  success: [],
  params: [p('chatroom', 'name', { required: true, code: 1003, maxBytes: 8, repeated: { min: 1, max: 2 }, keyed: { keyMaxBytes: 4, keyDescription: d } })],
};

const CREDS = { appKey: 'k', appSecret: 'canary-secret-0000' };

test('pairs become a JSON body: dotted names nest, repeated values are arrays, flags booleans, integers numbers, json objects stay objects', () => {
  const pairs = [
    ['platform', 'ios'],
    ['platform', 'android'],
    ['audience.userid', 'u1'],
    ['audience.is_to_all', 'false'],
    ['notification.ios.badge', '3'],
    ['extras', '{"a":[1]}'],
    ['content', '{"content":"hi"}'],
  ] as const;
  assert.deepEqual(pairsToJson(PUSHY, pairs), {
    platform: ['ios', 'android'],
    audience: { userid: ['u1'], is_to_all: false },
    notification: { ios: { badge: 3 } },
    extras: { a: [1] },
    content: '{"content":"hi"}',
  });
  const parts = encodeRequestParts(PUSHY, pairs);
  assert.equal(parts.contentType, 'application/json');
  // Back again: the same pairs, in document order.
  const back = decodeJsonBody(PUSHY, parts.body);
  assert.deepEqual(back.problems, []);
  assert.deepEqual(back.pairs.map((x) => [x.name, x.value]), pairs.map(([k, v]) => [k, v]));
});

test('a JSON body: syntax, shape and type problems are placed on their field; values then follow the field rules', () => {
  const syntax = validateJsonBody(PUSHY, '{"platform": ["ios"],,}');
  assert.equal(syntax.findings[0].rule, 'notJson');
  assert.equal(syntax.findings[0].offset, 21);
  assert.equal(validateJsonBody(PUSHY, '[1]').findings[0].rule, 'notObject');

  const text = '{"platform": "ios", "audience": {"is_to_all": "no", "userid": ["u1", "u 2"], "x": 1}, "notification": {"alert": "0123456789A"}}';
  const { findings } = validateJsonBody(PUSHY, text);
  const at = (rule: string) => findings.find((f) => f.rule === rule);
  const platform = at('jsonType');
  assert.ok(platform);
  assert.equal(platform.field, 'platform');
  assert.equal(platform.detail, 'array');
  assert.equal(text.slice(platform.offset, platform.offset + platform.length), '"ios"');
  const flag = findings.find((f) => f.field === 'audience.is_to_all');
  assert.ok(flag && flag.rule === 'jsonType' && flag.detail === 'boolean');
  const unknown = at('unknownParam');
  assert.ok(unknown && unknown.field === 'audience.x' && text.slice(unknown.offset, unknown.offset + unknown.length) === '"x"');
  const space = at('whitespace');
  assert.ok(space && space.code === 1005 && space.index === 1 && text.slice(space.offset, space.offset + space.length) === '"u 2"');
  const long = at('tooLong');
  assert.ok(long && long.field === 'notification.alert' && long.limit === 10 && long.actual === 11);
  // A field of the wrong type is one finding, not also "missing".
  assert.equal(findings.filter((f) => f.field === 'platform').length, 1);
  assert.equal(findings.filter((f) => f.field === 'audience.is_to_all').length, 1);
});

test('a JSON body: limits at their boundary (3 IDs pass, 4 fail; badge 99 passes, 100 fails); null is not given', () => {
  const body = (ids: number, badge: number) =>
    JSON.stringify({ platform: ['ios'], audience: { is_to_all: false, userid: Array.from({ length: ids }, (_, i) => `u${i}`) }, notification: { ios: { badge } }, extras: null });
  assert.deepEqual(validateJsonBody(PUSHY, body(3, 99)).findings, []);
  assert.deepEqual(validateJsonBody(PUSHY, body(4, 99)).findings.map((f) => [f.field, f.rule, f.limit]), [['audience.userid', 'tooManyValues', 3]]);
  assert.deepEqual(validateJsonBody(PUSHY, body(3, 100)).findings.map((f) => [f.field, f.rule]), [['notification.ios.badge', 'outOfRange']]);
  assert.deepEqual(validateJsonBody(PUSHY, '{"audience":{"is_to_all":true},"platform":["ios"],"platform":["android"]}').findings.map((f) => f.rule), ['duplicateParam']);
});

test('a REST path: {name} segments filled and percent-encoded, query parameters in the query, no body on a DELETE', () => {
  const parts = encodeRequestParts(REST, [['groupId', 'g/1'], ['userId', '张三'], ['page', '2']]);
  assert.equal(parts.path, '/v2/ultragroups/g%2F1/users/%E5%BC%A0%E4%B8%89');
  assert.equal(parts.query, '?page=2');
  assert.equal(parts.body, '');
  assert.equal(parts.contentType, undefined);
  assert.equal(fillPath(REST, [['groupId', 'g1']]), '/v2/ultragroups/g1/users/{userId}');
  assert.deepEqual(validateParams(REST, [['groupId', 'g1']]).map((f) => [f.field, f.rule]), [['userId', 'missing']]);
  const req = buildRequest({ endpoint: REST, params: [['groupId', 'g1'], ['userId', 'u1']], baseUrl: 'http://127.0.0.1:1/', credentials: CREDS, nonce: 'n', timestamp: '1' });
  assert.equal(req.method, 'DELETE');
  assert.equal(req.url, 'http://127.0.0.1:1/v2/ultragroups/g1/users/u1');
  assert.equal(req.headers.some(([k]) => k === 'Content-Type'), false);
  const curl = toCurl(req);
  assert.match(curl, /^curl -X DELETE 'http:\/\/127\.0\.0\.1:1\/v2\/ultragroups\/g1\/users\/u1'/);
  assert.doesNotMatch(curl, /--data-raw/);
  assert.doesNotMatch(curl, /canary-secret/);
});

test('a JSON endpoint signs like any other and sends its body as JSON', () => {
  const req = buildRequest({ endpoint: PUSHY, params: [['platform', 'ios'], ['audience.is_to_all', 'true']], baseUrl: 'http://h', credentials: CREDS, nonce: 'n', timestamp: '1' });
  assert.equal(req.headers.find(([k]) => k === 'Content-Type')?.[1], 'application/json');
  assert.deepEqual(JSON.parse(req.body), { platform: ['ios'], audience: { is_to_all: true } });
  assert.ok(req.headers.some(([k]) => k === 'Signature'));
  assert.match(toCurl(req), /--data-raw '\{"platform":\["ios"\],"audience":\{"is_to_all":true\}\}'/);
});

test('a keyed family: chatroom[id]=name, the key an ID within its limit, the count within repeated', () => {
  assert.deepEqual(validateParams(KEYED, [['chatroom[r1]', 'Room']]), []);
  assert.deepEqual(validateParams(KEYED, [['chatroom[abcd]', 'Room'], ['chatroom[r2]', 'Room2']]), []);
  const long = validateParams(KEYED, [['chatroom[abcde]', 'Room']]);
  assert.deepEqual(long.map((f) => [f.field, f.rule, f.limit]), [['chatroom[abcde]', 'tooLong', 4]]);
  assert.deepEqual(validateParams(KEYED, [['chatroom[a b]', 'Room']]).map((f) => f.rule), ['whitespace']);
  assert.deepEqual(validateParams(KEYED, [['chatroom[r1]', 'R'], ['chatroom[r1]', 'S']]).map((f) => f.rule), ['duplicateParam']);
  assert.deepEqual(validateParams(KEYED, [['chatroom[a]', 'R'], ['chatroom[b]', 'S'], ['chatroom[c]', 'T']]).map((f) => [f.rule, f.limit]), [['tooManyValues', 2]]);
  assert.deepEqual(validateParams(KEYED, [['chatroom[r1]', 'far too long']]).map((f) => f.rule), ['tooLong']);
  assert.deepEqual(validateParams(KEYED, []).map((f) => f.rule), ['missing']);
  assert.deepEqual(validateParams(KEYED, [['room[r1]', 'R'], ['chatroom[r1]', 'R']]).map((f) => [f.field, f.rule]), [['room[r1]', 'unknownParam']]);
  assert.equal(encodeRequestParts(KEYED, [['chatroom[r1]', 'Room 1']]).body, 'chatroom%5Br1%5D=Room+1');
});

test('repeated slashes are one slash', () => {
  assert.equal(normalizePath('//user//deactivate/query.json'), '/user/deactivate/query.json');
});
