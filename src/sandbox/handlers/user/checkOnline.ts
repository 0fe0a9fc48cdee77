/** POST /user/checkOnline.json: "1" or "0", a string as the live service sends; offline unless the sandbox's control says online. */
import { CHECK_ONLINE } from '../../../core/contract/user';
import { ok, required } from '../answers';
import type { EndpointHandler } from '../types';

export const checkOnline: EndpointHandler = {
  endpoint: CHECK_ONLINE,
  keeps: 'Answers whether a simulated client of the user is connected (/_sandbox/online).',
  handle(params, { app, model }) {
    const userId = required(params, CHECK_ONLINE, 'userId');
    return ok([], { status: model.app(app).online.has(userId) ? '1' : '0' });
  },
};
