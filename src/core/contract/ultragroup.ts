/**
 * Ultragroup module (issue 18): /ultragroup/…, /message/ultragroup/publish.json, /v3/message/ultragroup/query.json and the Go SDK's REST-style /v2/ultragroups… calls.
 * Facts: the official SDKs' sources and the provider's docs, named in each record's `source`.
 */
import type { EndpointSpec } from './types';

export const ULTRAGROUP_ENDPOINTS: readonly EndpointSpec[] = [];
