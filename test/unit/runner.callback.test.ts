/**
 * `# @callback` in rong-http run: a request to the user's own receiver (a plain node:http server
 * here) is signed as Rong signs callbacks — nonce, signTimestamp and signature in the query, checked
 * with an independent SHA-1 — carries no API signing headers, keeps its body, and never prints the secret.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { runCli, tempDir } from './support/runnerHarness';

const CANARY = 'CANARY-callback-secret-3b8e';

interface Arrival {
  readonly method: string;
  readonly url: URL;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

describe('rong-http run: # @callback', () => {
  let server: Server;
  let base: string;
  const arrived: Arrival[] = [];
  // The receiver's own answer: 200 when the signature holds (its own SHA-1), 403 otherwise.
  const verdicts: boolean[] = [];

  before(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://receiver');
        arrived.push({ method: req.method ?? '', url, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        const q = url.searchParams;
        const expected = createHash('sha1').update(`${CANARY}${q.get('nonce')}${q.get('signTimestamp')}`, 'utf8').digest('hex');
        const ok = q.get('signature') === expected && Math.abs(Date.now() - Number(q.get('signTimestamp'))) < 60_000;
        verdicts.push(ok);
        res.writeHead(ok ? 200 : 403, { 'content-type': 'text/plain' }).end(ok ? 'ok' : 'bad signature');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  async function run(file: string, args: readonly string[] = []) {
    const dir = await tempDir({ 'a.rong.http': file });
    const from = arrived.length;
    try {
      const r = await runCli(dir.dir, ['run', '--app-key', 'k1', '--retries', '0', ...args, 'a.rong.http'], { RONG_APP_SECRET: CANARY });
      return { ...r, arrived: arrived.slice(from), verdicts: verdicts.slice(from) };
    } finally {
      await dir.remove();
    }
  }

  it('routing: a form POST signed in the query, verified by the receiver, with no API signing headers', async () => {
    const r = await run(`# @callback routing\nPOST ${base}/rong/route?app=demo\n\nfromUserId=u1&toUserId=u2&objectName=RC:TxtMsg&content={"content":"hi"}&channelType=PERSON\n`);
    assert.equal(r.code, 0, r.stderr + r.stdout);
    assert.equal(r.arrived.length, 1);
    const a = r.arrived[0];
    assert.equal(a.method, 'POST');
    assert.equal(a.url.pathname, '/rong/route');
    assert.equal(a.url.searchParams.get('app'), 'demo', "the URL's own query is kept");
    assert.deepEqual(r.verdicts, [true], 'the receiver accepted the signature by its own SHA-1');
    assert.match(a.url.searchParams.get('nonce') ?? '', /^\S+$/);
    for (const h of ['app-key', 'nonce', 'timestamp', 'signature', 'rc-app-key', 'rc-nonce', 'rc-timestamp', 'rc-signature']) assert.equal(a.headers[h], undefined, `no ${h} header`);
    assert.equal(a.headers['content-type'], 'application/x-www-form-urlencoded');
    const form = new URLSearchParams(a.body);
    assert.deepEqual([form.get('fromUserId'), form.get('toUserId'), form.get('content')], ['u1', 'u2', '{"content":"hi"}']);
  });

  it('status: a JSON array body as written, signed the same way; junit and json reports hold no secret', async () => {
    const body = '[{"userid":"u1","status":"0","os":"iOS","time":1700000000000,"clientIp":"10.0.0.1","sessionId":"s1"}]';
    for (const reporter of ['junit', 'json', 'pretty']) {
      const r = await run(`# @callback status\nPOST ${base}/rong/status\nContent-Type: application/json\n\n${body}\n`, ['--reporter', reporter]);
      assert.equal(r.code, 0, r.stderr + r.stdout);
      assert.deepEqual(r.verdicts, [true]);
      assert.deepEqual(JSON.parse(r.arrived[0].body), JSON.parse(body));
      assert.equal(r.arrived[0].headers['content-type'], 'application/json');
      assert.ok(!r.stdout.includes(CANARY) && !r.stderr.includes(CANARY), `${reporter}: no secret in the output`);
    }
  });

  it('a receiver that refuses (403) fails the run; a wrong secret is what it refuses', async () => {
    const dir = await tempDir({ 'a.rong.http': `# @callback audit\nPOST ${base}/rong/audit\n\n{"fromUserId":"u1"}\n` });
    const from = arrived.length;
    try {
      const r = await runCli(dir.dir, ['run', '--app-key', 'k1', '--retries', '0', 'a.rong.http'], { RONG_APP_SECRET: 'another-secret' });
      assert.equal(r.code, 1, r.stderr + r.stdout);
      assert.deepEqual(verdicts.slice(from), [false]);
      assert.match(r.stdout, /403/);
    } finally {
      await dir.remove();
    }
  });

  it('an unknown kind is refused before anything is sent', async () => {
    const r = await run(`# @callback routes\nPOST ${base}/rong/route\n\na=1\n`);
    assert.equal(r.code, 2, r.stderr + r.stdout);
    assert.match(r.stderr, /a\.rong\.http:1: @callback takes routing, status, audit, not "routes"/);
    assert.equal(r.arrived.length, 0);
  });
});
