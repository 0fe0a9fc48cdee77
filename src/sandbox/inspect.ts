/**
 * What a backend's tests need besides the Rong API, under `/_sandbox/` (no Rong path starts with
 * `_`, so it cannot collide): read the state, verify a token, mark a user online or offline, advance
 * the clock, reset. Bodies are JSON; no signature is asked for.
 *
 * On or off: on by default when the sandbox listens on a loopback address (the default 127.0.0.1),
 * off on any other address unless `--inspect` (option `inspect: true`) asks for it, because anyone
 * on the network could otherwise read every token and reset the state. What reaches it is decided
 * in server.ts (requestGuard.ts): the Host must be the sandbox's own address, a browser's request
 * (any `Origin`) is refused, and a POST must be `Content-Type: application/json`.
 *
 *   GET  /_sandbox/state[?app=KEY][&limit=N][&cursor=C]   users, tokens with status, blocks, blacklists, groups, messages,
 *                                                   chatrooms with their members, rows (every other table: model/tables.ts)
 *   GET  /_sandbox/messages?userId=U|groupId=G|chatroomId=C|ultragroupId=UG[&channelId=CH][&app=KEY][&limit=N][&cursor=C]
 *                                                   messages to a user (with `delivered`), a group, a chatroom or an ultragroup
 *   GET  /_sandbox/overview[?app=KEY][&limit=N]     what the Rong Sandbox view shows (first N users, groups, chatrooms; newest inbox)
 *   POST /_sandbox/verify  {"token":"…"}            {"status":"valid"|"expired"|"unknown", appKey, userId, …}
 *   POST /_sandbox/online  {"userId":"…","online":true[,"app":KEY]}
 *   POST /_sandbox/clock   {"advanceMs":N}          {"now":ms}
 *   POST /_sandbox/reset   {}                       everything of every app forgotten (the clock is not moved back)
 *   POST /_sandbox/clients/join  {"userId","chatroomId"[,"autoCreate":true][,"app"]}   a simulated client enters a chatroom
 *   POST /_sandbox/clients/leave {"userId","chatroomId"[,"app"]}                         … leaves it
 *   POST /_sandbox/clients/send  {"fromUserId", one of "toUserId"|"groupId"|"chatroomId"|"ultragroupId" (+"channelId"),
 *                                 "objectName","content"[,"app"]}   {"messageUID","msgTimestamp",…}: a client's message, kept
 *   (clients.ts says what each checks and every choice made where no source says.)
 *   /_sandbox/requests, /_sandbox/faults, /_sandbox/export, /_sandbox/import: testService.ts
 *
 * Every list is paged, so that no answer grows with the state (a state of 1,600 large messages once
 * made one JSON.stringify throw): at most `limit` items (default 1000, at most 10000) and about
 * MAX_PAGE_CHARS characters; `next` is the cursor of the following page (absent on the last). The GET
 * answers carry `revision` (bumped on every change) and an ETag: `If-None-Match` with it is a 304.
 */
import { MESSAGE_CONTENT_MAX_BYTES } from '../core/contract/limits';
import type { Answer } from './answer';
import { checkClientBody, type ClientAction, type ClientOutcome } from './clients';
import { clip } from './echo';
import type { SandboxModel, TokenStatus } from './model';
import { CHATROOM_MEMBERS, CHATROOMS, type MemberRow } from './model/tables';
import { TEST_SERVICE_ROUTES, testServiceAnswer, type TestServiceControl } from './testService';

export const INSPECT_PREFIX = '/_sandbox/';
/** A control body: room for a client's send of 128 KB of content written as JSON escapes (up to 6 bytes a byte), and its other fields. */
export const MAX_INSPECT_BODY_BYTES = 6 * MESSAGE_CONTENT_MAX_BYTES + 64 * 1024;
/** Items per page of /_sandbox/state and /_sandbox/messages: the default and the most a `limit` may ask. */
export const PAGE_LIMIT = { default: 1000, max: 10_000 } as const;
/** Users and groups per /_sandbox/overview: the default and the most. */
export const OVERVIEW_LIMIT = { default: 100, max: 500 } as const;
/** Inbox messages per user in the overview (the newest), and characters of each one's content. */
export const OVERVIEW_INBOX = 20;
export const OVERVIEW_CONTENT_CHARS = 500;
/** A page stops before the item that would take it past this many characters of JSON (one item always fits). */
export const MAX_PAGE_CHARS = 4 * 1024 * 1024;

/** What the control needs of the server (the test service's routes too: testService.ts). */
export interface SandboxControl extends TestServiceControl {
  readonly appKeys: readonly string[];
  readonly model: SandboxModel;
  /** Bumped on every change of the state or the clock; with `instance`, what the ETag is made of. */
  readonly revision: number;
  /** Random per process, so that a restarted sandbox's revision 3 is not taken for the old one's. */
  readonly instance: string;
  now(): number;
  verifyToken(token: string): TokenVerdict;
  setOnline(userId: string, online: boolean, appKey?: string): Promise<void>;
  advanceClock(ms: number): Promise<number>;
  reset(): Promise<void>;
  /** A simulated client's join, leave or send (clients.ts), its body already checked; its records kept before it resolves. */
  clientAct(action: ClientAction, json: Record<string, unknown>, appKey?: string): Promise<ClientOutcome>;
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
  overview: 'GET',
  verify: 'POST',
  online: 'POST',
  clock: 'POST',
  reset: 'POST',
  'clients/join': 'POST',
  'clients/leave': 'POST',
  'clients/send': 'POST',
};

export async function inspectAnswer(
  control: SandboxControl, method: string, path: string, query: URLSearchParams, body: string, ifNoneMatch?: string,
): Promise<Answer> {
  const name = path.slice(INSPECT_PREFIX.length);
  const testService = await testServiceAnswer(control, method, name, query, body); // requests, faults, export, import
  if (testService) return testService;
  const allowed = ROUTES[name];
  if (allowed === undefined) return problem(404, `no control at ${clip(path)}; there are ${[...Object.keys(ROUTES), ...Object.keys(TEST_SERVICE_ROUTES)].map((r) => INSPECT_PREFIX + r).join(', ')}`);
  if (method !== allowed) return { ...problem(405, `use ${allowed} for ${INSPECT_PREFIX}${name}`), headers: { Allow: allowed } };
  const app = query.get('app') ?? undefined;
  if (app !== undefined && !control.appKeys.includes(app)) return problem(404, `no app has the App Key "${clip(app)}"`);
  if (allowed === 'GET') return getAnswer(control, name, app, query, ifNoneMatch);
  const json = parseBody(body);
  if (typeof json === 'string') return problem(400, json);
  return postAnswer(control, name, json);
}

/** A GET: 304 when `If-None-Match` holds the state's tag, else the page asked for, tagged. */
function getAnswer(control: SandboxControl, name: string, app: string | undefined, query: URLSearchParams, ifNoneMatch: string | undefined): Answer {
  const tag = stateTag(control);
  if (ifNoneMatch !== undefined && tagMatches(ifNoneMatch, tag)) return { status: 304, body: {}, headers: { ETag: tag } };
  const answer = name === 'state'
    ? stateAnswer(control, app ? [app] : [...control.appKeys], query)
    : name === 'messages'
      ? messagesAnswer(control, app ?? control.appKeys[0], query)
      : overviewAnswer(control, app ?? control.appKeys[0], query);
  return answer.status === 200 ? { ...answer, body: { revision: control.revision, ...answer.body }, headers: { ETag: tag } } : answer;
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
      try {
        return done({ now: await control.advanceClock(ms) });
      } catch (err) {
        if (err instanceof RangeError) return problem(400, err.message); // past the latest time the clock keeps
        throw err;
      }
    }
    case 'reset':
      await control.reset();
      return done({ reset: true });
    case 'clients/join':
    case 'clients/leave':
    case 'clients/send': {
      const action = name.slice('clients/'.length) as ClientAction;
      const wrong = checkClientBody(action, json);
      if (wrong !== undefined) return problem(400, wrong);
      const app = json.app === undefined ? control.appKeys[0] : json.app;
      if (typeof app !== 'string' || !control.appKeys.includes(app)) return problem(404, `no app has the App Key "${clip(String(app))}"`);
      const outcome = await control.clientAct(action, json, app);
      return 'records' in outcome ? done(outcome.body) : problem(outcome.status, outcome.error);
    }
    default:
      return problem(404, `no control ${clip(name)}`);
  }
}

/** The state's tag: changes with every change and whenever a token or a block runs out (statuses depend on time). */
export function stateTag(control: SandboxControl): string {
  return `W/"${control.instance}-${control.revision}-${nextTransition(control)}"`;
}

function tagMatches(header: string, tag: string): boolean {
  const bare = (t: string) => t.trim().replace(/^W\//, '');
  return header.split(',').some((t) => t.trim() === '*' || bare(t) === bare(tag));
}

/** The first time after now at which a token expires or a block ends (0 when none will). */
function nextTransition(control: SandboxControl): number {
  const now = control.now();
  let next = Infinity;
  for (const appKey of control.appKeys) {
    const state = control.model.app(appKey);
    for (const list of state.tokens.values()) for (const t of list) if (t.expiresAt > now && t.expiresAt < next) next = t.expiresAt;
    for (const until of state.blocks.values()) if (until > now && until < next) next = until;
  }
  return next === Infinity ? 0 : next;
}

const LISTS = ['users', 'tokens', 'blocks', 'blacklists', 'groups', 'messages', 'chatrooms', 'rows'] as const;
type ListName = (typeof LISTS)[number];

interface ListSource {
  readonly total: number;
  /** The items from `offset` on, as they are answered. */
  from(offset: number): Iterable<unknown>;
}

function* skip<T>(items: Iterable<T>, offset: number): Iterable<T> {
  let i = 0;
  for (const item of items) if (i++ >= offset) yield item;
}

function* take<T>(items: Iterable<T>, n: number): Iterable<T> {
  if (n <= 0) return;
  let i = 0;
  for (const item of items) {
    yield item;
    if (++i >= n) return;
  }
}

function* flatten<T>(lists: Iterable<readonly T[]>): Iterable<T> {
  for (const list of lists) yield* list;
}

function* fromIndex<T>(items: readonly T[], offset: number): Iterable<T> {
  for (let i = offset; i < items.length; i++) yield items[i];
}

function* mapped<T, U>(items: Iterable<T>, f: (t: T) => U): Iterable<U> {
  for (const item of items) yield f(item);
}

function listSources(control: SandboxControl, appKey: string, now: number): Record<ListName, ListSource> {
  const state = control.model.app(appKey);
  const blocks = control.model.activeBlocks(appKey, now);
  let tokens = 0;
  for (const list of state.tokens.values()) tokens += list.length;
  return {
    users: {
      total: state.users.size,
      from: (o) => mapped(skip(state.users.values(), o), (u) => ({
        userId: u.userId, name: u.name, portraitUri: u.portraitUri ?? '', createdAt: u.createdAt, online: state.online.has(u.userId),
      })),
    },
    tokens: {
      total: tokens,
      from: (o) => mapped(skip(flatten(state.tokens.values()), o), (k) => ({
        userId: k.userId, token: k.token, issuedAt: k.issuedAt, expiresAt: k.expiresAt, status: control.model.tokenStatus(k, now),
      })),
    },
    blocks: { total: blocks.length, from: (o) => fromIndex(blocks, o) },
    blacklists: { total: state.blacklists.size, from: (o) => mapped(skip(state.blacklists, o), ([owner, list]) => [owner, [...list]]) },
    groups: { total: state.groups.size, from: (o) => mapped(skip(state.groups.values(), o), (g) => ({ groupId: g.groupId, name: g.name, members: [...g.members] })) },
    messages: { total: state.messages.length, from: (o) => fromIndex(state.messages, o) },
    chatrooms: chatroomSource(control, appKey, (members) => members.map(([userId, m]) => ({ userId, joinedAt: m.joinedAt }))),
    rows: rowSource(control, appKey),
  };
}

/** The app's chatrooms (each with its row's fields and its members), those with members but no row too (a room another call dropped). */
function chatroomSource(control: SandboxControl, appKey: string, members: (list: Array<[string, MemberRow]>) => unknown[]): ListSource {
  const ids = chatroomIds(control, appKey);
  return {
    total: ids.length,
    from: (o) => mapped(fromIndex(ids, o), (chatroomId) => chatroomItem(control, appKey, chatroomId, members)),
  };
}

function chatroomIds(control: SandboxControl, appKey: string): string[] {
  const tables = control.model.app(appKey).tables;
  const ids = new Set(tables.get(CHATROOMS)?.get('')?.keys() ?? []);
  for (const scope of tables.get(CHATROOM_MEMBERS)?.keys() ?? []) ids.add(scope);
  return [...ids];
}

function chatroomItem(control: SandboxControl, appKey: string, chatroomId: string, members: (list: Array<[string, MemberRow]>) => unknown[]): Record<string, unknown> {
  const tables = control.model.app(appKey).tables;
  const room = tables.get(CHATROOMS)?.get('')?.get(chatroomId);
  const list = tables.get(CHATROOM_MEMBERS)?.get(chatroomId) as Map<string, MemberRow> | undefined;
  return {
    chatroomId,
    ...(typeof room === 'object' && room !== null && !Array.isArray(room) ? room : {}),
    memberTotal: list?.size ?? 0,
    members: members([...(list ?? [])]),
  };
}

/** Every row of every table, as { table, scope, key, value }. */
function rowSource(control: SandboxControl, appKey: string): ListSource {
  const tables = control.model.app(appKey).tables;
  let total = 0;
  for (const scopes of tables.values()) for (const rows of scopes.values()) total += rows.size;
  function* all() {
    for (const [table, scopes] of tables) for (const [scope, rows] of scopes) for (const [key, value] of rows) yield { table, scope, key, value };
  }
  return { total, from: (o) => skip(all(), o) };
}

/** Where a page starts: app (index in the apps answered), list (index in LISTS), offset in that list. */
interface Position {
  readonly app: number;
  readonly list: number;
  readonly offset: number;
}

/** One page of the state: the apps' lists walked in order (each app: users, tokens, … messages), at most `limit` items. */
function stateAnswer(control: SandboxControl, appKeys: readonly string[], query: URLSearchParams): Answer {
  const limit = readLimit(query, PAGE_LIMIT);
  if (typeof limit === 'string') return problem(400, limit);
  const start = readCursor(query.get('cursor'), appKeys.length);
  if (typeof start === 'string') return problem(400, start);
  const now = control.now();
  const sources = appKeys.map((k) => listSources(control, k, now));
  const apps = appKeys.map((appKey, i) => ({
    appKey,
    totals: Object.fromEntries(LISTS.map((l) => [l, sources[i][l].total])),
    users: [] as unknown[], tokens: [] as unknown[], blocks: [] as unknown[], blacklists: {} as Record<string, unknown>, groups: [] as unknown[], messages: [] as unknown[],
    chatrooms: [] as unknown[], rows: [] as unknown[],
  }));
  const page = new PageBudget(limit);
  for (let a = start.app; a < appKeys.length; a++) {
    for (let l = a === start.app ? start.list : 0; l < LISTS.length; l++) {
      const list = LISTS[l];
      let offset = a === start.app && l === start.list ? start.offset : 0;
      for (const item of sources[a][list].from(offset)) {
        if (!page.admits(item)) return done({ now, apps, next: `${a}.${l}.${offset}` });
        if (list === 'blacklists') {
          const [owner, members] = item as [string, string[]];
          apps[a].blacklists[owner] = members;
        } else apps[a][list].push(item);
        offset++;
      }
    }
  }
  return done({ now, apps });
}

/** At most `limit` items and about MAX_PAGE_CHARS characters of JSON, one item at least. */
class PageBudget {
  private count = 0;
  private chars = 0;

  constructor(private readonly limit: number) {}

  admits(item: unknown): boolean {
    if (this.count >= this.limit) return false;
    const size = JSON.stringify(item).length + 1;
    if (this.count > 0 && this.chars + size > MAX_PAGE_CHARS) return false;
    this.count++;
    this.chars += size;
    return true;
  }
}

function readLimit(query: URLSearchParams, bounds: { readonly default: number; readonly max: number }): number | string {
  const raw = query.get('limit');
  if (raw === null) return bounds.default;
  const n = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  return n >= 1 && n <= bounds.max ? n : `limit must be an integer from 1 to ${bounds.max} (default ${bounds.default}), not "${clip(raw, 20)}"`;
}

function readCursor(raw: string | null, apps: number): Position | string {
  if (raw === null) return { app: 0, list: 0, offset: 0 };
  const m = /^(\d{1,4})\.(\d)\.(\d{1,9})$/.exec(raw);
  const pos = m ? { app: Number(m[1]), list: Number(m[2]), offset: Number(m[3]) } : undefined;
  return pos && pos.app < apps && pos.list < LISTS.length
    ? pos
    : `cursor "${clip(raw, 40)}" is not one this sandbox gave: pass the "next" of an earlier answer, with the same app`;
}

const MESSAGE_TARGETS = ['userId', 'groupId', 'chatroomId', 'ultragroupId'] as const;

/** Messages to a user (with `delivered`), a group, a chatroom or an ultragroup (a channel of it), a page at a time; the cursor is where the scan goes on. */
function messagesAnswer(control: SandboxControl, appKey: string, query: URLSearchParams): Answer {
  const given = MESSAGE_TARGETS.filter((t) => query.get(t) !== null);
  if (given.length !== 1) return problem(400, `give one of ${MESSAGE_TARGETS.join(', ')}`);
  const channelId = query.get('channelId');
  if (channelId !== null && given[0] !== 'ultragroupId') return problem(400, 'channelId goes only with ultragroupId');
  const userId = query.get('userId');
  const groupId = query.get('groupId');
  const chatroomId = query.get('chatroomId');
  const ultragroupId = query.get('ultragroupId');
  const limit = readLimit(query, PAGE_LIMIT);
  if (typeof limit === 'string') return problem(400, limit);
  const cursor = query.get('cursor');
  const start = cursor === null ? 0 : /^\d{1,9}$/.test(cursor) ? Number(cursor) : -1;
  if (start < 0) return problem(400, `cursor "${clip(cursor ?? '', 40)}" is not one this sandbox gave: pass the "next" of an earlier answer`);
  const all = control.model.app(appKey).messages;
  const page = new PageBudget(limit);
  const messages: unknown[] = [];
  for (let i = start; i < all.length; i++) {
    const m = all[i];
    const r = userId !== null ? m.recipients.find((x) => x.userId === userId) : undefined;
    const item = userId !== null ? (r ? { ...m, delivered: r.delivered } : undefined)
      : groupId !== null ? (m.groupIds?.includes(groupId) ? m : undefined)
        : chatroomId !== null ? (m.kind === 'chatroom' && m.targetId === chatroomId ? m : undefined)
          : m.kind === 'ultragroup' && m.targetId === ultragroupId && (channelId === null || (m.channelId ?? '') === channelId) ? m : undefined;
    if (item === undefined) continue;
    if (!page.admits(item)) return done({ messages, next: String(i) });
    messages.push(item);
  }
  return done({ messages });
}

/**
 * What the Rong Sandbox view shows of an app, bounded: the first `limit` users (each with its newest
 * token, an active block, its inbox total and newest OVERVIEW_INBOX messages, content clipped) and
 * groups (the first `limit` members), with the totals, so the view can say how many it leaves out.
 */
function overviewAnswer(control: SandboxControl, appKey: string, query: URLSearchParams): Answer {
  const limit = readLimit(query, OVERVIEW_LIMIT);
  if (typeof limit === 'string') return problem(400, limit);
  const state = control.model.app(appKey);
  const now = control.now();
  const shown = [...take(state.users.values(), limit)];
  const inboxes = newestInboxes(control, appKey, new Set(shown.map((u) => u.userId)));
  return done({
    now,
    appKey,
    totals: { users: state.users.size, groups: state.groups.size, chatrooms: chatroomIds(control, appKey).length },
    users: shown.map((u) => ({ userId: u.userId, name: u.name, online: state.online.has(u.userId), inboxTotal: inboxes.get(u.userId)?.total ?? 0 })),
    tokens: shown.flatMap((u) => {
      const t = state.tokens.get(u.userId)?.at(-1);
      return t ? [{ userId: t.userId, token: t.token, issuedAt: t.issuedAt, expiresAt: t.expiresAt, status: control.model.tokenStatus(t, now) }] : [];
    }),
    blocks: shown.flatMap((u) => {
      const until = state.blocks.get(u.userId);
      return until !== undefined && until > now ? [{ userId: u.userId, until }] : [];
    }),
    inboxes: Object.fromEntries([...inboxes].map(([userId, box]) => [userId, box.newest])),
    groups: [...take(state.groups.values(), limit)].map((g) => ({ groupId: g.groupId, name: g.name, memberTotal: g.members.size, members: [...take(g.members, limit)] })),
    chatrooms: chatroomIds(control, appKey).slice(0, limit).map((id) => chatroomItem(control, appKey, id, (list) => list.slice(0, limit).map(([userId]) => userId))),
  });
}

interface Inbox {
  total: number;
  /** Oldest first, at most OVERVIEW_INBOX. */
  readonly newest: Array<Record<string, unknown>>;
}

/** One pass over the app's messages, newest first: each shown user's inbox total and newest messages. */
function newestInboxes(control: SandboxControl, appKey: string, users: ReadonlySet<string>): Map<string, Inbox> {
  const out = new Map<string, Inbox>();
  const messages = control.model.app(appKey).messages;
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i];
    for (const r of m.recipients) {
      if (!users.has(r.userId)) continue;
      let box = out.get(r.userId);
      if (!box) out.set(r.userId, (box = { total: 0, newest: [] }));
      box.total++;
      if (box.newest.length < OVERVIEW_INBOX) {
        const content = m.content.length > OVERVIEW_CONTENT_CHARS ? `${m.content.slice(0, OVERVIEW_CONTENT_CHARS)}…` : m.content;
        box.newest.unshift({ messageUID: m.messageUID, objectName: m.objectName, fromUserId: m.fromUserId, content, sentAt: m.sentAt, delivered: r.delivered });
      }
    }
  }
  return out;
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
