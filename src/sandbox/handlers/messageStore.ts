/**
 * Keeping a message, for every way one is sent (the Server API's publish calls of every module, and a
 * simulated client's /_sandbox/clients/send): one `message` record with a messageUID, the recipients
 * it reached, and the content as screened by the app's sensitive words (model/tables.ts
 * SENSITIVE_WORDS) at the moment it was sent:
 * - a word of type 0 in the content is replaced (by its replacement, "***" when none was given);
 * - a word of type 1 blocks the message: it is kept, with every recipient marked not delivered and
 *   `options.blockedBy` naming the word, so that history and /_sandbox/messages show why (our choice:
 *   the live service tells the sender nothing, and its console shows blocked messages apart).
 * The sender is told the message was sent either way, as on the live service.
 */
import type { MessageKind, SandboxRecord } from '../model';
import { rows, SENSITIVE_WORDS, type SensitiveWordRow } from '../model/tables';
import type { HandlerContext } from './types';

export interface Outgoing {
  readonly kind: MessageKind;
  readonly fromUserId: string;
  /** Who it reaches; `delivered: false` keeps it from that one (a blacklist). The sender is never a recipient of its own group message. */
  readonly to: ReadonlyArray<{ readonly userId: string; readonly delivered?: boolean }>;
  /** A messageUID per recipient (private messages: the Go SDK reads `messageUIDs`); otherwise one for all. */
  readonly uidPerRecipient?: boolean;
  readonly groupIds?: readonly string[];
  readonly targetId?: string;
  readonly channelId?: string;
  readonly objectName: string;
  readonly content: string;
  /** What else the send carried that a later read answers, as sent (pushContent, isPersisted…). */
  readonly options?: Readonly<Record<string, string>>;
  readonly via?: 'client';
}

export interface Kept {
  readonly record: Extract<SandboxRecord, { t: 'message' }>;
  readonly messageUID: string;
  /** Each recipient's UID (all the same unless uidPerRecipient). */
  readonly uids: ReadonlyArray<{ readonly userId: string; readonly messageUID: string }>;
  readonly msgTimestamp: number;
  /** The word that blocked it, if one did. */
  readonly blockedBy?: string;
}

export function keepMessage(ctx: Pick<HandlerContext, 'app' | 'model' | 'clock' | 'newMessageUID'>, out: Outgoing): Kept {
  const { content, blockedBy } = screen(ctx, out.content);
  const shared = ctx.newMessageUID();
  const recipients = out.to.map((r) => ({
    userId: r.userId,
    messageUID: out.uidPerRecipient ? ctx.newMessageUID() : shared,
    delivered: blockedBy === undefined && r.delivered !== false,
  }));
  const messageUID = out.uidPerRecipient ? (recipients[0]?.messageUID ?? shared) : shared;
  const options = blockedBy === undefined ? out.options : { ...out.options, blockedBy };
  const sentAt = ctx.clock.now();
  const record: Extract<SandboxRecord, { t: 'message' }> = {
    t: 'message', app: ctx.app, kind: out.kind, messageUID, fromUserId: out.fromUserId, recipients,
    ...(out.groupIds ? { groupIds: out.groupIds } : {}),
    ...(out.targetId !== undefined ? { targetId: out.targetId } : {}),
    ...(out.channelId !== undefined ? { channelId: out.channelId } : {}),
    objectName: out.objectName, content, sentAt,
    ...(out.via ? { via: out.via } : {}),
    ...(options && Object.keys(options).length > 0 ? { options } : {}),
  };
  return { record, messageUID, uids: recipients.map((r) => ({ userId: r.userId, messageUID: r.messageUID })), msgTimestamp: sentAt, ...(blockedBy !== undefined ? { blockedBy } : {}) };
}

/** The content after the app's sensitive words: replaced words, or the first blocking word found. */
export function screen(ctx: Pick<HandlerContext, 'app' | 'model'>, content: string): { content: string; blockedBy?: string } {
  const words = rows<SensitiveWordRow>(ctx.model, ctx.app, SENSITIVE_WORDS);
  if (words.size === 0) return { content };
  let text = content;
  for (const [word, rule] of words) {
    if (word === '' || !text.includes(word)) continue;
    if (rule.type === 1) return { content, blockedBy: word };
    text = text.split(word).join(rule.replace ?? '***');
  }
  return { content: text };
}
