/**
 * POST /message/private/publish.json: the message is kept with its sender, recipients, type, content
 * and time. With verifyBlacklist=1, a recipient whose blacklist holds the sender gets it kept as not
 * delivered. Each recipient has its own message UID (the Go SDK reads `messageUIDs`).
 */
import { PRIVATE_PUBLISH } from '../../../core/contract/message';
import { isFlagOn } from '../../../core/validation';
import { all, ok, one, required } from '../answers';
import type { EndpointHandler } from '../types';

export const privatePublish: EndpointHandler = {
  endpoint: PRIVATE_PUBLISH,
  keeps: 'Keeps the message with a messageUID per recipient; a recipient whose blacklist holds the sender does not get it when verifyBlacklist is on.',
  handle(params, { app, model, clock, newMessageUID }) {
    const fromUserId = required(params, PRIVATE_PUBLISH, 'fromUserId');
    const verify = isFlagOn(one(params, PRIVATE_PUBLISH, 'verifyBlacklist'));
    const blacklists = model.app(app).blacklists;
    const recipients = all(params, 'toUserId').map((userId) => ({
      userId,
      messageUID: newMessageUID(),
      delivered: !(verify && blacklists.get(userId)?.has(fromUserId) === true),
    }));
    return ok(
      [{
        t: 'message', app, kind: 'private', messageUID: recipients[0]?.messageUID ?? newMessageUID(), fromUserId, recipients,
        objectName: required(params, PRIVATE_PUBLISH, 'objectName'), content: required(params, PRIVATE_PUBLISH, 'content'), sentAt: clock.now(),
      }],
      { messageUIDs: recipients.map((r) => ({ userId: r.userId, messageUID: r.messageUID })) },
    );
  },
};
