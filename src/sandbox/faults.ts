/**
 * Fault injection (tests, and the CLI's --fault-* flags): `inject({...})` replaces the given fields;
 * `clear()` removes all. Counted faults are used up by the next requests, in this order:
 *   reset: N   — the next N requests: the socket is destroyed without an answer (CLI --fault-reset N)
 *   hang: N    — the next N requests are never answered, until the client gives up or stop()
 *   delayMs    — every request waits this long before it is handled (CLI --fault-delay MS)
 *   status     — { code, count, body?, contentType? }: the next `count` requests are answered with HTTP
 *                `code` and `body` (default a JSON error body) (CLI --fault-5xx N: HTTP 503, N times)
 */
import type { ServerResponse } from 'node:http';

export interface SandboxStatusFault {
  /** HTTP status to answer with, e.g. 503. */
  code: number;
  /** How many of the next requests get it. */
  count: number;
  /** Body as sent; default `{"code":<code>,"errorMessage":"…"}`. */
  body?: string;
  /** Default application/json when no body is given, text/plain otherwise. */
  contentType?: string;
}

export interface SandboxFaults {
  /** Every request waits this long before it is handled (until clearFaults). */
  delayMs?: number;
  /** The next N requests: the socket is destroyed without an answer. */
  reset?: number;
  /** The next N requests are never answered (until the client aborts or stop()). */
  hang?: number;
  /** The next `count` requests are answered with HTTP `code`. */
  status?: SandboxStatusFault;
}

/** What happens to the next request before it is routed. */
export type FaultAction = 'reset' | 'hang' | { readonly delayMs: number } | undefined;

export class FaultPlan {
  private faults: SandboxFaults = {};

  inject(faults: SandboxFaults): void {
    const next: SandboxFaults = { ...this.faults };
    if (faults.delayMs !== undefined) next.delayMs = nonNegative('delayMs', faults.delayMs);
    if (faults.reset !== undefined) next.reset = nonNegative('reset', faults.reset);
    if (faults.hang !== undefined) next.hang = nonNegative('hang', faults.hang);
    if (faults.status !== undefined) {
      const s = faults.status;
      if (!Number.isInteger(s.code) || s.code < 200 || s.code > 599) throw new Error(`status.code must be an HTTP status 200–599, not ${s.code}`);
      next.status = { ...s, count: nonNegative('status.count', s.count) };
    }
    this.faults = next;
  }

  clear(): void {
    this.faults = {};
  }

  /** Uses up a counted reset or hang, else says how long to wait (if at all). */
  next(): FaultAction {
    const f = this.faults;
    if (f.reset) {
      f.reset--;
      return 'reset';
    }
    if (f.hang) {
      f.hang--;
      return 'hang';
    }
    return f.delayMs ? { delayMs: f.delayMs } : undefined;
  }

  /** Answers with the injected status when one is pending; returns the log outcome, or undefined. */
  answerStatus(res: ServerResponse): string | undefined {
    const status = this.faults.status;
    if (!status || status.count <= 0) return undefined;
    status.count--;
    const body = status.body ?? JSON.stringify({ code: status.code, errorMessage: `Sandbox fault injection: HTTP ${status.code}` });
    const type = status.contentType ?? (status.body === undefined ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8');
    res.writeHead(status.code, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
    return `${status.code} code=- (fault)`;
  }
}

function nonNegative(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be an integer ≥ 0, not ${value}`);
  return value;
}
