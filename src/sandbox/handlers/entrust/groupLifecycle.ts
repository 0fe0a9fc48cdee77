/** A hosted group's life: /entrust/group/create, import, dismiss and transfer/owner (docs group-manage). */
import { PARAMETER_ERROR_CODE, type EndpointSpec } from '../../../core/contract';
import { ENTRUST_CREATE, ENTRUST_CREATE_USERS, ENTRUST_DISMISS, ENTRUST_IMPORT, ENTRUST_TRANSFER_OWNER } from '../../../core/contract/entrust';
import { clip } from '../../echo';
import { put, row } from '../../model/tables';
import { fail, flag, ok, required } from '../answers';
import { dropGroupRows } from '../group/tables';
import type { EndpointHandler, HandlerContext, HandlerResult, Params } from '../types';
import { hosted, isResult, joinRecords, leaveFlags, leaveRecords, mergedProfile, PROFILE_FIELDS } from './hosting';
import { idList } from './idList';
import { ENTRUST_GROUPS, ENTRUST_MEMBERS, hostedGroup, ROLE_MEMBER, type EntrustMemberRow } from './tables';

/** Hosting a group: the owner and users join it (created when new) under the name sent, and its hosting row is kept with the profile texts. */
function host(params: Params, { app, model, clock }: HandlerContext, endpoint: EndpointSpec, owner: string, userIds: readonly string[]): HandlerResult {
  const groupId = required(params, endpoint, 'groupId');
  if (hostedGroup(model, app, groupId)) return fail(PARAMETER_ERROR_CODE, `group "${clip(groupId)}" is already hosted`);
  const now = clock.now();
  const joined = joinRecords(model, app, groupId, [owner, ...userIds.filter((u) => u !== owner)], now, required(params, endpoint, 'name'));
  if (isResult(joined)) return joined;
  const profile = Object.fromEntries(PROFILE_FIELDS.map((f) => [f, mergedProfile(params, f, '')]));
  return ok([...joined, put(app, ENTRUST_GROUPS, '', groupId, { owner, creator: owner, createdAt: now, ...profile })]);
}

export const entrustCreate: EndpointHandler = {
  endpoint: ENTRUST_CREATE,
  keeps: 'Creates the hosted group (its name and members are the group of /group/…, so it answers /group/user/query too) with the owner, up to 30 more members (1003 past) and the profile texts; a group already hosted is 1003 (our choice).',
  handle(params, ctx) {
    const sent = params.has('userIds') ? idList(params, 'userIds', ENTRUST_CREATE_USERS) : [];
    if (!Array.isArray(sent)) return sent;
    return host(params, ctx, ENTRUST_CREATE, required(params, ENTRUST_CREATE, 'owner'), sent);
  },
};

export const entrustImport: EndpointHandler = {
  endpoint: ENTRUST_IMPORT,
  keeps: 'Makes the group hosted with this owner (who joins), keeping its members and renaming it; an unknown group is created (our choice); a group already hosted is 1003.',
  handle(params, ctx) {
    return host(params, ctx, ENTRUST_IMPORT, required(params, ENTRUST_IMPORT, 'owner'), []);
  },
};

export const entrustDismiss: EndpointHandler = {
  endpoint: ENTRUST_DISMISS,
  keeps: 'Removes the group, its members and every row kept for it (hosting, member information, mutes, remarks, follows); an unknown group is 200 (our choice).',
  handle(params, { app, model }) {
    const groupId = required(params, ENTRUST_DISMISS, 'groupId');
    return ok([...(model.app(app).groups.has(groupId) ? [{ t: 'groupDismiss' as const, app, groupId }] : []), ...dropGroupRows(model, app, groupId)]);
  },
};

export const entrustTransferOwner: EndpointHandler = {
  endpoint: ENTRUST_TRANSFER_OWNER,
  keeps: 'Makes newOwner (a member, else 1003) the owner; the former owner stays a member (role 1), or leaves with isQuit=1, clearing what the isDel… flags say (default 1).',
  handle(params, { app, model, clock }) {
    const groupId = required(params, ENTRUST_TRANSFER_OWNER, 'groupId');
    const group = hosted(model, app, groupId);
    if (isResult(group)) return group;
    const newOwner = required(params, ENTRUST_TRANSFER_OWNER, 'newOwner');
    if (!model.app(app).groups.get(groupId)?.members.has(newOwner)) return fail(PARAMETER_ERROR_CODE, `newOwner "${clip(newOwner)}" is not a member of group "${clip(groupId)}"`);
    const former = group.owner;
    const formerRow = row<EntrustMemberRow>(model, app, ENTRUST_MEMBERS, groupId, former);
    const records = [
      put(app, ENTRUST_GROUPS, '', groupId, { ...group, owner: newOwner }),
      put(app, ENTRUST_MEMBERS, groupId, former, { joinedAt: formerRow?.joinedAt ?? clock.now(), nickname: formerRow?.nickname ?? '', extra: formerRow?.extra ?? '', role: ROLE_MEMBER }),
    ];
    if (flag(params, ENTRUST_TRANSFER_OWNER, 'isQuit') && former !== newOwner) records.push(...leaveRecords(model, app, groupId, [former], leaveFlags(params, ENTRUST_TRANSFER_OWNER)));
    return ok(records);
  },
};


