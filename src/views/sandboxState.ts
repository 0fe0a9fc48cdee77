/**
 * The sandbox's state as the Rong Sandbox view reads it: GET /_sandbox/state of the sandbox this
 * window uses (its own or another window's, so both look the same), and POST /_sandbox/reset.
 */

export type TokenStatusShown = 'valid' | 'expired' | 'blocked' | 'none';

export interface SandboxStateUser {
  readonly userId: string;
  readonly name: string;
  readonly online: boolean;
}

export interface SandboxStateToken {
  readonly userId: string;
  readonly token: string;
  readonly issuedAt: number;
  readonly expiresAt: number;
  readonly status: 'valid' | 'expired';
}

export interface SandboxStateMessage {
  readonly kind: string;
  readonly messageUID: string;
  readonly fromUserId: string;
  readonly recipients: ReadonlyArray<{ readonly userId: string; readonly delivered: boolean }>;
  readonly objectName: string;
  readonly content: string;
  readonly sentAt: number;
}

export interface SandboxAppState {
  readonly appKey: string;
  readonly users: readonly SandboxStateUser[];
  readonly tokens: readonly SandboxStateToken[];
  readonly blocks: ReadonlyArray<{ readonly userId: string; readonly until: number }>;
  readonly groups: ReadonlyArray<{ readonly groupId: string; readonly name: string; readonly members: readonly string[] }>;
  readonly messages: readonly SandboxStateMessage[];
}

/** The state of one app, with the response text (to tell a change from a repeat cheaply). */
export async function readSandboxState(url: string, appKey: string): Promise<{ text: string; app: SandboxAppState }> {
  const res = await fetch(`${url}/_sandbox/state?app=${encodeURIComponent(appKey)}`);
  const text = await res.text();
  if (!res.ok) throw new Error(`GET /_sandbox/state answered HTTP ${res.status}: ${text.slice(0, 200)}`);
  const app = (JSON.parse(text) as { apps: SandboxAppState[] }).apps[0];
  return { text, app };
}

export async function resetSandboxState(url: string): Promise<void> {
  const res = await fetch(`${url}/_sandbox/reset`, { method: 'POST', body: '{}' });
  if (!res.ok) throw new Error(`POST /_sandbox/reset answered HTTP ${res.status}`);
}

/** The newest token of a user (the last issued). */
export function newestToken(app: SandboxAppState, userId: string): SandboxStateToken | undefined {
  return app.tokens.filter((t) => t.userId === userId).reduce<SandboxStateToken | undefined>((a, t) => (!a || t.issuedAt >= a.issuedAt ? t : a), undefined);
}

/** blocked (an active block), else the newest token's status, else none. */
export function userTokenStatus(app: SandboxAppState, userId: string): TokenStatusShown {
  if (app.blocks.some((b) => b.userId === userId)) return 'blocked';
  return newestToken(app, userId)?.status ?? 'none';
}

/** The messages sent to a user, with whether each reached it. */
export function inbox(app: SandboxAppState, userId: string): Array<SandboxStateMessage & { delivered: boolean }> {
  return app.messages.flatMap((m) => {
    const r = m.recipients.find((x) => x.userId === userId);
    return r ? [{ ...m, delivered: r.delivered }] : [];
  });
}
