/** POST /user/activate.json (Java user.activate, one userId): the user is no longer deactivated, as reactivate does. */
import { ACTIVATE } from '../../../core/contract/user';
import { ok, required } from '../answers';
import type { EndpointHandler } from '../types';

export const activate: EndpointHandler = {
  endpoint: ACTIVATE,
  keeps: 'Removes the user from the deactivated set, as reactivate does (a user not deactivated is 200 too: our choice, as reactivate); getToken works for it again.',
  handle(params, { app, model }) {
    const userId = required(params, ACTIVATE, 'userId');
    return ok(model.app(app).deactivated.has(userId) ? [{ t: 'reactivate', app, userIds: [userId] }] : []);
  },
};
