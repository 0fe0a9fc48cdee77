/**
 * batch.1000_register_ms: the "Send All Requests" logic (runBatch + RongClient, default concurrency)
 * registering 1,000 distinct users against the sandbox, with the 200/s rate cap off and on.
 */
import { DEFAULT_BATCH_CONCURRENCY, runBatch } from '../src/core/batch';
import { RongClient } from '../src/core/http';
import { GET_TOKEN } from '../src/core/contract';
import { SandboxServer } from '../src/sandbox/server';
import type { BenchFigure } from './figure';

const USERS = 1000;

async function registerAll(unlimited: boolean, tag: string): Promise<{ ms: number; ok: number }> {
  const sandbox = await SandboxServer.start();
  const client = new RongClient();
  const app = sandbox.apps[0];
  try {
    const started = performance.now();
    const results = await runBatch(
      Array.from({ length: USERS }, (_, i) => `${tag}-${i}`),
      (userId) => client.send({ endpoint: GET_TOKEN, params: [['userId', userId], ['name', 'Bench']], credentials: app, hosts: { primary: sandbox.url } }),
      { concurrency: DEFAULT_BATCH_CONCURRENCY, unlimited },
    );
    const ms = performance.now() - started;
    return { ms, ok: results.filter((r) => r.result?.outcome === 'success').length };
  } finally {
    await client.close();
    await sandbox.stop();
  }
}

export async function run(): Promise<BenchFigure[]> {
  await registerAll(true, 'warm'); // JIT and sockets warm
  const off = await registerAll(true, 'off');
  const on = await registerAll(false, 'on');
  if (off.ok !== USERS || on.ok !== USERS) throw new Error(`not every user was registered: ${off.ok} and ${on.ok} of ${USERS}`);
  return [
    { name: 'batch.1000_register_ms', value: Math.round(off.ms), unit: 'ms', note: `rate cap off, concurrency ${DEFAULT_BATCH_CONCURRENCY}: ${Math.round(USERS / (off.ms / 1000))} registrations/s` },
    {
      name: 'batch.1000_register_ms_rate_limited',
      value: Math.round(on.ms),
      unit: 'ms',
      baseline: Math.round(off.ms),
      ratio: Number((on.ms / off.ms).toFixed(2)),
      note: `rate cap 200/s (the real service's limit), concurrency ${DEFAULT_BATCH_CONCURRENCY}: the floor is 4995 ms`,
    },
  ];
}
