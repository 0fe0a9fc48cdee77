/**
 * Chained requests in a run: each named request's latest exchange goes into the run's store, and a
 * request that reads one that has not run sends that one first, once (httpyac's @ref); the order
 * is the core's plan, the editor's too.
 */
import type { Exchange } from '../core/rongHttp';
import type { SendResult } from './http';
import type { PreparedRequest } from './prepare';

export function exchangeOf(request: PreparedRequest, result: SendResult): Exchange {
  return {
    request: { headers: result.request.headers, params: request.params },
    response: { status: result.httpStatus ?? 0, headers: Object.entries(result.responseHeaders ?? {}), body: result.body?.text ?? '' },
  };
}
