/** The sandbox's handlers of the Go SDK's REST ultragroup calls, /v2/ultragroups… (contract data: src/core/contract/ultragroupRest.ts). */
import type { EndpointHandler } from '../types';

export const ULTRAGROUP_REST_HANDLERS: readonly EndpointHandler[] = [
];
