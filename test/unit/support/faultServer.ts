/**
 * Real servers on 127.0.0.1 that misbehave on purpose, for the client's tests: every request is
 * recorded (headers and body) and answered by a behaviour chosen per request. Also a raw TCP server
 * (for resets before HTTP), a closed port (connection refused) and a tiny forwarding HTTP proxy.
 */
import { createHash } from 'node:crypto';
import { createServer, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createNetServer, connect as netConnect, type AddressInfo, type Server as NetServer, type Socket } from 'node:net';

export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export interface Exchange {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  /** The request body; '' when the behaviour asked not to read it. */
  readonly body: string;
  /** 0 for the first request this server received. */
  readonly index: number;
  readonly server: FaultServer;
}

/** Answers one request. `readBody: false` runs it as soon as the headers arrive. */
export interface Behaviour {
  (x: Exchange): void;
  readBody?: boolean;
}

export class FaultServer {
  readonly requests: RecordedRequest[] = [];
  /** Users "registered" by the registry behaviour, per test. */
  readonly users = new Set<string>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get requestCount(): number {
    return this.requests.length;
  }

  /** `behaviours[i]` answers request i; the last one answers every later request. */
  static async start(...behaviours: Behaviour[]): Promise<FaultServer> {
    if (behaviours.length === 0) throw new Error('at least one behaviour');
    const server = createServer();
    server.keepAliveTimeout = 5000;
    // Nobody knows the port before listen() resolves, so no request can come before the handlers.
    const fault = new FaultServer(server, await listen(server));
    server.on('request', (req: IncomingMessage, res: ServerResponse) => fault.answer(req, res, behaviours));
    server.on('connection', (s: Socket) => {
      fault.sockets.add(s);
      s.on('close', () => fault.sockets.delete(s));
    });
    return fault;
  }

  private answer(req: IncomingMessage, res: ServerResponse, behaviours: readonly Behaviour[]): void {
    const index = this.requests.length;
    const behaviour = behaviours[Math.min(index, behaviours.length - 1)];
    const record = (body: string) => this.requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
    if (behaviour.readBody === false) {
      record('');
      behaviour({ req, res, body: '', index, server: this });
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      record(body);
      behaviour({ req, res, body, index, server: this });
    });
  }

  /** A timer cleared by stop() (slow answers must not outlive the test). */
  later(ms: number, fn: () => void): void {
    const t = setTimeout(() => {
      this.timers.delete(t);
      fn();
    }, ms);
    this.timers.add(t);
  }

  async stop(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

function listen(server: Server | NetServer): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

// ── behaviours ────────────────────────────────────────────────────────────────────────────────

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Behaviour {
  const text = JSON.stringify(body);
  return ({ res }) => {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), ...headers });
    res.end(text);
  };
}

export function raw(status: number, body: string | Buffer, contentType: string, headers: Record<string, string> = {}): Behaviour {
  return ({ res }) => {
    res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(body), ...headers });
    res.end(body);
  };
}

/** The contract's success answer, echoing the userId of the request. */
export const tokenAnswer: Behaviour = (x) => {
  const userId = new URLSearchParams(x.body).get('userId') ?? '';
  json(200, { code: 200, userId, token: `token-for-${userId}-${x.index}` })(x);
};

/** A contract error body (HTTP 200 unless given). */
export function codeAnswer(code: number, status = 200): Behaviour {
  return json(status, { code, errorMessage: `error ${code}` });
}

/** Never answers (until the client gives up or the server stops). */
export const silent: Behaviour = () => undefined;

/** Answers after `ms` (on the server's own timers). */
export function delayed(ms: number, then: Behaviour): Behaviour {
  return (x) => x.server.later(ms, () => then(x));
}

/** Headers at once, then the body one byte every `intervalMs`. */
export function dribble(body: string, intervalMs: number): Behaviour {
  return (x) => {
    x.res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
    const bytes = Buffer.from(body);
    let i = 0;
    const next = () => {
      if (i >= bytes.length || x.res.destroyed) return;
      x.res.write(bytes.subarray(i, i + 1));
      i++;
      x.server.later(intervalMs, next);
    };
    next();
  };
}

/** Destroys the connection as soon as the request headers arrive, before reading the body. */
export const resetBeforeBody: Behaviour = Object.assign(((x: Exchange) => void x.req.socket.resetAndDestroy()) as Behaviour, {
  readBody: false,
});

/** Reads the request, registers its userId, then drops the connection without answering (ambiguous). */
export const registerThenReset: Behaviour = (x) => {
  const userId = new URLSearchParams(x.body).get('userId');
  if (userId) x.server.users.add(userId);
  x.req.socket.resetAndDestroy();
};

/** Like the contract: 1004 for a userId registered before, else a token. */
export const registry: Behaviour = (x) => {
  const userId = new URLSearchParams(x.body).get('userId') ?? '';
  if (x.server.users.has(userId)) return codeAnswer(1004)(x);
  x.server.users.add(userId);
  tokenAnswer(x);
};

// ── other servers ─────────────────────────────────────────────────────────────────────────────

/** A port nothing listens on: connecting is refused. */
export async function closedPort(): Promise<number> {
  const s = createNetServer();
  const port = await listen(s);
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

/** A TCP server that resets every connection at once, before any HTTP is read. */
export class ResetServer {
  connections = 0;
  private constructor(
    private readonly server: NetServer,
    readonly port: number,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  static async start(): Promise<ResetServer> {
    const server = createNetServer();
    const self = new ResetServer(server, await listen(server));
    server.on('connection', (socket: Socket) => {
      self.connections++;
      socket.resetAndDestroy();
    });
    return self;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/**
 * A forwarding HTTP proxy: absolute-form requests for http targets, and CONNECT tunnels. Records
 * what it is asked for, with the Proxy-Authorization header it received.
 */
export class TinyProxy {
  readonly seen: Array<{ readonly method: string; readonly url: string; readonly proxyAuthorization?: string }> = [];
  private readonly sockets = new Set<Socket>();
  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  static async start(): Promise<TinyProxy> {
    const server = createServer();
    const self = new TinyProxy(server, await listen(server));
    server.on('request', (req: IncomingMessage, res: ServerResponse) => self.forward(req, res));
    server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => self.tunnel(req, client, head));
    server.on('connection', (s: Socket) => {
      self.sockets.add(s);
      s.on('close', () => self.sockets.delete(s));
    });
    return self;
  }

  /** An absolute-form request for an http target. */
  private forward(req: IncomingMessage, res: ServerResponse): void {
    this.seen.push({ method: req.method ?? '', url: req.url ?? '', proxyAuthorization: req.headers['proxy-authorization'] });
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      res.writeHead(400).end('absolute-form requests only');
      return;
    }
    const headers = { ...req.headers };
    delete headers['proxy-authorization'];
    delete headers['proxy-connection'];
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, path: target.pathname + target.search, method: req.method, headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502).end('bad gateway');
      else res.destroy();
    });
    req.pipe(upstream);
  }

  /** CONNECT host:port, for https targets. */
  private tunnel(req: IncomingMessage, client: Socket, head: Buffer): void {
    this.seen.push({ method: 'CONNECT', url: req.url ?? '', proxyAuthorization: req.headers['proxy-authorization'] });
    const [host, port] = (req.url ?? '').split(':');
    const up = netConnect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      up.write(head);
      up.pipe(client);
      client.pipe(up);
    });
    up.on('error', () => client.destroy());
    client.on('error', () => up.destroy());
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** The contract's signature, computed independently of the code under test. */
export function sha1Signature(secret: string, nonce: string, timestamp: string): string {
  return createHash('sha1').update(`${secret}${nonce}${timestamp}`, 'utf8').digest('hex');
}

// ── client fixtures ───────────────────────────────────────────────────────────────────────────

/** A deterministic RandomSource (xorshift32): fresh-looking nonces, reproducible jitter. */
export function seededRandom(seed = 0x9e3779b9): { bytes(n: number): Uint8Array } {
  let x = seed >>> 0 || 1;
  return {
    bytes(n: number): Uint8Array {
      const out = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        x ^= x << 13;
        x >>>= 0;
        x ^= x >>> 17;
        x ^= x << 5;
        x >>>= 0;
        out[i] = x & 0xff;
      }
      return out;
    },
  };
}

/** A clock that moves 1 ms per reading, from a fixed start. */
export function steppingClock(start = 1_700_000_000_000): { now(): number } {
  let t = start;
  return { now: () => t++ };
}

/** A sleep that returns at once and remembers what it was asked to wait. */
export function recordingSleep(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}
