/** POST /v2/ultragroups/channels, DELETE /v2/ultragroups/{groupId}/channels/{channelId}, GET /v2/ultragroups/{groupId}/channels (Go UGChannelCreate, UGChannelDelete, UGChannelQuery). */
import { UG_V2_CHANNEL_CREATE, UG_V2_CHANNEL_DELETE, UG_V2_CHANNEL_LIST } from '../../../core/contract/ultragroupRest';
import { del, put, rows, ULTRAGROUP_CHANNELS } from '../../model/tables';
import { ok, required, serviceTime } from '../answers';
import type { EndpointHandler, HandlerContext } from '../types';
import { DEFAULT_PAGE_SIZE, goPage, groupOf, noSuchGroup } from './rows';

interface ChannelRow {
  readonly type: 0 | 1;
  readonly createdAt: number;
}

const channelsOf = ({ model, app }: HandlerContext, groupId: string) => rows<ChannelRow>(model, app, ULTRAGROUP_CHANNELS, groupId);

export const v2ChannelCreate: EndpointHandler = {
  endpoint: UG_V2_CHANNEL_CREATE,
  keeps: 'Creates a public channel (type 0) in the ultragroup; creating one that exists is 200 and keeps it as it was, an unknown ultragroup is 1003 (our choices).',
  handle(params, ctx) {
    const groupId = required(params, UG_V2_CHANNEL_CREATE, 'group_id');
    const channelId = required(params, UG_V2_CHANNEL_CREATE, 'channel_id');
    if (!groupOf(ctx, groupId)) return noSuchGroup(groupId);
    if (channelsOf(ctx, groupId).has(channelId)) return ok();
    return ok([put(ctx.app, ULTRAGROUP_CHANNELS, groupId, channelId, { type: 0, createdAt: ctx.clock.now() })]);
  },
};

export const v2ChannelDelete: EndpointHandler = {
  endpoint: UG_V2_CHANNEL_DELETE,
  keeps: 'Deletes the channel; one that does not exist is 200 with no change, an unknown ultragroup 1003 (our choices).',
  handle(params, ctx) {
    const groupId = required(params, UG_V2_CHANNEL_DELETE, 'groupId');
    const channelId = required(params, UG_V2_CHANNEL_DELETE, 'channelId');
    if (!groupOf(ctx, groupId)) return noSuchGroup(groupId);
    return ok(channelsOf(ctx, groupId).has(channelId) ? [del(ctx.app, ULTRAGROUP_CHANNELS, groupId, channelId)] : []);
  },
};

export const v2ChannelList: EndpointHandler = {
  endpoint: UG_V2_CHANNEL_LIST,
  keeps: `Lists the channels (public and private) in the order created as data.channel_list [{channel_id, create_time}], create_time "yyyy-MM-dd HH:mm:ss" in UTC+8 (our choice: Go reads it as text); page 0 reads as 1 and limit 0 as ${DEFAULT_PAGE_SIZE}; an unknown ultragroup is 1003.`,
  handle(params, ctx) {
    const groupId = required(params, UG_V2_CHANNEL_LIST, 'groupId');
    if (!groupOf(ctx, groupId)) return noSuchGroup(groupId);
    const list = [...channelsOf(ctx, groupId)].map(([channel_id, c]) => ({ channel_id, create_time: serviceTime(c.createdAt) }));
    return ok([], { data: { channel_list: goPage(list, params, UG_V2_CHANNEL_LIST, 'limit') } });
  },
};
