/**
 * POST /user/delusers.json: Go repeats userId (1–100), Java joins the IDs with commas into one value;
 * both are read. A removed user is kept as a user.deleted row (tables.ts): query, info and refresh
 * treat it as unregistered, its tokens stop verifying (a token expiry at the removal) and getToken
 * registers it anew.
 */
import { PARAMETER_ERROR_CODE } from '../../../core/contract';
import { DELUSERS } from '../../../core/contract/user';
import type { SandboxRecord } from '../../model';
import { put } from '../../model/tables';
import { all, fail, ok } from '../answers';
import type { EndpointHandler } from '../types';
import { idList, isRegistered, USER_DELETED } from './tables';

/** Users a call removes (Go UserDelUsers checks 1–100). */
const MAX_DELETED_PER_CALL = 100;

export const delusers: EndpointHandler = {
  endpoint: DELUSERS,
  keeps: 'Removes the registered users (1–100 a call, repeated or comma-joined): user/query, info and refresh no longer know them, their tokens stop verifying, getToken registers them anew; an unknown user ID is skipped with 200 (our choice: no source says).',
  handle(params, { app, model, clock }) {
    const ids = idList(all(params, 'userId'));
    if (ids.length > MAX_DELETED_PER_CALL) return fail(PARAMETER_ERROR_CODE, `userId names ${ids.length} users; the limit is ${MAX_DELETED_PER_CALL} a call`);
    const now = clock.now();
    const records: SandboxRecord[] = [];
    for (const userId of ids.filter((id) => isRegistered(model, app, id))) {
      records.push(put(app, USER_DELETED, '', userId, { deletedAt: now }), { t: 'expire', app, userId, time: now });
    }
    return ok(records);
  },
};
