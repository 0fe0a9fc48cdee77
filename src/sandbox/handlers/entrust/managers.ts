/** Managers of a hosted group: /entrust/group/manager/add and remove (Go EntrustGroupAddManagers, docs remove-group-manager). */
import { ENTRUST_MANAGER_ADD, ENTRUST_MANAGER_REMOVE, ENTRUST_MANAGERS_PER_CALL, ENTRUST_USERS_PER_CALL } from '../../../core/contract/entrust';
import type { SandboxModel, SandboxRecord } from '../../model';
import { put, row } from '../../model/tables';
import { ok, required } from '../answers';
import type { EndpointHandler } from '../types';
import { hosted, isResult, membersOf } from './hosting';
import { idList } from './idList';
import { ENTRUST_MEMBERS, ROLE_MANAGER, ROLE_MEMBER, roleOf, type EntrustMemberRow } from './tables';

function withRole(model: SandboxModel, app: string, groupId: string, userId: string, role: number, now: number): SandboxRecord {
  const kept = row<EntrustMemberRow>(model, app, ENTRUST_MEMBERS, groupId, userId);
  return put(app, ENTRUST_MEMBERS, groupId, userId, { joinedAt: kept?.joinedAt ?? now, nickname: kept?.nickname ?? '', extra: kept?.extra ?? '', role });
}

export const entrustManagerAdd: EndpointHandler = {
  endpoint: ENTRUST_MANAGER_ADD,
  keeps: 'Makes the members managers (role 2; the owner stays owner) and answers userIds (the IDs sent that are not members, left out) and managerCount; a group not hosted is 1003.',
  handle(params, { app, model, clock }) {
    const groupId = required(params, ENTRUST_MANAGER_ADD, 'groupId');
    const group = hosted(model, app, groupId);
    if (isResult(group)) return group;
    const ids = idList(params, 'userIds', ENTRUST_USERS_PER_CALL);
    if (!Array.isArray(ids)) return ids;
    const members = new Set(membersOf(model, app, groupId));
    const promoted = ids.filter((u) => members.has(u) && u !== group.owner);
    const managers = new Set([...members].filter((u) => roleOf(model, app, groupId, u) === ROLE_MANAGER));
    for (const u of promoted) managers.add(u);
    return ok(promoted.map((u) => withRole(model, app, groupId, u, ROLE_MANAGER, clock.now())), { userIds: ids.filter((u) => !members.has(u)), managerCount: managers.size });
  },
};

export const entrustManagerRemove: EndpointHandler = {
  endpoint: ENTRUST_MANAGER_REMOVE,
  keeps: 'Makes the managers plain members again (role 1), 10 a call (1003 past); IDs that are not managers are fine; a group not hosted is 1003.',
  handle(params, { app, model, clock }) {
    const groupId = required(params, ENTRUST_MANAGER_REMOVE, 'groupId');
    const group = hosted(model, app, groupId);
    if (isResult(group)) return group;
    const ids = idList(params, 'userIds', ENTRUST_MANAGERS_PER_CALL);
    if (!Array.isArray(ids)) return ids;
    const members = new Set(membersOf(model, app, groupId));
    return ok(ids.filter((u) => members.has(u) && roleOf(model, app, groupId, u) === ROLE_MANAGER).map((u) => withRole(model, app, groupId, u, ROLE_MEMBER, clock.now())));
  },
};
