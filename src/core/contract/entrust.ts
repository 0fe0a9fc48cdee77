/**
 * Group information hosting (群组信息托管, issue 18): /entrust/group/… and /entrust/joined/group/query.json.
 * Facts: the official SDKs' sources and the provider's docs, named in each record's `source`.
 */
import type { EndpointSpec } from './types';

export const ENTRUST_ENDPOINTS: readonly EndpointSpec[] = [];
