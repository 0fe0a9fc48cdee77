/** The sandbox's handlers of the chatroom module (contract data: src/core/contract/chatroom.ts). */
import type { EndpointHandler } from '../types';

export const CHATROOM_HANDLERS: readonly EndpointHandler[] = [
];
