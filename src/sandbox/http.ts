/**
 * The sandbox's HTTP plumbing on node:http, with no knowledge of Rong: listening, the request's
 * context, reading a body up to a limit (HTTP 413 past it), writing a JSON answer, the log line,
 * and the timers a stop must clear. Routing, the API and the control live in server.ts and inspect.ts.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { Answer } from './answer';
import { clip } from './echo';

export interface RequestContext {
  readonly method: string;
  readonly path: string;
  readonly query: string;
  readonly started: number;
}

/** What the plumbing asks of its server: its log, whether it is stopping, and its last guard for a throw. */
export interface ExchangeOwner {
  readonly log: ((line: string) => void) | undefined;
  isStopping(): boolean;
  /** Answers a throw (HTTP 500), never ending the process. */
  fail(res: ServerResponse, ctx: RequestContext, err: unknown, req?: IncomingMessage): void;
}

export class HttpExchanges {
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(private readonly owner: ExchangeOwner) {}

  contextOf(req: IncomingMessage): RequestContext {
    const rawUrl = req.url ?? '/';
    const q = rawUrl.indexOf('?');
    return {
      method: req.method ?? '?',
      path: q < 0 ? rawUrl : rawUrl.slice(0, q),
      query: q < 0 ? '' : rawUrl.slice(q + 1),
      started: this.owner.log ? performance.now() : 0,
    };
  }

  logLine(ctx: RequestContext, outcome: string): void {
    this.owner.log?.(`${ctx.method} ${clip(ctx.path, 200)} ${outcome} ${Math.round(performance.now() - ctx.started)}ms`);
  }

  /** Runs `step` after `ms`, unless the server stops first. */
  later(ms: number, step: () => void): NodeJS.Timeout {
    const t = setTimeout(() => {
      this.timers.delete(t);
      step();
    }, ms);
    this.timers.add(t);
    return t;
  }

  /** Clears every pending timer (on stop). */
  clearTimers(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  /** Answers once `answer` settles; a rejection, or a throw while answering, is a 500 (never an unhandled rejection). */
  sendLater(res: ServerResponse, ctx: RequestContext, answer: Promise<Answer>, req: IncomingMessage): void {
    answer.then((a) => this.send(res, ctx, a, req)).catch((err: unknown) => this.owner.fail(res, ctx, err, req));
  }

  /** Runs `step`; a throw is answered 500. */
  guarded(res: ServerResponse, ctx: RequestContext, step: () => void): void {
    try {
      step();
    } catch (err) {
      this.owner.fail(res, ctx, err);
    }
  }

  /** Reads the whole body up to `limit` bytes (then 413), and calls `done` with it. */
  readBody(req: IncomingMessage, res: ServerResponse, ctx: RequestContext, limit: number, done: (body: Buffer) => void): void {
    const declared = req.headers['content-length'];
    if (declared !== undefined && Number(declared) > limit) return this.tooLarge(req, res, ctx, limit);
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > limit) {
        refused = true;
        chunks.length = 0;
        this.tooLarge(req, res, ctx, limit);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (refused || this.owner.isStopping()) return;
      this.guarded(res, ctx, () => done(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size)));
    });
    req.on('error', () => undefined); // a client that goes away mid-body: nothing to answer
  }

  /** Refuses an oversized body without reading the rest of it, then closes the connection. */
  private tooLarge(req: IncomingMessage, res: ServerResponse, ctx: RequestContext, limit: number): void {
    req.pause();
    this.send(res, ctx, {
      status: 413,
      body: { code: 413, errorMessage: `Request body is larger than ${limit} bytes` },
      headers: { Connection: 'close' },
    });
    // Give the client a moment to read the answer before the socket goes (unread data makes it a reset).
    const t = this.later(200, () => req.socket.destroy());
    res.on('close', () => {
      clearTimeout(t);
      this.timers.delete(t);
    });
  }

  send(res: ServerResponse, ctx: RequestContext, answer: Answer, req?: IncomingMessage): void {
    if (res.headersSent || res.destroyed) return;
    if (answer.status === 304) {
      res.writeHead(304, { ...answer.headers });
      res.end();
      return this.logLine(ctx, '304');
    }
    let json: string;
    try {
      json = JSON.stringify(answer.body);
    } catch (err) {
      // An answer too large for one string (RangeError) is this request's failure, not the process's.
      return this.owner.fail(res, ctx, err, req);
    }
    const headers: Record<string, string | number> = {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(json),
      ...answer.headers,
    };
    const requestId = req?.headers['x-request-id'];
    if (typeof requestId === 'string' && /^[\x21-\x7e]{1,36}$/.test(requestId)) headers['X-Request-ID'] = requestId;
    res.writeHead(answer.status, headers);
    res.end(json);
    if (this.owner.log) this.logLine(ctx, `${answer.status} code=${String(answer.body.code ?? '-')}`);
  }
}

export function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => {
      reject(new Error(
        err.code === 'EADDRINUSE'
          ? `port ${port} on ${host} is in use; choose another (0 picks a free one)`
          : `cannot listen on ${host}:${port}: ${err.message}`,
      ));
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}
