/**
 * /message/chatroom/publish.json keeps one message per chatroom, reaching its members at that moment
 * (model/tables.ts CHATROOM_MEMBERS, joined through /_sandbox/clients/join), the sender excluded; the
 * answer is `messageUIDs: [{chatroomId, messageUID}]` (Go MessageUIDEntry.chatroomId).
 * /message/chatroom/broadcast.json does the same for every chatroom of the app (CHATROOMS).
 */
import { CHATROOM_BROADCAST, CHATROOM_PUBLISH } from '../../../core/contract/message';
import type { SandboxRecord } from '../../model';
import { CHATROOM_MEMBERS, CHATROOMS, rows, type MemberRow } from '../../model/tables';
import { all, ok, required, unique } from '../answers';
import { keepMessage } from '../messageStore';
import type { EndpointHandler, HandlerContext, Params } from '../types';
import { sendOptions } from './send';

function sendToChatrooms(params: Params, ctx: HandlerContext, chatroomIds: readonly string[], fromUserId: string, objectName: string, content: string) {
  const records: SandboxRecord[] = [];
  const messageUIDs: Array<{ chatroomId: string; messageUID: string }> = [];
  for (const chatroomId of chatroomIds) {
    const members = [...rows<MemberRow>(ctx.model, ctx.app, CHATROOM_MEMBERS, chatroomId).keys()].filter((u) => u !== fromUserId);
    const kept = keepMessage(ctx, { kind: 'chatroom', fromUserId, targetId: chatroomId, to: members.map((userId) => ({ userId })), objectName, content, options: sendOptions(params) });
    records.push(kept.record);
    messageUIDs.push({ chatroomId, messageUID: kept.messageUID });
  }
  return { records, messageUIDs };
}

export const chatroomPublish: EndpointHandler = {
  endpoint: CHATROOM_PUBLISH,
  keeps:
    "Keeps one message per chatroom (content screened by the sensitive words) with the chatroom's members at that moment, the sender excluded; a chatroom that does not exist is reached by nobody (our choice: no source says it is refused). Answers messageUIDs [{chatroomId, messageUID}].",
  handle(params, ctx) {
    const { records, messageUIDs } = sendToChatrooms(
      params, ctx, unique(all(params, 'toChatroomId')),
      required(params, CHATROOM_PUBLISH, 'fromUserId'), required(params, CHATROOM_PUBLISH, 'objectName'), required(params, CHATROOM_PUBLISH, 'content'),
    );
    return ok(records, { messageUIDs });
  },
};

export const chatroomBroadcast: EndpointHandler = {
  endpoint: CHATROOM_BROADCAST,
  keeps: "Keeps one message in every chatroom of the app, each reaching that chatroom's members at that moment (the sender excluded); with no chatroom, nothing is kept and the answer is still 200.",
  handle(params, ctx) {
    const { records } = sendToChatrooms(
      params, ctx, [...rows(ctx.model, ctx.app, CHATROOMS).keys()],
      required(params, CHATROOM_BROADCAST, 'fromUserId'), required(params, CHATROOM_BROADCAST, 'objectName'), required(params, CHATROOM_BROADCAST, 'content'),
    );
    return ok(records);
  },
};
