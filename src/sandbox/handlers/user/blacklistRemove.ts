/** POST /user/blacklist/remove.json: users not on the list are fine. */
import { BLACKLIST_REMOVE } from '../../../core/contract/user';
import { all, ok, required, unique } from '../answers';
import type { EndpointHandler } from '../types';

export const blacklistRemove: EndpointHandler = {
  endpoint: BLACKLIST_REMOVE,
  keeps: 'Removes the users from the kept blacklist.',
  handle(params, { app, model }) {
    const userId = required(params, BLACKLIST_REMOVE, 'userId');
    const list = model.app(app).blacklists.get(userId);
    const removed = unique(all(params, 'blackUserId')).filter((u) => list?.has(u));
    return ok(removed.length === 0 ? [] : [{ t: 'blacklistRemove', app, userId, blackUserIds: removed }]);
  },
};
