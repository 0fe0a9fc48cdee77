/**
 * `.rong.http` for JSON-body and REST-style endpoints: the parser keeps a JSON body whole, resolution
 * reads path, query and body into canonical pairs, diagnostics put each finding of the body on its
 * field, `rong-http check` and the runner agree, and print/templates/completion/hover speak JSON.
 * The endpoints are made for the test (paths under /v99 that no real endpoint has) and added to the
 * contract's list before anything reads it, so that each rule is seen on its own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ENDPOINTS, type EndpointSpec, type ParamSpec } from '../../src/core/contract';
import {
  completionsAt,
  diagnose,
  hoverAt,
  parseDocument,
  printRequest,
  quickFixes,
  requestTemplate,
  resolveRequest,
  type DiagnosticRecord,
} from '../../src/core/rongHttp';
import { buildRequest } from '../../src/core/request';
import { substituteText } from '../../src/core/rongHttp/requestParts';
import { checkText } from '../../src/runner/check';
import { prepareRequest } from '../../src/runner/prepare';

const d = { en: 'x', zh: 'x' };
const p = (name: string, kind: ParamSpec['kind'], extra: Partial<ParamSpec> = {}): ParamSpec => ({ name, kind, required: false, code: 1003, description: { en: `about ${name}`, zh: `关于 ${name}` }, ...extra });
const base = { title: d, description: d, source: 'test', issuesToken: false, success: [] } as const;

const PUSHY: EndpointSpec = {
  ...base,
  id: 'test.jsonPush',
  module: 'push',
  method: 'POST',
  path: '/v99/test/push.json',
  body: 'json',
  params: [
    p('platform', 'text', { repeated: { min: 1, max: 2 }, required: true, example: 'ios' }),
    p('audience.userid', 'userId', { repeated: { min: 1, max: 3 }, code: 1005, maxBytes: 8, example: 'u1' }),
    p('audience.is_to_all', 'flag', { flagValues: ['false', 'true'], required: true }),
    p('notification.alert', 'text', { maxBytes: 10 }),
    p('extras', 'json', { jsonType: 'object' }),
  ],
};
const REST_GET: EndpointSpec = {
  ...base,
  id: 'test.restGet',
  module: 'ultragroup',
  method: 'GET',
  path: '/v99/tests/{groupId}',
  body: 'json',
  params: [p('groupId', 'id', { in: 'path', required: true, maxBytes: 8, example: 'g1' }), p('page', 'integer', { in: 'query', min: 1, max: 50 })],
};
const REST_DELETE: EndpointSpec = { ...REST_GET, id: 'test.restDelete', method: 'DELETE', params: [REST_GET.params[0]] };
const REST_PUT: EndpointSpec = {
  ...base,
  id: 'test.restPut',
  module: 'ultragroup',
  method: 'PUT',
  path: '/v99/tests/{groupId}/users/{userId}',
  body: 'json',
  params: [
    p('groupId', 'id', { in: 'path', required: true, maxBytes: 8, example: 'g1' }),
    p('userId', 'userId', { in: 'path', required: true, code: 1005, maxBytes: 8, example: 'u1' }),
    p('name', 'name', { required: true, code: 1006, maxBytes: 8, example: 'Ann' }),
  ],
};
const TEST_ENDPOINTS = [PUSHY, REST_GET, REST_DELETE, REST_PUT];
// The lookups build their indexes on first use, after this line.
(ENDPOINTS as EndpointSpec[]).push(...TEST_ENDPOINTS);

const CREDS = { appKey: 'k', appSecret: 'canary-secret-0000' };

function diags(text: string): DiagnosticRecord[] {
  return diagnose(parseDocument(text));
}
/** `rule@line:start-end` of each diagnostic, with its code when it has one. */
function brief(text: string): string[] {
  return diags(text).map((r) => `${r.rule}${r.code !== undefined ? `(${r.code})` : ''}@${r.range.startLine}:${r.range.startCharacter}-${r.range.endCharacter}`);
}
function textAt(text: string, r: DiagnosticRecord): string {
  return text.split('\n')[r.range.startLine].slice(r.range.startCharacter, r.range.endCharacter);
}

const PUSH_BODY = ['POST /v99/test/push.json', '', '{', '  "platform": ["ios", "android"],', '  "audience": { "userid": ["{{user}}"], "is_to_all": false },', '  "notification": { "alert": "hi" }', '}'];

test('parser: a body whose first line starts with { is one JSON body: no form pieces, no ampersand problems, references still found', () => {
  const doc = parseDocument(['@user = u1', ...PUSH_BODY].join('\n'));
  const block = doc.blocks[0];
  assert.equal(block.params.length, 0);
  assert.deepEqual(block.problems, []);
  assert.ok(block.jsonBody);
  assert.equal(block.jsonBody.text, PUSH_BODY.slice(2).map((l) => l.trim()).join('\n'));
  assert.deepEqual(block.references.map((r) => [r.name, r.range.startLine, r.range.startCharacter]), [['user', 5, 28]]);
  // A Content-Type naming JSON makes a body JSON too; a form line under it stays a form (the header is what is wrong).
  assert.ok(parseDocument('POST /v99/test/push.json\nContent-Type: application/json\n\n["a"]').blocks[0].jsonBody);
  assert.equal(parseDocument('POST /user/getToken.json\nContent-Type: application/json\n\nuserId=a&name=b').blocks[0].jsonBody, undefined);
  assert.equal(parseDocument('POST /user/getToken.json\n\nuserId=a\n&name=b').blocks[0].params.length, 2);
});

test('resolution: the endpoint by method and template, path params from the target, the query read for a GET that takes one, the JSON body decoded after substitution', () => {
  const push = resolveRequest(parseDocument(['@user = u1', ...PUSH_BODY].join('\n')), 0);
  assert.equal(push?.endpoint?.id, 'test.jsonPush');
  assert.deepEqual(push?.problems, []);
  assert.deepEqual(push?.params, [['platform', 'ios'], ['platform', 'android'], ['audience.userid', 'u1'], ['audience.is_to_all', 'false'], ['notification.alert', 'hi']]);

  const get = resolveRequest(parseDocument('GET https://api.example.com//v99/tests/g%201?page=2'), 0);
  assert.equal(get?.endpoint?.id, 'test.restGet');
  assert.equal(get?.baseUrl, 'https://api.example.com');
  assert.deepEqual(get?.problems, []);
  assert.deepEqual(get?.params, [['groupId', 'g 1'], ['page', '2']]);
  const built = buildRequest({ endpoint: get!.endpoint!, params: get!.params, baseUrl: get!.baseUrl!, credentials: CREDS });
  assert.equal(built.method, 'GET');
  assert.equal(built.url, 'https://api.example.com/v99/tests/g%201?page=2');

  const del = resolveRequest(parseDocument('DELETE /v99/tests/g1'), 0);
  assert.equal(del?.endpoint?.id, 'test.restDelete', 'the same path under another method is another endpoint');
  // A query for an endpoint that reads none is still refused; a JSON body to a form endpoint too.
  assert.match(resolveRequest(parseDocument('POST /v99/test/push.json?x=1\n\n{"platform":["ios"],"audience":{"is_to_all":true}}'), 0)?.problems[0]?.message ?? '', /query string/);
  assert.match(resolveRequest(parseDocument('POST /user/getToken.json\n\n{"userId":"a"}'), 0)?.problems[0]?.message ?? '', /takes a form body/);
  assert.match(resolveRequest(parseDocument('POST /v99/test/push.json\n\nplatform=ios'), 0)?.problems[0]?.message ?? '', /takes a JSON body/);
  // What the codec could not send back as written is refused, on its place.
  const bad = resolveRequest(parseDocument('POST /v99/test/push.json\n\n{\n"platform": ["ios"],\n"nope": 1\n}'), 0);
  assert.equal(bad?.problems.length, 1);
  assert.deepEqual([bad?.problems[0].range?.startLine, bad?.problems[0].range?.startCharacter, bad?.problems[0].range?.endCharacter], [4, 0, 6]);
});

test('the JSON body sent is the one written: buildRequest re-encodes the resolved pairs to the same JSON value', () => {
  const resolved = resolveRequest(parseDocument(['@user = u1', ...PUSH_BODY].join('\n')), 0)!;
  const built = buildRequest({ endpoint: resolved.endpoint!, params: resolved.params, baseUrl: 'http://127.0.0.1:1', credentials: CREDS });
  assert.equal(built.headers.find(([k]) => k === 'Content-Type')?.[1], 'application/json');
  assert.deepEqual(JSON.parse(built.body), { platform: ['ios', 'android'], audience: { userid: ['u1'], is_to_all: false }, notification: { alert: 'hi' } });
});

test('diagnostics: each finding of a JSON body on its key or value, with the codes form bodies get', () => {
  const text = ['POST /v99/test/push.json', '', '{', '  "platform": ["ios"],', '  "audience": { "userid": ["has space"], "is_to_all": "no" },', '  "nope": 1', '}'].join('\n');
  const ds = diags(text);
  const by = (rule: string) => ds.filter((r) => r.rule === rule);
  assert.deepEqual(by('unknownParam').map((r) => textAt(text, r)), ['"nope"']);
  assert.equal(by('unknownParam')[0].code, 1003);
  const invalid = by('invalidParam');
  assert.deepEqual(invalid.map((r) => `${textAt(text, r)} ${r.code}`).sort(), ['"has space" 1005', '"no" 1003']);
  assert.ok(invalid.some((r) => r.code === 1005 && textAt(text, r) === '"has space"'), 'the user ID rule, code 1005, on the value');
  assert.ok(invalid.some((r) => textAt(text, r) === '"no"' && /boolean/.test(r.message)), 'a flag of the wrong JSON type');
  // A required field missing: on the request line, as for a form.
  assert.deepEqual(brief('POST /v99/test/push.json\n\n{"platform": ["ios"]}'), ['missingParam(1003)@0:0-24']);
  // Not JSON: one finding where the parser stopped.
  const notJson = diags('POST /v99/test/push.json\n\n{"platform": ["ios"],\n}');
  assert.equal(notJson.length, 1);
  assert.equal(notJson[0].range.startLine, 3);
  // A finding inside a substituted value lies on its {{reference}}.
  const withVar = ['@user = has space', ...PUSH_BODY].join('\n');
  const ref = diags(withVar).filter((r) => r.code === 1005);
  assert.deepEqual(ref.map((r) => textAt(withVar, r)), ['"{{user}}"']);
  // Unresolved references: the body is left unchecked (the reference is reported).
  assert.deepEqual(diags(PUSH_BODY.join('\n')).map((r) => r.rule), ['undefinedVariable']);
  // The Content-Type a JSON endpoint takes is not "ignored".
  assert.deepEqual(brief('POST /v99/test/push.json\nContent-Type: application/json\n\n{"platform": ["ios"], "audience": {"is_to_all": true}}'), []);
});

test('diagnostics: methods and targets of REST-style paths', () => {
  const wrong = diags('POST /v99/tests/g1');
  assert.deepEqual(wrong.map((r) => r.rule), ['methodNotAllowed']);
  assert.match(wrong[0].message, /GET, DELETE/);
  const fix = quickFixes(parseDocument('POST /v99/tests/g1'), wrong[0]);
  assert.equal(fix[0]?.edits[0]?.newText, 'GET');
  // A target without a method: the fix writes the method its path takes.
  const bare = parseDocument('/v99/tests/g1/users/u1\n\n{"name": "Ann"}');
  const missing = diagnose(bare).find((r) => r.rule === 'missingMethod')!;
  assert.equal(quickFixes(bare, missing)[0]?.edits[0]?.newText, 'PUT ');
  assert.deepEqual(brief('GET /v99/tests/g1?page=2'), [], 'a query is read for an endpoint that takes one');
  assert.deepEqual(brief('GET /v99/tests/g1?page=99').map((s) => s.split('@')[0]), ['invalidParam(1003)'], 'and checked');
  assert.deepEqual(brief('GET /v99/tests/toolonggroup'), ['invalidParam(1003)@0:4-27'], 'a path parameter finding lies on the target');
  assert.deepEqual(brief('DELETE /v99/tests//g1'), [], 'repeated slashes are one');
  assert.deepEqual(brief('POST /v99/test/push.json?x=1\n\n{"platform": ["ios"], "audience": {"is_to_all": true}}').map((s) => s.split('@')[0]), ['queryString']);
  assert.deepEqual(brief('POST /v99/test/push.json\n\nplatform=ios&audience.is_to_all=true').map((s) => s.split('@')[0]), ['bodyKind']);
  assert.deepEqual(brief('POST /user/getToken.json\n\n{"userId": "a", "name": "b"}').map((s) => s.split('@')[0]), ['bodyKind']);
  assert.deepEqual(brief('PUT /v99/tests/g1/users/u1\n\n{"name": "Ann"}'), []);
});

test('rong-http check reports what the editor does for JSON and REST requests', () => {
  const text = 'POST /v99/tests/g1\n\n###\nPOST /v99/test/push.json\n\n{"platform": ["ios"], "audience": {"is_to_all": true, "userid": ["a b"]}, "x": 1}';
  const findings = checkText('a.rong.http', text, 'en');
  assert.deepEqual(findings.map((f) => [f.line, f.rule, f.code]), [[1, 'methodNotAllowed', 'methodNotAllowed'], [6, 'invalidParam', 1005], [6, 'unknownParam', 1003]]);
  const editor = diags(text);
  assert.deepEqual(findings.map((f) => f.message).sort(), editor.map((r) => r.message).sort());
});

test('runner: the endpoint\'s own method is accepted; another names the methods the path takes', () => {
  const ok = prepareRequest(parseDocument('GET /v99/tests/g1?page=3'), 0, 'http://127.0.0.1:9');
  assert.ok(ok.ok);
  assert.deepEqual(ok.ok && ok.request.params, [['groupId', 'g1'], ['page', '3']]);
  assert.equal(ok.ok && ok.request.title, 'GET /v99/tests/{groupId}');
  const no = prepareRequest(parseDocument('PUT /v99/tests/g1'), 0, 'http://127.0.0.1:9');
  assert.deepEqual(no, { ok: false, line: 1, message: '/v99/tests/g1 takes GET, DELETE, not PUT' });
  const form = prepareRequest(parseDocument('POST /user/getToken.json\n\nuserId=a&name=b'), 0, 'http://127.0.0.1:9');
  assert.ok(form.ok, 'a form POST as before');
});

test('print: a JSON or REST endpoint prints as METHOD with its path filled, application/json and an indented body; parsing it gives the same pairs back', () => {
  const cases: Array<[EndpointSpec, Array<readonly [string, string]>]> = [
    [PUSHY, [['platform', 'ios'], ['platform', 'android'], ['audience.userid', 'a{{b}}'], ['audience.is_to_all', 'true'], ['notification.alert', 'é"{{{x']]],
    [PUSHY, [['platform', 'web'], ['audience.is_to_all', 'false'], ['extras', '{"k":[1,{"z":null}]}']]],
    [REST_GET, [['groupId', 'g/ü%+'], ['page', '7']]],
    [REST_DELETE, [['groupId', 'g1']]],
    [REST_PUT, [['groupId', 'g1'], ['userId', 'u&1'], ['name', 'A&n é']]],
  ];
  for (const [endpoint, pairs] of cases) {
    const text = printRequest({ method: endpoint.method, target: 'https://h.example' + endpoint.path, headers: [['Nonce', '1']], params: pairs, endpoint });
    const doc = parseDocument(text);
    const block = doc.blocks.find((b) => b.request)!;
    assert.equal(block.request?.method?.text, endpoint.method);
    if (endpoint.method === 'POST' || endpoint.method === 'PUT') {
      assert.ok(text.includes('Content-Type: application/json\n'), text);
      assert.ok(block.jsonBody && block.jsonBody.lines.length > 1, 'indented over several lines');
    }
    const resolved = resolveRequest(doc, doc.blocks.indexOf(block));
    assert.deepEqual(resolved?.problems, [], text);
    assert.equal(resolved?.endpoint, endpoint);
    // A json field's value comes back as written in the body (indented): compared as JSON.
    const compact = (name: string, v: string) => (name === 'extras' ? JSON.stringify(JSON.parse(v)) : v);
    const sorted = (x: ReadonlyArray<readonly [string, string]>) => [...x].map(([k, v]) => `${k}=${compact(k, v)}`).sort();
    assert.deepEqual(sorted(resolved!.params), sorted(pairs), text);
    assert.deepEqual(diagnose(doc).filter((r) => r.severity === 'error'), [], text);
  }
});

test('templates: every test endpoint gets a block in its own body kind that checks clean and resolves', () => {
  for (const endpoint of TEST_ENDPOINTS) {
    const text = requestTemplate(endpoint, 'zh-cn');
    const doc = parseDocument(text);
    const index = doc.blocks.findIndex((b) => b.request);
    assert.equal(doc.blocks[index].request?.method?.text, endpoint.method, text);
    assert.deepEqual(diagnose(doc, { locale: 'zh-cn' }), [], text);
    assert.equal(resolveRequest(doc, index)?.endpoint, endpoint, text);
    assert.equal(doc.blocks[index].jsonBody !== undefined, endpoint.method === 'POST' || endpoint.method === 'PUT', text);
  }
  assert.match(requestTemplate(PUSHY), /# optional: notification\.alert/);
  assert.match(requestTemplate(REST_GET), /^GET \/v99\/tests\/g1$/m);
});

test('completion: every method and path (REST ones as templates) on the request line; field names at their nesting in a JSON body', () => {
  const line = completionsAt(parseDocument(''), 0, 0);
  assert.ok(line.some((i) => i.label === 'GET' && i.kind === 'method'));
  assert.ok(line.some((i) => i.label === 'PUT /v99/tests/{groupId}/users/{userId}'));
  const afterMethod = completionsAt(parseDocument('DELETE /v9'), 0, 10).map((i) => i.label);
  assert.ok(afterMethod.includes('/v99/tests/{groupId}'));
  const doc = parseDocument(['POST /v99/test/push.json', '', '{', '  "pl', '}'].join('\n'));
  const top = completionsAt(doc, 3, 5);
  assert.deepEqual(top.map((i) => i.label), ['platform', 'audience', 'notification', 'extras']);
  assert.equal(top[0].insertText, '"platform": ');
  assert.equal(top[0].filterText, '"platform"', 'matched with the quote typed');
  assert.deepEqual([top[0].range.startCharacter, top[0].range.endCharacter], [2, 5]);
  assert.equal(top[1].insertText, '"audience": {');
  const inner = parseDocument(['POST /v99/test/push.json', '', '{', '  "platform": ["ios"],', '  "audience": {', '', '  }', '}'].join('\n'));
  const nested = completionsAt(inner, 5, 4);
  assert.deepEqual(nested.map((i) => i.label), ['userid', 'is_to_all']);
  assert.equal(nested[1].detail, 'required');
  assert.deepEqual(completionsAt(inner, 3, 14), [], 'no field names in a value');
  // A JSON endpoint's body not begun: a JSON object of its required fields, never form pieces.
  const start = completionsAt(parseDocument('POST /v99/test/push.json\n\n'), 2, 0);
  assert.deepEqual(start.map((i) => i.label), ['{…}']);
  assert.deepEqual(JSON.parse(start[0].insertText), { platform: ['ios', 'ios-2'], audience: { is_to_all: false } });
});

test('hover: a JSON key shows its field\'s description, rule and the value\'s bytes', () => {
  const lines = ['POST /v99/test/push.json', '', '{', '  "platform": ["ios"],', '  "audience": { "userid": ["u1"], "is_to_all": true },', '  "notification": { "alert": "héllo" }', '}'];
  const doc = parseDocument(lines.join('\n'));
  const h = hoverAt(doc, 5, 24, { locale: 'zh-cn' });
  assert.ok(h);
  assert.match(h.markdown, /\*\*notification\.alert\*\*/);
  assert.match(h.markdown, /关于 notification\.alert/);
  assert.match(h.markdown, /6 \/ 10/);
  assert.deepEqual([h.range.startLine, h.range.startCharacter, h.range.endCharacter], [5, 20, 27]);
  assert.match(hoverAt(doc, 4, 20)?.markdown ?? '', /\*\*audience\.userid\*\*/);
  assert.equal(hoverAt(doc, 4, 5), undefined, 'a parent object is no field');
});

test('substituteText maps offsets of the substituted text back to the written one', () => {
  const s = substituteText('{"a": "{{x}}", "b": {{n}}}', (ref) => ({ text: ref === '{{x}}' ? 'long value' : '7', complete: true }));
  assert.equal(s.text, '{"a": "long value", "b": 7}');
  assert.deepEqual(s.toWritten(6, 12), { offset: 6, length: 7 }, 'the quoted value maps to "{{x}}"');
  assert.deepEqual(s.toWritten(25, 1), { offset: 20, length: 5 }, 'a bare substituted value to its {{n}}');
  assert.deepEqual(s.toWritten(1, 3), { offset: 1, length: 3 }, 'before any reference: unchanged');
  assert.deepEqual(s.toWritten(20, 3), { offset: 15, length: 3 }, 'after one: shifted back');
});

/** The text after applying a fix's edits (from the last, so earlier positions hold). */
function applied(text: string, edits: ReadonlyArray<{ range: { startLine: number; startCharacter: number; endLine: number; endCharacter: number }; newText: string }>): string {
  const lines = text.split('\n');
  const offsetOf = (line: number, ch: number) => lines.slice(0, line).reduce((n, l) => n + l.length + 1, 0) + ch;
  let out = text;
  for (const e of [...edits].sort((a, b) => offsetOf(b.range.startLine, b.range.startCharacter) - offsetOf(a.range.startLine, a.range.startCharacter))) {
    out = out.slice(0, offsetOf(e.range.startLine, e.range.startCharacter)) + e.newText + out.slice(offsetOf(e.range.endLine, e.range.endCharacter));
  }
  return out;
}

test('quick fixes in a JSON body: a missing field is added with a value of its JSON type (parents made), an unknown one removed with its comma', () => {
  const text = ['POST /v99/test/push.json', '', '{', '  "platform": ["ios"],', '  "nope": 1,', '  "notification": { "alert": "hi" }', '}'].join('\n');
  const doc = parseDocument(text);
  const ds = diagnose(doc);
  const missing = ds.find((r) => r.rule === 'missingParam')!;
  const added = applied(text, quickFixes(doc, missing)[0].edits);
  assert.deepEqual(JSON.parse(added.split('\n').slice(2).join('\n')), { platform: ['ios'], nope: 1, notification: { alert: 'hi' }, audience: { is_to_all: false } });
  const unknown = ds.find((r) => r.rule === 'unknownParam')!;
  const removed = applied(text, quickFixes(doc, unknown)[0].edits);
  assert.equal(removed, ['POST /v99/test/push.json', '', '{', '  "platform": ["ios"],', '  "notification": { "alert": "hi" }', '}'].join('\n'), 'the other lines as written');
  const last = 'POST /v99/test/push.json\n\n{"platform": ["ios"], "audience": {"is_to_all": true}, "x": 2}';
  const lastDoc = parseDocument(last);
  assert.equal(applied(last, quickFixes(lastDoc, diagnose(lastDoc).find((r) => r.rule === 'unknownParam')!)[0].edits), 'POST /v99/test/push.json\n\n{"platform": ["ios"], "audience": {"is_to_all": true}}');
  // No body yet: the fix writes a JSON object, not a form piece; the result checks clean.
  const empty = 'PUT /v99/tests/g1/users/u1';
  const emptyDoc = parseDocument(empty);
  const fixed = applied(empty, quickFixes(emptyDoc, diagnose(emptyDoc).find((r) => r.rule === 'missingParam')!)[0].edits);
  assert.equal(fixed, 'PUT /v99/tests/g1/users/u1\n\n{\n  "name": ""\n}');
  assert.deepEqual(diagnose(parseDocument(fixed)).map((r) => r.rule), ['invalidParam'], 'only the empty name is left to fill in');
});
