/**
 * Retry policy as pure functions: full-jitter exponential backoff, Retry-After parsing, and an
 * abortable sleep. The client decides *whether* to retry; these say *how long* to wait.
 */
import type { RandomSource } from './signing';

/** A uniform number in [0, 1) from four random bytes. */
export function randomFraction(random: RandomSource): number {
  const b = random.bytes(4);
  return (((b[0] << 24) >>> 0) + (b[1] << 16) + (b[2] << 8) + b[3]) / 0x1_0000_0000;
}

/**
 * Full jitter ("Exponential Backoff And Jitter", AWS): a uniform wait in [0, cap) where
 * cap = min(maxMs, baseMs · 2^(retry − 1)). `retry` counts from 1.
 */
export function backoffDelay(retry: number, baseMs: number, maxMs: number, random: RandomSource): number {
  const cap = Math.min(maxMs, baseMs * 2 ** Math.max(0, Math.min(30, retry - 1)));
  return Math.floor(randomFraction(random) * Math.max(0, cap));
}

/**
 * Retry-After: delay-seconds or an HTTP date (RFC 9110 §10.2.3). Returns milliseconds to wait
 * (0 for a date in the past), or undefined when the value is absent or unreadable.
 */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  if (!/[a-z]/i.test(v)) return undefined; // "-1", "1.5": not a date either
  const at = Date.parse(v);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

/** setTimeout that ends early (without an error) when the signal aborts. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted || ms <= 0) {
      resolve();
      return;
    }
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** "10 s", "0.2 s", "1.25 s": durations in messages. */
export function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(ms < 1000 ? 3 : 2))} s`;
}
