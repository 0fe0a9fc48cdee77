/**
 * Friend module (issue 18): /friend/… (friends, their permissions and profiles).
 * Facts: the official SDKs' sources and the provider's docs, named in each record's `source`.
 */
import type { EndpointSpec } from './types';

export const FRIEND_ENDPOINTS: readonly EndpointSpec[] = [];
