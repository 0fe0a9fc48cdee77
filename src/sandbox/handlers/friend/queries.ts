/** Reading friendships and permissions: /friend/get, check, permission/set and permission/get (docs friend-profile). */
import { FRIEND_CHECK, FRIEND_GET, FRIEND_IDS_PER_CALL, FRIEND_PERMISSION_GET, FRIEND_PERMISSION_SET } from '../../../core/contract/friend';
import { put, rows } from '../../model/tables';
import { integer, ok, one, required } from '../answers';
import { idList, tokenPage } from '../entrust/idList';
import type { EndpointHandler } from '../types';
import { areFriends, FRIEND_PERMISSIONS, FRIENDS, permissionOf, type FriendRow } from './tables';

export const friendGet: EndpointHandler = {
  endpoint: FRIEND_GET,
  keeps: "Answers totalCount, pageToken ('' on the last page) and friendList [{userId, name (the registered name, '' if none), remarkName, friendExtProfile, time (ms)}] by when added (order 0, the default: oldest first).",
  handle(params, { app, model }) {
    const userId = required(params, FRIEND_GET, 'userId');
    const users = model.app(app).users;
    const list = [...rows<FriendRow>(model, app, FRIENDS, userId)]
      .map(([id, f]) => ({ userId: id, name: users.get(id)?.name ?? '', remarkName: f.remarkName, friendExtProfile: f.friendExtProfile, time: f.time }))
      .sort((a, b) => a.time - b.time);
    if (integer(params, FRIEND_GET, 'order') === 1) list.reverse();
    const { items, next } = tokenPage(list, one(params, FRIEND_GET, 'pageToken'), integer(params, FRIEND_GET, 'size') ?? 50);
    return ok([], { totalCount: list.length, pageToken: next, friendList: items });
  },
};

export const friendCheck: EndpointHandler = {
  endpoint: FRIEND_CHECK,
  keeps: 'Answers results [{userId, result}] for each ID sent: 4 friends, 1 not (the docs\' values), 100 a call (1003 past).',
  handle(params, { app, model }) {
    const userId = required(params, FRIEND_CHECK, 'userId');
    const ids = idList(params, 'targetIds', FRIEND_IDS_PER_CALL);
    if (!Array.isArray(ids)) return ids;
    return ok([], { results: ids.map((t) => ({ userId: t, result: areFriends(model, app, userId, t) ? 4 : 1 })) });
  },
};

export const friendPermissionSet: EndpointHandler = {
  endpoint: FRIEND_PERMISSION_SET,
  keeps: 'Keeps the permission type (1 anyone adds directly, 2 approval, 3 nobody) of each user, 100 a call (1003 past); it decides what a later friend/add with optType 1 does.',
  handle(params, { app }) {
    const ids = idList(params, 'userIds', FRIEND_IDS_PER_CALL);
    if (!Array.isArray(ids)) return ids;
    const type = Number(required(params, FRIEND_PERMISSION_SET, 'permissionType'));
    return ok(ids.map((u) => put(app, FRIEND_PERMISSIONS, '', u, type)));
  },
};

export const friendPermissionGet: EndpointHandler = {
  endpoint: FRIEND_PERMISSION_GET,
  keeps: 'Answers permissionSettings [{userId, type}] for each ID sent, 2 (approval) where never set (our choice), 100 a call (1003 past).',
  handle(params, { app, model }) {
    const ids = idList(params, 'userIds', FRIEND_IDS_PER_CALL);
    if (!Array.isArray(ids)) return ids;
    return ok([], { permissionSettings: ids.map((userId) => ({ userId, type: permissionOf(model, app, userId) })) });
  },
};
