/** The sandbox's handlers of the conversation module (contract data: src/core/contract/conversation.ts). */
import type { EndpointHandler } from '../types';

export const CONVERSATION_HANDLERS: readonly EndpointHandler[] = [
];
