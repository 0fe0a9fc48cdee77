/**
 * A signed client for the sandbox's tests: any path, parameters as pairs (a repeated key is several
 * pairs), the signature computed here with node:crypto (not src/core/signing.ts), and a manual clock
 * to inject. Also a JSON client for the /_sandbox/ control.
 */
import { createHash } from 'node:crypto';
import type { Clock } from '../../../src/core/signing';

export interface SandboxCredentials {
  readonly appKey: string;
  readonly appSecret: string;
}

export interface Reply {
  readonly status: number;
  readonly json: Record<string, unknown> & { code?: number; errorMessage?: string };
  readonly text: string;
}

let nonce = 500_000;

export function signedHeaders(app: SandboxCredentials, extra: Record<string, string> = {}): Record<string, string> {
  const n = String(nonce++);
  const ts = String(Date.now());
  return {
    'App-Key': app.appKey,
    Nonce: n,
    Timestamp: ts,
    Signature: createHash('sha1').update(app.appSecret + n + ts, 'utf8').digest('hex'),
    'Content-Type': 'application/x-www-form-urlencoded',
    ...extra,
  };
}

/** Percent-encoding written here (not the core's encodeForm): spaces as '+'. */
export function formBody(pairs: ReadonlyArray<readonly [string, string]>): string {
  return pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v).replace(/%20/g, '+')}`).join('&');
}

export async function call(url: string, app: SandboxCredentials, path: string, pairs: ReadonlyArray<readonly [string, string]> = []): Promise<Reply> {
  const res = await fetch(url + path, { method: 'POST', headers: signedHeaders(app), body: formBody(pairs) });
  const text = await res.text();
  return { status: res.status, json: JSON.parse(text) as Reply['json'], text };
}

/**
 * Any wire shape: a JSON body (`json`, sent as application/json), a method other than POST (a REST
 * call: GET/DELETE with a `query`), the path already filled (`/v2/ultragroups/g1/channels`).
 */
export async function request(
  url: string,
  app: SandboxCredentials,
  path: string,
  options: { readonly method?: string; readonly json?: unknown; readonly query?: Readonly<Record<string, string>> } = {},
): Promise<Reply> {
  const query = options.query ? `?${new URLSearchParams(options.query).toString()}` : '';
  const headers = signedHeaders(app, options.json === undefined ? {} : { 'Content-Type': 'application/json' });
  if (options.json === undefined) delete headers['Content-Type'];
  const res = await fetch(url + path + query, {
    method: options.method ?? 'POST',
    headers,
    body: options.json === undefined ? undefined : JSON.stringify(options.json),
  });
  const text = await res.text();
  return { status: res.status, json: JSON.parse(text) as Reply['json'], text };
}

/** The /_sandbox/ control: GET with a query, POST with a JSON body. */
export async function control(url: string, path: string, body?: unknown, method = body === undefined ? 'GET' : 'POST'): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(url + path, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

/** A clock that moves only when told to. */
export function manualClock(start = Date.UTC(2025, 0, 1, 0, 0, 0)): Clock & { advance(ms: number): void; set(ms: number): void } {
  let now = start;
  return {
    now: () => now,
    advance: (ms) => {
      now += ms;
    },
    set: (ms) => {
      now = ms;
    },
  };
}

export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;
