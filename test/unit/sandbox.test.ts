/**
 * The sandbox against the contract, over real HTTP on 127.0.0.1 (Node's fetch as the client).
 * Expected signatures are computed here with node:crypto, independently of src/core/signing.ts.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { request as httpRequest } from 'node:http';
import { SandboxServer, generateDemoApp, MAX_REQUEST_BODY_BYTES, type SandboxApp } from '../../src/sandbox/server';

const APP: SandboxApp = { appKey: 'test-app', appSecret: 'test-secret-0123456789' };
const OTHER: SandboxApp = { appKey: 'other-app', appSecret: 'other-secret' };
const PATH = '/user/getToken.json';
const FORM = 'application/x-www-form-urlencoded';
const REPO = join(__dirname, '..', '..');
const DAY = 24 * 60 * 60 * 1000;

function sha1(s: string): string {
  return createHash('sha1').update(s, 'utf8').digest('hex');
}

let nonceCounter = 100000;
interface SignOpts {
  app?: SandboxApp;
  nonce?: string;
  timestamp?: string;
  prefix?: '' | 'RC-';
  omit?: string[];
  signature?: string;
  contentType?: string | null;
}

function headers(o: SignOpts = {}): Record<string, string> {
  const app = o.app ?? APP;
  const nonce = o.nonce ?? String(nonceCounter++);
  const timestamp = o.timestamp ?? String(Date.now());
  const p = o.prefix ?? '';
  const h: Record<string, string> = {
    [`${p}App-Key`]: app.appKey,
    [`${p}Nonce`]: nonce,
    [`${p}Timestamp`]: timestamp,
    [`${p}Signature`]: o.signature ?? sha1(app.appSecret + nonce + timestamp),
  };
  if (o.contentType !== null) h['Content-Type'] = o.contentType ?? FORM;
  for (const name of o.omit ?? []) delete h[`${p}${name}`];
  return h;
}

/** Percent-encoding written here (not the core's encodeForm): spaces as '+'. */
function form(pairs: Array<[string, string]>): string {
  return pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v).replace(/%20/g, '+')}`).join('&');
}

interface Reply {
  status: number;
  headers: Headers;
  json: { code: number; errorMessage?: string; userId?: string; token?: string; signingString?: string };
  text: string;
}

async function post(url: string, body: string | Buffer, h: Record<string, string> = headers(), path = PATH, method = 'POST'): Promise<Reply> {
  const res = await fetch(url + path, { method, headers: h, body: method === 'GET' ? undefined : typeof body === 'string' ? body : new Uint8Array(body) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: JSON.parse(text) as Reply['json'], text };
}

function register(url: string, userId: string, name = 'Ironman', o: SignOpts = {}): Promise<Reply> {
  return post(url, form([['userId', userId], ['name', name]]), headers(o));
}

let uid = 0;
const fresh = (prefix = 'u') => `${prefix}${++uid}`;

function expectCode(r: Reply, status: number, code: number): void {
  assert.equal(r.status, status, r.text);
  assert.equal(r.json.code, code, r.text);
  if (code !== 200) assert.equal(typeof r.json.errorMessage, 'string', r.text);
}

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'rong-sandbox-'));
}

describe('sandbox: contract over HTTP', () => {
  let server: SandboxServer;
  const lines: string[] = [];

  before(async () => {
    server = await SandboxServer.start({ apps: [APP, OTHER], log: (l) => lines.push(l) });
  });
  after(() => server.stop());

  it('listens on 127.0.0.1 and registers a user: code 200, the userId as sent, an opaque token', async () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const r = await register(server.url, 'jlk456j5');
    expectCode(r, 200, 200);
    assert.deepEqual(Object.keys(r.json).sort(), ['code', 'token', 'userId']);
    assert.equal(r.json.userId, 'jlk456j5');
    assert.match(r.json.token ?? '', /^[A-Za-z0-9_-]{20,}$/);
    assert.ok(Buffer.byteLength(r.json.token ?? '') < 256);
    assert.match(r.headers.get('content-type') ?? '', /^application\/json/);
    assert.ok(server.registeredUserIds(APP.appKey).includes('jlk456j5'));
  });

  it('gives every registration a different token', async () => {
    const a = await register(server.url, fresh());
    const b = await register(server.url, fresh());
    assert.notEqual(a.json.token, b.json.token);
  });

  it('answers the contract example request (portraitUri included)', async () => {
    const r = await post(server.url, 'userId=example1&name=Ironman&portraitUri=http%3A%2F%2Fabc.com%2Fmyportrait.jpg');
    expectCode(r, 200, 200);
  });

  it('an unknown App-Key is 1002 (and so is a missing one)', async () => {
    const unknown = await register(server.url, fresh(), 'n', { app: { appKey: 'nope', appSecret: APP.appSecret } });
    expectCode(unknown, 401, 1002);
    assert.match(unknown.json.errorMessage ?? '', /AppKey不存在/);
    const missing = await register(server.url, fresh(), 'n', { omit: ['App-Key'] });
    expectCode(missing, 401, 1002);
  });

  it('a wrong signature is HTTP 401 naming the masked signing string, never the secret or the expected signature', async () => {
    const nonce = '14314';
    const timestamp = '1408710653000';
    const r = await register(server.url, fresh(), 'n', { nonce, timestamp, signature: sha1('wrong' + nonce + timestamp) });
    expectCode(r, 401, 401);
    assert.match(r.json.errorMessage ?? '', /signature does not match/i);
    assert.equal(r.json.signingString, `••••••${nonce}${timestamp}`);
    assert.ok(!r.text.includes(APP.appSecret), 'the secret leaked');
    assert.ok(!r.text.includes(sha1(APP.appSecret + nonce + timestamp)), 'the expected signature leaked');
  });

  it('an uppercase-hex signature is not the contract’s lowercase hex: 401', async () => {
    const nonce = '777';
    const timestamp = String(Date.now());
    const r = await register(server.url, fresh(), 'n', { nonce, timestamp, signature: sha1(APP.appSecret + nonce + timestamp).toUpperCase() });
    expectCode(r, 401, 401);
  });

  for (const header of ['Signature', 'Nonce', 'Timestamp']) {
    it(`a missing ${header} header is HTTP 401 saying which`, async () => {
      const r = await register(server.url, fresh(), 'n', { omit: [header] });
      expectCode(r, 401, 401);
      assert.match(r.json.errorMessage ?? '', new RegExp(`${header} header is missing`));
    });
  }

  it('nonce: what the official SDKs send is fine (19 digits, a decimal); over 64 characters or non-ASCII is HTTP 401 with the reason', async () => {
    expectCode(await register(server.url, fresh(), 'n', { nonce: '123456789012345678' }), 200, 200);
    expectCode(await register(server.url, fresh(), 'n', { nonce: '1234567890123456789' }), 200, 200);
    expectCode(await register(server.url, fresh(), 'n', { nonce: '583942.3819271935' }), 200, 200);
    expectCode(await register(server.url, fresh(), 'n', { nonce: 'x'.repeat(64) }), 200, 200);
    const long = await register(server.url, fresh(), 'n', { nonce: 'x'.repeat(65) });
    expectCode(long, 401, 401);
    assert.match(long.json.errorMessage ?? '', /65 characters; the limit is 64/);
    const wide = await register(server.url, fresh(), 'n', { nonce: 'é' });
    expectCode(wide, 401, 401);
  });

  it('a timestamp that is not digits is HTTP 401', async () => {
    expectCode(await register(server.url, fresh(), 'n', { timestamp: '2024-01-01' }), 401, 401);
  });

  it('accepts the RC- prefixed signing headers', async () => {
    const r = await register(server.url, fresh(), 'n', { prefix: 'RC-' });
    expectCode(r, 200, 200);
    const bad = await register(server.url, fresh(), 'n', { prefix: 'RC-', signature: '0'.repeat(40) });
    expectCode(bad, 401, 401);
  });

  it('accepts timestamps in seconds as well as milliseconds; without a skew limit any age passes', async () => {
    expectCode(await register(server.url, fresh(), 'n', { timestamp: String(Math.floor(Date.now() / 1000)) }), 200, 200);
    expectCode(await register(server.url, fresh(), 'n', { timestamp: '1408710653000' }), 200, 200);
  });

  it('1003: a missing userId, a missing name', async () => {
    const noUser = await post(server.url, form([['name', 'x']]));
    expectCode(noUser, 400, 1003);
    assert.match(noUser.json.errorMessage ?? '', /参数错误.*userId is required/);
    expectCode(await post(server.url, form([['userId', fresh()]])), 400, 1003);
    expectCode(await post(server.url, ''), 400, 1003);
  });

  it('1003: an unknown parameter, a duplicated parameter', async () => {
    const unknown = await post(server.url, form([['userId', fresh()], ['name', 'x'], ['age', '3']]));
    expectCode(unknown, 400, 1003);
    assert.match(unknown.json.errorMessage ?? '', /unknown parameter age/);
    const id = fresh();
    const dup = await post(server.url, form([['userId', id], ['name', 'x'], ['userId', id]]));
    expectCode(dup, 400, 1003);
    assert.match(dup.json.errorMessage ?? '', /userId is given more than once/);
    assert.ok(!server.registeredUserIds(APP.appKey).includes(id));
  });

  it('1003: malformed percent-encoding, invalid UTF-8, a wrong or missing Content-Type, a non-UTF-8 charset', async () => {
    const id = fresh();
    expectCode(await post(server.url, `userId=${id}&name=%E4%B8`), 400, 1003);
    expectCode(await post(server.url, `userId=${id}&name=%zz`), 400, 1003);
    expectCode(await post(server.url, `userId=${id}&name=%FF`), 400, 1003);
    expectCode(await post(server.url, Buffer.from([...Buffer.from(`userId=${id}&name=`), 0xff, 0xfe])), 400, 1003);
    const json = await post(server.url, JSON.stringify({ userId: id, name: 'x' }), headers({ contentType: 'application/json' }));
    expectCode(json, 400, 1003);
    assert.match(json.json.errorMessage ?? '', /application\/x-www-form-urlencoded/);
    expectCode(await post(server.url, `userId=${id}&name=x`, headers({ contentType: null })), 400, 1003);
    expectCode(await post(server.url, `userId=${id}&name=x`, headers({ contentType: `${FORM}; charset=ISO-8859-1` })), 400, 1003);
    assert.ok(!server.registeredUserIds(APP.appKey).includes(id));
    expectCode(await post(server.url, `userId=${id}&name=x`, headers({ contentType: `${FORM}; charset=UTF-8` })), 200, 200);
  });

  it('1005 at 65 bytes of userId, 200 at 64: ASCII, Chinese (3 bytes each) and emoji (4 bytes each)', async () => {
    const cases: Array<[string, number]> = [
      ['a'.repeat(64), 200],
      ['b'.repeat(65), 1005],
      ['中'.repeat(21) + 'a', 200], // 63 + 1 = 64 bytes
      ['文'.repeat(21) + 'ab', 1005], // 65 bytes, only 23 characters
      ['😀'.repeat(16), 200], // 64 bytes
      ['😁'.repeat(16) + 'a', 1005], // 65 bytes
    ];
    for (const [userId, code] of cases) {
      const r = await register(server.url, userId);
      expectCode(r, code === 200 ? 200 : 400, code);
      if (code === 200) assert.equal(r.json.userId, userId);
      else assert.match(r.json.errorMessage ?? '', /用户ID格式错误.*65 bytes; the limit is 64/);
    }
  });

  it('1005: an empty userId or one with whitespace', async () => {
    expectCode(await register(server.url, ''), 400, 1005);
    expectCode(await register(server.url, 'a b'), 400, 1005);
  });

  it('1006: an empty or blank name, a name over 128 bytes (128 is fine)', async () => {
    expectCode(await register(server.url, fresh(), ''), 400, 1006);
    expectCode(await register(server.url, fresh(), '   '), 400, 1006);
    expectCode(await register(server.url, fresh(), '名'.repeat(42) + 'ab'), 200, 200); // 128 bytes
    const r = await register(server.url, fresh(), '名'.repeat(43)); // 129 bytes
    expectCode(r, 400, 1006);
    assert.match(r.json.errorMessage ?? '', /用户名称格式错误.*129 bytes; the limit is 128/);
  });

  it('1007: a portraitUri that is not an absolute http(s) URI, or over 1024 bytes', async () => {
    const base = 'http://abc.com/';
    for (const [uri, code] of [
      ['ftp://abc.com/a.jpg', 1007],
      ['not a uri', 1007],
      [base + 'a'.repeat(1024 - base.length), 200],
      [base + 'a'.repeat(1025 - base.length), 1007],
    ] as Array<[string, number]>) {
      const r = await post(server.url, form([['userId', fresh()], ['name', 'n'], ['portraitUri', uri]]));
      expectCode(r, code === 200 ? 200 : 400, code);
    }
  });

  it('1004: a userId registered again in the same app; another app may use it', async () => {
    const id = fresh('dup');
    const first = await register(server.url, id);
    expectCode(first, 200, 200);
    const again = await register(server.url, id, 'Other name');
    expectCode(again, 400, 1004);
    assert.match(again.json.errorMessage ?? '', /用户ID已存在/);
    expectCode(await register(server.url, id, 'n', { app: OTHER }), 200, 200);
    assert.deepEqual(server.registeredUserIds(APP.appKey).filter((u) => u === id), [id]);
    assert.deepEqual(server.registeredUserIds('no-such-app'), []);
  });

  it('form encoding of & = + %, spaces and Chinese round-trips: the userId comes back as sent', async () => {
    const userId = 'a&b=c+d%e用户';
    const r = await post(server.url, form([['userId', userId], ['name', 'Iron Man & 钢铁侠 = 100% +1']]));
    expectCode(r, 200, 200);
    assert.equal(r.json.userId, userId);
    // '+' in a form body is a space, so a userId written with a raw '+' is one with a space: 1005.
    expectCode(await post(server.url, 'userId=x+y&name=n'), 400, 1005);
  });

  it('unknown path is 404 JSON; wrong method is 405 with Allow: POST', async () => {
    const nf = await post(server.url, 'userId=x&name=y', headers(), '/user/nothing.json');
    expectCode(nf, 404, 404);
    const get = await post(server.url, '', headers(), PATH, 'GET');
    expectCode(get, 405, 405);
    assert.equal(get.headers.get('allow'), 'POST');
    const put = await post(server.url, 'userId=x&name=y', headers(), PATH, 'PUT');
    expectCode(put, 405, 405);
  });

  it('a body over the limit (1 MiB, room for 128 KB of content percent-encoded) is 413 (declared length and chunked); the limit exactly is read', async () => {
    const big = 'userId=x&name=' + 'a'.repeat(MAX_REQUEST_BODY_BYTES);
    expectCode(await post(server.url, big), 413, 413);
    const chunks = new TextEncoder().encode(big + 'a'.repeat(400_000));
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < chunks.length; i += 16_384) c.enqueue(chunks.slice(i, i + 16_384));
        c.close();
      },
    });
    const res = await fetch(server.url + PATH, { method: 'POST', headers: headers(), body: stream, duplex: 'half' } as RequestInit);
    assert.equal(res.status, 413);
    await res.text();
    // Exactly the limit is read and validated (name too long: 1006), not refused.
    const exact = `userId=${fresh()}&name=`;
    expectCode(await post(server.url, exact + 'a'.repeat(MAX_REQUEST_BODY_BYTES - exact.length)), 400, 1006);
  });

  it('echoes a sane X-Request-ID', async () => {
    const r = await register(server.url, fresh());
    assert.equal(r.headers.get('x-request-id'), null);
    const h = { ...headers(), 'X-Request-ID': '0f0e0d0c-0b0a-4908-8706-050403020100' };
    const r2 = await post(server.url, form([['userId', fresh()], ['name', 'n']]), h);
    assert.equal(r2.headers.get('x-request-id'), '0f0e0d0c-0b0a-4908-8706-050403020100');
  });

  it('logs one line per request with method, path, status, code and ms; never the secret or a token', async () => {
    const before = lines.length;
    const ok = await register(server.url, fresh());
    await register(server.url, fresh(), 'n', { signature: 'x' });
    assert.equal(lines.length, before + 2);
    assert.match(lines[before], /^POST \/user\/getToken\.json 200 code=200 \d+ms$/);
    assert.match(lines[before + 1], /^POST \/user\/getToken\.json 401 code=401 \d+ms$/);
    const all = lines.join('\n');
    assert.ok(!all.includes(APP.appSecret));
    assert.ok(!all.includes(ok.json.token ?? '?'));
  });

  it('counts requests', async () => {
    const n = server.requestCount;
    await register(server.url, fresh());
    await post(server.url, '', headers(), '/nowhere');
    assert.equal(server.requestCount, n + 2);
  });
});

describe('sandbox: clock skew and token expiry (injected clock)', () => {
  it('with maxSkewSeconds, a timestamp outside the window is 401 with a clear message; inside passes (ms and s)', async () => {
    let now = Date.UTC(2025, 0, 1);
    const server = await SandboxServer.start({ apps: [APP], maxSkewSeconds: 300, clock: { now: () => now } });
    try {
      expectCode(await register(server.url, fresh(), 'n', { timestamp: String(now - 299_000) }), 200, 200);
      expectCode(await register(server.url, fresh(), 'n', { timestamp: String(Math.floor((now + 299_000) / 1000)) }), 200, 200);
      const old = await register(server.url, fresh(), 'n', { timestamp: String(now - 301_000) });
      expectCode(old, 401, 401);
      assert.match(old.json.errorMessage ?? '', /301 s away from the sandbox clock; the allowed skew is 300 s/);
      const future = await register(server.url, fresh(), 'n', { timestamp: String(Math.floor(now / 1000) + 400) });
      expectCode(future, 401, 401);
      now += 10 * DAY; // the clock moves: the old timestamp is now far out
      expectCode(await register(server.url, fresh(), 'n', { timestamp: String(Date.UTC(2025, 0, 1)) }), 401, 401);
    } finally {
      await server.stop();
    }
  });

  it('a token is valid 30 days: the same userId is 1004 until then and may register again after', async () => {
    let now = Date.UTC(2025, 0, 1);
    const dir = await tempDir();
    const statePath = join(dir, 'state.json');
    const server = await SandboxServer.start({ apps: [APP], clock: { now: () => now }, statePath });
    try {
      const first = await register(server.url, 'renew');
      expectCode(first, 200, 200);
      now += 30 * DAY - 1;
      expectCode(await register(server.url, 'renew'), 400, 1004);
      now += 1;
      const second = await register(server.url, 'renew');
      expectCode(second, 200, 200);
      assert.notEqual(second.json.token, first.json.token);
      await server.stop();
      const again = await SandboxServer.start({ apps: [APP], clock: { now: () => now }, statePath });
      const verdict = again.verifyToken(second.json.token!);
      await again.stop();
      assert.deepEqual([verdict.status, verdict.userId, verdict.issuedAt, verdict.expiresAt], ['valid', 'renew', now, now + 30 * DAY]);
    } finally {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('uses the injected random source for tokens and demo apps', async () => {
    const random = { bytes: (n: number) => new Uint8Array(n).fill(7) };
    const demo = generateDemoApp(random);
    assert.deepEqual(demo, { appKey: 'sandbox-070707', appSecret: '07'.repeat(16) });
    const server = await SandboxServer.start({ random });
    try {
      assert.deepEqual(server.apps, [demo]);
      const r = await register(server.url, 'x', 'n', { app: demo });
      expectCode(r, 200, 200);
      assert.equal(r.json.token, Buffer.alloc(32, 7).toString('base64url'));
    } finally {
      await server.stop();
    }
  });

  it('generateDemoApp makes a sandbox-xxxxxx key and a random hex secret', () => {
    const a = generateDemoApp();
    const b = generateDemoApp();
    assert.match(a.appKey, /^sandbox-[0-9a-f]{6}$/);
    assert.match(a.appSecret, /^[0-9a-f]{32}$/);
    assert.notEqual(a.appSecret, b.appSecret);
  });

  it('refuses bad options with clear errors', async () => {
    await assert.rejects(SandboxServer.start({ port: 70000 }), /port must be an integer/);
    await assert.rejects(SandboxServer.start({ maxSkewSeconds: -1 }), /maxSkewSeconds/);
    await assert.rejects(SandboxServer.start({ apps: [APP, APP] }), /given twice/);
    await assert.rejects(SandboxServer.start({ apps: [{ appKey: 'k', appSecret: '' }] }), /appSecret/);
    const a = await SandboxServer.start({ apps: [APP] });
    try {
      const port = Number(new URL(a.url).port);
      await assert.rejects(SandboxServer.start({ apps: [APP], port }), new RegExp(`port ${port} on 127.0.0.1 is in use`));
    } finally {
      await a.stop();
    }
  });
});

/** Reads back, after a restart, what a sandbox kept in its state file. */
async function infoOf(url: string, userId: string, app: SandboxApp = APP): Promise<Reply> {
  return post(url, form([['userId', userId]]), headers({ app }), '/user/info.json');
}

describe('sandbox: state file (the journal)', () => {
  it('survives a restart: users, tokens and names as sent; the same userId is 1004 afterwards', async () => {
    const dir = await tempDir();
    const statePath = join(dir, 'state.json');
    try {
      const s1 = await SandboxServer.start({ apps: [APP, OTHER], statePath });
      const a = await register(s1.url, 'alice', 'Alice 爱丽丝 & Co = 100%');
      const b = await post(s1.url, form([['userId', 'bob'], ['name', 'Bob'], ['portraitUri', 'https://x.test/b.png']]));
      const c = await register(s1.url, 'alice', 'A', { app: OTHER });
      for (const r of [a, b, c]) expectCode(r, 200, 200);
      await s1.stop();

      const text = await readFile(statePath, 'utf8');
      assert.ok(!text.includes(APP.appSecret) && !text.includes(OTHER.appSecret), 'a secret was written to the state file');
      assert.deepEqual((await readdir(dir)).sort(), ['state.json'], 'no temporary, lock or owner file is left behind');

      // Restart with only one of the apps: the other app's users are kept in the file all the same.
      const s2 = await SandboxServer.start({ apps: [APP], statePath });
      assert.deepEqual(s2.registeredUserIds(APP.appKey), ['alice', 'bob']);
      assert.equal(s2.verifyToken(a.json.token!).status, 'valid');
      const info = await infoOf(s2.url, 'alice');
      assert.equal((info.json as { userName?: string }).userName, 'Alice 爱丽丝 & Co = 100%');
      const bob = await infoOf(s2.url, 'bob');
      assert.equal((bob.json as { userPortrait?: string }).userPortrait, 'https://x.test/b.png');
      expectCode(await register(s2.url, 'alice'), 400, 1004);
      expectCode(await register(s2.url, 'carol'), 200, 200);
      await s2.stop();
      const s3 = await SandboxServer.start({ apps: [APP, OTHER], statePath });
      assert.deepEqual(s3.registeredUserIds(APP.appKey), ['alice', 'bob', 'carol']);
      assert.equal(s3.verifyToken(c.json.token!).userId, 'alice');
      await s3.stop();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a 200 means the change is on disk: a second sandbox reading the file after the answer sees it', async () => {
    const dir = await tempDir();
    const statePath = join(dir, 'state.json');
    const s = await SandboxServer.start({ apps: [APP], statePath });
    try {
      expectCode(await register(s.url, 'early'), 200, 200);
      assert.match(await readFile(statePath, 'utf8'), /"early"/, 'the answer came before the record reached the file');
    } finally {
      await s.stop();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a second sandbox on the same state file refuses, naming the running one (PID and URL)', async () => {
    const dir = await tempDir();
    const statePath = join(dir, 'state.json');
    const s = await SandboxServer.start({ apps: [APP], statePath });
    try {
      await assert.rejects(SandboxServer.start({ apps: [APP], statePath }), (err: Error) => {
        assert.ok(err.message.includes(`PID ${process.pid}`), err.message);
        assert.ok(err.message.includes(s.url), err.message);
        return true;
      });
      expectCode(await register(s.url, 'still-alone'), 200, 200);
    } finally {
      await s.stop();
      await rm(dir, { recursive: true, force: true });
    }
  });

  for (const [label, content, pattern] of [
    ['not JSON', '{"version":1,"apps":{', /not valid JSON|JSON/],
    ['a wrong version', '{"version":2,"apps":{}}', /"version": 2|version/],
    ['a user without a token', '{"version":1,"apps":{"k":{"users":{"u":{"name":"n","issuedAt":1,"expiresAt":2}}}}}', /token/],
    ['an array', '[]', /object|journal/],
  ] as Array<[string, string, RegExp]>) {
    it(`a corrupt state file (${label}) stops the start with an error naming it, and is left untouched`, async () => {
      const dir = await tempDir();
      const statePath = join(dir, 'state.json');
      try {
        await writeFile(statePath, content);
        await assert.rejects(SandboxServer.start({ apps: [APP], statePath }), (err: Error) => {
          assert.ok(err.message.includes(statePath), err.message);
          assert.match(err.message, pattern);
          return true;
        });
        assert.equal(await readFile(statePath, 'utf8'), content);
        assert.deepEqual(await readdir(dir), ['state.json']);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  }

  it('a missing state file starts empty and is created', async () => {
    const dir = await tempDir();
    const statePath = join(dir, 'state.json');
    try {
      const s = await SandboxServer.start({ apps: [APP], statePath });
      assert.deepEqual(s.registeredUserIds(APP.appKey), []);
      expectCode(await register(s.url, 'one'), 200, 200);
      await s.stop();
      assert.deepEqual(await readdir(dir), ['state.json']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('sandbox: fault injection', () => {
  let server: SandboxServer;
  before(async () => {
    server = await SandboxServer.start({ apps: [APP] });
  });
  after(() => server.stop());

  it('reset: the next N requests lose their connection, then requests are answered again', async () => {
    server.injectFaults({ reset: 2 });
    await assert.rejects(register(server.url, fresh()));
    await assert.rejects(register(server.url, fresh()));
    expectCode(await register(server.url, fresh()), 200, 200);
  });

  it('status: the next N requests get that HTTP status, with a JSON body or the body given', async () => {
    server.injectFaults({ status: { code: 503, count: 1 } });
    const r = await register(server.url, fresh());
    expectCode(r, 503, 503);
    server.injectFaults({ status: { code: 502, count: 1, body: '<html>Bad Gateway</html>', contentType: 'text/html' } });
    const res = await fetch(server.url + PATH, { method: 'POST', headers: headers(), body: 'userId=x&name=y' });
    assert.equal(res.status, 502);
    assert.equal(res.headers.get('content-type'), 'text/html');
    assert.equal(await res.text(), '<html>Bad Gateway</html>');
    expectCode(await register(server.url, fresh()), 200, 200);
  });

  it('delayMs: requests wait at least that long until the faults are cleared', async () => {
    server.injectFaults({ delayMs: 150 });
    const t0 = performance.now();
    expectCode(await register(server.url, fresh()), 200, 200);
    assert.ok(performance.now() - t0 >= 140, 'the answer came before the delay');
    server.clearFaults();
    expectCode(await register(server.url, fresh()), 200, 200);
  });

  it('hang: the request is never answered (the client times out); stop() still closes promptly', async () => {
    const s = await SandboxServer.start({ apps: [APP] });
    s.injectFaults({ hang: 1 });
    await assert.rejects(
      fetch(s.url + PATH, { method: 'POST', headers: headers(), body: 'userId=x&name=y', signal: AbortSignal.timeout(300) }),
      /TimeoutError|aborted/i,
    );
    s.injectFaults({ hang: 1 });
    const pending = new Promise<string>((resolve) => {
      const req = httpRequest(s.url + PATH, { method: 'POST', headers: headers() }, () => resolve('answered'));
      req.on('error', (e) => resolve(`error: ${e.message}`));
      req.end('userId=x&name=y');
    });
    await new Promise((r) => setTimeout(r, 100));
    await s.stop();
    assert.match(await pending, /^error: /);
    assert.equal(s.requestCount, 2);
  });

  it('refuses nonsense faults', () => {
    assert.throws(() => server.injectFaults({ reset: -1 }), /reset/);
    assert.throws(() => server.injectFaults({ status: { code: 42, count: 1 } }), /status\.code/);
  });
});

describe('sandbox: command line', () => {
  const cli = join(REPO, 'src', 'sandbox', 'cli.ts');

  function run(args: string[]) {
    return spawn(process.execPath, ['--import', 'tsx', cli, ...args], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
  }

  function exitOf(child: ReturnType<typeof run>): Promise<number | null> {
    return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  async function firstLine(child: ReturnType<typeof run>): Promise<string> {
    const rl = createInterface({ input: child.stdout! });
    try {
      for await (const line of rl) return line;
    } finally {
      rl.close();
    }
    throw new Error('the CLI printed nothing on stdout');
  }

  it('prints one JSON line with url and apps, answers a real request, logs to stderr, and exits 0 on SIGTERM', { timeout: 30_000 }, async () => {
    const child = run(['--port', '0', '--app', 'cli-key:cli-secret', '--app', 'k2:s:with:colons']);
    const exited = exitOf(child);
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const info = JSON.parse(await firstLine(child)) as { url: string; apps: SandboxApp[] };
    assert.match(info.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.deepEqual(info.apps, [
      { appKey: 'cli-key', appSecret: 'cli-secret' },
      { appKey: 'k2', appSecret: 's:with:colons' },
    ]);
    const r = await register(info.url, 'from-cli', 'n', { app: info.apps[0] });
    expectCode(r, 200, 200);
    expectCode(await register(info.url, 'from-cli-2', 'n', { app: info.apps[1] }), 200, 200);
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.match(stderr, /POST \/user\/getToken\.json 200 code=200 \d+ms/);
    assert.ok(!stderr.includes('cli-secret') && !stderr.includes(r.json.token ?? '?'));
  });

  it('without --app makes a demo app; --fault-5xx and --fault-reset apply to the first requests; SIGINT exits 0', { timeout: 30_000 }, async () => {
    const child = run(['--port', '0', '--fault-5xx', '1', '--fault-reset', '1']);
    const exited = exitOf(child);
    child.stderr!.resume();
    const info = JSON.parse(await firstLine(child)) as { url: string; apps: SandboxApp[] };
    assert.equal(info.apps.length, 1);
    assert.match(info.apps[0].appKey, /^sandbox-[0-9a-f]{6}$/);
    await assert.rejects(register(info.url, 'x', 'n', { app: info.apps[0] })); // reset first
    expectCode(await register(info.url, 'x', 'n', { app: info.apps[0] }), 503, 503);
    expectCode(await register(info.url, 'x', 'n', { app: info.apps[0] }), 200, 200);
    child.kill('SIGINT');
    assert.equal(await exited, 0);
  });

  for (const [args, pattern] of [
    [['--port', 'abc'], /--port expects a port number/],
    [['--port', '70000'], /--port expects a port number/],
    [['--app', 'no-colon'], /--app expects KEY:SECRET/],
    [['--app', 'k:'], /--app expects KEY:SECRET/],
    [['--max-skew', 'soon'], /--max-skew expects a number of seconds/],
    [['--fault-delay', '-5'], /fault-delay/],
    [['--colour'], /Unknown option '--colour'/],
  ] as Array<[string[], RegExp]>) {
    it(`exits 2 on bad flags: ${args.join(' ')}`, { timeout: 30_000 }, async () => {
      const child = run(args);
      const exited = exitOf(child);
      let stderr = '';
      child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
      child.stdout!.resume();
      assert.equal(await exited, 2);
      assert.match(stderr, pattern);
    });
  }

  it('a corrupt --state file: exit 1 with the file named, file untouched', { timeout: 30_000 }, async () => {
    const dir = await tempDir();
    const statePath = join(dir, 'state.json');
    try {
      await writeFile(statePath, 'garbage');
      const child = run(['--port', '0', '--state', statePath]);
      const exited = exitOf(child);
      let stderr = '';
      child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
      child.stdout!.resume();
      assert.equal(await exited, 1);
      assert.ok(stderr.includes(statePath), stderr);
      assert.equal(await readFile(statePath, 'utf8'), 'garbage');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('--help describes every flag, the fault flags included', { timeout: 30_000 }, async () => {
    const child = run(['--help']);
    const exited = exitOf(child);
    let out = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr!.resume();
    assert.equal(await exited, 0);
    for (const flag of ['--port', '--host', '--app', '--state', '--max-skew', '--fault-delay', '--fault-5xx', '--fault-reset']) {
      assert.ok(out.includes(flag), `--help lacks ${flag}`);
    }
  });
});
