/** POST /user/blacklist/add.json: idempotent (a user already on the list stays where it is); a list holds at most 3,000. */
import { MAX_BLACKLIST, PARAMETER_ERROR_CODE } from '../../../core/contract';
import { BLACKLIST_ADD } from '../../../core/contract/user';
import { clip } from '../../echo';
import { all, fail, ok, required, unique } from '../answers';
import type { EndpointHandler } from '../types';

export const blacklistAdd: EndpointHandler = {
  endpoint: BLACKLIST_ADD,
  keeps: 'Adds the users to the kept blacklist (idempotent; a list holds at most 3,000, past it 1003).',
  handle(params, { app, model }) {
    const userId = required(params, BLACKLIST_ADD, 'userId');
    const list = model.app(app).blacklists.get(userId);
    const added = unique(all(params, 'blackUserId')).filter((u) => !list?.has(u));
    if (added.length === 0) return ok();
    const size = (list?.size ?? 0) + added.length;
    if (size > MAX_BLACKLIST) {
      return fail(PARAMETER_ERROR_CODE, `the blacklist of "${clip(userId)}" would hold ${size} users; the limit is ${MAX_BLACKLIST}`);
    }
    return ok([{ t: 'blacklistAdd', app, userId, blackUserIds: added }]);
  },
};
