/** Reading what an assertion is about (status, a body path, a header, the duration) and the value conversions every operator family shares. */
import type { Assertion } from '../model';

export interface AssertionInput {
  readonly status: number;
  readonly headers: ReadonlyArray<readonly [string, string]>;
  readonly body: string;
  readonly durationMs: number;
}

export type Found = { readonly present: boolean; readonly value: unknown; readonly notJson?: boolean };

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

export function find(a: Assertion, input: AssertionInput): Found {
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

export function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return '';
  return JSON.stringify(value);
}

const NUMBER = /^\s*-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;

export function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && NUMBER.test(value)) return Number(value);
  return undefined;
}

/** `"Ann"` → `Ann`: quotes around an expected text are not part of it. */
export function stripQuotes(expected: string): string {
  return expected.length >= 2 && expected.startsWith('"') && expected.endsWith('"') ? expected.slice(1, -1) : expected;
}
