/** POST /user/reactivate.json: userId as deactivate's; calling it again is not an error (docs reactivate, Go UserReactivate). */
import { REACTIVATE } from '../../../core/contract/user';
import { fail, ok } from '../answers';
import type { EndpointHandler } from '../types';
import { userIdList } from './userIdList';

export const reactivate: EndpointHandler = {
  endpoint: REACTIVATE,
  keeps: 'Removes the users from the deactivated set.',
  handle(params, { app, model, newMessageUID }) {
    const ids = userIdList(params, REACTIVATE);
    if (!Array.isArray(ids)) return fail(ids.code, ids.detail);
    const deactivated = model.app(app).deactivated;
    const userIds = ids.filter((id) => deactivated.has(id));
    return ok(userIds.length === 0 ? [] : [{ t: 'reactivate', app, userIds }], { operateId: newMessageUID() });
  },
};
