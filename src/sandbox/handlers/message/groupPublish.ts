/**
 * POST /message/group/publish.json: one message kept per group, with the members it reached at that
 * moment (the sender excluded); a directed message (toUserId) reaches those users only. A group that
 * does not exist is reached by nobody, as on the live service, which does not refuse it. The answer is
 * `messageUIDs: [{groupId, messageUID}]` (Go MessageUIDEntry.groupId "when sending a group message").
 */
import { GROUP_PUBLISH } from '../../../core/contract/message';
import type { SandboxRecord } from '../../model';
import { all, ok, required, unique } from '../answers';
import { keepMessage } from '../messageStore';
import type { EndpointHandler } from '../types';
import { initialExpansion, sendOptions } from './send';

export const groupPublish: EndpointHandler = {
  endpoint: GROUP_PUBLISH,
  keeps:
    "Keeps one message per group (content screened by the sensitive words) with the group's members at that moment, the sender excluded (a directed message: the users named); an unknown group is reached by nobody. Answers messageUIDs [{groupId, messageUID}].",
  handle(params, ctx) {
    const fromUserId = required(params, GROUP_PUBLISH, 'fromUserId');
    const groups = ctx.model.app(ctx.app).groups;
    const directed = unique(all(params, 'toUserId'));
    const expansion = initialExpansion(params);
    const records: SandboxRecord[] = [];
    const messageUIDs: Array<{ groupId: string; messageUID: string }> = [];
    for (const groupId of unique(all(params, 'toGroupId'))) {
      const members = directed.length > 0 ? directed : [...(groups.get(groupId)?.members ?? [])];
      const kept = keepMessage(ctx, {
        kind: 'group',
        fromUserId,
        groupIds: [groupId],
        to: members.filter((u) => u !== fromUserId).map((userId) => ({ userId })),
        objectName: required(params, GROUP_PUBLISH, 'objectName'),
        content: required(params, GROUP_PUBLISH, 'content'),
        options: sendOptions(params),
      });
      records.push(expansion ? { ...kept.record, expansion } : kept.record);
      messageUIDs.push({ groupId, messageUID: kept.messageUID });
    }
    return ok(records, { messageUIDs });
  },
};
