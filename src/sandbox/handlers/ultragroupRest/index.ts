/** The sandbox's handlers of the Go SDK's REST ultragroup calls, /v2/ultragroups… (contract data: src/core/contract/ultragroupRest.ts). */
import type { EndpointHandler } from '../types';
import { v2ChannelCreate, v2ChannelDelete, v2ChannelList } from './channels';
import { v2CreateGroup, v2DismissGroup, v2UpdateGroup } from './groups';
import { v2GroupUsers, v2JoinGroup, v2QuitGroup, v2UserGroups } from './members';
import {
  v2AllowedUsersAdd, v2AllowedUsersList, v2AllowedUsersRemove, v2MutedStatusGet, v2MutedStatusSet, v2MuteMembersAdd, v2MuteMembersList, v2MuteMembersRemove,
} from './mutes';
import { v2Send } from './send';

export const ULTRAGROUP_REST_HANDLERS: readonly EndpointHandler[] = [
  v2CreateGroup,
  v2DismissGroup,
  v2UpdateGroup,
  v2JoinGroup,
  v2QuitGroup,
  v2UserGroups,
  v2GroupUsers,
  v2Send,
  v2MuteMembersAdd,
  v2MuteMembersRemove,
  v2MuteMembersList,
  v2MutedStatusSet,
  v2MutedStatusGet,
  v2AllowedUsersAdd,
  v2AllowedUsersRemove,
  v2AllowedUsersList,
  v2ChannelCreate,
  v2ChannelDelete,
  v2ChannelList,
];
