/**
 * The ultragroup itself: create, dismiss, join, quit, refresh (its name), and membership.
 * Choices where no source says: creating an ID that exists is 1003; joining or refreshing a group
 * that does not exist is 1003; joining twice or quitting as a non-member changes nothing (200).
 */
import { PARAMETER_ERROR_CODE } from '../../../core/contract';
import {
  ULTRAGROUP_CREATE, ULTRAGROUP_DIS, ULTRAGROUP_JOIN, ULTRAGROUP_MEMBER_EXIST, ULTRAGROUP_QUIT, ULTRAGROUP_REFRESH,
} from '../../../core/contract/ultragroup';
import { clip } from '../../echo';
import type { SandboxModel, SandboxRecord } from '../../model';
import { del, drop, put, rows, ULTRAGROUP_CHANNELS, ULTRAGROUP_MEMBERS, ULTRAGROUPS } from '../../model/tables';
import { fail, ok, required } from '../answers';
import type { EndpointHandler, HandlerResult } from '../types';
import { DEFAULT_CHANNEL, groupOf, groupsOfUser, isMember, MAX_GROUPS_PER_USER, noGroup } from './common';
import { GROUP_SCOPED_TABLES, json, UG_PRIVATE_USERS, UG_USERGROUP_MEMBERS, type ChannelUserRow, type UserGroupMemberRow } from './tables';

function tooManyGroups(model: SandboxModel, app: string, userId: string): HandlerResult | undefined {
  const n = groupsOfUser(model, app, userId);
  return n >= MAX_GROUPS_PER_USER ? fail(PARAMETER_ERROR_CODE, `user "${clip(userId)}" is in ${n} ultragroups already; a user joins at most ${MAX_GROUPS_PER_USER}`) : undefined;
}

export const ultragroupCreate: EndpointHandler = {
  endpoint: ULTRAGROUP_CREATE,
  keeps: 'Creates the ultragroup with its name, its one first member and the public RCDefault channel (as for apps enabled after 2022-10-13). An ID that exists already is 1003, and so is a user already in 100 ultragroups (our choices of code).',
  handle(params, { app, model, clock }) {
    const groupId = required(params, ULTRAGROUP_CREATE, 'groupId');
    const userId = required(params, ULTRAGROUP_CREATE, 'userId');
    if (groupOf(model, app, groupId)) return fail(PARAMETER_ERROR_CODE, `ultragroup "${clip(groupId)}" exists already`);
    const refused = tooManyGroups(model, app, userId);
    if (refused) return refused;
    const now = clock.now();
    return ok([
      put(app, ULTRAGROUPS, '', groupId, { name: required(params, ULTRAGROUP_CREATE, 'groupName'), createdAt: now }),
      put(app, ULTRAGROUP_MEMBERS, groupId, userId, { joinedAt: now }),
      put(app, ULTRAGROUP_CHANNELS, groupId, DEFAULT_CHANNEL, { type: 0, createdAt: now }),
    ]);
  },
};

export const ultragroupDis: EndpointHandler = {
  endpoint: ULTRAGROUP_DIS,
  keeps: 'Forgets the ultragroup with its members, channels, mutes, private channel lists, user groups and do-not-disturb levels; its messages stay in the history. An unknown group is 1003 (our choice).',
  handle(params, { app, model }) {
    const groupId = required(params, ULTRAGROUP_DIS, 'groupId');
    if (!groupOf(model, app, groupId)) return noGroup(groupId);
    return ok([del(app, ULTRAGROUPS, '', groupId), ...GROUP_SCOPED_TABLES.map((t) => drop(app, t, groupId))]);
  },
};

export const ultragroupJoin: EndpointHandler = {
  endpoint: ULTRAGROUP_JOIN,
  keeps: 'Adds the user to the ultragroup (no member limit: the docs give none); joining twice changes nothing. An unknown group, or a user already in 100 ultragroups, is 1003 (our choice of code).',
  handle(params, { app, model, clock }) {
    const groupId = required(params, ULTRAGROUP_JOIN, 'groupId');
    const userId = required(params, ULTRAGROUP_JOIN, 'userId');
    if (!groupOf(model, app, groupId)) return noGroup(groupId);
    if (isMember(model, app, groupId, userId)) return ok();
    return tooManyGroups(model, app, userId) ?? ok([put(app, ULTRAGROUP_MEMBERS, groupId, userId, { joinedAt: clock.now() })]);
  },
};

/** The rows that name a user who leaves: membership, private channel lists, user group memberships (mutes stay). */
export function leaveRecords(app: string, model: SandboxModel, groupId: string, userId: string): SandboxRecord[] {
  const out: SandboxRecord[] = [del(app, ULTRAGROUP_MEMBERS, groupId, userId)];
  for (const [key, r] of rows<ChannelUserRow>(model, app, UG_PRIVATE_USERS, groupId)) if (r.userId === userId) out.push(del(app, UG_PRIVATE_USERS, groupId, key));
  for (const [key, r] of rows<UserGroupMemberRow>(model, app, UG_USERGROUP_MEMBERS, groupId)) if (r.userId === userId) out.push(del(app, UG_USERGROUP_MEMBERS, groupId, key));
  return out;
}

export const ultragroupQuit: EndpointHandler = {
  endpoint: ULTRAGROUP_QUIT,
  keeps: "Removes the user from the ultragroup, its private channel lists and its user groups (mutes naming the user stay); a non-member quitting changes nothing. An unknown group is 1003 (our choice).",
  handle(params, { app, model }) {
    const groupId = required(params, ULTRAGROUP_QUIT, 'groupId');
    const userId = required(params, ULTRAGROUP_QUIT, 'userId');
    if (!groupOf(model, app, groupId)) return noGroup(groupId);
    return isMember(model, app, groupId, userId) ? ok(leaveRecords(app, model, groupId, userId)) : ok();
  },
};

export const ultragroupRefresh: EndpointHandler = {
  endpoint: ULTRAGROUP_REFRESH,
  keeps: "Renames the ultragroup (the name the /v2/ultragroups calls read too). An unknown group is 1003 (our choice).",
  handle(params, { app, model }) {
    const groupId = required(params, ULTRAGROUP_REFRESH, 'groupId');
    const group = groupOf(model, app, groupId);
    if (!group) return noGroup(groupId);
    return ok([put(app, ULTRAGROUPS, '', groupId, json({ ...group, name: required(params, ULTRAGROUP_REFRESH, 'groupName') }))]);
  },
};

export const ultragroupMemberExist: EndpointHandler = {
  endpoint: ULTRAGROUP_MEMBER_EXIST,
  keeps: 'Answers status true when the user is a member, false otherwise (also for a group that does not exist, our choice).',
  handle: (params, { app, model }) =>
    ok([], { status: isMember(model, app, required(params, ULTRAGROUP_MEMBER_EXIST, 'groupId'), required(params, ULTRAGROUP_MEMBER_EXIST, 'userId')) }),
};
