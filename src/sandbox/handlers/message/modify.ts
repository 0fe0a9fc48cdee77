/**
 * POST /message/private/modify.json and /message/group/modify.json (Java Private.modify, Group.modify):
 * the kept message's content is replaced (a messageChange record), screened by the sensitive words like
 * a send. Choices where no source says: the message must be the sender's (fromUserId) in that
 * conversation and not recalled, else 1003; new content holding a blocking word leaves the message as
 * it was and is still answered 200 (a blocked send is answered 200 too).
 */
import { GROUP_MODIFY, PRIVATE_MODIFY } from '../../../core/contract/message';
import type { EndpointSpec } from '../../../core/contract';
import { fail, ok, required } from '../answers';
import { screen } from '../messageStore';
import type { EndpointHandler } from '../types';
import { inConversation } from './conversation';

function modifier(endpoint: EndpointSpec, conversationType: 1 | 3, targetParam: string): EndpointHandler {
  return {
    endpoint,
    keeps:
      "Replaces the kept message's content (messageChange), screened by the sensitive words; history answers the new content. The message must be fromUserId's, in that conversation and not recalled, else 1003 (our choice); content with a blocking word changes nothing and is answered 200.",
    handle(params, ctx) {
      const msgUID = required(params, endpoint, 'msgUID');
      const fromUserId = required(params, endpoint, 'fromUserId');
      const targetId = required(params, endpoint, targetParam);
      const m = ctx.model.app(ctx.app).messagesByUID.get(msgUID);
      if (!m) return fail(1003, `no message "${msgUID}" is kept`);
      if (m.fromUserId !== fromUserId) return fail(1003, `message "${msgUID}" was not sent by "${fromUserId}"`);
      if (!inConversation(m, conversationType, targetId)) return fail(1003, `message "${msgUID}" is not in the conversation with "${targetId}"`);
      if (m.recalledAt !== undefined) return fail(1003, `message "${msgUID}" was recalled`);
      const screened = screen(ctx, required(params, endpoint, 'content'));
      if (screened.blockedBy !== undefined) return ok();
      return ok([{ t: 'messageChange', app: ctx.app, messageUID: msgUID, at: ctx.clock.now(), content: screened.content }]);
    },
  };
}

export const privateModify = modifier(PRIVATE_MODIFY, 1, 'targetId');
export const groupModify = modifier(GROUP_MODIFY, 3, 'groupId');
