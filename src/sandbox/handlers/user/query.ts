/**
 * POST /user/query.json: the registered users (Go UserQueryItem: userId, userName, userPortrait,
 * regTime) by registration time, page (from 1) by pageSize; total counts them all (Go UserQueryResponse).
 */
import { QUERY } from '../../../core/contract/user';
import { integer, ok, paged, serviceTime } from '../answers';
import type { EndpointHandler } from '../types';

export const query: EndpointHandler = {
  endpoint: QUERY,
  keeps: 'Lists the registered users (not those removed by delusers) by registration time, order 0 oldest first or 1 newest first, paged; regTime is written "yyyy-MM-dd HH:mm:ss" (UTC+8) as info writes createTime (our choice: no source shows its form).',
  handle(params, { app, model }) {
    const page = integer(params, QUERY, 'page') ?? 1;
    const size = integer(params, QUERY, 'pageSize') ?? 20;
    const descending = integer(params, QUERY, 'order') === 1;
    const users = [...model.app(app).users.values()];
    users.sort((a, b) => (descending ? b.createdAt - a.createdAt : a.createdAt - b.createdAt));
    const list = paged(users, page, size).map((u) => ({ userId: u.userId, userName: u.name, userPortrait: u.portraitUri ?? '', regTime: serviceTime(u.createdAt) }));
    return ok([], { total: users.length, users: list });
  },
};
