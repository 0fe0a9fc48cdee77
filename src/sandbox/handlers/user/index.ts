/** The sandbox's handlers of the user module (contract data: src/core/contract/user.ts). */
import type { EndpointHandler } from '../types';
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
];
