/**
 * Visible only once durable: the server applies a change to the model at once (check and change in
 * one turn, so of two registrations of one userId exactly one succeeds) but sends no answer that the
 * change could have shaped before the change is on disk. Every commit's append is tracked here; an
 * answer (a write's, a read's, the control's) waits for `settled()` taken when it was computed, so a
 * second getToken's 1004 or an info.json of the new user is never sent for a change a crash can
 * still lose. Appends made together still share one flush (group commit).
 * After a persistence failure nothing in memory can be vouched for: every later answer is refused.
 */
export class DurabilityGate {
  private pending: Promise<void> | undefined;
  private failure: Error | undefined;

  /**
   * Tracks the append of records just applied; resolves when they and every earlier change are
   * durable, as a persistence's appends resolve in the order they were made (the journal's queue).
   */
  track(kept: Promise<void>): Promise<void> {
    const all: Promise<void> = kept.then(
      () => {
        if (this.pending === all) this.pending = undefined;
      },
      (err: unknown) => {
        this.failure ??= new Error(`the sandbox could not keep an earlier change (${err instanceof Error ? err.message : String(err)}), so no answer that could depend on it is sent`);
        throw err;
      },
    );
    all.catch(() => undefined); // a failure nobody waits for is recorded above, not an unhandled rejection
    this.pending = all;
    return all;
  }

  /** Resolves when every change applied so far is durable; undefined when none is pending. */
  settled(): Promise<void> | undefined {
    if (this.failure) return Promise.reject(this.failure);
    return this.pending;
  }

  /** `answer` once every change applied so far is durable. */
  after<T>(answer: T): T | Promise<T> {
    const waiting = this.settled();
    return waiting ? waiting.then(() => answer) : answer;
  }
}
