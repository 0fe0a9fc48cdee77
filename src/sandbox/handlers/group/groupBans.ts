/** Whole-group mutes: /group/ban/add, rollback and query (docs ban-group; Go GroupMuteAllMembers*). */
import { GROUP_BAN_ADD, GROUP_BAN_QUERY, GROUP_BAN_ROLLBACK } from '../../../core/contract/group';
import { del, put, rows } from '../../model/tables';
import { all, integer, ok, paged, unique } from '../answers';
import type { EndpointHandler } from '../types';
import { GROUP_BANS } from './tables';

export const groupBanAdd: EndpointHandler = {
  endpoint: GROUP_BAN_ADD,
  keeps: 'Keeps each group muted as a whole (only its mute exceptions may send from a client) until rolled back; the groups need not exist (our choice).',
  handle(params, { app, model, clock }) {
    const kept = rows(model, app, GROUP_BANS);
    return ok(unique(all(params, 'groupId')).filter((g) => !kept.has(g)).map((g) => put(app, GROUP_BANS, '', g, { since: clock.now() })));
  },
};

export const groupBanRollback: EndpointHandler = {
  endpoint: GROUP_BAN_ROLLBACK,
  keeps: 'Lifts the whole-group mute of each group; groups not muted are fine.',
  handle(params, { app, model }) {
    const kept = rows(model, app, GROUP_BANS);
    return ok(unique(all(params, 'groupId')).filter((g) => kept.has(g)).map((g) => del(app, GROUP_BANS, '', g)));
  },
};

export const groupBanQuery: EndpointHandler = {
  endpoint: GROUP_BAN_QUERY,
  keeps: 'Answers groupinfo [{groupId, stat}]: for the groups sent, stat 1 muted or 0 not; with no groupId, the muted groups in the order muted, a page (page, size) at a time.',
  handle(params, { app, model }) {
    const kept = rows(model, app, GROUP_BANS);
    const asked = unique(all(params, 'groupId'));
    if (asked.length > 0) return ok([], { groupinfo: asked.map((groupId) => ({ groupId, stat: kept.has(groupId) ? 1 : 0 })) });
    const page = integer(params, GROUP_BAN_QUERY, 'page') ?? 1;
    const size = integer(params, GROUP_BAN_QUERY, 'size') ?? 50;
    return ok([], { groupinfo: paged([...kept.keys()], page, size).map((groupId) => ({ groupId, stat: 1 })) });
  },
};
