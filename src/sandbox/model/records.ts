/**
 * The sandbox's state as events: every change is one of these plain JSON records. The model
 * (model.ts) is rebuilt by applying them in order, live and on replay; a persistence (persistence.ts)
 * stores them. A record never holds an App Secret. Times are milliseconds since the epoch by the
 * sandbox clock. `app` is the App Key the change belongs to.
 */

/**
 * What a message was sent to: a user (private, system), a group, a chatroom, an ultragroup (with a
 * channel), or every user (broadcast: /message/broadcast.json and /message/online/broadcast.json).
 */
export type MessageKind = 'private' | 'system' | 'group' | 'chatroom' | 'ultragroup' | 'broadcast';

/** A JSON value, as a table row holds it. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

export interface Recipient {
  readonly userId: string;
  readonly messageUID: string;
  /** false: kept, but not delivered (private message, verifyBlacklist=1, sender on the recipient's blacklist). */
  readonly delivered: boolean;
}

export type SandboxRecord =
  /** A user is created (getToken) — or, when the userId exists, overwritten with a new creation time. */
  | { readonly t: 'user'; readonly app: string; readonly userId: string; readonly name: string; readonly portraitUri?: string; readonly createdAt: number }
  /** refresh (and getToken again under realService): the fields given change, the rest stay. */
  | { readonly t: 'profile'; readonly app: string; readonly userId: string; readonly name?: string; readonly portraitUri?: string }
  | { readonly t: 'token'; readonly app: string; readonly userId: string; readonly token: string; readonly issuedAt: number; readonly expiresAt: number }
  /** token/expire: the user's tokens issued before `time` are expired. */
  | { readonly t: 'expire'; readonly app: string; readonly userId: string; readonly time: number }
  | { readonly t: 'block'; readonly app: string; readonly userId: string; readonly until: number }
  | { readonly t: 'unblock'; readonly app: string; readonly userId: string }
  | { readonly t: 'blacklistAdd'; readonly app: string; readonly userId: string; readonly blackUserIds: readonly string[] }
  | { readonly t: 'blacklistRemove'; readonly app: string; readonly userId: string; readonly blackUserIds: readonly string[] }
  /** group/create and group/join: the group exists afterwards with these members added (a name given renames it). */
  | { readonly t: 'groupJoin'; readonly app: string; readonly groupId: string; readonly groupName?: string; readonly userIds: readonly string[] }
  | { readonly t: 'groupQuit'; readonly app: string; readonly groupId: string; readonly userIds: readonly string[] }
  | { readonly t: 'groupDismiss'; readonly app: string; readonly groupId: string }
  | {
      readonly t: 'message';
      readonly app: string;
      readonly kind: MessageKind;
      readonly messageUID: string;
      readonly fromUserId: string;
      /** Private and system: every recipient; group: the members it went to (a directed message: those only). */
      readonly recipients: readonly Recipient[];
      /** Group messages: the groups it was sent to. */
      readonly groupIds?: readonly string[];
      /** Chatroom and ultragroup messages: the chatroom or ultragroup. */
      readonly targetId?: string;
      /** Ultragroup messages: the channel ('' or absent: the default channel). */
      readonly channelId?: string;
      readonly objectName: string;
      readonly content: string;
      readonly sentAt: number;
      /** Who sent it: the Server API (absent) or a simulated client (/_sandbox/clients/send). */
      readonly via?: 'client';
      /** What else the send carried that later reads answer (pushContent, isPersisted, expansion…), as sent. */
      readonly options?: Readonly<Record<string, string>>;
      /** Set by later changes (messageChange); a snapshot carries them in the message itself. */
      readonly recalledAt?: number;
      readonly modifiedAt?: number;
      readonly expansion?: Readonly<Record<string, string>>;
    }
  /** A kept message changes: recalled, its content modified, or its expansion keys set or removed. */
  | {
      readonly t: 'messageChange';
      readonly app: string;
      readonly messageUID: string;
      readonly at: number;
      readonly recalled?: true;
      readonly content?: string;
      readonly expansionSet?: Readonly<Record<string, string>>;
      readonly expansionRemove?: readonly string[];
    }
  /**
   * A row of a table (model/tables.ts): every other kind of state (chatrooms, bans, mutes, tags,
   * entries, ultragroup channels, friends, sensitive words…) is rows keyed by table, scope and key.
   * `put` sets the row (a whole new value), `del` removes one, `drop` removes a whole scope.
   */
  | { readonly t: 'put'; readonly app: string; readonly table: string; readonly scope: string; readonly key: string; readonly value: JsonValue }
  | { readonly t: 'del'; readonly app: string; readonly table: string; readonly scope: string; readonly key: string }
  | { readonly t: 'drop'; readonly app: string; readonly table: string; readonly scope: string }
  /** remarks/set: the push remarks `userId` keeps for other users (an id given again gets the new remark). */
  | { readonly t: 'remarksSet'; readonly app: string; readonly userId: string; readonly remarks: ReadonlyArray<{ readonly id: string; readonly remark: string }> }
  | { readonly t: 'remarksDel'; readonly app: string; readonly userId: string; readonly targetId: string }
  /** user/deactivate: these users get no token until reactivated. */
  | { readonly t: 'deactivate'; readonly app: string; readonly userIds: readonly string[] }
  | { readonly t: 'reactivate'; readonly app: string; readonly userIds: readonly string[] }
  /**
   * user/delusers: the users are gone — their profile, tokens (they verify as unknown), token/expire
   * time, block, blacklist, remarks, online state, deactivation and group memberships; they are no
   * longer on other users' blacklists. A later getToken registers the userId afresh.
   */
  | { readonly t: 'userDelete'; readonly app: string; readonly userIds: readonly string[] }
  /** The sandbox's control (never the Rong API): a user is online or offline. */
  | { readonly t: 'online'; readonly app: string; readonly userId: string; readonly online: boolean }
  /** The sandbox's control: everything of every app is forgotten (the clock is not moved back). */
  | { readonly t: 'reset' }
  /** The sandbox's control: the clock runs `offsetMs` ahead of the system clock from now on (kept across restarts). */
  | { readonly t: 'clock'; readonly offsetMs: number };

export type RecordType = SandboxRecord['t'];

/** Every record type, to check records read from a file. */
export const RECORD_TYPES: readonly RecordType[] = [
  'user', 'profile', 'token', 'expire', 'block', 'unblock', 'blacklistAdd', 'blacklistRemove',
  'groupJoin', 'groupQuit', 'groupDismiss', 'message', 'online', 'reset', 'clock',
  'remarksSet', 'remarksDel', 'deactivate', 'reactivate', 'userDelete', 'messageChange', 'put', 'del', 'drop',
];
