/**
 * A SendResult judged against what was expected — a success (code 200), or, when the request has
 * `??` assertions, every assertion holding (httpyac's semantics: they replace the implicit
 * expectation, so `?? body code == 1004` makes an expected 1004 pass) — and copied into a
 * CaseResult without the token or the request.
 */
import { USER_EXISTS_CODE } from '../core/contract';
import { evaluateAssertions, type Assertion } from '../core/rongHttp';
import { pick, type Locale } from '../core/text';
import type { SendResult } from './http';
import type { PreparedRequest } from './prepare';
import { actualOf, EXPECTED_ASSERTIONS, EXPECTED_SUCCESS, type AssertionCheck, type CaseResult } from './report';

/** The request's assertions judged against its response; `resolve` expands {{…}} in expected values. */
export function checkAssertions(
  assertions: readonly Assertion[],
  result: SendResult,
  resolve: (text: string) => string | undefined,
  locale: Locale,
): AssertionCheck[] {
  if (assertions.length === 0) return [];
  const input = {
    status: result.httpStatus ?? 0,
    headers: Object.entries(result.responseHeaders ?? {}).map(([k, v]) => [k, String(v)] as const),
    body: result.body?.text ?? '',
    durationMs: result.totalMs,
  };
  return evaluateAssertions(assertions, input, resolve).map((r) => ({
    line: r.assertion.range.startLine + 1,
    text: r.assertion.text,
    passed: r.passed,
    actual: r.actual,
    expected: r.expected,
    message: pick(r.message, locale),
  }));
}

export interface CaseSubject {
  readonly file: string;
  readonly request: PreparedRequest;
  readonly row?: { readonly index: number; readonly line: number };
  /** The row had been sent by an interrupted run whose answer never came. */
  readonly sentBefore?: boolean;
}

export function judge(subject: CaseSubject, result: SendResult, assertions: readonly AssertionCheck[] = []): CaseResult {
  // A "user exists" for a registration whose earlier attempt went unanswered is that attempt's success.
  const earlier = assertions.length === 0 && result.code === USER_EXISTS_CODE && (result.likelyRegisteredEarlier === true || subject.sentBefore === true);
  // With assertions, the request passes when it got an HTTP answer and every assertion held.
  const passed = assertions.length > 0 ? result.httpStatus !== undefined && assertions.every((a) => a.passed) : result.outcome === 'success' || earlier;
  const failedAssertion = assertions.find((a) => !a.passed);
  return {
    ...subjectFields(subject),
    ...(assertions.length > 0 ? { expected: EXPECTED_ASSERTIONS, assertions } : {}),
    actual: actualOf(result),
    status: passed ? 'passed' : 'failed',
    outcome: result.outcome,
    httpStatus: result.httpStatus,
    code: result.code,
    meaning: result.meaning,
    message: failedAssertion && result.httpStatus !== undefined ? `${subject.file}:${failedAssertion.line}: ${failedAssertion.message}` : result.message,
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
