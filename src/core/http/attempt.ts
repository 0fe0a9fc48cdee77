/**
 * One attempt over undici: dispatches a prepared request to a target and collects the answer, the
 * body kept up to a byte cap. Every ending is a RawOutcome; nothing here throws or rejects.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { Dispatcher } from 'undici';
import type { PreparedRequest } from '../request';
import type { Target } from './target';

export type RawOutcome =
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

/** Something close() can cancel: a pending attempt or a wait before a retry. */
export interface Cancellable {
  cancel(): void;
}

export type RawResponse = Extract<RawOutcome, { kind: 'response' }>;

export interface AttemptOptions {
  readonly dispatcher: Dispatcher;
  /** Waiting for response headers, and between body chunks. */
  readonly timeoutMs: number;
  /** Body bytes kept at most; past it reading stops and the connection is dropped. */
  readonly maxResponseBytes: number;
  /** Where the attempt is registered while pending, for close(). */
  readonly pending: Set<Cancellable>;
  readonly signal: AbortSignal | undefined;
}

/** Sends `request` to `target` once. */
export function sendAttempt(target: Target, request: PreparedRequest, options: AttemptOptions): Promise<RawOutcome> {
  const handler = new AttemptHandler(options.maxResponseBytes, options.pending, options.signal);
  try {
    options.dispatcher.dispatch(
      {
        origin: target.origin,
        path: target.basePath + request.path + request.query,
        method: request.method,
        headers: flatHeaders(request.headers),
        body: request.body,
        headersTimeout: options.timeoutMs,
        bodyTimeout: options.timeoutMs,
      },
      handler,
    );
  } catch (err) {
    handler.fail(err);
  }
  return handler.outcome;
}

/** Collects a Dispatcher's answer for one attempt; the body is kept up to `cap` bytes. */
class AttemptHandler implements Dispatcher.DispatchHandler, Cancellable {
  readonly outcome: Promise<RawOutcome>;
  private resolve!: (outcome: RawOutcome) => void;
  private controller: Dispatcher.DispatchController | undefined;
  private requestSent = false;
  private status = 0;
  private headers: IncomingHttpHeaders = {};
  private readonly chunks: Buffer[] = [];
  private received = 0;
  private settled = false;
  private readonly onAbort = () => this.cancel();

  constructor(
    private readonly cap: number,
    private readonly active: Set<Cancellable>,
    private readonly signal: AbortSignal | undefined,
  ) {
    this.outcome = new Promise<RawOutcome>((resolve) => {
      this.resolve = resolve;
    });
    active.add(this);
    signal?.addEventListener('abort', this.onAbort);
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
    this.active.delete(this);
    this.signal?.removeEventListener('abort', this.onAbort);
    this.resolve(outcome);
  }
}

/** [name, value, name, value …], as undici takes repeated names (Array.prototype.flat costs ~6 µs a send). */
function flatHeaders(headers: ReadonlyArray<readonly [string, string]>): string[] {
  const flat: string[] = [];
  for (const [name, value] of headers) flat.push(name, value);
  return flat;
}
