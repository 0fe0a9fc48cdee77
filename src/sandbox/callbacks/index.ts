/**
 * The sandbox calls the app's server, as Rong does (issue #20): message routing, online status and
 * the message audit, per app (config.ts), signed and logged (delivery.ts), with the fields of fields.ts.
 * server.ts calls in at three points: after a message is kept (route), before a simulated client's
 * message is kept (audit), and after a connect or leave (status). Nothing here changes the model but
 * the configuration row; a failing receiver never changes an API answer.
 */
import { clip } from '../echo';
import type { SandboxModel, SandboxRecord } from '../model';
import { checkConfig, configOf, configRecord, type CallbackConfig, type CallbackKind } from './config';
import { CallbackDeliveries, type DeliveryAttempt } from './delivery';
import { auditForm, readAuditAnswer, routingForms, statusEvent, type AuditVerdict } from './fields';
import type { RandomSource } from '../../core/signing';

export { CALLBACK_KINDS, checkCallbackBody, configView, parseCallbackFlag, type CallbackConfig, type CallbackKind } from './config';
export type { DeliveryAttempt } from './delivery';
export type { AuditVerdict } from './fields';

type MessageRecord = Extract<SandboxRecord, { t: 'message' }>;

/** What the sandbox was started with (--callback, startSandbox({ callbacks })): for one app, the first unless named. */
export interface CallbackOptions {
  readonly app?: string;
  readonly routing?: string;
  readonly status?: string;
  readonly audit?: string;
  readonly auditTimeoutMs?: number;
  readonly routeServerApi?: boolean;
  /** The pauses before each retry (default 500, 1000, 2000 ms); tests shorten them. */
  readonly retryDelaysMs?: readonly number[];
}

export interface CallbacksDeps {
  readonly model: SandboxModel;
  readonly appKeys: readonly string[];
  readonly secretOf: (app: string) => string | undefined;
  readonly random: RandomSource;
  readonly isStopping: () => boolean;
  readonly log?: (line: string) => void;
}

export class SandboxCallbacks {
  readonly deliveries: CallbackDeliveries;
  private readonly startedWith = new Map<string, CallbackConfig>();
  /** The open simulated connection of each app's user, so that its leave carries the same sessionId. */
  private readonly sessions = new Map<string, string>();
  private sessionCount = 0;

  constructor(private readonly deps: CallbacksDeps, options?: CallbackOptions) {
    this.deliveries = new CallbackDeliveries({ retryDelaysMs: options?.retryDelaysMs, random: deps.random, secretOf: deps.secretOf, isStopping: deps.isStopping });
    const started = checkCallbackOptions(options, deps.appKeys);
    if (started) this.startedWith.set(started.app, started.config);
  }

  /** A configuration checked as PUT /_sandbox/callbacks checks it (for the extension's setting). */
  check(json: Record<string, unknown>): CallbackConfig | string {
    return checkConfig(json);
  }

  config(app: string): CallbackConfig {
    return configOf(this.deps.model, app, this.startedWith);
  }

  /** The record that sets an app's configuration (the caller commits it). */
  configRecord(app: string, config: CallbackConfig): SandboxRecord {
    return configRecord(app, config);
  }

  /** Routes the kept messages of these records (after they are durable): a client's always, the Server API's when the switch is on; never a blocked one. */
  routeKept(records: readonly SandboxRecord[], origin: 'client' | 'api'): void {
    for (const r of records) {
      if (r.t !== 'message' || r.options?.blockedBy !== undefined) continue; // a blocked message is not routed (sync page)
      const config = this.config(r.app);
      if (config.routing === undefined || (origin === 'api' && !config.routeServerApi)) continue;
      for (const form of routingForms(r.app, r)) {
        this.background(this.deliveries.deliver({ kind: 'routing', app: r.app, url: config.routing, contentType: 'application/x-www-form-urlencoded', body: form.toString(), about: r.messageUID }));
      }
    }
  }

  /** Posts a connect (online) or leave of a simulated client to the status URL, if one is set. */
  statusChanged(app: string, userId: string, online: boolean, time: number): void {
    const key = `${app}\u0000${userId}`;
    let sessionId = this.sessions.get(key);
    if (online || sessionId === undefined) sessionId = `sandbox-${Date.now().toString(36)}-${++this.sessionCount}`;
    if (online) this.sessions.set(key, sessionId);
    else this.sessions.delete(key);
    const url = this.config(app).status;
    if (url === undefined) return;
    this.background(this.deliveries.deliver({ kind: 'status', app, url, contentType: 'application/json', body: JSON.stringify(statusEvent(userId, online, time, sessionId)), about: userId }));
  }

  /** Whether a simulated client's message is audited in this app (Server API messages are not: see the README's table). */
  audits(app: string): boolean {
    return this.config(app).audit !== undefined;
  }

  /** Asks the audit URL about a message not yet kept; pass when none is set, on no answer in time, or on an error. */
  async audit(message: MessageRecord): Promise<{ verdict: AuditVerdict; attempt?: DeliveryAttempt }> {
    const config = this.config(message.app);
    if (config.audit === undefined) return { verdict: { verdict: 'pass' } };
    const attempt = await this.deliveries.once({
      kind: 'audit', app: message.app, url: config.audit, contentType: 'application/x-www-form-urlencoded', body: auditForm(message.app, message).toString(), about: message.messageUID,
    }, config.auditTimeoutMs);
    return { verdict: readAuditAnswer(attempt.status, attempt.answer), attempt };
  }

  stop(): void {
    this.deliveries.stop();
  }

  private background(p: Promise<unknown>): void {
    p.catch((err: unknown) => this.deps.log?.(`a callback could not be sent: ${clip(err instanceof Error ? err.message : String(err), 200)}`));
  }
}

/** The start options checked as a PUT body is (a wrong one stops the start with the same message); undefined when none is set. */
export function checkCallbackOptions(options: CallbackOptions | undefined, appKeys: readonly string[]): { app: string; config: CallbackConfig } | undefined {
  if (!options) return undefined;
  const { app, retryDelaysMs, ...fields } = options;
  if (retryDelaysMs !== undefined && !(Array.isArray(retryDelaysMs) && retryDelaysMs.every((d) => Number.isInteger(d) && d >= 0 && d <= 60_000))) {
    throw new Error('callbacks.retryDelaysMs: a list of integers from 0 to 60000 (milliseconds)');
  }
  if (app !== undefined && !appKeys.includes(app)) throw new Error(`callbacks.app: no app has the App Key "${clip(String(app))}"`);
  if ((fields.routing ?? fields.status ?? fields.audit ?? fields.auditTimeoutMs ?? fields.routeServerApi) === undefined) return undefined;
  const config = checkConfig({ ...fields });
  if (typeof config === 'string') throw new Error(`callbacks: ${config}`);
  return { app: app ?? appKeys[0], config };
}

/** Kinds named in a list query (?kind=), checked. */
export function kindOf(value: string | null): CallbackKind | undefined | string {
  if (value === null) return undefined;
  return value === 'routing' || value === 'status' || value === 'audit' ? value : `kind: routing, status or audit, not "${clip(value)}"`;
}
