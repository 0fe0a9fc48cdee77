/**
 * client.throughput_ratio: registrations per second through RongClient.send (a fresh nonce, timestamp
 * and X-Request-ID per request, signing, bounded body reading, parsing, a SendResult) divided by a
 * plain undici loop (one Pool, headers and body built once, `body.json()`) against a minimal
 * node:http server answering the same JSON. 32 in flight, distinct userIds, short alternating rounds
 * in one run (the figure is the median of the per-round ratios, so a burst of load elsewhere on the
 * machine falls on one round, not on one side), servers in this process.
 *
 * Our client sends to the sandbox when it is there and serves at least SANDBOX_REASONABLE of the
 * minimal server's rate; otherwise to the minimal server, and the note says which. It is the shipped
 * bundle (dist/http.js) when that is at least as new as src/core — `npm run bench` builds it first —
 * else the TypeScript source through tsx, whose keepNames transform adds a property definition to
 * every closure created (the shipped bundle has none); the note says which.
 */
import { createServer, type Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';
import * as sourceClient from '../src/core/client';
import { GET_TOKEN } from '../src/core/contract';
import { computeSignature } from '../src/core/signing';
import { SandboxServer } from '../src/sandbox/server';
import { median, type BenchFigure } from './figure';

const APP = { appKey: 'bench-client-app', appSecret: 'bench-client-secret-0123456789' };
const CONCURRENCY = 32;
const ROUNDS = 6;
const ROUND_MS = 500; // 3 s per side in all
const WARMUP_MS = 500;
const PROBE_ROUNDS = 3;
const PROBE_MS = 300;
/** The sandbox stands in for "a server" when it serves at least this share of the minimal server's rate. */
const SANDBOX_REASONABLE = 0.75;

type ClientModule = typeof sourceClient;
type Client = InstanceType<ClientModule['RongClient']>;

interface Target {
  readonly url: string;
  stop(): Promise<void>;
}

/** The shipped bundle when it is fresh, else the source. */
function loadClient(): { module: ClientModule; what: string } {
  const root = join(__dirname, '..');
  const bundle = join(root, 'dist', 'http.js');
  if (existsSync(bundle)) {
    const core = join(root, 'src', 'core');
    const newest = Math.max(...readdirSync(core).filter((f) => f.endsWith('.ts')).map((f) => statSync(join(core, f)).mtimeMs));
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle is loaded at run time, as the extension does
    if (statSync(bundle).mtimeMs >= newest) return { module: require(bundle) as ClientModule, what: 'the shipped bundle dist/http.js' };
    return { module: sourceClient, what: 'the TypeScript source through tsx (dist/http.js is older than src/core: run `npm run bench`)' };
  }
  return { module: sourceClient, what: 'the TypeScript source through tsx (no dist/http.js: run `npm run bench`)' };
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

interface Rate {
  /** Answers per second of wall-clock time. */
  readonly wall: number;
  /** Answers per second of this process's CPU time: what other load on the machine does not change. */
  readonly cpu: number;
}

/** Runs `once` with CONCURRENCY in flight for `ms`. */
async function rate(ms: number, once: () => Promise<void>): Promise<Rate> {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const until = started + ms;
  let done = 0;
  const worker = async () => {
    while (performance.now() < until) {
      await once();
      done++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const cpu = process.cpuUsage(cpuBefore);
  return { wall: (done / (performance.now() - started)) * 1000, cpu: (done / (cpu.user + cpu.system)) * 1e6 };
}

/** The yardstick: the same registration through undici alone, headers and body built once. */
function plainUndici(pool: Pool): () => Promise<void> {
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
  return async () => {
    const res = await pool.request({ path: GET_TOKEN.path, method: 'POST', headers, body });
    const json = (await res.body.json()) as { code?: number };
    if (res.statusCode !== 200 || json.code !== 200) throw new Error(`plain loop: unexpected answer ${res.statusCode}`);
  };
}

/** RongClient.send with distinct userIds (the sandbox answers a userId twice with 1004). */
function throughClient(client: Client, url: string, runId: string): () => Promise<void> {
  const hosts = { primary: url };
  return async () => {
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
  };
}

export async function run(): Promise<BenchFigure[]> {
  const { module, what } = loadClient();
  const minimal = await startMinimal();
  const sandbox = await startSandbox();
  const client = new module.RongClient({ env: {} });
  const pool = new Pool(minimal.url, { connections: CONCURRENCY, pipelining: 1 });
  const runId = randomBytes(4).toString('hex');
  try {
    let target = minimal;
    let why = 'the minimal server (no sandbox)';
    if (sandbox) {
      await rate(WARMUP_MS, throughClient(client, sandbox.url, `${runId}-w`));
      const shares: number[] = [];
      for (let i = 0; i < PROBE_ROUNDS; i++) {
        const viaSandbox = await rate(PROBE_MS, throughClient(client, sandbox.url, `${runId}-p`));
        const viaMinimal = await rate(PROBE_MS, throughClient(client, minimal.url, `${runId}-p`));
        shares.push(viaSandbox.cpu / viaMinimal.cpu);
      }
      const share = median(shares);
      if (share >= SANDBOX_REASONABLE) {
        target = sandbox;
        why = `the sandbox (through this client it served ${share.toFixed(2)}× the minimal server's rate)`;
      } else {
        why = `the minimal server, as the sandbox served only ${share.toFixed(2)}× its rate`;
      }
    }

    const plain = plainUndici(pool);
    const ours = throughClient(client, target.url, runId);
    await rate(WARMUP_MS, plain);
    await rate(WARMUP_MS, ours);
    const plainRates: Rate[] = [];
    const ourRates: Rate[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // Alternate which side goes first, so that a trend in machine load is shared.
      if (round % 2 === 0) {
        plainRates.push(await rate(ROUND_MS, plain));
        ourRates.push(await rate(ROUND_MS, ours));
      } else {
        ourRates.push(await rate(ROUND_MS, ours));
        plainRates.push(await rate(ROUND_MS, plain));
      }
    }
    const figure = (kind: keyof Rate) => {
      const ratios = ourRates.map((o, i) => o[kind] / plainRates[i][kind]);
      return {
        ratio: Number(median(ratios).toFixed(3)),
        ratios: ratios.map((r) => r.toFixed(2)).join(', '),
        plain: Math.round(median(plainRates.map((r) => r[kind]))),
        ours: Math.round(median(ourRates.map((r) => r[kind]))),
      };
    };
    const wall = figure('wall');
    const cpu = figure('cpu');
    const setup =
      `${CONCURRENCY} in flight, ${ROUNDS}×${ROUND_MS} ms per side, alternating, distinct userIds; servers in the same process; ` +
      `our client: ${what}; our target: ${why}; baseline: plain undici Pool against the minimal node:http server`;
    return [
      {
        name: 'client.throughput_ratio',
        value: wall.ratio,
        unit: 'ratio',
        baseline: wall.plain,
        ratio: wall.ratio,
        goal: '>= 0.8',
        note: `RongClient.send ${wall.ours} req/s vs plain undici ${wall.plain} req/s (medians); value = median of the per-round ratios [${wall.ratios}]; ${setup}`,
      },
      {
        name: 'client.throughput_ratio_cpu',
        value: cpu.ratio,
        unit: 'ratio',
        baseline: cpu.plain,
        ratio: cpu.ratio,
        note: `the same rounds per CPU-second of this process (other load on the machine does not change it): RongClient.send ${cpu.ours} vs plain undici ${cpu.plain} req/CPU-s; per-round ratios [${cpu.ratios}]`,
      },
    ];
  } finally {
    await client.close();
    await pool.close();
    await sandbox?.stop();
    await minimal.stop();
  }
}
