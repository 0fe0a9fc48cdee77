/**
 * Code snippets: never a secret, the signature computed from RONG_APP_SECRET at run time. The
 * JavaScript, Python and Java snippets are run for real against a node:http server on 127.0.0.1
 * that checks the signature and the form body. Also the `.rong.http` text of a playground request.
 */
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ENDPOINTS, GET_TOKEN, type EndpointSpec, type ParamSpec } from '../../src/core/contract';
import { encodeRequestParts, splitPairs } from '../../src/core/wire';
import { sampleValue as exampleValue } from '../../src/core/examples';
import { buildRequest, toCurl } from '../../src/core/request';
import { validateParams } from '../../src/core/validation';
import { decodeForm } from '../../src/core/form';
import { HTTP_SNIPPET_IDS, javaString, jsString, pyString, renderSnippet, SECRET_ENV, snippetInputFor, type SnippetInput } from '../../src/core/snippets';
import { formParams, saveInput } from '../../src/playground/formRequest';
import { requestToText } from '../../src/core/rongHttp/print';
import type { FormState } from '../../src/playground/protocol';

const root = join(__dirname, '../..');
const SECRET = 'snippet-test-secret-7f3a9c';
const APP_KEY = 'snippet-app-key';

/** Strings that are hard to put in a literal, in every language. */
const TRICKY = [
  'plain',
  "it's \"quoted\" \\ back\\slash \\u0041 \\n",
  '中文名字 🚀 é',
  'line\nbreak\r\ttab',
  'ctrl\u0001\u001f\u007f\u0085',
  'sep\u2028\u2029',
  '*/ --> ${x} `tick` %s {0}',
];

interface Received {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  readonly method: string;
  readonly url: string;
}

let server: Server;
let baseUrl: string;
const received: Received[] = [];

before(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      received.push({ headers: req.headers, body, method: req.method ?? '', url: req.url ?? '' });
      const h = (k: string) => String(req.headers[k] ?? '');
      const expected = createHash('sha1').update(SECRET + h('nonce') + h('timestamp'), 'utf8').digest('hex');
      const good = h('signature') === expected && h('app-key') === APP_KEY;
      res.writeHead(good ? 200 : 401, { 'content-type': 'application/json' });
      res.end(JSON.stringify(good ? { code: 200, userId: 'ok', token: 'tok' } : { code: 1004, errorMessage: 'signature' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

function input(params: ReadonlyArray<readonly [string, string]>): SnippetInput {
  return { url: `${baseUrl}/user/getToken.json`, appKey: APP_KEY, params };
}

function run(cmd: string, args: string[], stdin: string, env: Record<string, string | undefined>): Promise<{ code: number; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
    child.stdin.end(stdin);
  });
}

const has = (cmd: string, arg = '--version') => spawnSync(cmd, [arg], { stdio: 'ignore' }).status === 0;

/** Checks the request a snippet sent: signed with the secret, fresh values, the exact parameters. */
function checkReceived(r: Received, params: ReadonlyArray<readonly [string, string]>, path = '/user/getToken.json', given?: EndpointSpec): void {
  const endpoint = given ?? ENDPOINTS.find((e) => e.path === path) ?? GET_TOKEN;
  const wire = encodeRequestParts(endpoint, params);
  assert.equal(r.method, endpoint.method);
  assert.equal(r.url, wire.path + wire.query);
  const nonce = String(r.headers.nonce);
  const timestamp = String(r.headers.timestamp);
  assert.match(nonce, /^[1-9]\d{9}$/, 'a 10-digit decimal nonce');
  assert.ok(Math.abs(Number(timestamp) - Date.now()) < 120_000, 'a millisecond timestamp of now');
  assert.equal(r.headers.signature, createHash('sha1').update(SECRET + nonce + timestamp, 'utf8').digest('hex'));
  assert.equal(r.headers['content-type'], wire.contentType);
  assert.match(String(r.headers['x-request-id']), /^[0-9a-f-]{36}$/);
  if (endpoint.body === 'json') {
    assert.deepEqual(r.body === '' ? undefined : JSON.parse(r.body), wire.body === '' ? undefined : JSON.parse(wire.body), `${endpoint.id}: the JSON body as the request builder makes it`);
    return;
  }
  const decoded = decodeForm(r.body);
  assert.deepEqual(decoded.errors, []);
  assert.deepEqual(decoded.params, splitPairs(endpoint, params).body.map(([k, v]) => [k, v]));
}

const PARAMS: ReadonlyArray<readonly [string, string]> = [
  ['userId', 'user-01'],
  ['name', '钢铁侠 Iron Man & "friends" 🚀'],
  ['portraitUri', 'http://abc.com/my portrait.jpg?a=1&b=2'],
];

test('no snippet contains the secret or a signature: each reads RONG_APP_SECRET and signs itself', () => {
  for (const id of HTTP_SNIPPET_IDS) {
    const code = renderSnippet(id, input(PARAMS));
    assert.ok(!code.includes(SECRET), `${id} contains the secret`);
    assert.ok(code.includes(SECRET_ENV), `${id} reads ${SECRET_ENV}`);
    assert.doesNotMatch(code, /\b[0-9a-f]{40}\b/, `${id} has no inline signature`);
    assert.match(code, /sha1|SHA-1/i, `${id} computes the signature`);
    assert.ok(code.includes(APP_KEY));
  }
});

test('the JavaScript (undici) snippet signs and sends a request the server accepts', async () => {
  received.length = 0;
  const result = await run(process.execPath, ['--input-type=module'], renderSnippet('javascript', input(PARAMS)), { [SECRET_ENV]: SECRET });
  assert.equal(result.code, 0, result.out);
  assert.match(result.out, /^200 \{"code":200/);
  assert.equal(received.length, 1);
  checkReceived(received[0], PARAMS);
});

test('the JavaScript snippet refuses to run without RONG_APP_SECRET', async () => {
  received.length = 0;
  const result = await run(process.execPath, ['--input-type=module'], renderSnippet('javascript', input(PARAMS)), { [SECRET_ENV]: '' });
  assert.notEqual(result.code, 0);
  assert.match(result.out, /Set RONG_APP_SECRET/);
  assert.equal(received.length, 0);
});

test('the JavaScript snippet carries hard strings exactly', async () => {
  received.length = 0;
  const params = TRICKY.map((v, i) => [`p${i}`, v] as const);
  const result = await run(process.execPath, ['--input-type=module'], renderSnippet('javascript', input(params)), { [SECRET_ENV]: SECRET });
  assert.equal(result.code, 0, result.out);
  checkReceived(received[0], params);
});

test('the Python snippet signs and sends a request the server accepts', { skip: !has('python3') && 'python3 is not installed' }, async () => {
  received.length = 0;
  const params = [...PARAMS, ...TRICKY.map((v, i) => [`p${i}`, v] as const)];
  const result = await run('python3', ['-'], renderSnippet('python', input(params)), { [SECRET_ENV]: SECRET });
  assert.equal(result.code, 0, result.out);
  assert.match(result.out, /^200 \{"code":200/);
  checkReceived(received[0], params);
});

test('the Java snippet signs and sends a request the server accepts', { skip: !has('java') && 'java is not installed', timeout: 60_000 }, async () => {
  received.length = 0;
  const params = [...PARAMS, ...TRICKY.map((v, i) => [`p${i}`, v] as const)];
  const dir = mkdtempSync(join(tmpdir(), 'rong-java-'));
  try {
    const file = join(dir, 'RongRequest.java');
    writeFileSync(file, renderSnippet('java', input(params)));
    const result = await run('java', ['-Dfile.encoding=UTF-8', file], '', { [SECRET_ENV]: SECRET });
    assert.equal(result.code, 0, result.out);
    assert.match(result.out, /^200 \{"code":200/);
    checkReceived(received[0], params);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('string literals read back as the same string (JavaScript and Python)', { skip: !has('python3') && 'python3 is not installed' }, () => {
  const strings = [...TRICKY, '\ud800 lone', 'end \udc00'];
  for (const s of strings) {
    assert.equal(new Function(`return ${jsString(s)};`)(), s);
    assert.doesNotMatch(jsString(s), /[\n\r\u2028\u2029]/);
    assert.doesNotMatch(javaString(s), /[\n\r]/);
  }
  const py = spawnSync('python3', ['-c', `import json,sys\nprint(json.dumps([${TRICKY.map(pyString).join(', ')}]))`], { encoding: 'utf8' });
  assert.equal(py.status, 0, py.stderr);
  assert.deepEqual(JSON.parse(py.stdout), TRICKY);
  const lone = spawnSync('python3', ['-c', `print(${pyString('a\ud800b')}.encode("utf-8").hex())`], { encoding: 'utf8' });
  assert.equal(lone.stdout.trim(), Buffer.from('a\ufffdb').toString('hex'), 'a lone surrogate becomes U+FFFD in Python');
});

const baseForm: FormState = {
  profile: 'prod',
  endpointId: GET_TOKEN.id,
  params: { userId: 'jlk456j5', name: 'Iron man', portraitUri: 'http://abc.com/myportrait.jpg' },
  nonce: '14314',
  timestamp: '1408710653000',
  locked: false,
};

test('form parameters follow the endpoint order; empty fields are not sent', () => {
  assert.deepEqual(formParams(GET_TOKEN, { ...baseForm, params: { portraitUri: '', name: 'n', userId: 'u', extra: 'x' } }), [
    ['userId', 'u'],
    ['name', 'n'],
  ]);
});

test('Save as .rong.http: name, profile, request line, body; fixed Nonce/Timestamp only when locked', () => {
  // The playground writes through the one .rong.http writer (print.ts): one `&name=value` line per parameter.
  const rongHttpText = (endpoint: typeof GET_TOKEN, form: FormState) => requestToText(saveInput(endpoint, form));
  assert.equal(
    rongHttpText(GET_TOKEN, baseForm),
    '### getToken jlk456j5\n# @profile prod\nPOST /user/getToken.json\n\nuserId=jlk456j5\n&name=Iron+man\n&portraitUri=http%3A%2F%2Fabc.com%2Fmyportrait.jpg\n',
  );
  assert.equal(
    rongHttpText(GET_TOKEN, { ...baseForm, profile: '', locked: true, params: { userId: 'u', name: 'n' } }),
    '### getToken u\nPOST /user/getToken.json\nNonce: 14314\nTimestamp: 1408710653000\n\nuserId=u\n&name=n\n',
  );
  const text = rongHttpText(GET_TOKEN, { ...baseForm, profile: 'p\nPOST /evil', params: { userId: 'a\nb', name: 'n' } });
  assert.equal(text.split('\n').filter((l) => l.startsWith('POST')).length, 1, 'line breaks in values cannot add lines');
});

/** A valid value of each kind (the contract's example where there is one). */
function sampleValue(spec: ParamSpec, i: number): string {
  if (spec.example && i === 0) return spec.example;
  switch (spec.kind) {
    case 'integer': return String(spec.min ?? 1);
    case 'timestampMs': return '1700000000000';
    case 'json': return spec.jsonType === 'number' || spec.jsonType === 'boolean' || spec.jsonType === 'array' ? exampleValue(spec) : '{"content":"你好 & hi"}';
    case 'flag': return (spec.flagValues ?? ['0', '1'])[1];
    case 'messageType': return 'RC:TxtMsg';
    case 'httpUri': return 'http://abc.com/a%20b.png?x=1&y=2';
    case 'name': return '名字 & co';
    case 'text': return 'push 推送';
    case 'userId': case 'id': return `${spec.name}-${i + 1}`;
    default: return String(spec.kind satisfies never);
  }
}

/** Every parameter of an endpoint, a repeated one twice (userId=a&userId=b), valid by the contract. */
function sampleParams(endpointId: string): Array<readonly [string, string]> {
  const endpoint = ENDPOINTS.find((e) => e.id === endpointId)!;
  const pairs = endpoint.params.flatMap((p) => (p.repeated ? [0, 1] : [0]).map((i) => [p.keyed ? `${p.name}[k${i}]` : p.name, sampleValue(p, i)] as const));
  // A directed group message goes to one group only (the contract's rule between the two).
  return endpoint.crossRules?.some((r) => r.param === 'toGroupId') ? pairs.filter(([k], i) => k !== 'toGroupId' || pairs.findIndex(([x]) => x === 'toGroupId') === i) : pairs;
}

test('every endpoint: the JavaScript snippet sends its parameters, repeated keys as repeated pairs, to its path', async () => {
  for (const endpoint of ENDPOINTS) {
    const params = sampleParams(endpoint.id);
    assert.deepEqual(validateParams(endpoint, params), [], endpoint.id);
    received.length = 0;
    const code = renderSnippet('javascript', snippetInputFor(endpoint, baseUrl, APP_KEY, params));
    const result = await run(process.execPath, ['--input-type=module'], code, { [SECRET_ENV]: SECRET });
    assert.equal(result.code, 0, `${endpoint.id}: ${result.out}`);
    checkReceived(received[0], params, endpoint.path, endpoint);
    const formRepeats = endpoint.body !== 'json' && endpoint.params.some((p) => p.repeated && !p.keyed && p.in === undefined);
    if (formRepeats) assert.ok(endpoint.params.some((p) => p.repeated && received[0].body.split('&').filter((x) => x.startsWith(`${p.name}=`)).length === 2), `${endpoint.id} repeats a key`);
  }
});

test('every endpoint: the Python and Java snippets hold each pair once, in order (repeated keys included)', () => {
  for (const endpoint of ENDPOINTS) {
    const inputFor = snippetInputFor(endpoint, baseUrl, APP_KEY, sampleParams(endpoint.id));
    const params = inputFor.params;
    const py = renderSnippet('python', inputFor);
    const java = renderSnippet('java', inputFor);
    assert.equal(py.split('\n').filter((l) => /^ {4}\(".*", ".*"\),$/.test(l)).length, params.length, endpoint.id);
    assert.equal(java.split('\n').filter((l) => l.includes('form.add(enc(')).length, params.length, endpoint.id);
    assert.ok(py.includes(pyString(inputFor.url)) && java.includes(javaString(inputFor.url)));
    // A JSON body is sent as written; a REST GET sends none.
    if (inputFor.json !== undefined) assert.ok(py.includes(pyString(inputFor.json)) && java.includes(javaString(inputFor.json)), endpoint.id);
    assert.ok(py.includes(`method=${pyString(endpoint.method)}`) && java.includes(`.method(${javaString(endpoint.method)}`), endpoint.id);
  }
});

test('the Python snippet repeats keys as the service expects (/user/block.json)', { skip: !has('python3') && 'python3 is not installed' }, async () => {
  received.length = 0;
  const params = sampleParams('user.block');
  const result = await run('python3', ['-'], renderSnippet('python', { url: `${baseUrl}/user/block.json`, appKey: APP_KEY, params }), { [SECRET_ENV]: SECRET });
  assert.equal(result.code, 0, result.out);
  checkReceived(received[0], params, '/user/block.json');
  assert.equal(received[0].body, 'userId=user-1&userId=userId-2&minute=10');
});

test('every endpoint: the cURL command, run by curl itself, sends the signed request and the body as the preview shows it', { skip: !has('curl') && 'curl is not installed' }, async () => {
  for (const endpoint of ENDPOINTS) {
    const params = sampleParams(endpoint.id);
    const request = buildRequest({ endpoint, params, baseUrl, credentials: { appKey: APP_KEY, appSecret: SECRET }, nonce: '1234567890', timestamp: String(Date.now()) });
    const command = toCurl(request);
    assert.ok(!command.includes(SECRET));
    received.length = 0;
    const result = await run('sh', ['-c', command.replace(/^curl /, 'curl -s ')], '', {});
    assert.equal(result.code, 0, `${endpoint.id}: ${result.out}`);
    assert.match(result.out, /"code":200/, endpoint.id);
    assert.equal(received[0].url, request.path + request.query);
    assert.equal(received[0].method, endpoint.method);
    assert.equal(received[0].body, request.body);
    if (endpoint.body !== 'json') assert.deepEqual(decodeForm(received[0].body).params, splitPairs(endpoint, params).body.map(([k, v]) => [k, v]));
  }
});
