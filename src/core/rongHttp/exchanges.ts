/**
 * Chained requests, as REST Client writes them: `# @name register` names a request, and
 * `{{register.response.body.token}}`, `{{register.response.headers.X-Request-ID}}` or
 * `{{register.request.body.userId}}` read its latest exchange (`$.a.b` JSONPath-like too). The
 * store is injected: the editor keeps one per document in memory, the runner one per run.
 */
import type { RequestBlock, RongHttpDocument } from './model';

/** One request as sent and its answer: what a reference can read. */
export interface Exchange {
  readonly request: {
    readonly headers: ReadonlyArray<readonly [string, string]>;
    /** Decoded form parameters. */
    readonly params: ReadonlyArray<readonly [string, string]>;
  };
  readonly response: {
    readonly status: number;
    readonly headers: ReadonlyArray<readonly [string, string]>;
    readonly body: string;
  };
}

export interface ExchangeStore {
  get(name: string): Exchange | undefined;
  set(name: string, exchange: Exchange): void;
}

export class MemoryExchangeStore implements ExchangeStore {
  private readonly exchanges = new Map<string, Exchange>();
  get(name: string): Exchange | undefined {
    return this.exchanges.get(name);
  }
  set(name: string, exchange: Exchange): void {
    this.exchanges.set(name, exchange);
  }
}

export interface RequestReference {
  readonly request: string;
  readonly part: 'request' | 'response';
  readonly section: 'body' | 'headers';
  /** Field path: ['token'], ['data', 'token'], ['0', 'id']; empty for the whole body. */
  readonly path: readonly string[];
}

const REFERENCE = /^([A-Za-z_][\w-]*)\.(request|response)\.(body|headers)(?:\.(.+))?$/;

/** `register.response.body.$.data.token` → its parts; undefined for a plain variable name. */
export function parseRequestReference(name: string): RequestReference | undefined {
  const m = REFERENCE.exec(name);
  if (!m) return undefined;
  const rest = m[4] ?? '';
  const path = rest === '' || rest === '*' || rest === '$' ? [] : rest.replace(/^\$\.?/, '').split(/\.|\[(\d+)\]/).filter((s) => s !== undefined && s !== '');
  return { request: m[1], part: m[2] as 'request' | 'response', section: m[3] as 'body' | 'headers', path };
}

/** Names by block list: a run asks for them once per request, and reading every block's name each time was quadratic. */
const namesOf = new WeakMap<readonly RequestBlock[], ReadonlyMap<string, number>>();

/** The names of the requests a document names with `# @name` (or a `###` title), in file order; the first of a name wins. */
export function requestNames(doc: RongHttpDocument): ReadonlyMap<string, number> {
  let names = namesOf.get(doc.blocks);
  if (!names) {
    const found = new Map<string, number>();
    doc.blocks.forEach((b, i) => {
      if (b.request && b.name && !found.has(b.name)) found.set(b.name, i);
    });
    names = found;
    namesOf.set(doc.blocks, names);
  }
  return names;
}

/**
 * The request names, found on first use: finding them parses every block (blocks are parsed
 * lazily), which a document without chained references never needs — a 10,000-request file would
 * pay ~20 ms per keystroke otherwise.
 */
export function lazyRequestNames(doc: RongHttpDocument): { has(name: string): boolean } {
  let names: ReadonlyMap<string, number> | undefined;
  return { has: (name) => (names ??= requestNames(doc)).has(name) };
}

/** The value a reference reads from an exchange; undefined when it is not there. */
export function readExchange(exchange: Exchange, ref: RequestReference): string | undefined {
  const headers = ref.part === 'request' ? exchange.request.headers : exchange.response.headers;
  if (ref.section === 'headers') {
    const wanted = ref.path.join('.').toLowerCase();
    return headers.find(([k]) => k.toLowerCase() === wanted)?.[1];
  }
  if (ref.part === 'request') {
    if (ref.path.length === 0) return exchange.request.params.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
    return exchange.request.params.find(([k]) => k === ref.path[0])?.[1];
  }
  if (ref.path.length === 0) return exchange.response.body;
  let value: unknown;
  try {
    value = JSON.parse(exchange.response.body);
  } catch {
    return undefined;
  }
  for (const key of ref.path) {
    if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}
