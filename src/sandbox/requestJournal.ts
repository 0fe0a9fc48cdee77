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

/** A request as it came, kept raw: it is read (parameters parsed, values masked) only when someone lists it. */
export interface RawRequest {
  readonly query: string;
  readonly body: Buffer;
  readonly contentType: string | undefined;
}

export type JournalInput = Omit<JournalEntry, 'seq' | 'time' | 'params' | 'paramsOmitted'> & {
  /** When it was answered, ms by the sandbox clock. */
  readonly at: number;
  readonly raw: RawRequest;
};

/** Bytes of a body kept (its first parameters are what a reader looks at; a 1 MiB body is not kept whole 1,000 times). */
const BODY_BYTES = 16 * 1024;

export class RequestJournal {
  private readonly ring: JournalInput[] = [];
  private next = 0;
  private seq = 0;
  private readonly seqs: number[] = [];

  /** `isToken`: whether a value is a token the sandbox issued (masked whatever its parameter's name). */
  constructor(private readonly secrets: () => Iterable<string>, private readonly isToken: (value: string) => boolean, readonly size = REQUEST_RING_SIZE) {}

  /** Cheap on purpose: every API request passes here, and most are never listed. */
  add(input: JournalInput): void {
    const body = input.raw.body.length > BODY_BYTES ? Buffer.from(input.raw.body.subarray(0, BODY_BYTES)) : input.raw.body;
    const kept: JournalInput = { ...input, raw: { ...input.raw, body } };
    if (this.ring.length < this.size) {
      this.ring.push(kept);
      this.seqs.push(++this.seq);
    } else {
      this.ring[this.next] = kept;
      this.seqs[this.next] = ++this.seq;
    }
    this.next = (this.next + 1) % this.size;
  }

  /** Newest first; only entries whose path is `path` (normalized: repeated slashes as one) when given. */
  list(path: string | undefined, limit: number): JournalEntry[] {
    const out: JournalEntry[] = [];
    const n = this.ring.length;
    const secrets = [...this.secrets()];
    for (let i = 1; i <= n && out.length < limit; i++) {
      const at = (this.next - i + n * 2) % n;
      const e = this.ring[at];
      if (path === undefined || e.path === path) out.push(this.read(e, this.seqs[at], secrets));
    }
    return out;
  }

  private read(e: JournalInput, seq: number, secrets: readonly string[]): JournalEntry {
    const { at, raw, ...rest } = e;
    const params = sentParams(raw.query, raw.body, raw.contentType);
    const kept = params.slice(0, MAX_PARAMS).map(([k, v]) => [clip(k, 200), HIDDEN_NAME.test(k) || this.isToken(v) ? maskToken(v) : clip(redactSecrets(v, secrets), VALUE_CHARS)] as const);
    return {
      ...rest,
      seq,
      time: new Date(at).toISOString(),
      params: kept,
      ...(params.length > MAX_PARAMS ? { paramsOmitted: params.length - MAX_PARAMS } : {}),
    };
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
