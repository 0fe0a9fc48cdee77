/**
 * POST /v2/message/ultragroup/send (Go UGGroupSend, its UGMessage JSON): one kept message per ultragroup
 * in to_group_ids, each with its own messageUID, reaching the members at that moment (or only the
 * to_user_ids among them), in the channel bus_channel when given.
 */
import { PARAMETER_ERROR_CODE } from '../../../core/contract';
import { UG_V2_SEND } from '../../../core/contract/ultragroupRest';
import { clip } from '../../echo';
import { rows, ULTRAGROUP_CHANNELS } from '../../model/tables';
import { all, fail, one, ok, required, unique } from '../answers';
import { keepMessage } from '../messageStore';
import type { EndpointHandler } from '../types';
import { groupOf, membersOf, noSuchGroup } from './rows';

/** The options a later read may want, as sent (the flags in their canonical spelling). */
const OPTION_NAMES = ['push_content', 'push_data', 'push_ext', 'include_sender_enable', 'store_flag', 'mentioned_flag', 'silence_push'] as const;

export const v2Send: EndpointHandler = {
  endpoint: UG_V2_SEND,
  keeps:
    "Keeps one message per ultragroup (each with its messageUID; the answer carries none, as Go reads none) reaching the members at that moment other than the sender, or only the to_user_ids among them; store_flag and the push options are kept with it. An unknown ultragroup or a bus_channel the ultragroup does not have is 1003, and mutes do not stop a Server API send (our choices).",
  handle(params, ctx) {
    const fromUserId = required(params, UG_V2_SEND, 'from_user_id');
    const groupIds = unique(all(params, 'to_group_ids'));
    const channelId = one(params, UG_V2_SEND, 'bus_channel') || undefined;
    for (const groupId of groupIds) {
      if (!groupOf(ctx, groupId)) return noSuchGroup(groupId);
      if (channelId !== undefined && !rows(ctx.model, ctx.app, ULTRAGROUP_CHANNELS, groupId).has(channelId)) {
        return fail(PARAMETER_ERROR_CODE, `ultragroup "${clip(groupId)}" has no channel "${clip(channelId)}"`);
      }
    }
    const directed = unique(all(params, 'to_user_ids'));
    const options = Object.fromEntries(OPTION_NAMES.flatMap((name) => {
      const v = params.get(name)?.[0];
      return v === undefined ? [] : [[name, v]];
    }));
    const records = groupIds.map((groupId) => {
      const members = [...membersOf(ctx, groupId).keys()];
      const reached = directed.length > 0 ? members.filter((u) => directed.includes(u)) : members;
      return keepMessage(ctx, {
        kind: 'ultragroup', fromUserId, targetId: groupId, groupIds: [groupId],
        ...(channelId !== undefined ? { channelId } : {}),
        to: reached.filter((u) => u !== fromUserId).map((userId) => ({ userId })),
        objectName: required(params, UG_V2_SEND, 'object_name'),
        content: required(params, UG_V2_SEND, 'content'),
        options,
      }).record;
    });
    return ok(records);
  },
};
