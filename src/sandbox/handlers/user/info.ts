/** POST /user/info.json: the user's name, portrait ("" when none) and creation time. */
import { PARAMETER_ERROR_CODE } from '../../../core/contract';
import { INFO } from '../../../core/contract/user';
import { clip } from '../../echo';
import { fail, ok, required, serviceTime } from '../answers';
import type { EndpointHandler } from '../types';

export const info: EndpointHandler = {
  endpoint: INFO,
  keeps: 'Answers the kept name, portrait and creation time (UTC+8) of a registered user; one removed by delusers is 1003, as unknown.',
  handle(params, { app, model }) {
    const userId = required(params, INFO, 'userId');
    const user = model.app(app).users.get(userId);
    // No contract code means "no such user": 1003 (parameter error) with the reason; the contract
    // data's hint for 1003 on this endpoint says to check the user ID.
    if (!user) return fail(PARAMETER_ERROR_CODE, `userId "${clip(userId)}" is not registered in this app`);
    return ok([], { userName: user.name, userPortrait: user.portraitUri ?? '', createTime: serviceTime(user.createdAt) });
  },
};
