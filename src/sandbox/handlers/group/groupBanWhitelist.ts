/** A whole-group mute's exceptions: /group/user/ban/whitelist/add, rollback and query (docs add-to-group-ban-whitelist). */
import { GROUP_BAN_WHITELIST_ADD, GROUP_BAN_WHITELIST_QUERY, GROUP_BAN_WHITELIST_ROLLBACK } from '../../../core/contract/group';
import { del, put, rows } from '../../model/tables';
import { all, ok, required, unique } from '../answers';
import type { EndpointHandler } from '../types';
import { GROUP_BAN_WHITELIST } from './tables';

export const groupBanWhitelistAdd: EndpointHandler = {
  endpoint: GROUP_BAN_WHITELIST_ADD,
  keeps: "Adds the users to the group's mute exceptions (kept whether or not the group is muted or they are members: our choice).",
  handle(params, { app, model, clock }) {
    const groupId = required(params, GROUP_BAN_WHITELIST_ADD, 'groupId');
    const kept = rows(model, app, GROUP_BAN_WHITELIST, groupId);
    return ok(unique(all(params, 'userId')).filter((u) => !kept.has(u)).map((u) => put(app, GROUP_BAN_WHITELIST, groupId, u, { since: clock.now() })));
  },
};

export const groupBanWhitelistRollback: EndpointHandler = {
  endpoint: GROUP_BAN_WHITELIST_ROLLBACK,
  keeps: "Takes the users off the group's mute exceptions; users not on it are fine.",
  handle(params, { app, model }) {
    const groupId = required(params, GROUP_BAN_WHITELIST_ROLLBACK, 'groupId');
    const kept = rows(model, app, GROUP_BAN_WHITELIST, groupId);
    return ok(unique(all(params, 'userId')).filter((u) => kept.has(u)).map((u) => del(app, GROUP_BAN_WHITELIST, groupId, u)));
  },
};

export const groupBanWhitelistQuery: EndpointHandler = {
  endpoint: GROUP_BAN_WHITELIST_QUERY,
  keeps: "Answers userIds: the group's mute exceptions in the order added (empty for an unknown group).",
  handle(params, { app, model }) {
    return ok([], { userIds: [...rows(model, app, GROUP_BAN_WHITELIST, required(params, GROUP_BAN_WHITELIST_QUERY, 'groupId')).keys()] });
  },
};
