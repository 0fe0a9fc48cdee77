/**
 * client.throughput_ratio: registrations per second through RongClient.send (a fresh nonce, timestamp
 * and X-Request-ID per request, signing, bounded body reading, parsing, a SendResult) divided by a
 * plain undici loop (one Pool, headers and body built once, `body.json()`) against a minimal
 * node:http server answering the same JSON. 32 in flight, distinct userIds, servers in this process,
 * short rounds in rotating order; the value is the median of the per-round ratios, so a burst of load
 * elsewhere on the machine spoils one round rather than one side.
 *
 * client.throughput_ratio is the figure: our client against our sandbox over plain undici
 * against a minimal server. client.same_server_ratio puts both against the minimal server, so that
 * it shows what the client alone costs. Client and sandbox are the shipped bundles in dist/.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';
import type { RongClient as RongClientType } from '../src/core/http';
import { GET_TOKEN } from '../src/core/contract';
import { computeSignature } from '../src/core/signing';
import { median, type BenchFigure } from './figure';
import { startMinimal } from './minimalServer';

// The shipped bundle (npm run bench builds it first), not the TypeScript source through tsx.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { RongClient } = require('../dist/http.js') as typeof import('../src/core/http');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SandboxServer } = require('../dist/sandbox.js') as typeof import('../src/sandbox/server');
type RongClient = RongClientType;

const APP = { appKey: 'bench-client-app', appSecret: 'bench-client-secret-0123456789' };
const CONCURRENCY = 32;
const ROUNDS = 10;
const ROUND_MS = 600; // 6 s per side in all: this machine is noisy, medians need rounds
const WARMUP_MS = 500;

interface Target {
  readonly url: string;
  stop(): Promise<void>;
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
function throughClient(client: RongClient, url: string, runId: string): () => Promise<void> {
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
  const minimal = await startMinimal();
  const sandbox = await startSandbox();
  const client = new RongClient({ env: {} });
  const pool = new Pool(minimal.url, { connections: CONCURRENCY, pipelining: 1 });
  const runId = randomBytes(4).toString('hex');
  try {
    const sides: Record<string, () => Promise<void>> = {
      plain: plainUndici(pool),
      oursMinimal: throughClient(client, minimal.url, `${runId}-m`),
    };
    if (sandbox) sides.oursSandbox = throughClient(client, sandbox.url, `${runId}-s`);
    const names = Object.keys(sides);
    for (const name of names) await rate(WARMUP_MS, sides[name]);
    const rates: Record<string, Rate[]> = Object.fromEntries(names.map((n) => [n, []]));
    for (let round = 0; round < ROUNDS; round++) {
      // Rotate the order, so that a trend in machine load falls on every side alike.
      for (let k = 0; k < names.length; k++) {
        const name = names[(round + k) % names.length];
        rates[name].push(await rate(ROUND_MS, sides[name]));
      }
    }
    const against = (name: string, kind: keyof Rate) => {
      const ratios = rates[name].map((o, i) => o[kind] / rates.plain[i][kind]);
      return { ratio: Number(median(ratios).toFixed(3)), ratios: ratios.map((r) => r.toFixed(2)).join(', '), rps: Math.round(median(rates[name].map((r) => r[kind]))) };
    };
    const plainRps = Math.round(median(rates.plain.map((r) => r.wall)));
    const sameServer = against('oursMinimal', 'wall');
    const setup = `${CONCURRENCY} in flight, ${ROUNDS}×${ROUND_MS} ms per side, rotating order, distinct userIds; servers in this process; client and sandbox as shipped (dist/http.js, dist/sandbox.js)`;
    const figures: BenchFigure[] = [];
    if (sandbox) {
      // The definition: our client against our sandbox, over plain undici against a minimal server.
      const spec = against('oursSandbox', 'wall');
      const sandboxShare = median(rates.oursSandbox.map((r, i) => r.wall / rates.oursMinimal[i].wall));
      figures.push({
        name: 'client.throughput_ratio',
        value: spec.ratio,
        unit: 'ratio',
        baseline: plainRps,
        ratio: spec.ratio,
        goal: '>= 0.8',
        note:
          `RongClient.send ${spec.rps} req/s against the sandbox vs plain undici ${plainRps} req/s against a minimal node:http server; ` +
          `per-round ratios [${spec.ratios}]. This is a product: the sandbox's own cost (it serves ${sandboxShare.toFixed(2)}× the ` +
          `minimal server's rate through this client) times the client's (client.same_server_ratio, ${sameServer.ratio}); ` +
          `0.8 would need both near 0.9. ${setup}`,
      });
    }
    figures.push({
      name: 'client.same_server_ratio',
      value: sameServer.ratio,
      unit: 'ratio',
      baseline: plainRps,
      ratio: sameServer.ratio,
      goal: '>= 0.8',
      note:
        `RongClient.send ${sameServer.rps} req/s vs plain undici ${plainRps} req/s, both against the minimal node:http server: ` +
        `what the client itself costs (fresh nonce, timestamp, signature and request ID, bounded reading, parsing, a SendResult); ` +
        `per-round ratios [${sameServer.ratios}]; per CPU-second of this process ${against('oursMinimal', 'cpu').ratio}. ${setup}`,
    });
    return figures;
  } finally {
    await client.close();
    await pool.close();
    await sandbox?.stop();
    await minimal.stop();
  }
}
