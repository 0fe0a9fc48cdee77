/**
 * POST /user/blacklist/query.json: the list in the order users were added, `size` at a time. `next`
 * is the pageToken of the following page, "" after the last one; the token is the position in the
 * list, so a page after a removal may skip an entry (as any offset paging does).
 */
import { PARAMETER_ERROR_CODE } from '../../../core/contract';
import { BLACKLIST_QUERY } from '../../../core/contract/user';
import { clip } from '../../echo';
import { fail, integer, ok, one, required } from '../answers';
import type { EndpointHandler } from '../types';

export const blacklistQuery: EndpointHandler = {
  endpoint: BLACKLIST_QUERY,
  keeps: 'Lists the kept blacklist in the order added.',
  handle(params, { app, model }) {
    const userId = required(params, BLACKLIST_QUERY, 'userId');
    const size = integer(params, BLACKLIST_QUERY, 'size') ?? 1000;
    const pageToken = one(params, BLACKLIST_QUERY, 'pageToken') ?? '';
    if (pageToken !== '' && !/^[1-9][0-9]{0,8}$/.test(pageToken)) {
      return fail(PARAMETER_ERROR_CODE, `pageToken "${clip(pageToken)}" is not one this sandbox gave: pass the "next" of the previous page`);
    }
    const start = pageToken === '' ? 0 : Number(pageToken);
    const list = model.blacklist(app, userId);
    const end = start + size;
    return ok([], { users: list.slice(start, end), next: end < list.length ? String(end) : '' });
  },
};
