/**
 * POST /statusmessage/private/publish.json and /statusmessage/group/publish.json: a status message
 * reaches only the recipients online at that moment (docs message/send-status-private: "neither stored
 * nor counted"). The sandbox keeps it with `options.statusMessage` so /_sandbox/messages shows it,
 * marks the offline recipients not delivered, and leaves it out of every history query. Go
 * PrivateStatusSend and GroupStatusSend parse a MessageResult: the answer carries messageUIDs.
 */
import { STATUS_GROUP_PUBLISH, STATUS_PRIVATE_PUBLISH } from '../../../core/contract/message';
import { isFlagOn } from '../../../core/validation';
import type { SandboxRecord } from '../../model';
import { all, ok, one, required, unique } from '../answers';
import { keepMessage } from '../messageStore';
import type { EndpointHandler } from '../types';
import { sendOptions } from './send';

/** The option that marks a kept status message (never sent by an SDK: the sandbox's own mark). */
export const STATUS_OPTION = 'statusMessage';

export const statusPrivatePublish: EndpointHandler = {
  endpoint: STATUS_PRIVATE_PUBLISH,
  keeps:
    'Keeps the status message as delivered only to the recipients online at that moment (and not to one whose blacklist holds the sender when verifyBlacklist is on); it never appears in history queries. Answers messageUIDs [{userId, messageUID}].',
  handle(params, ctx) {
    const fromUserId = required(params, STATUS_PRIVATE_PUBLISH, 'fromUserId');
    const state = ctx.model.app(ctx.app);
    const verify = isFlagOn(one(params, STATUS_PRIVATE_PUBLISH, 'verifyBlacklist'));
    const kept = keepMessage(ctx, {
      kind: 'private',
      fromUserId,
      to: all(params, 'toUserId').map((userId) => ({
        userId,
        delivered: state.online.has(userId) && !(verify && state.blacklists.get(userId)?.has(fromUserId) === true),
      })),
      uidPerRecipient: true,
      objectName: required(params, STATUS_PRIVATE_PUBLISH, 'objectName'),
      content: required(params, STATUS_PRIVATE_PUBLISH, 'content'),
      options: sendOptions(params, { [STATUS_OPTION]: '1' }),
    });
    return ok([kept.record], { messageUIDs: kept.uids });
  },
};

export const statusGroupPublish: EndpointHandler = {
  endpoint: STATUS_GROUP_PUBLISH,
  keeps:
    "Keeps one status message per group, delivered only to the members online at that moment (the sender excluded); an unknown group is reached by nobody; it never appears in history queries. Answers messageUIDs [{groupId, messageUID}].",
  handle(params, ctx) {
    const fromUserId = required(params, STATUS_GROUP_PUBLISH, 'fromUserId');
    const state = ctx.model.app(ctx.app);
    const records: SandboxRecord[] = [];
    const messageUIDs: Array<{ groupId: string; messageUID: string }> = [];
    for (const groupId of unique(all(params, 'toGroupId'))) {
      const members = [...(state.groups.get(groupId)?.members ?? [])].filter((u) => u !== fromUserId);
      const kept = keepMessage(ctx, {
        kind: 'group',
        fromUserId,
        groupIds: [groupId],
        to: members.map((userId) => ({ userId, delivered: state.online.has(userId) })),
        objectName: required(params, STATUS_GROUP_PUBLISH, 'objectName'),
        content: required(params, STATUS_GROUP_PUBLISH, 'content'),
        options: sendOptions(params, { [STATUS_OPTION]: '1' }),
      });
      records.push(kept.record);
      messageUIDs.push({ groupId, messageUID: kept.messageUID });
    }
    return ok(records, { messageUIDs });
  },
};
