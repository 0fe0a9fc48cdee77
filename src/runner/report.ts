/**
 * What a run found, as data every reporter reads. It never holds a secret or a token: results
 * are copied field by field from the client's SendResult, leaving out the token and the request.
 */
import type { SendOutcome, SendResult } from './http';

/** 'skipped': a malformed data row left out by --skip-invalid (it does not fail the run). */
export type CaseStatus = 'passed' | 'failed' | 'notSent' | 'skipped';

export interface CaseResult {
  readonly file: string;
  /** 1-based line of the request. */
  readonly line: number;
  readonly title: string;
  readonly endpoint: string;
  /** host[:port] the request went (or would go) to. */
  readonly host?: string;
  /** The data row, for data runs. */
  readonly row?: { readonly index: number; readonly line: number };
  /** The value of the endpoint's label parameter (userId, groupId…). */
  readonly label?: string;
  readonly expected: string;
  readonly actual: string;
  readonly status: CaseStatus;
  readonly outcome?: SendOutcome;
  readonly httpStatus?: number;
  readonly code?: number;
  readonly meaning?: string;
  readonly message: string;
  readonly ms?: number;
  /**
   * The request's `??` assertions, when it has any: then they replace the implicit "code 200"
   * expectation (httpyac's semantics), and the request passes when every one holds.
   */
  readonly assertions?: readonly AssertionCheck[];
  /** 'earlierAttempt': a 1004 for a row an interrupted run had sent; 'earlierRun': answered before --resume. */
  readonly note?: 'earlierAttempt' | 'earlierRun';
}

/** One `??` assertion as judged, in the report (never a secret: only what the response held). */
export interface AssertionCheck {
  /** 1-based line of the `??` line. */
  readonly line: number;
  /** The assertion as written after `??`. */
  readonly text: string;
  readonly passed: boolean;
  /** What the response held; absent when it was missing. */
  readonly actual?: string;
  /** The expected value after resolving references; absent for unary operators or when unresolvable. */
  readonly expected?: string;
  /** In the run's locale, e.g. "body code == 200: expected == 200, got 1004". */
  readonly message: string;
}

export const EXPECTED_ASSERTIONS = 'every assertion';

export interface RunReport {
  readonly tool: 'rong-http';
  readonly version: string;
  readonly startedAt: string;
  readonly totalMs: number;
  readonly target: string;
  readonly files: readonly string[];
  readonly data?: {
    readonly file: string;
    readonly rows: number;
    readonly journal: string;
    readonly answeredBefore: number;
    readonly skippedInvalid: number;
  };
  readonly interrupted: boolean;
  readonly summary: {
    readonly total: number;
    readonly passed: number;
    readonly failed: number;
    readonly notSent: number;
    readonly skipped: number;
    /** Body code, else "HTTP <status>", else the outcome; "not sent" for what never went. */
    readonly byCode: Readonly<Record<string, number>>;
  };
  readonly cases: readonly CaseResult[];
}

export const EXPECTED_SUCCESS = 'code 200';

/** How a result reads in one phrase: "code 1004", "HTTP 503", "networkError". */
export function actualOf(r: Pick<SendResult, 'code' | 'httpStatus' | 'outcome'>): string {
  if (r.code !== undefined) return `code ${r.code}`;
  if (r.httpStatus !== undefined) return `HTTP ${r.httpStatus}`;
  return r.outcome;
}

export function summarize(cases: readonly CaseResult[]): RunReport['summary'] {
  const byCode: Record<string, number> = {};
  let passed = 0;
  let failed = 0;
  let notSent = 0;
  let skipped = 0;
  for (const c of cases) {
    if (c.status === 'passed') passed++;
    else if (c.status === 'failed') failed++;
    else if (c.status === 'notSent') notSent++;
    else skipped++;
    const key = c.status === 'skipped' ? 'malformed' : c.status === 'notSent' ? 'not sent' : c.code !== undefined ? String(c.code) : c.httpStatus !== undefined ? `HTTP ${c.httpStatus}` : (c.outcome ?? 'not sent');
    byCode[key] = (byCode[key] ?? 0) + 1;
  }
  return { total: cases.length, passed, failed, notSent, skipped, byCode };
}

/** 0 when every request got its expected outcome, else 1 (usage and file errors are 2, earlier). */
export function exitCodeOf(report: RunReport): 0 | 1 {
  return report.summary.failed === 0 && report.summary.notSent === 0 && !report.interrupted ? 0 : 1;
}
