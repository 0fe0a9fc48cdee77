/** The sandbox's handlers of the friend module (contract data: src/core/contract/friend.ts); tables.ts names the rows they keep. */
import type { EndpointHandler } from '../types';
import { friendAdd, friendClean, friendDelete, friendProfileSet } from './friends';
import { friendCheck, friendGet, friendPermissionGet, friendPermissionSet } from './queries';

export const FRIEND_HANDLERS: readonly EndpointHandler[] = [
  friendAdd,
  friendDelete,
  friendClean,
  friendProfileSet,
  friendGet,
  friendCheck,
  friendPermissionSet,
  friendPermissionGet,
];
