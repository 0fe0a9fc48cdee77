/** POST /group/dismiss.json: the group, its members and every row kept for it (mutes, exceptions, remarks, hosting) are gone (no such group is fine). */
import { GROUP_DISMISS } from '../../../core/contract/group';
import { ok, required } from '../answers';
import type { EndpointHandler } from '../types';
import { dropGroupRows } from './tables';

export const groupDismiss: EndpointHandler = {
  endpoint: GROUP_DISMISS,
  keeps: "Removes the group, its members, and what was kept for it (member mutes, the whole-group mute, its exceptions, remarks, hosting information); an unknown group is 200.",
  handle(params, { app, model }) {
    const groupId = required(params, GROUP_DISMISS, 'groupId');
    return ok([...(model.app(app).groups.has(groupId) ? [{ t: 'groupDismiss' as const, app, groupId }] : []), ...dropGroupRows(model, app, groupId)]);
  },
};
