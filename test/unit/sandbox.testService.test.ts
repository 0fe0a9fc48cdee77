/**
 * Issue 20, "the sandbox as a test service": the version header on every answer, the request
 * journal (never a secret or a full token), faults on purpose (the official Node SDK, RongClient's
 * retry and the runner's against them), --rate-limits live, --seed, export → reset → import, and
 * the request guard on the new routes (DNS rebinding, cross-site form posts; programs still work).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { request as httpRequest } from 'node:http';
import { RongClient } from '../../src/core/http';
import { GET_TOKEN } from '../../src/core/contract';
import { maskToken } from '../../src/core/secrets';
import { parseCli } from '../../src/sandbox/cli';
import { FAULT_RULE_LIMITS } from '../../src/sandbox/faults';
import { LIVE_RATE_LIMITS } from '../../src/sandbox/rateLimits';
import { REQUEST_RING_SIZE, RequestJournal } from '../../src/sandbox/requestJournal';
import { SandboxServer } from '../../src/sandbox/server';
import { STATE_FORMAT_VERSION } from '../../src/sandbox/testService';
import { call, control, manualClock } from './support/sandboxClient';
import { runCli, tempDir } from './support/runnerHarness';

const SECRET = 'canary-Secret-testsvc-8e41b7';
const APP = { appKey: 'svc-app', appSecret: SECRET };
const VERSION = (JSON.parse(readFileSync(join(__dirname, '../../packages/rong-sandbox/package.json'), 'utf8')) as { version: string }).version;
const START = Date.UTC(2025, 5, 1);

type Json = Record<string, unknown>;

/** node:http, so that Host, Origin and Content-Type are exactly what the test says. */
function raw(url: string, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; json: Json }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: u.hostname, port: u.port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString('utf8')));
      res.on('end', () => {
        let json: Json = {};
        try {
          json = JSON.parse(text) as Json;
        } catch {
          json = { text };
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, json });
      });
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const put = (url: string, path: string, body: unknown) => control(url, path, body, 'PUT');
const requests = async (url: string, query = '') => (await control(url, `/_sandbox/requests${query}`)).json.requests as Array<Json & { params: string[][] }>;

describe('the version header', () => {
  let server: SandboxServer;
  before(async () => {
    server = await SandboxServer.start({ apps: [APP] });
  });
  after(() => server.stop());

  it('every answer carries X-Rong-Sandbox with the package.json version: API, control, 404, refusals, faults', async () => {
    assert.match(VERSION, /^\d+\.\d+\.\d+/);
    const port = new URL(server.url).port;
    const seen = [
      await raw(server.url, '/user/getToken.json', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'userId=a' }), // 401: unsigned
      await raw(server.url, '/_sandbox/state'),
      await raw(server.url, '/no/such.json', { method: 'POST' }),
      await raw(server.url, '/_sandbox/state', { headers: { Host: `evil.example:${port}` } }), // 421
      await raw(server.url, '/_sandbox/reset', { method: 'POST', headers: { Origin: 'http://evil.example', 'Content-Type': 'application/json' }, body: '{}' }), // 403
    ];
    await put(server.url, '/_sandbox/faults', { faults: [{ path: '*', answer: 503, count: 1 }] });
    seen.push(await raw(server.url, '/user/getToken.json', { method: 'POST' }));
    server.injectFaults({ status: { code: 502, count: 1 } });
    seen.push(await raw(server.url, '/_sandbox/state'));
    assert.deepEqual(seen.map((r) => r.status), [401, 200, 404, 421, 403, 503, 502]);
    for (const r of seen) assert.equal(r.headers['x-rong-sandbox'], VERSION, String(r.status));
  });
});

describe('the request journal', () => {
  let server: SandboxServer;
  before(async () => {
    server = await SandboxServer.start({ apps: [APP] });
  });
  after(() => server.stop());

  it('lists API requests newest first with the parameters as sent, masked: no secret, no full token, no Signature', async () => {
    const got = await call(server.url, APP, '/user/getToken.json', [['userId', 'alice'], ['name', 'Alice']]);
    const token = String(got.json.token);
    assert.ok(token.length > 12);
    // The canary secret and the token sent back as values, and a parameter named like a token.
    await call(server.url, APP, '/user/getToken.json', [['userId', 'carol'], ['name', `x${SECRET}y`]]);
    await call(server.url, APP, '/user/refresh.json', [['userId', 'alice'], ['name', token]]);
    await call(server.url, APP, '/user/token/expire.json', [['userId', 'alice'], ['time', String(Date.now())], ['token', 'some-other-token-value-xyz']]);
    const list = await requests(server.url);
    const text = JSON.stringify(list);
    assert.ok(!text.includes(SECRET), 'no secret');
    assert.ok(!text.includes(token), 'no full token');
    assert.ok(!text.includes('some-other-token-value-xyz'), 'a parameter named token is masked');
    assert.ok(!/signature/i.test(text), 'no Signature header');
    assert.deepEqual(list.map((e) => e.path), ['/user/token/expire.json', '/user/refresh.json', '/user/getToken.json', '/user/getToken.json']);
    const refresh = list[1];
    assert.equal(refresh.method, 'POST');
    assert.equal(refresh.appKey, APP.appKey);
    assert.equal(refresh.status, 200, JSON.stringify(refresh));
    assert.equal(refresh.code, 200);
    assert.equal(typeof refresh.ms, 'number');
    assert.ok(!Number.isNaN(Date.parse(String(refresh.time))));
    assert.deepEqual(refresh.params, [['userId', 'alice'], ['name', maskToken(token)]]);
    assert.deepEqual(list[2].params, [['userId', 'carol'], ['name', 'x••••••y']]);
    assert.deepEqual(list[3].params, [['userId', 'alice'], ['name', 'Alice']]);
  });

  it('filters by path, honours limit, and refuses a bad limit naming its bounds', async () => {
    await call(server.url, APP, '/user/getToken.json', [['userId', 'bob'], ['name', 'Bob']]);
    const only = await requests(server.url, '?path=/user/getToken.json');
    assert.deepEqual(only.map((e) => e.params[0][1]), ['bob', 'carol', 'alice']);
    assert.equal((await requests(server.url, '?limit=1')).length, 1);
    const bad = await control(server.url, '/_sandbox/requests?limit=0');
    assert.equal(bad.status, 400);
    assert.match(String(bad.json.error), /limit: an integer from 1 to 1000/);
  });

  it('is a ring: past its size the oldest entries go', () => {
    const j = new RequestJournal(() => [], () => false, 3);
    for (let i = 0; i < 5; i++) j.add({ at: 0, method: 'POST', path: `/p${i}`, raw: { query: `i=${i}`, body: Buffer.alloc(0), contentType: undefined }, status: 200, ms: 0 });
    assert.deepEqual(j.list(undefined, 10).map((e) => e.path), ['/p4', '/p3', '/p2']);
    assert.deepEqual(j.list(undefined, 10).map((e) => [e.seq, e.params]), [[5, [['i', '4']]], [4, [['i', '3']]], [3, [['i', '2']]]], 'read when listed, numbered when added');
    assert.equal(REQUEST_RING_SIZE, 1000);
  });
});

describe('faults on purpose', () => {
  let server: SandboxServer;
  before(async () => {
    server = await SandboxServer.start({ apps: [APP] });
  });
  after(() => server.stop());

  it('every field is checked, with its place and its limit', async () => {
    const cases: Array<[unknown, RegExp]> = [
      [{}, /needs "faults": an array/],
      [{ faults: [{ path: 'user', answer: 1008 }] }, /faults\[0\]\.path: "\*" or an API path starting with "\/"/],
      [{ faults: [{ path: '*', answer: 1001 }] }, /faults\[0\]\.answer: one of 1008, 1000, 503/],
      [{ faults: [{ path: '*', answer: 1008, probability: 1.5 }] }, /faults\[0\]\.probability: a number from 0 to 1/],
      [{ faults: [{ path: '*', delayMs: 60_001 }] }, /faults\[0\]\.delayMs: an integer from 0 to 60000/],
      [{ faults: [{ path: '*', answer: 1000 }, { path: '*', answer: 1000, count: 0 }] }, /faults\[1\]\.count: an integer from 1 to 1000000/],
      [{ faults: [{ path: '*' }] }, /faults\[0\]: give "answer", "delayMs" or both/],
      [{ faults: [{ path: '*', answer: 503, colour: 'red' }] }, /faults\[0\]\.colour: not a field of a rule/],
      [{ faults: Array.from({ length: FAULT_RULE_LIMITS.rules + 1 }, () => ({ path: '*', answer: 503 })) }, /at most 100 rules/],
    ];
    for (const [body, message] of cases) {
      const r = await put(server.url, '/_sandbox/faults', body);
      assert.equal(r.status, 400, JSON.stringify(body).slice(0, 80));
      assert.match(String(r.json.error), message);
    }
    assert.deepEqual((await control(server.url, '/_sandbox/faults')).json.faults, []);
  });

  it('a rule answers 1008 with HTTP 429, 1000 with 500, a bare 503; per path, `count` times, then the endpoint again', async () => {
    await put(server.url, '/_sandbox/faults', { faults: [{ path: '/user/getToken.json', answer: 1008, count: 1 }, { path: '/user/refresh.json', answer: 1000, count: 1 }, { path: '//group/create.json', answer: 503, count: 1 }] });
    const limited = await call(server.url, APP, '/user/getToken.json', [['userId', 'f1'], ['name', 'F']]);
    assert.deepEqual([limited.status, limited.json.code], [429, 1008]);
    const internal = await call(server.url, APP, '/user/refresh.json', [['userId', 'f1'], ['name', 'F']]);
    assert.deepEqual([internal.status, internal.json.code], [500, 1000]);
    const bare = await raw(server.url, '/group/create.json', { method: 'POST' });
    assert.equal(bare.status, 503);
    assert.equal(bare.json.code, undefined, 'no API code');
    assert.equal((await call(server.url, APP, '/user/getToken.json', [['userId', 'f1'], ['name', 'F']])).json.code, 200, 'the count is used up');
    assert.deepEqual((await control(server.url, '/_sandbox/faults')).json.faults, [
      { path: '/user/getToken.json', answer: 1008, count: 0 }, { path: '/user/refresh.json', answer: 1000, count: 0 }, { path: '/group/create.json', answer: 503, count: 0 },
    ]);
    const journal = await requests(server.url, '?path=/user/getToken.json');
    assert.deepEqual(journal.map((e) => [e.status, e.code]), [[200, 200], [429, 1008]]);
    assert.match(String(journal[1].fault), /rule 0/);
    assert.equal((await control(server.url, '/_sandbox/faults', {}, 'DELETE')).status, 200);
    assert.deepEqual((await control(server.url, '/_sandbox/faults')).json.faults, []);
  });

  it('a delay without an answer holds the request, then the endpoint answers; probability 0 never applies', async () => {
    await put(server.url, '/_sandbox/faults', { faults: [{ path: '/user/checkOnline.json', answer: 1008, probability: 0 }, { path: '*', delayMs: 150, count: 1 }] });
    const t0 = Date.now();
    const r = await call(server.url, APP, '/user/checkOnline.json', [['userId', 'f1']]);
    assert.equal(r.status, 200, 'probability 0: the endpoint');
    const t1 = Date.now();
    const slow = await call(server.url, APP, '/user/getToken.json', [['userId', 'f2'], ['name', 'F']]);
    assert.equal(slow.json.code, 200);
    assert.ok(Date.now() - t1 >= 140, `delayed (${Date.now() - t1} ms)`);
    assert.ok(t1 - t0 < 140, 'the probability-0 rule did not count as the delay rule either');
    await control(server.url, '/_sandbox/faults', {}, 'DELETE');
  });

  it('the official Node SDK against a 1008 fault sees 1008, as its own 20001 "rate exceeded" (its request answered HTTP 429)', async () => {
    const sdk = createRequire(__filename)('rongcloud-sdk') as (c: { appkey: string; secret: string; api: string }) => { User: { register(u: unknown): Promise<Json> } };
    const rong = sdk({ appkey: APP.appKey, secret: APP.appSecret, api: server.url });
    await put(server.url, '/_sandbox/faults', { faults: [{ path: '/user/getToken.json', answer: 1008, count: 1 }] });
    const r = await rong.User.register({ id: 'sdk-f', name: 'S', portrait: 'http://example.com/p.png' });
    // The SDK maps the body's 1008 to its own code (lib/user/api.json register.response.fail["1008"]).
    assert.equal(r.code, '20001', JSON.stringify(r));
    assert.match(String(r.msg), /调用频率超限/);
    const seen = (await requests(server.url, '?limit=1'))[0];
    assert.deepEqual([seen.status, seen.code], [429, 1008]);
    assert.equal((await rong.User.register({ id: 'sdk-f', name: 'S', portrait: 'http://example.com/p.png' })).code, 200, 'the next one goes through');
  });

  it('RongClient (retries 2) and the runner (--retries 2) make the same attempts against a fault of count N', async () => {
    const client = new RongClient({ retries: 2, backoffBaseMs: 1, backoffMaxMs: 1, env: {} });
    const work = await tempDir({ 'r2.rong.http': 'POST /user/getToken.json\n\nuserId=runner-2&name=R\n', 'r3.rong.http': 'POST /user/getToken.json\n\nuserId=runner-3&name=R\n' });
    try {
      for (const [n, expected] of [[2, 'success'], [3, 'failure']] as const) {
        await control(server.url, '/_sandbox/reset', {});
        // The client: 429 is retried on the same host (src/core/http/retry.ts afterAnswer), up to `retries` times.
        await put(server.url, '/_sandbox/faults', { faults: [{ path: '/user/getToken.json', answer: 1008, count: n }] });
        const r = await client.send({ endpoint: GET_TOKEN, params: [['userId', `client-${n}`], ['name', 'C']], credentials: APP, hosts: { primary: server.url } });
        const clientAttempts = (await requests(server.url, '?path=/user/getToken.json')).filter((e) => e.params[0][1] === `client-${n}`).length;
        assert.equal(r.attempts.length, 3);
        assert.equal(clientAttempts, 3);
        assert.equal(r.outcome === 'success' ? 'success' : 'failure', expected, r.message);
        // The runner: the same RongClient policy, through rong-http run.
        await put(server.url, '/_sandbox/faults', { faults: [{ path: '/user/getToken.json', answer: 1008, count: n }] });
        const run = await runCli(work.dir, ['run', '--base-url', server.url, '--app-key', APP.appKey, '--retries', '2', `r${n}.rong.http`], { RONG_APP_SECRET: APP.appSecret });
        const runnerAttempts = (await requests(server.url, '?path=/user/getToken.json')).filter((e) => e.params[0][1] === `runner-${n}`).length;
        assert.equal(runnerAttempts, clientAttempts, `count ${n}: the runner retried as the client did`);
        assert.equal(run.code, expected === 'success' ? 0 : 1, run.stdout + run.stderr);
        assert.ok(!(run.stdout + run.stderr).includes(SECRET));
      }
    } finally {
      await client.close();
      await work.remove();
      await control(server.url, '/_sandbox/faults', {}, 'DELETE');
    }
  });

  it('the CLI --fault-* flags still parse into injected faults', () => {
    assert.deepEqual(parseCli(['--fault-5xx', '2', '--fault-delay', '5']).faults, { delayMs: 5, status: { code: 503, count: 2 } });
  });
});

describe('--rate-limits live', () => {
  it('the table is one place, each row with its source; broadcast and push share 2 an hour, then 1008 with HTTP 429', async () => {
    assert.ok(LIVE_RATE_LIMITS.every((r) => r.source.length > 10 && r.endpoints.length > 0));
    const clock = manualClock(START);
    const server = await SandboxServer.start({ apps: [APP], rateLimits: 'live', clock });
    try {
      const send = (path: string) => call(server.url, APP, path, [['fromUserId', 'a'], ['objectName', 'RC:TxtMsg'], ['content', '{"content":"hi"}']]);
      assert.notEqual((await send('/message/broadcast.json')).status, 429);
      assert.notEqual((await send('/push.json')).status, 429);
      const third = await send('/message/broadcast.json');
      assert.deepEqual([third.status, third.json.code], [429, 1008]);
      assert.match(String(third.json.errorMessage), /2 an hour/);
      assert.notEqual((await send('/user/checkOnline.json')).status, 429, 'another endpoint has its own limit');
      clock.advance(60 * 60 * 1000);
      assert.notEqual((await send('/message/broadcast.json')).status, 429, 'the next hour');
      assert.equal((await send('/message/broadcast.json')).status, 429, '3 a day');
    } finally {
      await server.stop();
    }
    const off = await SandboxServer.start({ apps: [APP], clock: manualClock(START) });
    try {
      for (let i = 0; i < 4; i++) assert.notEqual((await call(off.url, APP, '/message/broadcast.json', [['fromUserId', 'a']])).status, 429, 'off by default');
    } finally {
      await off.stop();
    }
    assert.equal(parseCli(['--rate-limits', 'live']).options.rateLimits, 'live');
    assert.throws(() => parseCli(['--rate-limits', 'fast']), /--rate-limits expects off or live, not "fast"/);
  });
});

describe('seed, export and import', () => {
  it('--seed: users, groups with members, chatrooms and friends; a wrong field is named with its place', async () => {
    const work = await tempDir({
      'seed.json': JSON.stringify({
        users: [{ userId: 'alice', name: 'Alice' }, { userId: 'bob' }],
        groups: [{ groupId: 'g1', name: 'G', members: ['alice', 'bob'] }],
        chatrooms: [{ chatroomId: 'room1', name: 'Room' }],
        friends: [['alice', 'bob']],
      }),
      'bad.json': JSON.stringify({ users: [{ userId: 'a' }, { userId: 'b' }, { userId: 'c' }, { userId: 'has space' }] }),
    });
    try {
      const server = await SandboxServer.start({ apps: [APP], seed: join(work.dir, 'seed.json') });
      try {
        assert.deepEqual(server.registeredUserIds(APP.appKey), ['alice', 'bob']);
        assert.deepEqual([...(server.model.app(APP.appKey).groups.get('g1')?.members ?? [])], ['alice', 'bob']);
        const friends = await call(server.url, APP, '/friend/check.json', [['userId', 'alice'], ['targetIds', 'bob']]);
        assert.equal(friends.json.code, 200, friends.text);
        assert.deepEqual(friends.json.results, [{ userId: 'bob', result: 4 }], 'mutual friends');
        const room = await call(server.url, APP, '/chatroom/query.json', [['chatroomId', 'room1']]);
        assert.match(room.text, /Room/);
      } finally {
        await server.stop();
      }
      await assert.rejects(SandboxServer.start({ apps: [APP], seed: join(work.dir, 'bad.json') }), /users\[3\]\.userId: a string of 1–64 characters without spaces/);
      await writeFile(join(work.dir, 'bad2.json'), JSON.stringify({ groups: [{ groupId: 'g', members: [] }] }));
      await assert.rejects(SandboxServer.start({ apps: [APP], seed: join(work.dir, 'bad2.json') }), /groups\[0\]\.members: a group needs at least one member/);
      assert.equal(parseCli(['--seed', 'x.json']).options.seed, join(process.cwd(), 'x.json'));
    } finally {
      await work.remove();
    }
  });

  it('export → reset → import gives the same /_sandbox/state; a newer version is refused naming both, an unknown app too', async () => {
    const server = await SandboxServer.start({ apps: [APP] });
    try {
      await call(server.url, APP, '/user/getToken.json', [['userId', 'alice'], ['name', 'Alice']]);
      await call(server.url, APP, '/user/getToken.json', [['userId', 'bob'], ['name', 'Bob']]);
      await call(server.url, APP, '/group/create.json', [['userId', 'alice'], ['userId', 'bob'], ['groupId', 'g1'], ['groupName', 'G']]);
      await call(server.url, APP, '/message/private/publish.json', [['fromUserId', 'alice'], ['toUserId', 'bob'], ['objectName', 'RC:TxtMsg'], ['content', '{"content":"hi"}']]);
      await control(server.url, '/_sandbox/clients/join', { userId: 'bob', chatroomId: 'room1', autoCreate: true });
      await control(server.url, '/_sandbox/clock', { advanceMs: 5000 });
      const stateOf = async () => {
        const s = (await control(server.url, '/_sandbox/state')).json;
        delete s.revision;
        delete s.now; // the clock runs between the two reads
        return s;
      };
      const before = await stateOf();
      const exported = (await control(server.url, '/_sandbox/export')).json;
      assert.equal(exported.format, 'rong-sandbox-state');
      assert.equal(exported.version, STATE_FORMAT_VERSION);
      await control(server.url, '/_sandbox/reset', {});
      assert.notDeepEqual(await stateOf(), before);
      const imported = await control(server.url, '/_sandbox/import', exported);
      assert.equal(imported.status, 200, JSON.stringify(imported.json));
      assert.deepEqual(await stateOf(), before);

      const newer = await control(server.url, '/_sandbox/import', { ...exported, version: STATE_FORMAT_VERSION + 1 });
      assert.equal(newer.status, 400);
      assert.match(String(newer.json.error), new RegExp(`format version ${STATE_FORMAT_VERSION + 1}, newer than this sandbox knows \\(version ${STATE_FORMAT_VERSION}\\)`));
      const foreign = await control(server.url, '/_sandbox/import', { ...exported, records: [{ t: 'user', app: 'other', userId: 'x', name: 'X', createdAt: START }] });
      assert.match(String(foreign.json.error), /records\[0\]\.app: "other" is not an app of this sandbox/);
      assert.match(String((await control(server.url, '/_sandbox/import', { format: 'x', version: 1, records: [] })).json.error), /^format: "rong-sandbox-state"/);
      assert.deepEqual(await stateOf(), before, 'a refused import changes nothing');
    } finally {
      await server.stop();
    }
  });
});

describe('the request guard on the test-service routes', () => {
  let server: SandboxServer;
  let port = '';
  before(async () => {
    server = await SandboxServer.start({ apps: [APP] });
    port = new URL(server.url).port;
    await call(server.url, APP, '/user/getToken.json', [['userId', 'alice'], ['name', 'Alice']]);
  });
  after(() => server.stop());

  it('a rebinding Host with the right port is 421 on requests, faults, export and import', async () => {
    for (const [method, path] of [['GET', '/_sandbox/requests'], ['GET', '/_sandbox/export'], ['PUT', '/_sandbox/faults'], ['DELETE', '/_sandbox/faults'], ['POST', '/_sandbox/import']]) {
      const r = await raw(server.url, path, { method, headers: { Host: `rebind.evil.example:${port}`, 'Content-Type': 'application/json' }, body: method === 'GET' ? undefined : '{"faults":[]}' });
      assert.equal(r.status, 421, `${method} ${path}`);
      assert.ok(!JSON.stringify(r.json).includes('alice'));
    }
  });

  it('in a container (listening on 0.0.0.0) a mapped port passes, with an IP or an allowed name; a rebinding name does not', async () => {
    const inContainer = await SandboxServer.start({ apps: [APP], host: '0.0.0.0', allowedHosts: ['sandbox'], inspect: true });
    try {
      const p = new URL(inContainer.url).port;
      const at = (host: string) => raw(`http://127.0.0.1:${p}`, '/_sandbox/state', { headers: { Host: host } });
      assert.equal((await at('localhost:49153')).status, 200, 'Testcontainers: localhost and the mapped port');
      assert.equal((await at('172.17.0.1:49153')).status, 200, 'the Docker host by IP');
      assert.equal((await at('sandbox:8080')).status, 200, 'a compose service name given with --allowed-hosts');
      assert.equal((await at('rebind.evil.example:49153')).status, 421);
      assert.equal((await at(`rebind.evil.example:${p}`)).status, 421);
    } finally {
      await inContainer.stop();
    }
  });

  it('cross-site form posts (text/plain, form-urlencoded) and any Origin are refused on PUT/DELETE faults and POST import; nothing changes', async () => {
    const before = server.revision;
    const rules = { faults: [{ path: '*', answer: 503 }] };
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      for (const [method, path, body] of [['PUT', '/_sandbox/faults', JSON.stringify(rules)], ['DELETE', '/_sandbox/faults', ''], ['POST', '/_sandbox/import', '{}']]) {
        assert.equal((await raw(server.url, path, { method, headers: { 'Content-Type': type }, body })).status, 415, `${type} ${method} ${path}`);
      }
    }
    for (const path of ['/_sandbox/requests', '/_sandbox/export', '/_sandbox/faults']) {
      assert.equal((await raw(server.url, path, { headers: { Origin: 'http://evil.example' } })).status, 403, path);
    }
    assert.equal((await raw(server.url, '/_sandbox/faults', { method: 'PUT', headers: { Origin: 'http://evil.example', 'Content-Type': 'application/json' }, body: JSON.stringify(rules) })).status, 403);
    assert.deepEqual((await control(server.url, '/_sandbox/faults')).json.faults, [], 'no rule was set');
    assert.equal(server.revision, before);
    // The documented clients: fetch with no Origin, and the official SDK.
    assert.equal((await put(server.url, '/_sandbox/faults', { faults: [] })).status, 200);
    const sdk = createRequire(__filename)('rongcloud-sdk') as (c: { appkey: string; secret: string; api: string }) => { User: { register(u: unknown): Promise<Json> } };
    assert.equal((await sdk({ appkey: APP.appKey, secret: APP.appSecret, api: server.url }).User.register({ id: 'sdk-g', name: 'S', portrait: 'http://example.com/p.png' })).code, 200);
  });
});
