/** The sandbox's handlers of the agent module (contract data: src/core/contract/agent.ts). */
import type { EndpointHandler } from '../types';
import { agentCreate, agentDelete, agentGet, agentQuery, agentUpdate } from './agents';
import { botCreate, botDelete, botGet, botQuery, botUpdate } from './bots';
import { chatGenerate } from './chat';
import { botIntegrationCreate, botIntegrationDelete, botIntegrationUpdate } from './integrations';

export const AGENT_HANDLERS: readonly EndpointHandler[] = [
  agentCreate,
  agentDelete,
  agentGet,
  agentQuery,
  agentUpdate,
  chatGenerate,
  botCreate,
  botDelete,
  botGet,
  botQuery,
  botUpdate,
  botIntegrationCreate,
  botIntegrationDelete,
  botIntegrationUpdate,
];
