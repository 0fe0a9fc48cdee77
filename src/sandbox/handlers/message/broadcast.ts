/**
 * Broadcasts: /message/broadcast.json reaches every registered user, /message/online/broadcast.json
 * every user online at that moment (the sandbox's /_sandbox/online), both kept with kind 'broadcast'
 * and one messageUID, answered as `messageUID` (Go MessageResult.messageUID, Java BroadcastResult).
 * /message/broadcast/recall.json recalls a kept broadcast by its UID.
 */
import { BROADCAST, BROADCAST_RECALL, ONLINE_BROADCAST } from '../../../core/contract/message';
import type { SandboxRecord } from '../../model';
import { fail, ok, required } from '../answers';
import { keepMessage } from '../messageStore';
import type { EndpointHandler, HandlerContext } from '../types';
import { sendOptions } from './send';

/** Go MessageBroadcastRecall posts a broadcast of this type whose content names the broadcast to recall (BroadcastRecallContent.messageUId). */
const RECALL_COMMAND = 'RC:RcCmd';

/** The UID a recall command's content names, if it is one. */
function commandTarget(objectName: string, content: string): string | undefined {
  if (objectName !== RECALL_COMMAND) return undefined;
  try {
    const uid = (JSON.parse(content) as { messageUId?: unknown }).messageUId;
    return typeof uid === 'string' ? uid : undefined;
  } catch {
    return undefined;
  }
}

/** The recall of a kept broadcast, or nothing when it is not a kept broadcast or is already recalled. */
function recallOf(ctx: HandlerContext, messageUID: string): SandboxRecord[] {
  const m = ctx.model.app(ctx.app).messagesByUID.get(messageUID);
  if (m?.kind !== 'broadcast' || m.recalledAt !== undefined) return [];
  return [{ t: 'messageChange', app: ctx.app, messageUID, at: ctx.clock.now(), recalled: true }];
}

export const broadcast: EndpointHandler = {
  endpoint: BROADCAST,
  keeps:
    "Keeps a message of kind 'broadcast' delivered to every registered user (the sender excluded); an RC:RcCmd broadcast whose content names a kept broadcast's messageUId recalls it (Go MessageBroadcastRecall). Answers messageUID.",
  handle(params, ctx) {
    const fromUserId = required(params, BROADCAST, 'fromUserId');
    const objectName = required(params, BROADCAST, 'objectName');
    const content = required(params, BROADCAST, 'content');
    const users = [...ctx.model.app(ctx.app).users.keys()].filter((u) => u !== fromUserId);
    const kept = keepMessage(ctx, { kind: 'broadcast', fromUserId, to: users.map((userId) => ({ userId })), objectName, content, options: sendOptions(params) });
    const target = commandTarget(objectName, content);
    return ok([kept.record, ...(target === undefined ? [] : recallOf(ctx, target))], { messageUID: kept.messageUID });
  },
};

export const onlineBroadcast: EndpointHandler = {
  endpoint: ONLINE_BROADCAST,
  keeps: "Keeps a message of kind 'broadcast' (options.online '1') delivered to every user online at that moment (/_sandbox/online), the sender excluded. Answers messageUID.",
  handle(params, ctx) {
    const fromUserId = required(params, ONLINE_BROADCAST, 'fromUserId');
    const online = [...ctx.model.app(ctx.app).online].filter((u) => u !== fromUserId);
    const kept = keepMessage(ctx, {
      kind: 'broadcast',
      fromUserId,
      to: online.map((userId) => ({ userId })),
      objectName: required(params, ONLINE_BROADCAST, 'objectName'),
      content: required(params, ONLINE_BROADCAST, 'content'),
      options: sendOptions(params, { online: '1' }),
    });
    return ok([kept.record], { messageUID: kept.messageUID });
  },
};

export const broadcastRecall: EndpointHandler = {
  endpoint: BROADCAST_RECALL,
  keeps:
    'Marks the kept broadcast recalled (a messageChange); recalling it again is 200 and changes nothing. A messageUID that is no kept broadcast is 1003 (our choice: no source gives the code).',
  handle(params, ctx) {
    const messageUID = required(params, BROADCAST_RECALL, 'messageUID');
    const m = ctx.model.app(ctx.app).messagesByUID.get(messageUID);
    if (m?.kind !== 'broadcast') return fail(1003, `no broadcast message "${messageUID}" is kept`);
    return ok(recallOf(ctx, messageUID));
  },
};
