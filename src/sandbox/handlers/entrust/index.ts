/** The sandbox's handlers of the entrust module (contract data: src/core/contract/entrust.ts). */
import type { EndpointHandler } from '../types';

export const ENTRUST_HANDLERS: readonly EndpointHandler[] = [
];
