/**
 * The local sandbox: a Rong-compatible server on node:http that honours every endpoint of the
 * contract data (src/core/contract) for people without an account and for every test, a backend's
 * included. Importing this module has no side effects; `SandboxServer.start()` listens, `stop()`
 * closes every socket and closes the persistence. The command line (cli.ts) is a thin wrapper.
 *
 * The parts: this file routes (API, control, 404/405) and holds the last 500 guard; http.ts the HTTP
 * plumbing (listening, bodies up to a limit and 413, JSON answers, timers); faults.ts the injected faults;
 * auth.ts the App Key and signature; form.ts the body and the contract's rules; handlers/ one
 * handler per endpoint (the register is handlers/index.ts); model/ the one model of the app's state,
 * changed by records; inspect.ts the sandbox's own control under /_sandbox/; clock.ts the clock.
 *
 * What a Rong request meets, in order:
 * 1. Path: an endpoint of the contract data; another path → HTTP 404, another method → HTTP 405 with
 *    `Allow: POST`. The query string is ignored.
 * 2. Body: at most MAX_REQUEST_BODY_BYTES; more → HTTP 413 at once (a larger Content-Length is
 *    refused before reading; otherwise reading stops at the limit and the connection is closed).
 * 3. App Key and signing (auth.ts): HTTP 401; the body depends on the behaviour (answer.ts).
 * 4. Body format and parameters (form.ts): HTTP 400 with the contract's code of the first finding.
 * 5. The endpoint's handler: a business error, or a success whose records are applied to the model
 *    at once (no await between check and change) and answered once the persistence has kept them.
 *
 * Logging: one line per request through `log(line)`: method, path, HTTP status, body code, ms, e.g.
 * `POST /user/getToken.json 200 code=200 2ms`. Never a secret, a signature or a token.
 *
 * Fault injection (tests, and the CLI's --fault-* flags): faults.ts. Between 1 and 2, a matching
 * /_sandbox/faults rule (faults.ts FaultRules) may delay or answer instead; after 2, `--rate-limits
 * live` (rateLimits.ts) may answer 1008/HTTP 429. Every request that reached an endpoint's path is
 * kept in the request journal (requestJournal.ts), masked. Every answer carries X-Rong-Sandbox (version.ts).
 * Callbacks (callbacks/): after 5, once durable, kept messages are routed to the app's URL (a client's
 * always, the API's with its switch on); a client's send asks the audit URL first; a connect or leave posts status.
 *
 * Before any of that, requestGuard.ts: a Host that is not the sandbox's own address is HTTP 421 (API
 * and control); under /_sandbox/ a request with an Origin is 403 and a POST that is not
 * application/json 415. No answer carries a CORS header.
 *
 * Nothing a request does ends the process: an exception in a handler, the control or answering
 * (sync or async) is HTTP 500 with a message (`{code:1000,…}` on the API, `{error}` on the control)
 * and a log line; the next request is answered as usual.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ENDPOINTS, MESSAGE_CONTENT_MAX_BYTES, type EndpointSpec } from '../core/contract';
import { endpointsAtPath, matchEndpoint, normalizePath, type Pairs } from '../core/wire';
import { cryptoRandom, type Clock, type RandomSource } from '../core/signing';
import { contractError, ok, type Answer } from './answer';
import { authenticate, type SigningPolicy } from './auth';
import { SandboxClock } from './clock';
import { clientOutcome, type ClientAction, type ClientOutcome } from './clients';
import { SandboxCallbacks, checkCallbackOptions, type CallbackConfig, type CallbackOptions } from './callbacks';
import { auditThenSend } from './callbacks/audit';
import { clip } from './echo';
import { readParams, type RequestSource } from './form';
import { BEHAVIOURS, handlerFor, type Behaviour, type HandlerContext } from './handlers';
import { FaultPlan, FaultRules, faultAnswerOf, type FaultRule, type FaultHit, type SandboxFaults } from './faults';
import { HttpExchanges, listen, type RequestContext } from './http';
import { IdSource } from './ids';
import { INSPECT_PREFIX, MAX_INSPECT_BODY_BYTES, inspectAnswer, type SandboxControl, type TokenVerdict } from './inspect';
import { DurabilityGate, SandboxModel, dropNotice, journalPersistence, type SandboxRecord, type StatePersistence } from './model';
import { SANDBOX_VERSION, SANDBOX_VERSION_HEADER } from './version';
import { RATE_LIMIT_MODES, RateLimiter, type RateLimitMode, type RateVerdict } from './rateLimits';
import { RequestJournal, sentParams, type JournalEntry } from './requestJournal';
import { readSeedFile } from './seed';
import { MAX_IMPORT_BODY_BYTES } from './testService';
import { randomFraction } from '../core/http/retry';
import { performance } from 'node:perf_hooks';
import { controlRefusal, hostRefusal, isLoopbackAddress, type HostPolicy, type Refusal } from './requestGuard';

export { HTTP_STATUS_BY_CODE, SIGNATURE_ERROR_CODE } from './answer';
export type { Behaviour } from './handlers';
export { StateInUseError, type StateOwner } from './journal';
export type { StatePersistence, SandboxRecord } from './model';
export type { TokenVerdict } from './inspect';
export type { SandboxFaults, SandboxStatusFault } from './faults';

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
  /** A file that keeps the state across restarts (today's state file, see model/persistence.ts). */
  statePath?: string;
  /** Where records are kept instead of statePath (the journal, or memoryPersistence in tests). */
  persistence?: StatePersistence;
  /** `contract` (the default) or `realService` (see handlers/types.ts). */
  behaviour?: Behaviour;
  /** The /_sandbox/ control (inspect.ts); default: on when listening on a loopback address. */
  inspect?: boolean;
  /**
   * Host names accepted in the Host header besides the sandbox's own address (e.g. a container's
   * service name); any other Host is HTTP 421, so that a web page cannot reach it by DNS rebinding.
   */
  allowedHosts?: readonly string[];
  /** A JSON file of users, groups, chatrooms and friends applied at start (seed.ts; the package README shows the format). */
  seed?: string;
  /** `live`: the live service's documented rates are enforced, 1008 with HTTP 429 over them (rateLimits.ts); default `off`. */
  rateLimits?: RateLimitMode;
  /** When set, a timestamp further than this from the sandbox clock is refused (HTTP 401). Off by default. */
  maxSkewSeconds?: number;
  /** Messages kept per app (default 100,000); past it the oldest are dropped, with a log line. */
  maxMessages?: number;
  clock?: Clock;
  random?: RandomSource;
  /** One line per request; default: nothing. */
  log?: (line: string) => void;
  /** Callback URLs for one app (the first unless `app` names one): callbacks/index.ts; PUT /_sandbox/callbacks changes them. */
  callbacks?: CallbackOptions;
}

/**
 * Requests with a larger body are refused with HTTP 413. The largest valid request is a private
 * message: content of 128 KB, which percent-encoded may be 3× (384 KB), plus 1000 toUserId of up to
 * 64 bytes (each ≤ 3×64 + 10 encoded: ~200 KB) and 2 KB of push text (6 KB encoded): ~0.6 MB. 1 MiB
 * lets every valid request through; beyond it is 413.
 */
export const MAX_REQUEST_BODY_BYTES = 1024 * 1024;
const _largestValid = 3 * MESSAGE_CONTENT_MAX_BYTES + 1000 * (3 * 64 + 10) + 3 * 2048;
if (_largestValid > MAX_REQUEST_BODY_BYTES) throw new Error('MAX_REQUEST_BODY_BYTES is below the largest valid request');

/** A demo app with a random key ("sandbox-" + 6 hex digits) and secret (32 hex digits). */
export function generateDemoApp(random: RandomSource = cryptoRandom): SandboxApp {
  const hex = (n: number) => Buffer.from(random.bytes(n)).toString('hex');
  return { appKey: `sandbox-${hex(3)}`, appSecret: hex(16) };
}

export class SandboxServer implements SandboxControl {
  readonly url: string;
  readonly apps: readonly SandboxApp[];
  readonly behaviour: Behaviour;
  /** The one model of the apps' state; read it, never change it (changes go through the API or the control). */
  readonly model: SandboxModel;
  readonly clock: SandboxClock;
  readonly inspect: boolean;
  private readonly policy: SigningPolicy;
  private readonly ids: IdSource;
  private readonly log: ((line: string) => void) | undefined;
  private readonly faults = new FaultPlan();
  private readonly rules = new FaultRules();
  private readonly rateLimiter: RateLimiter | undefined;
  private readonly random: RandomSource;
  private readonly requests: RequestJournal;
  private readonly http: HttpExchanges;
  private count = 0;
  private readonly durable = new DurabilityGate();
  readonly instance = randomUUID().slice(0, 8);
  private readonly hostPolicy: HostPolicy;
  private stopping: Promise<void> | undefined;
  /** Routing, status and audit callbacks to the app's server (callbacks/). */
  readonly callbacks: SandboxCallbacks;

  private constructor(
    private readonly server: Server,
    url: string,
    apps: readonly SandboxApp[],
    model: SandboxModel,
    private readonly persistence: StatePersistence | undefined,
    options: SandboxOptions,
    port: number,
  ) {
    this.url = url;
    this.hostPolicy = { port, listenHost: options.host ?? '127.0.0.1', extraHosts: (options.allowedHosts ?? []).map((h) => h.toLowerCase()) };
    this.apps = Object.freeze(apps.map((a) => Object.freeze({ appKey: a.appKey, appSecret: a.appSecret })));
    this.model = model;
    this.behaviour = options.behaviour ?? 'contract';
    this.clock = new SandboxClock(options.clock, model); // its offset is the model's: journaled, kept across restarts
    this.inspect = options.inspect ?? isLoopbackAddress(options.host ?? '127.0.0.1');
    this.ids = new IdSource(options.random ?? cryptoRandom);
    this.random = options.random ?? cryptoRandom;
    this.rateLimiter = options.rateLimits === 'live' ? new RateLimiter() : undefined;
    this.requests = new RequestJournal(() => this.apps.map((a) => a.appSecret), (v) => this.model.verifyToken(v, 0).status !== 'unknown');
    this.log = options.log;
    this.http = new HttpExchanges({ log: options.log, isStopping: () => this.stopping !== undefined, fail: (res, ctx, err, req) => this.fail(res, ctx, err, req) });
    this.callbacks = new SandboxCallbacks({
      model, appKeys: apps.map((a) => a.appKey), secretOf: (app) => this.policy.secrets.get(app), random: this.random, isStopping: () => this.stopping !== undefined, log: options.log,
    }, options.callbacks);
    this.policy = {
      secrets: new Map(apps.map((a) => [a.appKey, a.appSecret])),
      behaviour: this.behaviour,
      clock: this.clock,
      maxSkewMs: options.maxSkewSeconds === undefined ? undefined : options.maxSkewSeconds * 1000,
    };
  }

  /** Validates the options, loads the persistence (throws on a corrupt state), and listens. */
  static async start(options: SandboxOptions = {}): Promise<SandboxServer> {
    const host = options.host ?? '127.0.0.1';
    const port = options.port ?? 0;
    const apps = checkOptions(options, port);
    const seed = options.seed === undefined ? undefined : await readSeedFile(options.seed, apps.map((a) => a.appKey));
    const model = new SandboxModel({ maxMessages: options.maxMessages, onDropped: dropNotice(options.log) });
    const journal = options.statePath ? await journalPersistence(options.statePath, (l) => options.log?.(l), () => model.snapshot()) : undefined;
    const persistence = options.persistence ?? journal;
    try {
      for (const record of (await persistence?.load()) ?? []) model.apply(record);
      await journal?.compact(model.snapshot()); // compaction on start: the file holds the state, not its history
    } catch (err) {
      await persistence?.close();
      throw err;
    }

    // The instance needs the port, which is known only after listening; requests cannot come before.
    const ready: { sandbox?: SandboxServer } = {};
    const server = createServer((req, res) => {
      if (ready.sandbox) ready.sandbox.handle(req, res);
      else res.destroy(); // only before start() returns, which no client can know the port of
    });
    server.keepAliveTimeout = 5000;
    try {
      await listen(server, host, port);
    } catch (err) {
      await persistence?.close();
      throw err;
    }
    const address = server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    const urlHost = host.includes(':') ? `[${host}]` : host;
    ready.sandbox = new SandboxServer(server, `http://${urlHost}:${actualPort}`, apps, model, persistence, options, actualPort);
    await journal?.setOwnerUrl(ready.sandbox.url);
    if (seed) await ready.sandbox.commit(seed(ready.sandbox.clock.now()));
    return ready.sandbox;
  }

  /** The model's change counter (every record, clock advances included): the control's revision, in its ETag. */
  get revision(): number {
    return this.model.revision;
  }

  /** Requests received so far (faulted ones included). */
  get requestCount(): number {
    return this.count;
  }

  get appKeys(): readonly string[] {
    return this.apps.map((a) => a.appKey);
  }

  now(): number {
    return this.clock.now();
  }

  injectFaults(faults: SandboxFaults): void {
    this.faults.inject(faults);
  }

  clearFaults(): void {
    this.faults.clear();
  }

  /** The /_sandbox/faults rules (faults.ts FaultRules), `count` being what is left. */
  faultRules(): FaultRule[] {
    return this.rules.list();
  }

  setFaultRules(rules: readonly FaultRule[]): void {
    this.rules.set(rules);
  }

  /** Removes the rules and the injected (--fault-*) faults. */
  clearFaultRules(): void {
    this.rules.clear();
    this.faults.clear();
  }

  /** The request journal (requestJournal.ts), newest first. */
  listRequests(path: string | undefined, limit: number): { total: number; requests: JournalEntry[] } {
    return { total: this.requests.total, requests: this.requests.list(path, limit) };
  }

  /** An import: a reset and the records, applied with no await in between; resolves once they are kept. */
  replaceState(records: readonly SandboxRecord[]): Promise<void> {
    return this.commit([{ t: 'reset' }, ...records]) ?? Promise.resolve();
  }

  /** The userIds registered for an app, in registration order ([] for an unknown app). */
  registeredUserIds(appKey: string): string[] {
    return [...this.model.app(appKey).users.keys()];
  }

  /** The sandbox's own token check: valid, expired (30 days over, or by token/expire), or unknown. */
  verifyToken(token: string): TokenVerdict {
    const { status, token: t } = this.model.verifyToken(token, this.clock.now());
    return t ? { status, appKey: t.app, userId: t.userId, issuedAt: t.issuedAt, expiresAt: t.expiresAt } : { status };
  }

  /** Marks a user online or offline for checkOnline (of the first app unless one is named). */
  setOnline(userId: string, online: boolean, appKey: string = this.apps[0].appKey): Promise<void> {
    const kept = this.commit([{ t: 'online', app: appKey, userId, online }]) ?? Promise.resolve();
    return kept.then(() => this.callbacks.statusChanged(appKey, userId, online, this.clock.now())); // the status callback once the change is kept
  }

  /** An app's callback configuration replaced (PUT /_sandbox/callbacks), kept as a row before it resolves. */
  setCallbackConfig(appKey: string, config: CallbackConfig): Promise<void> {
    return this.commit([this.callbacks.configRecord(appKey, config)]) ?? Promise.resolve();
  }

  /**
   * A simulated client's join, leave or send (clients.ts) in an app: checked against the model and
   * its records applied with no await in between; resolves once they are kept.
   */
  async clientAct(action: ClientAction, json: Record<string, unknown>, appKey: string = this.apps[0].appKey): Promise<ClientOutcome> {
    // With an audit URL, a send waits for its answer, then is checked again and kept in one turn (callbacks/audit.ts).
    const outcome = action === 'send' && this.callbacks.audits(appKey)
      ? await auditThenSend(this.callbacks, json, (j, uid) => clientOutcome(action, uid === undefined ? this.context(appKey) : { ...this.context(appKey), newMessageUID: () => uid }, j))
      : clientOutcome(action, this.context(appKey), json);
    if (!('records' in outcome)) return this.durable.after(outcome); // a refusal may rest on a pending change
    const kept = this.commit(outcome.records);
    await (kept ?? this.durable.after(undefined));
    this.callbacks.routeKept(outcome.records, 'client'); // routed once durable (全量消息路由)
    return outcome;
  }

  /** Moves the sandbox clock forward (blocks and tokens run out without waiting); returns the new time. */
  advanceClock(ms: number): Promise<number> {
    const offsetMs = this.clock.offsetAfter(ms); // a RangeError naming the limit: the control answers 400
    return (this.commit([{ t: 'clock', offsetMs }]) ?? Promise.resolve()).then(() => this.clock.now());
  }

  /** Forgets everything of every app (kept as a record, so a restart does not bring it back). */
  reset(): Promise<void> {
    return this.commit([{ t: 'reset' }]) ?? Promise.resolve();
  }

  /** Closes the listener and every socket (hanging requests included), then the persistence. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      this.http.clearTimers();
      const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
      this.server.closeAllConnections();
      await closed;
      this.callbacks.stop();
      await this.persistence?.close();
    })();
    return this.stopping;
  }

  /** Applies records to the model now; the promise (none without a persistence) resolves when they are kept. */
  private commit(records: readonly SandboxRecord[]): Promise<void> | undefined {
    if (records.length === 0) return undefined;
    for (const r of records) this.model.apply(r);
    const kept = this.persistence?.append(records).catch((err: unknown) => {
      throw new NotKeptError(err);
    });
    return kept && this.durable.track(kept);
  }

  /** The last guard: whatever a request makes throw is answered 500 and logged, never a process exit. */
  private handle(req: IncomingMessage, res: ServerResponse): void {
    try {
      this.receive(req, res);
    } catch (err) {
      this.fail(res, this.http.contextOf(req), err);
    }
  }

  private receive(req: IncomingMessage, res: ServerResponse): void {
    this.count++;
    res.setHeader(SANDBOX_VERSION_HEADER, SANDBOX_VERSION); // every answer, refusals and faults included
    const ctx = this.http.contextOf(req);
    const refused = hostRefusal(req, this.hostPolicy);
    if (refused) return this.refuse(res, ctx, refused);
    const fault = this.faults.next();
    if (fault === 'reset' || fault === 'hang') {
      this.http.logLine(ctx, `${fault} (fault)`);
      if (fault === 'reset') req.socket.destroy();
      return;
    }
    const started = performance.now();
    const go = () => this.route(req, res, ctx, started);
    if (!fault) return go();
    this.http.later(fault.delayMs, () => this.http.guarded(res, ctx, go));
  }

  private route(req: IncomingMessage, res: ServerResponse, ctx: RequestContext, started: number): void {
    if (this.stopping) return;
    const faulted = this.faults.answerStatus(res);
    if (faulted) return this.http.logLine(ctx, faulted);
    if (ctx.path.startsWith(INSPECT_PREFIX)) return this.routeInspect(req, res, ctx);
    // Repeated slashes are one slash, as on the live service (the Go SDK asks for //user/deactivate/query.json).
    const matched = matchEndpoint(ctx.path, ctx.method);
    if (!matched) {
      const methods = [...new Set(endpointsAtPath(ctx.path).map((e) => e.method))];
      if (methods.length > 0) {
        return this.http.send(res, ctx, {
          status: 405,
          body: { code: 405, errorMessage: `Method ${clip(ctx.method)} is not allowed on ${clip(normalizePath(ctx.path))}; use ${methods.join(' or ')}` },
          headers: { Allow: methods.join(', ') },
        });
      }
      return this.http.send(res, ctx, { status: 404, body: { code: 404, errorMessage: `Not found: no endpoint of the contract data has this path (the sandbox answers all ${ENDPOINTS.length}; docs/coverage.md lists them)` } });
    }
    const path = normalizePath(ctx.path);
    const hit = this.rules.hit(path, () => randomFraction(this.random));
    this.http.readBody(req, res, ctx, MAX_REQUEST_BODY_BYTES, (body) => {
      const exchange: Exchange = { req, res, ctx, started, path, body, endpoint: matched.endpoint, pathParams: matched.pathParams };
      if (!hit) return this.proceed(exchange);
      this.http.later(hit.delayMs, () => this.http.guarded(res, ctx, () => (hit.answer === undefined ? this.proceed(exchange) : this.faultAnswer(exchange, hit))));
    });
  }

  /** The request journal's entry for an answered API request (kept raw; read when listed). */
  private note(x: Exchange, status: number, code: unknown, fault?: string): void {
    const appKey = x.req.headers['app-key'];
    this.requests.add({
      at: this.clock.now(), method: x.ctx.method, path: x.path, ...(typeof appKey === 'string' ? { appKey: clip(appKey, 64) } : {}),
      raw: { query: x.ctx.query, body: x.body, contentType: x.req.headers['content-type'] }, status,
      ...(typeof code === 'number' ? { code } : {}), ms: Math.round(performance.now() - x.started), ...(fault === undefined ? {} : { fault }),
    });
  }

  /** An API request past the faults: the live rates (when on), then its endpoint; journaled either way. */
  private proceed(x: Exchange): void {
    const { req, res, ctx } = x;
    if (this.rateLimiter) {
      const appKey = req.headers['app-key'];
      const limited = this.rateLimiter.take(typeof appKey === 'string' ? clip(appKey, 64) : '', x.path, sentParams(ctx.query, x.body, req.headers['content-type']), this.clock.now());
      if (limited) {
        const a = rateLimited(limited);
        this.note(x, a.status, a.body.code, 'rate limit (--rate-limits live)');
        return this.http.send(res, ctx, a, req);
      }
    }
    const answer = this.answer(x.endpoint, req, { headers: req.headers, body: x.body, pathParams: x.pathParams, query: ctx.query });
    if (!(answer instanceof Promise)) {
      this.note(x, answer.status, answer.body.code);
      return this.http.send(res, ctx, answer, req);
    }
    this.http.sendLater(res, ctx, answer.then((a) => (this.note(x, a.status, a.body.code), a)), req);
  }

  /** A /_sandbox/faults rule's answer (faults.ts faultAnswerOf), journaled and logged as a fault. */
  private faultAnswer(x: Exchange, hit: FaultHit): void {
    const { res, ctx } = x;
    if (this.stopping || res.headersSent || res.destroyed || hit.answer === undefined) return;
    const f = faultAnswerOf(hit.answer);
    res.writeHead(f.status, { 'Content-Type': f.contentType, 'Content-Length': Buffer.byteLength(f.body) });
    res.end(f.body);
    this.note(x, f.status, hit.answer === 503 ? undefined : hit.answer, `rule ${hit.rule} of /_sandbox/faults`);
    this.http.logLine(ctx, `${f.status} code=${hit.answer === 503 ? '-' : hit.answer} (fault rule ${hit.rule})`);
  }

  private routeInspect(req: IncomingMessage, res: ServerResponse, ctx: RequestContext): void {
    if (!this.inspect) {
      return this.http.send(res, ctx, {
        status: 404,
        body: { error: "the sandbox's control (/_sandbox/) is off on a non-loopback address; start the sandbox with --inspect to turn it on" },
      });
    }
    const refused = controlRefusal(req);
    if (refused) return this.refuse(res, ctx, refused);
    this.http.readBody(req, res, ctx, ctx.path === `${INSPECT_PREFIX}import` ? MAX_IMPORT_BODY_BYTES : MAX_INSPECT_BODY_BYTES, (body) => {
      const ifNoneMatch = req.headers['if-none-match'];
      this.http.sendLater(res, ctx, inspectAnswer(this, ctx.method, ctx.path, new URLSearchParams(ctx.query), body.toString('utf8'), ifNoneMatch).then((a) => this.durable.after(a)), req);
    });
  }

  /** HTTP 500 with a message and a log line: a change not kept (the persistence failed), or a fault of the sandbox itself. */
  private fail(res: ServerResponse, ctx: RequestContext, err: unknown, req?: IncomingMessage): void {
    if (err instanceof NotKeptError) return this.http.send(res, ctx, keepFailed(err.cause, this.log), req);
    const reason = clip(err instanceof Error ? `${err.name}: ${err.message}` : String(err), 300);
    this.log?.(`${ctx.method} ${clip(ctx.path, 200)} failed inside the sandbox: ${err instanceof Error ? clip(err.stack ?? reason, 2000) : reason}`);
    const message = `the sandbox failed on this request (${reason}); it keeps running, and the request's change, if any, may not be applied`;
    const answer: Answer = ctx.path.startsWith(INSPECT_PREFIX) ? { status: 500, body: { error: message } } : contractError(1000, message, 500);
    try {
      this.http.send(res, ctx, answer, req);
    } catch {
      res.destroy(); // even the 500 could not be written: end this exchange, keep the process
    }
  }

  /** A request refused before any route (Host, Origin, content type), in the shape of where it went. */
  private refuse(res: ServerResponse, ctx: RequestContext, refused: Refusal): void {
    const body = ctx.path.startsWith(INSPECT_PREFIX) ? { error: refused.message } : { code: refused.status, errorMessage: refused.message };
    // The body was not read: closing is the one way the next request on this connection is not misread.
    this.http.send(res, ctx, { status: refused.status, body, headers: { Connection: 'close' } });
  }

  private answer(endpoint: EndpointSpec, req: IncomingMessage, source: RequestSource): Answer | Promise<Answer> {
    const who = authenticate(req, this.policy);
    if ('status' in who) return who;
    const handler = handlerFor(endpoint);
    // Every endpoint has one (test/unit/sandboxModel.test.ts); a missing one is the sandbox's own fault, a 500.
    if (!handler) throw new Error(`no sandbox handler for ${endpoint.id}`);
    const read = readParams(endpoint, source, this.behaviour);
    if ('status' in read) return read;
    // The live service ignores form fields it does not know; so does realService, saying so once per request.
    if (read.ignored.length > 0) this.log?.(`${endpoint.path}: ignored unknown parameter(s) ${ignoredNames(read.ignored)} (realService behaviour)`);
    const result = handler.handle(read.params, this.context(who.appKey));
    if ('error' in result) return this.durable.after(contractError(result.error, result.detail)); // a 1004 may rest on a pending change
    const answer = ok(result.body);
    const kept = this.commit(result.records);
    // Server API messages are routed only with the app's switch on, once kept.
    if (kept) return kept.then(() => (this.callbacks.routeKept(result.records, 'api'), answer));
    this.callbacks.routeKept(result.records, 'api');
    return this.durable.after(answer); // a read waits for the changes it may show
  }

  private context(app: string): HandlerContext {
    return {
      app,
      model: this.model,
      clock: this.clock,
      behaviour: this.behaviour,
      newToken: () => this.ids.newToken(),
      newMessageUID: () => this.ids.newMessageUID(),
    };
  }

}

function checkOptions(options: SandboxOptions, port: number): SandboxApp[] {
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`port must be an integer 0–65535, not ${port}`);
  if (options.maxSkewSeconds !== undefined && !(Number.isFinite(options.maxSkewSeconds) && options.maxSkewSeconds >= 0)) {
    throw new Error(`maxSkewSeconds must be a number of seconds ≥ 0, not ${options.maxSkewSeconds}`);
  }
  if (options.behaviour !== undefined && !BEHAVIOURS.includes(options.behaviour)) {
    throw new Error(`behaviour must be one of ${BEHAVIOURS.join(', ')}, not ${clip(String(options.behaviour))}`);
  }
  if (options.statePath !== undefined && options.persistence !== undefined) throw new Error('give statePath or persistence, not both');
  if (options.rateLimits !== undefined && !RATE_LIMIT_MODES.includes(options.rateLimits)) {
    throw new Error(`rateLimits must be one of ${RATE_LIMIT_MODES.join(', ')}, not ${clip(String(options.rateLimits))}`);
  }
  const apps = options.apps && options.apps.length > 0 ? options.apps : [generateDemoApp(options.random)];
  checkCallbackOptions(options.callbacks, apps.map((a) => a.appKey)); // throws with the control's message
  const seen = new Set<string>();
  for (const a of apps) {
    if (typeof a.appKey !== 'string' || a.appKey.length === 0) throw new Error('every sandbox app needs a non-empty appKey');
    if (typeof a.appSecret !== 'string' || a.appSecret.length === 0) throw new Error(`app "${a.appKey}" needs a non-empty appSecret`);
    if (seen.has(a.appKey)) throw new Error(`app "${a.appKey}" is given twice`);
    seen.add(a.appKey);
  }
  return apps;
}

/** Over a live rate (rateLimits.ts): 1008 with HTTP 429, as the live service answers (../shared/spec/callbacks.md). */
function rateLimited(v: RateVerdict): Answer {
  const per = v.windowMs >= 86_400_000 ? 'a day' : v.windowMs >= 3_600_000 ? 'an hour' : v.windowMs >= 60_000 ? 'a minute' : 'a second';
  return { status: 429, body: { code: 1008, errorMessage: `API rate limit exceeded: ${v.limit} ${per} for this app (--rate-limits live); the window ends in ${Math.ceil(v.retryAfterMs / 1000)} s` } };
}

/** An API request once its body is read: what the journal, the faults and the endpoint need. */
interface Exchange {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly ctx: RequestContext;
  readonly started: number;
  /** Repeated slashes as one. */
  readonly path: string;
  readonly body: Buffer;
  readonly endpoint: EndpointSpec;
  readonly pathParams: Pairs;
}

/** A change the persistence could not keep: HTTP 500, never a 200. */
function keepFailed(err: unknown, log: ((line: string) => void) | undefined): Answer {
  const reason = err instanceof Error ? err.message : String(err);
  log?.(`a change was not kept: ${reason}`);
  return { status: 500, body: { code: 500, errorMessage: `The sandbox could not keep this change, so it is not acknowledged: ${reason}` } };
}

/** The persistence could not keep a change: its answer says so (keepFailed), not "the sandbox failed". */
class NotKeptError extends Error {
  constructor(readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

/** The names a request's unknown parameters had, for one log line: the first ten, clipped, then how many more (a 1 MiB body can hold thousands). */
function ignoredNames(names: readonly string[]): string {
  const shown = names.slice(0, 10).map((k) => clip(k, 64)).join(', ');
  return names.length > 10 ? `${shown} and ${names.length - 10} more` : shown;
}
