/**
 * Mutes of group members: /group/user/gag/add, rollback and list (docs gag-user, query-gagged-user).
 * Without groupId a mute holds in every group the user is in (scope EVERY_GROUP), at most 100 users so.
 */
import { PARAMETER_ERROR_CODE } from '../../../core/contract';
import { GROUP_GAG_ADD, GROUP_GAG_LIST, GROUP_GAG_ROLLBACK } from '../../../core/contract/group';
import { del, put } from '../../model/tables';
import { all, fail, integer, ok, one, serviceTime, unique } from '../answers';
import type { EndpointHandler } from '../types';
import { activeGags, EVERY_GROUP, GROUP_GAGS } from './tables';

/** Users muted in every group at once: 100 at most (docs gag-user; contract data notes). */
const MAX_EVERY_GROUP_GAGS = 100;
/** What a permanent mute's end reads as (our choice: no source shows one). */
const PERMANENT_END = '9999-12-31 23:59:59';

export const groupGagAdd: EndpointHandler = {
  endpoint: GROUP_GAG_ADD,
  keeps: 'Keeps each user muted in the group (without groupId: in every group, 100 users at most, 1003) until minute minutes from now, or for good with 0; a second mute replaces the first. The group need not exist (our choice).',
  handle(params, { app, model, clock }) {
    const scope = one(params, GROUP_GAG_ADD, 'groupId') ?? EVERY_GROUP;
    const userIds = unique(all(params, 'userId'));
    const now = clock.now();
    const minute = integer(params, GROUP_GAG_ADD, 'minute') ?? 0;
    if (scope === EVERY_GROUP) {
      const muted = new Set(activeGags(model, app, EVERY_GROUP, now).map(([u]) => u));
      const size = new Set([...muted, ...userIds]).size;
      if (size > MAX_EVERY_GROUP_GAGS) return fail(PARAMETER_ERROR_CODE, `${size} users would be muted in every group; the limit is ${MAX_EVERY_GROUP_GAGS}`);
    }
    const until = minute === 0 ? null : now + minute * 60_000;
    return ok(userIds.map((u) => put(app, GROUP_GAGS, scope, u, { since: now, until })));
  },
};

export const groupGagRollback: EndpointHandler = {
  endpoint: GROUP_GAG_ROLLBACK,
  keeps: 'Lifts the mutes of the users in the group (without groupId: their every-group mute); users not muted are fine.',
  handle(params, { app, model }) {
    const scope = one(params, GROUP_GAG_ROLLBACK, 'groupId') ?? EVERY_GROUP;
    const kept = model.app(app).tables.get(GROUP_GAGS)?.get(scope);
    return ok(unique(all(params, 'userId')).filter((u) => kept?.has(u)).map((u) => del(app, GROUP_GAGS, scope, u)));
  },
};

export const groupGagList: EndpointHandler = {
  endpoint: GROUP_GAG_LIST,
  keeps: 'Lists the running mutes as users [{userId, id, startTime, time}] (both ID names, so that the docs\' and the Go SDK\'s readers both find it; times UTC+8, a permanent mute ends 9999-12-31 23:59:59, our choice); expired mutes are gone.',
  handle(params, { app, model, clock }) {
    const scope = one(params, GROUP_GAG_LIST, 'groupId') ?? EVERY_GROUP;
    const users = activeGags(model, app, scope, clock.now()).map(([userId, g]) => ({
      userId,
      id: userId,
      startTime: serviceTime(g.since),
      time: g.until === null ? PERMANENT_END : serviceTime(g.until),
    }));
    return ok([], { users });
  },
};
