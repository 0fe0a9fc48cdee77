/** Evaluating a block's `??` assertions against a response: each operator family decides, this file resolves, masks and words the results. */
import { MIN_REDACT_LENGTH, maskToken } from '../../secrets';
import { fillText, mapText, type Text } from '../../text';
import type { Assertion, AssertionOperator } from '../model';
import { comparisonHolds } from './comparison';
import { existenceHolds } from './existence';
import { textHolds } from './text';
import { asText, find, type AssertionInput, type Found } from './values';

export type { AssertionInput } from './values';

/** How an assertion's result is worded; `{label}` is the `??` line as written. */
export const ASSERTION_TEXTS = {
  unresolved: { en: '{label}: cannot resolve {refs} in the expected value', zh: '{label}：期望值中的 {refs} 无法解析' },
  notJson: { en: "{label}: the response body isn't JSON, so it has no field {path}", zh: '{label}：响应正文不是 JSON，没有字段 {path}' },
  failed: { en: '{label}: {outcome}', zh: '{label}：{outcome}' },
  missing: { en: 'nothing (missing)', zh: '无（不存在）' },
  got: { en: '{label}: got {shown}', zh: '{label}：实际为 {shown}' },
  expectedGot: { en: '{label}: expected {expected}, got {shown}', zh: '{label}：期望 {expected}，实际为 {shown}' },
} satisfies Record<string, Text>;

export interface AssertionResult {
  readonly assertion: Assertion;
  readonly passed: boolean;
  /** What was found, as text; undefined when missing. */
  readonly actual: string | undefined;
  /** After resolving references. */
  readonly expected: string | undefined;
  readonly message: Text;
}

function holds(op: AssertionOperator, found: Found, expected: string | undefined): boolean | Text {
  const unary = existenceHolds(op, found);
  if (unary !== undefined) return unary;
  if (!found.present || expected === undefined) return false;
  return comparisonHolds(op, found.value, expected) ?? textHolds(op, found.value, expected) ?? false;
}

/** `{{name}}` references in `text`, for the message of an unresolvable expected value. */
function referencesIn(text: string): string {
  const names = [...text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].map((m) => m[1]);
  return names.length ? names.map((n) => `{{${n}}}`).join(', ') : text;
}

/**
 * Evaluates the assertions against a response. `resolve` expands {{…}} in `expected` (the
 * caller's variables and chained references); undefined = unresolvable → a failed result that
 * says which reference. Numbers compare numerically when both sides are numbers; `==` on strings
 * is exact. A body that is not JSON is the raw text for `body` without a path; with a path the
 * actual value is undefined and the result says the body isn't JSON.
 */
export function evaluateAssertions(
  assertions: readonly Assertion[],
  input: AssertionInput,
  resolve?: ((text: string) => string | undefined) & { readonly tokens?: ReadonlySet<string> },
): AssertionResult[] {
  // Every value a chained reference read from a token is masked wherever a result shows it (expected, actual, message);
  // read at each use, as resolving an expected value is what finds the tokens.
  const hide = (text: string) => {
    let out = text;
    for (const token of resolve?.tokens ?? []) if (token.length >= MIN_REDACT_LENGTH && out.includes(token)) out = out.split(token).join(maskToken(token));
    return out;
  };
  // Every expected value resolved first, so that the tokens they read are known before any actual value is shown.
  const expectedValues = assertions.map((a) => (a.expected !== undefined && a.expected.includes('{{') && resolve ? resolve(a.expected) : a.expected));
  return assertions.map((assertion, i) => {
    const r = evaluateOne(assertion, input, expectedValues[i], hide);
    return { ...r, expected: r.expected === undefined ? undefined : hide(r.expected), message: mapText(r.message, hide) };
  });
}

/** `resolved`: the expected value with its references resolved; undefined when they cannot be. */
function evaluateOne(assertion: Assertion, input: AssertionInput, resolved: string | undefined, hide: (text: string) => string): AssertionResult {
  const label = assertion.text;
  let expected = resolved;
  if (assertion.expected !== undefined && resolved === undefined) {
    const refs = referencesIn(assertion.expected);
    return {
      assertion,
      passed: false,
      actual: undefined,
      expected: undefined,
      message: fillText(ASSERTION_TEXTS.unresolved, { label, refs }),
    };
  }
  const found = find(assertion, input);
  // Masked before a message cuts it, so that no cut leaves part of a token in view.
  const actual = found.present && found.value !== undefined ? hide(shownValue(assertion, found.value)) : undefined;
  if (found.notJson) {
    return {
      assertion,
      passed: false,
      actual: undefined,
      expected,
      message: fillText(ASSERTION_TEXTS.notJson, { label, path: String(assertion.path) }),
    };
  }
  const outcome = holds(assertion.operator, found, expected);
  // A resolved reference to a token is shown masked, like the token it is compared with.
  if (expected !== undefined && expected !== assertion.expected && namesToken(assertion)) expected = maskToken(expected);
  if (typeof outcome === 'object') {
    return { assertion, passed: false, actual, expected, message: fillText(ASSERTION_TEXTS.failed, { label, outcome }) };
  }
  const shown = actual === undefined ? ASSERTION_TEXTS.missing : short(actual);
  const message = outcome
    ? fillText(ASSERTION_TEXTS.got, { label, shown })
    : fillText(ASSERTION_TEXTS.expectedGot, { label, expected: describe(assertion.operator, expected), shown });
  return { assertion, passed: outcome, actual, expected, message };
}

/** Whether the assertion reads a token (`?? body token exists`, `?? body $.data.token == …`). */
function namesToken(a: Assertion): boolean {
  return /token/i.test(a.path ?? '');
}

const TOKEN_FIELD = /("token"\s*:\s*")([^"\\]*)(")/g;

/**
 * The actual value as results show it: tokens appear only where the user asked for them, so a
 * token is masked (a token field inside a whole body too), and a duration is rounded to 0.1 ms.
 */
function shownValue(a: Assertion, value: unknown): string {
  if (a.subject === 'duration' && typeof value === 'number') return String(Math.round(value * 10) / 10);
  const text = asText(value);
  if (namesToken(a)) return maskToken(text);
  return a.subject === 'body' && text.includes('"token"') ? text.replace(TOKEN_FIELD, (_m, open: string, token: string, close: string) => open + maskToken(token) + close) : text;
}

function describe(op: AssertionOperator, expected: string | undefined): string {
  return expected === undefined ? op : `${op} ${expected}`;
}

/** Long bodies are cut in messages (the result's `actual` keeps the whole text). */
function short(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}… (${text.length} characters)` : text;
}
