/**
 * Retry policy as pure functions: whether an attempt is worth another (connection errors, timeouts,
 * HTTP 5xx without an API code of its own, HTTP 429), on which host, and how long to wait first
 * (full-jitter exponential backoff, Retry-After); and an abortable sleep.
 */
import type { RandomSource } from '../signing';
import type { Failure } from './failure';

export interface RetryPolicy {
  /** Retries after the first attempt. */
  readonly retries: number;
  readonly backoffBaseMs: number;
  readonly backoffMaxMs: number;
  /** The longest Retry-After worth waiting for. */
  readonly retryAfterMaxMs: number;
  readonly random: RandomSource;
}

/** What follows an attempt. */
export type NextStep =
  | { readonly kind: 'stop' }
  /** Wait, then send again; `otherHost`: switch between primary and backup (when there is one). */
  | { readonly kind: 'retry'; readonly waitMs: number; readonly otherHost: boolean }
  /** HTTP 429 asking to wait longer than the policy allows: stop, and say so. */
  | { readonly kind: 'waitTooLong'; readonly waitMs: number };

const STOP: NextStep = { kind: 'stop' };

/** After a transport failure of attempt number `attempt` (0 is the first). */
export function afterFailure(failure: Failure, attempt: number, policy: RetryPolicy): NextStep {
  if (failure.refused || !failure.retryable || attempt >= policy.retries) return STOP;
  // The documentation asks clients to switch hosts on timeouts and outages.
  return { kind: 'retry', waitMs: backoff(attempt, policy), otherHost: true };
}

/** After an HTTP answer: `code` is the body's, `retryAfterMs` the parsed Retry-After. */
export function afterAnswer(
  answer: { readonly status: number; readonly code: number | undefined; readonly retryAfterMs: number | undefined },
  attempt: number,
  policy: RetryPolicy,
): NextStep {
  const { status, code, retryAfterMs } = answer;
  if (status === 429) {
    if (retryAfterMs !== undefined && retryAfterMs > policy.retryAfterMaxMs) return { kind: 'waitTooLong', waitMs: retryAfterMs };
    if (attempt >= policy.retries) return STOP;
    // The same host: the limit is per app, not per host.
    return { kind: 'retry', waitMs: retryAfterMs ?? backoff(attempt, policy), otherHost: false };
  }
  // A 5xx without an API code of its own is not a definitive answer.
  const ownCode = code !== undefined && code !== status;
  if (status >= 500 && !ownCode && attempt < policy.retries) return { kind: 'retry', waitMs: backoff(attempt, policy), otherHost: true };
  return STOP;
}

function backoff(attempt: number, policy: RetryPolicy): number {
  return backoffDelay(attempt + 1, policy.backoffBaseMs, policy.backoffMaxMs, policy.random);
}

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
