/**
 * Input repeated in an error message or a log line: printable, at most a few dozen characters, and
 * saying how long it was when clipped, so that a 100 KB key never makes a 100 KB answer.
 */

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** At most `max` characters of `s` (control characters as '?'); a clipped one ends "… (N characters)". */
export function clip(s: string, max = 80): string {
  const head = (s.length > max ? s.slice(0, max) : s).replace(CONTROL, '?');
  return s.length > max ? `${head}… (${s.length} characters)` : head;
}
