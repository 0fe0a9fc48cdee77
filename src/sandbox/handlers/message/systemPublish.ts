/** POST /message/system/publish.json: kept like a private message (system messages know no blacklist). */
import { SYSTEM_PUBLISH } from '../../../core/contract/message';
import { all, ok, required } from '../answers';
import type { EndpointHandler } from '../types';

export const systemPublish: EndpointHandler = {
  endpoint: SYSTEM_PUBLISH,
  keeps: 'Keeps the system message with its recipients.',
  handle(params, { app, clock, newMessageUID }) {
    const messageUID = newMessageUID();
    return ok([{
      t: 'message', app, kind: 'system', messageUID,
      fromUserId: required(params, SYSTEM_PUBLISH, 'fromUserId'),
      recipients: all(params, 'toUserId').map((userId) => ({ userId, messageUID, delivered: true })),
      objectName: required(params, SYSTEM_PUBLISH, 'objectName'),
      content: required(params, SYSTEM_PUBLISH, 'content'),
      sentAt: clock.now(),
    }]);
  },
};
