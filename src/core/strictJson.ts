/**
 * Reading JSON that a person may have edited, refusing what JSON.parse lets through silently:
 * invalid UTF-8 (JSON.parse never sees it: the decoder turns it into U+FFFD) and duplicate keys
 * (JSON.parse keeps the last one). Every problem names its byte offset within the given bytes.
 */
import { isUtf8 } from 'node:buffer';

export class StrictJsonError extends Error {
  constructor(
    readonly problem: string,
    /** Byte offset of the problem within the bytes given. */
    readonly offset: number,
  ) {
    super(`${problem} at byte ${offset}`);
  }
}

/** Parses UTF-8 bytes as JSON; throws StrictJsonError on bad UTF-8, bad syntax or a duplicate key. */
export function parseStrictJson(bytes: Uint8Array): unknown {
  if (!isUtf8(bytes)) throw new StrictJsonError('invalid UTF-8', firstInvalidUtf8(bytes) ?? 0);
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const m = /at position (\d+)/.exec(err instanceof Error ? err.message : '');
    const at = m ? Buffer.byteLength(text.slice(0, Number(m[1]))) : 0;
    throw new StrictJsonError(`invalid JSON (${err instanceof Error ? err.message : String(err)})`, at);
  }
  // Text that JSON.stringify gives back unchanged has no duplicate key (one would be missing): the
  // journal's own records, checked natively instead of by the scan below.
  if (JSON.stringify(value) === text) return value;
  const dup = findDuplicateKey(text);
  if (dup) throw new StrictJsonError(`duplicate key ${JSON.stringify(dup.key)}`, Buffer.byteLength(text.slice(0, dup.index)));
  return value;
}

/** The offset of the first byte that is not part of well-formed UTF-8 (RFC 3629), or undefined. */
export function firstInvalidUtf8(b: Uint8Array): number | undefined {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0; // overlong
      if (c === 0xed) hi = 0x9f; // surrogates
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90; // overlong
      if (c === 0xf4) hi = 0x8f; // beyond U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined || d < (k === 1 ? lo : 0x80) || d > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return undefined;
}

/**
 * The first key repeated within one object of an already valid JSON text, with its UTF-16 index.
 * Keys compare after unescaping ("a" and "\u0061" are the same key).
 */
export function findDuplicateKey(text: string): { key: string; index: number } | undefined {
  const objects: (Set<string> | undefined)[] = []; // one entry per open bracket; undefined for arrays
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '{') {
      objects.push(new Set());
      expectKey = true;
    } else if (ch === '[') {
      objects.push(undefined);
      expectKey = false;
    } else if (ch === '}' || ch === ']') {
      objects.pop();
      expectKey = false;
    } else if (ch === ',') {
      expectKey = objects[objects.length - 1] !== undefined;
    } else if (ch === '"') {
      const end = stringEnd(text, i);
      const keys = objects[objects.length - 1];
      if (expectKey && keys) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (keys.has(key)) return { key, index: i };
        keys.add(key);
      }
      expectKey = false;
      i = end;
    }
  }
  return undefined;
}

/** Index of the closing quote of the string that opens at `start`. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return text.length - 1;
}
