/**
 * User groups of an ultragroup (only Go calls these): create, delete, list; their members; their
 * bindings to channels, and the lists each side reads. A user group bound to a private channel lets
 * its members use that channel (D: ios-imlib/ultragroup/user-group-about); messages.ts reads that.
 */
import { PARAMETER_ERROR_CODE, type EndpointSpec } from '../../../core/contract';
import {
  ULTRAGROUP_CHANNEL_USERGROUP_BIND, ULTRAGROUP_CHANNEL_USERGROUP_QUERY, ULTRAGROUP_CHANNEL_USERGROUP_UNBIND,
  ULTRAGROUP_USER_CHANNEL_QUERY, ULTRAGROUP_USER_USERGROUP_QUERY, ULTRAGROUP_USERGROUP_ADD, ULTRAGROUP_USERGROUP_CHANNEL_QUERY,
  ULTRAGROUP_USERGROUP_DEL, ULTRAGROUP_USERGROUP_QUERY, ULTRAGROUP_USERGROUP_USER_ADD, ULTRAGROUP_USERGROUP_USER_DEL, USERGROUPS_PER_DELETE,
} from '../../../core/contract/ultragroup';
import { clip } from '../../echo';
import type { SandboxModel, SandboxRecord } from '../../model';
import { del, put, rows } from '../../model/tables';
import { fail, integer, jsonParam, ok, paged, required } from '../answers';
import type { EndpointHandler, HandlerResult, Params } from '../types';
import { checkGroupChannel, groupOf, idList, isMember, MAX_MEMBERS_PER_USERGROUP, MAX_USERGROUPS_PER_GROUP, noGroup } from './common';
import {
  pairKey, UG_CHANNEL_USERGROUPS, UG_PRIVATE_USERS, UG_USERGROUP_MEMBERS, UG_USERGROUPS,
  type BindingRow, type ChannelUserRow, type UserGroupMemberRow,
} from './tables';

/** A page of a list: page from 1 (default 1), pageSize its default or, with none, the whole list. */
function page<T>(params: Params, ep: EndpointSpec, list: readonly T[]): T[] {
  const size = integer(params, ep, 'pageSize');
  return size === undefined ? [...list] : paged(list, integer(params, ep, 'page') ?? 1, size);
}

function userGroupsOf(model: SandboxModel, app: string, groupId: string): ReadonlyMap<string, unknown> {
  return rows(model, app, UG_USERGROUPS, groupId);
}

/** The group must exist and so must each user group named; undefined when they do. */
function checkUserGroups(model: SandboxModel, app: string, groupId: string, ids: readonly string[]): HandlerResult | undefined {
  if (!groupOf(model, app, groupId)) return noGroup(groupId);
  if (ids.length === 0) return fail(PARAMETER_ERROR_CODE, 'no user group ID was given');
  const known = userGroupsOf(model, app, groupId);
  const unknown = ids.find((id) => !known.has(id));
  return unknown === undefined ? undefined : fail(PARAMETER_ERROR_CODE, `ultragroup "${clip(groupId)}" has no user group "${clip(unknown)}"`);
}

export const usergroupAdd: EndpointHandler = {
  endpoint: ULTRAGROUP_USERGROUP_ADD,
  keeps: 'Creates the user groups userGroups names ([{userGroupId}]); one that exists stays as it is. An ultragroup holds at most 50 user groups (D: user-group-about), more is 1003, and so is an unknown ultragroup (our choice).',
  handle(params, { app, model, clock }) {
    const groupId = required(params, ULTRAGROUP_USERGROUP_ADD, 'groupId');
    if (!groupOf(model, app, groupId)) return noGroup(groupId);
    const list = jsonParam(params, 'userGroups');
    const ids = Array.isArray(list) ? list.map((e) => (typeof e === 'object' && e !== null ? (e as { userGroupId?: unknown }).userGroupId : undefined)) : [];
    if (ids.length === 0 || !ids.every((id): id is string => typeof id === 'string' && id !== '')) {
      return fail(PARAMETER_ERROR_CODE, 'userGroups must be a JSON array of {"userGroupId"} objects, at least one');
    }
    const known = userGroupsOf(model, app, groupId);
    const added = [...new Set(ids)].filter((id) => !known.has(id));
    if (known.size + added.length > MAX_USERGROUPS_PER_GROUP) {
      return fail(PARAMETER_ERROR_CODE, `ultragroup "${clip(groupId)}" would have ${known.size + added.length} user groups; it holds at most ${MAX_USERGROUPS_PER_GROUP}`);
    }
    const now = clock.now();
    return ok(added.map((id) => put(app, UG_USERGROUPS, groupId, id, { createdAt: now })));
  },
};

export const usergroupDel: EndpointHandler = {
  endpoint: ULTRAGROUP_USERGROUP_DEL,
  keeps: 'Deletes the user groups (at most 10 a call, more is 1003 as the docs say) with their members and channel bindings; an ID that does not exist is skipped. An unknown ultragroup is 1003 (our choice).',
  handle(params, { app, model }) {
    const groupId = required(params, ULTRAGROUP_USERGROUP_DEL, 'groupId');
    if (!groupOf(model, app, groupId)) return noGroup(groupId);
    const ids = idList(params, 'userGroupIds');
    if (ids.length === 0 || ids.length > USERGROUPS_PER_DELETE) return fail(PARAMETER_ERROR_CODE, `userGroupIds names ${ids.length} user groups; a call deletes 1 to ${USERGROUPS_PER_DELETE}`);
    const gone = new Set(ids.filter((id) => userGroupsOf(model, app, groupId).has(id)));
    const out: SandboxRecord[] = [...gone].map((id) => del(app, UG_USERGROUPS, groupId, id));
    for (const [key, r] of rows<UserGroupMemberRow>(model, app, UG_USERGROUP_MEMBERS, groupId)) if (gone.has(r.userGroupId)) out.push(del(app, UG_USERGROUP_MEMBERS, groupId, key));
    for (const [key, r] of rows<BindingRow>(model, app, UG_CHANNEL_USERGROUPS, groupId)) if (gone.has(r.userGroupId)) out.push(del(app, UG_CHANNEL_USERGROUPS, groupId, key));
    return ok(out);
  },
};

export const usergroupQuery: EndpointHandler = {
  endpoint: ULTRAGROUP_USERGROUP_QUERY,
  keeps: 'Lists the user groups as userGroups [{userGroupId}] in creation order, a page at a time (without pageSize: all, our choice); an unknown ultragroup lists none.',
  handle(params, { app, model }) {
    const ids = [...userGroupsOf(model, app, required(params, ULTRAGROUP_USERGROUP_QUERY, 'groupId')).keys()];
    return ok([], { userGroups: page(params, ULTRAGROUP_USERGROUP_QUERY, ids).map((userGroupId) => ({ userGroupId })) });
  },
};

export const usergroupUserAdd: EndpointHandler = {
  endpoint: ULTRAGROUP_USERGROUP_USER_ADD,
  keeps: 'Adds ultragroup members to the user group (at most 100 members in a user group, D: user-group-about); a user who is not a member of the ultragroup, an unknown user group or ultragroup is 1003 (our choices).',
  handle(params, { app, model }) {
    const ep = ULTRAGROUP_USERGROUP_USER_ADD;
    const groupId = required(params, ep, 'groupId');
    const userGroupId = required(params, ep, 'userGroupId');
    const refused = checkUserGroups(model, app, groupId, [userGroupId]);
    if (refused) return refused;
    const ids = idList(params, 'userIds');
    if (ids.length === 0) return fail(PARAMETER_ERROR_CODE, 'userIds names no user');
    const outsider = ids.find((u) => !isMember(model, app, groupId, u));
    if (outsider !== undefined) return fail(PARAMETER_ERROR_CODE, `user "${clip(outsider)}" is not a member of ultragroup "${clip(groupId)}"`);
    const kept = rows<UserGroupMemberRow>(model, app, UG_USERGROUP_MEMBERS, groupId);
    const added = ids.filter((u) => !kept.has(pairKey(userGroupId, u)));
    const size = [...kept.values()].filter((r) => r.userGroupId === userGroupId).length + added.length;
    if (size > MAX_MEMBERS_PER_USERGROUP) return fail(PARAMETER_ERROR_CODE, `user group "${clip(userGroupId)}" would have ${size} members; it holds at most ${MAX_MEMBERS_PER_USERGROUP}`);
    return ok(added.map((userId) => put(app, UG_USERGROUP_MEMBERS, groupId, pairKey(userGroupId, userId), { userGroupId, userId })));
  },
};

export const usergroupUserDel: EndpointHandler = {
  endpoint: ULTRAGROUP_USERGROUP_USER_DEL,
  keeps: 'Removes the users from the user group; a user not in it changes nothing. An unknown user group or ultragroup is 1003 (our choice).',
  handle(params, { app, model }) {
    const ep = ULTRAGROUP_USERGROUP_USER_DEL;
    const groupId = required(params, ep, 'groupId');
    const userGroupId = required(params, ep, 'userGroupId');
    const refused = checkUserGroups(model, app, groupId, [userGroupId]);
    if (refused) return refused;
    const kept = rows(model, app, UG_USERGROUP_MEMBERS, groupId);
    return ok(idList(params, 'userIds').filter((u) => kept.has(pairKey(userGroupId, u))).map((u) => del(app, UG_USERGROUP_MEMBERS, groupId, pairKey(userGroupId, u))));
  },
};

export const userUsergroupQuery: EndpointHandler = {
  endpoint: ULTRAGROUP_USER_USERGROUP_QUERY,
  keeps: "Lists as data the IDs of the user groups the user is in, a page at a time (without pageSize: all, our choice).",
  handle(params, { app, model }) {
    const ep = ULTRAGROUP_USER_USERGROUP_QUERY;
    const userId = required(params, ep, 'userId');
    const ids = [...rows<UserGroupMemberRow>(model, app, UG_USERGROUP_MEMBERS, required(params, ep, 'groupId')).values()].filter((r) => r.userId === userId).map((r) => r.userGroupId);
    return ok([], { data: page(params, ep, ids) });
  },
};

function bindingHandler(ep: EndpointSpec, bind: boolean): EndpointHandler {
  return {
    endpoint: ep,
    keeps: bind
      ? "Binds the user groups to the channel: when the channel is private, their members receive its messages. An unknown user group, channel or ultragroup is 1003 (our choice)."
      : 'Unbinds the user groups from the channel; a group not bound changes nothing. An unknown user group, channel or ultragroup is 1003 (our choice).',
    handle(params, { app, model }) {
      const groupId = required(params, ep, 'groupId');
      const channel = required(params, ep, 'busChannel');
      const ids = idList(params, 'userGroupIds');
      const refused = checkGroupChannel(model, app, groupId, channel) ?? checkUserGroups(model, app, groupId, ids);
      if (refused) return refused;
      const kept = rows(model, app, UG_CHANNEL_USERGROUPS, groupId);
      return ok(bind
        ? ids.filter((id) => !kept.has(pairKey(channel, id))).map((userGroupId) => put(app, UG_CHANNEL_USERGROUPS, groupId, pairKey(channel, userGroupId), { busChannel: channel, userGroupId }))
        : ids.filter((id) => kept.has(pairKey(channel, id))).map((id) => del(app, UG_CHANNEL_USERGROUPS, groupId, pairKey(channel, id))));
    },
  };
}

export const channelUsergroupBind = bindingHandler(ULTRAGROUP_CHANNEL_USERGROUP_BIND, true);
export const channelUsergroupUnbind = bindingHandler(ULTRAGROUP_CHANNEL_USERGROUP_UNBIND, false);

export const channelUsergroupQuery: EndpointHandler = {
  endpoint: ULTRAGROUP_CHANNEL_USERGROUP_QUERY,
  keeps: 'Lists as data the IDs of the user groups bound to the channel, in binding order, page by page (pageSize default 10).',
  handle(params, { app, model }) {
    const ep = ULTRAGROUP_CHANNEL_USERGROUP_QUERY;
    const channel = required(params, ep, 'busChannel');
    const ids = [...rows<BindingRow>(model, app, UG_CHANNEL_USERGROUPS, required(params, ep, 'groupId')).values()].filter((b) => b.busChannel === channel).map((b) => b.userGroupId);
    return ok([], { data: page(params, ep, ids) });
  },
};

export const usergroupChannelQuery: EndpointHandler = {
  endpoint: ULTRAGROUP_USERGROUP_CHANNEL_QUERY,
  keeps: 'Lists as data the IDs of the channels the user group is bound to, in binding order, a page at a time (without pageSize: all, our choice).',
  handle(params, { app, model }) {
    const ep = ULTRAGROUP_USERGROUP_CHANNEL_QUERY;
    const userGroupId = required(params, ep, 'userGroupId');
    const ids = [...rows<BindingRow>(model, app, UG_CHANNEL_USERGROUPS, required(params, ep, 'groupId')).values()].filter((b) => b.userGroupId === userGroupId).map((b) => b.busChannel);
    return ok([], { data: page(params, ep, ids) });
  },
};

export const userChannelQuery: EndpointHandler = {
  endpoint: ULTRAGROUP_USER_CHANNEL_QUERY,
  keeps: "Lists as data the IDs of the channels whose private member list holds the user (a public channel's list too, as the docs say; user group bindings not counted), page by page (pageSize default 10).",
  handle(params, { app, model }) {
    const ep = ULTRAGROUP_USER_CHANNEL_QUERY;
    const userId = required(params, ep, 'userId');
    const ids = [...rows<ChannelUserRow>(model, app, UG_PRIVATE_USERS, required(params, ep, 'groupId')).values()].filter((r) => r.userId === userId && r.busChannel !== '').map((r) => r.busChannel);
    return ok([], { data: page(params, ep, [...new Set(ids)]) });
  },
};
