/**
 * A success body in the endpoint's own terms, from `endpoint.success`: values, lists and tables
 * with their labels in the UI language. Pure (no DOM): the webview renders what this returns.
 */
import type { EndpointSpec, SuccessField } from '../core/contract';
import { pick, type Locale } from '../core/text';

export type CellFormat = 'text' | 'token' | 'uri' | 'datetime' | 'onlineStatus';

export interface SuccessCell {
  readonly text: string;
  readonly format: CellFormat;
}

export type SuccessPart =
  | { readonly kind: 'value'; readonly name: string; readonly label: string; readonly cell: SuccessCell }
  | { readonly kind: 'list'; readonly name: string; readonly label: string; readonly items: readonly string[] }
  | { readonly kind: 'table'; readonly name: string; readonly label: string; readonly head: readonly string[]; readonly rows: ReadonlyArray<readonly SuccessCell[]> };

/** Strings, numbers and booleans as shown; anything else as compact JSON. */
function plain(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

function part(field: SuccessField, value: unknown, locale: Locale): SuccessPart | undefined {
  const label = pick(field.label, locale);
  switch (field.kind) {
    case 'value':
      return value === undefined ? undefined : { kind: 'value', name: field.name, label, cell: { text: plain(value), format: field.format ?? 'text' } };
    case 'list':
      return Array.isArray(value) ? { kind: 'list', name: field.name, label, items: value.map(plain) } : undefined;
    case 'table': {
      if (!Array.isArray(value)) return undefined;
      const rows = value.map((row: unknown) => {
        const o = row && typeof row === 'object' ? (row as Record<string, unknown>) : {};
        return field.columns.map((c): SuccessCell => ({ text: plain(c.keys.map((k) => o[k]).find((x) => x !== undefined)), format: c.format ?? 'text' }));
      });
      return { kind: 'table', name: field.name, label, head: field.columns.map((c) => pick(c.label, locale)), rows };
    }
    default: {
      const never: never = field;
      return never;
    }
  }
}

/** The parts of a success body that the endpoint declares; a body that is not JSON has none. */
export function successParts(endpoint: EndpointSpec, bodyText: string | undefined, locale: Locale): SuccessPart[] {
  if (!bodyText) return [];
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    return [];
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) return [];
  return endpoint.success.map((f) => part(f, at(body, f.name), locale)).filter((p): p is SuccessPart => p !== undefined);
}

/** A field of the answer by its name; a dotted name reaches into objects (the /v2 calls answer under `data`: `data.groups`). */
function at(body: unknown, name: string): unknown {
  let node = body;
  for (const key of name.split('.')) {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
