/**
 * What a run found, as data every reporter reads. It never holds a secret or a token: results
 * are copied field by field from the client's SendResult, leaving out the token and the request.
 */
import type { AssertionCheck, CaseStatus, Summary } from '../core/verdict';
import type { SendOutcome, SendResult } from './http';

export type { AssertionCheck, CaseStatus };

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
  /** byCode: every request that went out, by body code, else "HTTP <status>", else the outcome. */
  readonly summary: Summary;
  readonly cases: readonly CaseResult[];
}

export const EXPECTED_SUCCESS = 'code 200';

/** How a result reads in one phrase: "code 1004", "HTTP 503", "networkError". */
export function actualOf(r: Pick<SendResult, 'code' | 'httpStatus' | 'outcome'>): string {
  if (r.code !== undefined) return `code ${r.code}`;
  if (r.httpStatus !== undefined) return `HTTP ${r.httpStatus}`;
  return r.outcome;
}

/** 0 when every request got its expected outcome, else 1 (usage and file errors are 2, earlier). */
export function exitCodeOf(report: RunReport): 0 | 1 {
  return report.summary.failed === 0 && report.summary.notSent === 0 && !report.interrupted ? 0 : 1;
}
