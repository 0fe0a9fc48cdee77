/** The sandbox's handlers of the ultragroup module (contract data: src/core/contract/ultragroup.ts). */
import type { EndpointHandler } from '../types';

export const ULTRAGROUP_HANDLERS: readonly EndpointHandler[] = [
];
