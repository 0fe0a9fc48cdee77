/** POST /user/unblock.json: the users' blocks end now (a user not blocked is fine). */
import { UNBLOCK } from '../../../core/contract/user';
import { all, ok, unique } from '../answers';
import type { EndpointHandler } from '../types';

export const unblock: EndpointHandler = {
  endpoint: UNBLOCK,
  keeps: 'Removes the kept block.',
  handle(params, { app, model }) {
    const blocks = model.app(app).blocks;
    return ok(unique(all(params, 'userId')).filter((u) => blocks.has(u)).map((userId) => ({ t: 'unblock', app, userId })));
  },
};
