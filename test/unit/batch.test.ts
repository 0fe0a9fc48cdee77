import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_RATE_PER_SECOND, RateLimiter, runBatch } from '../../src/core/batch';

/** A fake clock that advances only when someone sleeps. */
function fakeTime() {
  let t = 0;
  return { now: () => t, sleep: async (ms: number) => { t += ms; } };
}

test('never more than `concurrency` sends run at once, and every item gets its own result in order', async () => {
  let running = 0;
  let peak = 0;
  const results = await runBatch(
    Array.from({ length: 50 }, (_, i) => i),
    async (n) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 1));
      running--;
      if (n === 7) throw new Error('seven');
      return n * 2;
    },
    { concurrency: 4, unlimited: true },
  );
  assert.equal(peak, 4);
  assert.deepEqual(results.map((r) => r.result ?? (r.error as Error).message), Array.from({ length: 50 }, (_, i) => (i === 7 ? 'seven' : i * 2)));
});

test('the rate is capped at 200 per second even when more is asked', async () => {
  // A virtual clock: sleeping moves it to the wake-up time, so the scheduled start times are exact.
  let t = 0;
  const wakeUps: number[] = [];
  const now = () => t;
  const sleep = async (ms: number) => { wakeUps.push(t + ms); t = Math.max(t, t + ms); };
  let sent = 0;
  await runBatch(Array.from({ length: 401 }, (_, i) => i), async () => { sent++; }, { concurrency: 16, ratePerSecond: 10_000, now, sleep });
  assert.equal(MAX_RATE_PER_SECOND, 200);
  assert.equal(sent, 401);
  const starts = [0, ...wakeUps].sort((a, b) => a - b);
  assert.equal(starts.length, 401, 'every send but the first waited for its turn');
  assert.equal(starts[400], 2000, '401 starts 5 ms apart end at 2000 ms');
  for (let i = 1; i < starts.length; i++) assert.ok(starts[i] - starts[i - 1] >= 5 - 1e-9, `start ${i} is 5 ms after the one before`);
});

test('the limiter spaces starts evenly', async () => {
  const time = fakeTime();
  const limiter = new RateLimiter(50, time.now, time.sleep);
  const at: number[] = [];
  for (let i = 0; i < 5; i++) {
    await limiter.take();
    at.push(time.now());
  }
  assert.deepEqual(at, [0, 20, 40, 60, 80]);
});

test('a cancelled batch skips what has not started and says so', async () => {
  const abort = new AbortController();
  const results = await runBatch(Array.from({ length: 20 }, (_, i) => i), async (n) => {
    if (n === 3) abort.abort();
    return n;
  }, { concurrency: 1, unlimited: true, signal: abort.signal });
  assert.deepEqual(results.filter((r) => r.skipped).map((r) => r.index), Array.from({ length: 16 }, (_, i) => i + 4));
  assert.equal(results.filter((r) => r.result !== undefined).length, 4);
});
