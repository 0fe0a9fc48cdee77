/**
 * The push module's rows (model/tables.ts). Pushes: scope '', key the push's id → PushRow, in the
 * order sent. A push reaches devices, which the sandbox has not: it is kept to be seen (the control's
 * state), with its audience as sent; only /push.json's system message (fromuserid with message) goes
 * to the message store.
 */
import type { JsonValue } from '../../model';

export const PUSHES = 'push.push';

export interface PushRow {
  /** The path it came through: /push.json, /push/user.json or /push/custom.json. */
  readonly path: string;
  readonly sentAt: number;
  /** ios, android (absent for /push/user.json, which names no platform). */
  readonly platform?: readonly string[];
  /** The audience.* fields as sent (tag, tag_or, userid, is_to_all, packageName, tagItems); /push/user.json: { userid }. */
  readonly audience: Readonly<Record<string, JsonValue>>;
  /** The notification.* fields as sent, by their dotted name under notification (alert, ios.badge…). */
  readonly notification: Readonly<Record<string, JsonValue>>;
  /** /push.json with a message: the system message's sender and its messageUID in the message store. */
  readonly fromuserid?: string;
  readonly messageUID?: string;
  readonly [more: string]: JsonValue | undefined;
}
