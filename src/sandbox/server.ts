/**
 * The local sandbox: a Rong-compatible server on node:http that honours the contract
 * (shared/spec/register-user.zh.md) for people without an account and for every test. Importing this
 * module has no side effects; `SandboxServer.start()` listens, `stop()` closes every socket and flushes
 * the state file. The command line (cli.ts) is a thin wrapper around it.
 *
 * What a request meets, in order:
 * 1. Path: only the contract's endpoints (`POST /user/getToken.json`); another path → HTTP 404,
 *    another method → HTTP 405 with `Allow: POST`. The query string is ignored.
 * 2. Body: at most MAX_REQUEST_BODY_BYTES (100 KB); more → HTTP 413 at once (a larger Content-Length is
 *    refused before reading; otherwise reading stops at the limit and the connection is closed).
 * 3. App Key (`App-Key` or `RC-App-Key`): unknown or absent → HTTP 401, `{"code":1002,…}`.
 * 4. Signing (`Nonce`/`Timestamp`/`Signature`, or the same with `RC-`): any absent, a nonce that is
 *    not 1–18 decimal digits, a timestamp that is not 1–16 digits, a timestamp outside the optional
 *    clock skew, or a signature other than lowercase hex SHA-1(secret + nonce + timestamp) → HTTP 401,
 *    `{"code":401,"errorMessage":…}`. A signature mismatch shows the signing string with the secret
 *    masked (`signingString`: "••••••" + nonce + timestamp); never the secret nor the expected signature.
 *    Timestamps below 10^11 are read as seconds, others as milliseconds (both are accepted).
 * 5. Body format: Content-Type application/x-www-form-urlencoded (charset, when given, UTF-8), valid
 *    UTF-8, valid percent-encoding; otherwise HTTP 400, code 1003.
 * 6. Parameters: the core's validateParams (missing, unknown or duplicated parameter → 1003; userId →
 *    1005, name → 1006, portraitUri → 1007), HTTP 400. The first finding is answered.
 * 7. Registration, per app: a userId whose token is still valid → HTTP 400, code 1004; otherwise
 *    HTTP 200 `{"code":200,"userId":…,"token":…}` with a fresh opaque token (32 random bytes,
 *    base64url, 43 characters) valid TOKEN_VALIDITY_MS (30 days). A userId whose token has expired may
 *    register again (contract, 注意事项 2: "过期后需要重新获取"). Check-and-register runs without an
 *    await in between, so of concurrent registrations of one userId exactly one succeeds.
 * Error bodies are `{"code":N,"errorMessage":"<中文> (<English>): <detail>"}` like the real service.
 *
 * State file (optional, `statePath`): see state.ts. The response does not wait for the file, so a
 * crash may lose the last registrations, but the file is always a whole, parseable snapshot.
 *
 * Logging: one line per request through `log(line)`: method, path, HTTP status, body code, ms, e.g.
 * `POST /user/getToken.json 200 code=200 2ms`. Never a secret, a signature or a token.
 *
 * Fault injection (tests, and the CLI's --fault-* flags): `injectFaults({...})` replaces the given
 * fields; `clearFaults()` removes all. Counted faults are used up by the next requests, in this order:
 *   reset: N   — the next N requests: the socket is destroyed without an answer (CLI --fault-reset N)
 *   hang: N    — the next N requests are never answered, until the client gives up or stop()
 *   delayMs    — every request waits this long before it is handled (CLI --fault-delay MS)
 *   status     — { code, count, body?, contentType? }: the next `count` requests are answered with HTTP
 *                `code` and `body` (default a JSON error body) (CLI --fault-5xx N: HTTP 503, N times)
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import {
  FORM_CONTENT_TYPE,
  SUCCESS_CODE,
  TOKEN_VALIDITY_MS,
  USER_EXISTS_CODE,
  PARAMETER_ERROR_CODE,
  ENDPOINTS,
  findEndpoint,
  type EndpointSpec,
} from '../core/contract';
import { CONTRACT_CATALOGUE } from '../core/contract/errorCatalogue';
import { validateParams } from '../core/validation';
import { decodeForm } from '../core/form';
import {
  checkNonce,
  checkTimestamp,
  computeSignature,
  cryptoRandom,
  systemClock,
  type Clock,
  type RandomSource,
} from '../core/signing';
import { maskedSigningString } from '../core/secrets';
import { StateWriter, loadState, removeStaleTempFiles, serializeState, type Registrations, type UserRecord } from './state';

export interface SandboxApp {
  readonly appKey: string;
  readonly appSecret: string;
}

export interface SandboxOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default: one generated demo app (generateDemoApp). */
  apps?: SandboxApp[];
  /** A JSON file that keeps registrations across restarts (see state.ts). */
  statePath?: string;
  /** When set, a timestamp further than this from the sandbox clock is refused (HTTP 401). Off by default. */
  maxSkewSeconds?: number;
  clock?: Clock;
  random?: RandomSource;
  /** One line per request; default: nothing. */
  log?: (line: string) => void;
}

export interface SandboxStatusFault {
  /** HTTP status to answer with, e.g. 503. */
  code: number;
  /** How many of the next requests get it. */
  count: number;
  /** Body as sent; default `{"code":<code>,"errorMessage":"…"}`. */
  body?: string;
  /** Default application/json when no body is given, text/plain otherwise. */
  contentType?: string;
}

export interface SandboxFaults {
  /** Every request waits this long before it is handled (until clearFaults). */
  delayMs?: number;
  /** The next N requests: the socket is destroyed without an answer. */
  reset?: number;
  /** The next N requests are never answered (until the client aborts or stop()). */
  hang?: number;
  /** The next `count` requests are answered with HTTP `code`. */
  status?: SandboxStatusFault;
}

/** Requests with a larger body are refused with HTTP 413. */
export const MAX_REQUEST_BODY_BYTES = 100 * 1024;

/** The HTTP status that comes with each body code of the contract. */
export const HTTP_STATUS_BY_CODE: Readonly<Record<number, number>> = {
  200: 200,
  1002: 401,
  1003: 400,
  1004: 400,
  1005: 400,
  1006: 400,
  1007: 400,
};

/** Body code of a signing failure (the contract's catalogue has none; the HTTP status says it). */
export const SIGNATURE_ERROR_CODE = 401;

/** Timestamps below this are read as seconds since the epoch (10^11 ms is 1973; 10^11 s is year 5138). */
const SECONDS_BELOW = 1e11;
const TOKEN_BYTES = 32;
const TOKENS_PER_DRAW = 64;

/** A demo app with a random key ("sandbox-" + 6 hex digits) and secret (32 hex digits). */
export function generateDemoApp(random: RandomSource = cryptoRandom): SandboxApp {
  const hex = (n: number) => Buffer.from(random.bytes(n)).toString('hex');
  return { appKey: `sandbox-${hex(3)}`, appSecret: hex(16) };
}

interface Answer {
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly headers?: Record<string, string>;
}

export class SandboxServer {
  readonly url: string;
  readonly apps: readonly SandboxApp[];
  private readonly secrets: ReadonlyMap<string, string>;
  private readonly registrations: Registrations;
  private readonly writer: StateWriter | undefined;
  private readonly clock: Clock;
  private readonly random: RandomSource;
  private readonly log: ((line: string) => void) | undefined;
  private readonly maxSkewMs: number | undefined;
  private faults: SandboxFaults = {};
  private readonly timers = new Set<NodeJS.Timeout>();
  private count = 0;
  private tokenPool = Buffer.alloc(0);
  private tokenOffset = 0;
  private stopping: Promise<void> | undefined;

  private constructor(
    private readonly server: Server,
    url: string,
    apps: readonly SandboxApp[],
    registrations: Registrations,
    options: SandboxOptions,
  ) {
    this.url = url;
    this.apps = Object.freeze(apps.map((a) => Object.freeze({ appKey: a.appKey, appSecret: a.appSecret })));
    this.secrets = new Map(apps.map((a) => [a.appKey, a.appSecret]));
    this.registrations = registrations;
    for (const a of apps) if (!registrations.has(a.appKey)) registrations.set(a.appKey, new Map());
    this.clock = options.clock ?? systemClock;
    this.random = options.random ?? cryptoRandom;
    this.log = options.log;
    this.maxSkewMs = options.maxSkewSeconds === undefined ? undefined : options.maxSkewSeconds * 1000;
    this.writer = options.statePath
      ? new StateWriter(options.statePath, () => serializeState(this.registrations), (line) => this.log?.(line))
      : undefined;
  }

  /** Validates the options, reads the state file (throws on a corrupt one), and listens. */
  static async start(options: SandboxOptions = {}): Promise<SandboxServer> {
    const host = options.host ?? '127.0.0.1';
    const port = options.port ?? 0;
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`port must be an integer 0–65535, not ${port}`);
    if (options.maxSkewSeconds !== undefined && !(Number.isFinite(options.maxSkewSeconds) && options.maxSkewSeconds >= 0)) {
      throw new Error(`maxSkewSeconds must be a number of seconds ≥ 0, not ${options.maxSkewSeconds}`);
    }
    const apps = options.apps && options.apps.length > 0 ? options.apps : [generateDemoApp(options.random)];
    const seen = new Set<string>();
    for (const a of apps) {
      if (typeof a.appKey !== 'string' || a.appKey.length === 0) throw new Error('every sandbox app needs a non-empty appKey');
      if (typeof a.appSecret !== 'string' || a.appSecret.length === 0) throw new Error(`app "${a.appKey}" needs a non-empty appSecret`);
      if (seen.has(a.appKey)) throw new Error(`app "${a.appKey}" is given twice`);
      seen.add(a.appKey);
    }
    let registrations: Registrations = new Map();
    if (options.statePath) {
      registrations = await loadState(options.statePath);
      await removeStaleTempFiles(options.statePath);
    }

    // The instance needs the port, which is known only after listening; requests cannot come before.
    const ready: { sandbox?: SandboxServer } = {};
    const server = createServer((req, res) => ready.sandbox?.handle(req, res));
    server.keepAliveTimeout = 5000;
    await new Promise<void>((resolve, reject) => {
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
    const address = server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    const urlHost = host.includes(':') ? `[${host}]` : host;
    ready.sandbox = new SandboxServer(server, `http://${urlHost}:${actualPort}`, apps, registrations, options);
    return ready.sandbox;
  }

  /** Requests received so far (faulted ones included). */
  get requestCount(): number {
    return this.count;
  }

  injectFaults(faults: SandboxFaults): void {
    const next: SandboxFaults = { ...this.faults };
    if (faults.delayMs !== undefined) next.delayMs = nonNegative('delayMs', faults.delayMs);
    if (faults.reset !== undefined) next.reset = nonNegative('reset', faults.reset);
    if (faults.hang !== undefined) next.hang = nonNegative('hang', faults.hang);
    if (faults.status !== undefined) {
      const s = faults.status;
      if (!Number.isInteger(s.code) || s.code < 200 || s.code > 599) throw new Error(`status.code must be an HTTP status 200–599, not ${s.code}`);
      next.status = { ...s, count: nonNegative('status.count', s.count) };
    }
    this.faults = next;
  }

  clearFaults(): void {
    this.faults = {};
  }

  /** The userIds registered for an app, in registration order ([] for an unknown app). */
  registeredUserIds(appKey: string): string[] {
    return [...(this.registrations.get(appKey)?.keys() ?? [])];
  }

  /** Closes the listener and every socket (hanging requests included), then flushes the state file. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      for (const t of this.timers) clearTimeout(t);
      this.timers.clear();
      const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
      this.server.closeAllConnections();
      await closed;
      await this.writer?.flush();
    })();
    return this.stopping;
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    this.count++;
    const rawUrl = req.url ?? '/';
    const q = rawUrl.indexOf('?');
    const ctx: RequestContext = {
      method: req.method ?? '?',
      path: q < 0 ? rawUrl : rawUrl.slice(0, q),
      started: this.log ? performance.now() : 0,
    };
    const f = this.faults;
    if (f.reset) {
      f.reset--;
      this.logLine(ctx, 'reset (fault)');
      req.socket.destroy();
      return;
    }
    if (f.hang) {
      f.hang--;
      this.logLine(ctx, 'hang (fault)');
      return;
    }
    const go = () => this.route(req, res, ctx);
    if (f.delayMs) {
      const t = setTimeout(() => {
        this.timers.delete(t);
        go();
      }, f.delayMs);
      this.timers.add(t);
    } else go();
  }

  private logLine(ctx: RequestContext, outcome: string): void {
    this.log?.(`${ctx.method} ${printable(ctx.path)} ${outcome} ${Math.round(performance.now() - ctx.started)}ms`);
  }

  private route(req: IncomingMessage, res: ServerResponse, ctx: RequestContext): void {
    if (this.stopping) return;
    const status = this.faults.status;
    if (status && status.count > 0) {
      status.count--;
      const body = status.body ?? JSON.stringify({ code: status.code, errorMessage: `Sandbox fault injection: HTTP ${status.code}` });
      const type = status.contentType ?? (status.body === undefined ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8');
      res.writeHead(status.code, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
      res.end(body);
      this.logLine(ctx, `${status.code} code=- (fault)`);
      return;
    }
    const endpoint = findEndpoint(ctx.path);
    if (!endpoint) {
      return this.send(res, ctx, {
        status: 404,
        body: { code: 404, errorMessage: `Not found: the sandbox serves POST ${knownPaths()}` },
      });
    }
    if (ctx.method !== endpoint.method) {
      return this.send(res, ctx, {
        status: 405,
        body: { code: 405, errorMessage: `Method ${printable(ctx.method)} is not allowed on ${endpoint.path}; use ${endpoint.method}` },
        headers: { Allow: endpoint.method },
      });
    }
    const declared = req.headers['content-length'];
    if (declared !== undefined && Number(declared) > MAX_REQUEST_BODY_BYTES) {
      return this.tooLarge(req, res, ctx);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > MAX_REQUEST_BODY_BYTES) {
        refused = true;
        chunks.length = 0;
        this.tooLarge(req, res, ctx);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (refused || this.stopping) return;
      const body = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size);
      this.send(res, ctx, this.answer(endpoint, req, body), req);
    });
    req.on('error', () => undefined); // a client that goes away mid-body: nothing to answer
  }

  /** Refuses an oversized body without reading the rest of it, then closes the connection. */
  private tooLarge(req: IncomingMessage, res: ServerResponse, ctx: RequestContext): void {
    req.pause();
    this.send(res, ctx, {
      status: 413,
      body: { code: 413, errorMessage: `Request body is larger than ${MAX_REQUEST_BODY_BYTES} bytes` },
      headers: { Connection: 'close' },
    });
    // Give the client a moment to read the answer before the socket goes (unread data makes it a reset).
    const t = setTimeout(() => {
      this.timers.delete(t);
      req.socket.destroy();
    }, 200);
    this.timers.add(t);
    res.on('close', () => {
      clearTimeout(t);
      this.timers.delete(t);
    });
  }

  private answer(endpoint: EndpointSpec, req: IncomingMessage, body: Buffer): Answer {
    const appKey = signingHeader(req, 'app-key', 'rc-app-key');
    const secret = appKey === undefined ? undefined : this.secrets.get(appKey);
    if (appKey === undefined || secret === undefined) {
      return contractError(1002, appKey === undefined ? 'the App-Key header is missing' : `no app has the App Key "${clip(appKey)}"`);
    }

    const nonce = signingHeader(req, 'nonce', 'rc-nonce');
    const timestamp = signingHeader(req, 'timestamp', 'rc-timestamp');
    const signature = signingHeader(req, 'signature', 'rc-signature');
    const missing = [nonce === undefined && 'Nonce', timestamp === undefined && 'Timestamp', signature === undefined && 'Signature'].filter(Boolean);
    if (nonce === undefined || timestamp === undefined || signature === undefined) {
      return signingError(`signature does not match: the ${missing.join(', ')} header${missing.length > 1 ? 's are' : ' is'} missing`);
    }
    const nonceProblem = checkNonce(nonce);
    if (nonceProblem) return signingError(nonceProblem);
    const timestampProblem = checkTimestamp(timestamp);
    if (timestampProblem) return signingError(timestampProblem);
    if (this.maxSkewMs !== undefined) {
      const t = Number(timestamp);
      const ms = t < SECONDS_BELOW ? t * 1000 : t;
      const skew = Math.abs(this.clock.now() - ms);
      if (skew > this.maxSkewMs) {
        return signingError(
          `Timestamp ${timestamp} is ${Math.round(skew / 1000)} s away from the sandbox clock; the allowed skew is ${this.maxSkewMs / 1000} s`,
        );
      }
    }
    if (!signatureMatches(signature, computeSignature(secret, nonce, timestamp))) {
      const signingString = maskedSigningString(nonce, timestamp);
      return signingError(
        `signature does not match: expected lowercase hex SHA-1 of the App Secret + Nonce + Timestamp, "${signingString}"`,
        { signingString },
      );
    }

    const formProblem = checkContentType(req.headers['content-type']);
    if (formProblem) return contractError(PARAMETER_ERROR_CODE, formProblem);
    let text: string;
    try {
      text = utf8.decode(body);
    } catch {
      return contractError(PARAMETER_ERROR_CODE, 'the body is not valid UTF-8');
    }
    const form = decodeForm(text);
    if (form.errors.length > 0) {
      return contractError(PARAMETER_ERROR_CODE, `bad percent-encoding at character ${form.errors[0].index}: "${clip(form.errors[0].text)}"`);
    }
    const findings = validateParams(endpoint, form.params);
    if (findings.length > 0) {
      const f = findings[0];
      return contractError(f.code, f.message.replace(/^\d+ · /, ''));
    }

    return this.register(appKey, form.params);
  }

  private register(appKey: string, params: ReadonlyArray<readonly [string, string]>): Answer {
    const userId = param(params, 'userId') ?? '';
    let users = this.registrations.get(appKey);
    if (!users) {
      users = new Map();
      this.registrations.set(appKey, users);
    }
    const now = this.clock.now();
    const existing = users.get(userId);
    if (existing && existing.expiresAt > now) {
      return contractError(USER_EXISTS_CODE, `userId "${clip(userId)}" is registered in this app already`);
    }
    const portraitUri = param(params, 'portraitUri');
    const record: UserRecord = {
      token: this.newToken(),
      name: param(params, 'name') ?? '',
      ...(portraitUri !== undefined ? { portraitUri } : {}),
      issuedAt: now,
      expiresAt: now + TOKEN_VALIDITY_MS,
    };
    if (existing) users.delete(userId); // a renewal moves to the end: the file stays in registration order
    users.set(userId, record);
    this.writer?.changed();
    return { status: 200, body: { code: SUCCESS_CODE, userId, token: record.token } };
  }

  /** 32 random bytes, base64url; drawn from a pool because one random call per request is costly. */
  private newToken(): string {
    if (this.tokenOffset + TOKEN_BYTES > this.tokenPool.length) {
      const size = TOKEN_BYTES * TOKENS_PER_DRAW;
      this.tokenPool = Buffer.from(this.random.bytes(size));
      if (this.tokenPool.length < size) throw new Error(`the random source gave ${this.tokenPool.length} bytes, not ${size}`);
      this.tokenOffset = 0;
    }
    const token = this.tokenPool.toString('base64url', this.tokenOffset, this.tokenOffset + TOKEN_BYTES);
    this.tokenOffset += TOKEN_BYTES;
    return token;
  }

  private send(res: ServerResponse, ctx: RequestContext, answer: Answer, req?: IncomingMessage): void {
    if (res.headersSent || res.destroyed) return;
    const json = JSON.stringify(answer.body);
    const headers: Record<string, string | number> = {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(json),
      ...answer.headers,
    };
    const requestId = req?.headers['x-request-id'];
    if (typeof requestId === 'string' && /^[\x21-\x7e]{1,36}$/.test(requestId)) headers['X-Request-ID'] = requestId;
    res.writeHead(answer.status, headers);
    res.end(json);
    if (this.log) this.logLine(ctx, `${answer.status} code=${String(answer.body.code)}`);
  }
}

interface RequestContext {
  readonly method: string;
  readonly path: string;
  readonly started: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function contractError(code: number, detail: string): Answer {
  const meaning = CONTRACT_CATALOGUE.get(code);
  const errorMessage = meaning ? `${meaning.zh} (${meaning.en}): ${detail}` : detail;
  return { status: HTTP_STATUS_BY_CODE[code] ?? 400, body: { code, errorMessage } };
}

function signingError(detail: string, extra: Record<string, string> = {}): Answer {
  return { status: 401, body: { code: SIGNATURE_ERROR_CODE, errorMessage: `签名错误 (Signature error): ${detail}`, ...extra } };
}

/** The plain header, else the RC- one (for hosts that strip custom headers). */
function signingHeader(req: IncomingMessage, plain: string, prefixed: string): string | undefined {
  const v = req.headers[plain] ?? req.headers[prefixed];
  return Array.isArray(v) ? v.join(', ') : v;
}

/** validateParams has made sure that each parameter appears at most once. */
function param(params: ReadonlyArray<readonly [string, string]>, name: string): string | undefined {
  for (const [k, v] of params) if (k === name) return v;
  return undefined;
}

/** Compares in time independent of where the strings differ (the expected one is always 40 hex digits). */
function signatureMatches(given: string, expected: string): boolean {
  if (given.length !== expected.length) return false;
  let diff = 0;
  for (let i = 0; i < expected.length; i++) diff |= given.charCodeAt(i) ^ expected.charCodeAt(i);
  return diff === 0;
}

function checkContentType(value: string | undefined): string | undefined {
  if (value === FORM_CONTENT_TYPE) return undefined;
  const expected = `Content-Type must be ${FORM_CONTENT_TYPE} (UTF-8)`;
  if (value === undefined) return `${expected}; it is missing`;
  const [type, ...params] = value.split(';').map((s) => s.trim().toLowerCase());
  if (type !== FORM_CONTENT_TYPE) return `${expected}, not "${clip(value)}"`;
  for (const p of params) {
    const [k, v = ''] = p.split('=').map((s) => s.trim().replace(/^"|"$/g, ''));
    if (k === 'charset' && v !== 'utf-8' && v !== 'utf8') return `${expected}, not charset ${clip(v)}`;
  }
  return undefined;
}

function knownPaths(): string {
  return ENDPOINTS.map((e) => e.path).join(', ');
}

function nonNegative(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be an integer ≥ 0, not ${value}`);
  return value;
}

/** For messages and logs: no control characters, at most 80 characters. */
function clip(s: string): string {
  const clean = printable(s);
  return clean.length > 80 ? `${clean.slice(0, 80)}…` : clean;
}

function printable(s: string): string {
  const clean = s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?');
  return clean.length > 200 ? `${clean.slice(0, 200)}…` : clean;
}
