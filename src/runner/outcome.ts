/**
 * A SendResult judged by the one verdict (core/verdict: the implicit code 200, or every `??` line
 * holding, or the earlier-attempt 1004 rule) and copied into a CaseResult without the token or the
 * request.
 */
import { evaluateAssertions, type Assertion } from '../core/rongHttp';
import type { Locale } from '../core/text';
import { answerOf, checksOf, failedLineText, verdictOf, type AssertionCheck } from '../core/verdict';
import type { SendResult } from './http';
import type { PreparedRequest } from './prepare';
import { actualOf, EXPECTED_ASSERTIONS, EXPECTED_SUCCESS, type CaseResult } from './report';

/** The request's assertions judged against its response; `resolve` expands {{…}} in expected values. */
export function checkAssertions(
  assertions: readonly Assertion[],
  result: SendResult,
  resolve: (text: string) => string | undefined,
  locale: Locale,
): AssertionCheck[] {
  if (assertions.length === 0) return [];
  return checksOf(evaluateAssertions(assertions, answerOf(result), resolve), locale);
}

export interface CaseSubject {
  readonly file: string;
  readonly request: PreparedRequest;
  readonly row?: { readonly index: number; readonly line: number };
  /** The row had been sent by an interrupted run whose answer never came. */
  readonly sentBefore?: boolean;
}

export function judge(subject: CaseSubject, result: SendResult, assertions: readonly AssertionCheck[] = []): CaseResult {
  const verdict = verdictOf({ answer: result, checks: assertions, sentBefore: subject.sentBefore });
  const failedLine = verdict.failed[0];
  return {
    ...subjectFields(subject),
    ...(assertions.length > 0 ? { expected: EXPECTED_ASSERTIONS, assertions } : {}),
    actual: actualOf(result),
    status: verdict.passed ? 'passed' : 'failed',
    outcome: result.outcome,
    httpStatus: result.httpStatus,
    code: result.code,
    meaning: result.meaning,
    message: failedLine && result.httpStatus !== undefined ? failedLineText(subject.file, failedLine) : result.message,
    ms: Math.round(result.totalMs * 10) / 10,
    note: verdict.basis === 'earlierAttempt' ? 'earlierAttempt' : undefined,
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
