/** The app's hosted groups and a user's: /entrust/group/query and /entrust/joined/group/query.json (docs group-query). */
import { ENTRUST_GROUP_QUERY, ENTRUST_JOINED_GROUP_QUERY } from '../../../core/contract/entrust';
import { row, rows } from '../../model/tables';
import { integer, ok, one, required } from '../answers';
import type { EndpointHandler } from '../types';
import { tokenPage } from './idList';
import { ENTRUST_GROUPS, ENTRUST_MEMBERS, ENTRUST_REMARKS, roleOf, type EntrustGroupRow, type EntrustMemberRow } from './tables';

/** portraitUrl lives in groupProfile (docs create-group); Go and Java read it on its own. */
function portraitOf(group: EntrustGroupRow): string {
  const profile = group.groupProfile === '' ? {} : (JSON.parse(group.groupProfile) as { portraitUrl?: unknown });
  return typeof profile.portraitUrl === 'string' ? profile.portraitUrl : '';
}

export const entrustGroupQuery: EndpointHandler = {
  endpoint: ENTRUST_GROUP_QUERY,
  keeps: "Answers pageToken ('' on the last page) and groups [{groupId, name, owner, creator, portraitUrl (from groupProfile), time (ms)}] by creation time (order 1, the default: newest first).",
  handle(params, { app, model }) {
    const groups = [...rows<EntrustGroupRow>(model, app, ENTRUST_GROUPS)].map(([groupId, g]) => ({
      groupId,
      name: model.app(app).groups.get(groupId)?.name ?? '',
      owner: g.owner,
      creator: g.creator,
      portraitUrl: portraitOf(g),
      time: g.createdAt,
    }));
    if ((integer(params, ENTRUST_GROUP_QUERY, 'order') ?? 1) === 1) groups.reverse();
    const { items, next } = tokenPage(groups, one(params, ENTRUST_GROUP_QUERY, 'pageToken'), integer(params, ENTRUST_GROUP_QUERY, 'size') ?? 50);
    return ok([], { pageToken: next, groups: items });
  },
};

export const entrustJoinedGroupQuery: EndpointHandler = {
  endpoint: ENTRUST_JOINED_GROUP_QUERY,
  keeps: "Answers totalCount, pageToken and groups [{groupId, name, remarkName, role (1 member, 2 manager, 3 owner, as member queries: our choice), count, owner, joinTime, createTime (ms), the profile texts}] of the hosted groups the user is in, by join time (order 1 default: newest first); role 0 or absent: any.",
  handle(params, { app, model }) {
    const userId = required(params, ENTRUST_JOINED_GROUP_QUERY, 'userId');
    const role = integer(params, ENTRUST_JOINED_GROUP_QUERY, 'role') ?? 0;
    const typed = model.app(app).groups;
    const groups = [...rows<EntrustGroupRow>(model, app, ENTRUST_GROUPS)]
      .filter(([groupId]) => typed.get(groupId)?.members.has(userId))
      .map(([groupId, g]) => ({
        groupId,
        name: typed.get(groupId)?.name ?? '',
        remarkName: row<string>(model, app, ENTRUST_REMARKS, groupId, userId) ?? '',
        role: roleOf(model, app, groupId, userId),
        count: typed.get(groupId)?.members.size ?? 0,
        owner: g.owner,
        joinTime: row<EntrustMemberRow>(model, app, ENTRUST_MEMBERS, groupId, userId)?.joinedAt ?? g.createdAt,
        createTime: g.createdAt,
        groupProfile: g.groupProfile,
        permissions: g.permissions,
        groupExtProfile: g.groupExtProfile,
      }))
      .filter((g) => role === 0 || g.role === role)
      .sort((a, b) => a.joinTime - b.joinTime);
    if ((integer(params, ENTRUST_JOINED_GROUP_QUERY, 'order') ?? 1) === 1) groups.reverse();
    const { items, next } = tokenPage(groups, one(params, ENTRUST_JOINED_GROUP_QUERY, 'pageToken'), integer(params, ENTRUST_JOINED_GROUP_QUERY, 'size') ?? 50);
    return ok([], { totalCount: groups.length, pageToken: next, groups: items });
  },
};
