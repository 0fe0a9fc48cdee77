/**
 * Callbacks from the sandbox (issue #20, src/sandbox/callbacks/): a receiver written here with plain
 * node:http gets routing (private and group), status and audit callbacks, each signature checked with
 * verifyCallback and with an independent SHA-1; a failing receiver gets the retries, each in the
 * deliveries log; the audit's block, replacement and silence; the Server API switch; the control's
 * validation; the configuration kept across a restart.
 */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SandboxServer } from '../../src/sandbox/server';
import { memoryPersistence } from '../../src/sandbox/model';
import { verifyCallback } from '../../src/core/callbackSignature';
import { parseCli } from '../../src/sandbox/cli';
import { call, control } from './support/sandboxClient';

const APP = { appKey: 'cb-app', appSecret: 'cb-secret-0123456789' };

interface Received {
  readonly path: string;
  readonly query: URLSearchParams;
  readonly url: string;
  readonly contentType: string;
  readonly body: string;
}

/** A receiver: records every request; `answer` decides the reply per path. */
class Receiver {
  readonly got: Received[] = [];
  answer: (r: Received) => { status: number; body?: string; delayMs?: number } = () => ({ status: 200, body: 'ok' });
  private server!: Server;
  url = '';
  private waiters: Array<() => void> = [];

  async start(): Promise<void> {
    this.server = createServer((req: IncomingMessage, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const u = new URL(req.url ?? '/', 'http://x');
        const r = { path: u.pathname, query: u.searchParams, url: req.url ?? '', contentType: req.headers['content-type'] ?? '', body: Buffer.concat(chunks).toString('utf8') };
        this.got.push(r);
        for (const w of this.waiters.splice(0)) w();
        const a = this.answer(r);
        const send = () => (res.destroyed ? undefined : res.writeHead(a.status, { 'Content-Type': 'application/json' }).end(a.body ?? ''));
        if (a.delayMs) setTimeout(send, a.delayMs).unref();
        else send();
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Waits until `n` requests to `path` have arrived (or fails after 8 s). */
  async waitFor(path: string, n: number): Promise<Received[]> {
    const deadline = Date.now() + 8000;
    for (;;) {
      const hits = this.got.filter((r) => r.path === path);
      if (hits.length >= n) return hits;
      if (Date.now() > deadline) throw new Error(`only ${hits.length} of ${n} requests to ${path}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100).unref();
      });
    }
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** The signature checked twice: by our verifier and by a SHA-1 computed here from the three query parameters. */
function assertSigned(r: Received): void {
  const verdict = verifyCallback(r.url, APP.appSecret, Date.now());
  assert.equal(verdict.ok, true, `verifyCallback: ${'problem' in verdict ? verdict.problem : ''}`);
  const nonce = r.query.get('nonce') ?? '';
  const ts = r.query.get('signTimestamp') ?? '';
  assert.match(ts, /^\d{13}$/, 'signTimestamp in milliseconds');
  assert.ok(nonce.length > 0);
  const independent = createHash('sha1').update(APP.appSecret + nonce + ts).digest('hex');
  assert.equal(r.query.get('signature'), independent);
}

describe('sandbox callbacks (routing, status, audit)', () => {
  const rx = new Receiver();
  let server: SandboxServer;
  const persistence = memoryPersistence();
  const send = (body: Record<string, unknown>) => control(server.url, '/_sandbox/clients/send', body);
  const put = (body: Record<string, unknown>) => control(server.url, '/_sandbox/callbacks', body, 'PUT');
  const deliveries = async (query = '') => (await control(server.url, `/_sandbox/callbacks/deliveries${query}`)).json as { total: number; deliveries: Array<Record<string, unknown>> };

  before(async () => {
    await rx.start();
    server = await SandboxServer.start({ apps: [APP], persistence, callbacks: { routing: `${rx.url}/route`, retryDelaysMs: [20, 40, 80] } });
    // A group alice, bob and carol are in, made through the Server API (not routed: the switch is off).
    assert.equal((await call(server.url, APP, '/group/create.json', [['userId', 'alice'], ['userId', 'bob'], ['userId', 'carol'], ['groupId', 'g1'], ['groupName', 'G']])).status, 200);
  });
  after(async () => {
    await server.stop();
    await rx.stop();
  });
  beforeEach(() => {
    rx.got.length = 0;
    rx.answer = () => ({ status: 200, body: 'ok' });
  });

  it('starts with the --callback URL and shows every field, null when off', async () => {
    const got = await control(server.url, '/_sandbox/callbacks');
    assert.equal(got.status, 200);
    assert.deepEqual(got.json, { app: APP.appKey, routing: `${rx.url}/route`, status: null, audit: null, auditTimeoutMs: 3000, routeServerApi: false });
  });

  it('routes a private message as a signed form with the live fields', async () => {
    const sent = await send({ fromUserId: 'alice', toUserId: 'bob', objectName: 'RC:TxtMsg', content: '{"content":"hi"}' });
    assert.equal(sent.status, 200);
    const [r] = await rx.waitFor('/route', 1);
    assertSigned(r);
    assert.match(r.contentType, /^application\/x-www-form-urlencoded/);
    const f = new URLSearchParams(r.body);
    assert.equal(f.get('appKey'), APP.appKey);
    assert.equal(f.get('fromUserId'), 'alice');
    assert.equal(f.get('toUserId'), 'bob');
    assert.equal(f.get('objectName'), 'RC:TxtMsg');
    assert.equal(f.get('content'), '{"content":"hi"}');
    assert.equal(f.get('channelType'), 'PERSON');
    assert.equal(f.get('msgUID'), sent.json.messageUID);
    assert.equal(f.get('msgTimestamp'), String(sent.json.msgTimestamp));
    assert.equal(f.getAll('groupUserIds').length, 0);
  });

  it('routes a group message with groupUserIds (the members it went to, the sender not)', async () => {
    assert.equal((await send({ fromUserId: 'alice', groupId: 'g1', objectName: 'RC:TxtMsg', content: '{"content":"all"}' })).status, 200);
    const [r] = await rx.waitFor('/route', 1);
    assertSigned(r);
    const f = new URLSearchParams(r.body);
    assert.equal(f.get('channelType'), 'GROUP');
    assert.equal(f.get('toUserId'), 'g1');
    assert.deepEqual(f.getAll('groupUserIds').sort(), ['bob', 'carol']);
  });

  it('retries a receiver that answers 500, and logs each attempt with its status and number', async () => {
    rx.answer = () => ({ status: 500, body: '{"err":"down"}' });
    const sent = await send({ fromUserId: 'alice', toUserId: 'dave', objectName: 'RC:TxtMsg', content: '{"content":"retry"}' });
    const hits = await rx.waitFor('/route', 4);
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(rx.got.filter((r) => r.path === '/route').length, 4, 'one try and three retries');
    hits.forEach(assertSigned);
    const log = (await deliveries('?kind=routing')).deliveries.filter((d) => d.about === sent.json.messageUID);
    assert.deepEqual(log.map((d) => d.attempt), [4, 3, 2, 1]);
    assert.ok(log.every((d) => d.status === 500 && d.answer === '{"err":"down"}' && d.signed === true));
    assert.deepEqual(log.map((d) => d.willRetry), [false, true, true, true]);
    assert.ok(log.every((d) => typeof d.url === 'string' && !(d.url as string).includes('signature')), 'the log has the URL without the signature');
    assert.ok(!JSON.stringify(log).includes(APP.appSecret), 'never the App Secret');

    // Redelivered once the receiver is back: a fresh signature, logged as a redelivery.
    rx.answer = () => ({ status: 200, body: 'ok' });
    const again = await control(server.url, '/_sandbox/callbacks/redeliver', { id: log[0].id });
    assert.equal(again.status, 200);
    const after5 = await rx.waitFor('/route', 5);
    assertSigned(after5[4]);
    assert.notEqual(after5[4].query.get('nonce'), after5[0].query.get('nonce'));
    const latest = (await deliveries('?limit=1')).deliveries[0];
    assert.equal(latest.redeliveryOf, log[0].id);
    assert.equal(latest.status, 200);
    assert.equal((await control(server.url, '/_sandbox/callbacks/redeliver', { id: 999999 })).status, 404);
  });

  it('posts a connect and a leave to the status URL as JSON, with the same sessionId', async () => {
    assert.equal((await put({ routing: `${rx.url}/route`, status: `${rx.url}/status` })).status, 200);
    assert.equal((await control(server.url, '/_sandbox/online', { userId: 'bob', online: true })).status, 200);
    assert.equal((await control(server.url, '/_sandbox/online', { userId: 'bob', online: false })).status, 200);
    const [on, off] = await rx.waitFor('/status', 2);
    assertSigned(on);
    assert.match(on.contentType, /^application\/json/);
    const a = JSON.parse(on.body) as Record<string, unknown>;
    const b = JSON.parse(off.body) as Record<string, unknown>;
    assert.equal(a.userid, 'bob');
    assert.equal(a.status, '0');
    assert.equal(b.status, '1');
    assert.equal(typeof a.time, 'number');
    assert.equal(a.sessionId, b.sessionId);
    assert.deepEqual(Object.keys(a).sort(), ['clientIp', 'os', 'sessionId', 'status', 'time', 'userid']);
  });

  it('audit: a block keeps the message from the recipient, a replacement changes it, silence delivers it', async () => {
    assert.equal((await put({ routing: `${rx.url}/route`, audit: `${rx.url}/audit`, auditTimeoutMs: 300 })).status, 200);
    const inbox = async (userId: string) => ((await control(server.url, `/_sandbox/messages?userId=${userId}`)).json.messages as Array<Record<string, unknown>>);

    rx.answer = (r) => (r.path === '/audit' ? { status: 200, body: '{"pass":false}' } : { status: 200 });
    const blocked = await send({ fromUserId: 'alice', toUserId: 'erin', objectName: 'RC:TxtMsg', content: '{"content":"bad"}' });
    assert.equal(blocked.status, 200);
    assert.equal(blocked.json.blockedBy, 'audit');
    const [ask] = await rx.waitFor('/audit', 1);
    assertSigned(ask);
    const form = new URLSearchParams(ask.body);
    assert.equal(form.get('fromUserId'), 'alice');
    assert.equal(form.get('targetId'), 'erin');
    assert.equal(form.get('messageId'), blocked.json.messageUID, 'the UID asked about is the one kept');
    const kept = (await inbox('erin')).find((m) => m.messageUID === blocked.json.messageUID);
    assert.equal(kept?.delivered, false);
    assert.equal((kept?.options as Record<string, string> | undefined)?.blockedBy, 'audit');
    await new Promise((r) => setTimeout(r, 150));
    assert.equal(rx.got.filter((r) => r.path === '/route').length, 0, 'a blocked message is not routed');

    rx.answer = (r) => (r.path === '/audit' ? { status: 200, body: '{"pass":true,"replaceContent":"{\\"content\\":\\"***\\"}"}' } : { status: 200 });
    const replaced = await send({ fromUserId: 'alice', toUserId: 'erin', objectName: 'RC:TxtMsg', content: '{"content":"rude"}' });
    const m2 = (await inbox('erin')).find((m) => m.messageUID === replaced.json.messageUID);
    assert.equal(m2?.content, '{"content":"***"}');
    assert.equal(m2?.delivered, true);
    const [routed] = await rx.waitFor('/route', 1);
    assert.equal(new URLSearchParams(routed.body).get('content'), '{"content":"***"}', 'routed with the audited content');

    rx.answer = (r) => (r.path === '/audit' ? { status: 200, body: '{"pass":false}', delayMs: 1500 } : { status: 200 });
    const started = Date.now();
    const late = await send({ fromUserId: 'alice', toUserId: 'erin', objectName: 'RC:TxtMsg', content: '{"content":"late"}' });
    assert.ok(Date.now() - started < 1400, 'the send waited the 300 ms timeout, not the answer');
    assert.equal(late.json.blockedBy, undefined);
    assert.equal((await inbox('erin')).find((m) => m.messageUID === late.json.messageUID)?.delivered, true);
    const audits = (await deliveries('?kind=audit')).deliveries;
    assert.match(String(audits[0].error), /no answer within 300 ms/);
    assert.equal(audits[0].attempt, 1, 'the audit is not retried');
  });

  it('audit: the membership is checked again after the answer', async () => {
    assert.equal((await put({ audit: `${rx.url}/audit` })).status, 200);
    // The receiver removes alice from the group while the sandbox waits for its answer.
    rx.answer = () => ({ status: 200, body: '{"pass":true}', delayMs: 200 });
    const pending = send({ fromUserId: 'carol', groupId: 'g1', objectName: 'RC:TxtMsg', content: '{"content":"x"}' });
    await rx.waitFor('/audit', 1);
    assert.equal((await call(server.url, APP, '/group/quit.json', [['userId', 'carol'], ['groupId', 'g1']])).status, 200);
    assert.equal((await pending).status, 403);
  });

  it('routes Server API messages only with the switch on', async () => {
    assert.equal((await put({ routing: `${rx.url}/route` })).status, 200);
    const publish = () => call(server.url, APP, '/message/private/publish.json', [['fromUserId', 'alice'], ['toUserId', 'bob'], ['objectName', 'RC:TxtMsg'], ['content', '{"content":"api"}']]);
    assert.equal((await publish()).status, 200);
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(rx.got.length, 0, 'off by default');
    assert.equal((await put({ routing: `${rx.url}/route`, routeServerApi: true })).status, 200);
    assert.equal((await publish()).status, 200);
    const [r] = await rx.waitFor('/route', 1);
    assertSigned(r);
    assert.equal(new URLSearchParams(r.body).get('content'), '{"content":"api"}');
  });

  it('refuses a wrong configuration with what is wrong and the limit', async () => {
    const wrong = async (body: Record<string, unknown>, re: RegExp) => {
      const got = await put(body);
      assert.equal(got.status, 400);
      assert.match(String(got.json.error), re);
    };
    await wrong({ routing: 'ftp://x/y' }, /only http:\/\/ and https:\/\//);
    await wrong({ routing: 'not a url' }, /not an absolute URL/);
    await wrong({ status: `http://u:p@127.0.0.1/` }, /user name or password/);
    await wrong({ audit: 'http://x/' + 'a'.repeat(3000) }, /the limit is 2048/);
    await wrong({ auditTimeoutMs: 50 }, /from 100 to 30000/);
    await wrong({ routeServerApi: 'yes' }, /true or false/);
    await wrong({ webhook: 'http://x/' }, /unknown field\(s\) "webhook"/);
    await wrong({ app: 'nope' }, /no app has the App Key/);
    assert.equal((await control(server.url, '/_sandbox/callbacks/deliveries?kind=other')).status, 400);
    assert.equal((await control(server.url, '/_sandbox/callbacks/deliveries?limit=0')).status, 400);
  });

  it('keeps the configuration in the journal: a restart on the same records has it', async () => {
    assert.equal((await put({ routing: `${rx.url}/kept`, auditTimeoutMs: 1234 })).status, 200);
    const again = await SandboxServer.start({ apps: [APP], persistence: memoryPersistence(await persistence.load()) });
    try {
      const got = await control(again.url, '/_sandbox/callbacks');
      assert.equal(got.json.routing, `${rx.url}/kept`);
      assert.equal(got.json.auditTimeoutMs, 1234);
    } finally {
      await again.stop();
    }
  });
});

describe('sandbox callbacks: start options', () => {
  it('refuses a wrong --callback at start, naming the field', async () => {
    await assert.rejects(SandboxServer.start({ apps: [APP], callbacks: { routing: 'file:///etc/passwd' } }), /callbacks: "routing": only http/);
    await assert.rejects(SandboxServer.start({ apps: [APP], callbacks: { app: 'other', routing: 'http://127.0.0.1/' } }), /callbacks.app/);
  });
});

describe('rong-sandbox --callback', () => {
  it('parses each kind, the app, the audit timeout and the switch', () => {
    const c = parseCli(['--app', 'k1:s1', '--callback', 'routing=http://127.0.0.1:8080/r', '--callback', 'status=https://example.test/s', '--callback', 'audit=http://localhost/a?x=1',
      '--callback-app', 'k1', '--audit-timeout', '500', '--route-server-api']);
    assert.deepEqual(c.options.callbacks, { routing: 'http://127.0.0.1:8080/r', status: 'https://example.test/s', audit: 'http://localhost/a?x=1', app: 'k1', auditTimeoutMs: 500, routeServerApi: true });
    assert.equal(parseCli([]).options.callbacks, undefined);
  });

  it('refuses a wrong flag, naming it and the limit', () => {
    assert.throws(() => parseCli(['--callback', 'webhook=http://x/']), /KIND=URL with KIND one of routing, status, audit/);
    assert.throws(() => parseCli(['--callback', 'routing=ftp://x/']), /only http:\/\/ and https:\/\//);
    assert.throws(() => parseCli(['--callback', 'routing=http://a/', '--callback', 'routing=http://b/']), /given twice/);
    assert.throws(() => parseCli(['--audit-timeout', '99999']), /--audit-timeout expects milliseconds from 100 to 30000/);
  });
});
