/**
 * POST /message/system/publish.json: kept like a private message, one messageUID for every recipient
 * (system messages know no blacklist). Go SystemSend and Java MsgSystem.send parse a MessageResult, so
 * the answer carries `messageUIDs: [{userId, messageUID}]` too.
 */
import { SYSTEM_PUBLISH } from '../../../core/contract/message';
import { all, ok, required } from '../answers';
import { keepMessage } from '../messageStore';
import type { EndpointHandler } from '../types';
import { initialExpansion, sendOptions } from './send';

export const systemPublish: EndpointHandler = {
  endpoint: SYSTEM_PUBLISH,
  keeps: 'Keeps the system message (content screened by the sensitive words) with its recipients and the options it carried; answers messageUIDs [{userId, messageUID}].',
  handle(params, ctx) {
    const kept = keepMessage(ctx, {
      kind: 'system',
      fromUserId: required(params, SYSTEM_PUBLISH, 'fromUserId'),
      to: all(params, 'toUserId').map((userId) => ({ userId })),
      objectName: required(params, SYSTEM_PUBLISH, 'objectName'),
      content: required(params, SYSTEM_PUBLISH, 'content'),
      options: sendOptions(params),
    });
    const expansion = initialExpansion(params);
    return ok([expansion ? { ...kept.record, expansion } : kept.record], { messageUIDs: kept.uids });
  },
};
