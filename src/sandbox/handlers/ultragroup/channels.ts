/**
 * Channels of an ultragroup: create, delete, list, change type. Choices where no source says:
 * creating a channel that exists is 1003; deleting or changing one that does not is 1003; RCDefault
 * can be neither deleted nor made private (the docs keep it public and open to every member).
 */
import { PARAMETER_ERROR_CODE } from '../../../core/contract';
import { ULTRAGROUP_CHANNEL_CREATE, ULTRAGROUP_CHANNEL_DEL, ULTRAGROUP_CHANNEL_GET, ULTRAGROUP_CHANNEL_TYPE_CHANGE } from '../../../core/contract/ultragroup';
import { clip } from '../../echo';
import type { SandboxRecord } from '../../model';
import { del, put, rows, ULTRAGROUP_CHANNELS } from '../../model/tables';
import { fail, integer, ok, paged, required, serviceTime } from '../answers';
import type { EndpointHandler } from '../types';
import { channelOf, DEFAULT_CHANNEL, groupOf, MAX_CHANNELS_PER_GROUP, noChannel, noGroup, type ChannelRow } from './common';
import { json, UG_BANNED_WHITELIST, UG_CHANNEL_USERGROUPS, UG_GLOBAL_BANNED, UG_NOTDISTURB, UG_PRIVATE_USERS, UG_USER_BANNED } from './tables';

export const channelCreate: EndpointHandler = {
  endpoint: ULTRAGROUP_CHANNEL_CREATE,
  keeps: 'Creates the channel, public (type 0) unless type=1; an ultragroup holds at most 50 channels, RCDefault counted (D: android-imlib/ultragroup/create), more is 1003. An existing channel or an unknown group is 1003 (our choice).',
  handle(params, { app, model, clock }) {
    const groupId = required(params, ULTRAGROUP_CHANNEL_CREATE, 'groupId');
    const channel = required(params, ULTRAGROUP_CHANNEL_CREATE, 'busChannel');
    if (!groupOf(model, app, groupId)) return noGroup(groupId);
    if (channelOf(model, app, groupId, channel)) return fail(PARAMETER_ERROR_CODE, `channel "${clip(channel)}" exists already`);
    const count = rows(model, app, ULTRAGROUP_CHANNELS, groupId).size;
    if (count >= MAX_CHANNELS_PER_GROUP) return fail(PARAMETER_ERROR_CODE, `ultragroup "${clip(groupId)}" has ${count} channels; it holds at most ${MAX_CHANNELS_PER_GROUP}`);
    const type = integer(params, ULTRAGROUP_CHANNEL_CREATE, 'type') === 1 ? 1 : 0;
    return ok([put(app, ULTRAGROUP_CHANNELS, groupId, channel, { type, createdAt: clock.now() })]);
  },
};

export const channelDel: EndpointHandler = {
  endpoint: ULTRAGROUP_CHANNEL_DEL,
  keeps: "Deletes the channel with its mutes, mute exceptions, private member list, user group bindings and do-not-disturb level; its messages stay in the history. RCDefault, an unknown channel or group is 1003 (our choice).",
  handle(params, { app, model }) {
    const groupId = required(params, ULTRAGROUP_CHANNEL_DEL, 'groupId');
    const channel = required(params, ULTRAGROUP_CHANNEL_DEL, 'busChannel');
    if (!groupOf(model, app, groupId)) return noGroup(groupId);
    if (!channelOf(model, app, groupId, channel)) return noChannel(groupId, channel);
    if (channel === DEFAULT_CHANNEL) return fail(PARAMETER_ERROR_CODE, `${DEFAULT_CHANNEL} is the default channel and cannot be deleted`);
    const out: SandboxRecord[] = [del(app, ULTRAGROUP_CHANNELS, groupId, channel)];
    for (const table of [UG_USER_BANNED, UG_BANNED_WHITELIST, UG_PRIVATE_USERS, UG_CHANNEL_USERGROUPS]) {
      for (const [key, r] of rows<{ busChannel: string }>(model, app, table, groupId)) if (r.busChannel === channel) out.push(del(app, table, groupId, key));
    }
    for (const table of [UG_GLOBAL_BANNED, UG_NOTDISTURB]) if (rows(model, app, table, groupId).has(channel)) out.push(del(app, table, groupId, channel));
    return ok(out);
  },
};

export const channelGet: EndpointHandler = {
  endpoint: ULTRAGROUP_CHANNEL_GET,
  keeps: 'Lists the channels in creation order as channelList [{channelId, type, createTime}] (createTime as "yyyy-MM-dd HH:mm:ss", UTC+8), page by page (limit, default 20). An unknown group is an empty list (our choice).',
  handle(params, { app, model }) {
    const groupId = required(params, ULTRAGROUP_CHANNEL_GET, 'groupId');
    const list = [...rows<ChannelRow>(model, app, ULTRAGROUP_CHANNELS, groupId)].map(([channelId, r]) => ({ channelId, type: r.type, createTime: serviceTime(r.createdAt) }));
    return ok([], { channelList: paged(list, integer(params, ULTRAGROUP_CHANNEL_GET, 'page') ?? 1, integer(params, ULTRAGROUP_CHANNEL_GET, 'limit') ?? 20) });
  },
};

export const channelTypeChange: EndpointHandler = {
  endpoint: ULTRAGROUP_CHANNEL_TYPE_CHANGE,
  keeps: "Makes the channel public (0) or private (1); its private member list is kept either way (the docs let a public channel keep one). RCDefault made private, an unknown channel or group is 1003 (our choice of code).",
  handle(params, { app, model }) {
    const groupId = required(params, ULTRAGROUP_CHANNEL_TYPE_CHANGE, 'groupId');
    const channel = required(params, ULTRAGROUP_CHANNEL_TYPE_CHANGE, 'busChannel');
    const type = integer(params, ULTRAGROUP_CHANNEL_TYPE_CHANGE, 'type') === 1 ? 1 : 0;
    if (!groupOf(model, app, groupId)) return noGroup(groupId);
    const current = channelOf(model, app, groupId, channel);
    if (!current) return noChannel(groupId, channel);
    if (channel === DEFAULT_CHANNEL && type === 1) return fail(PARAMETER_ERROR_CODE, `${DEFAULT_CHANNEL} stays public`);
    return ok([put(app, ULTRAGROUP_CHANNELS, groupId, channel, json({ ...current, type }))]);
  },
};
