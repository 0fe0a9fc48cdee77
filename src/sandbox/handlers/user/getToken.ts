/**
 * POST /user/getToken.json. contract: a userId whose newest token is still valid is 1004; otherwise
 * the user is (re-)registered with a fresh token valid 30 days. realService: a known userId is the same
 * user: 200 with a fresh token, name (and portrait, when given) overwritten (the live register page).
 * Check and change happen with no await between them: of concurrent registrations of one userId
 * under contract, exactly one succeeds.
 */
import { GET_TOKEN, PARAMETER_ERROR_CODE, TOKEN_VALIDITY_MS, USER_EXISTS_CODE } from '../../../core/contract';
import { clip } from '../../echo';
import type { SandboxRecord } from '../../model';
import { fail, ok, one, required } from '../answers';
import type { EndpointHandler } from '../types';

export const getToken: EndpointHandler = {
  endpoint: GET_TOKEN,
  keeps: 'Creates the user (or renews it) and keeps a token valid for 30 days; a deactivated user gets 1003, a user removed by delusers is registered anew, and under the contract a user whose token is still valid gets 1004.',
  handle(params, { app, model, clock, behaviour, newToken }) {
    const userId = required(params, GET_TOKEN, 'userId');
    const name = required(params, GET_TOKEN, 'name');
    const portraitUri = one(params, GET_TOKEN, 'portraitUri');
    const now = clock.now();
    // The docs (deactivate) say a deactivated user gets no token; they give no code, so the sandbox's parameter error.
    if (model.app(app).deactivated.has(userId)) return fail(PARAMETER_ERROR_CODE, `userId "${clip(userId)}" is deactivated: reactivate it first`);
    // A user removed by delusers is not in users any more: registered afresh, createdAt now.
    const user = model.app(app).users.get(userId);
    const portrait = portraitUri !== undefined ? { portraitUri } : {};
    let profile: SandboxRecord;
    if (user && behaviour === 'realService') {
      profile = { t: 'profile', app, userId, name, ...portrait };
    } else {
      if (user && model.validToken(app, userId, now)) {
        return fail(USER_EXISTS_CODE, `userId "${clip(userId)}" is registered in this app already`);
      }
      profile = { t: 'user', app, userId, name, ...portrait, createdAt: user?.createdAt ?? now };
    }
    const token = newToken();
    return ok([profile, { t: 'token', app, userId, token, issuedAt: now, expiresAt: now + TOKEN_VALIDITY_MS }], { userId, token });
  },
};
