/**
 * RongClient against real servers on 127.0.0.1: answers, body codes, bodies that are not answers,
 * what is (not) retried, signing per attempt, the secret, in-flight registrations, proxies and the
 * sandbox. Sleep and random are injected, so nothing here waits for a backoff.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Pool } from 'undici';
import { findEndpointById, GET_TOKEN, TOKEN_VALIDITY_MS, type EndpointSpec } from '../../src/core/contract';
import { CONTRACT_CATALOGUE } from '../../src/core/contract/errorCatalogue';
import { bypassesProxy, proxyFor, redactProxyUrl, resolveProxyConfig } from '../../src/core/http/proxy';
import { SECRET_MASK } from '../../src/core/secrets';
import type { SendResult } from '../../src/core/sendResult';
import { SandboxServer } from '../../src/sandbox/server';
import {
  closedPort,
  codeAnswer,
  delayed,
  json,
  raw,
  seededRandom,
  sha1Signature,
  steppingClock,
  TinyProxy,
  tokenAnswer,
  type Behaviour,
} from './support/faultServer';
import { clientHarness } from './support/clientHarness';

const SECRET = 'canary-Secret-7f3a9c1e5b2d';
const APP_KEY = 'app-key-test';

const { serve, client, input, defer } = clientHarness({ appKey: APP_KEY, appSecret: SECRET }, 2000);

function assertNoSecret(result: SendResult, secret = SECRET): void {
  assert.ok(!JSON.stringify(result).includes(secret), `secret leaked into ${result.outcome}: ${result.message}`);
}

describe('answers', () => {
  test('success: token, userId, expiry, one attempt, a signed request without the secret', async () => {
    const server = await serve(tokenAnswer);
    const clock = steppingClock(1_700_000_000_000);
    const { client: c } = client({ clock });
    const r = await c.send(input(server.url, 'jlk456j5'));
    assert.equal(r.outcome, 'success');
    assert.equal(r.httpStatus, 200);
    assert.equal(r.code, 200);
    assert.equal(r.meaning, 'Success');
    assert.equal(r.userId, 'jlk456j5');
    assert.equal(r.token, 'token-for-jlk456j5-0');
    assert.ok(r.expiresAt !== undefined && r.expiresAt > 1_700_000_000_000 + TOKEN_VALIDITY_MS - 1000);
    assert.ok(r.expiresAt <= 1_700_000_000_100 + TOKEN_VALIDITY_MS);
    assert.equal(r.attempts.length, 1);
    assert.equal(r.attempts[0].status, 200);
    assert.equal(r.request.url, `${server.url}/user/getToken.json`);
    assert.equal(r.request.body, 'userId=jlk456j5&name=Ironman');
    assert.match(r.message, /^200 Success: token issued for userId "jlk456j5"/);
    assert.equal(r.responseHeaders?.['content-type'], 'application/json; charset=utf-8');
    assert.equal(r.body?.parsed.kind, 'json');
    assert.equal(server.requestCount, 1);
    const seen = server.requests[0];
    assert.equal(seen.method, 'POST');
    assert.equal(seen.url, '/user/getToken.json');
    assert.equal(seen.headers['app-key'], APP_KEY);
    assert.equal(seen.headers['content-type'], 'application/x-www-form-urlencoded');
    assertNoSecret(r);
  });

  for (const code of [1002, 1003, 1004, 1005, 1006, 1007]) {
    test(`body code ${code} (HTTP 200) is an apiError with its meaning, not retried`, async () => {
      const server = await serve(codeAnswer(code));
      const r = await client().client.send(input(server.url));
      assert.equal(r.outcome, 'apiError');
      assert.equal(r.httpStatus, 200);
      assert.equal(r.code, code);
      assert.equal(r.meaning, CONTRACT_CATALOGUE.get(code)?.en);
      assert.ok(r.message.startsWith(`${code} ${r.meaning}`), r.message);
      assert.equal(r.token, undefined);
      assert.equal(r.likelyRegisteredEarlier, undefined);
      assert.equal(server.requestCount, 1);
    });
  }

  test('1004 with HTTP 400 (as the sandbox answers) is an apiError; the message names both', async () => {
    const server = await serve(json(400, { code: 1004, errorMessage: '用户ID已存在' }));
    const r = await client().client.send(input(server.url));
    assert.equal(r.outcome, 'apiError');
    assert.equal(r.httpStatus, 400);
    assert.equal(r.code, 1004);
    assert.equal(r.message, '1004 User ID already exists (HTTP 400; server says "用户ID已存在")');
    assert.equal(server.requestCount, 1);
  });

  test('meanings follow the locale', async () => {
    const server = await serve(codeAnswer(1004));
    const r = await client({ locale: 'zh-cn' }).client.send(input(server.url));
    assert.equal(r.meaning, '用户ID已存在');
    assert.match(r.message, /^1004 用户ID已存在/);
  });

  test('a code the catalogue does not know is still an apiError, and says so', async () => {
    const server = await serve(codeAnswer(1234));
    const r = await client().client.send(input(server.url));
    assert.equal(r.outcome, 'apiError');
    assert.equal(r.code, 1234);
    assert.equal(r.meaning, undefined);
    assert.match(r.message, /^1234 \(a code that is not in the error catalogue\)/);
  });

  test('an HTML page is an invalidResponse that says an HTML page came back', async () => {
    const server = await serve(raw(200, '<!doctype html><html><body><h1>Gateway login</h1></body></html>', 'text/html'));
    const r = await client().client.send(input(server.url));
    assert.equal(r.outcome, 'invalidResponse');
    assert.equal(r.httpStatus, 200);
    assert.match(r.message, /^HTTP 200 with an HTML page \(text\/html\): "<!doctype html>.*Gateway login/);
    assert.equal(r.body?.parsed.kind, 'notJson');
    assert.equal(server.requestCount, 1);
  });

  test('invalid JSON is an invalidResponse quoting what came back', async () => {
    const server = await serve(raw(200, '{"code":200,"token":', 'application/json'));
    const r = await client().client.send(input(server.url));
    assert.equal(r.outcome, 'invalidResponse');
    assert.match(r.message, /a body that is not JSON \(application\/json\): "\{"code":200,"token":"/);
  });

  test('an empty body is an invalidResponse', async () => {
    const server = await serve(raw(200, '', 'application/json'));
    const r = await client().client.send(input(server.url));
    assert.equal(r.outcome, 'invalidResponse');
    assert.match(r.message, /^HTTP 200 with an empty body/);
    assert.equal(r.body?.parsed.kind, 'empty');
  });

  test('JSON without an integer code is an invalidResponse', async () => {
    const server = await serve(json(200, { ok: true }));
    const r = await client().client.send(input(server.url));
    assert.equal(r.outcome, 'invalidResponse');
    assert.match(r.message, /a JSON body without an integer "code"/);
  });

  test('a 10 MB body: reading stops at the limit, invalidResponse tooLarge', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024, 'a');
    const server = await serve(raw(200, big, 'application/json'));
    const r = await client().client.send(input(server.url));
    assert.equal(r.outcome, 'invalidResponse');
    assert.equal(r.body?.parsed.kind, 'tooLarge');
    assert.equal(r.body?.truncated, true);
    if (r.body?.parsed.kind === 'tooLarge') {
      assert.equal(r.body.parsed.limit, 1024 * 1024);
      assert.ok(r.body.parsed.receivedAtLeast > 1024 * 1024);
      assert.ok(r.body.parsed.receivedAtLeast < big.length, 'stopped before the end');
    }
    assert.ok((r.body?.text.length ?? 0) <= 2048, 'only a head of the body is kept');
    assert.match(r.message, /^HTTP 200 with a body larger than 1048576 bytes \(stopped reading at \d+\)/);
    assert.equal(server.requestCount, 1);
  });

  test('maxResponseBytes is configurable; a body of exactly the limit is read whole', async () => {
    const body = JSON.stringify({ code: 200, userId: 'u1', token: 't'.repeat(100) });
    const server = await serve(raw(200, body, 'application/json'));
    const exact = await client({ maxResponseBytes: Buffer.byteLength(body) }).client.send(input(server.url));
    assert.equal(exact.outcome, 'success');
    const small = await client({ maxResponseBytes: 50 }).client.send(input(server.url, 'u2'));
    assert.equal(small.outcome, 'invalidResponse');
    assert.match(small.message, /larger than 50 bytes/);
  });
});

describe('an injected dispatcher', () => {
  test('is used for every attempt and left open by close()', async () => {
    const server = await serve(raw(503, '', 'text/plain'), tokenAnswer);
    const pool = new Pool(server.url, { connections: 2 });
    defer(() => pool.close());
    let dispatched = 0;
    const counting = {
      dispatch: (...args: Parameters<Pool['dispatch']>) => {
        dispatched++;
        return pool.dispatch(...args);
      },
    };
    const { client: c } = client({ dispatcher: counting });
    const r = await c.send(input(server.url));
    assert.equal(r.outcome, 'success', r.message);
    assert.equal(dispatched, 2);
    await c.close();
    assert.equal(pool.closed, false);
    assert.equal(pool.destroyed, false);
  });
});

describe('what is not retried', () => {
  for (const status of [400, 401, 403, 404, 405, 413]) {
    test(`HTTP ${status} is a definitive answer: one request`, async () => {
      const server = await serve(json(status, { code: status, errorMessage: `nope ${status}` }));
      const { client: c, waits } = client({ retries: 3 });
      const r = await c.send(input(server.url));
      assert.equal(r.outcome, 'httpError');
      assert.equal(r.httpStatus, status);
      assert.match(r.message, new RegExp(`^HTTP ${status} `));
      assert.equal(server.requestCount, 1);
      assert.deepEqual(waits, []);
    });
  }

  test('HTTP 401 with a body code stays an httpError (auth), with the code shown', async () => {
    const server = await serve(json(401, { code: 1004, errorMessage: 'Signature Error' }));
    const r = await client().client.send(input(server.url));
    assert.equal(r.outcome, 'httpError');
    assert.equal(r.httpStatus, 401);
    assert.equal(r.code, 1004);
    assert.match(r.message, /^HTTP 401 Unauthorized: body code 1004 .*server says "Signature Error".*check the App Key/);
    assert.equal(r.likelyRegisteredEarlier, undefined);
  });

  test('HTTP 500 with an API code of its own is definitive: not retried', async () => {
    const server = await serve(json(500, { code: 1000, errorMessage: 'internal error' }));
    const r = await client({ retries: 3 }).client.send(input(server.url));
    assert.equal(r.outcome, 'httpError');
    assert.equal(r.code, 1000);
    assert.equal(server.requestCount, 1);
  });

  test('HTTP 503 without a code of its own is retried; then success', async () => {
    const server = await serve(raw(503, 'busy', 'text/plain'), json(503, { code: 503 }), tokenAnswer);
    const { client: c, waits } = client();
    const r = await c.send(input(server.url));
    assert.equal(r.outcome, 'success');
    assert.deepEqual(r.attempts.map((a) => a.status), [503, 503, 200]);
    assert.equal(server.requestCount, 3);
    assert.equal(waits.length, 2);
  });

  test('an HTML 502 page after every retry: httpError that says an HTML page came back', async () => {
    const server = await serve(raw(502, '<html><body>Bad Gateway</body></html>', 'text/html'));
    const r = await client({ retries: 2 }).client.send(input(server.url));
    assert.equal(r.outcome, 'httpError');
    assert.equal(r.httpStatus, 502);
    assert.match(r.message, /^HTTP 502 Bad Gateway: an HTML page .*\(3 attempts\)$/);
    assert.equal(server.requestCount, 3);
  });
});

describe('signing', () => {
  test('a fresh nonce, timestamp and X-Request-ID for every attempt, each signature valid', async () => {
    const server = await serve(raw(503, '', 'text/plain'), raw(503, '', 'text/plain'), tokenAnswer);
    const r = await client({ random: seededRandom(7) }).client.send(input(server.url));
    assert.equal(r.outcome, 'success');
    assert.equal(server.requestCount, 3);
    const nonces = server.requests.map((q) => q.headers.nonce as string);
    const stamps = server.requests.map((q) => q.headers.timestamp as string);
    const ids = server.requests.map((q) => q.headers['x-request-id'] as string);
    assert.equal(new Set(nonces).size, 3);
    assert.equal(new Set(stamps).size, 3);
    assert.equal(new Set(ids).size, 3);
    for (const q of server.requests) {
      assert.match(q.headers.nonce as string, /^\d{1,18}$/);
      assert.equal(q.headers.signature, sha1Signature(SECRET, q.headers.nonce as string, q.headers.timestamp as string));
    }
    assert.deepEqual(r.attempts.map((a) => a.nonce), nonces);
    assert.deepEqual(r.attempts.map((a) => a.requestId), ids);
    const last = server.requests[2];
    assert.deepEqual(r.request.headers.find(([k]) => k === 'Nonce')?.[1], last.headers.nonce);
  });

  test('a nonce and timestamp fixed by the user are used as given on every attempt', async () => {
    const server = await serve(raw(503, '', 'text/plain'), tokenAnswer);
    const r = await client().client.send(input(server.url, 'u1', { nonce: '14314', timestamp: '1408710653000' }));
    assert.equal(r.outcome, 'success');
    for (const q of server.requests) {
      assert.equal(q.headers.nonce, '14314');
      assert.equal(q.headers.timestamp, '1408710653000');
      assert.equal(q.headers.signature, sha1Signature(SECRET, '14314', '1408710653000'));
    }
    assert.notEqual(server.requests[0].headers['x-request-id'], server.requests[1].headers['x-request-id']);
  });

  test('extra headers go out; signing headers given there are used as written', async () => {
    const server = await serve(tokenAnswer);
    const r = await client().client.send(
      input(server.url, 'u1', { extraHeaders: [['X-Trace', 'abc'], ['Signature', 'deadbeef']] }),
    );
    assert.equal(r.outcome, 'success');
    assert.equal(server.requests[0].headers['x-trace'], 'abc');
    assert.equal(server.requests[0].headers.signature, 'deadbeef');
  });
});

describe('the secret', () => {
  test('never in a result, whatever the outcome', async () => {
    const port = await closedPort();
    const echo: Behaviour = (x) => json(200, { code: 1003, errorMessage: `bad ${SECRET}`, echo: SECRET })(x);
    const server = await serve(tokenAnswer);
    const echoing = await serve(echo);
    const html = await serve(raw(500, `<html>${SECRET}</html>`, 'text/html', { 'x-debug': SECRET }));
    const { client: c } = client({ retries: 1 });
    const aborted = new AbortController();
    aborted.abort();
    const results = await Promise.all([
      c.send(input(server.url, 'a')),
      c.send(input(echoing.url, 'b')),
      c.send(input(html.url, 'c')),
      c.send(input(`http://127.0.0.1:${port}`, 'd')),
      c.send(input('http://nonexistent.invalid', 'e')),
      c.send(input('ftp://nowhere', 'f')),
      c.send(input(server.url, 'g', { signal: aborted.signal })),
    ]);
    assert.deepEqual(
      results.map((r) => r.outcome),
      ['success', 'apiError', 'httpError', 'networkError', 'networkError', 'refused', 'cancelled'],
    );
    for (const r of results) {
      assertNoSecret(r);
      for (const [, v] of r.request.headers) assert.ok(!v.includes(SECRET));
    }
    assert.match(results[1].body?.text ?? '', /••••••/);
  });
});

describe('a short secret', () => {
  test('a 4-character secret is masked too (the one threshold of secrets.ts)', async () => {
    const short = 'Zq9x';
    const server = await serve(json(500, { code: 1000, errorMessage: `secret ${short}` }, { 'x-echo': `k=${short}` }));
    const r = await client({ retries: 0 }).client.send(input(server.url, 'u1', { credentials: { appKey: APP_KEY, appSecret: short } }));
    assert.equal(r.outcome, 'httpError');
    assert.ok(!JSON.stringify(r).includes(short), r.message);
    assert.equal(r.responseHeaders?.['x-echo'], `k=${SECRET_MASK}`);
    assert.ok(r.body?.text.includes(`secret ${SECRET_MASK}`));
    assert.ok(r.message.includes(SECRET_MASK), r.message);
  });
});

describe('one registration of a userId at a time', () => {
  test('a second send of the same (App-Key, userId) in flight does not go out and shares the result', async () => {
    const server = await serve(delayed(150, tokenAnswer));
    const { client: c } = client();
    const [first, second] = await Promise.all([c.send(input(server.url, 'same')), c.send(input(server.url, 'same'))]);
    assert.equal(server.requestCount, 1);
    assert.equal(first.outcome, 'success');
    assert.equal(second.outcome, 'success');
    assert.equal(second.token, first.token);
    assert.equal(first.sharedWithInFlight, undefined);
    assert.equal(second.sharedWithInFlight, true);
    const third = await c.send(input(server.url, 'same'));
    assert.equal(server.requestCount, 2, 'after the first finished, a new send goes out');
    assert.equal(third.sharedWithInFlight, undefined);
  });

  test('different userIds, or another App Key, go out side by side', async () => {
    const server = await serve(delayed(100, tokenAnswer));
    const { client: c } = client();
    const other = { ...input(server.url, 'x'), credentials: { appKey: 'other-key', appSecret: SECRET } };
    const results = await Promise.all([c.send(input(server.url, 'x')), c.send(input(server.url, 'y')), c.send(other)]);
    assert.equal(server.requestCount, 3);
    assert.ok(results.every((r) => r.outcome === 'success' && !r.sharedWithInFlight));
  });

  test('a waiting second send can be cancelled alone; the first goes on', async () => {
    const server = await serve(delayed(150, tokenAnswer));
    const { client: c } = client();
    const ac = new AbortController();
    const first = c.send(input(server.url, 'same'));
    const second = c.send(input(server.url, 'same', { signal: ac.signal }));
    ac.abort();
    const s = await second;
    assert.equal(s.outcome, 'cancelled');
    assert.equal(s.sharedWithInFlight, true);
    assert.equal((await first).outcome, 'success');
    assert.equal(server.requestCount, 1);
  });
});

const BLOCK = findEndpointById('user.block') as EndpointSpec;

describe('endpoints read from the contract data', () => {
  test('a repeated key goes out as several pairs, in order; the label names every value', async () => {
    const server = await serve(json(200, { code: 200 }));
    const params: Array<[string, string]> = [['userId', 'a'], ['userId', 'b'], ['minute', '10']];
    const r = await client().client.send({ ...input(server.url), endpoint: BLOCK, params });
    assert.equal(r.outcome, 'success', r.message);
    assert.equal(server.requests[0].url, '/user/block.json');
    assert.equal(server.requests[0].body, 'userId=a&userId=b&minute=10');
    assert.deepEqual([...new URLSearchParams(server.requests[0].body)], params);
    assert.equal(r.request.body, 'userId=a&userId=b&minute=10');
    assert.equal(r.label, 'a, b');
    assert.equal(r.message, '200 Success');
  });

  test('token, userId and expiry only for an endpoint that issues tokens', async () => {
    const server = await serve(json(200, { code: 200, userId: 'a', token: 'not-a-token-here' }));
    const r = await client().client.send({ ...input(server.url), endpoint: BLOCK, params: [['userId', 'a'], ['minute', '10']] });
    assert.equal(r.outcome, 'success');
    assert.equal(r.token, undefined);
    assert.equal(r.userId, undefined);
    assert.equal(r.expiresAt, undefined);
    assert.equal(r.label, 'a');
  });

  test('no singleFlightParam: the same request twice goes out twice', async () => {
    const server = await serve(delayed(100, json(200, { code: 200 })));
    const { client: c } = client();
    const same = { ...input(server.url), endpoint: BLOCK, params: [['userId', 'a'], ['minute', '10']] as Array<[string, string]> };
    const results = await Promise.all([c.send(same), c.send(same)]);
    assert.equal(server.requestCount, 2);
    assert.ok(results.every((r) => r.outcome === 'success' && !r.sharedWithInFlight));
  });

  test('single flight follows singleFlightParam, whatever the parameter is called', async () => {
    const byName: EndpointSpec = { ...GET_TOKEN, id: 'test.byName', singleFlightParam: 'name' };
    const server = await serve(delayed(150, tokenAnswer));
    const { client: c } = client();
    const send = (userId: string) => c.send({ ...input(server.url, userId), endpoint: byName });
    const [first, second] = await Promise.all([send('x'), send('y')]);
    assert.equal(server.requestCount, 1, 'the same name: one request');
    assert.equal(second.sharedWithInFlight, true);
    assert.equal(second.token, first.token);
    const unkeyed: EndpointSpec = { ...GET_TOKEN, id: 'test.unkeyed', singleFlightParam: undefined };
    const both = await Promise.all([c.send({ ...input(server.url, 'z'), endpoint: unkeyed }), c.send({ ...input(server.url, 'z'), endpoint: unkeyed })]);
    assert.equal(server.requestCount, 3, 'an endpoint without singleFlightParam: both go out, even one that issues tokens');
    assert.ok(both.every((r) => !r.sharedWithInFlight));
  });
});

describe('a fixed nonce or timestamp that cannot be signed as given', () => {
  for (const [what, extra, pattern] of [
    ['a nonce with spaces around it', { nonce: ' 123 ' }, /Nonce " 123 " has whitespace around it/],
    ['a timestamp with a trailing newline', { timestamp: '1408710653000\n' }, /Timestamp "1408710653000\n" has whitespace around it/],
    ['a Nonce header with a tab before it', { extraHeaders: [['Nonce', '\t99']] as Array<[string, string]> }, /Nonce "\t99" has whitespace around it/],
    ['an empty nonce', { nonce: '' }, /Nonce is empty/],
  ] as const) {
    test(`${what}: refused before sending, a result that says what is wrong`, async () => {
      const server = await serve(tokenAnswer);
      const r = await client().client.send(input(server.url, 'u1', extra));
      assert.equal(r.outcome, 'refused');
      assert.match(r.message, /^the request was not sent: /);
      assert.match(r.message, pattern);
      assert.equal(r.attempts.length, 0);
      assert.equal(server.requestCount, 0);
      assertNoSecret(r);
    });
  }

  test('both wrong: both named', async () => {
    const server = await serve(tokenAnswer);
    const r = await client().client.send(input(server.url, 'u1', { nonce: '1 ', timestamp: ' 2' }));
    assert.equal(r.outcome, 'refused');
    assert.match(r.message, /Nonce "1 ".*; Timestamp " 2"/);
  });

  test("an official SDK's nonce (a decimal, 19 digits) is sent as given", async () => {
    const server = await serve(tokenAnswer);
    for (const nonce of ['583942.3819271935', '9223372036854775807']) {
      const r = await client().client.send(input(server.url, `sdk-${nonce.length}`, { nonce, timestamp: '1408710653' }));
      assert.equal(r.outcome, 'success', r.message);
    }
    assert.deepEqual(server.requests.map((q) => q.headers.nonce), ['583942.3819271935', '9223372036854775807']);
  });
});

describe('proxies', () => {
  async function proxy(): Promise<TinyProxy> {
    const p = await TinyProxy.start();
    defer(() => p.stop());
    return p;
  }

  test('an explicit proxy URL is used: the proxy sees the request', async () => {
    const server = await serve(tokenAnswer);
    const p = await proxy();
    const r = await client({ proxy: p.url }).client.send(input(server.url));
    assert.equal(r.outcome, 'success', r.message);
    assert.deepEqual(p.seen.map((s) => `${s.method} ${s.url}`), [`POST ${server.url}/user/getToken.json`]);
    assert.equal(r.attempts[0].proxy, p.url);
    assert.equal(server.requestCount, 1);
  });

  test('proxy credentials go to the proxy and nowhere in the result', async () => {
    const server = await serve(tokenAnswer);
    const p = await proxy();
    const withAuth = `http://proxyuser:pw-Canary-91@127.0.0.1:${p.port}`;
    const r = await client({ proxy: withAuth }).client.send(input(server.url));
    assert.equal(r.outcome, 'success', r.message);
    assert.equal(p.seen[0].proxyAuthorization, `Basic ${Buffer.from('proxyuser:pw-Canary-91').toString('base64')}`);
    assert.equal(r.attempts[0].proxy, `http://***@127.0.0.1:${p.port}`);
    assert.ok(!JSON.stringify(r).includes('pw-Canary-91'));
    assert.ok(!JSON.stringify(r).includes('proxyuser'));
  });

  test('a proxy that refuses connections is named as the proxy', async () => {
    const server = await serve(tokenAnswer);
    const port = await closedPort();
    const r = await client({ proxy: `http://u:secretpw@127.0.0.1:${port}`, retries: 0 }).client.send(input(server.url));
    assert.equal(r.outcome, 'networkError');
    assert.equal(r.message, `connection refused by proxy http://***@127.0.0.1:${port}`);
    assert.ok(!JSON.stringify(r).includes('secretpw'));
    assert.equal(server.requestCount, 0);
  });

  test('HTTP_PROXY from the environment is used; NO_PROXY bypasses it', async () => {
    const server = await serve(tokenAnswer);
    const p = await proxy();
    const viaEnv = await client({ env: { HTTP_PROXY: p.url } }).client.send(input(server.url, 'a'));
    assert.equal(viaEnv.outcome, 'success', viaEnv.message);
    assert.equal(p.seen.length, 1);
    assert.equal(viaEnv.attempts[0].proxy, p.url);

    const bypass = await client({ env: { HTTP_PROXY: p.url, NO_PROXY: 'localhost,127.0.0.1' } }).client.send(input(server.url, 'b'));
    assert.equal(bypass.outcome, 'success', bypass.message);
    assert.equal(p.seen.length, 1, 'the proxy saw nothing more');
    assert.equal(bypass.attempts[0].proxy, undefined);
    assert.equal(server.requestCount, 2);
  });

  test('lowercase variables are read; a NO_PROXY with a port only bypasses that port', async () => {
    const server = await serve(tokenAnswer);
    const p = await proxy();
    const r1 = await client({ env: { http_proxy: p.url, no_proxy: '127.0.0.1:1' } }).client.send(input(server.url, 'a'));
    assert.equal(r1.outcome, 'success', r1.message);
    assert.equal(p.seen.length, 1);
    const r2 = await client({ env: { http_proxy: p.url, no_proxy: `127.0.0.1:${server.port}` } }).client.send(input(server.url, 'b'));
    assert.equal(r2.outcome, 'success', r2.message);
    assert.equal(p.seen.length, 1);
  });

  test('the explicit proxy wins over the environment', async () => {
    const server = await serve(tokenAnswer);
    const p = await proxy();
    const dead = await closedPort();
    const r = await client({ proxy: p.url, env: { HTTP_PROXY: `http://127.0.0.1:${dead}` } }).client.send(input(server.url));
    assert.equal(r.outcome, 'success', r.message);
    assert.equal(p.seen.length, 1);
  });

  test('proxy rules as EnvHttpProxyAgent reads them', () => {
    const u = (s: string) => new URL(s);
    assert.deepEqual(resolveProxyConfig(undefined, {}), { kind: 'none' });
    assert.deepEqual(resolveProxyConfig('  ', { HTTP_PROXY: 'http://p:1' }), {
      kind: 'env',
      httpProxy: 'http://p:1/',
      httpsProxy: '',
      noProxy: '',
    });
    const env = resolveProxyConfig(undefined, { http_proxy: 'proxy.local:3128', HTTP_PROXY: 'http://ignored:1', NO_PROXY: '.corp.example, localhost:8080' });
    assert.equal(env.kind, 'env');
    assert.equal(proxyFor(env, u('http://api.rong-api.com')), 'http://proxy.local:3128', 'lowercase first; no scheme means http');
    assert.equal(proxyFor(env, u('https://api.rong-api.com')), 'http://proxy.local:3128', 'https falls back to the http proxy');
    assert.equal(proxyFor(env, u('http://a.b.corp.example')), undefined, 'suffix match');
    assert.equal(proxyFor(env, u('http://localhost:8080')), undefined);
    assert.equal(proxyFor(env, u('http://localhost:8081')), 'http://proxy.local:3128', 'another port');
    assert.equal(bypassesProxy('*', u('http://anything')), true);
    const explicit = resolveProxyConfig('http://me:pa55@corp-proxy:8080', { HTTPS_PROXY: 'http://other:1' });
    assert.equal(explicit.kind, 'explicit');
    assert.equal(proxyFor(explicit, u('https://api.rong-api.com')), 'http://***@corp-proxy:8080');
    assert.equal(redactProxyUrl('socks5://u:p@h:1080'), 'socks5://***@h:1080');
    const bad = resolveProxyConfig(undefined, { HTTPS_PROXY: 'ftp://user:secret@x' });
    assert.deepEqual(bad, { kind: 'invalid', problem: 'the environment variable HTTPS_PROXY is not a valid proxy URL' });
  });

  test('an unreadable proxy setting refuses to send and does not echo the value', async () => {
    const server = await serve(tokenAnswer);
    const r = await client({ proxy: 'ht!tp://user:pw-zz@::nonsense' }).client.send(input(server.url));
    assert.equal(r.outcome, 'refused');
    assert.match(r.message, /proxy setting is not a valid/);
    assert.ok(!r.message.includes('pw-zz'));
    assert.equal(server.requestCount, 0);
  });
});

describe('against the sandbox', () => {
  async function sandbox(): Promise<SandboxServer> {
    const s = await SandboxServer.start({ apps: [{ appKey: APP_KEY, appSecret: SECRET }], port: 0 });
    defer(() => s.stop());
    return s;
  }

  test('registration returns a token; the same userId again is 1004', async () => {
    const s = await sandbox();
    const { client: c } = client({ clock: { now: () => Date.now() } });
    const first = await c.send(input(s.url, 'sandbox-user'));
    assert.equal(first.outcome, 'success', first.message);
    assert.ok(first.token && first.token.length > 20);
    assert.equal(first.userId, 'sandbox-user');
    const again = await c.send(input(s.url, 'sandbox-user'));
    assert.equal(again.outcome, 'apiError');
    assert.equal(again.code, 1004);
    assert.equal(again.likelyRegisteredEarlier, undefined);
    assert.equal(s.requestCount, 2);
  });

  test('a wrong secret is HTTP 401: httpError, not retried', async () => {
    const s = await sandbox();
    const { client: c, waits } = client({ clock: { now: () => Date.now() }, retries: 3 });
    const r = await c.send({ ...input(s.url, 'someone'), credentials: { appKey: APP_KEY, appSecret: 'wrong-secret-123' } });
    assert.equal(r.outcome, 'httpError');
    assert.equal(r.httpStatus, 401);
    assert.equal(s.requestCount, 1);
    assert.deepEqual(waits, []);
    assert.ok(!JSON.stringify(r).includes(SECRET));
  });

  test('a reset injected in the sandbox is retried; the retry registers', async () => {
    const s = await sandbox();
    s.injectFaults({ reset: 1 });
    const r = await client({ clock: { now: () => Date.now() } }).client.send(input(s.url, 'after-reset'));
    assert.equal(r.outcome, 'success', r.message);
    assert.equal(r.attempts.length, 2);
    assert.equal(r.attempts[0].error?.kind, 'reset');
  });
});

describe('REST-style and JSON endpoints on the wire', () => {
  test('a GET sends its query parameters and no body; a JSON POST sends application/json', async () => {
    const server = await serve(json(200, { code: 200, data: { groups: [] } }));
    const { client: c } = client();
    const groups = findEndpointById('ultragroup.v2UserGroups');
    assert.ok(groups);
    const r = await c.send({ ...input(server.url), endpoint: groups, params: [['userId', 'u 1'], ['page', '2'], ['size', '10']] });
    assert.equal(r.outcome, 'success', r.message);
    assert.equal(server.requests[0].method, 'GET');
    assert.equal(server.requests[0].url, '/v2/ultragroups/users/u%201/groups?page=2&size=10');
    assert.equal(server.requests[0].body, '');
    assert.equal(server.requests[0].headers['content-type'], undefined);
    const tags = findEndpointById('user.tagSet');
    assert.ok(tags);
    await c.send({ ...input(server.url), endpoint: tags, params: [['userId', 'u1'], ['tags', 'a'], ['tags', 'b']] });
    assert.equal(server.requests[1].method, 'POST');
    assert.equal(server.requests[1].headers['content-type'], 'application/json');
    assert.deepEqual(JSON.parse(server.requests[1].body), { userId: 'u1', tags: ['a', 'b'] });
    assertNoSecret(r);
  });
});
