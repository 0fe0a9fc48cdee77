/**
 * What a backend's tests need besides the Rong API, under `/_sandbox/` (no Rong path starts with
 * `_`, so it cannot collide): read the state, verify a token, mark a user online or offline, advance
 * the clock, reset. Bodies are JSON; no signature is asked for.
 *
 * On or off: on by default when the sandbox listens on a loopback address (the default 127.0.0.1),
 * because only processes of this machine can reach it then and a backend's tests should need no
 * flag; off on any other address unless `--inspect` (option `inspect: true`) asks for it, because
 * anyone on the network could otherwise read every token and reset the state.
 *
 *   GET  /_sandbox/state[?app=KEY]                 users, tokens with status, blocks, blacklists, groups, messages
 *   GET  /_sandbox/messages?userId=U|groupId=G[&app=KEY]   messages sent to a user (with `delivered`) or a group
 *   POST /_sandbox/verify  {"token":"…"}            {"status":"valid"|"expired"|"unknown", appKey, userId, …}
 *   POST /_sandbox/online  {"userId":"…","online":true[,"app":KEY]}
 *   POST /_sandbox/clock   {"advanceMs":N}          {"now":ms}
 *   POST /_sandbox/reset   {}                       everything of every app forgotten (the clock is not moved back)
 */
import type { Answer } from './answer';
import { clip } from './echo';
import type { SandboxModel, TokenStatus } from './model';

export const INSPECT_PREFIX = '/_sandbox/';
export const MAX_INSPECT_BODY_BYTES = 64 * 1024;

/** What the control needs of the server. */
export interface SandboxControl {
  readonly appKeys: readonly string[];
  readonly model: SandboxModel;
  now(): number;
  verifyToken(token: string): TokenVerdict;
  setOnline(userId: string, online: boolean, appKey?: string): Promise<void>;
  advanceClock(ms: number): number;
  reset(): Promise<void>;
}

export interface TokenVerdict {
  readonly status: TokenStatus;
  readonly appKey?: string;
  readonly userId?: string;
  readonly issuedAt?: number;
  readonly expiresAt?: number;
}

const ROUTES: Readonly<Record<string, 'GET' | 'POST'>> = {
  state: 'GET',
  messages: 'GET',
  verify: 'POST',
  online: 'POST',
  clock: 'POST',
  reset: 'POST',
};

export async function inspectAnswer(control: SandboxControl, method: string, path: string, query: URLSearchParams, body: string): Promise<Answer> {
  const name = path.slice(INSPECT_PREFIX.length);
  const allowed = ROUTES[name];
  if (allowed === undefined) return problem(404, `no control at ${clip(path)}; there are ${Object.keys(ROUTES).map((r) => INSPECT_PREFIX + r).join(', ')}`);
  if (method !== allowed) return { ...problem(405, `use ${allowed} for ${INSPECT_PREFIX}${name}`), headers: { Allow: allowed } };
  const app = query.get('app') ?? undefined;
  if (app !== undefined && !control.appKeys.includes(app)) return problem(404, `no app has the App Key "${clip(app)}"`);
  if (name === 'state') return done({ now: control.now(), apps: (app ? [app] : control.appKeys).map((k) => appView(control, k)) });
  if (name === 'messages') return messagesAnswer(control, app ?? control.appKeys[0], query);
  const json = parseBody(body);
  if (typeof json === 'string') return problem(400, json);
  return postAnswer(control, name, json);
}

async function postAnswer(control: SandboxControl, name: string, json: Record<string, unknown>): Promise<Answer> {
  switch (name) {
    case 'verify':
      return typeof json.token === 'string' ? done({ ...control.verifyToken(json.token) }) : problem(400, 'the body needs "token": a string');
    case 'online': {
      if (typeof json.userId !== 'string' || json.userId === '') return problem(400, 'the body needs "userId": a non-empty string');
      if (typeof json.online !== 'boolean') return problem(400, 'the body needs "online": true or false');
      const app = json.app === undefined ? control.appKeys[0] : json.app;
      if (typeof app !== 'string' || !control.appKeys.includes(app)) return problem(404, `no app has the App Key "${clip(String(app))}"`);
      await control.setOnline(json.userId, json.online, app);
      return done({ userId: json.userId, online: json.online });
    }
    case 'clock': {
      const ms = json.advanceMs;
      if (typeof ms !== 'number' || !Number.isSafeInteger(ms) || ms < 0) return problem(400, 'the body needs "advanceMs": an integer number of milliseconds ≥ 0');
      return done({ now: control.advanceClock(ms) });
    }
    case 'reset':
      await control.reset();
      return done({ reset: true });
    default:
      return problem(404, `no control ${clip(name)}`);
  }
}

function appView(control: SandboxControl, appKey: string): Record<string, unknown> {
  const state = control.model.app(appKey);
  const now = control.now();
  return {
    appKey,
    users: [...state.users.values()].map((u) => ({
      userId: u.userId, name: u.name, portraitUri: u.portraitUri ?? '', createdAt: u.createdAt, online: state.online.has(u.userId),
    })),
    tokens: [...state.tokens.values()].flat().map((k) => ({
      userId: k.userId, token: k.token, issuedAt: k.issuedAt, expiresAt: k.expiresAt, status: control.model.tokenStatus(k, now),
    })),
    blocks: control.model.activeBlocks(appKey, now),
    blacklists: Object.fromEntries([...state.blacklists].map(([owner, list]) => [owner, [...list]])),
    groups: [...state.groups.values()].map((g) => ({ groupId: g.groupId, name: g.name, members: [...g.members] })),
    messages: state.messages,
  };
}

function messagesAnswer(control: SandboxControl, appKey: string, query: URLSearchParams): Answer {
  const userId = query.get('userId');
  const groupId = query.get('groupId');
  if ((userId === null) === (groupId === null)) return problem(400, 'give one of userId or groupId');
  const all = control.model.app(appKey).messages;
  const messages = userId !== null
    ? all.flatMap((m) => {
        const r = m.recipients.find((x) => x.userId === userId);
        return r ? [{ ...m, delivered: r.delivered }] : [];
      })
    : all.filter((m) => m.groupIds?.includes(groupId ?? ''));
  return done({ messages });
}

function parseBody(body: string): Record<string, unknown> | string {
  if (body.trim() === '') return {};
  try {
    const json: unknown = JSON.parse(body);
    return typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : 'the body must be a JSON object';
  } catch (err) {
    return `the body is not JSON: ${clip(err instanceof Error ? err.message : String(err), 120)}`;
  }
}

function done(body: Record<string, unknown>): Answer {
  return { status: 200, body };
}

function problem(status: number, error: string): Answer {
  return { status, body: { error } };
}
