/**
 * sandbox.throughput_ratio: signed getToken requests per second against the sandbox, divided by the
 * same against a minimal node:http server that reads the body and answers the same JSON shape. Same
 * client (an undici Pool, 32 connections, 32 requests in flight, distinct userIds), same process, same
 * run; the two are measured in alternating rounds so that machine noise falls on both.
 * sandbox.throughput_ratio_state: the same with a state file, each answer sent once its change is on disk
 * (appends share a write), for information.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'undici';
import { SandboxServer, type SandboxApp } from '../src/sandbox/server';
import type { BenchFigure } from './figure';
import { startMinimal } from './minimalServer';

const APP: SandboxApp = { appKey: 'bench-app', appSecret: 'bench-secret' };
const CONCURRENCY = 32;
const ROUNDS = 3;
const ROUND_MS = 1000; // 3 s per server in all
const WARMUP_MS = 500;

let sequence = 0;

/** Sends signed registrations with distinct userIds for `ms`; returns the number of answers. */
async function load(url: string, ms: number, runId: string): Promise<number> {
  const pool = new Pool(url, { connections: CONCURRENCY, pipelining: 1 });
  const until = performance.now() + ms;
  let done = 0;
  const worker = async () => {
    while (performance.now() < until) {
      const nonce = String(100000 + (sequence % 900000));
      const timestamp = String(Date.now());
      const signature = createHash('sha1').update(APP.appSecret + nonce + timestamp).digest('hex');
      const userId = `${runId}-${sequence++}`;
      const res = await pool.request({
        path: '/user/getToken.json',
        method: 'POST',
        headers: {
          'app-key': APP.appKey,
          nonce,
          timestamp,
          signature,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: `userId=${userId}&name=Bench+User`,
      });
      const body = (await res.body.json()) as { code?: number };
      if (res.statusCode !== 200 || body.code !== 200) throw new Error(`unexpected answer ${res.statusCode} ${JSON.stringify(body)}`);
      done++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  await pool.close();
  return done;
}

async function compare(name: string, statePath: string | undefined): Promise<BenchFigure> {
  const sandbox = await SandboxServer.start({ apps: [APP], statePath });
  const minimal = await startMinimal();
  try {
    await load(minimal.url, WARMUP_MS, `${name}-w`);
    await load(sandbox.url, WARMUP_MS, `${name}-w`);
    let sandboxCount = 0;
    let minimalCount = 0;
    for (let round = 0; round < ROUNDS; round++) {
      minimalCount += await load(minimal.url, ROUND_MS, `${name}-${round}`);
      sandboxCount += await load(sandbox.url, ROUND_MS, `${name}-${round}`);
    }
    const seconds = (ROUNDS * ROUND_MS) / 1000;
    const sandboxRps = sandboxCount / seconds;
    const minimalRps = minimalCount / seconds;
    const ratio = Math.round((sandboxRps / minimalRps) * 1000) / 1000;
    return {
      name,
      value: ratio,
      unit: 'ratio',
      baseline: Math.round(minimalRps),
      ratio,
      // The goal is for the sandbox as tests and most users run it; the state file variant is for information.
      ...(statePath ? {} : { goal: '>= 0.7' }),
      note:
        `sandbox ${Math.round(sandboxRps)} req/s vs minimal node:http ${Math.round(minimalRps)} req/s (baseline); ` +
        `undici Pool, ${CONCURRENCY} in flight, ${ROUNDS}×${ROUND_MS} ms each, alternating; client in the same process` +
        (statePath ? '; sandbox with a state file (durable: each answer waits for the write that holds it; writes shared) as it grows to tens of thousands of users' : ''),
    };
  } finally {
    await sandbox.stop();
    await minimal.stop();
  }
}

export async function run(): Promise<BenchFigure[]> {
  const figures = [await compare('sandbox.throughput_ratio', undefined)];
  const dir = await mkdtemp(join(tmpdir(), 'rong-sandbox-bench-'));
  try {
    figures.push(await compare('sandbox.throughput_ratio_state', join(dir, 'state.json')));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return figures;
}
