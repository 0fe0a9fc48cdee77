/** POST /v2/ultragroups, PUT and DELETE /v2/ultragroups/{groupId} (Go UGGroupCreate, UGGroupUpdate, UGGroupDismiss). */
import { UG_V2_CREATE_GROUP, UG_V2_DISMISS_GROUP, UG_V2_UPDATE_GROUP } from '../../../core/contract/ultragroupRest';
import { del, drop, put, row, ULTRAGROUP_CHANNELS, ULTRAGROUP_MEMBERS, ULTRAGROUPS } from '../../model/tables';
import { ok, required } from '../answers';
import type { EndpointHandler } from '../types';
import { DEFAULT_CHANNEL } from '../ultragroup/common';
import { GROUP_SCOPED_TABLES } from '../ultragroup/tables';
import { groupOf, membersOf, noSuchGroup, plain } from './rows';

export const v2CreateGroup: EndpointHandler = {
  endpoint: UG_V2_CREATE_GROUP,
  keeps:
    'Creates the ultragroup with its name, the owner (user_id) as its first member and the public RCDefault channel, as /ultragroup/create.json does. Creating one that exists is 200: it takes the new name and the user joins (our choice, as /group/create.json does).',
  handle(params, ctx) {
    const groupId = required(params, UG_V2_CREATE_GROUP, 'group_id');
    const userId = required(params, UG_V2_CREATE_GROUP, 'user_id');
    const now = ctx.clock.now();
    const existing = groupOf(ctx, groupId);
    const group = plain({ ...existing, name: required(params, UG_V2_CREATE_GROUP, 'group_name'), createdAt: existing?.createdAt ?? now });
    const member = membersOf(ctx, groupId).get(userId);
    // The default channel every new ultragroup has (ultragroup/groups.ts ultragroupCreate: apps enabled after 2022-10-13).
    const channel = row(ctx.model, ctx.app, ULTRAGROUP_CHANNELS, groupId, DEFAULT_CHANNEL);
    return ok([
      put(ctx.app, ULTRAGROUPS, '', groupId, group),
      ...(member ? [] : [put(ctx.app, ULTRAGROUP_MEMBERS, groupId, userId, { joinedAt: now })]),
      ...(channel ? [] : [put(ctx.app, ULTRAGROUP_CHANNELS, groupId, DEFAULT_CHANNEL, { type: 0, createdAt: now })]),
    ]);
  },
};

export const v2UpdateGroup: EndpointHandler = {
  endpoint: UG_V2_UPDATE_GROUP,
  keeps: "Renames the ultragroup; an unknown ultragroup is 1003 (our choice: no source gives the code).",
  handle(params, ctx) {
    const groupId = required(params, UG_V2_UPDATE_GROUP, 'groupId');
    const group = groupOf(ctx, groupId);
    if (!group) return noSuchGroup(groupId);
    return ok([put(ctx.app, ULTRAGROUPS, '', groupId, plain({ ...group, name: required(params, UG_V2_UPDATE_GROUP, 'group_name') }))]);
  },
};

export const v2DismissGroup: EndpointHandler = {
  endpoint: UG_V2_DISMISS_GROUP,
  keeps: 'Removes the ultragroup with everything kept under it (members, channels, mutes, private channel lists, user groups, do-not-disturb levels), as /ultragroup/dis.json does; dismissing one that does not exist is 200 and changes nothing (our choice, as /group/dismiss.json).',
  handle(params, ctx) {
    const groupId = required(params, UG_V2_DISMISS_GROUP, 'groupId');
    if (!groupOf(ctx, groupId)) return ok();
    return ok([del(ctx.app, ULTRAGROUPS, '', groupId), ...GROUP_SCOPED_TABLES.map((t) => drop(ctx.app, t, groupId))]);
  },
};
