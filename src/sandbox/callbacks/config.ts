/**
 * Which callbacks an app gets (issue #20, "Callbacks from the sandbox"): a URL per kind, the audit's
 * timeout and the switch that routes Server API messages. Kept as a row of the table `sandbox.callbacks`
 * (scope '', key 'config'), so the journal keeps it across restarts and an export carries it; a reset
 * removes the row, and the app falls back to what the sandbox was started with (--callback, startSandbox).
 * The sources of each fact, and what is our choice, are in the package README's "Callbacks" table.
 */
import { clip } from '../echo';
import type { SandboxModel, SandboxRecord } from '../model';
import { put, row } from '../model/tables';

export type CallbackKind = 'routing' | 'status' | 'audit';
export const CALLBACK_KINDS: readonly CallbackKind[] = ['routing', 'status', 'audit'];

export const CALLBACKS_TABLE = 'sandbox.callbacks';
const CONFIG_KEY = 'config';

export interface CallbackConfig {
  readonly routing?: string;
  readonly status?: string;
  readonly audit?: string;
  /** How long a message waits for the audit's answer; then it is delivered as sent. */
  readonly auditTimeoutMs: number;
  /** Route (and audit) messages sent through the Server API too; off by default, as on the live service (msgcb and sync pages). */
  readonly routeServerApi: boolean;
}

/** 3 s: the audit timeout of the provider's older msgcb page (docs.rongcloud.cn/v4-platform/…/security/msgcb.html: 超时时间为 3 秒). */
export const DEFAULT_AUDIT_TIMEOUT_MS = 3000;
/** Our bounds for a configured audit timeout: 100 ms to 30 s. */
export const AUDIT_TIMEOUT_LIMITS = { min: 100, max: 30_000 } as const;
/** Our limit on a callback URL's length. */
export const CALLBACK_URL_MAX_CHARS = 2048;

export const NO_CALLBACKS: CallbackConfig = { auditTimeoutMs: DEFAULT_AUDIT_TIMEOUT_MS, routeServerApi: false };

const FIELDS = ['app', ...CALLBACK_KINDS, 'auditTimeoutMs', 'routeServerApi'];

/** A callback URL's problem (http or https, absolute, no credentials), or undefined. */
export function urlProblem(name: string, value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return `"${name}": an http:// or https:// URL, or null to turn it off`;
  if (value.length > CALLBACK_URL_MAX_CHARS) return `"${name}" is ${value.length} characters; the limit is ${CALLBACK_URL_MAX_CHARS}`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `"${name}": "${clip(value)}" is not an absolute URL (e.g. http://localhost:8080/rong/${name})`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `"${name}": only http:// and https:// URLs, not ${clip(url.protocol)}`;
  if (url.username !== '' || url.password !== '') return `"${name}": a URL with a user name or password is refused (it would be shown in the deliveries log)`;
  if (url.hash !== '') return `"${name}": a URL with a #fragment is refused (it is never sent)`;
  return undefined;
}

/** A PUT body checked: the app it is for and the whole configuration (a PUT replaces it), or why not. */
export function checkCallbackBody(json: Record<string, unknown>, appKeys: readonly string[]): { app: string; config: CallbackConfig } | string {
  const unknown = Object.keys(json).filter((k) => !FIELDS.includes(k));
  if (unknown.length > 0) return `unknown field(s) ${unknown.slice(0, 5).map((k) => `"${clip(k, 40)}"`).join(', ')}: /_sandbox/callbacks takes ${FIELDS.map((f) => `"${f}"`).join(', ')}`;
  const app = json.app ?? appKeys[0];
  if (typeof app !== 'string' || !appKeys.includes(app)) return `"app": no app has the App Key "${clip(String(app))}"`;
  const config = checkConfig(json);
  return typeof config === 'string' ? config : { app, config };
}

/** The fields of a configuration (URLs may be null or absent: off), or what is wrong. */
export function checkConfig(json: Record<string, unknown>): CallbackConfig | string {
  const urls: Partial<Record<CallbackKind, string>> = {};
  for (const kind of CALLBACK_KINDS) {
    const v = json[kind];
    if (v === undefined || v === null) continue;
    const wrong = urlProblem(kind, v);
    if (wrong) return wrong;
    urls[kind] = v as string;
  }
  const t = json.auditTimeoutMs ?? DEFAULT_AUDIT_TIMEOUT_MS;
  if (typeof t !== 'number' || !Number.isInteger(t) || t < AUDIT_TIMEOUT_LIMITS.min || t > AUDIT_TIMEOUT_LIMITS.max) {
    return `"auditTimeoutMs": an integer from ${AUDIT_TIMEOUT_LIMITS.min} to ${AUDIT_TIMEOUT_LIMITS.max} (milliseconds; default ${DEFAULT_AUDIT_TIMEOUT_MS}), not ${clip(JSON.stringify(t) ?? '')}`;
  }
  const s = json.routeServerApi ?? false;
  if (typeof s !== 'boolean') return '"routeServerApi": true or false (default false, as on the live service)';
  return { ...urls, auditTimeoutMs: t, routeServerApi: s };
}

/** The app's configuration: its row, else what the sandbox was started with, else none. */
export function configOf(model: SandboxModel, app: string, startedWith: ReadonlyMap<string, CallbackConfig>): CallbackConfig {
  const stored = row<Record<string, unknown>>(model, app, CALLBACKS_TABLE, '', CONFIG_KEY);
  if (stored !== undefined) {
    const config = checkConfig(stored);
    if (typeof config !== 'string') return config;
  }
  return startedWith.get(app) ?? NO_CALLBACKS;
}

/** The record that keeps a configuration (JSON only: no undefined inside). */
export function configRecord(app: string, config: CallbackConfig): SandboxRecord {
  const value: Record<string, string | number | boolean> = { auditTimeoutMs: config.auditTimeoutMs, routeServerApi: config.routeServerApi };
  for (const kind of CALLBACK_KINDS) if (config[kind] !== undefined) value[kind] = config[kind];
  return put(app, CALLBACKS_TABLE, '', CONFIG_KEY, value);
}

/** The configuration as the control shows it: every kind named, null when off. */
export function configView(app: string, config: CallbackConfig): Record<string, unknown> {
  return {
    app,
    routing: config.routing ?? null,
    status: config.status ?? null,
    audit: config.audit ?? null,
    auditTimeoutMs: config.auditTimeoutMs,
    routeServerApi: config.routeServerApi,
  };
}

/** `routing=URL` (the CLI's --callback), or what is wrong. */
export function parseCallbackFlag(text: string): { kind: CallbackKind; url: string } | string {
  const eq = text.indexOf('=');
  const kind = text.slice(0, Math.max(eq, 0));
  if (eq < 0 || !CALLBACK_KINDS.includes(kind as CallbackKind)) return `--callback takes KIND=URL with KIND one of ${CALLBACK_KINDS.join(', ')}, not "${clip(text)}"`;
  const url = text.slice(eq + 1);
  const wrong = urlProblem(kind, url);
  return wrong ? `--callback ${wrong}` : { kind: kind as CallbackKind, url };
}
