/**
 * client.throughput_ratio: registrations per second through RongClient.send (signing, a fresh nonce
 * and X-Request-ID per request, bounded body reading, parsing, a SendResult) divided by a plain
 * undici loop (one Pool, pre-built headers and body, `body.json()`) against a minimal node:http server
 * answering the same JSON. 32 in flight, distinct userIds, alternating rounds in one run, everything
 * in this process (so server work is on the same core for both). Our client targets the sandbox when
 * it is there and fast enough; otherwise the minimal server, and the note says which.
 */
import { createServer, type Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';
import { RongClient } from '../src/core/client';
import { GET_TOKEN } from '../src/core/contract';
import { SandboxServer } from '../src/sandbox/server';
import { computeSignature } from '../src/core/signing';
import type { BenchFigure } from './figure';

const APP = { appKey: 'bench-client-app', appSecret: 'bench-client-secret-0123456789' };
const CONCURRENCY = 32;
const ROUNDS = 3;
const ROUND_MS = 1000; // 3 s per side in all
const WARMUP_MS = 500;
/** The sandbox is used as our target when it serves at least this share of the minimal server's rate. */
const SANDBOX_REASONABLE = 0.75;

interface Target {
  readonly url: string;
  stop(): Promise<void>;
}

/** Reads the body and answers {"code":200,"userId":…,"token":…}; nothing else. */
async function startMinimal(): Promise<Target> {
  const token = randomBytes(32).toString('base64url');
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const userId = new URLSearchParams(Buffer.concat(chunks).toString('utf8')).get('userId') ?? '';
      const json = JSON.stringify({ code: 200, userId, token });
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(json) });
      res.end(json);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const a = server.address();
  return {
    url: `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function startSandbox(): Promise<Target | undefined> {
  try {
    const s = await SandboxServer.start({ apps: [APP], port: 0 });
    return { url: s.url, stop: () => s.stop() };
  } catch {
    return undefined;
  }
}

let sequence = 0;

/** The yardstick: the same registrations through undici alone, headers and body built beforehand. */
async function plainUndici(url: string, ms: number): Promise<number> {
  const pool = new Pool(url, { connections: CONCURRENCY, pipelining: 1 });
  const nonce = '1234567890';
  const timestamp = String(Date.now());
  const headers = {
    'App-Key': APP.appKey,
    Nonce: nonce,
    Timestamp: timestamp,
    Signature: computeSignature(APP.appSecret, nonce, timestamp),
    'Content-Type': 'application/x-www-form-urlencoded',
    'X-Request-ID': '6f1c2a4e-8d0b-4c3f-9a57-2b1e0d9c8f7a',
  };
  const body = 'userId=plain-user&name=Bench+User';
  const until = performance.now() + ms;
  let done = 0;
  const worker = async () => {
    while (performance.now() < until) {
      const res = await pool.request({ path: GET_TOKEN.path, method: 'POST', headers, body });
      const json = (await res.body.json()) as { code?: number };
      if (res.statusCode !== 200 || json.code !== 200) throw new Error(`plain loop: unexpected answer ${res.statusCode}`);
      done++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  await pool.close();
  return done;
}

/** RongClient.send with distinct userIds (the sandbox refuses a userId twice). */
async function throughClient(client: RongClient, url: string, ms: number, runId: string): Promise<number> {
  const until = performance.now() + ms;
  let done = 0;
  const hosts = { primary: url };
  const worker = async () => {
    while (performance.now() < until) {
      const r = await client.send({
        endpoint: GET_TOKEN,
        params: [
          ['userId', `${runId}-${sequence++}`],
          ['name', 'Bench User'],
        ],
        credentials: APP,
        hosts,
      });
      if (r.outcome !== 'success') throw new Error(`client: ${r.outcome}: ${r.message}`);
      done++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return done;
}

async function rate(f: (ms: number) => Promise<number>, ms: number): Promise<{ count: number; ms: number }> {
  const t0 = performance.now();
  const count = await f(ms);
  return { count, ms: performance.now() - t0 };
}

export async function run(): Promise<BenchFigure[]> {
  const minimal = await startMinimal();
  const sandbox = await startSandbox();
  const client = new RongClient({ env: {} });
  const runId = randomBytes(4).toString('hex');
  try {
    // Is the sandbox fast enough to stand in for "a server"? Same plain loop against both.
    let target = minimal;
    let why = 'the minimal server (no sandbox)';
    if (sandbox) {
      await throughClient(client, sandbox.url, WARMUP_MS, `${runId}-w`);
      const viaSandbox = await rate((ms) => throughClient(client, sandbox.url, ms, `${runId}-probe`), ROUND_MS);
      const viaMinimal = await rate((ms) => throughClient(client, minimal.url, ms, `${runId}-probe`), ROUND_MS);
      const share = viaSandbox.count / viaSandbox.ms / (viaMinimal.count / viaMinimal.ms);
      if (share >= SANDBOX_REASONABLE) {
        target = sandbox;
        why = `the sandbox (it served ${share.toFixed(2)}× the minimal server's rate through this client)`;
      } else {
        why = `the minimal server: the sandbox served only ${share.toFixed(2)}× its rate, too slow to stand in`;
      }
    }

    await plainUndici(minimal.url, WARMUP_MS);
    await throughClient(client, target.url, WARMUP_MS, `${runId}-warm`);
    let plainCount = 0;
    let plainMs = 0;
    let oursCount = 0;
    let oursMs = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const p = await rate((ms) => plainUndici(minimal.url, ms), ROUND_MS);
      plainCount += p.count;
      plainMs += p.ms;
      const o = await rate((ms) => throughClient(client, target.url, ms, `${runId}-${round}`), ROUND_MS);
      oursCount += o.count;
      oursMs += o.ms;
    }
    const plainRps = Math.round((plainCount / plainMs) * 1000);
    const oursRps = Math.round((oursCount / oursMs) * 1000);
    const ratio = Number((oursRps / plainRps).toFixed(3));
    return [
      {
        name: 'client.throughput_ratio',
        value: ratio,
        unit: 'ratio',
        baseline: plainRps,
        ratio,
        goal: '>= 0.8',
        note: `RongClient.send ${oursRps} req/s against ${why} vs plain undici Pool ${plainRps} req/s (baseline) against the minimal node:http server; ${CONCURRENCY} in flight, ${ROUNDS}×${ROUND_MS} ms each, alternating, distinct userIds; servers in the same process`,
      },
    ];
  } finally {
    await client.close();
    await sandbox?.stop();
    await minimal.stop();
  }
}
