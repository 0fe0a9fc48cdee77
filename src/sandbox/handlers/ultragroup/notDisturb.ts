/** Default do-not-disturb level of an ultragroup or of one of its channels: set and get. */
import { PARAMETER_ERROR_CODE } from '../../../core/contract';
import { ULTRAGROUP_NOTDISTURB_GET, ULTRAGROUP_NOTDISTURB_SET } from '../../../core/contract/ultragroup';
import { del, put, row } from '../../model/tables';
import { fail, integer, ok, required } from '../answers';
import type { EndpointHandler } from '../types';
import { busChannel, checkGroupChannel } from './common';
import { UG_NOTDISTURB, type NotDisturbRow } from './tables';

/** The levels (Go UGUnPushLevel* constants): 3 is none of them, and Go refuses it (1002). */
const LEVELS = new Set([-1, 0, 1, 2, 4, 5]);

export const notDisturbSet: EndpointHandler = {
  endpoint: ULTRAGROUP_NOTDISTURB_SET,
  keeps: 'Keeps the default push level of the ultragroup, or of the channel busChannel names (-1, 0 not set, 1, 2, 4, 5; 3 is 1003 as Go refuses it). An unknown group or channel is 1003 (our choice).',
  handle(params, { app, model }) {
    const groupId = required(params, ULTRAGROUP_NOTDISTURB_SET, 'groupId');
    const channel = busChannel(params, ULTRAGROUP_NOTDISTURB_SET);
    const level = integer(params, ULTRAGROUP_NOTDISTURB_SET, 'unpushLevel') ?? 0;
    if (!LEVELS.has(level)) return fail(PARAMETER_ERROR_CODE, `unpushLevel ${level} is not a level (-1, 0, 1, 2, 4 or 5)`);
    const refused = checkGroupChannel(model, app, groupId, channel);
    if (refused) return refused;
    return ok([level === 0 ? del(app, UG_NOTDISTURB, groupId, channel) : put(app, UG_NOTDISTURB, groupId, channel, { unpushLevel: level })]);
  },
};

export const notDisturbGet: EndpointHandler = {
  endpoint: ULTRAGROUP_NOTDISTURB_GET,
  keeps: 'Answers groupId, busChannel and unpushLevel (0 when never set, also for an unknown group: our choice); a channel has its own level, not the group\'s.',
  handle(params, { app, model }) {
    const groupId = required(params, ULTRAGROUP_NOTDISTURB_GET, 'groupId');
    const channel = busChannel(params, ULTRAGROUP_NOTDISTURB_GET);
    return ok([], { groupId, busChannel: channel, unpushLevel: row<NotDisturbRow>(model, app, UG_NOTDISTURB, groupId, channel)?.unpushLevel ?? 0 });
  },
};
