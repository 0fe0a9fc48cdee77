/**
 * One model of the sandbox's state for every endpoint: per app, users (name, portrait, creation
 * time), tokens (issue and expiry time), token/expire times, blocks (end time), blacklists, groups
 * and their members, messages sent, and who is online. It changes only through `apply(record)`,
 * which is pure bookkeeping (no clock, no I/O), so live changes and a replay give the same state;
 * `snapshot()` gives records that rebuild it. Queries that depend on time take `now`.
 */
import type { JsonValue, SandboxRecord } from './records';

export type TokenStatus = 'valid' | 'expired' | 'unknown';

export interface UserState {
  readonly userId: string;
  name: string;
  portraitUri?: string;
  createdAt: number;
  /** The newest token issued to the user. */
  lastToken?: string;
  /** token/expire: tokens issued before this are expired. */
  expiredBefore?: number;
}

export interface TokenState {
  readonly app: string;
  readonly userId: string;
  readonly token: string;
  readonly issuedAt: number;
  readonly expiresAt: number;
}

export interface GroupState {
  readonly groupId: string;
  name: string;
  /** In the order they joined. */
  readonly members: Set<string>;
}

type MessageRecord = Extract<SandboxRecord, { t: 'message' }>;

/** A message as kept: its record without the record's own fields; later changes (recall, modify, expansion) change it. */
export type MessageState = { -readonly [K in keyof Omit<MessageRecord, 't' | 'app'>]: Omit<MessageRecord, 't' | 'app'>[K] };

/** A table's rows: scope → key → value, each in the order first put (model/tables.ts names the tables). */
export type Table = Map<string, Map<string, JsonValue>>;

export class AppState {
  /** In registration order. */
  readonly users = new Map<string, UserState>();
  /** userId → end of the block (the latest block call wins). */
  readonly blocks = new Map<string, number>();
  /** owner → blacklisted userIds in the order they were added. */
  readonly blacklists = new Map<string, Set<string>>();
  readonly groups = new Map<string, GroupState>();
  readonly messages: MessageState[] = [];
  /** Every messageUID of a kept message (a private message's per-recipient UIDs too) → the message. */
  readonly messagesByUID = new Map<string, MessageState>();
  /**
   * The kept messages of each conversation, oldest first (conversationOf): history reads walk their
   * conversation, not the whole store of up to --max-messages.
   */
  readonly byConversation = new Map<string, MessageState[]>();
  /** Every other kind of state, as rows (records put, del, drop). */
  readonly tables = new Map<string, Table>();
  readonly online = new Set<string>();
  /** userId → its tokens, oldest first. */
  readonly tokens = new Map<string, TokenState[]>();
  /** token/expire times of users that may not be registered (kept so that a later registration's old tokens stay expired). */
  readonly expiries = new Map<string, number>();
  /** owner → (target userId → push remark), both in the order first set. */
  readonly remarks = new Map<string, Map<string, string>>();
  /** Deactivated userIds in the order they were deactivated. */
  readonly deactivated = new Set<string>();
}

/** Messages kept per app unless told otherwise (`--max-messages`): the oldest go first. */
export const DEFAULT_MAX_MESSAGES = 100_000;

export interface ModelOptions {
  /** Messages kept per app (an integer ≥ 1); past it the oldest are dropped. Default DEFAULT_MAX_MESSAGES. */
  readonly maxMessages?: number;
  /** Told of messages dropped (the bound applied); a notice, never part of the state. */
  readonly onDropped?: (appKey: string, dropped: number, kept: number) => void;
}

export class SandboxModel {
  readonly maxMessages: number;
  private readonly onDropped: ModelOptions['onDropped'];
  /** How far the sandbox clock runs ahead of the system clock (POST /_sandbox/clock), in ms. */
  private offsetMs = 0;
  private apps = new Map<string, AppState>();
  private tokenIndex = new Map<string, TokenState>();
  private changes = 0;

  constructor(options: ModelOptions = {}) {
    const max = options.maxMessages ?? DEFAULT_MAX_MESSAGES;
    if (!Number.isSafeInteger(max) || max < 1) throw new RangeError(`maxMessages must be an integer ≥ 1 (messages kept per app), not ${String(max)}`);
    this.maxMessages = max;
    this.onDropped = options.onDropped;
  }

  get clockOffsetMs(): number {
    return this.offsetMs;
  }

  /**
   * Bumped by every record applied: a change counter for polling (ETag). The server sends an answer
   * only once the records it reflects are durable, so a revision seen by a client is never lost.
   */
  get revision(): number {
    return this.changes;
  }

  /** The state of an app (an empty one for an app with no records yet). */
  app(appKey: string): AppState {
    let state = this.apps.get(appKey);
    if (!state) {
      state = new AppState();
      this.apps.set(appKey, state);
    }
    return state;
  }

  appKeys(): string[] {
    return [...this.apps.keys()];
  }

  apply(record: SandboxRecord): void {
    this.changes++;
    if (record.t === 'reset') {
      this.apps = new Map();
      this.tokenIndex = new Map();
      return;
    }
    if (record.t === 'clock') {
      this.offsetMs = record.offsetMs;
      return;
    }
    const app = this.app(record.app);
    switch (record.t) {
      case 'user': applyUser(app, record); return;
      case 'profile': {
        const user = app.users.get(record.userId);
        if (!user) return;
        if (record.name !== undefined) user.name = record.name;
        if (record.portraitUri !== undefined) user.portraitUri = record.portraitUri;
        return;
      }
      case 'token': this.applyToken(app, record); return;
      case 'expire': {
        const before = Math.max(app.expiries.get(record.userId) ?? 0, record.time);
        app.expiries.set(record.userId, before);
        const user = app.users.get(record.userId);
        if (user) user.expiredBefore = before;
        return;
      }
      case 'block': app.blocks.set(record.userId, record.until); return;
      case 'unblock': app.blocks.delete(record.userId); return;
      case 'blacklistAdd': {
        let list = app.blacklists.get(record.userId);
        if (!list) app.blacklists.set(record.userId, (list = new Set()));
        for (const id of record.blackUserIds) list.add(id);
        return;
      }
      case 'blacklistRemove': {
        const list = app.blacklists.get(record.userId);
        for (const id of record.blackUserIds) list?.delete(id);
        if (list?.size === 0) app.blacklists.delete(record.userId);
        return;
      }
      case 'groupJoin': applyGroupJoin(app, record); return;
      case 'groupQuit': {
        const group = app.groups.get(record.groupId);
        for (const id of record.userIds) group?.members.delete(id);
        return;
      }
      case 'groupDismiss': app.groups.delete(record.groupId); return;
      case 'message': {
        const { t: _t, app: _a, ...message } = record;
        const kept: MessageState = { ...message };
        app.messages.push(kept);
        for (const uid of messageUIDs(kept)) app.messagesByUID.set(uid, kept);
        for (const key of conversationsOf(kept)) {
          let list = app.byConversation.get(key);
          if (!list) app.byConversation.set(key, (list = []));
          list.push(kept);
        }
        // The store is bounded (memory, the state's size): the oldest go, the same way live and on replay.
        if (app.messages.length > this.maxMessages) {
          const dropped = app.messages.length - this.maxMessages;
          for (const m of app.messages.splice(0, dropped)) {
            for (const uid of messageUIDs(m)) if (app.messagesByUID.get(uid) === m) app.messagesByUID.delete(uid);
            for (const key of conversationsOf(m)) {
              // The dropped are the oldest of the store, so the oldest of each of their conversations.
              const list = app.byConversation.get(key);
              if (list?.[0] === m) list.shift();
              if (list?.length === 0) app.byConversation.delete(key);
            }
          }
          this.onDropped?.(record.app, dropped, this.maxMessages);
        }
        return;
      }
      case 'messageChange': {
        const m = app.messagesByUID.get(record.messageUID);
        if (!m) return;
        if (record.recalled) m.recalledAt = record.at;
        if (record.content !== undefined) {
          m.content = record.content;
          m.modifiedAt = record.at;
        }
        if (record.expansionSet || record.expansionRemove) {
          const next: Record<string, string> = { ...m.expansion, ...record.expansionSet };
          for (const k of record.expansionRemove ?? []) delete next[k];
          m.expansion = next;
        }
        return;
      }
      case 'put': {
        let table = app.tables.get(record.table);
        if (!table) app.tables.set(record.table, (table = new Map()));
        let rows = table.get(record.scope);
        if (!rows) table.set(record.scope, (rows = new Map()));
        rows.set(record.key, record.value);
        return;
      }
      case 'del': {
        const table = app.tables.get(record.table);
        const rows = table?.get(record.scope);
        rows?.delete(record.key);
        if (rows?.size === 0) table?.delete(record.scope);
        return;
      }
      case 'drop': app.tables.get(record.table)?.delete(record.scope); return;
      case 'remarksSet': {
        let list = app.remarks.get(record.userId);
        if (!list) app.remarks.set(record.userId, (list = new Map()));
        for (const r of record.remarks) list.set(r.id, r.remark);
        return;
      }
      case 'remarksDel': {
        const list = app.remarks.get(record.userId);
        list?.delete(record.targetId);
        if (list?.size === 0) app.remarks.delete(record.userId);
        return;
      }
      case 'deactivate': for (const id of record.userIds) app.deactivated.add(id); return;
      case 'reactivate': for (const id of record.userIds) app.deactivated.delete(id); return;
      case 'userDelete': for (const id of record.userIds) this.deleteUser(app, id); return;
      case 'online':
        if (record.online) app.online.add(record.userId);
        else app.online.delete(record.userId);
        return;
      default: {
        const never: never = record;
        throw new Error(`unknown sandbox record ${JSON.stringify(never)}`);
      }
    }
  }

  private applyToken(app: AppState, record: Extract<SandboxRecord, { t: 'token' }>): void {
    const token: TokenState = { app: record.app, userId: record.userId, token: record.token, issuedAt: record.issuedAt, expiresAt: record.expiresAt };
    let list = app.tokens.get(record.userId);
    if (!list) app.tokens.set(record.userId, (list = []));
    list.push(token);
    this.tokenIndex.set(record.token, token);
    const user = app.users.get(record.userId);
    if (user) user.lastToken = record.token;
  }

  /** delusers: every trace of the user in the typed state goes (a snapshot then has nothing of it to write). */
  private deleteUser(app: AppState, userId: string): void {
    app.users.delete(userId);
    // Its tokens leave the index too, so that they verify as unknown, as a token of a user never registered.
    for (const token of app.tokens.get(userId) ?? []) this.tokenIndex.delete(token.token);
    app.tokens.delete(userId);
    app.expiries.delete(userId);
    app.blocks.delete(userId);
    app.blacklists.delete(userId);
    for (const [owner, list] of app.blacklists) if (list.delete(userId) && list.size === 0) app.blacklists.delete(owner);
    app.remarks.delete(userId);
    for (const [owner, list] of app.remarks) if (list.delete(userId) && list.size === 0) app.remarks.delete(owner);
    app.online.delete(userId);
    app.deactivated.delete(userId);
    for (const group of app.groups.values()) group.members.delete(userId);
  }

  /** valid, expired (its 30 days are over, or token/expire named a later time), or unknown to this sandbox. */
  verifyToken(token: string, now: number): { status: TokenStatus; token?: TokenState } {
    const found = this.tokenIndex.get(token);
    if (!found) return { status: 'unknown' };
    return { status: this.tokenStatus(found, now), token: found };
  }

  tokenStatus(token: TokenState, now: number): 'valid' | 'expired' {
    const before = this.apps.get(token.app)?.expiries.get(token.userId) ?? 0;
    return now >= token.expiresAt || token.issuedAt < before ? 'expired' : 'valid';
  }

  /** The user's newest token, when it is still valid. */
  validToken(appKey: string, userId: string, now: number): TokenState | undefined {
    const user = this.apps.get(appKey)?.users.get(userId);
    const token = user?.lastToken === undefined ? undefined : this.tokenIndex.get(user.lastToken);
    return token && this.tokenStatus(token, now) === 'valid' ? token : undefined;
  }

  /** Unexpired blocks, in the order they were made. */
  activeBlocks(appKey: string, now: number): Array<{ userId: string; until: number }> {
    const out: Array<{ userId: string; until: number }> = [];
    for (const [userId, until] of this.apps.get(appKey)?.blocks ?? []) if (until > now) out.push({ userId, until });
    return out;
  }

  blacklist(appKey: string, userId: string): readonly string[] {
    return [...(this.apps.get(appKey)?.blacklists.get(userId) ?? [])];
  }

  /** Records that rebuild this state when applied to an empty model (live order kept). */
  snapshot(): SandboxRecord[] {
    const out: SandboxRecord[] = this.offsetMs === 0 ? [] : [{ t: 'clock', offsetMs: this.offsetMs }];
    for (const [appKey, app] of this.apps) for (const r of snapshotApp(appKey, app)) out.push(r);
    return out;
  }
}

/**
 * The key of a conversation in AppState.byConversation: a pair of users (either order), a group, a
 * chatroom or an ultragroup (every channel).
 */
export function conversationOf(kind: 'private', userA: string, userB: string): string;
export function conversationOf(kind: 'group' | 'chatroom' | 'ultragroup', id: string): string;
export function conversationOf(kind: 'private' | 'group' | 'chatroom' | 'ultragroup', a: string, b = ''): string {
  if (kind !== 'private') return `${kind}\u0000${a}`;
  return a < b ? `private\u0000${a}\u0000${b}` : `private\u0000${b}\u0000${a}`;
}

/** The conversations a message belongs to (system messages and broadcasts belong to none: no history reads them). */
function conversationsOf(m: MessageState): string[] {
  switch (m.kind) {
    case 'private':
      return [...new Set(m.recipients.map((r) => conversationOf('private', m.fromUserId, r.userId)))];
    case 'group':
      return (m.groupIds ?? []).map((g) => conversationOf('group', g));
    case 'chatroom':
    case 'ultragroup':
      return m.targetId === undefined ? [] : [conversationOf(m.kind, m.targetId)];
    default:
      return [];
  }
}

/** The UIDs a message is known by: its own and, for a private message, each recipient's. */
function messageUIDs(m: MessageState): string[] {
  const out = [m.messageUID];
  for (const r of m.recipients) if (r.messageUID !== m.messageUID) out.push(r.messageUID);
  return out;
}

function applyUser(app: AppState, record: Extract<SandboxRecord, { t: 'user' }>): void {
  const existing = app.users.get(record.userId);
  if (existing) app.users.delete(record.userId); // a renewal moves to the end: registration order
  const user: UserState = { userId: record.userId, name: record.name, createdAt: record.createdAt };
  if (record.portraitUri !== undefined) user.portraitUri = record.portraitUri;
  const tokens = app.tokens.get(record.userId);
  if (tokens && tokens.length > 0) user.lastToken = tokens[tokens.length - 1].token;
  const before = app.expiries.get(record.userId);
  if (before !== undefined) user.expiredBefore = before;
  app.users.set(record.userId, user);
}

function applyGroupJoin(app: AppState, record: Extract<SandboxRecord, { t: 'groupJoin' }>): void {
  let group = app.groups.get(record.groupId);
  if (!group) {
    group = { groupId: record.groupId, name: record.groupName ?? '', members: new Set() };
    app.groups.set(record.groupId, group);
  } else if (record.groupName !== undefined) group.name = record.groupName;
  for (const id of record.userIds) group.members.add(id);
}

function snapshotApp(app: string, state: AppState): SandboxRecord[] {
  const out: SandboxRecord[] = [];
  for (const [userId, time] of state.expiries) out.push({ t: 'expire', app, userId, time });
  for (const u of state.users.values()) {
    out.push({ t: 'user', app, userId: u.userId, name: u.name, ...(u.portraitUri !== undefined ? { portraitUri: u.portraitUri } : {}), createdAt: u.createdAt });
  }
  for (const list of state.tokens.values()) {
    for (const k of list) out.push({ t: 'token', app, userId: k.userId, token: k.token, issuedAt: k.issuedAt, expiresAt: k.expiresAt });
  }
  for (const [userId, until] of state.blocks) out.push({ t: 'block', app, userId, until });
  for (const [userId, list] of state.blacklists) out.push({ t: 'blacklistAdd', app, userId, blackUserIds: [...list] });
  for (const g of state.groups.values()) out.push({ t: 'groupJoin', app, groupId: g.groupId, groupName: g.name, userIds: [...g.members] });
  for (const m of state.messages) out.push({ t: 'message', app, ...m });
  for (const [table, scopes] of state.tables) {
    for (const [scope, rows] of scopes) for (const [key, value] of rows) out.push({ t: 'put', app, table, scope, key, value });
  }
  for (const userId of state.online) out.push({ t: 'online', app, userId, online: true });
  for (const [userId, list] of state.remarks) out.push({ t: 'remarksSet', app, userId, remarks: [...list].map(([id, remark]) => ({ id, remark })) });
  if (state.deactivated.size > 0) out.push({ t: 'deactivate', app, userIds: [...state.deactivated] });
  return out;
}
