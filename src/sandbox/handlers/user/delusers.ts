/**
 * POST /user/delusers.json: Go repeats userId (1–100), Java joins the IDs with commas into one value;
 * both are read. A removed user is gone from the model (a userDelete record: profile, tokens, block,
 * blacklist, remarks, online state, deactivation, group memberships) and from this folder's rows
 * (tables.ts userRowRemovals): query, info and refresh do not know it, its tokens verify as unknown,
 * and getToken registers it afresh.
 */
import { PARAMETER_ERROR_CODE } from '../../../core/contract';
import { DELUSERS } from '../../../core/contract/user';
import type { SandboxRecord } from '../../model';
import { all, fail, ok } from '../answers';
import type { EndpointHandler } from '../types';
import { idList, isRegistered, userRowRemovals } from './tables';

/** Users a call removes (Go UserDelUsers checks 1–100). */
const MAX_DELETED_PER_CALL = 100;

export const delusers: EndpointHandler = {
  endpoint: DELUSERS,
  keeps: "Removes the registered users (1–100 a call, repeated or comma-joined) with everything kept for them (tokens, block, blacklist, remarks, whitelist, tags, mutes, group memberships, online state): query, info and refresh no longer know them, their tokens verify as unknown, getToken registers them afresh; an unknown user ID is skipped with 200 (our choice: no source says).",
  handle(params, { app, model }) {
    const ids = idList(all(params, 'userId'));
    if (ids.length > MAX_DELETED_PER_CALL) return fail(PARAMETER_ERROR_CODE, `userId names ${ids.length} users; the limit is ${MAX_DELETED_PER_CALL} a call`);
    const gone = ids.filter((id) => isRegistered(model, app, id));
    if (gone.length === 0) return ok();
    const records: SandboxRecord[] = [{ t: 'userDelete', app, userIds: gone }];
    for (const userId of gone) records.push(...userRowRemovals(model, app, userId));
    return ok(records);
  },
};
