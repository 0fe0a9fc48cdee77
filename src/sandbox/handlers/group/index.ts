/** The sandbox's handlers of the group module (contract data: src/core/contract/group.ts). */
import type { EndpointHandler } from '../types';
import { groupCreate } from './groupCreate';
import { groupDismiss } from './groupDismiss';
import { groupJoin } from './groupJoin';
import { groupQuit } from './groupQuit';
import { groupUsers } from './groupUsers';

export const GROUP_HANDLERS: readonly EndpointHandler[] = [
  groupCreate,
  groupDismiss,
  groupJoin,
  groupQuit,
  groupUsers,
];
