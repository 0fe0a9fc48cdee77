/**
 * Running many sends with bounded concurrency and a rate cap (the real service allows about 200
 * calls per second per app). Pure: the send function, clock and sleep are parameters.
 */

export const DEFAULT_BATCH_CONCURRENCY = 8;
/** The real service's rate limit per app (api-notes.md); the batch never goes faster. */
export const MAX_RATE_PER_SECOND = 200;

export interface BatchOptions {
  readonly concurrency?: number;
  /** Sends per second at most; 0 or undefined with `unlimited` switches the cap off (benchmarks only). */
  readonly ratePerSecond?: number;
  readonly unlimited?: boolean;
  readonly signal?: AbortSignal;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
  /** Called after each item finishes, with the number done so far. */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface BatchItemResult<R> {
  readonly index: number;
  readonly result?: R;
  readonly error?: unknown;
  /** Not started because the batch was cancelled. */
  readonly skipped?: boolean;
}

/**
 * Spaces start times at least 1000/rate ms apart on average (a token bucket holding one second's
 * worth), so a burst never exceeds the rate within any one-second window.
 */
export class RateLimiter {
  private readonly intervalMs: number;
  private next = 0;

  constructor(ratePerSecond: number, private readonly now: () => number, private readonly sleep: (ms: number) => Promise<void>) {
    this.intervalMs = 1000 / ratePerSecond;
  }

  async take(): Promise<void> {
    const t = this.now();
    const start = Math.max(t, this.next);
    this.next = start + this.intervalMs;
    if (start > t) await this.sleep(start - t);
  }
}

export async function runBatch<T, R>(
  items: readonly T[],
  send: (item: T, index: number) => Promise<R>,
  options: BatchOptions = {},
): Promise<Array<BatchItemResult<R>>> {
  const concurrency = Math.max(1, Math.min(64, Math.floor(options.concurrency ?? DEFAULT_BATCH_CONCURRENCY)));
  const rate = options.unlimited ? undefined : Math.min(MAX_RATE_PER_SECOND, Math.max(1, options.ratePerSecond ?? MAX_RATE_PER_SECOND));
  const now = options.now ?? (() => performance.now());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const limiter = rate === undefined ? undefined : new RateLimiter(rate, now, sleep);
  const results: Array<BatchItemResult<R>> = new Array(items.length);
  let nextIndex = 0;
  let done = 0;
  const worker = async () => {
    for (;;) {
      const index = nextIndex++;
      if (index >= items.length) return;
      if (options.signal?.aborted) {
        results[index] = { index, skipped: true };
        continue;
      }
      await limiter?.take();
      if (options.signal?.aborted) {
        results[index] = { index, skipped: true };
        continue;
      }
      try {
        results[index] = { index, result: await send(items[index], index) };
      } catch (error) {
        results[index] = { index, error };
      }
      options.onProgress?.(++done, items.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}
