/**
 * User-profile hosting (/user/profile/set, batch/query, clean, query): each profile as the texts sent
 * with a version (Go UserProfileResponse and Java UserProfile: userId, version, userProfile and
 * userExtProfile as JSON texts), answered under `userList` (Go UserProfileQueryResponse).
 */
import { PROFILE_BATCH_QUERY, PROFILE_CLEAN, PROFILE_QUERY, PROFILE_SET } from '../../../core/contract/user';
import { del, put, row, rows } from '../../model/tables';
import { all, integer, ok, one, paged, required } from '../answers';
import type { EndpointHandler } from '../types';
import { idList, USER_PROFILES, type ProfileRow } from './tables';

const answer = (userId: string, p: ProfileRow) => ({ userId, version: p.version, userProfile: p.userProfile, userExtProfile: p.userExtProfile });

export const profileSet: EndpointHandler = {
  endpoint: PROFILE_SET,
  keeps: 'Keeps the profile texts with a version (1, then one more each set); an absent or empty text keeps the one kept before (Go sends "" for a text not given: our choice).',
  handle(params, { app, model }) {
    const userId = required(params, PROFILE_SET, 'userId');
    const before = row<ProfileRow>(model, app, USER_PROFILES, '', userId);
    const text = (name: string, old: string | undefined) => {
      const v = one(params, PROFILE_SET, name);
      return v === undefined || v === '' ? (old ?? '') : v;
    };
    const next: ProfileRow = {
      userProfile: text('userProfile', before?.userProfile),
      userExtProfile: text('userExtProfile', before?.userExtProfile),
      version: (before?.version ?? 0) + 1,
    };
    return ok([put(app, USER_PROFILES, '', userId, { ...next })]);
  },
};

export const profileBatchQuery: EndpointHandler = {
  endpoint: PROFILE_BATCH_QUERY,
  keeps: 'Answers the kept profiles of the users named (one ID, or several joined with commas as Java sends them); a user with no profile is left out.',
  handle(params, { app, model }) {
    const userList = idList(all(params, 'userId')).flatMap((id) => {
      const p = row<ProfileRow>(model, app, USER_PROFILES, '', id);
      return p ? [answer(id, p)] : [];
    });
    return ok([], { userList });
  },
};

export const profileClean: EndpointHandler = {
  endpoint: PROFILE_CLEAN,
  keeps: 'Removes the kept profiles of the users named (one ID, or several joined with commas); a user with none is fine.',
  handle(params, { app, model }) {
    const gone = idList(all(params, 'userId')).filter((id) => row(model, app, USER_PROFILES, '', id) !== undefined);
    return ok(gone.map((id) => del(app, USER_PROFILES, '', id)));
  },
};

export const profileQuery: EndpointHandler = {
  endpoint: PROFILE_QUERY,
  keeps: 'Lists the kept profiles in the order first set (order 1: newest first), page from 1, size 20 when not given (our choice: no source gives a default).',
  handle(params, { app, model }) {
    const page = integer(params, PROFILE_QUERY, 'page') ?? 1;
    const size = integer(params, PROFILE_QUERY, 'size') ?? 20;
    const list = [...rows<ProfileRow>(model, app, USER_PROFILES)].map(([id, p]) => answer(id, p));
    if (integer(params, PROFILE_QUERY, 'order') === 1) list.reverse();
    return ok([], { userList: paged(list, page, size) });
  },
};
