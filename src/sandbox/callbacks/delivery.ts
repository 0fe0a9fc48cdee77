/**
 * Sending a callback: signed as Rong signs (src/core/callbackSignature.ts, a fresh nonce and
 * signTimestamp per attempt), retried on a network error or a non-2xx answer, and every attempt kept
 * in a bounded in-memory log that the control lists (/_sandbox/callbacks/deliveries) and redelivers.
 *
 * Our choices (the live service's retry policy and timeout for routing and status were not found in
 * its docs): up to 4 attempts, the retries 0.5 s, 1 s and 2 s after the previous failure; 5 s for an
 * answer; the audit is sent once and waits its own timeout (the older msgcb page: one request).
 * The log holds the URL as configured (the signature query is not in it, `signed` says it was added),
 * never the App Secret. signTimestamp is the wall clock, not the sandbox clock (which tests may move
 * forward), so that a receiver's ±5 min window accepts it.
 */
import { performance } from 'node:perf_hooks';
import { signCallbackUrl } from '../../core/callbackSignature';
import type { RandomSource } from '../../core/signing';
import type { CallbackKind } from './config';

export const RETRY_DELAYS_MS: readonly number[] = [500, 1000, 2000];
export const DELIVERY_TIMEOUT_MS = 5000;
/** Attempts kept; the oldest go first. */
export const DELIVERY_LOG_MAX = 200;
export const DELIVERY_LIST_LIMIT = { default: 50, max: DELIVERY_LOG_MAX } as const;
/** How much of an answer is kept. */
export const ANSWER_KEEP_CHARS = 2048;

export interface CallbackRequest {
  readonly kind: CallbackKind;
  readonly app: string;
  /** As configured, without the signature. */
  readonly url: string;
  readonly contentType: 'application/x-www-form-urlencoded' | 'application/json';
  readonly body: string;
  /** What it is about, for a reader of the log (a messageUID, a userId). */
  readonly about?: string;
}

export interface DeliveryAttempt extends CallbackRequest {
  readonly id: number;
  /** 1 for the first try; a redelivery starts again at 1. */
  readonly attempt: number;
  /** The id of the delivery this one sends again, if it is a redelivery. */
  readonly redeliveryOf?: number;
  readonly time: string;
  readonly signed: true;
  /** The HTTP status; absent when there was no answer (`error` says why). */
  readonly status?: number;
  readonly error?: string;
  readonly latencyMs: number;
  /** The first ANSWER_KEEP_CHARS characters of the answer's body. */
  readonly answer: string;
  /** Whether another attempt follows (a retry is scheduled). */
  readonly willRetry: boolean;
}

export interface DeliveryOptions {
  readonly retryDelaysMs?: readonly number[];
  readonly random: RandomSource;
  readonly secretOf: (app: string) => string | undefined;
  readonly isStopping: () => boolean;
}

export class CallbackDeliveries {
  private readonly log: DeliveryAttempt[] = [];
  private nextId = 1;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly retryDelays: readonly number[];

  constructor(private readonly options: DeliveryOptions) {
    this.retryDelays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  }

  /** Sends with retries; resolves after the last attempt (callers need not wait). */
  async deliver(req: CallbackRequest, redeliveryOf?: number): Promise<DeliveryAttempt | undefined> {
    for (let attempt = 1; ; attempt++) {
      if (this.options.isStopping()) return undefined;
      const willRetry = (ok: boolean) => !ok && attempt <= this.retryDelays.length;
      const a = await this.attempt(req, attempt, DELIVERY_TIMEOUT_MS, redeliveryOf, willRetry);
      if (!a.willRetry) return a;
      await this.pause(this.retryDelays[attempt - 1]);
    }
  }

  /** One attempt only, waiting at most timeoutMs (the audit); the attempt as logged. */
  once(req: CallbackRequest, timeoutMs: number): Promise<DeliveryAttempt> {
    return this.attempt(req, 1, timeoutMs, undefined, () => false);
  }

  /** A logged delivery sent again, with a fresh signature (and its own retries), or undefined if the id is not in the log. */
  redeliver(id: number): { started: Promise<DeliveryAttempt | undefined> } | undefined {
    const old = this.log.find((a) => a.id === id);
    if (!old) return undefined;
    const req: CallbackRequest = { kind: old.kind, app: old.app, url: old.url, contentType: old.contentType, body: old.body, ...(old.about ? { about: old.about } : {}) };
    return { started: this.deliver(req, id) };
  }

  /** Newest first. */
  list(kind: CallbackKind | undefined, limit: number): { total: number; deliveries: DeliveryAttempt[] } {
    const matching = this.log.filter((a) => kind === undefined || a.kind === kind);
    return { total: matching.length, deliveries: matching.slice(-limit).reverse() };
  }

  stop(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(() => {
        this.timers.delete(t);
        resolve();
      }, ms);
      t.unref(); // a pending retry never keeps a process alive
      this.timers.add(t);
    });
  }

  private async attempt(req: CallbackRequest, attempt: number, timeoutMs: number, redeliveryOf: number | undefined, willRetry: (ok: boolean) => boolean): Promise<DeliveryAttempt> {
    const secret = this.options.secretOf(req.app) ?? '';
    const nonce = Buffer.from(this.options.random.bytes(8)).toString('hex');
    const signedUrl = signCallbackUrl(req.url, secret, nonce, Date.now());
    const started = performance.now();
    let status: number | undefined;
    let answer = '';
    let error: string | undefined;
    try {
      const res = await fetch(signedUrl, {
        method: 'POST',
        headers: { 'Content-Type': `${req.contentType}; charset=utf-8` },
        body: req.body,
        redirect: 'manual', // a receiver's redirect is its answer, not a hop to follow
        signal: AbortSignal.timeout(timeoutMs),
      });
      status = res.status;
      answer = (await res.text()).slice(0, ANSWER_KEEP_CHARS);
    } catch (err) {
      const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
      error = e.name === 'TimeoutError' || e.name === 'AbortError' ? `no answer within ${timeoutMs} ms` : (e.cause?.code ?? e.cause?.message ?? e.message ?? String(err));
    }
    const ok = status !== undefined && status >= 200 && status <= 299;
    const entry: DeliveryAttempt = {
      ...req, id: this.nextId++, attempt, ...(redeliveryOf !== undefined ? { redeliveryOf } : {}), time: new Date().toISOString(), signed: true,
      ...(status !== undefined ? { status } : {}), ...(error !== undefined ? { error } : {}), latencyMs: Math.round(performance.now() - started), answer, willRetry: willRetry(ok),
    };
    this.log.push(entry);
    if (this.log.length > DELIVERY_LOG_MAX) this.log.splice(0, this.log.length - DELIVERY_LOG_MAX);
    return entry;
  }
}
