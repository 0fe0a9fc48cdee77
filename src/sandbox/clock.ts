/**
 * The sandbox's clock: the injected one (the system clock by default) plus an offset that the
 * sandbox's control moves forward, so that a backend's tests can let a block or a token run out
 * without waiting. The offset lives in the model (a `clock` record, so it is journaled and survives
 * a restart); every time the sandbox reads (expiry, blocks, message times) comes from here.
 *
 * The clock stays before MAX_CLOCK_MS (9999-01-01): every time the sandbox derives from it (a token's
 * 30 days, a block's 43,200 minutes, the service's UTC+8 in answers) is then a valid four-digit-year
 * date. Past it, `new Date(…).toISOString()` throws or changes shape, and every answer showing a time failed.
 */
import { systemClock, type Clock } from '../core/signing';

/** 9999-01-01T00:00:00Z: the sandbox clock never passes it. */
export const MAX_CLOCK_MS = Date.UTC(9999, 0, 1);

/** 9999-12-31T00:00:00Z: no time the sandbox keeps (a block's end, a token's expiry) passes it. */
export const MAX_TIME_MS = Date.UTC(9999, 11, 31);

/** Where the offset is kept (the model). */
export interface ClockOffset {
  readonly clockOffsetMs: number;
}

export class SandboxClock implements Clock {
  constructor(
    private readonly base: Clock = systemClock,
    private readonly offset: ClockOffset = { clockOffsetMs: 0 },
  ) {}

  now(): number {
    return Math.min(this.base.now() + this.offset.clockOffsetMs, MAX_CLOCK_MS);
  }

  /**
   * The offset after moving the clock forward by `ms`; throws a RangeError naming the limit when
   * `ms` is not an integer ≥ 0 or the clock would pass MAX_CLOCK_MS.
   */
  offsetAfter(ms: number): number {
    if (!Number.isSafeInteger(ms) || ms < 0) throw new RangeError(`the clock moves forward by an integer number of milliseconds ≥ 0, not ${String(ms)}`);
    const room = Math.max(0, MAX_CLOCK_MS - this.now());
    if (ms > room) {
      throw new RangeError(
        `advanceMs ${ms} would move the sandbox clock past ${new Date(MAX_CLOCK_MS).toISOString()} (${MAX_CLOCK_MS} ms), the latest time it keeps; ` +
          `it can move forward by at most ${room} ms from now (${new Date(this.now()).toISOString()})`,
      );
    }
    return this.offset.clockOffsetMs + ms;
  }
}
