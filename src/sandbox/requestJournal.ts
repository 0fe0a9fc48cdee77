/**
 * The request journal behind `GET /_sandbox/requests[?path=P][&limit=N]`: the last REQUEST_RING_SIZE
 * Rong API requests, newest first, so that a backend's test can see what it sent and what it got.
 * Kept in memory only (a restart forgets it) and bounded: the oldest entry goes when the ring is full.
 *
 * Never a secret or a full token (src/core/secrets.ts is the one mask): a parameter whose name
 * speaks of a token, a secret or a password is shown as maskToken(value); every app's secret is
 * replaced by SECRET_MASK wherever it appears in a value. The App-Key is listed; the Signature
 * header is not (it is not a secret, but it is of no use to a reader and looks like one).
 */
import { maskToken, redactSecrets } from '../core/secrets';
import { clip } from './echo';

/** Entries kept: enough for a test's run, small enough (≤ ~1,000 × 4 KB) to never matter. */
export const REQUEST_RING_SIZE = 1000;
/** Entries one GET answers: the default and the most. */
export const REQUEST_LIST_LIMIT = { default: 100, max: REQUEST_RING_SIZE } as const;
/** Characters kept of each parameter value (a 128 KB message content is not worth keeping whole). */
const VALUE_CHARS = 1000;
/** Parameters kept per request (a 1,000-recipient send lists its first 100). */
const MAX_PARAMS = 100;

/** Names whose values are hidden: tokens, secrets, passwords (case-insensitive, anywhere in the name). */
const HIDDEN_NAME = /token|secret|password|passwd/i;

export interface JournalEntry {
  /** Increasing per sandbox process: a reader can tell what is new since its last look. */
  readonly seq: number;
  /** ISO time by the sandbox clock. */
  readonly time: string;
  readonly method: string;
  readonly path: string;
  readonly appKey?: string;
  /** The parameters as sent (query, then form or JSON body), masked; `[name, value]` pairs in order. */
  readonly params: ReadonlyArray<readonly [string, string]>;
  /** More parameters than were kept. */
  readonly paramsOmitted?: number;
  readonly status: number;
  /** The body's code, when the answer had one. */
  readonly code?: number;
  readonly ms: number;
  /** Set when an injected fault or a rate limit answered instead of the endpoint. */
  readonly fault?: string;
}

export type JournalInput = Omit<JournalEntry, 'seq' | 'params' | 'paramsOmitted'> & { readonly params: ReadonlyArray<readonly [string, string]> };

export class RequestJournal {
  private readonly ring: JournalEntry[] = [];
  private next = 0;
  private seq = 0;

  /** `isToken`: whether a value is a token the sandbox issued (masked whatever its parameter's name). */
  constructor(private readonly secrets: () => Iterable<string>, private readonly isToken: (value: string) => boolean, readonly size = REQUEST_RING_SIZE) {}

  add(input: JournalInput): void {
    const secrets = [...this.secrets()];
    const kept = input.params.slice(0, MAX_PARAMS).map(([k, v]) => [clip(k, 200), HIDDEN_NAME.test(k) || this.isToken(v) ? maskToken(v) : clip(redactSecrets(v, secrets), VALUE_CHARS)] as const);
    const entry: JournalEntry = {
      ...input,
      seq: ++this.seq,
      params: kept,
      ...(input.params.length > MAX_PARAMS ? { paramsOmitted: input.params.length - MAX_PARAMS } : {}),
    };
    if (this.ring.length < this.size) this.ring.push(entry);
    else this.ring[this.next] = entry;
    this.next = (this.next + 1) % this.size;
  }

  /** Newest first; only entries whose path is `path` (normalized: repeated slashes as one) when given. */
  list(path: string | undefined, limit: number): JournalEntry[] {
    const out: JournalEntry[] = [];
    const n = this.ring.length;
    for (let i = 1; i <= n && out.length < limit; i++) {
      const e = this.ring[(this.next - i + n * 2) % n];
      if (path === undefined || e.path === path) out.push(e);
    }
    return out;
  }

  get total(): number {
    return this.ring.length;
  }
}

/** The parameters of a request as sent: the query's, then a form body's pairs or a JSON body's top-level fields. */
export function sentParams(query: string, body: Buffer, contentType: string | undefined): Array<[string, string]> {
  const out: Array<[string, string]> = [...new URLSearchParams(query)];
  if (body.length === 0) return out;
  const text = body.toString('utf8');
  if (/json/i.test(contentType ?? '')) {
    try {
      const json = JSON.parse(text) as unknown;
      if (json !== null && typeof json === 'object' && !Array.isArray(json)) {
        for (const [k, v] of Object.entries(json)) out.push([k, typeof v === 'string' ? v : JSON.stringify(v)]);
      } else out.push(['(body)', text]);
    } catch {
      out.push(['(body)', text]);
    }
    return out;
  }
  for (const pair of new URLSearchParams(text)) out.push(pair);
  return out;
}
