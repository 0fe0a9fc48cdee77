/**
 * AI agents and bots (issue 18): /v3/agent/…, /v3/bot/… and /v3/chat/generate.json (Java SDK, JSON bodies).
 * Facts: the official SDKs' sources and the provider's docs, named in each record's `source`.
 */
import type { EndpointSpec } from './types';

export const AGENT_ENDPOINTS: readonly EndpointSpec[] = [];
