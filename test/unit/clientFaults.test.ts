/**
 * RongClient when the network misbehaves, against real sockets on 127.0.0.1: timeouts, resets,
 * refused connections, DNS failures, backup hosts, Retry-After, TLS, cancelling and closing.
 * Timeouts are short (200 ms) and sleeps injected, so the whole file runs in a few seconds.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { RongClient } from '../../src/core/http';
import { GET_TOKEN } from '../../src/core/contract';
import { backoffDelay, parseRetryAfter } from '../../src/core/http/retry';
import type { SendInput } from '../../src/core/sendResult';
import {
  closedPort,
  codeAnswer,
  dribble,
  json,
  raw,
  registerThenReset,
  registry,
  resetBeforeBody,
  ResetServer,
  seededRandom,
  silent,
  tokenAnswer,
  type Behaviour,
} from './support/faultServer';
import { clientHarness } from './support/clientHarness';

const SECRET = 'canary-Secret-faults-0c4e8a';

const { serve, client, input, defer } = clientHarness({ appKey: 'app-key-faults', appSecret: SECRET }, 200);

const host = (url: string) => url.replace('http://', '');

describe('timeouts', () => {
  test('a server that never answers: timed out waiting for response headers, retried, bounded', async () => {
    const server = await serve(silent);
    const started = Date.now();
    const r = await client({ retries: 1 }).client.send(input(server.url));
    assert.equal(r.outcome, 'networkError');
    assert.equal(r.message, `timed out after 0.2 s waiting for response headers from ${host(server.url)} (2 attempts)`);
    assert.deepEqual(r.attempts.map((a) => a.error?.kind), ['timeout', 'timeout']);
    assert.ok(r.attempts.every((a) => a.error?.requestSent === true));
    assert.equal(server.requestCount, 2);
    assert.ok(Date.now() - started < 5000, 'bounded time');
  });

  test('the timeout is configurable and shown in the message', async () => {
    const server = await serve(silent);
    const r = await client({ retries: 0, timeoutMs: 300 }).client.send(input(server.url));
    assert.equal(r.message, `timed out after 0.3 s waiting for response headers from ${host(server.url)}`);
  });

  test('a body dribbled byte by byte: timed out waiting for the response body', async () => {
    const server = await serve(dribble(JSON.stringify({ code: 200, userId: 'u1', token: 'slow' }), 1000));
    const r = await client({ retries: 0 }).client.send(input(server.url));
    assert.equal(r.outcome, 'networkError');
    assert.equal(r.attempts[0].error?.kind, 'timeout');
    assert.equal(r.attempts[0].status, 200);
    assert.match(r.message, /^timed out after 0\.2 s waiting for the response body from 127\.0\.0\.1:\d+ \(HTTP 200 had begun\)$/);
  });

  test('a slow server within the timeout is fine', async () => {
    const server = await serve(dribble(JSON.stringify({ code: 200, userId: 'u1', token: 'slow' }), 5));
    const r = await client({ retries: 0, timeoutMs: 1000 }).client.send(input(server.url));
    assert.equal(r.outcome, 'success', r.message);
  });
});

describe('resets', () => {
  test('reset before the request body is read, then success on the retry', async () => {
    const server = await serve(resetBeforeBody, tokenAnswer);
    const r = await client().client.send(input(server.url));
    assert.equal(r.outcome, 'success', r.message);
    assert.equal(r.attempts[0].error?.kind, 'reset');
    assert.equal(r.attempts.length, 2);
    assert.equal(server.requestCount, 2);
    assert.equal(r.likelyRegisteredEarlier, undefined);
  });

  test('a TCP server that resets every connection: networkError reset, bounded', async () => {
    const s = await ResetServer.start();
    defer(() => s.stop());
    const r = await client({ retries: 2 }).client.send(input(s.url));
    assert.equal(r.outcome, 'networkError');
    assert.ok(r.attempts.every((a) => a.error?.kind === 'reset'));
    assert.equal(s.connections, 3);
    assert.match(r.message, /connection to 127\.0\.0\.1:\d+ was reset/);
  });

  test('reset after the request was read, then 1004 on the retry: likely registered earlier', async () => {
    const server = await serve(registerThenReset, registry);
    const r = await client().client.send(input(server.url, 'ambiguous-user'));
    assert.equal(r.outcome, 'apiError');
    assert.equal(r.code, 1004);
    assert.equal(r.likelyRegisteredEarlier, true);
    assert.equal(r.attempts[0].error?.kind, 'reset');
    assert.equal(r.attempts[0].error?.requestSent, true);
    assert.match(r.message, /^1004 User ID already exists \(server says "error 1004"\): the earlier attempt that failed \(.*reset after the request was sent.*\) most likely registered the user/);
    assert.deepEqual([...server.users], ['ambiguous-user']);
    assert.equal(server.requestCount, 2);
  });

  test('a timeout, then 1004 on the retry: likely registered earlier', async () => {
    // Registers, then never answers (undici's header timer ticks in ~0.5 s steps: no "late" answer race).
    const registerThenHang: Behaviour = (x) => void x.server.users.add('slow-user');
    const server = await serve(registerThenHang, registry);
    const r = await client().client.send(input(server.url, 'slow-user'));
    assert.equal(r.likelyRegisteredEarlier, true);
    assert.match(r.message, /timed out after 0\.2 s waiting for response headers/);
  });

  test('1004 after a refused primary is not blamed on the earlier attempt', async () => {
    const port = await closedPort();
    const backup = await serve(codeAnswer(1004));
    const r = await client().client.send(input({ primary: `http://127.0.0.1:${port}`, backup: backup.url }));
    assert.equal(r.outcome, 'apiError');
    assert.equal(r.likelyRegisteredEarlier, undefined);
    assert.equal(r.message, '1004 User ID already exists (server says "error 1004")');
  });
});

describe('connection failures and hosts', () => {
  test('connection refused (a closed port): plain words, retried, bounded', async () => {
    const port = await closedPort();
    const { client: c, waits } = client({ retries: 2 });
    const r = await c.send(input(`http://127.0.0.1:${port}`));
    assert.equal(r.outcome, 'networkError');
    assert.equal(r.message, `connection refused by 127.0.0.1:${port} (3 attempts)`);
    assert.ok(r.attempts.every((a) => a.error?.kind === 'refused' && a.error.requestSent === false));
    assert.equal(waits.length, 2);
  });

  test('DNS failure names the host; a name that does not exist is not retried on itself', async () => {
    const { client: c, waits } = client({ retries: 2, timeoutMs: 5000 });
    const r = await c.send(input('http://nonexistent.invalid'));
    assert.equal(r.outcome, 'networkError');
    assert.equal(r.attempts[0].error?.kind, 'dns');
    assert.match(r.message, /^DNS lookup failed for host nonexistent\.invalid/);
    assert.equal(r.attempts.length, 1);
    assert.deepEqual(waits, []);
  });

  test('DNS failure of the primary: the backup answers', async () => {
    const backup = await serve(tokenAnswer);
    const r = await client({ timeoutMs: 5000 }).client.send(input({ primary: 'http://nonexistent.invalid', backup: backup.url }));
    assert.equal(r.outcome, 'success', r.message);
    assert.deepEqual(r.attempts.map((a) => a.host), ['nonexistent.invalid', host(backup.url)]);
  });

  test('primary down (closed port), backup up: success on the backup', async () => {
    const port = await closedPort();
    const backup = await serve(tokenAnswer);
    const r = await client().client.send(input({ primary: `http://127.0.0.1:${port}`, backup: backup.url }));
    assert.equal(r.outcome, 'success', r.message);
    assert.deepEqual(r.attempts.map((a) => a.host), [`127.0.0.1:${port}`, host(backup.url)]);
    assert.equal(r.request.url, `${backup.url}/user/getToken.json`);
  });

  test('primary answers 503, backup up: the retry goes to the backup', async () => {
    const primary = await serve(raw(503, 'down', 'text/plain'));
    const backup = await serve(tokenAnswer);
    const r = await client().client.send(input({ primary: primary.url, backup: backup.url }));
    assert.equal(r.outcome, 'success', r.message);
    assert.equal(primary.requestCount, 1);
    assert.equal(backup.requestCount, 1);
  });

  test('both down: every cause named, hosts alternate, attempts bounded', async () => {
    const p1 = await closedPort();
    const p2 = await closedPort();
    const r = await client({ retries: 3 }).client.send(input({ primary: `http://127.0.0.1:${p1}`, backup: `http://127.0.0.1:${p2}` }));
    assert.equal(r.outcome, 'networkError');
    assert.deepEqual(r.attempts.map((a) => a.host), [p1, p2, p1, p2].map((p) => `127.0.0.1:${p}`));
    assert.equal(r.message, `4 attempts failed: connection refused by 127.0.0.1:${p1}; connection refused by 127.0.0.1:${p2}`);
  });

  test('TLS to a server that speaks plain HTTP: a TLS error, not retried', async () => {
    const server = await serve(tokenAnswer);
    const r = await client({ retries: 2 }).client.send(input(server.url.replace('http:', 'https:')));
    assert.equal(r.outcome, 'networkError');
    assert.equal(r.attempts.length, 1);
    assert.equal(r.attempts[0].error?.kind, 'tls');
    assert.match(r.message, /^TLS error with 127\.0\.0\.1:\d+: /);
  });

  test('a base URL with a path prefix keeps it', async () => {
    const server = await serve(tokenAnswer);
    const r = await client().client.send(input(`${server.url}/rong/`));
    assert.equal(r.outcome, 'success');
    assert.equal(server.requests[0].url, '/rong/user/getToken.json');
  });

  test('an unusable base URL refuses to send', async () => {
    const r = await client().client.send(input('not a url'));
    assert.equal(r.outcome, 'refused');
    assert.match(r.message, /^the request was not sent: base URL "not a url" is not an absolute URL/);
    assert.deepEqual(r.attempts, []);
  });

  test('a header value with a line break is refused, not retried', async () => {
    const server = await serve(tokenAnswer);
    const r = await client().client.send(input(server.url, 'u1', { extraHeaders: [['X-Bad', 'a\r\nInjected: 1']] }));
    assert.equal(r.outcome, 'refused');
    assert.equal(r.attempts.length, 1);
    assert.equal(server.requestCount, 0);
  });
});

describe('retries and backoff', () => {
  test('HTTP 503 forever: retries bounded by options.retries, full-jitter waits within their caps', async () => {
    const server = await serve(raw(503, '', 'text/plain'));
    const { client: c, waits } = client({ retries: 4, backoffBaseMs: 100, backoffMaxMs: 500 });
    const r = await c.send(input(server.url));
    assert.equal(r.outcome, 'httpError');
    assert.equal(r.httpStatus, 503);
    assert.equal(server.requestCount, 5);
    assert.equal(waits.length, 4);
    const caps = [100, 200, 400, 500];
    waits.forEach((w, i) => assert.ok(w >= 0 && w < caps[i], `wait ${i + 1}: ${w} < ${caps[i]}`));
    assert.deepEqual(r.attempts.map((a) => a.waitedMs), [0, ...waits]);
    assert.match(r.message, /^HTTP 503 Service Unavailable: an empty body \(5 attempts\)$/);
  });

  test('retries: 0 sends once', async () => {
    const server = await serve(raw(503, '', 'text/plain'));
    const r = await client({ retries: 0 }).client.send(input(server.url));
    assert.equal(r.outcome, 'httpError');
    assert.equal(server.requestCount, 1);
  });

  test('full jitter: waits are uniform below min(max, base·2^(n−1))', () => {
    const random = seededRandom(42);
    for (let n = 1; n <= 10; n++) {
      for (let k = 0; k < 50; k++) {
        const d = backoffDelay(n, 200, 5000, random);
        assert.ok(d >= 0 && d < Math.min(5000, 200 * 2 ** (n - 1)));
      }
    }
  });

  test('HTTP 429 with Retry-After in seconds: waits that long on the same host, then success', async () => {
    const primary = await serve(json(429, { code: 1008 }, { 'Retry-After': '2' }), tokenAnswer);
    const backup = await serve(tokenAnswer);
    const { client: c, waits } = client();
    const r = await c.send(input({ primary: primary.url, backup: backup.url }));
    assert.equal(r.outcome, 'success', r.message);
    assert.deepEqual(waits, [2000]);
    assert.equal(primary.requestCount, 2);
    assert.equal(backup.requestCount, 0);
  });

  test('HTTP 429 with Retry-After as an HTTP date', async () => {
    const now = 1_700_000_000_000;
    const date = new Date(now + 5000).toUTCString();
    const server = await serve(raw(429, '', 'text/plain', { 'Retry-After': date }), tokenAnswer);
    const { client: c, waits } = client({ clock: { now: () => now } });
    const r = await c.send(input(server.url));
    assert.equal(r.outcome, 'success', r.message);
    assert.equal(waits.length, 1);
    assert.ok(waits[0] > 4000 && waits[0] <= 5000, String(waits[0]));
  });

  test('HTTP 429 asking for more than the cap: no wait, a clear message', async () => {
    const server = await serve(raw(429, '', 'text/plain', { 'Retry-After': '120' }), tokenAnswer);
    const { client: c, waits } = client();
    const r = await c.send(input(server.url));
    assert.equal(r.outcome, 'httpError');
    assert.equal(r.httpStatus, 429);
    assert.deepEqual(waits, []);
    assert.equal(server.requestCount, 1);
    assert.equal(r.message, 'HTTP 429 Too Many Requests: the server asks to wait 120 s before retrying, longer than the 60 s this client waits; try again later');
  });

  test('HTTP 429 without Retry-After backs off; when retries run out it is an httpError', async () => {
    const server = await serve(json(429, { code: 1008, errorMessage: 'rate limit' }));
    const { client: c, waits } = client({ retries: 2 });
    const r = await c.send(input(server.url));
    assert.equal(r.outcome, 'httpError');
    assert.equal(r.code, 1008);
    assert.equal(waits.length, 2);
    assert.equal(server.requestCount, 3);
    assert.match(r.message, /^HTTP 429 Too Many Requests: body code 1008.*rate limit.*\(3 attempts\)$/);
  });

  test('Retry-After parsing', () => {
    const now = Date.UTC(2024, 0, 1);
    assert.equal(parseRetryAfter('0', now), 0);
    assert.equal(parseRetryAfter(' 7 ', now), 7000);
    assert.equal(parseRetryAfter(new Date(now + 3000).toUTCString(), now), 3000);
    assert.equal(parseRetryAfter(new Date(now - 3000).toUTCString(), now), 0);
    assert.equal(parseRetryAfter('-1', now), undefined);
    assert.equal(parseRetryAfter('soon', now), undefined);
    assert.equal(parseRetryAfter(undefined, now), undefined);
  });
});

describe('cancelling and closing', () => {
  test('abort while waiting for an answer: cancelled promptly', async () => {
    const ac = new AbortController();
    // The server never answers; the abort comes once it has the request (no race with timing).
    const server = await serve((x) => {
      silent(x);
      setImmediate(() => ac.abort());
    });
    const { client: c } = client({ timeoutMs: 10_000 });
    const started = Date.now();
    const r = await c.send(input(server.url, 'u1', { signal: ac.signal }));
    assert.equal(r.outcome, 'cancelled');
    assert.ok(Date.now() - started < 2000, 'well before the 10 s timeout');
    assert.equal(r.attempts.length, 1);
    assert.match(r.message, /^cancelled after the request was sent/);
  });

  test('abort during the backoff sleep: cancelled promptly, even with a sleep that ignores the signal', async () => {
    const server = await serve(raw(503, '', 'text/plain'));
    const ac = new AbortController();
    // The abort comes exactly while the client sleeps (no race with the first attempt's timing).
    const abortThenSleepForever = () => {
      setImmediate(() => ac.abort());
      return new Promise<void>(() => undefined);
    };
    const c = new RongClient({ timeoutMs: 1000, sleep: abortThenSleepForever, env: {} });
    defer(() => c.close());
    const r = await c.send(input(server.url, 'u1', { signal: ac.signal }));
    assert.equal(r.outcome, 'cancelled');
    assert.equal(r.attempts.length, 1);
    assert.equal(r.message, 'cancelled while waiting to retry');
  });

  test('the default sleep waits for real and ends at once on abort', async () => {
    const ac = new AbortController();
    // Answer 503, then abort a moment later: the client is in its ~58 s backoff by then.
    const answer503 = raw(503, '', 'text/plain');
    const server = await serve((x) => {
      answer503(x);
      setTimeout(() => ac.abort(), 100);
    });
    const c = new RongClient({ timeoutMs: 1000, backoffBaseMs: 60_000, backoffMaxMs: 60_000, random: { bytes: (n) => new Uint8Array(n).fill(249) } /* jitter near its cap: ~58 s */, env: {} });
    defer(() => c.close());
    const started = Date.now();
    const r = await c.send(input(server.url, 'u1', { signal: ac.signal }));
    assert.equal(r.outcome, 'cancelled');
    assert.equal(r.attempts.length, 1, 'the abort came during the backoff, after the first attempt');
    assert.ok(Date.now() - started < 5000);
  });

  test('an already aborted signal: nothing is sent', async () => {
    const server = await serve(tokenAnswer);
    const ac = new AbortController();
    ac.abort();
    const r = await client().client.send(input(server.url, 'u1', { signal: ac.signal }));
    assert.equal(r.outcome, 'cancelled');
    assert.deepEqual(r.attempts, []);
    assert.equal(server.requestCount, 0);
  });

  test('close() cancels what is in flight; a send after close is refused', async () => {
    const server = await serve(silent);
    const c = new RongClient({ timeoutMs: 10_000, env: {} });
    const pending = c.send(input(server.url));
    await new Promise((r) => setTimeout(r, 50));
    await c.close();
    const r = await pending;
    assert.equal(r.outcome, 'cancelled');
    assert.equal(r.message, 'cancelled: the client was closed');
    const after = await c.send(input(server.url));
    assert.equal(after.outcome, 'refused');
    assert.match(after.message, /client is closed/);
    await c.close();
  });

  test('malformed input from an untyped caller: refused, never a throw or a rejection', async () => {
    const { client: c } = client();
    for (const bad of [undefined, {}, { endpoint: GET_TOKEN }, { ...input('http://127.0.0.1:1'), params: undefined }]) {
      const r = await c.send(bad as unknown as SendInput);
      assert.equal(r.outcome, 'refused');
      assert.match(r.message, /^the request was not sent: /);
    }
  });

  test('many failing sends at once settle, none rejects', async () => {
    const port = await closedPort();
    const server = await serve(silent);
    const { client: c } = client({ retries: 1, timeoutMs: 100 });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => c.send(input(i % 2 ? `http://127.0.0.1:${port}` : server.url, `user-${i}`))),
    );
    assert.ok(results.every((r) => r.outcome === 'networkError'));
    for (const r of results) assert.ok(!JSON.stringify(r).includes(SECRET));
  });
});
