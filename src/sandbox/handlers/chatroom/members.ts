/** Who is in a chatroom now: members joined through the simulated clients (/_sandbox/clients/join|leave). */
import { CHATROOM_MEMBERS as MEMBERS_ENDPOINT, CHATROOM_USER_EXIST, CHATROOM_USERS_EXIST } from '../../../core/contract/chatroom';
import { CHATROOM_MEMBERS, row, type MemberRow } from '../../model/tables';
import { all, fail, integer, ok, required, serviceTime, unique } from '../answers';
import type { EndpointHandler, HandlerContext } from '../types';
import { members, NO_CHATROOM, room } from './tables';

function isIn(ctx: HandlerContext, chatroomId: string, userId: string): boolean {
  // A member row that members() would skip (joined before a fixed lifetime ended) is not a member.
  const m = row<MemberRow>(ctx.model, ctx.app, CHATROOM_MEMBERS, chatroomId, userId);
  return m !== undefined && members(ctx, chatroomId).some(([u]) => u === userId);
}

export const MEMBER_HANDLERS: readonly EndpointHandler[] = [
  {
    endpoint: MEMBERS_ENDPOINT,
    keeps:
      'Answers total (members now) and users [{id, time}] (time: when the user joined, UTC+8 text), count of them (1–500) by join time, order 1 oldest first, 2 newest first. An unknown chatroom is 23410.',
    handle: (params, ctx) => {
      const chatroomId = required(params, MEMBERS_ENDPOINT, 'chatroomId');
      if (room(ctx, chatroomId) === undefined) return fail(NO_CHATROOM, `chatroom ${chatroomId} does not exist`);
      const list = members(ctx, chatroomId);
      if (integer(params, MEMBERS_ENDPOINT, 'order') === 2) list.reverse();
      // id and time: Go ChatRoomUser json tags, Java ChatroomMember (users renamed members).
      const users = list.slice(0, integer(params, MEMBERS_ENDPOINT, 'count') ?? list.length).map(([id, m]) => ({ id, time: serviceTime(m.joinedAt) }));
      return ok([], { total: list.length, users });
    },
  },
  {
    endpoint: CHATROOM_USER_EXIST,
    keeps: 'Answers isInChrm true or false (a boolean: Go ChatUserExistObj, Java CheckChatRoomUserResult) for the user now. An unknown chatroom is 23410.',
    handle: (params, ctx) => {
      const chatroomId = required(params, CHATROOM_USER_EXIST, 'chatroomId');
      if (room(ctx, chatroomId) === undefined) return fail(NO_CHATROOM, `chatroom ${chatroomId} does not exist`);
      return ok([], { isInChrm: isIn(ctx, chatroomId, required(params, CHATROOM_USER_EXIST, 'userId')) });
    },
  },
  {
    endpoint: CHATROOM_USERS_EXIST,
    keeps: 'Answers result [{userId, isInChrm: 1|0}] (a number: Go ChatRoomUser, Java CheckChatRoomUsersResult) for each user asked (1,000 a call), in the order asked. An unknown chatroom is 23410.',
    handle: (params, ctx) => {
      const chatroomId = required(params, CHATROOM_USERS_EXIST, 'chatroomId');
      if (room(ctx, chatroomId) === undefined) return fail(NO_CHATROOM, `chatroom ${chatroomId} does not exist`);
      const inRoom = new Set(members(ctx, chatroomId).map(([u]) => u));
      return ok([], { result: unique(all(params, 'userId')).map((userId) => ({ userId, isInChrm: inRoom.has(userId) ? 1 : 0 })) });
    },
  },
];
