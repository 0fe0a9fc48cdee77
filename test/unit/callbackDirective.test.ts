/** `# @callback`: parsed and resolved as a callback (query kept, body as written), its diagnostics, and its completion. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CALLBACK_KINDS, callbackKindOf, completionsAt, diagnose, parseDocument, resolveRequest } from '../../src/core/rongHttp/index';
import { prepareRequest } from '../../src/runner/prepare';

const doc = (text: string) => parseDocument(text);

describe('# @callback directive', () => {
  it('reads the kind of the block it stands above, and only the three kinds', () => {
    const d = doc('# @callback routing\nPOST http://localhost:8080/rong/route\n\na=1\n\n###\n// @callback  status \nPOST http://localhost:8080/s\n\n###\n# @callback routes\nPOST http://localhost:8080/r\n\n###\nPOST /user/getToken.json\n\nuserId=u\n');
    assert.deepEqual(d.blocks.map((b) => callbackKindOf(b)), ['routing', 'status', undefined, undefined]);
    assert.deepEqual([...CALLBACK_KINDS], ['routing', 'status', 'audit']);
  });

  it('resolves as a callback: no endpoint, the URL with its query, a form re-encoded, a JSON array as written', () => {
    const form = resolveRequest(doc('@who = u1\n# @callback routing\nPOST http://localhost:8080/rong/route?x=1\n\nfromUserId={{who}}&content={"a":1}\n'), 0);
    assert.ok(form?.callback);
    assert.equal(form.endpoint, undefined);
    assert.equal(form.url, 'http://localhost:8080/rong/route?x=1');
    assert.deepEqual(form.problems, []);
    assert.deepEqual(form.params, [], 'no contract parameters: the editor and --data would check them against an endpoint');
    assert.deepEqual([...new URLSearchParams(form.callback.body)], [['fromUserId', 'u1'], ['content', '{"a":1}']]);
    assert.equal(form.callback.contentType, 'application/x-www-form-urlencoded');
    const json = resolveRequest(doc('# @callback status\nPOST http://localhost:8080/s\nContent-Type: application/json\n\n[{"userid":"u1","status":"0"}]\n'), 0);
    assert.deepEqual(json?.problems, []);
    assert.deepEqual(JSON.parse(json?.callback?.body ?? 'null'), [{ userid: 'u1', status: '0' }]);
    assert.equal(json?.callback?.contentType, 'application/json');
  });

  it('prepares for the runner with the callback endpoint record and the full URL; a GET or a hostless target is refused', () => {
    const p = prepareRequest(doc('# @callback audit\nPOST http://127.0.0.1:9999/a\n\n{"fromUserId":"u1"}\n'), 0, undefined);
    assert.ok(p.ok);
    assert.equal(p.request.endpoint.id, 'callback.audit');
    assert.equal(p.request.callback?.url, 'http://127.0.0.1:9999/a');
    assert.equal(p.request.callback?.contentType, 'application/json');
    const get = prepareRequest(doc('# @callback audit\nGET http://127.0.0.1:9999/a\n'), 0, undefined);
    assert.ok(!get.ok && /POSTs/.test(get.message));
    const hostless = prepareRequest(doc('# @callback routing\nPOST /rong/route\n\na=1\n'), 0, undefined);
    assert.ok(!hostless.ok && /names no host/.test(hostless.message));
  });

  it('diagnoses an unknown kind naming the three, @callback on a Rong API path, a second @callback — and nothing of the contract', () => {
    const rules = (text: string) => diagnose(doc(text)).map((d) => [d.rule, d.severity, d.message] as const);
    const unknown = rules('# @callback routes\nPOST http://localhost:8080/rong/route\n\nfromUserId=u1\n');
    assert.equal(unknown.length, 1, JSON.stringify(unknown));
    assert.equal(unknown[0][0], 'callbackKind');
    assert.equal(unknown[0][1], 'error');
    assert.match(unknown[0][2], /routing, status, audit.*"routes"/);
    const api = rules('# @callback routing\nPOST /user/getToken.json\n\nuserId=u1\n');
    assert.deepEqual(api.map((r) => [r[0], r[1]]), [['callbackOnApiPath', 'warning']]);
    assert.match(api[0][2], /\/user\/getToken\.json/);
    const twice = rules('# @callback routing\n# @callback status\nPOST http://localhost:8080/x\n\n{}\n');
    assert.deepEqual(twice.map((r) => r[0]), ['duplicateDirective']);
    // A good callback to the user's own path has none of "unknown endpoint", "unknown parameter" …
    assert.deepEqual(rules('# @callback routing\nPOST http://localhost:8080/rong/route\n\nfromUserId=u1&toUserId=u2\n'), []);
    const zh = diagnose(doc('# @callback x\nPOST http://localhost:8080/r\n'), { locale: 'zh-cn' });
    assert.match(zh[0].message, /只接受/);
  });

  it('completes the directive after "# @" and its three kinds after "# @callback "', () => {
    const names = completionsAt(doc('# @\n'), 0, 3).map((c) => c.label);
    assert.ok(names.includes('callback'), names.join());
    const kinds = completionsAt(doc('# @callback \n'), 0, 12);
    assert.deepEqual(kinds.map((c) => c.label), ['routing', 'status', 'audit']);
    assert.ok(kinds.every((c) => c.documentation));
  });
});
