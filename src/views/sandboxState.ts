/**
 * The sandbox's state as the Rong Sandbox view reads it: GET /_sandbox/overview of the sandbox this
 * window uses (its own or another window's, so both look the same), and POST /_sandbox/reset.
 * The overview is bounded (the first `limit` users, groups and chatrooms, each user's newest inbox messages),
 * and asked for with the ETag of the last answer: an unchanged sandbox answers 304 with no body, so a
 * poll every second costs the sandbox no serialising of its state.
 */

export type TokenStatusShown = 'valid' | 'expired' | 'blocked' | 'none';

/** Users and groups the view asks for (the sandbox allows up to 500); the rest is a "… more" item. */
export const VIEW_LIMIT = 100;

export interface SandboxStateUser {
  readonly userId: string;
  readonly name: string;
  readonly online: boolean;
  /** Messages sent to the user in all; `inboxes` holds the newest of them. */
  readonly inboxTotal: number;
}

export interface SandboxStateToken {
  readonly userId: string;
  readonly token: string;
  readonly issuedAt: number;
  readonly expiresAt: number;
  readonly status: 'valid' | 'expired';
}

export interface SandboxInboxMessage {
  readonly messageUID: string;
  readonly fromUserId: string;
  readonly objectName: string;
  /** At most 500 characters (then "…"). */
  readonly content: string;
  readonly sentAt: number;
  readonly delivered: boolean;
}

export interface SandboxGroup {
  readonly groupId: string;
  readonly name: string;
  readonly memberTotal: number;
  readonly members: readonly string[];
}

/** A chatroom and the first members of it (joined by a simulated client, /_sandbox/clients/join). */
export interface SandboxChatroom {
  readonly chatroomId: string;
  readonly name?: string;
  readonly memberTotal: number;
  readonly members: readonly string[];
}

/** What /_sandbox/overview answers for one app. */
export interface SandboxAppState {
  readonly appKey: string;
  readonly revision: number;
  /** `chatrooms` is absent from an older sandbox's answer (another window's). */
  readonly totals: { readonly users: number; readonly groups: number; readonly chatrooms?: number };
  readonly users: readonly SandboxStateUser[];
  /** The newest token of each user shown. */
  readonly tokens: readonly SandboxStateToken[];
  readonly blocks: ReadonlyArray<{ readonly userId: string; readonly until: number }>;
  /** userId → its newest messages, oldest first. */
  readonly inboxes: Readonly<Record<string, readonly SandboxInboxMessage[]>>;
  readonly groups: readonly SandboxGroup[];
  /** Absent from an older sandbox's answer. */
  readonly chatrooms?: readonly SandboxChatroom[];
}

export type SandboxStateRead = { readonly unchanged: true } | { readonly unchanged: false; readonly etag: string; readonly app: SandboxAppState };

/** The overview of one app; with the ETag of the previous answer, `{ unchanged: true }` when nothing changed. */
export async function readSandboxState(url: string, appKey: string, etag?: string): Promise<SandboxStateRead> {
  const res = await fetch(`${url}/_sandbox/overview?app=${encodeURIComponent(appKey)}&limit=${VIEW_LIMIT}`, {
    headers: etag ? { 'If-None-Match': etag } : {},
  });
  if (res.status === 304) {
    await res.body?.cancel();
    return { unchanged: true };
  }
  const text = await res.text();
  if (!res.ok) throw new Error(`GET /_sandbox/overview answered HTTP ${res.status}: ${text.slice(0, 200)}`);
  return { unchanged: false, etag: res.headers.get('etag') ?? '', app: JSON.parse(text) as SandboxAppState };
}

export async function resetSandboxState(url: string): Promise<void> {
  const res = await fetch(`${url}/_sandbox/reset`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
  if (!res.ok) throw new Error(`POST /_sandbox/reset answered HTTP ${res.status}`);
}

/** An app's callback URLs and its newest deliveries (GET /_sandbox/callbacks and …/deliveries?brief=1). */
export interface SandboxCallbacksShown {
  readonly urls: Readonly<Record<'routing' | 'status' | 'audit', string | null>>;
  readonly deliveries: ReadonlyArray<{ readonly id: number; readonly kind: string; readonly url: string; readonly status?: number; readonly error?: string; readonly attempt: number; readonly latencyMs: number; readonly time: string }>;
}

/** Undefined from a sandbox without callbacks (an older one, another window's). */
export async function readCallbacks(url: string, appKey: string): Promise<SandboxCallbacksShown | undefined> {
  const get = async (path: string) => {
    const res = await fetch(`${url}/_sandbox/${path}`);
    return res.ok ? ((await res.json()) as Record<string, unknown>) : undefined;
  };
  const urls = await get(`callbacks?app=${encodeURIComponent(appKey)}`);
  const list = urls && (await get('callbacks/deliveries?brief=1&limit=10'));
  return urls && list ? { urls: urls as SandboxCallbacksShown['urls'], deliveries: list.deliveries as SandboxCallbacksShown['deliveries'] } : undefined;
}

/** The newest API requests the sandbox answered (GET /_sandbox/requests: masked by the sandbox; the view shows no parameters). */
export interface SandboxRequestsShown {
  readonly total: number;
  readonly requests: ReadonlyArray<{ readonly seq: number; readonly time: string; readonly method: string; readonly path: string; readonly status: number; readonly code?: number; readonly ms: number; readonly fault?: string }>;
}

/** Undefined from a sandbox without a request journal (an older one). */
export async function readRequests(url: string, limit = 10): Promise<SandboxRequestsShown | undefined> {
  const res = await fetch(`${url}/_sandbox/requests?limit=${limit}`);
  return res.ok ? ((await res.json()) as SandboxRequestsShown) : undefined;
}

/** Sends a delivery again (a fresh signature); resolves once its attempts are over. */
export async function redeliverCallback(url: string, id: number): Promise<void> {
  const res = await fetch(`${url}/_sandbox/callbacks/redeliver`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ id }) });
  if (!res.ok) throw new Error(`POST /_sandbox/callbacks/redeliver answered HTTP ${res.status}: ${(await res.text()).slice(0, 200)}`);
}

/** The newest token of a user shown. */
export function newestToken(app: SandboxAppState, userId: string): SandboxStateToken | undefined {
  return app.tokens.find((t) => t.userId === userId);
}

/** blocked (an active block), else the newest token's status, else none. */
export function userTokenStatus(app: SandboxAppState, userId: string): TokenStatusShown {
  if (app.blocks.some((b) => b.userId === userId)) return 'blocked';
  return newestToken(app, userId)?.status ?? 'none';
}

/** The newest messages sent to a user, with whether each reached it. */
export function inbox(app: SandboxAppState, userId: string): readonly SandboxInboxMessage[] {
  return app.inboxes[userId] ?? [];
}
