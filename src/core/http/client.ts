/**
 * RongClient: one send from start to end. It checks what can be checked before sending, signs every
 * attempt afresh, sends it (attempt.ts), classifies a failure (failure.ts), decides on a retry and
 * the host (retry.ts), reads the answer (response.ts) and turns every ending into one SendResult
 * (conclusion.ts); the same request is never in flight twice (singleFlight.ts).
 *
 * `send` never rejects, and nothing it returns holds the App Secret (a PreparedRequest carries only
 * the signature). This folder is the `http` bundle, loaded on the first send.
 */
import { performance } from 'node:perf_hooks';
import type { Dispatcher } from 'undici';
import { CONTRACT_CATALOGUE, type ErrorCatalogue, type Locale } from '../contract/errorCatalogue';
import { buildRequest, type PreparedRequest } from '../request';
import { buildCallbackRequest } from '../callbackRequest';
import {
  DEFAULT_BACKOFF_BASE_MS,
  DEFAULT_BACKOFF_MAX_MS,
  DEFAULT_RETRIES,
  DEFAULT_RETRY_AFTER_MAX_MS,
  DEFAULT_TIMEOUT_MS,
  type Attempt,
  type ClientOptions,
  type SendInput,
  type SendResult,
  type SentRequest,
  type SleepFunction,
} from '../sendResult';
import { checkNonce, checkTimestamp, systemClock, type Clock } from '../signing';
import { sendAttempt, type Cancellable, type RawOutcome, type RawResponse } from './attempt';
import { conclude, retryAfterTooLong, type Conclusion, type Mutable, type SendSoFar } from './conclusion';
import { createDispatcher } from './dispatcher';
import { describeFailure, networkMessage, type FailureContext } from './failure';
import { requestLabel } from './label';
import { resolveProxyConfig, type ProxyConfig } from './proxy';
import { bufferedCryptoRandom } from './random';
import { MAX_RESPONSE_BYTES, readResponse } from './response';
import { abortableSleep, afterAnswer, afterFailure, parseRetryAfter, type NextStep, type RetryPolicy } from './retry';
import { scrubSecret } from './scrub';
import { singleFlightKey } from './singleFlight';
import { parseTarget, type Target } from './target';

/** One host of the HostList: its base URL as given and parsed. */
interface Host {
  readonly base: string;
  readonly target: Target;
}

interface Hosts {
  readonly primary: Host;
  readonly backup: Host | undefined;
}

/** After an attempt: the send is over, or it waits and goes again. */
type Step = { readonly done: Conclusion } | Extract<NextStep, { kind: 'retry' }>;

/** One send in progress: what the result is built from. */
class SendRun implements SendSoFar {
  readonly attempts: Array<Mutable<Attempt>> = [];
  request: PreparedRequest | undefined;
  ambiguous: Attempt | undefined;

  constructor(
    readonly input: SendInput,
    readonly started: number,
    readonly clock: Clock,
  ) {}
}

export class RongClient {
  private readonly dispatcher: Dispatcher | undefined;
  private readonly ownsDispatcher: boolean;
  private readonly proxyConfig: ProxyConfig;
  private readonly setupProblem: string | undefined;
  private readonly timeoutMs: number;
  private readonly policy: RetryPolicy;
  private readonly clock: Clock;
  private readonly sleep: SleepFunction;
  private readonly catalogue: ErrorCatalogue;
  private readonly locale: Locale;
  private readonly maxResponseBytes: number;
  /** Sends in flight by singleFlightKey: a second one shares the first one's result. */
  private readonly inFlight = new Map<string, Promise<SendResult>>();
  /** Parsed base URLs: a send to a known host allocates no URL (garbage per send costs with sockets alive). */
  private readonly targets = new Map<string, Target | string>();
  /** Every pending attempt and wait, for close(). */
  private readonly active = new Set<Cancellable>();
  private closed = false;
  private closing: Promise<void> | undefined;

  constructor(options: ClientOptions = {}) {
    this.timeoutMs = positive(options.timeoutMs, DEFAULT_TIMEOUT_MS);
    this.policy = {
      retries: Math.floor(positive(options.retries, DEFAULT_RETRIES, true)),
      backoffBaseMs: positive(options.backoffBaseMs, DEFAULT_BACKOFF_BASE_MS, true),
      backoffMaxMs: positive(options.backoffMaxMs, DEFAULT_BACKOFF_MAX_MS, true),
      retryAfterMaxMs: positive(options.retryAfterMaxMs, DEFAULT_RETRY_AFTER_MAX_MS, true),
      random: options.random ?? bufferedCryptoRandom(),
    };
    this.clock = options.clock ?? systemClock;
    this.sleep = options.sleep ?? abortableSleep;
    this.catalogue = options.catalogue ?? CONTRACT_CATALOGUE;
    this.locale = options.locale ?? 'en';
    this.maxResponseBytes = Math.floor(positive(options.maxResponseBytes, MAX_RESPONSE_BYTES));
    this.proxyConfig = options.dispatcher ? { kind: 'none' } : resolveProxyConfig(options.proxy, options.env ?? process.env);
    this.ownsDispatcher = !options.dispatcher;
    const setup = options.dispatcher ? { dispatcher: options.dispatcher as unknown as Dispatcher } : createDispatcher(this.proxyConfig, this.timeoutMs);
    this.dispatcher = setup.dispatcher;
    this.setupProblem = setup.problem;
  }

  /** Sends with retries. Never rejects: every ending is a SendResult. */
  send(input: SendInput): Promise<SendResult> {
    try {
      const key = singleFlightKey(input);
      if (key === undefined) return this.run(input, undefined);
      const running = this.inFlight.get(key);
      if (running) return this.follow(running, input);
      const sending = this.run(input, key);
      this.inFlight.set(key, sending); // run() awaits before its `finally`, so this comes first
      return sending;
    } catch (err) {
      return Promise.resolve(this.internalFailure(input, err, performance.now()));
    }
  }

  /** Cancels what is in flight (outcome 'cancelled') and releases connections. Idempotent. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      this.closed = true;
      for (const pending of [...this.active]) pending.cancel();
      this.active.clear();
      if (this.ownsDispatcher && this.dispatcher) await this.dispatcher.destroy().catch(() => undefined);
    })();
    return this.closing;
  }

  /** A second send of a request in flight: the first one's result, or cancelled alone by its own signal. */
  private follow(running: Promise<SendResult>, input: SendInput): Promise<SendResult> {
    const shared = running.then((r): SendResult => ({ ...r, sharedWithInFlight: true }));
    const signal = input.signal;
    if (!signal) return shared;
    const started = performance.now();
    return new Promise<SendResult>((resolve) => {
      const onAbort = () => {
        const label = requestLabel(input.endpoint, input.params);
        resolve({
          outcome: 'cancelled',
          request: this.previewRequest(input),
          attempts: [],
          totalMs: performance.now() - started,
          message: `cancelled while waiting for the same request${label ? ` (${label})` : ''} already in flight`,
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

  private async run(input: SendInput, key: string | undefined): Promise<SendResult> {
    const run = new SendRun(input, performance.now(), this.clock);
    try {
      return this.finish(run, await this.attemptAll(run));
    } catch (err) {
      return this.internalFailure(input, err, run.started);
    } finally {
      if (key !== undefined) this.inFlight.delete(key);
    }
  }

  private async attemptAll(run: SendRun): Promise<Conclusion> {
    const hosts = this.check(run.input);
    if ('outcome' in hosts) return hosts;
    let onBackup = false;
    let waitMs = 0;
    for (let i = 0; ; i++) {
      if (waitMs > 0 && (await this.pause(waitMs, run.input.signal))) {
        return { outcome: 'cancelled', message: this.cancelledMessage(run.attempts.length, 'while waiting to retry') };
      }
      const step = await this.attempt(run, onBackup && hosts.backup ? hosts.backup : hosts.primary, waitMs, i, hosts.backup !== undefined);
      if ('done' in step) return step.done;
      if (step.otherHost && hosts.backup) onBackup = !onBackup;
      waitMs = step.waitMs;
    }
  }

  /** What can be refused before anything is sent; the parsed hosts otherwise. */
  private check(input: SendInput): Hosts | Conclusion {
    const refuse = (why: string): Conclusion => ({ outcome: 'refused', message: `the request was not sent: ${why}` });
    if (this.closed) return refuse('the client is closed');
    if (this.setupProblem !== undefined || !this.dispatcher) return refuse(this.setupProblem ?? 'no HTTP dispatcher');
    const signing = signingProblem(input);
    if (signing) return refuse(signing);
    const primary = this.target(input.hosts.primary);
    if (typeof primary === 'string') return refuse(primary);
    let backup: Host | undefined;
    if (input.hosts.backup !== undefined && input.hosts.backup !== input.hosts.primary) {
      const t = this.target(input.hosts.backup);
      if (typeof t === 'string') return refuse(`backup ${t}`);
      backup = { base: input.hosts.backup, target: t };
    }
    if (input.signal?.aborted) return { outcome: 'cancelled', message: 'cancelled before the request was sent' };
    return { primary: { base: input.hosts.primary, target: primary }, backup };
  }

  private target(base: string): Target | string {
    let target = this.targets.get(base);
    if (target === undefined) {
      if (this.targets.size >= 64) this.targets.clear();
      target = parseTarget(base, this.proxyConfig);
      this.targets.set(base, target);
    }
    return target;
  }

  /** Attempt number `i` (0 first) to `host`, freshly signed. */
  private async attempt(run: SendRun, host: Host, waitedMs: number, i: number, otherHosts: boolean): Promise<Step> {
    const { target } = host;
    const request = this.prepare(run.input, host.base);
    run.request = request;
    const startedAt = this.clock.now();
    const t0 = performance.now();
    const raw = await sendAttempt(target, request, {
      dispatcher: this.dispatcher as Dispatcher,
      timeoutMs: this.timeoutMs,
      maxResponseBytes: this.maxResponseBytes,
      pending: this.active,
      signal: run.input.signal,
    });
    const attempt: Mutable<Attempt> = { host: target.host, url: request.url, startedAt, ms: performance.now() - t0, waitedMs, nonce: request.signing.nonce, timestamp: request.signing.timestamp };
    const requestId = request.headers.find(([k]) => k === 'X-Request-ID')?.[1];
    if (requestId !== undefined) attempt.requestId = requestId;
    if (target.proxy !== undefined) attempt.proxy = target.proxy;
    run.attempts.push(attempt);
    switch (raw.kind) {
      case 'cancelled': {
        attempt.error = { kind: 'other', message: 'cancelled', requestSent: raw.requestSent };
        const when = raw.requestSent ? 'after the request was sent; the server may still act on it' : 'before an answer';
        return { done: { outcome: 'cancelled', message: this.cancelledMessage(run.attempts.length, when) } };
      }
      case 'error':
        return this.afterError(run, attempt, raw, { target, timeoutMs: this.timeoutMs, requestSent: raw.requestSent, status: raw.status, otherHosts }, i);
      case 'response':
        return this.afterResponse(run, attempt, raw, i);
      default: {
        const never: never = raw;
        throw new Error(`unknown attempt outcome ${String(never)}`);
      }
    }
  }

  private afterError(run: SendRun, attempt: Mutable<Attempt>, raw: Extract<RawOutcome, { kind: 'error' }>, context: FailureContext, i: number): Step {
    const f = describeFailure(raw.error, context);
    if (raw.status) attempt.status = raw.status;
    attempt.error = { kind: f.kind, message: f.message, requestSent: raw.requestSent };
    if (f.refused) {
      return { done: this.closed ? { outcome: 'cancelled', message: 'cancelled: the client was closed' } : { outcome: 'refused', message: f.message } };
    }
    if (f.ambiguous) run.ambiguous ??= attempt;
    const next = afterFailure(f, i, this.policy);
    return next.kind === 'retry' ? next : { done: { outcome: 'networkError', message: networkMessage(run.attempts) } };
  }

  private afterResponse(run: SendRun, attempt: Mutable<Attempt>, raw: RawResponse, i: number): Step {
    const reading = readResponse(raw, { secret: run.input.credentials.appSecret, maxResponseBytes: this.maxResponseBytes, catalogue: this.catalogue, locale: this.locale });
    attempt.status = raw.status;
    if (reading.code !== undefined) attempt.code = reading.code;
    const retryAfterMs = raw.status === 429 ? parseRetryAfter(reading.headers['retry-after'], this.clock.now()) : undefined;
    const next = afterAnswer({ status: raw.status, code: reading.code, retryAfterMs }, i, this.policy);
    switch (next.kind) {
      case 'retry':
        return next;
      case 'waitTooLong':
        return { done: retryAfterTooLong(run, raw.status, reading, next.waitMs, this.policy.retryAfterMaxMs) };
      case 'stop':
        return { done: conclude(run, raw.status, reading) };
      default: {
        const never: never = next;
        throw new Error(`unknown retry step ${String(never)}`);
      }
    }
  }

  /** Adds the request, attempts, label and time; removes the secret from anything a server echoed. */
  private finish(run: SendRun, c: Conclusion): SendResult {
    const result = c as Mutable<SendResult>;
    result.request = toSent(run.request ?? this.prepare(run.input, run.input.hosts.primary));
    result.attempts = run.attempts;
    result.totalMs = performance.now() - run.started;
    const label = requestLabel(run.input.endpoint, run.input.params);
    if (label !== undefined) result.label = label;
    return scrubSecret(result, run.input.credentials.appSecret);
  }

  /** Waits before a retry; true when cancelled meanwhile (the user's signal or close()). */
  private async pause(ms: number, signal: AbortSignal | undefined): Promise<boolean> {
    if (signal?.aborted || this.closed) return true;
    const stop = new AbortController();
    const pending: Cancellable = { cancel: () => stop.abort() };
    const onAbort = () => stop.abort();
    this.active.add(pending);
    signal?.addEventListener('abort', onAbort, { once: true });
    const stopped = new Promise<void>((resolve) => stop.signal.addEventListener('abort', () => resolve(), { once: true }));
    try {
      // An injected sleep may ignore the signal; the race keeps cancelling prompt anyway.
      await Promise.race([this.sleep(ms, stop.signal).catch(() => undefined), stopped]);
    } finally {
      this.active.delete(pending);
      signal?.removeEventListener('abort', onAbort);
      stop.abort(); // ends the default timer early and lets `stopped` settle
    }
    return Boolean(signal?.aborted) || this.closed;
  }

  private prepare(input: SendInput, base: string): PreparedRequest {
    if (input.callback) return buildCallbackRequest({ endpoint: input.endpoint, params: input.params, baseUrl: base, credentials: input.credentials, nonce: input.nonce, timestamp: input.timestamp, extraHeaders: input.extraHeaders, clock: this.clock, random: this.policy.random }, input.callback);
    return buildRequest({
      endpoint: input.endpoint,
      params: input.params,
      baseUrl: base,
      credentials: input.credentials,
      nonce: input.nonce,
      timestamp: input.timestamp,
      extraHeaders: input.extraHeaders,
      clock: this.clock,
      random: this.policy.random,
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

/**
 * A nonce or timestamp the user fixed (as input or as a header) that cannot be signed as given:
 * with whitespace around it the server trims the header, and the answer would be a puzzling 401.
 */
function signingProblem(input: SendInput): string | undefined {
  const header = (name: string) => input.extraHeaders?.find(([k]) => k.toLowerCase() === name)?.[1];
  const nonce = input.nonce ?? header('nonce');
  const timestamp = input.timestamp ?? header('timestamp');
  const nonceProblem = nonce === undefined ? undefined : checkNonce(nonce);
  const timestampProblem = timestamp === undefined ? undefined : checkTimestamp(timestamp);
  return nonceProblem && timestampProblem ? `${nonceProblem}; ${timestampProblem}` : (nonceProblem ?? timestampProblem);
}

function toSent(request: PreparedRequest): SentRequest {
  return { method: request.method, url: request.url, headers: request.headers, body: request.body };
}

function positive(value: number | undefined, fallback: number, allowZero = false): number {
  return value !== undefined && Number.isFinite(value) && (allowZero ? value >= 0 : value > 0) ? value : fallback;
}
