/**
 * `??` assertions in httpyac's syntax (`?? status == 200`, `?? body code == 200`,
 * `?? header content-type includes json`, `?? duration < 500`): parsing one line and evaluating
 * a block's assertions against a response. Pure TypeScript; `js` subjects are refused, we never
 * run JavaScript from a file.
 */
import { MIN_REDACT_LENGTH, maskToken } from '../../secrets';
import type { Text } from '../../text';
import type { Range, SyntaxProblem } from '../model';
import { lineRange } from '../model';

export type AssertionSubject = 'status' | 'body' | 'header' | 'duration';
export type AssertionOperator =
  | '=='
  | '!='
  | '<'
  | '<='
  | '>'
  | '>='
  | 'includes'
  | 'contains'
  | 'startsWith'
  | 'endsWith'
  | 'matches'
  | 'exists'
  | 'isFalse'
  | 'isTrue'
  | 'isNumber'
  | 'isBoolean'
  | 'isString'
  | 'isArray';

export interface Assertion {
  /** The line after `??`, trimmed, as written. */
  readonly text: string;
  /** The whole `?? …` line (without surrounding whitespace). */
  readonly range: Range;
  readonly subject: AssertionSubject;
  /** `body code` → 'code'; `body $.data.token` / `body data.token` → 'data.token'; the header name for `header`. */
  readonly path?: string;
  readonly operator: AssertionOperator;
  /** Raw, may hold {{…}} references; absent for unary operators. */
  readonly expected?: string;
}

export interface AssertionInput {
  readonly status: number;
  readonly headers: ReadonlyArray<readonly [string, string]>;
  readonly body: string;
  readonly durationMs: number;
}

export interface AssertionResult {
  readonly assertion: Assertion;
  readonly passed: boolean;
  /** What was found, as text; undefined when missing. */
  readonly actual: string | undefined;
  /** After resolving references. */
  readonly expected: string | undefined;
  readonly message: Text;
}

export const ASSERTION_SUBJECTS: readonly AssertionSubject[] = ['status', 'body', 'header', 'duration'];

const BINARY: ReadonlySet<string> = new Set(['==', '!=', '<', '<=', '>', '>=', 'includes', 'contains', 'startsWith', 'endsWith', 'matches']);
const UNARY: ReadonlySet<string> = new Set(['exists', 'isFalse', 'isTrue', 'isNumber', 'isBoolean', 'isString', 'isArray']);
/** httpyac's spelled-out synonyms. */
const ALIASES: Readonly<Record<string, AssertionOperator>> = { equals: '==' };

export const ASSERTION_OPERATORS: readonly AssertionOperator[] = [...BINARY, ...UNARY] as AssertionOperator[];

/** Whether the operator takes no expected value. */
export function isUnaryOperator(op: AssertionOperator): boolean {
  return UNARY.has(op);
}

function isOperatorWord(word: string): boolean {
  return BINARY.has(word) || UNARY.has(word) || Object.prototype.hasOwnProperty.call(ALIASES, word);
}

/** `$.data.token`, `$data`, `data.token` → 'data.token'; `$` alone → ''. */
function normalizePath(path: string): string {
  if (path === '$') return '';
  if (path.startsWith('$.')) return path.slice(2);
  if (path.startsWith('$[')) return path.slice(1);
  return path;
}

/**
 * Parses the `??` line `text` whose `??` starts at `fs` and whose non-space content ends at `le`
 * (document line `line`). Returns the assertion, or a 'malformedAssertion' problem whose detail
 * says what is wrong: 'js' (JavaScript subject), 'subject:<word>', 'operator:<word>', 'expected',
 * 'path'.
 */
export function parseAssertionLine(text: string, line: number, fs: number, le: number): Assertion | SyntaxProblem {
  const range = lineRange(line, fs, le);
  const body = text.slice(fs + 2, le).trim();
  const matches = [...body.matchAll(/\S+/g)];
  const words = matches.map((m) => m[0]);
  const fail = (detail: string): SyntaxProblem => ({ kind: 'malformedAssertion', range, detail });
  if (words.length === 0) return fail('subject:');
  const subjectWord = words[0];
  if (subjectWord === 'js') return fail('js');
  if (!(ASSERTION_SUBJECTS as readonly string[]).includes(subjectWord)) return fail(`subject:${subjectWord}`);
  const subject = subjectWord as AssertionSubject;
  let k = 1;
  let path: string | undefined;
  if (subject === 'header') {
    if (words.length < 2 || isOperatorWord(words[1])) return fail('path');
    path = words[1];
    k = 2;
  } else if (subject === 'body' && words.length > 1 && !isOperatorWord(words[1])) {
    path = normalizePath(words[1]);
    k = 2;
  }
  if (k >= words.length) return fail('operator:');
  const opWord = words[k];
  if (!isOperatorWord(opWord)) return fail(`operator:${opWord}`);
  const operator = (ALIASES[opWord] ?? opWord) as AssertionOperator;
  // The expected value is the rest of the line as written (spaces inside kept).
  let expected: string | undefined;
  if (!UNARY.has(operator)) {
    expected = body.slice((matches[k].index ?? 0) + opWord.length).trim();
    if (expected.length === 0) return fail('expected');
  } else if (k + 1 < words.length) {
    return fail('extra');
  }
  const a: { -readonly [K in keyof Assertion]: Assertion[K] } = { text: body, range, subject, operator };
  if (path !== undefined) a.path = path;
  if (expected !== undefined) a.expected = expected;
  return a;
}

/** Whether the line's first non-space characters (at `fs`) are `??`. */
export function isAssertionLine(text: string, fs: number): boolean {
  return text.charCodeAt(fs) === 0x3f && text.charCodeAt(fs + 1) === 0x3f;
}

// ---------------------------------------------------------------------------------------------
// Evaluation

type Found = { readonly present: boolean; readonly value: unknown; readonly notJson?: boolean };

/** Splits `data.items[0].id` into ['data', 'items', 0, 'id']; undefined when malformed. */
function pathSegments(path: string): (string | number)[] | undefined {
  const out: (string | number)[] = [];
  let i = 0;
  while (i < path.length) {
    if (path[i] === '.') {
      i++;
      continue;
    }
    if (path[i] === '[') {
      const close = path.indexOf(']', i);
      if (close < 0) return undefined;
      let inner = path.slice(i + 1, close).trim();
      if (/^\d+$/.test(inner)) out.push(Number(inner));
      else {
        if ((inner.startsWith("'") && inner.endsWith("'")) || (inner.startsWith('"') && inner.endsWith('"'))) inner = inner.slice(1, -1);
        out.push(inner);
      }
      i = close + 1;
      continue;
    }
    let j = i;
    while (j < path.length && path[j] !== '.' && path[j] !== '[') j++;
    out.push(path.slice(i, j));
    i = j;
  }
  return out;
}

function findBody(body: string, path: string | undefined): Found {
  if (path === undefined || path === '') return { present: true, value: body };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { present: false, value: undefined, notJson: true };
  }
  const segments = pathSegments(path);
  if (!segments) return { present: false, value: undefined };
  for (const s of segments) {
    if (value === null || typeof value !== 'object') return { present: false, value: undefined };
    if (Array.isArray(value) && typeof s === 'number') {
      if (s >= value.length) return { present: false, value: undefined };
      value = value[s];
    } else {
      const key = String(s);
      if (!Object.prototype.hasOwnProperty.call(value, key)) return { present: false, value: undefined };
      value = (value as Record<string, unknown>)[key];
    }
  }
  return { present: true, value };
}

function find(a: Assertion, input: AssertionInput): Found {
  switch (a.subject) {
    case 'status':
      return { present: true, value: input.status };
    case 'duration':
      return { present: true, value: input.durationMs };
    case 'header': {
      const wanted = (a.path ?? '').toLowerCase();
      const values = input.headers.filter(([k]) => k.toLowerCase() === wanted).map(([, v]) => v);
      return values.length === 0 ? { present: false, value: undefined } : { present: true, value: values.join(', ') };
    }
    case 'body':
      return findBody(input.body, a.path);
  }
}

function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return '';
  return JSON.stringify(value);
}

const NUMBER = /^\s*-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;

function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && NUMBER.test(value)) return Number(value);
  return undefined;
}

/** The expected text as a value of the same kind as the actual one where that is meaningful. */
function equal(actual: unknown, expected: string): boolean {
  const an = asNumber(actual);
  const en = asNumber(expected);
  if (an !== undefined && en !== undefined && typeof actual === 'number') return an === en;
  if (typeof actual === 'boolean') return String(actual) === expected;
  if (actual === null) return expected === 'null';
  if (typeof actual === 'string') {
    // `?? body name == "Ann"` and `?? body name == Ann` both match the string Ann.
    if (expected.length >= 2 && expected.startsWith('"') && expected.endsWith('"')) {
      try {
        return actual === JSON.parse(expected);
      } catch {
        return actual === expected;
      }
    }
    return actual === expected;
  }
  // Objects and arrays: compare as JSON (whitespace in the expected value does not matter).
  try {
    return JSON.stringify(actual) === JSON.stringify(JSON.parse(expected));
  } catch {
    return asText(actual) === expected;
  }
}

function compare(actual: unknown, expected: string, op: '<' | '<=' | '>' | '>='): boolean {
  const an = asNumber(actual);
  const en = asNumber(expected);
  if (an !== undefined && en !== undefined) {
    if (op === '<') return an < en;
    if (op === '<=') return an <= en;
    if (op === '>') return an > en;
    return an >= en;
  }
  const at = asText(actual);
  if (op === '<') return at < expected;
  if (op === '<=') return at <= expected;
  if (op === '>') return at > expected;
  return at >= expected;
}

function stripQuotes(expected: string): string {
  return expected.length >= 2 && expected.startsWith('"') && expected.endsWith('"') ? expected.slice(1, -1) : expected;
}

function holds(op: AssertionOperator, found: Found, expected: string | undefined): boolean | Text {
  const v = found.value;
  switch (op) {
    case 'exists':
      return found.present && v !== null;
    case 'isTrue':
      return found.present && Boolean(v) && v !== 'false';
    case 'isFalse':
      return !found.present || !v || v === 'false';
    case 'isNumber':
      return found.present && (typeof v === 'number' || (typeof v === 'string' && asNumber(v) !== undefined));
    case 'isBoolean':
      return found.present && (typeof v === 'boolean' || v === 'true' || v === 'false');
    case 'isString':
      return found.present && typeof v === 'string';
    case 'isArray':
      return found.present && Array.isArray(v);
    default:
      break;
  }
  if (!found.present || expected === undefined) return false;
  switch (op) {
    case '==':
      return equal(v, expected);
    case '!=':
      return !equal(v, expected);
    case '<':
    case '<=':
    case '>':
    case '>=':
      return compare(v, expected, op);
    case 'includes':
    case 'contains':
      // On an array, an element (as httpyac's Array.includes); on anything else, a substring of its text.
      return Array.isArray(v) ? v.some((element) => equal(element, expected)) : asText(v).includes(stripQuotes(expected));
    case 'startsWith':
      return asText(v).startsWith(stripQuotes(expected));
    case 'endsWith':
      return asText(v).endsWith(stripQuotes(expected));
    case 'matches': {
      let re: RegExp;
      try {
        re = new RegExp(stripQuotes(expected));
      } catch (e) {
        const reason = e instanceof Error ? e.message : String(e);
        return { en: `not a regular expression (${reason})`, zh: `不是合法的正则表达式（${reason}）` };
      }
      return re.test(asText(v));
    }
    default:
      return false;
  }
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
    return { ...r, expected: r.expected === undefined ? undefined : hide(r.expected), message: { en: hide(r.message.en), zh: hide(r.message.zh) } };
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
      message: { en: `${label}: cannot resolve ${refs} in the expected value`, zh: `${label}：期望值中的 ${refs} 无法解析` },
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
      message: {
        en: `${label}: the response body isn't JSON, so it has no field ${assertion.path}`,
        zh: `${label}：响应正文不是 JSON，没有字段 ${assertion.path}`,
      },
    };
  }
  const outcome = holds(assertion.operator, found, expected);
  // A resolved reference to a token is shown masked, like the token it is compared with.
  if (expected !== undefined && expected !== assertion.expected && namesToken(assertion)) expected = maskToken(expected);
  if (typeof outcome === 'object') {
    return { assertion, passed: false, actual, expected, message: { en: `${label}: ${outcome.en}`, zh: `${label}：${outcome.zh}` } };
  }
  const shown = actual === undefined ? { en: 'nothing (missing)', zh: '无（不存在）' } : { en: short(actual), zh: short(actual) };
  const message: Text = outcome
    ? { en: `${label}: got ${shown.en}`, zh: `${label}：实际为 ${shown.zh}` }
    : {
        en: `${label}: expected ${describe(assertion.operator, expected)}, got ${shown.en}`,
        zh: `${label}：期望 ${describe(assertion.operator, expected)}，实际为 ${shown.zh}`,
      };
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
