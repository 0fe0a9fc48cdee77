/**
 * /v3/message/{private,group,chatroom}/query.json: the kept messages of one conversation as one user
 * sees them, sent within [startTime, endTime] (startTime itself only with includeStart), oldest first,
 * at most pageSize of them (Java QueryHistoryMessageModel: "range 1-100; default 10"). The next page is
 * the same query from the last msgTime with includeStart=false. Each entry has the fields Go
 * HistoryMessage and Java HistoryMessage read: targetId, fromUserId, messageUID, msgTime, objectName,
 * content, expansion, extraContent (the extensions as a JSON text, "" when none), busChannel.
 * Left out (our choices where no source says): recalled messages, status messages, messages sent with
 * isPersisted off, messages blocked by a sensitive word, and a private message kept from its recipient
 * (verifyBlacklist). A private message's UID is the one of the recipient in that conversation.
 * A conversation cleared for the user (/conversation/message/history/clean.json, a
 * conversation.cleared row) answers only what was sent at or after its cleared time (a chatroom's
 * clean is for every user, docs message/delete).
 */
import { CHATROOM_HISTORY_QUERY, GROUP_HISTORY_QUERY, PRIVATE_HISTORY_QUERY } from '../../../core/contract/message';
import type { EndpointSpec } from '../../../core/contract';
import { conversationOf, type MessageState } from '../../model/model';
import type { SandboxModel } from '../../model';
import { row } from '../../model/tables';
import { fail, flag, integer, one, ok, required } from '../answers';
import { CONVERSATION_CLEARED, conversationKey } from '../conversation/tables';
import type { EndpointHandler } from '../types';
import { optionOff } from './send';
import { STATUS_OPTION } from './statusPublish';

export const HISTORY_PAGE_DEFAULT = 10;
export const HISTORY_PAGE_MAX = 100;

/** Whether the message is in the conversation as `userId` sees it, and with which UID. */
type Sees = (m: MessageState, userId: string, targetId: string) => string | undefined;

const seesPrivate: Sees = (m, userId, targetId) => {
  if (m.kind !== 'private') return undefined;
  if (m.fromUserId === userId) return m.recipients.find((r) => r.userId === targetId)?.messageUID;
  if (m.fromUserId === targetId) {
    const r = m.recipients.find((x) => x.userId === userId);
    return r?.delivered ? r.messageUID : undefined;
  }
  return undefined;
};

const seesGroup: Sees = (m, userId, targetId) => {
  if (m.kind !== 'group' || !(m.groupIds ?? []).includes(targetId)) return undefined;
  return m.fromUserId === userId || m.recipients.some((r) => r.userId === userId && r.delivered) ? m.messageUID : undefined;
};

const seesChatroom: Sees = (m, _userId, targetId) => (m.kind === 'chatroom' && m.targetId === targetId ? m.messageUID : undefined);

/** The conversation types of historyClean (docs message/delete: 1 one-to-one, 3 group, 4 chatroom). */
const PRIVATE_TYPE = 1;
const GROUP_TYPE = 3;
const CHATROOM_TYPE = 4;

/** The time before which the user's history of the conversation is cleared (0: never cleared); a chatroom's row is everyone's (scope ''). */
function clearedBefore(model: SandboxModel, app: string, type: number, userId: string, targetId: string): number {
  const scope = type === CHATROOM_TYPE ? '' : userId;
  return row<{ before: number }>(model, app, CONVERSATION_CLEARED, scope, conversationKey(type, targetId))?.before ?? 0;
}

function historyReader(endpoint: EndpointSpec, sees: Sees, conversation: (userId: string, targetId: string) => string, who: string, type: number): EndpointHandler {
  return {
    endpoint,
    keeps:
      `Answers data: the kept messages ${who}, sent within startTime–endTime (startTime only with includeStart), oldest first, pageSize of them (default 10; above 100 is 1003, Java's range); what history/clean cleared for the user is gone; recalled, status, isPersisted=0 and blocked messages are left out (our choice).`,
    handle(params, ctx) {
      const userId = required(params, endpoint, 'userId');
      const targetId = required(params, endpoint, 'targetId');
      const start = integer(params, endpoint, 'startTime') ?? 0;
      const end = integer(params, endpoint, 'endTime') ?? 0;
      if (start > end) return fail(1003, `startTime ${start} is after endTime ${end}`);
      const size = integer(params, endpoint, 'pageSize') ?? HISTORY_PAGE_DEFAULT;
      if (size > HISTORY_PAGE_MAX) return fail(1003, `pageSize ${size}: at most ${HISTORY_PAGE_MAX}`);
      const includeStart = flag(params, endpoint, 'includeStart');
      const channel = one(params, endpoint, 'busChannel') ?? '';
      const cleared = clearedBefore(ctx.model, ctx.app, type, userId, targetId);
      const data: Array<Record<string, unknown>> = [];
      for (const m of ctx.model.app(ctx.app).byConversation.get(conversation(userId, targetId)) ?? []) {
        if (m.sentAt < cleared) continue;
        if (m.sentAt < start || (m.sentAt === start && !includeStart) || m.sentAt > end) continue;
        if (m.recalledAt !== undefined || m.options?.[STATUS_OPTION] !== undefined || m.options?.blockedBy !== undefined || optionOff(m, 'isPersisted')) continue;
        if ((m.options?.busChannel ?? '') !== channel) continue;
        const uid = sees(m, userId, targetId);
        if (uid === undefined) continue;
        const expansion = m.expansion ?? {};
        data.push({
          targetId,
          fromUserId: m.fromUserId,
          messageUID: uid,
          msgTime: m.sentAt,
          objectName: m.objectName,
          content: m.content,
          expansion: m.options?.expansion === '1' || m.options?.expansion === 'true' || Object.keys(expansion).length > 0,
          extraContent: Object.keys(expansion).length > 0 ? JSON.stringify(expansion) : '',
          busChannel: channel,
        });
      }
      data.sort((a, b) => (a.msgTime as number) - (b.msgTime as number));
      return ok([], { data: data.slice(0, size) });
    },
  };
}

export const privateHistoryQuery = historyReader(PRIVATE_HISTORY_QUERY, seesPrivate, (u, t) => conversationOf('private', u, t), 'between userId and targetId (either direction)', PRIVATE_TYPE);
export const groupHistoryQuery = historyReader(GROUP_HISTORY_QUERY, seesGroup, (_u, t) => conversationOf('group', t), 'of group targetId that userId sent or received', GROUP_TYPE);
export const chatroomHistoryQuery = historyReader(CHATROOM_HISTORY_QUERY, seesChatroom, (_u, t) => conversationOf('chatroom', t), 'of chatroom targetId (every user sees them all)', CHATROOM_TYPE);
