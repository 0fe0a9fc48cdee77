/** POST /user/block.json: each user is blocked until now + minute minutes (a second block replaces the first). */
import { BLOCK } from '../../../core/contract/user';
import { all, integer, ok, unique } from '../answers';
import type { EndpointHandler } from '../types';

export const block: EndpointHandler = {
  endpoint: BLOCK,
  keeps: 'Keeps a block with its end time (minute from the sandbox clock).',
  handle(params, { app, clock }) {
    const until = clock.now() + (integer(params, BLOCK, 'minute') ?? 0) * 60_000;
    return ok(unique(all(params, 'userId')).map((userId) => ({ t: 'block', app, userId, until })));
  },
};
