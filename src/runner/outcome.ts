/**
 * A SendResult judged against what was expected (a success, code 200, until assertions arrive)
 * and copied into a CaseResult without the token or the request.
 */
import { USER_EXISTS_CODE } from '../core/contract';
import type { SendResult } from './http';
import type { PreparedRequest } from './prepare';
import { actualOf, EXPECTED_SUCCESS, type CaseResult } from './report';

export interface CaseSubject {
  readonly file: string;
  readonly request: PreparedRequest;
  readonly row?: { readonly index: number; readonly line: number };
  /** The row had been sent by an interrupted run whose answer never came. */
  readonly sentBefore?: boolean;
}

export function judge(subject: CaseSubject, result: SendResult): CaseResult {
  // A "user exists" for a registration whose earlier attempt went unanswered is that attempt's success.
  const earlier = result.code === USER_EXISTS_CODE && (result.likelyRegisteredEarlier === true || subject.sentBefore === true);
  const passed = result.outcome === 'success' || earlier;
  return {
    ...subjectFields(subject),
    actual: actualOf(result),
    status: passed ? 'passed' : 'failed',
    outcome: result.outcome,
    httpStatus: result.httpStatus,
    code: result.code,
    meaning: result.meaning,
    message: result.message,
    ms: Math.round(result.totalMs * 10) / 10,
    note: earlier ? 'earlierAttempt' : undefined,
  };
}

export function notSent(subject: CaseSubject, why: string): CaseResult {
  return { ...subjectFields(subject), actual: 'not sent', status: 'notSent', message: why };
}

export function subjectFields(subject: CaseSubject): Pick<CaseResult, 'file' | 'line' | 'title' | 'endpoint' | 'host' | 'row' | 'label' | 'expected'> {
  const r = subject.request;
  const labelParam = r.endpoint.labelParam;
  return {
    file: subject.file,
    line: r.line,
    title: r.title,
    endpoint: r.endpoint.path,
    host: hostOf(r.baseUrl),
    row: subject.row,
    label: labelParam ? r.params.find(([k]) => k === labelParam)?.[1] : undefined,
    expected: EXPECTED_SUCCESS,
  };
}

function hostOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).host;
  } catch {
    return baseUrl;
  }
}
