/**
 * What resolution and diagnostics share about a request's parts beyond a form body: the endpoint a
 * method and target name (a literal path or a REST template), the query string's pairs, and a JSON
 * body's `{{…}}` substituted with a map back to the written text (findings stay on their fields).
 */
import { matchEndpoint, type Pairs } from '../wire';
import type { EndpointSpec } from '../contract';
import { decodeForm } from './parser/decode';

export interface MatchedTarget {
  readonly endpoint: EndpointSpec;
  /** The path parameters read from the target (`/v2/ultragroups/g1` → groupId g1). */
  readonly pathParams: Pairs;
  /** Whether the endpoint takes the request's method (false: the path is known under other methods). */
  readonly methodMatches: boolean;
}

/** Matches already made (a 10,000-request file names a few paths many times); cleared when it grows past MEMO_LIMIT. */
const memo = new Map<string, MatchedTarget | null>();
const MEMO_LIMIT = 2000;

/** The endpoint of a path under the method; else the path's endpoint under another method (for "method not allowed"). */
export function matchTarget(path: string, method: string | undefined): MatchedTarget | undefined {
  const key = `${method ?? '*'} ${path}`;
  const known = memo.get(key);
  if (known !== undefined) return known ?? undefined;
  const exact = method ? matchEndpoint(path, method) : undefined;
  const any = exact ?? matchEndpoint(path);
  const found = any ? { endpoint: any.endpoint, pathParams: any.pathParams, methodMatches: exact !== undefined || method === undefined } : undefined;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, found ?? null);
  return found;
}

/** Whether the endpoint reads parameters from the query string (the REST-style GET calls). */
export function takesQuery(endpoint: EndpointSpec | undefined): boolean {
  return endpoint !== undefined && endpoint.params.some((p) => p.in === 'query');
}

/** `?a=1&b=2` (or 'a=1&b=2') as decoded pairs; undefined when a piece cannot be decoded. */
export function queryPairs(query: string): Array<readonly [string, string]> | undefined {
  const out: Array<readonly [string, string]> = [];
  for (const piece of query.replace(/^\?/, '').split('&')) {
    if (piece.length === 0) continue;
    const eq = piece.indexOf('=');
    const name = decodeForm(eq === -1 ? piece : piece.slice(0, eq));
    const value = decodeForm(eq === -1 ? '' : piece.slice(eq + 1));
    if (name === undefined || value === undefined) return undefined;
    out.push([name, value]);
  }
  return out;
}

/** A JSON body with its references substituted, and the way back to offsets in the written text. */
export interface SubstitutedText {
  readonly text: string;
  /** Whether every reference resolved. */
  readonly complete: boolean;
  /** An offset range of `text` as a range of the written text (a substituted value maps to its whole `{{…}}`). */
  toWritten(offset: number, length: number): { readonly offset: number; readonly length: number };
}

interface Swap {
  readonly from: number;
  readonly to: number;
  readonly newFrom: number;
  readonly newTo: number;
}

/** Substitutes each `{{…}}` of `text` by `sub`; a text without references is returned as it is. */
export function substituteText(text: string, sub: (reference: string) => { readonly text: string; readonly complete: boolean }): SubstitutedText {
  if (text.indexOf('{{') === -1) return { text, complete: true, toWritten: (offset, length) => ({ offset, length }) };
  const swaps: Swap[] = [];
  let out = '';
  let complete = true;
  let at = 0;
  for (;;) {
    const open = text.indexOf('{{', at);
    const close = open === -1 ? -1 : text.indexOf('}}', open + 2);
    if (close === -1) break;
    out += text.slice(at, open);
    const s = sub(text.slice(open, close + 2));
    if (!s.complete) complete = false;
    swaps.push({ from: open, to: close + 2, newFrom: out.length, newTo: out.length + s.text.length });
    out += s.text;
    at = close + 2;
  }
  out += text.slice(at);
  // A start inside a substituted value maps to its `{{`, an end inside (or at its end) to its `}}`.
  const written = (o: number, end: boolean): number => {
    let shift = 0;
    for (const w of swaps) {
      if (o < w.newFrom || (end && o === w.newFrom)) break;
      if (o < w.newTo || (end && o === w.newTo && w.newTo > w.newFrom)) return end ? w.to : w.from;
      shift = w.to - w.newTo;
    }
    return o + shift;
  };
  return {
    text: out,
    complete,
    toWritten(offset, length) {
      const start = written(offset, false);
      return { offset: start, length: Math.max(1, written(offset + length, true) - start) };
    },
  };
}
