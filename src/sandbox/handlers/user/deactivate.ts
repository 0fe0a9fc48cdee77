/**
 * POST /user/deactivate.json: userId is up to 100 IDs joined with commas (Go UserDeactivate; docs
 * deactivate). The users get no token until reactivated; operateId has the docs' XXXX-XXXX-XXXX-XXXX form.
 */
import { DEACTIVATE } from '../../../core/contract/user';
import { fail, ok } from '../answers';
import type { EndpointHandler } from '../types';
import { userIdList } from './userIdList';

export const deactivate: EndpointHandler = {
  endpoint: DEACTIVATE,
  keeps: 'Keeps the users as deactivated: getToken refuses them until reactivated.',
  handle(params, { app, model, newMessageUID }) {
    const ids = userIdList(params, DEACTIVATE);
    if (!Array.isArray(ids)) return fail(ids.code, ids.detail);
    const deactivated = model.app(app).deactivated;
    const userIds = ids.filter((id) => !deactivated.has(id));
    return ok(userIds.length === 0 ? [] : [{ t: 'deactivate', app, userIds }], { operateId: newMessageUID() });
  },
};
