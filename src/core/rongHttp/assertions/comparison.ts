/** The comparison operators: `==`, `!=` (by the kind of the actual value) and `<`, `<=`, `>`, `>=` (numbers, else text). */
import type { AssertionOperator } from '../model';
import { asNumber, asText } from './values';

/** The expected text as a value of the same kind as the actual one where that is meaningful. */
export function equal(actual: unknown, expected: string): boolean {
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

/** `==` … `>=` on a present value; undefined for an operator of another family. */
export function comparisonHolds(op: AssertionOperator, v: unknown, expected: string): boolean | undefined {
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
    default:
      return undefined;
  }
}
