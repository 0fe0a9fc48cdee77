/** The sandbox's handlers of the user module (contract data: src/core/contract/user.ts). */
import type { EndpointHandler } from '../types';
import { activate } from './activate';
import { blockPushPeriodDelete, blockPushPeriodGet, blockPushPeriodSet } from './blockPushPeriod';
import { chatFbQuerylist, chatFbSet } from './chatBan';
import { conversationTagDel, conversationTagGet, conversationTagSet } from './conversationTags';
import { delusers } from './delusers';
import { groupQuery } from './groupQuery';
import { profileBatchQuery, profileClean, profileQuery, profileSet } from './profile';
import { query } from './query';
import { tagBatchSet, tagSet, tagsGet } from './tags';
import { whitelistAdd, whitelistQuery, whitelistRemove } from './whitelist';
import { blacklistAdd } from './blacklistAdd';
import { blacklistQuery } from './blacklistQuery';
import { blacklistRemove } from './blacklistRemove';
import { block } from './block';
import { blockQuery } from './blockQuery';
import { checkOnline } from './checkOnline';
import { deactivate } from './deactivate';
import { deactivateQuery } from './deactivateQuery';
import { getToken } from './getToken';
import { info } from './info';
import { reactivate } from './reactivate';
import { refresh } from './refresh';
import { remarksDel } from './remarksDel';
import { remarksGet } from './remarksGet';
import { remarksSet } from './remarksSet';
import { tokenExpire } from './tokenExpire';
import { unblock } from './unblock';

export const USER_HANDLERS: readonly EndpointHandler[] = [
  blacklistAdd,
  blacklistQuery,
  blacklistRemove,
  block,
  blockQuery,
  checkOnline,
  deactivate,
  deactivateQuery,
  getToken,
  info,
  reactivate,
  refresh,
  remarksDel,
  remarksGet,
  remarksSet,
  tokenExpire,
  unblock,
  activate,
  query,
  delusers,
  groupQuery,
  profileSet,
  profileBatchQuery,
  profileClean,
  profileQuery,
  tagsGet,
  whitelistAdd,
  whitelistRemove,
  whitelistQuery,
  blockPushPeriodSet,
  blockPushPeriodGet,
  blockPushPeriodDelete,
  chatFbSet,
  chatFbQuerylist,
  tagSet,
  tagBatchSet,
  conversationTagSet,
  conversationTagDel,
  conversationTagGet,
];
