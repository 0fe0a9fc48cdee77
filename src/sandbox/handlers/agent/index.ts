/** The sandbox's handlers of the agent module (contract data: src/core/contract/agent.ts). */
import type { EndpointHandler } from '../types';

export const AGENT_HANDLERS: readonly EndpointHandler[] = [
];
