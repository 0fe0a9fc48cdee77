/** POST /user/token/expire.json: the users' tokens issued before `time` are expired from now on. */
import { TOKEN_EXPIRE } from '../../../core/contract/user';
import { all, ok, required, unique } from '../answers';
import type { EndpointHandler } from '../types';

export const tokenExpire: EndpointHandler = {
  endpoint: TOKEN_EXPIRE,
  keeps: "Keeps an expiry time: the user's tokens issued before it are answered expired.",
  handle(params, { app }) {
    const time = Number(required(params, TOKEN_EXPIRE, 'time'));
    return ok(unique(all(params, 'userId')).map((userId) => ({ t: 'expire', app, userId, time })));
  },
};
