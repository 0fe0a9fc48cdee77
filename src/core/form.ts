/**
 * application/x-www-form-urlencoded, UTF-8: the one encoder and the one decoder. The client, the
 * `.rong.http` parser, validation and the sandbox all read and write form bodies through here.
 */

/** Form parameters in order; a repeated key (`userId=a&userId=b`) is several pairs. */
export type FormParams = ReadonlyArray<readonly [string, string]>;

/** application/x-www-form-urlencoded, UTF-8; spaces as '+', everything else percent-encoded. */
export function encodeForm(params: FormParams): string {
  return params.map(([k, v]) => `${formEscape(k)}=${formEscape(v)}`).join('&');
}

/** Characters that stand for themselves in a form body; most user IDs are made of nothing else. */
const FORM_SAFE = /^[A-Za-z0-9\-_.~]*$/;

function formEscape(s: string): string {
  if (FORM_SAFE.test(s)) return s;
  return encodeURIComponent(s).replace(/%20/g, '+').replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export interface DecodedForm {
  readonly params: Array<[string, string]>;
  /** Pieces that could not be decoded (bad percent-encoding), with their position in the body. */
  readonly errors: Array<{ readonly index: number; readonly text: string }>;
}

/** Decodes a form body; malformed percent-encoding is reported, never thrown. */
export function decodeForm(body: string): DecodedForm {
  const params: Array<[string, string]> = [];
  const errors: Array<{ index: number; text: string }> = [];
  if (body.length === 0) return { params, errors };
  let index = 0;
  for (const piece of body.split('&')) {
    if (piece.length > 0) {
      const eq = piece.indexOf('=');
      const rawKey = eq < 0 ? piece : piece.slice(0, eq);
      const rawValue = eq < 0 ? '' : piece.slice(eq + 1);
      const key = decodeFormComponent(rawKey);
      const value = decodeFormComponent(rawValue);
      if (key === undefined || value === undefined) errors.push({ index, text: piece });
      else params.push([key, value]);
    }
    index += piece.length + 1;
  }
  return { params, errors };
}

export function formUnescape(s: string): string {
  return decodeURIComponent(s.replace(/\+/g, ' '));
}

/** Form-decodes (percent and '+'); undefined for bad percent-encoding. Never throws. */
export function decodeFormComponent(raw: string): string | undefined {
  const plus = raw.indexOf('+') !== -1;
  const pct = raw.indexOf('%');
  if (pct === -1) return plus ? raw.replace(/\+/g, ' ') : raw;
  if (!plus) {
    const fast = decodeAsciiEscapes(raw, pct);
    if (fast !== undefined) return fast;
  }
  try {
    // formUnescape's '+' pass only when there is a '+': decodeURIComponent is the rest of it.
    return plus ? formUnescape(raw) : decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 0x20;
  return l >= 97 && l <= 102 ? l - 87 : -1;
}

/**
 * decodeURIComponent for the common case of escapes of ASCII bytes only (%20, %3A, %2F), which
 * V8's decodeURIComponent is slow at; undefined for anything else, left to formUnescape.
 */
function decodeAsciiEscapes(raw: string, first: number): string | undefined {
  let out = '';
  let last = 0;
  for (let p = first; p !== -1; p = raw.indexOf('%', p + 3)) {
    const hi = hexValue(raw.charCodeAt(p + 1));
    const lo = hexValue(raw.charCodeAt(p + 2));
    if (hi < 0 || lo < 0 || hi >= 8) return undefined;
    out += raw.slice(last, p) + String.fromCharCode(hi * 16 + lo);
    last = p + 3;
  }
  return out + raw.slice(last);
}
