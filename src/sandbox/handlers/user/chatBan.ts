/**
 * One-to-one chat mutes (/user/chat/fb/set, querylist): state 1 mutes, 0 unmutes; the list answers
 * total and users, user IDs (Go UserChatFbQueryListResObj: total, users []string).
 */
import { CHAT_FB_QUERYLIST, CHAT_FB_SET } from '../../../core/contract/user';
import { del, put, rows } from '../../model/tables';
import { all, flag, integer, ok, required, unique } from '../answers';
import type { EndpointHandler } from '../types';
import { USER_CHAT_BAN } from './tables';

export const chatFbSet: EndpointHandler = {
  endpoint: CHAT_FB_SET,
  keeps: 'Keeps the users muted (state 1) or not (state 0) in one-to-one chats, per type as sent; unmuting a user not muted is fine. The simulated client of a muted user cannot send private messages (403); private/publish still sends for it, as the docs say of the Server API.',
  handle(params, { app, model, clock }) {
    const type = required(params, CHAT_FB_SET, 'type');
    const muted = rows(model, app, USER_CHAT_BAN, type);
    const users = unique(all(params, 'userId'));
    if (flag(params, CHAT_FB_SET, 'state')) {
      const at = clock.now();
      return ok(users.filter((u) => !muted.has(u)).map((u) => put(app, USER_CHAT_BAN, type, u, { at })));
    }
    return ok(users.filter((u) => muted.has(u)).map((u) => del(app, USER_CHAT_BAN, type, u)));
  },
};

export const chatFbQuerylist: EndpointHandler = {
  endpoint: CHAT_FB_QUERYLIST,
  keeps: 'Lists the muted users of the type in the order muted, num from offset; total counts them all.',
  handle(params, { app, model }) {
    const type = required(params, CHAT_FB_QUERYLIST, 'type');
    const num = integer(params, CHAT_FB_QUERYLIST, 'num') ?? 100;
    const offset = integer(params, CHAT_FB_QUERYLIST, 'offset') ?? 0;
    const users = [...rows(model, app, USER_CHAT_BAN, type).keys()];
    return ok([], { total: users.length, users: users.slice(offset, offset + num) });
  },
};
