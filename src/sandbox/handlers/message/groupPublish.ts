/**
 * POST /message/group/publish.json: kept with the groups and the members it reached at that moment
 * (the sender excluded); a directed message (toUserId) reaches those users only. A group that does
 * not exist is reached by nobody, as on the live service, which does not refuse it.
 */
import { GROUP_PUBLISH } from '../../../core/contract/message';
import { all, ok, required, unique } from '../answers';
import type { EndpointHandler } from '../types';

export const groupPublish: EndpointHandler = {
  endpoint: GROUP_PUBLISH,
  keeps: "Keeps the message with the group's members at that moment (or the directed users).",
  handle(params, { app, model, clock, newMessageUID }) {
    const fromUserId = required(params, GROUP_PUBLISH, 'fromUserId');
    const groupIds = unique(all(params, 'toGroupId'));
    const groups = model.app(app).groups;
    const directed = all(params, 'toUserId');
    const members = directed.length > 0 ? unique(directed) : unique(groupIds.flatMap((g) => [...(groups.get(g)?.members ?? [])]));
    const messageUID = newMessageUID();
    return ok([{
      t: 'message', app, kind: 'group', messageUID, fromUserId, groupIds,
      recipients: members.filter((u) => u !== fromUserId).map((userId) => ({ userId, messageUID, delivered: true })),
      objectName: required(params, GROUP_PUBLISH, 'objectName'),
      content: required(params, GROUP_PUBLISH, 'content'),
      sentAt: clock.now(),
    }]);
  },
};
