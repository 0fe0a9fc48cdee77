/** POST /conversation/top/set.json: setTop true pins the user's conversation, false unpins it (docs conversation/top). */
import { PARAMETER_ERROR_CODE } from '../../../core/contract';
import { TOP_SET } from '../../../core/contract/conversation';
import { del, put, row } from '../../model/tables';
import { fail, flag, ok, required } from '../answers';
import type { EndpointHandler } from '../types';
import { CONVERSATION_TOP, conversationKey } from './tables';

/** docs conversation/top: one-to-one, group and system conversations. */
const TYPES = new Set([1, 3, 6]);

export const topSet: EndpointHandler = {
  endpoint: TOP_SET,
  keeps: 'Keeps the conversation pinned (with the time) or not; attribute/get shows it. A type other than 1, 3 and 6 is 1003.',
  handle(params, { app, model, clock }) {
    const type = Number(required(params, TOP_SET, 'conversationType'));
    if (!TYPES.has(type)) return fail(PARAMETER_ERROR_CODE, `conversationType ${type} is not one of 1, 3 and 6`);
    const userId = required(params, TOP_SET, 'userId');
    const key = conversationKey(type, required(params, TOP_SET, 'targetId'));
    const pinned = row(model, app, CONVERSATION_TOP, userId, key) !== undefined;
    if (flag(params, TOP_SET, 'setTop')) return ok(pinned ? [] : [put(app, CONVERSATION_TOP, userId, key, { topTime: clock.now() })]);
    return ok(pinned ? [del(app, CONVERSATION_TOP, userId, key)] : []);
  },
};
