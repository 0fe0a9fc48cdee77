/** The sandbox's handlers of the sensitiveword module (contract data: src/core/contract/sensitiveword.ts). */
import type { EndpointHandler } from '../types';

export const SENSITIVEWORD_HANDLERS: readonly EndpointHandler[] = [
];
