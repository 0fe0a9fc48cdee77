/** The sandbox's handlers of the friend module (contract data: src/core/contract/friend.ts). */
import type { EndpointHandler } from '../types';

export const FRIEND_HANDLERS: readonly EndpointHandler[] = [
];
