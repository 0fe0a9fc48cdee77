/**
 * The request shape of each official server SDK, recorded as a fixture, against the sandbox: their
 * header names, nonce and timestamp formats and body encodings, read from the SDKs' sources:
 *   Go      rongcloud/server-sdk-go sdk/rongcloud.go (fillHeader): App-Key/Nonce/Timestamp/Signature,
 *           nonce strconv.Itoa(rand.Int()) (0 … 2^63−1, 19 digits nine times in ten), seconds;
 *           body url.Values.Encode (keys sorted, QueryEscape: space '+').
 *   Java    rongcloud/server-sdk-java io/rong/util/HttpUtil.java: the same headers plus X-Request-ID (a
 *           UUID without dashes), nonce String.valueOf(Math.random() * 1000000) (a Java double:
 *           "583942.3819271935", "1.234E-4" below 10^-3), seconds; body URLEncoder.encode (space '+').
 *   PHP     rongcloud/server-sdk-php src/RongCloud/SendRequest.php: RC-App-Key/RC-Nonce/RC-Timestamp/
 *           RC-Signature written "Name:value", nonce mt_rand() (0 … 2^31−1), seconds; body urlencode.
 *   Python  rongcloud/server-sdk-python rongcloud/module.py: App-Key/…, nonce str(random.randint(0,
 *           1000000000)), seconds; body a template rendered with no encoding at all; the
 *           Content-Type is urllib's default (application/x-www-form-urlencoded).
 *   Node    rongcloud-sdk 3.1.1 lib/request.js: App-Key/…, nonce parseInt(Math.random() * 0xffffff),
 *           Date.parse(new Date()) / 1000 seconds; body encodeURIComponent pairs (space %20).
 * Each recorded request is answered 200; then 200 calls each with nonces from that SDK's generator.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { SandboxServer } from '../../src/sandbox/server';

const APP = { appKey: 'fixture-app', appSecret: 'fixture-secret-2e9a' };
type Pairs = ReadonlyArray<readonly [string, string]>;

interface SdkShape {
  readonly name: string;
  /** Header names in the SDK's own spelling: App Key, nonce, timestamp, signature. */
  readonly names: readonly [string, string, string, string];
  readonly extraHeaders: () => Record<string, string>;
  readonly nonce: () => string;
  readonly encode: (pairs: Pairs) => string;
  /** One request as the SDK sends it (headers literally, signature for APP's secret). */
  readonly recorded: { readonly headers: Record<string, string>; readonly body: string; readonly userId: string; readonly name: string };
}

const hex = (c: string) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`;
/** Go's url.QueryEscape: everything but A–Z a–z 0–9 - _ . ~ escaped, space as '+'. */
const goEscape = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, hex).replace(/%20/g, '+');
/** Java's URLEncoder: A–Z a–z 0–9 . - * _ stay, space as '+'. */
const javaEscape = (s: string) => encodeURIComponent(s).replace(/[!'()~]/g, hex).replace(/%2A/g, '*').replace(/%20/g, '+');
/** PHP's urlencode: A–Z a–z 0–9 - _ . stay, space as '+'. */
const phpEscape = (s: string) => encodeURIComponent(s).replace(/[!'()*~]/g, hex).replace(/%20/g, '+');
const join = (pairs: Pairs, escape: (s: string) => string) => pairs.map(([k, v]) => `${escape(k)}=${escape(v)}`).join('&');

/** Java's Double.toString for 0 ≤ x < 10^7: "583942.3819271935", "12.0", "1.234E-4". */
function javaDouble(x: number): string {
  if (x === 0) return '0.0';
  if (x >= 1e-3) return Number.isInteger(x) ? `${x}.0` : String(x);
  const [m, e] = x.toExponential().split('e');
  return `${m.includes('.') ? m : `${m}.0`}E${Number(e)}`;
}

const SHAPES: readonly SdkShape[] = [
  {
    name: 'Go (server-sdk-go)',
    names: ['App-Key', 'Nonce', 'Timestamp', 'Signature'],
    extraHeaders: () => ({ 'Content-Type': 'application/x-www-form-urlencoded', 'User-Agent': 'rc-go-sdk/3.2.6' }),
    nonce: () => String(randomBytes(8).readBigUInt64BE() >> 1n), // rand.Int(): 63 random bits
    encode: (pairs) => join([...pairs].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)), goEscape),
    recorded: {
      headers: {
        'App-Key': APP.appKey, Nonce: '5577006791947779410', Timestamp: '1733040000', Signature: 'e54646a96935704cefab24eb8b5e5a988185cb60',
        'Content-Type': 'application/x-www-form-urlencoded', 'User-Agent': 'rc-go-sdk/3.2.6',
      },
      body: 'name=Tony+Stark+%E9%92%A2%E9%93%81%E4%BE%A0&portraitUri=http%3A%2F%2Fx.test%2Fa.png&userId=go-recorded',
      userId: 'go-recorded',
      name: 'Tony Stark 钢铁侠',
    },
  },
  {
    name: 'Java (server-sdk-java)',
    names: ['App-Key', 'Nonce', 'Timestamp', 'Signature'],
    extraHeaders: () => ({
      'User-Agent': 'rc-java-sdk/3.6.0', 'Content-Type': 'application/x-www-form-urlencoded', Connection: 'keep-alive',
      'X-Request-ID': randomUUID().replace(/-/g, ''),
    }),
    nonce: () => javaDouble(Math.random() * 1000000),
    encode: (pairs) => join(pairs, javaEscape),
    recorded: {
      headers: {
        'App-Key': APP.appKey, Nonce: '583942.3819271935', Timestamp: '1733040000', Signature: '13f69e0e695a57907f10dda2152aaaefb200763c',
        'User-Agent': 'rc-java-sdk/3.6.0', 'Content-Type': 'application/x-www-form-urlencoded', Connection: 'keep-alive',
        'X-Request-ID': '0f0e0d0c0b0a49088706050403020100',
      },
      body: 'userId=java-recorded&name=Tony+Stark+%E9%92%A2%E9%93%81%E4%BE%A0&portraitUri=http%3A%2F%2Fx.test%2Fa.png',
      userId: 'java-recorded',
      name: 'Tony Stark 钢铁侠',
    },
  },
  {
    name: 'PHP (server-sdk-php)',
    names: ['RC-App-Key', 'RC-Nonce', 'RC-Timestamp', 'RC-Signature'],
    extraHeaders: () => ({ 'Content-Type': 'application/x-www-form-urlencoded' }),
    nonce: () => String(Math.floor(Math.random() * 2147483648)),
    encode: (pairs) => join(pairs, phpEscape),
    recorded: {
      headers: {
        'RC-App-Key': APP.appKey, 'RC-Nonce': '1804289383', 'RC-Timestamp': '1733040000', 'RC-Signature': 'ad574fb233f25a818919506478aa63afecb8b8d1',
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: 'userId=php-recorded&name=Tony+Stark+%E9%92%A2%E9%93%81%E4%BE%A0&portraitUri=http%3A%2F%2Fx.test%2Fa.png',
      userId: 'php-recorded',
      name: 'Tony Stark 钢铁侠',
    },
  },
  {
    name: 'Python (server-sdk-python)',
    names: ['App-Key', 'Nonce', 'Timestamp', 'Signature'],
    extraHeaders: () => ({ 'User-Agent': 'rc-python-sdk/3.0.0', 'Content-Type': 'application/x-www-form-urlencoded' }),
    nonce: () => String(Math.floor(Math.random() * 1000000001)),
    encode: (pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'), // the template, unencoded
    recorded: {
      headers: {
        'App-Key': APP.appKey, Nonce: '408522591', Timestamp: '1733040000', Signature: '56fc84be5176c675fb5ff64c4730299f029a9e63',
        'User-Agent': 'rc-python-sdk/3.0.0', 'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: 'userId=python-recorded&name=Tony Stark 钢铁侠&portraitUri=',
      userId: 'python-recorded',
      name: 'Tony Stark 钢铁侠',
    },
  },
  {
    name: 'Node (rongcloud-sdk 3.1.1)',
    names: ['App-Key', 'Nonce', 'Timestamp', 'Signature'],
    extraHeaders: () => ({ 'User-Agent': 'rc-nodejs-sdk/3.1.1', 'Content-Type': 'application/x-www-form-urlencoded' }),
    nonce: () => String(parseInt(String(Math.random() * 0xffffff), 10)),
    encode: (pairs) => join(pairs, encodeURIComponent),
    recorded: {
      headers: {
        'App-Key': APP.appKey, Nonce: '9627861', Timestamp: '1733040000', Signature: '3deffefc6c1bb35dbed397b37c403870e05bf733',
        'User-Agent': 'rc-nodejs-sdk/3.1.1', 'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: 'userId=node-recorded&name=Tony%20Stark%20%E9%92%A2%E9%93%81%E4%BE%A0&portraitUri=http%3A%2F%2Fx.test%2Fa.png',
      userId: 'node-recorded',
      name: 'Tony Stark 钢铁侠',
    },
  },
];

function post(url: string, agent: Agent, headers: Record<string, string>, body: string): Promise<{ status: number; json: { code: number; userId?: string } }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/user/getToken.json`, { method: 'POST', agent, headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) as { code: number } }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('sandbox: the official SDKs’ request shapes', () => {
  let server: SandboxServer;
  const agent = new Agent({ keepAlive: true, maxSockets: 8 });

  before(async () => {
    server = await SandboxServer.start({ apps: [APP] });
  });
  after(async () => {
    agent.destroy();
    await server.stop();
  });

  for (const shape of SHAPES) {
    it(`${shape.name}: the recorded request is answered 200 and keeps the name as sent`, async () => {
      const { headers, body, userId, name } = shape.recorded;
      const [, nonceName, tsName, sigName] = shape.names;
      const expected = createHash('sha1').update(APP.appSecret + headers[nonceName] + headers[tsName]).digest('hex');
      assert.equal(headers[sigName], expected, 'the fixture is signed for its secret');
      const r = await post(server.url, agent, headers, body);
      assert.equal(r.status, 200, JSON.stringify(r.json));
      assert.equal(r.json.userId, userId);
      assert.equal(server.model.app(APP.appKey).users.get(userId)?.name, name);
    });

    it(`${shape.name}: 200 calls with nonces from its generator are all accepted`, async () => {
      const nonces: string[] = [];
      const statuses: number[] = [];
      for (let i = 0; i < 200; i++) {
        const nonce = shape.nonce();
        nonces.push(nonce);
        const timestamp = String(Math.floor(Date.now() / 1000));
        const [keyName, nonceName, tsName, sigName] = shape.names;
        const headers = {
          [keyName]: APP.appKey,
          [nonceName]: nonce,
          [tsName]: timestamp,
          [sigName]: createHash('sha1').update(APP.appSecret + nonce + timestamp).digest('hex'),
          ...shape.extraHeaders(),
        };
        const userId = `${shape.name.split(' ')[0].toLowerCase()}-${i}`;
        const r = await post(server.url, agent, headers, shape.encode([['userId', userId], ['name', `User ${i}`], ['portraitUri', 'http://x.test/p.png']]));
        statuses.push(r.status);
      }
      assert.deepEqual(statuses.filter((s) => s !== 200), [], `refused nonces: ${nonces.filter((_, i) => statuses[i] !== 200).slice(0, 5).join(', ')}`);
      if (shape.name.startsWith('Go')) assert.ok(nonces.some((n) => n.length === 19), 'the Go generator gave 19-digit nonces');
      if (shape.name.startsWith('Java')) assert.ok(nonces.every((n) => n.includes('.')), 'the Java generator gave decimals');
    });
  }
});
