/** Joining and leaving hosted groups: /entrust/group/join, quit, member/kick and member/kick/all (docs group-manage). */
import { PARAMETER_ERROR_CODE, type EndpointSpec } from '../../../core/contract';
import { ENTRUST_JOIN, ENTRUST_KICK, ENTRUST_KICK_ALL, ENTRUST_QUIT, ENTRUST_USERS_PER_CALL } from '../../../core/contract/entrust';
import { clip } from '../../echo';
import { rows } from '../../model/tables';
import { fail, ok, required } from '../answers';
import type { EndpointHandler } from '../types';
import { hosted, isResult, joinRecords, leaveFlags, leaveRecords } from './hosting';
import { idList } from './idList';
import { profileOf } from './profile';
import { ENTRUST_GROUPS } from './tables';

export const entrustJoin: EndpointHandler = {
  endpoint: ENTRUST_JOIN,
  keeps: 'Adds the users (100 a call, 3,000 a group: 1003) as members (role 1) and answers the group information (groupId, name, owner, memberCount, createTime in ms, remarkName \'\', the profile texts); a group not hosted is 1003.',
  handle(params, { app, model, clock }) {
    const groupId = required(params, ENTRUST_JOIN, 'groupId');
    const group = hosted(model, app, groupId);
    if (isResult(group)) return group;
    const ids = idList(params, 'userIds', ENTRUST_USERS_PER_CALL);
    if (!Array.isArray(ids)) return ids;
    const records = joinRecords(model, app, groupId, ids, clock.now());
    if (isResult(records)) return records;
    const before = profileOf(model, app, groupId)!;
    const added = records.filter((r) => r.t === 'put').length;
    return ok(records, { ...before, memberCount: before.memberCount + added, remarkName: '' });
  },
};

function leaving(endpoint: EndpointSpec, what: string): EndpointHandler {
  return {
    endpoint,
    keeps: `${what} (100 a call, 1003 past), with their member information and remark names, and their mute, mute exception and follows unless isDelBan, isDelWhite, isDelFollowed are 0; the owner cannot leave (1003, our choice: transfer first), non-members are fine.`,
    handle(params, { app, model }) {
      const groupId = required(params, endpoint, 'groupId');
      const group = hosted(model, app, groupId);
      if (isResult(group)) return group;
      const ids = idList(params, 'userIds', ENTRUST_USERS_PER_CALL);
      if (!Array.isArray(ids)) return ids;
      if (ids.includes(group.owner)) return fail(PARAMETER_ERROR_CODE, `"${clip(group.owner)}" owns group "${clip(groupId)}": transfer the ownership first`);
      return ok(leaveRecords(model, app, groupId, ids, leaveFlags(params, endpoint)));
    },
  };
}

export const entrustQuit = leaving(ENTRUST_QUIT, 'Takes the users out of the hosted group');
export const entrustKick = leaving(ENTRUST_KICK, 'Removes the users from the hosted group');

export const entrustKickAll: EndpointHandler = {
  endpoint: ENTRUST_KICK_ALL,
  keeps: 'Takes the user out of every hosted group they are in except those they own (docs), clearing their member information, mutes, exceptions and follows there.',
  handle(params, { app, model }) {
    const userId = required(params, ENTRUST_KICK_ALL, 'userId');
    const all = { ban: true, white: true, followed: true };
    return ok([...rows<{ owner: string }>(model, app, ENTRUST_GROUPS)].filter(([, g]) => g.owner !== userId).flatMap(([groupId]) => leaveRecords(model, app, groupId, [userId], all)));
  },
};
