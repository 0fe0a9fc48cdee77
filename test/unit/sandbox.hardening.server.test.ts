/**
 * Issue 16, items 1 and 6: no answer grows with the state (paged /_sandbox/ lists), an exception in
 * any handler is a 500 and never ends the process, the view's poll is a 304 when nothing changed,
 * and no web page can drive the sandbox (Host, Origin, content type; no CORS header anywhere).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { MAX_PAGE_CHARS, OVERVIEW_LIMIT, PAGE_LIMIT } from '../../src/sandbox/inspect';
import { memoryPersistence, type SandboxRecord } from '../../src/sandbox/model';
import { SandboxServer } from '../../src/sandbox/server';
import { readSandboxState } from '../../src/views/sandboxState';
import { call, DAY, manualClock } from './support/sandboxClient';

const APP = { appKey: 'hard-app', appSecret: 'hard-secret' };
const START = Date.UTC(2025, 5, 1);

interface Raw {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly text: string;
  readonly json: Record<string, unknown>;
}

/** node:http, so that Host, Origin and Content-Type are exactly what the test says (fetch sets its own). */
function raw(url: string, path: string, options: { method?: string; headers?: Record<string, string>; body?: string; noHost?: boolean } = {}): Promise<Raw> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, path, method: options.method ?? 'GET', headers: options.headers, setHost: !options.noHost }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: Record<string, unknown> = {};
        try {
          json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
        } catch {
          json = {};
        }
        for (const name of Object.keys(res.headers)) assert.doesNotMatch(name, /^access-control-/i, `no CORS header on ${path}`);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
      });
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const json = (body: unknown) => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

function users(n: number): SandboxRecord[] {
  const out: SandboxRecord[] = [];
  for (let i = 0; i < n; i++) {
    const userId = `u${String(i).padStart(5, '0')}`;
    out.push({ t: 'user', app: APP.appKey, userId, name: `N${i}`, createdAt: START });
    out.push({ t: 'token', app: APP.appKey, userId, token: `tok-${i}`, issuedAt: START, expiresAt: START + 30 * DAY });
  }
  return out;
}

type StateApp = { users: Array<{ userId: string }>; tokens: unknown[]; messages: Array<{ content: string }>; totals: Record<string, number> };

describe('sandbox hardening: paged state (issue 16 item 1)', () => {
  const BIG = 'x'.repeat(128 * 1024);
  const messages: SandboxRecord[] = Array.from({ length: 100 }, (_, i): SandboxRecord => ({
    t: 'message', app: APP.appKey, kind: 'private', messageUID: `m${i}`, fromUserId: 'u00000', objectName: 'RC:TxtMsg',
    content: BIG, sentAt: START, recipients: [{ userId: 'u00001', messageUID: `m${i}`, delivered: true }],
  }));
  let server: SandboxServer;

  before(async () => {
    server = await SandboxServer.start({ apps: [APP], clock: manualClock(START), persistence: memoryPersistence([...users(5000), ...messages]) });
  });
  after(() => server.stop());

  it('5,000 users: each page answers at most `limit` items and a cursor; following the cursors yields every item once', async () => {
    const seen: string[] = [];
    let tokens = 0;
    let messageCount = 0;
    let cursor: string | undefined;
    let pages = 0;
    do {
      const r = await raw(server.url, `/_sandbox/state?limit=700${cursor ? `&cursor=${cursor}` : ''}`);
      assert.equal(r.status, 200, r.text.slice(0, 200));
      assert.ok(r.text.length <= MAX_PAGE_CHARS + 200 * 1024, `a page is bounded (${r.text.length} characters)`);
      const [app] = r.json.apps as StateApp[];
      assert.deepEqual(app.totals, { users: 5000, tokens: 5000, blocks: 0, blacklists: 0, groups: 0, messages: 100, chatrooms: 0, rows: 0 });
      const items = app.users.length + app.tokens.length + app.messages.length;
      assert.ok(items <= 700 && items > 0, `at most the limit: ${items}`);
      seen.push(...app.users.map((u) => u.userId));
      tokens += app.tokens.length;
      messageCount += app.messages.length;
      cursor = r.json.next as string | undefined;
      pages++;
    } while (cursor !== undefined && pages < 100);
    assert.equal(seen.length, 5000);
    assert.equal(new Set(seen).size, 5000);
    assert.equal(seen[4999], 'u04999');
    assert.equal(tokens, 5000);
    assert.equal(messageCount, 100, 'the large messages, a few per page');
    assert.ok(pages >= 15, `10,000 small items in pages of 700 and 100 messages of 128 KB in pages of ~4 M characters: ${pages} pages`);
  });

  it('the default page is PAGE_LIMIT.default items; limit and cursor are checked', async () => {
    const r = await raw(server.url, '/_sandbox/state');
    assert.equal((r.json.apps as StateApp[])[0].users.length, PAGE_LIMIT.default);
    assert.equal(typeof r.json.next, 'string');
    for (const bad of [`limit=${PAGE_LIMIT.max + 1}`, 'limit=0', 'limit=abc', 'cursor=9.9.9', 'cursor=x']) {
      const refused = await raw(server.url, `/_sandbox/state?${bad}`);
      assert.equal(refused.status, 400, bad);
      assert.match(String(refused.json.error), /limit must be an integer from 1 to 10000|cursor .* is not one this sandbox gave/, bad);
    }
  });

  it('a user\'s inbox is paged too, and the overview answers at most its limit', async () => {
    const first = await raw(server.url, '/_sandbox/messages?userId=u00001&limit=30');
    assert.equal((first.json.messages as unknown[]).length, 30);
    const second = await raw(server.url, `/_sandbox/messages?userId=u00001&limit=100&cursor=${String(first.json.next)}`);
    const all = (first.json.messages as unknown[]).length + (second.json.messages as unknown[]).length;
    assert.ok(all < 100 || second.json.next === undefined, 'the second page ends at the byte bound or at the end');
    const overview = await raw(server.url, '/_sandbox/overview');
    assert.equal((overview.json.users as unknown[]).length, OVERVIEW_LIMIT.default);
    assert.deepEqual(overview.json.totals, { users: 5000, groups: 0, chatrooms: 0 });
    const inbox = (overview.json.inboxes as Record<string, Array<{ content: string }>>).u00001;
    assert.equal(inbox.length, 20, 'the newest 20 of the 100');
    assert.ok(inbox.every((m) => m.content.length <= 501), 'content clipped');
    assert.ok(overview.text.length < 200_000, `the overview does not grow with the state: ${overview.text.length}`);
  });
});

describe('sandbox hardening: a throw is a 500, never an exit (issue 16 items 1 and 4)', () => {
  const lines: string[] = [];
  let server: SandboxServer;
  before(async () => {
    server = await SandboxServer.start({ apps: [APP], clock: manualClock(START), log: (l) => lines.push(l) });
  });
  after(() => server.stop());

  it('a handler that throws (RangeError: Invalid time value) answers 500 {code:1000}; the next request is answered', async () => {
    const model = server.model as unknown as { activeBlocks: (...a: unknown[]) => unknown };
    const original = model.activeBlocks;
    model.activeBlocks = () => {
      throw new RangeError('Invalid time value');
    };
    try {
      const r = await call(server.url, APP, '/user/block/query.json');
      assert.equal(r.status, 500);
      assert.equal(r.json.code, 1000);
      assert.match(r.json.errorMessage ?? '', /RangeError: Invalid time value.*keeps running/);
    } finally {
      model.activeBlocks = original;
    }
    assert.equal((await call(server.url, APP, '/user/getToken.json', [['userId', 'after'], ['name', 'A']])).json.code, 200);
    assert.ok(lines.some((l) => /block\/query\.json failed inside the sandbox: RangeError: Invalid time value/.test(l)), 'logged');
  });

  it('an answer that cannot be stringified (RangeError: Invalid string length) is a control 500; the process and the next read go on', async () => {
    const poison = { toJSON: () => { throw new RangeError('Invalid string length'); } };
    const list = server.model.app(APP.appKey).messages as unknown[];
    list.push(poison);
    try {
      const r = await raw(server.url, '/_sandbox/state');
      assert.equal(r.status, 500);
      assert.match(String(r.json.error), /Invalid string length/);
      assert.equal((await raw(server.url, '/_sandbox/verify', json({ token: 'nope' }))).status, 200);
    } finally {
      list.pop();
    }
    assert.equal((await raw(server.url, '/_sandbox/state')).status, 200);
  });
});

describe('sandbox hardening: revision and ETag (issue 16 item 1, the view\'s poll)', () => {
  const clock = manualClock(START);
  const lines: string[] = [];
  let server: SandboxServer;
  before(async () => {
    server = await SandboxServer.start({ apps: [APP], clock, log: (l) => lines.push(l) });
    await call(server.url, APP, '/user/getToken.json', [['userId', 'alice'], ['name', 'Alice']]);
  });
  after(() => server.stop());

  it('If-None-Match with the ETag is a 304 with no body; a change, a clock advance and a token running out change it', async () => {
    const first = await raw(server.url, '/_sandbox/state');
    const tag = String(first.headers.etag);
    assert.match(tag, /^W\/".+"$/);
    assert.equal(typeof first.json.revision, 'number');
    const same = await raw(server.url, '/_sandbox/state', { headers: { 'If-None-Match': tag } });
    assert.equal(same.status, 304);
    assert.equal(same.text, '');
    await raw(server.url, '/_sandbox/online', json({ userId: 'alice', online: true }));
    const changed = await raw(server.url, '/_sandbox/state', { headers: { 'If-None-Match': tag } });
    assert.equal(changed.status, 200);
    assert.equal(changed.json.revision, Number(first.json.revision) + 1);
    const tag2 = String(changed.headers.etag);
    await raw(server.url, '/_sandbox/clock', json({ advanceMs: 1000 }));
    assert.equal((await raw(server.url, '/_sandbox/state', { headers: { 'If-None-Match': tag2 } })).status, 200, 'a clock advance is a change');
    const tag3 = String((await raw(server.url, '/_sandbox/state')).headers.etag);
    clock.advance(31 * DAY); // the base clock: alice's token expires with no request at all
    assert.equal((await raw(server.url, '/_sandbox/state', { headers: { 'If-None-Match': tag3 } })).status, 200, 'a status that changed with time is a change');
  });

  it('the view asks /_sandbox/overview with the ETag it got: the second read is unchanged (a 304)', async () => {
    const first = await readSandboxState(server.url, APP.appKey);
    assert.equal(first.unchanged, false);
    if (first.unchanged) return;
    assert.deepEqual(first.app.users.map((u) => u.userId), ['alice']);
    assert.equal(first.app.totals.users, 1);
    assert.ok(first.etag.includes(`-${first.app.revision}-`), 'the tag carries the revision');
    lines.length = 0;
    assert.deepEqual(await readSandboxState(server.url, APP.appKey, first.etag), { unchanged: true });
    assert.ok(lines.some((l) => /^GET \/_sandbox\/overview 304/.test(l)), lines.join('\n'));
    await call(server.url, APP, '/user/getToken.json', [['userId', 'bob'], ['name', 'Bob']]);
    const next = await readSandboxState(server.url, APP.appKey, first.etag);
    assert.equal(next.unchanged, false);
    if (!next.unchanged) assert.deepEqual(next.app.users.map((u) => u.userId), ['alice', 'bob']);
  });
});

describe('sandbox hardening: no web page drives it (issue 16 item 6)', () => {
  let server: SandboxServer;
  let port = '';
  before(async () => {
    server = await SandboxServer.start({ apps: [APP], clock: manualClock(START) });
    port = new URL(server.url).port;
    await call(server.url, APP, '/user/getToken.json', [['userId', 'alice'], ['name', 'Alice']]);
  });
  after(() => server.stop());

  it('a Host that is not the sandbox\'s address (DNS rebinding) is 421 on the control and on the API; its own names pass', async () => {
    const state = await raw(server.url, '/_sandbox/state', { headers: { Host: `evil.example:${port}` } });
    assert.equal(state.status, 421);
    assert.match(String(state.json.error), /Host "evil\.example:\d+" is not this sandbox's address/);
    assert.ok(!state.text.includes('alice'), 'nothing of the state');
    const api = await raw(server.url, '/user/getToken.json', { method: 'POST', headers: { Host: `evil.example:${port}`, 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'userId=x&name=X' });
    assert.equal(api.status, 421);
    assert.equal(api.json.code, 421);
    const noHost = await raw(server.url, '/_sandbox/state', { noHost: true });
    assert.ok([400, 421].includes(noHost.status), `no Host: refused (by node:http's own HTTP/1.1 check, or ours), not ${noHost.status}`);
    assert.ok(!noHost.text.includes('alice'));
    assert.equal((await raw(server.url, '/_sandbox/state', { headers: { Host: '127.0.0.1:1' } })).status, 421, 'another port');
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`, `[::1]:${port}`]) {
      assert.equal((await raw(server.url, '/_sandbox/state', { headers: { Host: host } })).status, 200, host);
    }
  });

  it('allowedHosts adds a name (a container\'s service name) and nothing else', async () => {
    const other = await SandboxServer.start({ apps: [APP], allowedHosts: ['Sandbox'] });
    try {
      const p = new URL(other.url).port;
      assert.equal((await raw(other.url, '/_sandbox/state', { headers: { Host: `sandbox:${p}` } })).status, 200);
      assert.equal((await raw(other.url, '/_sandbox/state', { headers: { Host: `evil.example:${p}` } })).status, 421);
    } finally {
      await other.stop();
    }
  });

  it('a request with an Origin (a web page, the sandbox\'s own origin included) cannot reset, mark online or move the clock', async () => {
    const before = server.revision;
    const now = server.now();
    for (const origin of ['http://evil.example', `http://127.0.0.1:${port}`, 'null']) {
      for (const [path, body] of [['/_sandbox/reset', {}], ['/_sandbox/online', { userId: 'alice', online: true }], ['/_sandbox/clock', { advanceMs: 60_000 }]] as const) {
        const r = await raw(server.url, path, { method: 'POST', headers: { Origin: origin, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
        assert.equal(r.status, 403, `${origin} ${path}`);
        assert.match(String(r.json.error), /programs, not web pages/);
      }
      assert.equal((await raw(server.url, '/_sandbox/state', { headers: { Origin: origin } })).status, 403, 'reading the tokens too');
    }
    assert.equal(server.revision, before);
    assert.equal(server.now(), now);
    assert.deepEqual(server.registeredUserIds(APP.appKey), ['alice']);
    assert.equal(server.model.app(APP.appKey).online.size, 0);
  });

  it('text/plain and form POSTs to /_sandbox/ are 415 and change nothing; no answer carries a CORS header', async () => {
    const before = server.revision;
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', undefined]) {
      for (const [path, body] of [['/_sandbox/reset', '{}'], ['/_sandbox/online', '{"userId":"alice","online":true}'], ['/_sandbox/clock', '{"advanceMs":60000}']]) {
        const r = await raw(server.url, path, { method: 'POST', headers: type ? { 'Content-Type': type } : {}, body });
        assert.equal(r.status, 415, `${type} ${path}`);
        assert.match(String(r.json.error), /needs "Content-Type: application\/json"/);
      }
    }
    assert.equal(server.revision, before);
    assert.deepEqual(server.registeredUserIds(APP.appKey), ['alice']);
    const preflight = await raw(server.url, '/_sandbox/reset', { method: 'OPTIONS', headers: { Origin: 'http://evil.example', 'Access-Control-Request-Method': 'POST' } });
    assert.notEqual(preflight.status, 204);
    assert.equal((await raw(server.url, '/_sandbox/reset', json({}))).status, 200, 'a program with application/json still resets');
    assert.deepEqual(server.registeredUserIds(APP.appKey), []);
  });
});
