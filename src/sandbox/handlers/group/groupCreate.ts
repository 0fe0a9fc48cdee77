/** POST /group/create.json: the group with these members (an existing group gets them added and the new name). */
import { GROUP_CREATE } from '../../../core/contract/group';
import { all, required } from '../answers';
import { joinGroup } from './groupMembers';
import type { EndpointHandler } from '../types';

export const groupCreate: EndpointHandler = {
  endpoint: GROUP_CREATE,
  keeps: 'Creates the group with its name and members (3,000 at most).',
  handle: (params, { app, model }) =>
    joinGroup(app, model.app(app), required(params, GROUP_CREATE, 'groupId'), all(params, 'userId'), required(params, GROUP_CREATE, 'groupName')),
};
