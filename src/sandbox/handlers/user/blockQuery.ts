/** POST /user/block/query.json: the unexpired blocks by the sandbox clock, a page at a time (page from 1, size). */
import { BLOCK_QUERY } from '../../../core/contract/user';
import { integer, ok, serviceTime } from '../answers';
import type { EndpointHandler } from '../types';

export const blockQuery: EndpointHandler = {
  endpoint: BLOCK_QUERY,
  keeps: 'Lists the unexpired blocks with their end times (UTC+8), paged.',
  handle(params, { app, model, clock }) {
    const page = integer(params, BLOCK_QUERY, 'page') ?? 1;
    const size = integer(params, BLOCK_QUERY, 'size') ?? 50;
    const start = (page - 1) * size;
    const users = model.activeBlocks(app, clock.now()).slice(start, start + size)
      .map((b) => ({ userId: b.userId, blockEndTime: serviceTime(b.until) }));
    return ok([], { users });
  },
};
