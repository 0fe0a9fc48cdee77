/**
 * Whether one sent request passed: the one rule that the runner, Send All, the Test Explorer and
 * Register Users from File ask (httpyac decides it once, for its CLI and its editor alike). Without
 * `??` lines a request passes on success (code 200); with them, it passes when an HTTP answer came
 * and every line held (they replace the implicit code 200, so `?? body code == 1004` passes a 1004
 * and fails a 200); a "user exists" (1004) for a registration whose earlier attempt went unanswered
 * is that attempt's success. No evaluator here: callers judge the lines (the language bundle's
 * evaluateAssertions, over answerOf) and this decides, so the host loads it for free.
 */
import { USER_EXISTS_CODE } from '../contract/limits';
import type { AssertionInput, AssertionResult } from '../rongHttp';
import type { SendOutcome } from '../sendResult';
import { pick, type Locale } from '../text';

/** What came back, as far as the verdict reads it (a SendResult fits). */
export interface Answer {
  readonly outcome: SendOutcome;
  readonly httpStatus?: number;
  readonly code?: number;
  /** The client's guess that an earlier, unanswered attempt of this registration went through. */
  readonly likelyRegisteredEarlier?: boolean;
  readonly responseHeaders?: Readonly<Record<string, string>>;
  readonly body?: { readonly text?: string };
  readonly totalMs: number;
}

/** One `??` line as judged, in the words every surface shows (never a secret: only what the response held). */
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
  /** In the caller's locale, e.g. "body code == 200: expected == 200, got 1004". */
  readonly message: string;
}

export type VerdictBasis = 'assertions' | 'code200' | 'earlierAttempt';

export interface Verdict {
  readonly passed: boolean;
  /** What decided: the `??` lines, the implicit code 200, or the earlier-attempt rule. */
  readonly basis: VerdictBasis;
  /** The `??` lines that did not hold, in file order. */
  readonly failed: readonly AssertionCheck[];
}

export interface VerdictInput {
  readonly answer: Answer;
  /** The request's `??` lines as judged against the answer; empty when it has none. */
  readonly checks: readonly AssertionCheck[];
  /** It has `??` lines even though none could be judged (no answer came); defaults to checks.length > 0. */
  readonly asserted?: boolean;
  /** This very request (a data row) was sent before by a run whose answer never came. */
  readonly sentBefore?: boolean;
}

export function verdictOf(input: VerdictInput): Verdict {
  const { answer, checks } = input;
  if (input.asserted ?? checks.length > 0) {
    const failed = checks.filter((c) => !c.passed);
    // Lines that could not be judged (no answer, or an unreadable one) cannot hold.
    return { passed: answer.httpStatus !== undefined && checks.length > 0 && failed.length === 0, basis: 'assertions', failed };
  }
  const earlier = answer.code === USER_EXISTS_CODE && (answer.likelyRegisteredEarlier === true || input.sentBefore === true);
  return { passed: answer.outcome === 'success' || earlier, basis: earlier ? 'earlierAttempt' : 'code200', failed: [] };
}

/** The answer as `??` lines read it: status, headers, body text and time. */
export function answerOf(answer: Answer): AssertionInput {
  return {
    status: answer.httpStatus ?? 0,
    headers: Object.entries(answer.responseHeaders ?? {}).map(([k, v]) => [k, String(v)] as const),
    body: answer.body?.text ?? '',
    durationMs: answer.totalMs,
  };
}

/** The evaluator's results as checks, in one locale. */
export function checksOf(results: readonly AssertionResult[], locale: Locale): AssertionCheck[] {
  return results.map((r) => ({
    line: r.assertion.range.startLine + 1,
    text: r.assertion.text,
    passed: r.passed,
    actual: r.actual,
    expected: r.expected,
    message: pick(r.message, locale),
  }));
}

/** A failed line as the runner names it: "file:line: body code == 1004: expected == 1004, got 200". */
export function failedLineText(file: string, check: AssertionCheck): string {
  return `${file}:${check.line}: ${check.message}`;
}
