/**
 * POST /message/private/publish.json: the message is kept with its sender, recipients, type, content
 * (screened by the app's sensitive words), time and the options it carried. With verifyBlacklist=1, a
 * recipient the sender may not reach gets it kept as not delivered: its whitelist, when it has one,
 * must hold the sender; otherwise its blacklist must not (user/tables.ts receivesFrom). A one-to-one
 * chat mute (/user/chat/fb/set.json) does not stop this send (docs one-to-one/ban: the Server API is
 * not affected by it). Each recipient has its own
 * message UID: the answer is `messageUIDs: [{userId, messageUID}]` (Go MessageResult/MessageUIDEntry,
 * Java MessageResult.messageUIDs).
 */
import { PRIVATE_PUBLISH } from '../../../core/contract/message';
import { isFlagOn } from '../../../core/validation';
import { all, ok, one, required } from '../answers';
import { keepMessage } from '../messageStore';
import type { EndpointHandler } from '../types';
import { receivesFrom } from '../user/tables';
import { initialExpansion, sendOptions } from './send';

export const privatePublish: EndpointHandler = {
  endpoint: PRIVATE_PUBLISH,
  keeps:
    "Keeps the message (content screened by the sensitive words) with a messageUID per recipient and the options it carried (pushContent, isPersisted, expansion…). With verifyBlacklist on, a recipient with a whitelist gets it only when the sender is on it (the whitelist replaces the blacklist), any other recipient unless its blacklist holds the sender (our choice: the Server API checks the whitelist only when asked, as it does the blacklist). A one-to-one chat mute does not stop it (the docs: the Server API is not affected). Answers messageUIDs [{userId, messageUID}].",
  handle(params, ctx) {
    const fromUserId = required(params, PRIVATE_PUBLISH, 'fromUserId');
    const verify = isFlagOn(one(params, PRIVATE_PUBLISH, 'verifyBlacklist'));
    const kept = keepMessage(ctx, {
      kind: 'private',
      fromUserId,
      to: all(params, 'toUserId').map((userId) => ({ userId, delivered: !verify || receivesFrom(ctx.model, ctx.app, userId, fromUserId) })),
      uidPerRecipient: true,
      objectName: required(params, PRIVATE_PUBLISH, 'objectName'),
      content: required(params, PRIVATE_PUBLISH, 'content'),
      options: sendOptions(params),
    });
    const expansion = initialExpansion(params);
    return ok([expansion ? { ...kept.record, expansion } : kept.record], { messageUIDs: kept.uids });
  },
};
