/** Member information of a hosted group: /entrust/group/member/query, specific/query and set (docs group-member). */
import { PARAMETER_ERROR_CODE } from '../../../core/contract';
import { ENTRUST_MEMBER_QUERY, ENTRUST_MEMBER_SET, ENTRUST_MEMBER_SPECIFIC_QUERY, ENTRUST_USERS_PER_CALL } from '../../../core/contract/entrust';
import { clip } from '../../echo';
import type { SandboxModel } from '../../model';
import { put, row } from '../../model/tables';
import { fail, integer, ok, one, required } from '../answers';
import type { EndpointHandler } from '../types';
import { hosted, isResult, membersOf } from './hosting';
import { idList, tokenPage } from './idList';
import { ENTRUST_MEMBERS, roleOf, type EntrustGroupRow, type EntrustMemberRow } from './tables';

/** A member as the SDKs read one (Go GroupMember: userId, nickname, role, time in ms, extra). */
function memberOf(model: SandboxModel, app: string, groupId: string, group: EntrustGroupRow, userId: string) {
  const kept = row<EntrustMemberRow>(model, app, ENTRUST_MEMBERS, groupId, userId);
  // A member who joined through /group/… has no row: joined when the group was hosted (our choice).
  return { userId, nickname: kept?.nickname ?? '', role: roleOf(model, app, groupId, userId), time: kept?.joinedAt ?? group.createdAt, extra: kept?.extra ?? '' };
}

export const entrustMemberQuery: EndpointHandler = {
  endpoint: ENTRUST_MEMBER_QUERY,
  keeps: "Answers totalCount, pageToken ('' on the last page) and members [{userId, nickname, role, time (ms), extra}] of the role asked (type 0 all, 1 members, 2 managers, 3 the owner) by join time (order 1, the default: newest first); a group not hosted is 1003.",
  handle(params, { app, model }) {
    const groupId = required(params, ENTRUST_MEMBER_QUERY, 'groupId');
    const group = hosted(model, app, groupId);
    if (isResult(group)) return group;
    const type = integer(params, ENTRUST_MEMBER_QUERY, 'type') ?? 0;
    const members = membersOf(model, app, groupId)
      .map((u) => memberOf(model, app, groupId, group, u))
      .filter((m) => type === 0 || m.role === type);
    if ((integer(params, ENTRUST_MEMBER_QUERY, 'order') ?? 1) === 1) members.reverse();
    const { items, next } = tokenPage(members, one(params, ENTRUST_MEMBER_QUERY, 'pageToken'), integer(params, ENTRUST_MEMBER_QUERY, 'size') ?? 50);
    return ok([], { totalCount: members.length, pageToken: next, members: items });
  },
};

export const entrustMemberSpecificQuery: EndpointHandler = {
  endpoint: ENTRUST_MEMBER_SPECIFIC_QUERY,
  keeps: 'Answers members [{userId, nickname, role, time (ms), extra}] for the IDs sent that are members (others left out), 100 a call (1003 past); a group not hosted is 1003.',
  handle(params, { app, model }) {
    const groupId = required(params, ENTRUST_MEMBER_SPECIFIC_QUERY, 'groupId');
    const group = hosted(model, app, groupId);
    if (isResult(group)) return group;
    const ids = idList(params, 'userIds', ENTRUST_USERS_PER_CALL);
    if (!Array.isArray(ids)) return ids;
    const members = new Set(membersOf(model, app, groupId));
    return ok([], { members: ids.filter((u) => members.has(u)).map((u) => memberOf(model, app, groupId, group, u)) });
  },
};

export const entrustMemberSet: EndpointHandler = {
  endpoint: ENTRUST_MEMBER_SET,
  keeps: "Keeps the member's nickname and extra (extra kept when not sent); a user who is not a member, or a group not hosted, is 1003 (our choice).",
  handle(params, { app, model, clock }) {
    const groupId = required(params, ENTRUST_MEMBER_SET, 'groupId');
    const group = hosted(model, app, groupId);
    if (isResult(group)) return group;
    const userId = required(params, ENTRUST_MEMBER_SET, 'userId');
    if (!model.app(app).groups.get(groupId)?.members.has(userId)) return fail(PARAMETER_ERROR_CODE, `"${clip(userId)}" is not a member of group "${clip(groupId)}"`);
    const kept = row<EntrustMemberRow>(model, app, ENTRUST_MEMBERS, groupId, userId);
    return ok([put(app, ENTRUST_MEMBERS, groupId, userId, {
      joinedAt: kept?.joinedAt ?? clock.now(),
      role: kept?.role ?? 1,
      nickname: required(params, ENTRUST_MEMBER_SET, 'nickname'),
      extra: one(params, ENTRUST_MEMBER_SET, 'extra') ?? kept?.extra ?? '',
    })]);
  },
};
