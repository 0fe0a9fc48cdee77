/** Followed members in a hosted group: /entrust/group/member/follow, unfollow and followed/get (docs set-group-mem-follow). */
import { PARAMETER_ERROR_CODE, type EndpointSpec } from '../../../core/contract';
import { ENTRUST_MEMBER_FOLLOW, ENTRUST_MEMBER_FOLLOWED_GET, ENTRUST_MEMBER_UNFOLLOW, ENTRUST_USERS_PER_CALL } from '../../../core/contract/entrust';
import { clip } from '../../echo';
import type { SandboxModel } from '../../model';
import { del, put, row } from '../../model/tables';
import { fail, ok, required } from '../answers';
import type { EndpointHandler, HandlerResult, Params } from '../types';
import { hosted, isResult } from './hosting';
import { idList } from './idList';
import { ENTRUST_FOLLOWS } from './tables';

type Follows = Readonly<Record<string, number>>;

function followsOf(model: SandboxModel, app: string, groupId: string, userId: string): Follows {
  return row<Follows>(model, app, ENTRUST_FOLLOWS, groupId, userId) ?? {};
}

/** The follower's kept follows changed by `change`, or the 1003 of a group not hosted or a follower who is not a member. */
function changeFollows(endpoint: EndpointSpec, params: Params, model: SandboxModel, app: string, change: (kept: Follows, ids: string[]) => Follows): HandlerResult {
  const groupId = required(params, endpoint, 'groupId');
  const group = hosted(model, app, groupId);
  if (isResult(group)) return group;
  const userId = required(params, endpoint, 'userId');
  if (!model.app(app).groups.get(groupId)?.members.has(userId)) return fail(PARAMETER_ERROR_CODE, `"${clip(userId)}" is not a member of group "${clip(groupId)}"`);
  const ids = idList(params, 'followUserIds', ENTRUST_USERS_PER_CALL);
  if (!Array.isArray(ids)) return ids;
  const next = change(followsOf(model, app, groupId, userId), ids);
  return ok([Object.keys(next).length === 0 ? del(app, ENTRUST_FOLLOWS, groupId, userId) : put(app, ENTRUST_FOLLOWS, groupId, userId, next)]);
}

export const entrustMemberFollow: EndpointHandler = {
  endpoint: ENTRUST_MEMBER_FOLLOW,
  keeps: "Adds the users to the member's followed members with the time (a user already followed keeps the first time), 100 a call (1003 past); a follower who is not a member, or a group not hosted, is 1003 (our choice).",
  handle: (params, { app, model, clock }) =>
    changeFollows(ENTRUST_MEMBER_FOLLOW, params, model, app, (kept, ids) => ({ ...Object.fromEntries(ids.map((u) => [u, clock.now()])), ...kept })),
};

export const entrustMemberUnfollow: EndpointHandler = {
  endpoint: ENTRUST_MEMBER_UNFOLLOW,
  keeps: "Removes the users from the member's followed members; users not followed are fine.",
  handle: (params, { app, model }) =>
    changeFollows(ENTRUST_MEMBER_UNFOLLOW, params, model, app, (kept, ids) => Object.fromEntries(Object.entries(kept).filter(([u]) => !ids.includes(u)))),
};

export const entrustMemberFollowedGet: EndpointHandler = {
  endpoint: ENTRUST_MEMBER_FOLLOWED_GET,
  keeps: 'Answers userId, groupId and members [{userId, timestamp (ms)}], the followed members in the order followed.',
  handle(params, { app, model }) {
    const groupId = required(params, ENTRUST_MEMBER_FOLLOWED_GET, 'groupId');
    const userId = required(params, ENTRUST_MEMBER_FOLLOWED_GET, 'userId');
    const members = Object.entries(followsOf(model, app, groupId, userId)).sort((a, b) => a[1] - b[1]).map(([u, timestamp]) => ({ userId: u, timestamp }));
    return ok([], { userId, groupId, members });
  },
};
