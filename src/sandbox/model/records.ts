/**
 * The sandbox's state as events: every change is one of these plain JSON records. The model
 * (model.ts) is rebuilt by applying them in order, live and on replay; a persistence (persistence.ts)
 * stores them. A record never holds an App Secret. Times are milliseconds since the epoch by the
 * sandbox clock. `app` is the App Key the change belongs to.
 */

export type MessageKind = 'private' | 'system' | 'group';

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
      readonly objectName: string;
      readonly content: string;
      readonly sentAt: number;
    }
  /** remarks/set: the push remarks `userId` keeps for other users (an id given again gets the new remark). */
  | { readonly t: 'remarksSet'; readonly app: string; readonly userId: string; readonly remarks: ReadonlyArray<{ readonly id: string; readonly remark: string }> }
  | { readonly t: 'remarksDel'; readonly app: string; readonly userId: string; readonly targetId: string }
  /** user/deactivate: these users get no token until reactivated. */
  | { readonly t: 'deactivate'; readonly app: string; readonly userIds: readonly string[] }
  | { readonly t: 'reactivate'; readonly app: string; readonly userIds: readonly string[] }
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
  'remarksSet', 'remarksDel', 'deactivate', 'reactivate',
];
