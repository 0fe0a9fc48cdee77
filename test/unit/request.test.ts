import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { GET_TOKEN } from '../../src/core/contract';
import { buildRequest, toCurl } from '../../src/core/request';
import { decodeForm, encodeForm } from '../../src/core/form';
import { describeBody, isSuccess, parseBody } from '../../src/core/http/response';
import { maskToken } from '../../src/core/secrets';

const SECRET = 'canary-secret-7f3a9d';
const base = {
  endpoint: GET_TOKEN,
  baseUrl: 'https://api.rong-api.com/',
  credentials: { appKey: 'your-app-key', appSecret: SECRET },
  params: [['userId', 'jlk456j5'], ['name', 'Ironman'], ['portraitUri', 'http://abc.com/myportrait.jpg']] as const,
};

test('form encoding is the contract example and round-trips & = + % spaces and Chinese', () => {
  assert.equal(encodeForm(base.params), 'userId=jlk456j5&name=Ironman&portraitUri=http%3A%2F%2Fabc.com%2Fmyportrait.jpg');
  const tricky: Array<[string, string]> = [['userId', 'a&b=c+d%e'], ['name', 'Tony Stark 钢铁侠 😀'], ['x', "!'()*~"]];
  const body = encodeForm(tricky);
  assert.equal(body, 'userId=a%26b%3Dc%2Bd%25e&name=Tony+Stark+%E9%92%A2%E9%93%81%E4%BE%A0+%F0%9F%98%80&x=%21%27%28%29%2A~');
  assert.deepEqual(decodeForm(body).params, tricky);
  assert.deepEqual(new URLSearchParams(body).get('name'), 'Tony Stark 钢铁侠 😀', 'a standard decoder reads it the same');
});

test('decodeForm reports malformed percent-encoding with its position instead of throwing', () => {
  const d = decodeForm('userId=ok&name=%E4%ZZ&x');
  assert.deepEqual(d.params, [['userId', 'ok'], ['x', '']]);
  assert.deepEqual(d.errors, [{ index: 10, text: 'name=%E4%ZZ' }]);
});

test('buildRequest: URL, signing headers, content type, X-Request-ID, and no secret anywhere', () => {
  const req = buildRequest({ ...base, nonce: '14314', timestamp: '1408710653000', requestId: 'r-1' });
  assert.equal(req.url, 'https://api.rong-api.com/user/getToken.json');
  assert.deepEqual(req.headers, [
    ['App-Key', 'your-app-key'],
    ['Nonce', '14314'],
    ['Timestamp', '1408710653000'],
    ['Signature', createHash('sha1').update(`${SECRET}143141408710653000`).digest('hex')],
    ['Content-Type', 'application/x-www-form-urlencoded'],
    ['X-Request-ID', 'r-1'],
  ]);
  assert.ok(!JSON.stringify(req).includes(SECRET));
  const fresh = buildRequest(base);
  assert.match(fresh.headers[5][1], /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.ok(fresh.headers[5][1].length <= 36);
  assert.match(fresh.signing.timestamp, /^\d{13}$/);
});

test('explicit signing headers are used as written (to reproduce a call)', () => {
  const req = buildRequest({ ...base, extraHeaders: [['nonce', '1'], ['Timestamp', '2'], ['Signature', 'deadbeef'], ['X-Trace', 't']] });
  assert.deepEqual(req.headers.filter(([k]) => k !== 'X-Request-ID'), [
    ['App-Key', 'your-app-key'], ['Nonce', '1'], ['Timestamp', '2'], ['Signature', 'deadbeef'],
    ['Content-Type', 'application/x-www-form-urlencoded'], ['X-Trace', 't'],
  ]);
});

test('toCurl looks like the contract example, quotes safely, and never holds the secret', () => {
  const req = buildRequest({ ...base, nonce: '14314', timestamp: '1408710653000', requestId: 'r-1', params: [['userId', "o'neil"], ['name', 'n']] });
  const curl = toCurl(req);
  assert.ok(curl.startsWith(`curl -X POST 'https://api.rong-api.com/user/getToken.json' \\\n  -H 'App-Key: your-app-key'`));
  assert.ok(curl.includes(`--data-raw 'userId=o%27neil&name=n'`));
  assert.ok(curl.includes(`-H 'Signature: ${req.signing.signature}'`));
  assert.ok(!curl.includes(SECRET));
});

test('response parsing keeps HTTP status and body code apart and names what came back', () => {
  const ok = parseBody('{"code":200,"userId":"u","token":"t"}');
  assert.ok(ok.kind === 'json' && ok.code === 200 && ok.token === 't' && ok.userId === 'u');
  assert.equal(isSuccess(200, ok), true);
  assert.equal(isSuccess(500, ok), false, 'both must be 200');
  assert.equal(isSuccess(200, parseBody('{"code":1004}')), false);
  assert.equal(describeBody(parseBody('')), 'an empty body');
  assert.equal(describeBody(parseBody('<html><body>502 Bad Gateway</body></html>', 'text/html')),
    'an HTML page (text/html): "<html><body>502 Bad Gateway</body></html>"');
  assert.equal(describeBody(parseBody('{"code":"200"}')), 'a JSON body without an integer "code"');
  assert.equal(maskToken('abcdefghijklmnopqrstuvwxyz'), 'abcdef…wxyz');
  assert.equal(maskToken('short'), '•••••');
});
