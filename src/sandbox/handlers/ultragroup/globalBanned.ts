/** Whole-ultragroup (or whole-channel) mute: set and get. */
import { ULTRAGROUP_GLOBAL_BANNED_GET, ULTRAGROUP_GLOBAL_BANNED_SET } from '../../../core/contract/ultragroup';
import { del, put, row } from '../../model/tables';
import { flag, ok, required } from '../answers';
import type { EndpointHandler } from '../types';
import { busChannel, checkGroupChannel } from './common';
import { UG_GLOBAL_BANNED } from './tables';

export const globalBannedSet: EndpointHandler = {
  endpoint: ULTRAGROUP_GLOBAL_BANNED_SET,
  keeps: 'Mutes (status true) or unmutes (false) the whole ultragroup, or one channel when busChannel is sent; each channel has its own setting. An unknown group or channel is 1003 (our choice).',
  handle(params, { app, model, clock }) {
    const groupId = required(params, ULTRAGROUP_GLOBAL_BANNED_SET, 'groupId');
    const channel = busChannel(params, ULTRAGROUP_GLOBAL_BANNED_SET);
    const refused = checkGroupChannel(model, app, groupId, channel);
    if (refused) return refused;
    return ok([flag(params, ULTRAGROUP_GLOBAL_BANNED_SET, 'status') ? put(app, UG_GLOBAL_BANNED, groupId, channel, { at: clock.now() }) : del(app, UG_GLOBAL_BANNED, groupId, channel)]);
  },
};

export const globalBannedGet: EndpointHandler = {
  endpoint: ULTRAGROUP_GLOBAL_BANNED_GET,
  keeps: 'Answers status true when the ultragroup (or the channel busChannel names) is muted as a whole, false otherwise, also for an unknown group (our choice).',
  handle(params, { app, model }) {
    const groupId = required(params, ULTRAGROUP_GLOBAL_BANNED_GET, 'groupId');
    return ok([], { status: row(model, app, UG_GLOBAL_BANNED, groupId, busChannel(params, ULTRAGROUP_GLOBAL_BANNED_GET)) !== undefined });
  },
};
