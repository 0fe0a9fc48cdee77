/** POST /group/join.json: the users join (a group that does not exist yet is made, as the live service does). */
import { GROUP_JOIN } from '../../../core/contract/group';
import { all, one, required } from '../answers';
import { joinGroup } from './groupMembers';
import type { EndpointHandler } from '../types';

export const groupJoin: EndpointHandler = {
  endpoint: GROUP_JOIN,
  keeps: 'Adds the members (the group is created when new), 3,000 at most.',
  handle: (params, { app, model }) =>
    joinGroup(app, model.app(app), required(params, GROUP_JOIN, 'groupId'), all(params, 'userId'), one(params, GROUP_JOIN, 'groupName')),
};
