/**
 * POST /message/recall.json: the kept message named by messageUID, in the conversation named by
 * conversationType and targetId, is marked recalled (a messageChange record); history queries leave it
 * out afterwards. Choices where no source says: an unknown messageUID, or one in another conversation,
 * is 1003; recalling a recalled message is 200 and changes nothing; sentTime (Go sends 0 when not
 * given) and the sender are not compared.
 */
import { RECALL } from '../../../core/contract/message';
import { fail, integer, ok, required } from '../answers';
import type { EndpointHandler } from '../types';
import { inConversation } from './conversation';

export const recall: EndpointHandler = {
  endpoint: RECALL,
  keeps:
    'Marks the kept message recalled (messageChange); history queries leave it out. An unknown messageUID or one not in the conversation named by conversationType/targetId is 1003 (our choice); a second recall is 200 and changes nothing; sentTime is not compared.',
  handle(params, ctx) {
    const messageUID = required(params, RECALL, 'messageUID');
    const conversationType = integer(params, RECALL, 'conversationType') ?? 0;
    const targetId = required(params, RECALL, 'targetId');
    const m = ctx.model.app(ctx.app).messagesByUID.get(messageUID);
    if (!m) return fail(1003, `no message "${messageUID}" is kept`);
    if (!inConversation(m, conversationType, targetId)) return fail(1003, `message "${messageUID}" is not in conversation ${conversationType} "${targetId}"`);
    if (m.recalledAt !== undefined) return ok();
    return ok([{ t: 'messageChange', app: ctx.app, messageUID, at: ctx.clock.now(), recalled: true }]);
  },
};
