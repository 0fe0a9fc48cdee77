/**
 * Parsing one `??` line in httpyac's syntax (`?? status == 200`, `?? body code == 200`,
 * `?? header content-type includes json`, `?? duration < 500`); `js` subjects are refused.
 */
import type { Assertion, AssertionOperator, AssertionSubject, SyntaxProblem } from '../model';
import { lineRange } from '../model';

export type { Assertion, AssertionOperator, AssertionSubject } from '../model';

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
