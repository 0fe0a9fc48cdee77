/**
 * Counts of a batch (a run, Send All, Register Users from File): by status, and by what answered
 * in one key shape — the body code, else "HTTP <status>", else the client's outcome
 * ("networkError"). What never went out (not sent, malformed) has its own count, not a code.
 */
import type { SendOutcome } from '../sendResult';

/** 'skipped': a malformed data row left out (it does not fail the run). */
export type CaseStatus = 'passed' | 'failed' | 'notSent' | 'skipped';

/** One request as the summary counts it. */
export interface Tallied {
  readonly status: CaseStatus;
  readonly outcome?: SendOutcome;
  readonly httpStatus?: number;
  readonly code?: number;
}

export interface Summary {
  readonly total: number;
  readonly passed: number;
  readonly failed: number;
  readonly notSent: number;
  readonly skipped: number;
  /** Every request that went out, by codeKey. */
  readonly byCode: Readonly<Record<string, number>>;
}

/** "1004", "HTTP 503", "networkError"; undefined for what never went out. */
export function codeKey(c: Tallied): string | undefined {
  if (c.status === 'notSent' || c.status === 'skipped') return undefined;
  if (c.code !== undefined) return String(c.code);
  if (c.httpStatus !== undefined) return `HTTP ${c.httpStatus}`;
  return c.outcome;
}

export function summarize(cases: readonly Tallied[]): Summary {
  const counts: Record<CaseStatus, number> = { passed: 0, failed: 0, notSent: 0, skipped: 0 };
  const byCode: Record<string, number> = {};
  for (const c of cases) {
    counts[c.status]++;
    const key = codeKey(c);
    if (key !== undefined) byCode[key] = (byCode[key] ?? 0) + 1;
  }
  return { total: cases.length, ...counts, byCode };
}
