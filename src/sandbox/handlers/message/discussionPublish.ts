/**
 * POST /message/discussion/publish.json: discussions are a conversation type the docs no longer list
 * and the sandbox keeps no discussion members, so the message is kept (kind 'group', targetId the
 * discussion, no groupIds, so group history never shows it) and reaches nobody. Recall with
 * conversationType 2 finds it.
 */
import { DISCUSSION_PUBLISH } from '../../../core/contract/message';
import type { SandboxRecord } from '../../model';
import { all, ok, required, unique } from '../answers';
import { keepMessage } from '../messageStore';
import type { EndpointHandler } from '../types';
import { sendOptions } from './send';

export const discussionPublish: EndpointHandler = {
  endpoint: DISCUSSION_PUBLISH,
  keeps:
    'Keeps one message per discussion (targetId the discussion) reaching nobody: the sandbox keeps no discussion members (our choice; the docs no longer list discussions). Recall with conversationType 2 finds it.',
  handle(params, ctx) {
    const records: SandboxRecord[] = unique(all(params, 'toDiscussionId')).map((discussionId) =>
      keepMessage(ctx, {
        kind: 'group',
        fromUserId: required(params, DISCUSSION_PUBLISH, 'fromUserId'),
        targetId: discussionId,
        to: [],
        objectName: required(params, DISCUSSION_PUBLISH, 'objectName'),
        content: required(params, DISCUSSION_PUBLISH, 'content'),
        options: sendOptions(params),
      }).record,
    );
    return ok(records);
  },
};
