import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { computeSignature } from '../../src/core/signing';
import { applyChange } from '../../src/core/rongHttp/incremental';
import type { TextEdit } from '../../src/core/rongHttp/index';
import {
  diagnose,
  parseDocument,
  quickFixes,
  resolveRequest,
  responseDiagnostic,
  type DiagnosticContext,
  type DiagnosticRecord,
} from '../../src/core/rongHttp/index';

const at = (d: DiagnosticRecord) =>
  `${d.rule}${d.code ? `:${d.code}` : ''}@${d.range.startLine}:${d.range.startCharacter}-${d.range.endLine === d.range.startLine ? '' : `${d.range.endLine}:`}${d.range.endCharacter}`;
const sorted = (ds: readonly DiagnosticRecord[]) =>
  [...ds].sort((a, b) => a.range.startLine - b.range.startLine || a.range.startCharacter - b.range.startCharacter || a.rule.localeCompare(b.rule));
const check = (text: string, ctx: DiagnosticContext = {}) => sorted(diagnose(parseDocument(text), ctx)).map(at);
const REQ = 'POST /user/getToken.json\n\n';
const applyEdit = (lines: readonly string[], e: TextEdit) => applyChange([...lines], { range: e.range, text: e.newText });

test('a valid getToken request has no diagnostics; every record says source rong', () => {
  assert.deepEqual(check(`${REQ}userId=alice&name=Alice&portraitUri=https%3A%2F%2Fexample.com%2Fa.png`), []);
  const [d] = diagnose(parseDocument(`${REQ}userId=alice`));
  assert.equal(d.source, 'rong');
});

test('missing required parameter: 1003 on the request line, with an addParam fix', () => {
  const doc = parseDocument(`${REQ}userId=alice`);
  const [d] = diagnose(doc);
  assert.equal(at(d), 'missingParam:1003@0:0-24');
  assert.equal(d.severity, 'error');
  assert.equal(d.message, '1003 · name is required');
  assert.deepEqual(d.data, { fix: 'addParam', param: 'name' });
  const [fix] = quickFixes(doc, d);
  assert.deepEqual(fix.edits, [{ range: { startLine: 2, startCharacter: 12, endLine: 2, endCharacter: 12 }, newText: '\n&name=' }]);
  assert.deepEqual(check('POST /user/getToken.json\nNonce: 1'), ['missingParam:1003@0:0-24', 'missingParam:1003@0:0-24']);
  const none = parseDocument('POST /user/getToken.json\nNonce: 1');
  const edits = quickFixes(none, diagnose(none)[0])[0].edits;
  assert.deepEqual(edits, [{ range: { startLine: 1, startCharacter: 8, endLine: 1, endCharacter: 8 }, newText: '\n\nuserId=' }]);
});

test('userId 1005, name 1006, portraitUri 1007 on the value itself; percent-encoded values count decoded bytes', () => {
  const userId64 = 'a'.repeat(64);
  assert.deepEqual(check(`${REQ}userId=${userId64}&name=n`), []);
  assert.deepEqual(check(`${REQ}userId=${userId64}a&name=n`), ['invalidParam:1005@2:7-72']);
  // 43 × 3 bytes = 129 bytes decoded, though %E4%B8%AD is 9 characters each.
  assert.deepEqual(check(`${REQ}userId=u&name=${'%E4%B8%AD'.repeat(43)}`), ['invalidParam:1006@2:14-401']);
  assert.deepEqual(check(`${REQ}userId=u&name=${'%E4%B8%AD'.repeat(42)}%20x`), []);
  assert.deepEqual(check(`${REQ}userId=u&name=n&portraitUri=ftp://x`), ['invalidParam:1007@2:28-35']);
  assert.deepEqual(check(`${REQ}userId=a%09b&name=%20`), ['invalidParam:1005@2:7-12', 'invalidParam:1006@2:18-21']);
  const [long] = diagnose(parseDocument(`${REQ}userId=${userId64}a&name=n`));
  assert.equal(long.message, '1005 · userId is 65 bytes; the limit is 64');
  assert.equal(diagnose(parseDocument(`${REQ}userId=${userId64}a&name=n`), { locale: 'zh-cn' })[0].message, '1005 · userId 为 65 字节，上限为 64 字节');
});

test('an empty value is marked on name= (a zero-width range would not show)', () => {
  assert.deepEqual(check(`${REQ}userId=&name=n`), ['invalidParam:1005@2:0-7']);
});

test('unknown and duplicated parameters: 1003 on the name, with a removeParam fix that takes one &', () => {
  const doc = parseDocument(`${REQ}userId=a&name=b&nick=c&userId=d`);
  const ds = sorted(diagnose(doc));
  assert.deepEqual(ds.map(at), ['unknownParam:1003@2:16-20', 'duplicateParam:1003@2:23-29']);
  assert.equal(ds[0].message, '1003 · unknown parameter nick');
  assert.equal(ds[1].message, '1003 · parameter userId is given more than once');
  assert.deepEqual(quickFixes(doc, ds[0])[0].edits, [{ range: { startLine: 2, startCharacter: 15, endLine: 2, endCharacter: 22 }, newText: '' }]);
  const lines = applyEdit(doc.lines, quickFixes(doc, ds[1])[0].edits[0]);
  assert.equal(lines[2], 'userId=a&name=b&nick=c');
});

test('values with variables are checked after substitution; system variables count at their longest', () => {
  assert.deepEqual(check(`@u = ${'b'.repeat(65)}\n\n###\n${REQ}userId={{u}}&name=n`), ['invalidParam:1005@5:7-12']);
  assert.deepEqual(check(`${REQ}userId=u-{{$guid}}&name={{$timestamp}}`), []);
  assert.deepEqual(check(`${REQ}userId=${'x'.repeat(30)}{{$guid}}&name=n`), ['invalidParam:1005@2:7-46']);
  assert.deepEqual(check(`@bad = %FF\n\n###\n${REQ}userId={{bad}}&name=n`), ['badPercentEncoding@5:7-14']);
});

test('undefined variables, unknown system variables and bad arguments are errors on the reference', () => {
  assert.deepEqual(check(`${REQ}userId={{who}}&name={{$dateTime}}&portraitUri={{$randomInt 5 1}}`), [
    'undefinedVariable@2:7-14',
    'unknownSystemVariable@2:20-33',
    'badSystemVariableArgs@2:46-64',
  ]);
  const [d] = diagnose(parseDocument(`${REQ}userId={{who}}&name=n`));
  assert.equal(d.message, 'Variable "who" is not defined (define it with @who = value); Send Anyway sends {{who}} as written, as REST Client does');
});

test('variable definitions: cycles, duplicates and undefined references inside values', () => {
  assert.deepEqual(check('@a = {{b}}\n@b = {{a}}\n@c = {{zz}}\n@c = 2'), [
    'variableCycle@0:1-2',
    'variableCycle@1:1-2',
    'duplicateVariable@2:1-2',
    'undefinedVariable@2:5-11',
  ]);
});

test('unknown endpoint: a warning with a suggestion; wrong or missing method; query strings', () => {
  const doc = parseDocument('POST /user/gettoken.json\n\nuserId=a');
  const [d] = diagnose(doc);
  assert.equal(at(d), 'unknownEndpoint@0:5-24');
  assert.equal(d.severity, 'warning');
  assert.deepEqual(d.data, { fix: 'replaceEndpoint', path: '/user/getToken.json' });
  assert.deepEqual(quickFixes(doc, d)[0].edits, [{ range: { startLine: 0, startCharacter: 5, endLine: 0, endCharacter: 24 }, newText: '/user/getToken.json' }]);
  assert.deepEqual(check('POST /im/unrelated.json'), ['unknownEndpoint@0:5-23']);
  assert.equal(diagnose(parseDocument('POST /im/unrelated.json'))[0].data, undefined);
  const get = parseDocument(`GET /user/getToken.json\n\nuserId=a&name=b`);
  const [m] = diagnose(get);
  assert.equal(at(m), 'methodNotAllowed@0:0-3');
  assert.deepEqual(quickFixes(get, m)[0].edits[0].newText, 'POST');
  const none = parseDocument(`/user/getToken.json\n\nuserId=a&name=b`);
  const [n] = diagnose(none);
  assert.equal(at(n), 'missingMethod@0:0-19');
  assert.deepEqual(quickFixes(none, n)[0].edits, [{ range: { startLine: 0, startCharacter: 0, endLine: 0, endCharacter: 0 }, newText: 'POST ' }]);
  assert.deepEqual(check(`POST /user/getToken.json?userId=a\n\nuserId=a&name=b`), ['queryString@0:24-33']);
  // The send path builds the URL from the endpoint: the query would be dropped, so it is an error, and sending refuses.
  const [query] = diagnose(parseDocument(`POST /user/getToken.json?userId=a\n\nuserId=a&name=b`));
  assert.equal(query.severity, 'error');
  assert.match(query.message, /A query string is not sent/);
  assert.doesNotMatch(query.message, /sent as written/);
  assert.match(diagnose(parseDocument(`POST /user/getToken.json?userId=a\n\nuserId=a&name=b`), { locale: 'zh-cn' })[0].message, /查询字符串不会发送/);
  const resolved = resolveRequest(parseDocument(`POST /user/getToken.json?userId=a#frag\n\nuserId=a&name=b`), 0)!;
  assert.deepEqual(resolved.problems.map((p) => p.message), ['the query string "?userId=a" is not sent: Rong reads parameters from the form body; move them into the body']);
  assert.deepEqual(check(`@h = ftp://x\n\n###\nPOST {{h}}/user/getToken.json`), ['unsupportedScheme@3:5-29']);
});

test('malformed lines: headers, missing blank line, body lines without &', () => {
  const doc = parseDocument('POST /user/getToken.json\nnot a header\nuserId=a\nname=b');
  const ds = sorted(diagnose(doc));
  assert.deepEqual(ds.map(at), ['malformedHeader@1:0-12', 'missingBlankLine@2:0-8', 'bodyLineWithoutAmpersand@3:0-6']);
  let lines = applyEdit(doc.lines, quickFixes(doc, ds[1])[0].edits[0]);
  assert.deepEqual(lines, ['POST /user/getToken.json', 'not a header', '', 'userId=a', 'name=b']);
  lines = applyEdit(doc.lines, quickFixes(doc, ds[2])[0].edits[0]);
  assert.equal(lines[3], '&name=b');
});

test('explicit Signature: checked against the stored secret with the expected value; replaceSignature fix', () => {
  const secret = 's3cret-value';
  const good = computeSignature(secret, '14314', '1408710653000');
  const text = (sig: string) => `POST /user/getToken.json\nNonce: 14314\nTimestamp: 1408710653000\nSignature: ${sig}\n\nuserId=a&name=b`;
  const calls: Array<[string | undefined, string | undefined]> = [];
  const ctx: DiagnosticContext = {
    secretFor: (profile, appKey) => {
      calls.push([profile, appKey]);
      return secret;
    },
  };
  assert.deepEqual(check(text(good), ctx), []);
  const doc = parseDocument(text('30be0bbca9c9b2e27578701e9fda2358a814c88f'));
  const [d] = diagnose(doc, ctx);
  assert.equal(at(d), 'signatureMismatch@3:11-51');
  assert.equal(d.message, `Signature does not match App-Key/Nonce/Timestamp with the stored App Secret; expected ${good}`);
  assert.deepEqual(d.data, { fix: 'replaceSignature', expected: good });
  assert.deepEqual(quickFixes(doc, d)[0].edits, [{ range: d.range, newText: good }]);
  assert.deepEqual(check(text('wrong')), [], 'no secret store: not checked');
  assert.deepEqual(check(text('wrong'), { secretFor: () => undefined }), [], 'no stored secret: not checked');
  calls.length = 0;
  check(`# @profile dev\nPOST /user/getToken.json\nApp-Key: key1\nNonce: 1\nTimestamp: 2\nSignature: x\n\nuserId=a&name=b`, ctx);
  assert.ok(calls.some(([p, k]) => p === 'dev' && k === 'key1'), JSON.stringify(calls));
});

test('an explicit Signature with a generated Nonce or Timestamp can never match', () => {
  const doc = parseDocument('POST /user/getToken.json\nTimestamp: {{$timestamp}}\nNonce: 1\nSignature: abc\n\nuserId=a&name=b');
  const [d] = diagnose(doc);
  assert.equal(at(d), 'signatureNotReproducible@3:11-14');
  assert.deepEqual(quickFixes(doc, d)[0].edits, [{ range: { startLine: 3, startCharacter: 0, endLine: 4, endCharacter: 0 }, newText: '' }]);
});

test('explicit Nonce and Timestamp are checked with checkNonce and checkTimestamp', () => {
  assert.deepEqual(check(`POST /user/getToken.json\nNonce: ${'1'.repeat(65)}\nTimestamp: 12345678901234567\n\nuserId=a&name=b`), ['badNonce@1:7-72', 'badTimestamp@2:11-28']);
  const zh = diagnose(parseDocument('POST /user/getToken.json\nNonce: é\n\nuserId=a&name=b'), { locale: 'zh-cn' })[0];
  assert.equal(zh.message, 'Nonce 必须是 1 到 64 个可打印 ASCII 字符，不含空白');
  assert.deepEqual(check('POST /user/getToken.json\nNonce: {{$nonce}}\nTimestamp: {{$timestamp -5 m}}\n\nuserId=a&name=b'), []);
});

test('secrets in the file: App-Secret headers, appSecret params, secret-looking variables, the stored secret anywhere', () => {
  const doc = parseDocument('@appSecret = 1a2b3c4d5e6f7a8b\n@password = {{fromEnv}}\n\n###\nPOST /user/getToken.json\nApp-Secret: abcdefgh\n\nuserId=a&name=b&appSecret=abcdefgh\n\n@fromEnv = x');
  const ds = sorted(diagnose(doc)).filter((d) => d.rule === 'secretInFile');
  assert.deepEqual(ds.map(at), ['secretInFile@0:13-29', 'secretInFile@5:12-20', 'secretInFile@7:26-34']);
  assert.ok(ds.every((d) => d.severity === 'warning' && d.data?.fix === 'moveSecret'));
  assert.deepEqual(ds.map((d) => d.data), [
    { fix: 'moveSecret', kind: 'variable', name: 'appSecret' },
    { fix: 'moveSecret', kind: 'header', name: 'App-Secret' },
    { fix: 'moveSecret', kind: 'param', name: 'appSecret' },
  ]);
  assert.equal(ds[0].message, 'This looks like an App Secret: keep it in the credential store (Rong: Set Credentials), not in the file');
  const fix = quickFixes(doc, ds[2])[0];
  assert.equal(fix.then, 'storeSecret');
  assert.equal(applyEdit(doc.lines, fix.edits[0])[7], 'userId=a&name=b');
  assert.deepEqual(
    check('POST /user/getToken.json\nX-Note: my-real-secret-123\n\nuserId=a&name=b', { secretFor: () => 'my-real-secret-123' }),
    ['secretInFile@1:8-26'],
  );
  assert.deepEqual(check('@note = hello my-real-secret-123', { secretFor: () => 'my-real-secret-123' }), ['secretInFile@0:8-32']);
  assert.deepEqual(check('@secretName = {{x}}\n@x = 1'), [], 'a reference is not a literal secret');
});

test('headers: duplicates, RC- prefixed signing headers, Content-Type, X-Request-ID length', () => {
  assert.deepEqual(
    check(`POST /user/getToken.json\nNonce: 1\nnonce: 2\nRC-Timestamp: 1\nContent-Type: application/json\nX-Request-ID: ${'r'.repeat(37)}\n\nuserId=a&name=b`),
    ['duplicateHeader@2:0-5', 'prefixedSigningHeader@3:0-12', 'contentTypeIgnored@4:14-30', 'requestIdTooLong@5:14-51'],
  );
  assert.deepEqual(check('POST /user/getToken.json\nContent-Type: application/x-www-form-urlencoded; charset=UTF-8\n\nuserId=a&name=b'), []);
});

test('names from the file never reach Object.prototype: constructor, __proto__, toString', () => {
  assert.deepEqual(check('POST /user/getToken.json\nconstructor: 1\n__proto__: 2\nNonce: {{$timestamp 1 constructor}}\n\nuserId=a&name=b&toString=1'), [
    'badSystemVariableArgs@3:7-35',
    'unknownParam:1003@5:16-24',
  ]);
  assert.deepEqual(check('@__proto__ = x\n@constructor = {{__proto__}}\n\n###\nPOST /user/getToken.json\n\nuserId={{constructor}}&name={{toString}}'), [
    'undefinedVariable@6:28-40',
  ]);
});

test('profiles: an unknown @profile is a warning when the profile list is known', () => {
  const text = '# @profile staging\nPOST /user/getToken.json\n\nuserId=a&name=b';
  assert.deepEqual(check(text, { profiles: ['dev', 'prod'] }), ['unknownProfile@0:11-18']);
  assert.deepEqual(check(text, { profiles: ['staging'] }), []);
  assert.deepEqual(check(text), []);
});

test('syntax problems become diagnostics with severities; messages in English and Chinese', () => {
  const text = '# @profile a\n# @profile b\nPOST /user/getToken.json\n\nuserId={{u&name=%FF';
  assert.deepEqual(check(text), ['duplicateDirective@1:0-12', 'unterminatedReference@4:7-10', 'badPercentEncoding@4:16-19']);
  const ds = sorted(diagnose(parseDocument(text)));
  assert.deepEqual(ds.map((d) => d.severity), ['warning', 'warning', 'error']);
  const zh = sorted(diagnose(parseDocument('POST /user/getToken.json\nbad header\n\nuserId=a&name=b'), { locale: 'zh-cn' }));
  assert.equal(zh[0].message, '请求头格式错误：应为“名称: 值”');
});

test('responseDiagnostic puts a response code on the token it is about', () => {
  const doc = parseDocument('### r\nPOST /user/getToken.json\nApp-Key: k1\nSignature: abc\n\nuserId=alice&name=Alice&portraitUri=http%3A%2F%2Fx\n');
  const place = (code: number, source?: 'contract' | 'realService') => {
    const d = responseDiagnostic(doc, 0, code, 'meaning', { source })!;
    return `${d.severity}:${d.code}@${d.range.startLine}:${d.range.startCharacter}-${d.range.endCharacter}`;
  };
  assert.equal(place(1004), 'error:1004@5:7-12');
  assert.equal(place(1005), 'error:1005@5:7-12');
  assert.equal(place(1006), 'error:1006@5:18-23');
  assert.equal(place(1007), 'error:1007@5:36-50');
  assert.equal(place(1002), 'error:1002@2:9-11');
  assert.equal(place(1003), 'error:1003@1:0-24');
  assert.equal(place(200), 'info:200@1:0-24');
  assert.equal(place(1004, 'realService'), 'error:1004@3:11-14');
  assert.equal(place(1001, 'realService'), 'error:1001@2:9-11');
  assert.equal(place(1005, 'realService'), 'error:1005@1:0-24');
  const d = responseDiagnostic(doc, 0, 1006, '用户名称格式错误')!;
  assert.equal(d.message, '1006 · 用户名称格式错误');
  assert.equal(d.rule, 'response');
  const bare = parseDocument('POST /user/getToken.json\n\nname=x');
  assert.equal(responseDiagnostic(bare, 0, 1002, 'm')!.range.startLine, 0, 'no App-Key header: the request line');
  assert.equal(responseDiagnostic(bare, 0, 1005, 'm')!.range.endCharacter, 24, 'no userId: the request line');
  assert.equal(responseDiagnostic(parseDocument('@a = 1'), 0, 200, 'ok'), undefined);
});
