/**
 * POST /user/deactivate.json: userId is up to 100 IDs joined with commas (Go UserDeactivate; docs
 * deactivate). The users get no token until reactivated, and the tokens they had stop verifying (a
 * token expiry at the deactivation: reactivation does not bring them back, the user gets a new one);
 * operateId has the docs' XXXX-XXXX-XXXX-XXXX form.
 */
import { DEACTIVATE } from '../../../core/contract/user';
import { fail, ok } from '../answers';
import type { EndpointHandler } from '../types';
import { userIdList } from './userIdList';

export const deactivate: EndpointHandler = {
  endpoint: DEACTIVATE,
  keeps: 'Keeps the users as deactivated: getToken refuses them until reactivated, and the tokens issued before stop verifying (for good: a reactivated user gets a new token, our reading of the docs).',
  handle(params, { app, model, clock, newMessageUID }) {
    const ids = userIdList(params, DEACTIVATE);
    if (!Array.isArray(ids)) return fail(ids.code, ids.detail);
    const deactivated = model.app(app).deactivated;
    const userIds = ids.filter((id) => !deactivated.has(id));
    const now = clock.now();
    const expiries = userIds.map((userId) => ({ t: 'expire' as const, app, userId, time: now }));
    return ok(userIds.length === 0 ? [] : [{ t: 'deactivate', app, userIds }, ...expiries], { operateId: newMessageUID() });
  },
};
