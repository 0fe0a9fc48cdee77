/** The sandbox's handlers of the group module (contract data: src/core/contract/group.ts); tables.ts names the rows they keep. */
import type { EndpointHandler } from '../types';
import { groupBanAdd, groupBanQuery, groupBanRollback } from './groupBans';
import { groupBanWhitelistAdd, groupBanWhitelistQuery, groupBanWhitelistRollback } from './groupBanWhitelist';
import { groupCreate } from './groupCreate';
import { groupDismiss } from './groupDismiss';
import { groupGagAdd, groupGagList, groupGagRollback } from './groupGags';
import { groupJoin } from './groupJoin';
import { groupQuit } from './groupQuit';
import { groupRefresh } from './groupRefresh';
import { groupRemarksDel, groupRemarksGet, groupRemarksSet } from './groupRemarks';
import { groupSync } from './groupSync';
import { groupUsers } from './groupUsers';

export const GROUP_HANDLERS: readonly EndpointHandler[] = [
  groupCreate,
  groupDismiss,
  groupJoin,
  groupQuit,
  groupUsers,
  groupRefresh,
  groupBanAdd,
  groupBanRollback,
  groupBanQuery,
  groupGagAdd,
  groupGagRollback,
  groupGagList,
  groupBanWhitelistAdd,
  groupBanWhitelistRollback,
  groupBanWhitelistQuery,
  groupRemarksSet,
  groupRemarksGet,
  groupRemarksDel,
  groupSync,
];
