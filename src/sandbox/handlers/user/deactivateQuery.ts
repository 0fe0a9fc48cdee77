/** POST /user/deactivate/query.json: deactivated userIds in the order deactivated, pageNo (from 1) by pageSize (docs query-deactivated-list). */
import { DEACTIVATE_QUERY } from '../../../core/contract/user';
import { integer, ok } from '../answers';
import type { EndpointHandler } from '../types';

export const deactivateQuery: EndpointHandler = {
  endpoint: DEACTIVATE_QUERY,
  keeps: 'Lists the deactivated users, paged.',
  handle(params, { app, model }) {
    const page = integer(params, DEACTIVATE_QUERY, 'pageNo') ?? 1;
    const size = integer(params, DEACTIVATE_QUERY, 'pageSize') ?? 50;
    const start = (page - 1) * size;
    return ok([], { users: [...model.app(app).deactivated].slice(start, start + size) });
  },
};
