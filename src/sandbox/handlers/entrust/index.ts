/** The sandbox's handlers of the entrust module (group information hosting; contract data: src/core/contract/entrust.ts); tables.ts names the rows they keep. */
import type { EndpointHandler } from '../types';
import { entrustMemberFollow, entrustMemberFollowedGet, entrustMemberUnfollow } from './follows';
import { entrustCreate, entrustDismiss, entrustImport, entrustTransferOwner } from './groupLifecycle';
import { entrustGroupQuery, entrustJoinedGroupQuery } from './groupQueries';
import { entrustManagerAdd, entrustManagerRemove } from './managers';
import { entrustMemberQuery, entrustMemberSet, entrustMemberSpecificQuery } from './members';
import { entrustJoin, entrustKick, entrustKickAll, entrustQuit } from './membership';
import { entrustProfileQuery, entrustProfileUpdate } from './profile';
import { entrustRemarknameDelete, entrustRemarknameQuery, entrustRemarknameSet } from './remarkNames';

export const ENTRUST_HANDLERS: readonly EndpointHandler[] = [
  entrustCreate,
  entrustImport,
  entrustProfileUpdate,
  entrustProfileQuery,
  entrustJoin,
  entrustQuit,
  entrustKick,
  entrustKickAll,
  entrustDismiss,
  entrustTransferOwner,
  entrustManagerAdd,
  entrustManagerRemove,
  entrustMemberQuery,
  entrustMemberSpecificQuery,
  entrustMemberSet,
  entrustRemarknameSet,
  entrustRemarknameDelete,
  entrustRemarknameQuery,
  entrustMemberFollow,
  entrustMemberUnfollow,
  entrustMemberFollowedGet,
  entrustGroupQuery,
  entrustJoinedGroupQuery,
];
