/**
 * Push module (issue 18): /push.json, /push/user.json, /push/custom.json (JSON bodies).
 * Facts: the official SDKs' sources and the provider's docs, named in each record's `source`.
 */
import type { EndpointSpec } from './types';

export const PUSH_ENDPOINTS: readonly EndpointSpec[] = [];
