import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { computeSignature, signRequest } from '../../src/core/signing';
import { ENDPOINTS, MODULES } from '../../src/core/contract';
import { completionsAt, hoverAt, parseDocument, signingHover } from '../../src/core/rongHttp/index';

const labels = (text: string, line: number, character: number, options = {}) => completionsAt(parseDocument(text), line, character, options).map((c) => c.label);

test('completion: methods and endpoint paths on the request line', () => {
  // POST first, then the other methods the catalogue uses (REST-style /v2 calls), then `METHOD /path` for every endpoint.
  const others = [...new Set(ENDPOINTS.map((e) => e.method))].filter((m) => m !== 'POST');
  const byModule = MODULES.flatMap((m) => ENDPOINTS.filter((e) => e.module === m));
  assert.deepEqual(labels('### new\n', 1, 0), ['POST', ...others, ...byModule.map((e) => `${e.method} ${e.path}`)]);
  assert.deepEqual(labels('POST ', 0, 5), byModule.map((e) => e.path));
  // A REST path may be offered twice (GET and DELETE of /v2/ultragroups/{groupId}): each method and path once.
  assert.equal(new Set(ENDPOINTS.map((e) => `${e.method} ${e.path}`)).size, ENDPOINTS.length, 'every endpoint once');
  const [item] = completionsAt(parseDocument('POST /user/get'), 0, 14);
  assert.deepEqual(item.range, { startLine: 0, startCharacter: 5, endLine: 0, endCharacter: 14 });
  assert.equal(item.insertText, '/user/getToken.json');
  assert.equal(item.detail, 'Register user (get token)');
  assert.equal(completionsAt(parseDocument('POST /user/get'), 0, 14, { locale: 'zh-cn' })[0].detail, '注册用户（获取 Token）');
});

test('completion: parameter names in the body (those not given yet), with & on a new line', () => {
  const text = 'POST /user/getToken.json\n\nuserId=a&\n';
  assert.deepEqual(labels(text, 2, 9), ['name', 'portraitUri']);
  const items = completionsAt(parseDocument(text), 3, 0);
  assert.deepEqual(items.map((i) => i.insertText), ['&name=', '&portraitUri=']);
  assert.equal(items[0].detail, 'required');
  assert.deepEqual(labels('POST /user/getToken.json\n\nuse', 2, 3), ['userId', 'name', 'portraitUri']);
  assert.deepEqual(labels('POST /user/getToken.json\n\nuserId=a', 2, 8), [], 'no names inside a value');
  assert.deepEqual(labels('POST /im/other.json\n\n', 2, 0), [], 'unknown endpoint: nothing to offer');
});

test('completion: header names before the blank line; none after the colon', () => {
  const text = 'POST /user/getToken.json\nNonce: 1\nTi';
  assert.deepEqual(labels(text, 2, 2), ['Timestamp', 'Signature', 'App-Key', 'X-Request-ID', 'Content-Type']);
  assert.equal(completionsAt(parseDocument(text), 2, 2)[0].insertText, 'Timestamp: ');
  assert.deepEqual(labels(text, 1, 7), []);
});

test('completion: variables and system variables inside {{, closing braces only when missing', () => {
  const text = '@host = api.rong-api.com\n@uid = a\n\n###\nPOST /user/getToken.json\n\nuserId={{u';
  const items = completionsAt(parseDocument(text), 6, 10);
  assert.deepEqual(items.map((i) => i.label), ['uid', 'host', '$timestamp', '$nonce', '$guid', '$randomInt', '$datetime', '$localDatetime', '$processEnv', '$dotenv']);
  assert.equal(items[0].insertText, 'uid}}');
  assert.deepEqual(items[0].range, { startLine: 6, startCharacter: 9, endLine: 6, endCharacter: 10 });
  assert.deepEqual(labels('POST /x\nNonce: {{}}', 1, 9), ['$timestamp', '$nonce', '$guid', '$randomInt', '$datetime', '$localDatetime', '$processEnv', '$dotenv'], 'no file variables: system ones only');
  assert.equal(completionsAt(parseDocument('POST /x\nNonce: {{}}'), 1, 9).find((i) => i.label === '$nonce')!.insertText, '$nonce');
});

test('completion: directives after # @ and profile names after # @profile', () => {
  assert.deepEqual(labels('# @', 0, 3), ['profile', 'name', 'prompt', 'callback']);
  assert.deepEqual(labels('// @pro', 0, 7), ['profile', 'name', 'prompt', 'callback']);
  assert.deepEqual(labels('# @profile d', 0, 12, { profiles: ['dev', 'prod'] }), ['dev', 'prod']);
  assert.deepEqual(labels('# plain comment', 0, 5), []);
  assert.deepEqual(labels('### sep', 0, 3), []);
});

test('completion never throws, whatever the position', () => {
  const doc = parseDocument('@a = {{\n###\nPOST\n\n&&==\n# @\n\ufeff');
  for (let line = -1; line <= doc.lines.length + 1; line++) {
    for (let ch = -1; ch <= 8; ch++) completionsAt(doc, line, ch);
  }
});

test('signingHover: masked signing string; exact with fixed values, preview otherwise; the secret never shown', () => {
  const secret = 'top-secret-value';
  const exact = parseDocument('POST /user/getToken.json\nNonce: 14314\nTimestamp: 1408710653000\n\nuserId=a&name=b');
  // The host signs through RequestService.sign (buildRequest → signRequest) and hands the result over.
  const h = signingHover(exact, 0, { signing: signRequest(secret, { nonce: '14314', timestamp: '1408710653000' }) })!;
  assert.equal(h.mode, 'exact');
  assert.equal(h.masked, '••••••143141408710653000');
  assert.equal(h.signature, computeSignature(secret, '14314', '1408710653000'));
  assert.ok(h.markdown.includes('`••••••143141408710653000`'));
  assert.ok(!h.markdown.includes(secret));
  const preview = parseDocument('POST /user/getToken.json\n\nuserId=a&name=b');
  const p = signingHover(preview, 0, { clock: { now: () => 1700000000000 }, random: { bytes: (n) => new Uint8Array(n).fill(7) } })!;
  assert.deepEqual([p.mode, p.nonce, p.timestamp, p.masked], ['preview', '7777777777', '1700000000000', '••••••77777777771700000000000']);
  assert.ok(p.markdown.includes('Preview'));
  assert.ok(signingHover(preview, 0, { locale: 'zh-cn' })!.markdown.includes('预览'));
  assert.equal(signingHover(parseDocument('@a = 1'), 0), undefined);
});

test('hoverAt: signing headers, parameters with byte counts, variables', () => {
  const doc = parseDocument('@uid = alice\n\n###\n# @profile dev\nPOST /user/getToken.json\nNonce: 1\nTimestamp: 2\n\nuserId={{uid}}&name=%E4%B8%AD\n');
  const nonce = hoverAt(doc, 5, 2, { signing: signRequest('sec', { nonce: '1', timestamp: '2' }) })!;
  assert.ok(nonce.markdown.includes('`••••••12`'));
  assert.ok(nonce.markdown.includes(computeSignature('sec', '1', '2')));
  const name = hoverAt(doc, 8, 17)!;
  assert.ok(name.markdown.includes('**name** · required'));
  assert.ok(name.markdown.includes('3 / 128 bytes'));
  const ref = hoverAt(doc, 8, 10)!;
  assert.equal(ref.markdown, '`uid` = `alice`');
  assert.deepEqual(ref.range, { startLine: 8, startCharacter: 7, endLine: 8, endCharacter: 14 });
  const line = hoverAt(doc, 4, 1)!;
  assert.ok(line.markdown.startsWith('**Register user (get token)** · `POST /user/getToken.json`'));
  assert.equal(hoverAt(doc, 0, 0), undefined);
  assert.ok(hoverAt(parseDocument('POST /x\nNonce: {{$nonce}}'), 1, 10)!.markdown.includes('{{$nonce}}'));
  assert.equal(hoverAt(doc, 99, 0), undefined);
});
