/** A hosted group's profile: /entrust/group/profile/update and query (docs update-group, query-group-profiles). */
import { ENTRUST_PROFILE_GROUPS, ENTRUST_PROFILE_QUERY, ENTRUST_PROFILE_UPDATE } from '../../../core/contract/entrust';
import type { SandboxModel } from '../../model';
import { put } from '../../model/tables';
import { ok, one, required } from '../answers';
import type { EndpointHandler } from '../types';
import { hosted, isResult, mergedProfile, PROFILE_FIELDS } from './hosting';
import { idList } from './idList';
import { ENTRUST_GROUPS, hostedGroup } from './tables';

export const entrustProfileUpdate: EndpointHandler = {
  endpoint: ENTRUST_PROFILE_UPDATE,
  keeps: "Merges the keys of each profile object sent (groupProfile, permissions, groupExtProfile) over the kept ones and renames the group when name is sent; a group not hosted is 1003 (our choice).",
  handle(params, { app, model }) {
    const groupId = required(params, ENTRUST_PROFILE_UPDATE, 'groupId');
    const group = hosted(model, app, groupId);
    if (isResult(group)) return group;
    const profile = Object.fromEntries(PROFILE_FIELDS.map((f) => [f, mergedProfile(params, f, group[f])]));
    const name = one(params, ENTRUST_PROFILE_UPDATE, 'name');
    return ok([
      put(app, ENTRUST_GROUPS, '', groupId, { ...group, ...profile }),
      ...(name !== undefined ? [{ t: 'groupJoin' as const, app, groupId, groupName: name, userIds: [] }] : []),
    ]);
  },
};

/** A hosted group as the profile query and join answer it (Go EntrustGroupProfile, JoinGroupResult: times in ms). */
export function profileOf(model: SandboxModel, app: string, groupId: string) {
  const group = hostedGroup(model, app, groupId);
  if (!group) return undefined;
  const typed = model.app(app).groups.get(groupId);
  return {
    groupId,
    name: typed?.name ?? '',
    owner: group.owner,
    memberCount: typed?.members.size ?? 0,
    createTime: group.createdAt,
    groupProfile: group.groupProfile,
    permissions: group.permissions,
    groupExtProfile: group.groupExtProfile,
  };
}

export const entrustProfileQuery: EndpointHandler = {
  endpoint: ENTRUST_PROFILE_QUERY,
  keeps: 'Answers profiles [{groupId, groupName, owner, memberCount, createTime (ms), groupProfile, permissions, groupExtProfile}] for the hosted groups among the IDs sent (others left out: our choice), 50 IDs at most (1003).',
  handle(params, { app, model }) {
    const ids = idList(params, 'groupIds', ENTRUST_PROFILE_GROUPS);
    if (!Array.isArray(ids)) return ids;
    const profiles = ids.flatMap((id) => {
      const p = profileOf(model, app, id);
      if (!p) return [];
      const { name, ...rest } = p;
      return [{ ...rest, groupName: name }];
    });
    return ok([], { profiles });
  },
};
