/** The sandbox's handlers of the push module (contract data: src/core/contract/push.ts). */
import type { EndpointHandler } from '../types';

export const PUSH_HANDLERS: readonly EndpointHandler[] = [
];
