/**
 * Sensitive words (issue 18): /sensitiveword/… and the Java SDK's /wordfilter/… calls.
 * Facts: the official SDKs' sources and the provider's docs, named in each record's `source`.
 */
import type { EndpointSpec } from './types';

export const SENSITIVEWORD_ENDPOINTS: readonly EndpointSpec[] = [];
