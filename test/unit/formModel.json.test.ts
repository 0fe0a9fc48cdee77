/**
 * The playground's form for a JSON-body endpoint (one editor validated as you type, its path and
 * query parameters as fields) and for a keyed family (`key=value` rows), on endpoints made for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEndpointById, type EndpointSpec, type ParamSpec } from '../../src/core/contract';
import { successParts } from '../../src/playground/successModel';
import { buildFormModel, JSON_BODY_FIELD, jsonSkeleton, keepKnown, paramPairs, valuesFromPairs } from '../../src/playground/formModel';

const d = { en: 'd', zh: 'd' };
const p = (name: string, kind: ParamSpec['kind'], extra: Partial<ParamSpec> = {}): ParamSpec => ({ name, kind, required: false, code: 1003, description: d, ...extra });
const base = { title: d, description: d, source: 'test', issuesToken: false, success: [] } as const;

const JSON_EP: EndpointSpec = {
  ...base,
  id: 'test.json',
  module: 'ultragroup',
  method: 'PUT',
  path: '/v2/ultragroups/{groupId}',
  body: 'json',
  params: [
    p('groupId', 'id', { in: 'path', required: true, maxBytes: 64, example: 'ug-1' }),
    p('group_name', 'name', { required: true, code: 1006, maxBytes: 8, example: 'Team' }),
    p('settings.muted', 'flag', { flagValues: ['false', 'true'] }),
  ],
};

const KEYED: EndpointSpec = {
  ...base,
  id: 'test.keyed',
  module: 'chatroom',
  method: 'POST',
  path: '/chatroom/create.json',
  params: [p('chatroom', 'name', { required: true, maxBytes: 8, repeated: { min: 1, max: 3 }, keyed: { keyMaxBytes: 4, keyDescription: d } })],
};

test('a JSON endpoint: path parameters are fields, the body one editor that starts with the required fields', () => {
  const start = keepKnown(JSON_EP, {});
  assert.equal(start[JSON_BODY_FIELD], jsonSkeleton(JSON_EP));
  assert.deepEqual(JSON.parse(jsonSkeleton(JSON_EP)), { group_name: 'Team' });
  const model = buildFormModel(JSON_EP, { ...start, groupId: 'ug-1' }, 'en');
  assert.deepEqual(model.fields.map((f) => [f.name, f.control]), [['groupId', 'text'], [JSON_BODY_FIELD, 'json']]);
  assert.deepEqual(model.problems, []);
  assert.deepEqual(paramPairs(JSON_EP, { ...start, groupId: 'ug-1' }), [['groupId', 'ug-1'], ['group_name', 'Team']]);
});

test('a JSON endpoint: findings in the body land on the editor with their line and column, in the UI language', () => {
  const body = '{\n  "group_name": "far too long",\n  "settings": {"muted": "yes"},\n  "extra": 1\n}';
  const model = buildFormModel(JSON_EP, { groupId: 'ug-1', [JSON_BODY_FIELD]: body }, 'zh-cn');
  const editor = model.fields.find((f) => f.name === JSON_BODY_FIELD);
  assert.ok(editor);
  const shown = [...editor.rows[0].problems, ...editor.problems].join('\n');
  assert.match(shown, /^2:17 1006 · group_name 为 12 字节，上限为 8 字节$/m);
  assert.match(shown, /^3:25 1003 · settings\.muted 必须是 JSON boolean$/m);
  assert.match(shown, /^4:3 1003 · 未知参数 extra$/m);
  assert.equal(model.problems.length, 3);
  // A body that does not parse sends nothing and says where it broke.
  const broken = buildFormModel(JSON_EP, { groupId: 'ug-1', [JSON_BODY_FIELD]: '{"group_name": ' }, 'en');
  assert.match(broken.problems.join('\n'), /^1:16 1003 · \(body\) is not valid JSON: /m);
  assert.deepEqual(paramPairs(JSON_EP, { groupId: 'ug-1', [JSON_BODY_FIELD]: '{"group_name": ' }), [['groupId', 'ug-1']]);
  // The path parameter's own finding stays on its field.
  const noGroup = buildFormModel(JSON_EP, { [JSON_BODY_FIELD]: '{"group_name":"T"}' }, 'en');
  assert.deepEqual(noGroup.findings.map((f) => f.field), ['groupId']);
});

test('a JSON endpoint: pairs from a .rong.http request or a cURL come back as the editor text', () => {
  const values = valuesFromPairs(JSON_EP, [['groupId', 'ug-2'], ['group_name', 'T'], ['settings.muted', 'true']]);
  assert.equal(values.groupId, 'ug-2');
  assert.deepEqual(JSON.parse(values[JSON_BODY_FIELD] as string), { group_name: 'T', settings: { muted: true } });
  assert.deepEqual(paramPairs(JSON_EP, values), [['groupId', 'ug-2'], ['group_name', 'T'], ['settings.muted', 'true']]);
});

test('a keyed family: key=value rows become chatroom[key]=value; findings belong to the field', () => {
  const params = { chatroom: ['r1=Room', 'r2=Room 2'] };
  assert.deepEqual(paramPairs(KEYED, params), [['chatroom[r1]', 'Room'], ['chatroom[r2]', 'Room 2']]);
  assert.deepEqual(buildFormModel(KEYED, params, 'en').problems, []);
  const bad = buildFormModel(KEYED, { chatroom: ['toolong=Room', 'r2=Room 2 is long'] }, 'en');
  const field = bad.fields[0];
  assert.equal(field.name, 'chatroom');
  assert.deepEqual(bad.findings.map((f) => f.field), ['chatroom', 'chatroom']);
  assert.match(bad.problems.join('\n'), /chatroom\[toolong\] is 7 bytes; the limit is 4/);
  assert.deepEqual(valuesFromPairs(KEYED, [['chatroom[r1]', 'Room']]), { chatroom: ['r1=Room'] });
});

test('an answer field with a dotted name is read inside the answer (the /v2 calls answer under data)', () => {
  const endpoint = findEndpointById('ultragroup.v2UserGroups');
  assert.ok(endpoint);
  const parts = successParts(endpoint, JSON.stringify({ code: 200, data: { groups: [{ group_id: 'ug-1', group_name: 'Team' }] } }), 'en');
  assert.equal(parts.length, 1);
  assert.match(JSON.stringify(parts[0]), /ug-1/);
  assert.deepEqual(successParts(endpoint, JSON.stringify({ code: 200, data: 'x' }), 'en'), []);
});
