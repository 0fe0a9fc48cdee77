/**
 * The HTTP client over undici: signs every attempt afresh, retries what is worth retrying (connection
 * errors, timeouts, HTTP 5xx, HTTP 429 with Retry-After), switches to the backup host, reads bodies
 * with a byte cap, and turns every ending into one SendResult with a plain-words message.
 *
 * This is the only core module that imports undici; it is bundled apart and loaded on the first
 * send. Types the UI needs live in sendResult.ts. `send` never rejects, and nothing it returns holds
 * the App Secret (a PreparedRequest carries only the signature).
 */
import { STATUS_CODES } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { randomFillSync } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Agent, EnvHttpProxyAgent, ProxyAgent, type Dispatcher } from 'undici';
import { TOKEN_VALIDITY_MS, USER_EXISTS_CODE } from './contract';
import { CONTRACT_CATALOGUE, describeCode, type CatalogueSource, type ErrorCatalogue, type Locale } from './contract/errorCatalogue';
import { proxyFor, resolveProxyConfig, type ProxyConfig } from './proxy';
import { buildRequest, type PreparedRequest } from './request';
import { describeBody, isSuccess, MAX_RESPONSE_BYTES, parseBody, type ParsedBody } from './response';
import { abortableSleep, backoffDelay, formatSeconds, parseRetryAfter } from './retry';
import {
  DEFAULT_BACKOFF_BASE_MS,
  DEFAULT_BACKOFF_MAX_MS,
  DEFAULT_RETRIES,
  DEFAULT_RETRY_AFTER_MAX_MS,
  DEFAULT_TIMEOUT_MS,
  type Attempt,
  type ClientOptions,
  type NetworkErrorKind,
  type ResponseBody,
  type SendInput,
  type SendOutcome,
  type SendResult,
  type SentRequest,
  type SleepFunction,
} from './sendResult';
import { systemClock, type Clock, type RandomSource } from './signing';
import { SECRET_MASK } from './secrets';

export type { Attempt, AttemptError, ClientOptions, SendInput, SendOutcome, SendResult } from './sendResult';

/** Where an attempt goes: one parsed host of the HostList. */
interface Target {
  readonly origin: string;
  /** Path prefix of a custom base URL ('' for a bare host). */
  readonly basePath: string;
  /** host[:port], for messages. */
  readonly host: string;
  /** The proxy the request goes through (redacted), if any. */
  readonly proxy: string | undefined;
}

type RawOutcome =
  | {
      readonly kind: 'response';
      readonly status: number;
      readonly headers: IncomingHttpHeaders;
      readonly chunks: Buffer[];
      /** Bytes received (the chunks hold at most the cap). */
      readonly received: number;
      readonly tooLarge: boolean;
    }
  | { readonly kind: 'error'; readonly error: unknown; readonly requestSent: boolean; readonly status: number }
  | { readonly kind: 'cancelled'; readonly requestSent: boolean };

/** What the client makes of a transport error. */
interface Failure {
  readonly kind: NetworkErrorKind;
  readonly message: string;
  readonly retryable: boolean;
  /** The server may have acted on the request (timeout or reset after it was sent). */
  readonly ambiguous: boolean;
  /** Nothing was sent and nothing will be: a bad header value, a closed client. */
  readonly refused?: boolean;
}

/** Something close() can cancel: a pending attempt or a wait before a retry. */
abstract class Pending {
  prev: Pending | undefined;
  next: Pending | undefined;
  linked = false;
  abstract cancel(): void;
}

/**
 * The pending attempts and waits, as an intrusive list: adding and removing allocate nothing (a Set
 * churned at thousands of sends a second keeps garbage alive through V8's young-generation GC).
 */
class PendingList {
  private head: Pending | undefined;

  add(p: Pending): void {
    p.prev = undefined;
    p.next = this.head;
    if (this.head) this.head.prev = p;
    this.head = p;
    p.linked = true;
  }

  remove(p: Pending): void {
    if (!p.linked) return;
    if (p.prev) p.prev.next = p.next;
    else this.head = p.next;
    if (p.next) p.next.prev = p.prev;
    p.prev = p.next = undefined;
    p.linked = false;
  }

  cancelAll(): void {
    for (let p = this.head; p; ) {
      const next = p.next;
      p.cancel();
      this.remove(p);
      p = next;
    }
  }
}

/** A wait before a retry, ended early by close(). */
class Wait extends Pending {
  constructor(private readonly stop: AbortController) {
    super();
  }

  cancel(): void {
    this.stop.abort();
  }
}

/**
 * Collects a Dispatcher's answer for one attempt; the body is kept up to `cap` bytes. It is its own
 * abort listener (handleEvent) and entry in the pending list, so an attempt allocates little.
 */
class AttemptHandler extends Pending implements Dispatcher.DispatchHandler {
  readonly outcome: Promise<RawOutcome>;
  private resolve!: (outcome: RawOutcome) => void;
  private controller: Dispatcher.DispatchController | undefined;
  private requestSent = false;
  private status = 0;
  private headers: IncomingHttpHeaders = {};
  private readonly chunks: Buffer[] = [];
  private received = 0;
  private settled = false;

  constructor(
    private readonly cap: number,
    private readonly active: PendingList,
    private readonly signal: AbortSignal | undefined,
  ) {
    super();
    this.outcome = new Promise<RawOutcome>((resolve) => {
      this.resolve = resolve;
    });
    active.add(this);
    signal?.addEventListener('abort', this);
  }

  /** The user's AbortSignal fired. */
  handleEvent(): void {
    this.cancel();
  }

  onRequestStart(controller: Dispatcher.DispatchController): void {
    if (this.settled) {
      controller.abort(new Error('cancelled'));
      return;
    }
    this.controller = controller;
    this.requestSent = true;
  }

  onResponseStart(_controller: Dispatcher.DispatchController, statusCode: number, headers: IncomingHttpHeaders): void {
    if (statusCode < 200) return; // 1xx informational: the real answer follows
    this.status = statusCode;
    this.headers = headers;
  }

  onResponseData(controller: Dispatcher.DispatchController, chunk: Buffer): void {
    if (this.settled) return;
    const room = this.cap - this.received;
    this.received += chunk.length;
    if (chunk.length > room) {
      if (room > 0) this.chunks.push(chunk.subarray(0, room));
      this.respond(true);
      controller.abort(new Error('response body exceeds the size limit')); // stop reading: drops the connection
      return;
    }
    this.chunks.push(chunk);
  }

  onResponseEnd(): void {
    this.respond(false);
  }

  onResponseError(_controller: Dispatcher.DispatchController | undefined, error: Error): void {
    this.fail(error);
  }

  fail(error: unknown): void {
    this.finish({ kind: 'error', error, requestSent: this.requestSent, status: this.status });
  }

  cancel(): void {
    if (this.settled) return;
    this.finish({ kind: 'cancelled', requestSent: this.requestSent });
    this.controller?.abort(new Error('cancelled'));
  }

  private respond(tooLarge: boolean): void {
    this.finish({ kind: 'response', status: this.status, headers: this.headers, chunks: this.chunks, received: this.received, tooLarge });
  }

  private finish(outcome: RawOutcome): void {
    if (this.settled) return;
    this.settled = true;
    this.active.remove(this);
    this.signal?.removeEventListener('abort', this);
    this.resolve(outcome);
  }
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'EAI_NODATA']);
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'ECONNABORTED']);
const TLS_DETAILS: Readonly<Record<string, string>> = {
  CERT_HAS_EXPIRED: 'its certificate has expired',
  CERT_NOT_YET_VALID: 'its certificate is not valid yet',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'its certificate is self-signed and not trusted',
  SELF_SIGNED_CERT_IN_CHAIN: 'its certificate chain has a self-signed certificate that is not trusted',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its certificate is not signed by a trusted authority',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'the issuer of its certificate is not trusted on this machine',
  ERR_TLS_CERT_ALTNAME_INVALID: 'its certificate is for another host name',
  ERR_SSL_WRONG_VERSION_NUMBER: 'it did not answer in TLS (is it a plain http:// server?)',
};

interface ErrorFacts {
  readonly codes: string[];
  readonly messages: string[];
  readonly hostname?: string;
  readonly address?: string;
}

/** Codes and details from an error, its causes and an AggregateError's members (Happy Eyeballs). */
function errorFacts(err: unknown): ErrorFacts {
  const codes: string[] = [];
  const messages: string[] = [];
  let hostname: string | undefined;
  let address: string | undefined;
  const visit = (e: unknown, depth: number) => {
    if (!e || typeof e !== 'object' || depth > 4) return;
    const o = e as { code?: unknown; message?: unknown; hostname?: unknown; address?: unknown; port?: unknown; cause?: unknown; errors?: unknown };
    if (typeof o.code === 'string') codes.push(o.code);
    if (typeof o.message === 'string' && o.message) messages.push(o.message);
    if (typeof o.hostname === 'string') hostname ??= o.hostname;
    if (typeof o.address === 'string') address ??= typeof o.port === 'number' ? `${o.address}:${o.port}` : o.address;
    visit(o.cause, depth + 1);
    if (Array.isArray(o.errors)) for (const inner of o.errors) visit(inner, depth + 1);
  };
  visit(err, 0);
  return { codes, messages, hostname, address };
}

/** Plain words for a transport error, and whether another attempt may help. */
function describeFailure(
  err: unknown,
  ctx: { readonly target: Target; readonly timeoutMs: number; readonly requestSent: boolean; readonly status: number; readonly otherHosts: boolean },
): Failure {
  const { codes, messages, hostname, address } = errorFacts(err);
  const has = (c: string) => codes.includes(c);
  const first = messages[0] ?? String(err);
  const { target } = ctx;
  const where = target.proxy ? `proxy ${target.proxy}` : target.host;
  const wait = formatSeconds(ctx.timeoutMs);
  const fail = (kind: NetworkErrorKind, message: string, retryable = true): Failure => ({
    kind,
    message,
    retryable,
    ambiguous: ctx.requestSent && (kind === 'timeout' || kind === 'reset'),
  });

  if (has('UND_ERR_HEADERS_TIMEOUT')) return fail('timeout', `timed out after ${wait} waiting for response headers from ${target.host}`);
  if (has('UND_ERR_BODY_TIMEOUT')) {
    return fail('timeout', `timed out after ${wait} waiting for the response body from ${target.host} (HTTP ${ctx.status || '?'} had begun)`);
  }
  if (has('UND_ERR_CONNECT_TIMEOUT') || has('ETIMEDOUT')) return fail('timeout', `timed out after ${wait} connecting to ${where}`);
  const dns = codes.find((c) => DNS_CODES.has(c));
  if (dns) {
    const name = hostname ?? new URL(target.origin).hostname;
    // A name that does not exist will not exist a second later: only another host can help.
    const temporary = dns === 'EAI_AGAIN';
    return fail('dns', `DNS lookup failed for host ${name}${temporary ? ' (temporary failure: is the network up?)' : ''}`, temporary || ctx.otherHosts);
  }
  if (has('ECONNREFUSED')) return fail('refused', `connection refused by ${target.proxy ? `proxy ${target.proxy}` : (address ?? target.host)}`);
  const tlsCode = codes.find((c) => c in TLS_DETAILS || c.startsWith('ERR_TLS_') || c.startsWith('ERR_SSL_') || c.startsWith('CERT_') || c === 'UND_ERR_PRX_TLS');
  if (tlsCode || (has('EPROTO') && /ssl|tls/i.test(first))) {
    const detail = (tlsCode && TLS_DETAILS[tlsCode]) ?? first;
    return fail('tls', `TLS error with ${tlsCode === 'UND_ERR_PRX_TLS' ? where : target.host}: ${detail}`, false);
  }
  const tunnel = messages.map((m) => /^Proxy response \((\d+)\)/.exec(m)).find((m) => m);
  if (tunnel || messages.some((m) => m.includes('Proxy Authentication Required'))) {
    const status = tunnel ? Number(tunnel[1]) : 407;
    const why = status === 407 ? 'asks for credentials (HTTP 407 Proxy Authentication Required)' : `answered HTTP ${status} instead of connecting`;
    return fail('other', `${where} ${why} for ${target.host}`, status !== 407);
  }
  if (has('UND_ERR_CLOSED') || has('UND_ERR_DESTROYED')) return { ...fail('other', 'the client was closed', false), refused: true };
  if (has('UND_ERR_INVALID_ARG') || has('ERR_INVALID_CHAR') || has('ERR_INVALID_ARG_TYPE')) {
    return { ...fail('other', `the request was not sent: ${first}`, false), refused: true };
  }
  if (codes.some((c) => RESET_CODES.has(c))) {
    const message = ctx.status
      ? `the connection to ${target.host} was closed in the middle of the response body (HTTP ${ctx.status})`
      : ctx.requestSent
        ? `the connection to ${target.host} was reset after the request was sent, before any answer`
        : `the connection to ${where} was reset before the request was sent`;
    return fail('reset', message);
  }
  if (has('EHOSTUNREACH') || has('ENETUNREACH')) {
    return fail('other', `${where} is unreachable (${has('ENETUNREACH') ? 'no route to the network' : 'no route to the host'})`);
  }
  return fail('other', `request to ${target.host} failed: ${first}`);
}

/** Flat [name, value, name, value …]: the cheapest header form undici takes. */
function flatHeaders(headers: ReadonlyArray<readonly [string, string]>): string[] {
  const flat: string[] = new Array<string>(headers.length * 2);
  for (let i = 0; i < headers.length; i++) {
    flat[2 * i] = headers[i][0];
    flat[2 * i + 1] = headers[i][1];
  }
  return flat;
}

function headerRecord(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k in headers) {
    const v = headers[k];
    if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

function positive(value: number | undefined, fallback: number, allowZero = false): number {
  return value !== undefined && Number.isFinite(value) && (allowZero ? value >= 0 : value > 0) ? value : fallback;
}

function truncate(s: string, max = 200): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

/**
 * Crypto-random bytes drawn from a 4 KiB block filled at once: a separate randomBytes() per nonce and
 * request ID costs more than the rest of signing (a system call and a fresh ArrayBuffer each).
 * A used block is never refilled in place, so a caller keeping a returned view sees it unchanged.
 */
export function bufferedCryptoRandom(blockSize = 4096): RandomSource {
  let block = new Uint8Array(0);
  let offset = 0;
  return {
    bytes(length: number): Uint8Array {
      if (length > blockSize) return randomFillSync(new Uint8Array(length));
      if (offset + length > block.length) {
        block = randomFillSync(new Uint8Array(blockSize));
        offset = 0;
      }
      const out = block.subarray(offset, offset + length);
      offset += length;
      return out;
    },
  };
}

const BODY_HEAD_CHARS = 2048;
const TOKEN_VALIDITY_DAYS = Math.round(TOKEN_VALIDITY_MS / 86_400_000);
/** Secrets shorter than this are not scrubbed from text (they would match ordinary words). */
const MIN_SCRUB_LENGTH = 6;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
/** What a finished send says, before the request, attempts and time are added. */
type Conclusion = Omit<Mutable<SendResult>, 'request' | 'attempts' | 'totalMs'>;

/** The value of the first pair named `name` (cheaper than find() with a closure on the hot path). */
function pairValue(pairs: ReadonlyArray<readonly [string, string]>, name: string): string | undefined {
  for (let i = 0; i < pairs.length; i++) if (pairs[i][0] === name) return pairs[i][1];
  return undefined;
}

/** A registration in flight: what a second send of the same (App-Key, userId) shares. */
interface Registration {
  readonly userId: string;
  readonly endpointId: string;
  readonly primary: string;
  readonly appKey: string;
  promise: Promise<SendResult> | undefined;
  /** Another registration of the same userId (another app, endpoint or host). */
  next: Registration | undefined;
}

/** One send in progress: what the result is built from. */
class SendRun {
  readonly attempts: Attempt[] = [];
  request: PreparedRequest | undefined;
  /** The first attempt that may have reached the server without its answer reaching us. */
  ambiguous: Attempt | undefined;

  constructor(
    readonly input: SendInput,
    readonly started: number,
  ) {}
}

export class RongClient {
  private readonly dispatcher: Dispatcher | undefined;
  private readonly ownsDispatcher: boolean;
  private readonly proxyConfig: ProxyConfig;
  private readonly setupProblem: string | undefined;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly backoffBaseMs: number;
  private readonly backoffMaxMs: number;
  private readonly retryAfterMaxMs: number;
  private readonly clock: Clock;
  private readonly random: RandomSource;
  private readonly sleep: SleepFunction;
  private readonly catalogue: ErrorCatalogue;
  private readonly locale: Locale;
  private readonly maxResponseBytes: number;
  /**
   * Registrations in flight by userId (then endpoint, primary host and App Key). A null-prototype
   * object: unlike a Map, its churn of unique keys does not keep garbage alive across young GCs.
   */
  private readonly inFlight: Record<string, Registration | undefined> = Object.create(null) as Record<string, Registration | undefined>;
  /** Every pending attempt and wait, for close(). */
  private readonly active = new PendingList();
  private readonly targets = new Map<string, Target | string>();
  private closed = false;
  private closing: Promise<void> | undefined;

  constructor(options: ClientOptions = {}) {
    this.timeoutMs = positive(options.timeoutMs, DEFAULT_TIMEOUT_MS);
    this.retries = Math.floor(positive(options.retries, DEFAULT_RETRIES, true));
    this.backoffBaseMs = positive(options.backoffBaseMs, DEFAULT_BACKOFF_BASE_MS, true);
    this.backoffMaxMs = positive(options.backoffMaxMs, DEFAULT_BACKOFF_MAX_MS, true);
    this.retryAfterMaxMs = positive(options.retryAfterMaxMs, DEFAULT_RETRY_AFTER_MAX_MS, true);
    this.clock = options.clock ?? systemClock;
    this.random = options.random ?? bufferedCryptoRandom();
    this.sleep = options.sleep ?? abortableSleep;
    this.catalogue = options.catalogue ?? CONTRACT_CATALOGUE;
    this.locale = options.locale ?? 'en';
    this.maxResponseBytes = Math.floor(positive(options.maxResponseBytes, MAX_RESPONSE_BYTES));
    this.proxyConfig = options.dispatcher ? { kind: 'none' } : resolveProxyConfig(options.proxy, options.env ?? process.env);

    if (options.dispatcher) {
      this.dispatcher = options.dispatcher as unknown as Dispatcher;
      this.ownsDispatcher = false;
      return;
    }
    this.ownsDispatcher = true;
    const t = this.timeoutMs;
    const common = { connect: { timeout: t }, headersTimeout: t, bodyTimeout: t };
    // Plain http targets go to an http proxy in absolute form (as curl does); https targets tunnel.
    const proxied = { ...common, proxyTunnel: false, proxyTls: { timeout: t }, requestTls: { timeout: t } };
    const config = this.proxyConfig;
    try {
      switch (config.kind) {
        case 'invalid':
          this.setupProblem = config.problem;
          this.dispatcher = undefined;
          break;
        case 'explicit':
          this.dispatcher = new ProxyAgent({ ...proxied, uri: config.url });
          break;
        case 'env':
          this.dispatcher = new EnvHttpProxyAgent({ ...proxied, httpProxy: config.httpProxy, httpsProxy: config.httpsProxy, noProxy: config.noProxy });
          break;
        case 'none':
          this.dispatcher = new Agent(common);
          break;
        default: {
          const never: never = config;
          throw new Error(String(never));
        }
      }
    } catch (err) {
      // undici's message may quote the URL; it is not repeated (it may hold a password).
      this.dispatcher = undefined;
      this.setupProblem = `the proxy could not be set up (${err instanceof Error && 'code' in err ? String(err.code) : 'invalid proxy URL'})`;
    }
  }

  /** Sends with retries. Never rejects: every ending is a SendResult. */
  send(input: SendInput): Promise<SendResult> {
    try {
      const userId = input.endpoint.issuesToken ? pairValue(input.params, 'userId') : undefined;
      if (userId === undefined) return this.run(input, undefined);
      // The contract forbids registering one userId twice at the same time (注意事项 3).
      const endpointId = input.endpoint.id;
      const primary = input.hosts.primary;
      const appKey = input.credentials.appKey;
      const head = this.inFlight[userId];
      for (let e = head; e; e = e.next) {
        if (e.promise && e.endpointId === endpointId && e.primary === primary && e.appKey === appKey) return this.follow(e.promise, input);
      }
      const entry: Registration = { userId, endpointId, primary, appKey, promise: undefined, next: head };
      this.inFlight[userId] = entry; // before run(): it may end without waiting, and then unlinks it
      entry.promise = this.run(input, entry);
      return entry.promise;
    } catch (err) {
      return Promise.resolve(this.internalFailure(input, err, performance.now()));
    }
  }

  /** Cancels what is in flight (outcome 'cancelled') and releases connections. Idempotent. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      this.closed = true;
      this.active.cancelAll();
      if (this.ownsDispatcher && this.dispatcher) await this.dispatcher.destroy().catch(() => undefined);
    })();
    return this.closing;
  }

  private forget(entry: Registration): void {
    const head = this.inFlight[entry.userId];
    if (head === entry) {
      if (entry.next) this.inFlight[entry.userId] = entry.next;
      else delete this.inFlight[entry.userId];
      return;
    }
    for (let e = head; e; e = e.next) {
      if (e.next === entry) {
        e.next = entry.next;
        return;
      }
    }
  }

  private follow(running: Promise<SendResult>, input: SendInput): Promise<SendResult> {
    const shared = running.then((r): SendResult => ({ ...r, sharedWithInFlight: true }));
    const signal = input.signal;
    if (!signal) return shared;
    const started = performance.now();
    return new Promise<SendResult>((resolve) => {
      const onAbort = () => {
        resolve({
          outcome: 'cancelled',
          request: this.previewRequest(input),
          attempts: [],
          totalMs: performance.now() - started,
          message: 'cancelled while waiting for the same registration already in flight',
          sharedWithInFlight: true,
        });
      };
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      void shared.then((r) => {
        signal.removeEventListener('abort', onAbort);
        resolve(r);
      });
    });
  }

  private async run(input: SendInput, registration: Registration | undefined): Promise<SendResult> {
    const run = new SendRun(input, performance.now());
    try {
      return this.finish(run, await this.attemptAll(run));
    } catch (err) {
      return this.internalFailure(input, err, run.started);
    } finally {
      if (registration) this.forget(registration);
    }
  }

  private async attemptAll(run: SendRun): Promise<Conclusion> {
    const { input } = run;
    const signal = input.signal;
    if (this.closed) return { outcome: 'refused', message: 'the request was not sent: the client is closed' };
    if (this.setupProblem !== undefined || !this.dispatcher) {
      return { outcome: 'refused', message: `the request was not sent: ${this.setupProblem ?? 'no HTTP dispatcher'}` };
    }
    const primary = this.target(input.hosts.primary);
    if (typeof primary === 'string') return { outcome: 'refused', message: `the request was not sent: ${primary}` };
    let backup: Target | undefined;
    if (input.hosts.backup !== undefined && input.hosts.backup !== input.hosts.primary) {
      const t = this.target(input.hosts.backup);
      if (typeof t === 'string') return { outcome: 'refused', message: `the request was not sent: backup ${t}` };
      backup = t;
    }
    if (signal?.aborted) return { outcome: 'cancelled', message: 'cancelled before the request was sent' };

    let onBackup = false;
    let waitMs = 0;
    for (let i = 0; ; i++) {
      if (waitMs > 0 && (await this.pause(waitMs, signal))) {
        return { outcome: 'cancelled', message: this.cancelledMessage(run.attempts.length, 'while waiting to retry') };
      }
      const target = onBackup && backup ? backup : primary;
      const request = this.prepare(input, onBackup && backup ? (input.hosts.backup as string) : input.hosts.primary);
      run.request = request;
      const startedAt = this.clock.now();
      const t0 = performance.now();
      const raw = await this.dispatchOnce(target, request, signal);
      const attempt: Mutable<Attempt> = {
        host: target.host,
        url: request.url,
        startedAt,
        ms: performance.now() - t0,
        waitedMs: waitMs,
        nonce: request.signing.nonce,
        timestamp: request.signing.timestamp,
      };
      const requestId = pairValue(request.headers, 'X-Request-ID');
      if (requestId !== undefined) attempt.requestId = requestId;
      if (target.proxy !== undefined) attempt.proxy = target.proxy;
      run.attempts.push(attempt);
      const last = i >= this.retries;

      if (raw.kind === 'cancelled') {
        attempt.error = { kind: 'other', message: 'cancelled', requestSent: raw.requestSent };
        const when = raw.requestSent ? 'after the request was sent; the server may still act on it' : 'before an answer';
        return { outcome: 'cancelled', message: this.cancelledMessage(run.attempts.length, when) };
      }

      if (raw.kind === 'error') {
        const f = describeFailure(raw.error, { target, timeoutMs: this.timeoutMs, requestSent: raw.requestSent, status: raw.status, otherHosts: backup !== undefined });
        if (raw.status) attempt.status = raw.status;
        attempt.error = { kind: f.kind, message: f.message, requestSent: raw.requestSent };
        if (f.refused) {
          if (this.closed) return { outcome: 'cancelled', message: 'cancelled: the client was closed' };
          return { outcome: 'refused', message: f.message };
        }
        if (f.ambiguous) run.ambiguous ??= attempt;
        if (!f.retryable || last) return { outcome: 'networkError', message: networkMessage(run.attempts) };
        if (backup) onBackup = !onBackup; // the documentation asks clients to switch on timeouts and outages
        waitMs = backoffDelay(i + 1, this.backoffBaseMs, this.backoffMaxMs, this.random);
        continue;
      }

      const reading = this.read(raw, input.credentials.appSecret);
      attempt.status = raw.status;
      if (reading.code !== undefined) attempt.code = reading.code;

      if (raw.status === 429) {
        const retryAfter = parseRetryAfter(reading.headers['retry-after'], this.clock.now());
        if (retryAfter !== undefined && retryAfter > this.retryAfterMaxMs) {
          const message = `HTTP 429 Too Many Requests: the server asks to wait ${formatSeconds(retryAfter)} before retrying, longer than the ${formatSeconds(this.retryAfterMaxMs)} this client waits; try again later${countSuffix(run.attempts)}`;
          return this.answer(raw.status, reading, 'httpError', message);
        }
        if (!last) {
          waitMs = retryAfter ?? backoffDelay(i + 1, this.backoffBaseMs, this.backoffMaxMs, this.random);
          continue; // the same host: the limit is per app, not per host
        }
      } else if (raw.status >= 500 && !(reading.code !== undefined && reading.code !== raw.status) && !last) {
        // A 5xx without an API code of its own is not a definitive answer.
        if (backup) onBackup = !onBackup;
        waitMs = backoffDelay(i + 1, this.backoffBaseMs, this.backoffMaxMs, this.random);
        continue;
      }
      return this.conclude(run, raw.status, reading);
    }
  }

  private conclude(run: SendRun, status: number, reading: Reading): Conclusion {
    const { code, meaning, parsed } = reading;
    const { input } = run;
    const serverSays = parsed.kind === 'json' && parsed.errorMessage && parsed.errorMessage !== meaning ? `server says "${truncate(parsed.errorMessage)}"` : '';
    if (isSuccess(status, parsed)) {
      const result = this.answer(status, reading, 'success', `200 ${meaning ?? 'Success'}`);
      const userId = (parsed.kind === 'json' ? parsed.userId : undefined) ?? pairValue(input.params, 'userId');
      const token = parsed.kind === 'json' ? parsed.token : undefined;
      if (userId !== undefined) result.userId = userId;
      if (token !== undefined) {
        result.token = token;
        if (input.endpoint.issuesToken) {
          result.expiresAt = this.clock.now() + TOKEN_VALIDITY_MS;
          result.message += `: token issued for userId "${userId ?? '?'}", valid for ${TOKEN_VALIDITY_DAYS} days`;
        }
      }
      return result;
    }
    if (parsed.kind === 'tooLarge') {
      return this.answer(status, reading, 'invalidResponse', `HTTP ${status} with ${describeBody(parsed)}`);
    }
    // Refused credentials and rate limits are HTTP-level answers whatever code the body carries.
    const httpLevel = status === 401 || status === 403 || status === 407 || status === 429;
    if (code !== undefined && code !== status && code !== 200 && status < 500 && !httpLevel) {
      const detail = status !== 200 ? (serverSays ? `HTTP ${status}; ${serverSays}` : `HTTP ${status}`) : serverSays;
      const result = this.answer(status, reading, 'apiError', `${code} ${meaning ?? '(a code that is not in the error catalogue)'}${detail ? ` (${detail})` : ''}`);
      if (code === USER_EXISTS_CODE && run.ambiguous) {
        result.likelyRegisteredEarlier = true;
        result.message += `: the earlier attempt that failed (${run.ambiguous.error?.message ?? 'no answer'}) most likely registered the user, but its answer with the token was lost`;
      }
      return result;
    }
    if (status >= 200 && status < 300) {
      const expected = parsed.kind === 'json' && code === undefined ? '' : '; expected JSON with an integer "code"';
      return this.answer(status, reading, 'invalidResponse', `HTTP ${status} with ${describeBody(parsed)}${expected}`);
    }
    let detail: string;
    if (code !== undefined) detail = `body code ${code}${meaning ? ` (${meaning})` : ''}${serverSays ? `, ${serverSays}` : ''}`;
    else if (parsed.kind === 'json' && serverSays) detail = serverSays;
    else detail = describeBody(parsed);
    const reason = STATUS_CODES[status];
    return this.answer(status, reading, 'httpError', `HTTP ${status}${reason ? ` ${reason}` : ''}: ${detail}${httpHint(status)}${countSuffix(run.attempts)}`);
  }

  private answer(status: number, reading: Reading, outcome: SendOutcome, message: string): Conclusion {
    const result: Conclusion = { outcome, message, httpStatus: status, body: reading.body, responseHeaders: reading.headers };
    if (reading.code !== undefined) result.code = reading.code;
    if (reading.meaning !== undefined) result.meaning = reading.meaning;
    if (reading.meaningSource !== undefined) result.meaningSource = reading.meaningSource;
    return result;
  }

  /** Adds the request, attempts and time; removes the secret from anything a server echoed. */
  private finish(run: SendRun, c: Conclusion): SendResult {
    const result = c as Mutable<SendResult>;
    result.request = toSent(run.request ?? this.prepare(run.input, run.input.hosts.primary));
    result.attempts = run.attempts;
    result.totalMs = performance.now() - run.started;
    return scrubSecret(result, run.input.credentials.appSecret);
  }

  private read(raw: Extract<RawOutcome, { kind: 'response' }>, secret: string): Reading {
    const headers = headerRecord(raw.headers);
    const bytes = raw.chunks.length === 1 ? raw.chunks[0] : Buffer.concat(raw.chunks);
    let text = (raw.tooLarge ? bytes.subarray(0, BODY_HEAD_CHARS) : bytes).toString('utf8');
    if (secret.length >= MIN_SCRUB_LENGTH && text.includes(secret)) text = text.split(secret).join(SECRET_MASK);
    const parsed: ParsedBody = raw.tooLarge
      ? { kind: 'tooLarge', limit: this.maxResponseBytes, receivedAtLeast: raw.received }
      : parseBody(text, headers['content-type'] ?? '');
    const code = parsed.kind === 'json' ? parsed.code : undefined;
    const meaning = code !== undefined ? describeCode(this.catalogue, code, this.locale) : undefined;
    const meaningSource = code !== undefined ? this.catalogue.get(code)?.source : undefined;
    const body: ResponseBody = { text, bytes: raw.received, truncated: raw.tooLarge, parsed };
    return { headers, parsed, code, meaning, meaningSource, body };
  }

  private dispatchOnce(target: Target, request: PreparedRequest, signal: AbortSignal | undefined): Promise<RawOutcome> {
    const handler = new AttemptHandler(this.maxResponseBytes, this.active, signal);
    try {
      (this.dispatcher as Dispatcher).dispatch(
        {
          origin: target.origin,
          path: target.basePath + request.path,
          method: request.method,
          headers: flatHeaders(request.headers),
          body: request.body,
          headersTimeout: this.timeoutMs,
          bodyTimeout: this.timeoutMs,
        },
        handler,
      );
    } catch (err) {
      handler.fail(err);
    }
    return handler.outcome;
  }

  /** Waits before a retry; true when cancelled meanwhile (the user's signal or close()). */
  private async pause(ms: number, signal: AbortSignal | undefined): Promise<boolean> {
    if (signal?.aborted || this.closed) return true;
    const stop = new AbortController();
    const pending = new Wait(stop);
    const onAbort = () => stop.abort();
    this.active.add(pending);
    signal?.addEventListener('abort', onAbort, { once: true });
    const stopped = new Promise<void>((resolve) => stop.signal.addEventListener('abort', () => resolve(), { once: true }));
    try {
      // An injected sleep may ignore the signal; the race keeps cancelling prompt anyway.
      await Promise.race([this.sleep(ms, stop.signal).catch(() => undefined), stopped]);
    } finally {
      this.active.remove(pending);
      signal?.removeEventListener('abort', onAbort);
      stop.abort(); // ends the default timer early and lets `stopped` settle
    }
    return Boolean(signal?.aborted) || this.closed;
  }

  private prepare(input: SendInput, base: string): PreparedRequest {
    return buildRequest({
      endpoint: input.endpoint,
      params: input.params,
      baseUrl: base,
      credentials: input.credentials,
      nonce: input.nonce,
      timestamp: input.timestamp,
      extraHeaders: input.extraHeaders,
      clock: this.clock,
      random: this.random,
    });
  }

  private previewRequest(input: SendInput): SentRequest {
    try {
      return toSent(this.prepare(input, input.hosts.primary));
    } catch {
      // Malformed input (from a caller that skipped the types): describe what there is.
      return { method: input?.endpoint?.method ?? 'POST', url: `${input?.hosts?.primary ?? ''}${input?.endpoint?.path ?? ''}`, headers: [], body: '' };
    }
  }

  /** Parses a base URL once; a problem is returned as a string. */
  private target(base: string): Target | string {
    const cached = this.targets.get(base);
    if (cached !== undefined) return cached;
    let result: Target | string;
    try {
      const u = new URL(base);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') result = `base URL "${truncate(base, 80)}" must use http or https`;
      else if (u.username || u.password) result = 'base URL must not contain a user name or password';
      else result = { origin: u.origin, basePath: u.pathname.replace(/\/+$/, ''), host: u.host, proxy: proxyFor(this.proxyConfig, u) };
    } catch {
      result = `base URL "${truncate(base, 80)}" is not an absolute URL (expected e.g. https://api.rong-api.com)`;
    }
    if (this.targets.size >= 64) this.targets.clear();
    this.targets.set(base, result);
    return result;
  }

  private cancelledMessage(attempts: number, when: string): string {
    if (this.closed) return 'cancelled: the client was closed';
    return `cancelled ${when}${attempts > 1 ? ` (attempt ${attempts})` : ''}`;
  }

  private internalFailure(input: SendInput, err: unknown, started: number): SendResult {
    const message = `the request was not sent: ${err instanceof Error ? err.message : String(err)}`;
    const result: SendResult = { outcome: 'refused', request: this.previewRequest(input), attempts: [], totalMs: performance.now() - started, message };
    return scrubSecret(result, typeof input?.credentials?.appSecret === 'string' ? input.credentials.appSecret : '');
  }
}

interface Reading {
  readonly headers: Record<string, string>;
  readonly parsed: ParsedBody;
  readonly code: number | undefined;
  readonly meaning: string | undefined;
  readonly meaningSource: CatalogueSource | undefined;
  readonly body: ResponseBody;
}

/** The secret never leaves: not in a message, even if a server or an error echoed it. */
function scrubSecret(result: SendResult, secret: string): SendResult {
  if (secret.length < MIN_SCRUB_LENGTH) return result;
  const r = result as Mutable<SendResult>;
  if (r.message.includes(secret)) r.message = mask(r.message, secret);
  for (let i = 0; i < r.attempts.length; i++) {
    const a = r.attempts[i];
    if (a.error && a.error.message.includes(secret)) {
      (a as Mutable<Attempt>).error = { ...a.error, message: mask(a.error.message, secret) };
    }
  }
  const headers = r.responseHeaders as Record<string, string> | undefined;
  if (headers) for (const k in headers) if (headers[k].includes(secret)) headers[k] = mask(headers[k], secret);
  return r;
}

function mask(text: string, secret: string): string {
  return text.split(secret).join(SECRET_MASK);
}

function toSent(request: PreparedRequest): SentRequest {
  return { method: request.method, url: request.url, headers: request.headers, body: request.body };
}

function countSuffix(attempts: readonly Attempt[]): string {
  return attempts.length > 1 ? ` (${attempts.length} attempts)` : '';
}

/** The last failure in plain words; every distinct cause when the attempts failed differently. */
function networkMessage(attempts: readonly Attempt[]): string {
  const causes = [...new Set(attempts.flatMap((a) => (a.error ? [a.error.message] : [])))];
  if (attempts.length === 1 || causes.length === 0) return causes[0] ?? 'the request failed';
  if (causes.length === 1) return `${causes[0]}${countSuffix(attempts)}`;
  return `${attempts.length} attempts failed: ${causes.join('; ')}`;
}

function httpHint(status: number): string {
  switch (status) {
    case 401:
      return ' — the server rejected the App Key or the signature; check the App Key, the App Secret and the clock';
    case 403:
      return ' — the App Key may not call this endpoint';
    case 404:
      return ' — check the base URL and the endpoint path';
    case 429:
      return ' — rate limit: wait before sending again';
    default:
      return '';
  }
}
