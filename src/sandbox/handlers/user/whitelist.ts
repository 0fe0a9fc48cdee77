/**
 * A user's whitelist (/user/whitelist/add, remove, query): the users on it, newest first (docs
 * query-whitelist), `size` at a time with `next` the pageToken of the following page, "" after the
 * last (docs and Java PagingQueryWhitelistResult: users, next), as blacklist/query pages.
 */
import { PARAMETER_ERROR_CODE } from '../../../core/contract';
import { WHITELIST_ADD, WHITELIST_QUERY, WHITELIST_REMOVE } from '../../../core/contract/user';
import { clip } from '../../echo';
import { del, put, rows } from '../../model/tables';
import { all, fail, integer, ok, one, required, unique } from '../answers';
import type { EndpointHandler } from '../types';
import { USER_WHITELIST } from './tables';

export const whitelistAdd: EndpointHandler = {
  endpoint: WHITELIST_ADD,
  keeps: 'Adds the users to the kept whitelist (idempotent: a user already on it keeps its place). A user with someone on its whitelist receives private messages only from them, from a simulated client always and from private/publish with verifyBlacklist on (our choice: no console switch, a non-empty whitelist is the mode).',
  handle(params, { app, model, clock }) {
    const userId = required(params, WHITELIST_ADD, 'userId');
    const list = rows(model, app, USER_WHITELIST, userId);
    const at = clock.now();
    return ok(unique(all(params, 'whiteUserId')).filter((u) => !list.has(u)).map((u) => put(app, USER_WHITELIST, userId, u, { addedAt: at })));
  },
};

export const whitelistRemove: EndpointHandler = {
  endpoint: WHITELIST_REMOVE,
  keeps: 'Removes the users from the kept whitelist; a user not on it is fine.',
  handle(params, { app, model }) {
    const userId = required(params, WHITELIST_REMOVE, 'userId');
    const list = rows(model, app, USER_WHITELIST, userId);
    return ok(unique(all(params, 'whiteUserId')).filter((u) => list.has(u)).map((u) => del(app, USER_WHITELIST, userId, u)));
  },
};

export const whitelistQuery: EndpointHandler = {
  endpoint: WHITELIST_QUERY,
  keeps: 'Lists the kept whitelist newest first, size at a time (default 1000); next is the position of the following page, "" after the last.',
  handle(params, { app, model }) {
    const userId = required(params, WHITELIST_QUERY, 'userId');
    const size = integer(params, WHITELIST_QUERY, 'size') ?? 1000;
    const pageToken = one(params, WHITELIST_QUERY, 'pageToken') ?? '';
    if (pageToken !== '' && !/^[1-9][0-9]{0,8}$/.test(pageToken)) {
      return fail(PARAMETER_ERROR_CODE, `pageToken "${clip(pageToken)}" is not one this sandbox gave: pass the "next" of the previous page`);
    }
    const start = pageToken === '' ? 0 : Number(pageToken);
    const list = [...rows(model, app, USER_WHITELIST, userId).keys()].reverse();
    const end = start + size;
    return ok([], { users: list.slice(start, end), next: end < list.length ? String(end) : '' });
  },
};
