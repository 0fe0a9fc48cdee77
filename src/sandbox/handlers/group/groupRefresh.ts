/** POST /group/refresh.json (Go GroupUpdate): the group's kept name changes. */
import { GROUP_REFRESH } from '../../../core/contract/group';
import { ok, required } from '../answers';
import type { EndpointHandler } from '../types';

export const groupRefresh: EndpointHandler = {
  endpoint: GROUP_REFRESH,
  keeps: 'Keeps the new group name, read back by the sandbox views and hosted-group queries; an unknown group is kept with no members (our choice: the service stores group info by ID). No notification message is sent.',
  handle(params, { app }) {
    return ok([{ t: 'groupJoin', app, groupId: required(params, GROUP_REFRESH, 'groupId'), groupName: required(params, GROUP_REFRESH, 'groupName'), userIds: [] }]);
  },
};
