/**
 * The sandbox's handlers of the ultragroup module (contract data: src/core/contract/ultragroup.ts).
 * Its tables: model/tables.ts (groups, members, channels, shared with ultragroupRest/) and ./tables.ts.
 */
import type { EndpointHandler } from '../types';
import { channelCreate, channelDel, channelGet, channelTypeChange } from './channels';
import { expansionDelete, expansionQuery, expansionSet } from './expansion';
import { globalBannedGet, globalBannedSet } from './globalBanned';
import { ultragroupCreate, ultragroupDis, ultragroupJoin, ultragroupMemberExist, ultragroupQuit, ultragroupRefresh } from './groups';
import { hismsgMsgidQuery, hismsgQuery, historyV3, msgGet, msgModify, ultragroupPublish } from './messages';
import { notDisturbGet, notDisturbSet } from './notDisturb';
import {
  channelUsergroupBind, channelUsergroupQuery, channelUsergroupUnbind, userChannelQuery, usergroupAdd, usergroupChannelQuery,
  usergroupDel, usergroupQuery, usergroupUserAdd, usergroupUserDel, userUsergroupQuery,
} from './userGroups';
import { USER_SET_HANDLERS } from './userSets';

export const ULTRAGROUP_HANDLERS: readonly EndpointHandler[] = [
  ultragroupCreate, ultragroupDis, ultragroupJoin, ultragroupQuit, ultragroupRefresh, ultragroupMemberExist,
  globalBannedSet, globalBannedGet,
  ...USER_SET_HANDLERS,
  channelCreate, channelDel, channelGet, channelTypeChange,
  notDisturbSet, notDisturbGet,
  expansionSet, expansionDelete, expansionQuery,
  msgGet, msgModify, hismsgQuery, hismsgMsgidQuery, ultragroupPublish, historyV3,
  usergroupAdd, usergroupDel, usergroupQuery, usergroupUserAdd, usergroupUserDel, userUsergroupQuery,
  channelUsergroupBind, channelUsergroupUnbind, channelUsergroupQuery, usergroupChannelQuery, userChannelQuery,
];
