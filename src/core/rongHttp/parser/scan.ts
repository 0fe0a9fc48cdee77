/**
 * Character scanning shared by the parser's pieces: what counts as space, separators, header-name
 * and directive-name characters, schemes and HTTP versions. Hand-written, no backtracking regexes.
 */

export const HASH = 35; // #
export const SLASH = 47; // /
export const AT = 64; // @
export const AMP = 38; // &
export const EQUALS = 61; // =
export const PERCENT = 37; // %

/** Methods REST Client and httpyac recognise at the start of a request line. */
export const HTTP_METHODS: ReadonlySet<string> = new Set(['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'CONNECT', 'TRACE']);

// Shared by every block for its empty lists (most blocks have no comments, variables or problems).
export const EMPTY: unknown[] = Object.freeze([]) as unknown as unknown[];

/** Splits like VS Code: \r\n, \n and a lone \r each end a line. */
export function splitLines(text: string): string[] {
  return text.indexOf('\r') === -1 ? text.split('\n') : text.split(/\r\n|\r|\n/);
}

export function isSpace(c: number): boolean {
  // Space, tab, vertical tab, form feed and the byte order mark (a BOM at the start of a file).
  return c === 32 || c === 9 || c === 11 || c === 12 || c === 0xfeff;
}

export function firstNonSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** One past the last non-space character in [from, to). */
export function endNonSpace(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Trims what the grammar counts as space (not every Unicode space: U+00A0 is content). */
export function trimSpace(text: string): string {
  const s = firstNonSpace(text, 0, text.length);
  const e = endNonSpace(text, s, text.length);
  return s === 0 && e === text.length ? text : text.slice(s, e);
}

/** A `###` line (column 0; a BOM before it on the first line is allowed). */
export function isSeparatorLine(line: string): boolean {
  const i = line.charCodeAt(0) === 0xfeff ? 1 : 0;
  return line.charCodeAt(i) === HASH && line.charCodeAt(i + 1) === HASH && line.charCodeAt(i + 2) === HASH;
}

/** RFC 9110 token characters (header names). */
export function isTokenChar(c: number): boolean {
  if (c >= 97 && c <= 122) return true; // a-z
  if (c >= 65 && c <= 90) return true; // A-Z
  if (c >= 48 && c <= 57) return true; // 0-9
  switch (c) {
    case 33: // !
    case 35: // #
    case 36: // $
    case 37: // %
    case 38: // &
    case 39: // '
    case 42: // *
    case 43: // +
    case 45: // -
    case 46: // .
    case 94: // ^
    case 95: // _
    case 96: // `
    case 124: // |
    case 126: // ~
      return true;
    default:
      return false;
  }
}

export function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

export function isDirectiveNameChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 45 || c === 95;
}

export function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** Whether text at `start` begins with http:// or https:// (any case). */
export function hasHttpScheme(text: string, start: number): boolean {
  const c = text.charCodeAt(start) | 0x20;
  if (c !== 104) return false; // h
  const head = text.slice(start, start + 8).toLowerCase();
  return head.startsWith('http://') || head.startsWith('https://');
}

/** Whether a word can start a request line without a method: a path, a variable, or http(s)://. */
export function looksLikeTarget(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  if (c === SLASH) return true;
  if (c === 123 && text.charCodeAt(start + 1) === 123) return true; // {{
  return hasHttpScheme(text, start);
}

/** `HTTP/1`, `HTTP/1.1`, `HTTP/2`, `HTTP/2.0`. */
export function isHttpVersion(text: string, s: number, e: number): boolean {
  if (e - s < 6 || e - s > 8 || text.slice(s, s + 5) !== 'HTTP/') return false;
  const d = text.charCodeAt(s + 5);
  if (d < 48 || d > 57) return false;
  if (e - s === 6) return true;
  const d2 = text.charCodeAt(s + 7);
  return e - s === 8 && text.charCodeAt(s + 6) === 46 && d2 >= 48 && d2 <= 57;
}
