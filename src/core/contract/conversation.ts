/**
 * Conversation module (issue 18): /conversation/… settings and /tag/conversation/… tags.
 * Facts: the official SDKs' sources and the provider's docs, named in each record's `source`.
 */
import type { EndpointSpec } from './types';

export const CONVERSATION_ENDPOINTS: readonly EndpointSpec[] = [];
