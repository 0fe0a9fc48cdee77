/** Friendships: /friend/add, delete, clean and profile/set (docs friend-profile; Go FriendAdd/Delete/Clean/SetProfile). */
import { FRIEND_ADD, FRIEND_CLEAN, FRIEND_DELETE, FRIEND_IDS_PER_CALL, FRIEND_PROFILE_SET } from '../../../core/contract/friend';
import { PARAMETER_ERROR_CODE } from '../../../core/contract';
import { clip } from '../../echo';
import type { SandboxRecord } from '../../model';
import { del, drop, put, row, rows } from '../../model/tables';
import { fail, integer, jsonParam, ok, one, required } from '../answers';
import { idList } from '../entrust/idList';
import type { EndpointHandler } from '../types';
import { areFriends, FRIEND_REQUESTS, FRIENDS, permissionOf, type FriendRow } from './tables';

const befriend = (app: string, a: string, b: string, time: number): SandboxRecord[] => [
  put(app, FRIENDS, a, b, { time, remarkName: '', friendExtProfile: '' }),
  put(app, FRIENDS, b, a, { time, remarkName: '', friendExtProfile: '' }),
];

export const friendAdd: EndpointHandler = {
  endpoint: FRIEND_ADD,
  keeps: "Makes the two users friends on both sides with optType 2, or with optType 1 when the target's permission is 1, or when the target had already asked the user; with permission 2 (the default, our choice) it keeps a request waiting, with 3 nothing; answers 200 each way (our choice). Adding oneself is 1003.",
  handle(params, { app, model, clock }) {
    const userId = required(params, FRIEND_ADD, 'userId');
    const targetId = required(params, FRIEND_ADD, 'targetId');
    if (userId === targetId) return fail(PARAMETER_ERROR_CODE, `userId and targetId are both "${clip(userId)}"`);
    if (areFriends(model, app, userId, targetId)) return ok();
    const now = clock.now();
    const asked = row(model, app, FRIEND_REQUESTS, userId, targetId) !== undefined;
    const direct = integer(params, FRIEND_ADD, 'optType') === 2 || permissionOf(model, app, targetId) === 1 || asked;
    if (direct) return ok([...befriend(app, userId, targetId, now), ...(asked ? [del(app, FRIEND_REQUESTS, userId, targetId)] : [])]);
    if (permissionOf(model, app, targetId) === 3) return ok();
    return ok([put(app, FRIEND_REQUESTS, targetId, userId, { time: now, extra: one(params, FRIEND_ADD, 'extra') ?? '' })]);
  },
};

export const friendDelete: EndpointHandler = {
  endpoint: FRIEND_DELETE,
  keeps: 'Ends the friendships with the users (on both sides), 100 a call (1003 past); users who are not friends are fine.',
  handle(params, { app, model }) {
    const userId = required(params, FRIEND_DELETE, 'userId');
    const ids = idList(params, 'targetIds', FRIEND_IDS_PER_CALL);
    if (!Array.isArray(ids)) return ids;
    return ok(ids.filter((t) => areFriends(model, app, userId, t)).flatMap((t) => [del(app, FRIENDS, userId, t), del(app, FRIENDS, t, userId)]));
  },
};

export const friendClean: EndpointHandler = {
  endpoint: FRIEND_CLEAN,
  keeps: 'Ends every friendship of the user, on both sides.',
  handle(params, { app, model }) {
    const userId = required(params, FRIEND_CLEAN, 'userId');
    const friends = [...rows(model, app, FRIENDS, userId).keys()];
    return ok(friends.length === 0 ? [] : [drop(app, FRIENDS, userId), ...friends.map((f) => del(app, FRIENDS, f, userId))]);
  },
};

export const friendProfileSet: EndpointHandler = {
  endpoint: FRIEND_PROFILE_SET,
  keeps: "Keeps the user's remark name (empty clears it) and the keys of friendExtProfile merged over the kept ones for that friend; a target who is not a friend is 1003 (our choice).",
  handle(params, { app, model }) {
    const userId = required(params, FRIEND_PROFILE_SET, 'userId');
    const targetId = required(params, FRIEND_PROFILE_SET, 'targetId');
    const kept = row<FriendRow>(model, app, FRIENDS, userId, targetId);
    if (!kept) return fail(PARAMETER_ERROR_CODE, `"${clip(targetId)}" is not a friend of "${clip(userId)}"`);
    const sent = jsonParam(params, 'friendExtProfile');
    const before = kept.friendExtProfile === '' ? {} : (JSON.parse(kept.friendExtProfile) as Record<string, unknown>);
    const friendExtProfile = typeof sent === 'object' && sent !== null && !Array.isArray(sent) ? JSON.stringify({ ...before, ...sent }) : kept.friendExtProfile;
    return ok([put(app, FRIENDS, userId, targetId, { ...kept, remarkName: one(params, FRIEND_PROFILE_SET, 'remarkName') ?? kept.remarkName, friendExtProfile })]);
  },
};
