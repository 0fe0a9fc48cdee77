/**
 * POST /message/private/publish.json: the message is kept with its sender, recipients, type, content
 * (screened by the app's sensitive words), time and the options it carried. With verifyBlacklist=1, a
 * recipient whose blacklist holds the sender gets it kept as not delivered. Each recipient has its own
 * message UID: the answer is `messageUIDs: [{userId, messageUID}]` (Go MessageResult/MessageUIDEntry,
 * Java MessageResult.messageUIDs).
 */
import { PRIVATE_PUBLISH } from '../../../core/contract/message';
import { isFlagOn } from '../../../core/validation';
import { all, ok, one, required } from '../answers';
import { keepMessage } from '../messageStore';
import type { EndpointHandler } from '../types';
import { initialExpansion, sendOptions } from './send';

export const privatePublish: EndpointHandler = {
  endpoint: PRIVATE_PUBLISH,
  keeps:
    'Keeps the message (content screened by the sensitive words) with a messageUID per recipient and the options it carried (pushContent, isPersisted, expansion…); a recipient whose blacklist holds the sender does not get it when verifyBlacklist is on. Answers messageUIDs [{userId, messageUID}].',
  handle(params, ctx) {
    const fromUserId = required(params, PRIVATE_PUBLISH, 'fromUserId');
    const verify = isFlagOn(one(params, PRIVATE_PUBLISH, 'verifyBlacklist'));
    const blacklists = ctx.model.app(ctx.app).blacklists;
    const kept = keepMessage(ctx, {
      kind: 'private',
      fromUserId,
      to: all(params, 'toUserId').map((userId) => ({ userId, delivered: !(verify && blacklists.get(userId)?.has(fromUserId) === true) })),
      uidPerRecipient: true,
      objectName: required(params, PRIVATE_PUBLISH, 'objectName'),
      content: required(params, PRIVATE_PUBLISH, 'content'),
      options: sendOptions(params),
    });
    const expansion = initialExpansion(params);
    return ok([expansion ? { ...kept.record, expansion } : kept.record], { messageUIDs: kept.uids });
  },
};
