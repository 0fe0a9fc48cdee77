/**
 * What each callback carries, from a kept message or a connect/leave. Every field names its source;
 * "ours" marks a choice where no source says (the package README's "Callbacks" table lists them all).
 */
import type { MessageKind, SandboxRecord } from '../model';

type MessageRecord = Extract<SandboxRecord, { t: 'message' }>;

/**
 * Message routing (全量消息路由, docs.rongcloud.cn/platform-chat-api/message/sync): a form POST per
 * message. Field names: ../shared/spec/callbacks.md, from the public adapter
 * changxiaoqiang/Rcloud-Netease-message-adapter-java, which reads them; the sync page's own table was
 * not readable to us. channelType values: the same adapter (PERSON, GROUP) and the spec (CHATROOM,
 * ULTRAGROUP); SYSTEM for a system message is ours.
 */
export const ROUTING_CHANNEL_TYPE: Readonly<Record<MessageKind, string>> = {
  private: 'PERSON', group: 'GROUP', chatroom: 'CHATROOM', ultragroup: 'ULTRAGROUP', system: 'SYSTEM', broadcast: 'SYSTEM',
};

/**
 * The forms a kept message is routed as: one per recipient of a private or system message (each has
 * its own toUserId), one per group (toUserId the group, groupUserIds its recipients), one for a
 * chatroom or ultragroup (toUserId its ID). groupUserIds is sent as repeated form fields (ours: no
 * source shows how the list is encoded). busChannel for an ultragroup channel is ours (the Server
 * API's name for it).
 */
export function routingForms(appKey: string, m: MessageRecord): URLSearchParams[] {
  const common = (toUserId: string, msgUID: string) => new URLSearchParams([
    ['appKey', appKey],
    ['fromUserId', m.fromUserId],
    ['toUserId', toUserId],
    ['objectName', m.objectName],
    ['content', m.content],
    ['channelType', ROUTING_CHANNEL_TYPE[m.kind]],
    ['msgTimestamp', String(m.sentAt)],
    ['msgUID', msgUID],
  ]);
  if (m.kind === 'private' || m.kind === 'system') return m.recipients.map((r) => common(r.userId, r.messageUID));
  if (m.kind === 'group') {
    return (m.groupIds ?? []).map((g) => {
      const form = common(g, m.messageUID);
      for (const r of m.recipients) form.append('groupUserIds', r.userId);
      return form;
    });
  }
  if (m.kind === 'broadcast') return [common('', m.messageUID)];
  const form = common(m.targetId ?? '', m.messageUID);
  if (m.kind === 'ultragroup' && m.channelId) form.set('busChannel', m.channelId);
  return [form];
}

/**
 * Online status (用户在线状态订阅, docs.rongcloud.cn/platform-chat-api/user/onlinestatus): one JSON
 * object per POST (the page: "a JSON object with this structure"), fields userid, status ("0" online,
 * "1" offline, "2" logout), os, time, clientIp (IP and port), sessionId. The values of os
 * ("Websocket"), clientIp ("127.0.0.1:0") and the sessionId's form are ours: a simulated client has none.
 */
export function statusEvent(userId: string, online: boolean, time: number, sessionId: string): Record<string, string | number> {
  return { userid: userId, status: online ? '0' : '1', os: 'Websocket', time, clientIp: '127.0.0.1:0', sessionId };
}

/**
 * Message audit (消息回调服务): a form POST before delivery, fields of the provider's older page
 * (docs.rongcloud.cn/v4-platform/views/im/server/security/msgcb.html): appKey, fromUserId, targetId,
 * msgType, content, channelType (PERSON, GROUP, TEMPGROUP for a chatroom; ULTRAGROUP is ours),
 * msgTimeStamp, messageId, os ("Websocket" for a simulated client: ours).
 */
export const AUDIT_CHANNEL_TYPE: Readonly<Record<MessageKind, string>> = {
  private: 'PERSON', group: 'GROUP', chatroom: 'TEMPGROUP', ultragroup: 'ULTRAGROUP', system: 'SYSTEM', broadcast: 'SYSTEM',
};

export function auditForm(appKey: string, m: MessageRecord): URLSearchParams {
  const targetId = m.kind === 'private' || m.kind === 'system' ? (m.recipients[0]?.userId ?? '') : m.kind === 'group' ? (m.groupIds?.[0] ?? '') : (m.targetId ?? '');
  return new URLSearchParams([
    ['appKey', appKey],
    ['fromUserId', m.fromUserId],
    ['targetId', targetId],
    ['msgType', m.objectName],
    ['content', m.content],
    ['channelType', AUDIT_CHANNEL_TYPE[m.kind]],
    ['msgTimeStamp', String(m.sentAt)],
    ['messageId', m.messageUID],
    ['os', m.via === 'client' ? 'Websocket' : 'Server'],
  ]);
}

/**
 * The audit's answer. Its field names were not found in the provider's docs we could read, so they are
 * ours: a JSON object with `pass` (false or 0 blocks the message; anything else passes) and
 * `replaceContent` (a string: the message is kept with this content instead). A non-2xx answer, a body
 * that is not such an object, no answer in time, or a network error: the message is delivered as sent,
 * as the live service does when the request fails or times out (the older msgcb page).
 */
export type AuditVerdict = { readonly verdict: 'pass' } | { readonly verdict: 'block' } | { readonly verdict: 'replace'; readonly content: string };

export function readAuditAnswer(status: number | undefined, body: string): AuditVerdict {
  if (status === undefined || status < 200 || status > 299) return { verdict: 'pass' };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { verdict: 'pass' };
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return { verdict: 'pass' };
  const a = json as { pass?: unknown; replaceContent?: unknown };
  if (a.pass === false || a.pass === 0 || a.pass === '0') return { verdict: 'block' };
  if (typeof a.replaceContent === 'string' && a.replaceContent !== '') return { verdict: 'replace', content: a.replaceContent };
  return { verdict: 'pass' };
}
