import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { GET_TOKEN } from '../../src/core/contract';
import type { RandomSource } from '../../src/core/signing';
import {
  MAX_VARIABLE_LENGTH,
  SAMPLE_SYSTEM_VARIABLES,
  VariableResolver,
  checkSystemVariable,
  liveSystemVariables,
  parseDocument,
  resolveRequest,
  targetPath,
} from '../../src/core/rongHttp/index';

const clock = { now: () => 1_700_000_000_123 };
/** Bytes 1, 2, 3, … so every generated value is predictable. */
function counting(): RandomSource {
  let n = 0;
  return { bytes: (len) => Uint8Array.from({ length: len }, () => (n++ % 250) + 1) };
}

const resolver = (text: string) => new VariableResolver(parseDocument(text).variables, SAMPLE_SYSTEM_VARIABLES);

test('file variables resolve through other variables; the last definition wins', () => {
  const v = resolver('@host = api.rong-api.com\n@base = https://{{host}}\n@host = api-b.rong-api.com\n@url = {{base}}/user/getToken.json');
  assert.deepEqual(v.variable('url'), { value: 'https://api-b.rong-api.com/user/getToken.json', dynamic: false, state: 'ok' });
  assert.equal(v.variable('missing').state, 'undefined');
  assert.equal(v.substitute('{{ base }}/x').text, 'https://api-b.rong-api.com/x');
  assert.deepEqual(v.substitute('{{nope}}-{{host}}'), { text: '{{nope}}-api-b.rong-api.com', dynamic: false, complete: false, unresolved: ['nope'] });
});

test('cycles are found, named in order, and do not throw', () => {
  const v = resolver('@a = {{b}}\n@b = x{{c}}\n@c = {{a}}\n@d = {{a}}!\n@self = {{self}}');
  const a = v.variable('a');
  assert.equal(a.state, 'cycle');
  assert.deepEqual(a.cycle, ['a', 'b', 'c', 'a']);
  assert.equal(v.variable('b').state, 'cycle');
  assert.equal(v.variable('d').state, 'unresolved');
  assert.deepEqual(v.variable('self').cycle, ['self', 'self']);
});

test('runaway growth and nesting stop at the limits', () => {
  const lines = ['@v0 = xxxxxxxxxxxxxxxx'];
  for (let i = 1; i <= 20; i++) lines.push(`@v${i} = {{v${i - 1}}}{{v${i - 1}}}{{v${i - 1}}}`);
  const v = resolver(lines.join('\n'));
  const top = v.variable('v20');
  assert.equal(top.state, 'tooLong');
  assert.ok(top.value.length <= MAX_VARIABLE_LENGTH);
  const chain = ['@c0 = end'];
  for (let i = 1; i <= 100; i++) chain.push(`@c${i} = {{c${i - 1}}}`);
  const deep = resolver(chain.join('\n'));
  assert.equal(deep.variable('c100').state, 'tooDeep');
  assert.equal(deep.variable('c10').state, 'ok', 'a short chain inside it still resolves');
});

test('system variables: $timestamp in milliseconds (with offsets), $nonce, $guid, $randomInt with an injected clock and random', () => {
  const live = liveSystemVariables({ clock, random: counting() });
  assert.deepEqual(live.evaluate('$timestamp', []), { ok: true, value: '1700000000123' });
  assert.deepEqual(live.evaluate('$timestamp', ['-1', 'h']), { ok: true, value: String(1_700_000_000_123 - 3_600_000) });
  assert.deepEqual(live.evaluate('$timestamp', ['1', 'M']), { ok: true, value: String(Date.UTC(2023, 11, 14, 22, 13, 20, 123)) });
  const nonce = live.evaluate('$nonce', []);
  assert.ok(nonce.ok && /^[1-9]\d{9}$/.test(nonce.value), JSON.stringify(nonce));
  const guid = live.evaluate('$guid', []);
  assert.ok(guid.ok && /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(guid.value), JSON.stringify(guid));
  for (let i = 0; i < 50; i++) {
    const n = live.evaluate('$randomInt', ['5', '8']);
    assert.ok(n.ok && ['5', '6', '7'].includes(n.value), JSON.stringify(n));
  }
  assert.deepEqual(live.evaluate('$dateTime', []), { ok: false, problem: 'unknown' });
  assert.equal(checkSystemVariable('$randomInt', ['9', '1']), 'badArgs');
  assert.equal(checkSystemVariable('$timestamp', ['1', 'fortnight']), 'badArgs');
  assert.equal(checkSystemVariable('$nonce', ['19']), 'badArgs');
  assert.equal(checkSystemVariable('$guid', []), undefined);
});

test('a file variable is evaluated once per request: @n = {{$nonce}} is the same everywhere in it', () => {
  const doc = parseDocument('@n = {{$nonce}}\n\n###\nPOST /user/getToken.json\nNonce: {{n}}\nX-Request-ID: {{n}}\n\nuserId=u{{n}}&name=x');
  const req = resolveRequest(doc, 1, { clock, random: counting() })!;
  const nonce = req.headers[0][1];
  assert.equal(req.headers[1][1], nonce);
  assert.equal(req.params[0][1], `u${nonce}`);
  assert.equal(req.fixedNonce, undefined, 'a nonce from $nonce is generated, not fixed');
  assert.equal(req.signing, 'preview');
});

test('resolveRequest: exact when Nonce and Timestamp are literal or come from plain variables', () => {
  const doc = parseDocument(
    '@ts = 1408710653000\n\n### reproduce\n# @profile dev\nPOST {{base}}/user/getToken.json\nNonce: 14314\nTimestamp: {{ts}}\nSignature: abc\nApp-Key: k\n\nuserId=jlk456j5&name=Iron%20man&portraitUri={{p}}\n\n### variables may come after their use\n@p = http%3A%2F%2Fabc.com%2Fa.jpg\n@base = https://api.rong-api.com',
  );
  const req = resolveRequest(doc, 1, { clock, random: counting() })!;
  assert.equal(req.name, 'reproduce');
  assert.equal(req.profile, 'dev');
  assert.equal(req.method, 'POST');
  assert.equal(req.url, 'https://api.rong-api.com/user/getToken.json');
  assert.equal(req.path, '/user/getToken.json');
  assert.equal(req.endpoint, GET_TOKEN);
  assert.deepEqual(req.params, [
    ['userId', 'jlk456j5'],
    ['name', 'Iron man'],
    ['portraitUri', 'http://abc.com/a.jpg'],
  ]);
  assert.deepEqual([req.fixedNonce, req.fixedTimestamp, req.explicitSignature, req.explicitAppKey, req.signing], ['14314', '1408710653000', 'abc', 'k', 'exact']);
  assert.deepEqual(req.problems, []);
});

test('resolveRequest: a path resolves against the base URL; no method means GET; problems are listed', () => {
  const doc = parseDocument('/user/getToken.json\nNonce: {{missing}}\n\nuserId=a%FF&name={{$bogus}}');
  const req = resolveRequest(doc, 0, { baseUrl: 'http://127.0.0.1:5000/', clock, random: counting() })!;
  assert.equal(req.method, 'GET');
  assert.equal(req.url, 'http://127.0.0.1:5000/user/getToken.json');
  assert.deepEqual(req.params, [
    ['userId', 'a%FF'],
    ['name', '{{$bogus}}'],
  ]);
  assert.deepEqual(
    req.problems.map((p) => [p.message, p.range?.startLine]),
    [
      ['{{missing}} is not defined', 1],
      ['"a%FF" is not valid percent-encoding', 3],
      ['{{$bogus}} is not a known system variable', 3],
    ],
  );
  assert.equal(resolveRequest(parseDocument('@a = 1'), 0), undefined, 'no request line');
  assert.equal(resolveRequest(parseDocument('POST'), 0), undefined, 'no target');
  assert.equal(resolveRequest(parseDocument('POST /x'), 5), undefined, 'no such block');
});

test('targetPath drops scheme, host, query and fragment', () => {
  assert.equal(targetPath('/user/getToken.json'), '/user/getToken.json');
  assert.equal(targetPath('https://api.rong-api.com/user/getToken.json?x=1#f'), '/user/getToken.json');
  assert.equal(targetPath('HTTP://host'), '/');
  assert.equal(targetPath('/a#b?c'), '/a');
});
