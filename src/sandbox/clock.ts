/**
 * The sandbox's clock: the injected one (the system clock by default) plus an offset that the
 * sandbox's control moves forward (`advance`), so that a backend's tests can let a block or a token
 * run out without waiting. Every time the sandbox reads (expiry, blocks, message times) comes from here.
 */
import { systemClock, type Clock } from '../core/signing';

export class SandboxClock implements Clock {
  private offsetMs = 0;

  constructor(private readonly base: Clock = systemClock) {}

  now(): number {
    return this.base.now() + this.offsetMs;
  }

  /** Moves the clock forward by `ms` (an integer ≥ 0); returns the new time. */
  advance(ms: number): number {
    if (!Number.isSafeInteger(ms) || ms < 0) throw new RangeError(`the clock moves forward by an integer number of milliseconds ≥ 0, not ${String(ms)}`);
    this.offsetMs += ms;
    return this.now();
  }
}
