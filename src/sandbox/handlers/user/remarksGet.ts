/** POST /user/remarks/get.json: the remarks a user set, in the order first set, page (from 1) by size; total counts them all. */
import { REMARKS_GET } from '../../../core/contract/user';
import { integer, ok, required } from '../answers';
import type { EndpointHandler } from '../types';

export const remarksGet: EndpointHandler = {
  endpoint: REMARKS_GET,
  keeps: 'Lists the kept push remarks, paged.',
  handle(params, { app, model }) {
    const userId = required(params, REMARKS_GET, 'userId');
    const page = integer(params, REMARKS_GET, 'page') ?? 1;
    const size = integer(params, REMARKS_GET, 'size') ?? 50;
    const all = [...(model.app(app).remarks.get(userId) ?? [])].map(([id, remark]) => ({ id, remark }));
    const start = (page - 1) * size;
    return ok([], { total: all.length, users: all.slice(start, start + size) });
  },
};
