/** POST /user/refresh.json: the name and portrait given replace the user's; info shows them after. */
import { PARAMETER_ERROR_CODE } from '../../../core/contract';
import { REFRESH } from '../../../core/contract/user';
import { clip } from '../../echo';
import { fail, ok, one, required } from '../answers';
import type { EndpointHandler } from '../types';
import { isRegistered } from './tables';

export const refresh: EndpointHandler = {
  endpoint: REFRESH,
  keeps: 'Changes the kept name and portrait of a registered user; an unknown user (or one removed by delusers) is 1003 with the reason (our choice: no source gives a code).',
  handle(params, { app, model }) {
    const userId = required(params, REFRESH, 'userId');
    // The contract has no code for an unknown user; 1003 (parameter error) with the reason, as info.
    if (!isRegistered(model, app, userId)) return fail(PARAMETER_ERROR_CODE, `userId "${clip(userId)}" is not registered in this app`);
    const name = one(params, REFRESH, 'name');
    const portraitUri = one(params, REFRESH, 'portraitUri');
    if (name === undefined && portraitUri === undefined) return ok();
    return ok([{ t: 'profile', app, userId, ...(name !== undefined ? { name } : {}), ...(portraitUri !== undefined ? { portraitUri } : {}) }]);
  },
};
