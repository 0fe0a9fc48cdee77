/**
 * *Send as User…* of the Rong Sandbox view, without VS Code: the targets a simulated client can send
 * to, the checks of what the user types (the limits /_sandbox/clients/send keeps, src/sandbox/clients.ts),
 * and the call itself. The command (commands/sendAsSandboxUser.ts) asks and shows.
 */
import { GROUP_ID_MAX_BYTES, LIMITS, MESSAGE_CONTENT_MAX_BYTES, MESSAGE_TYPE_MAX_CHARS } from '../core/contract/limits';

// chatroom.ts's CHATROOM_ID_MAX_BYTES and ultragroup.ts's BUS_CHANNEL_MAX_BYTES, not imported: those are the
// lazily loaded endpoint records, kept out of activation (scripts/build.mjs); test/unit/sandbox.clients.test.ts checks they agree.
export const CHATROOM_ID_MAX_BYTES = 64;
export const BUS_CHANNEL_MAX_BYTES = 20;

export type SendTargetKind = 'toUserId' | 'groupId' | 'chatroomId' | 'ultragroupId';
export const SEND_TARGET_KINDS: readonly SendTargetKind[] = ['toUserId', 'groupId', 'chatroomId', 'ultragroupId'];
export const DEFAULT_OBJECT_NAME = 'RC:TxtMsg';
export const DEFAULT_CONTENT = '{"content":"hello"}';

/** Bytes of UTF-8 an ID of each kind may have (the Server API's limits for the same fields). */
export const TARGET_MAX_BYTES: Readonly<Record<SendTargetKind, number>> = {
  toUserId: LIMITS.userId,
  groupId: GROUP_ID_MAX_BYTES,
  chatroomId: CHATROOM_ID_MAX_BYTES,
  ultragroupId: GROUP_ID_MAX_BYTES,
};

export interface ClientSend {
  readonly fromUserId: string;
  readonly kind: SendTargetKind;
  readonly targetId: string;
  readonly channelId?: string;
  readonly objectName: string;
  readonly content: string;
}

/** What is wrong with a typed value, as a problem to show under the input, or undefined. */
export type Problem = { readonly limit: number; readonly unit: 'bytes' | 'characters'; readonly size: number } | 'empty' | undefined;

export function idProblem(value: string, maxBytes: number, optional = false): Problem {
  if (value === '') return optional ? undefined : 'empty';
  const size = Buffer.byteLength(value, 'utf8');
  return size > maxBytes ? { limit: maxBytes, unit: 'bytes', size } : undefined;
}

export const channelProblem = (value: string): Problem => idProblem(value, BUS_CHANNEL_MAX_BYTES, true);

export function objectNameProblem(value: string): Problem {
  if (value === '') return 'empty';
  const size = [...value].length;
  return size > MESSAGE_TYPE_MAX_CHARS ? { limit: MESSAGE_TYPE_MAX_CHARS, unit: 'characters', size } : undefined;
}

export const contentProblem = (value: string): Problem => idProblem(value, MESSAGE_CONTENT_MAX_BYTES);

export type SendAnswer =
  | { readonly ok: true; readonly messageUID: string; readonly msgTimestamp: number }
  | { readonly ok: false; readonly status: number; readonly error: string };

/** POST /_sandbox/clients/send of the sandbox at `url`, in the app `appKey`. */
export async function sendAsClient(url: string, appKey: string, send: ClientSend): Promise<SendAnswer> {
  const body = {
    app: appKey,
    fromUserId: send.fromUserId,
    [send.kind]: send.targetId,
    ...(send.kind === 'ultragroupId' && send.channelId ? { channelId: send.channelId } : {}),
    objectName: send.objectName,
    content: send.content,
  };
  const res = await fetch(`${url}/_sandbox/clients/send`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const text = await res.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // not JSON: the text itself is the error below
  }
  if (res.ok && typeof json.messageUID === 'string') return { ok: true, messageUID: json.messageUID, msgTimestamp: Number(json.msgTimestamp) };
  return { ok: false, status: res.status, error: typeof json.error === 'string' ? json.error : text.slice(0, 300) };
}
