/**
 * Single flight: a request is never in flight twice at once for the same App Key, endpoint, primary
 * host and value of the endpoint's `singleFlightParam` (the contract: one userId must not be
 * registered twice at the same time, 注意事项 3). A second send shares the first one's result; the
 * client keeps the sends in flight by this key.
 */
import type { SendInput } from '../sendResult';
import { paramValues } from './label';

/** The key of a send that must not run twice at once, or undefined (the endpoint has no such rule). */
export function singleFlightKey(input: SendInput): string | undefined {
  const values = paramValues(input.params, input.endpoint.singleFlightParam);
  if (values.length === 0) return undefined;
  return JSON.stringify([input.credentials.appKey, input.endpoint.id, input.hosts.primary, values]);
}
