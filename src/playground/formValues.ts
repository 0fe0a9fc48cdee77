/**
 * Pairs from outside the form (a `.rong.http` request, a cURL command) as the form's values. Apart
 * from formModel.ts because activation's commands use it (Open in Playground), and formModel reads
 * JSON bodies with a JSON parser that activation never loads.
 */
import type { EndpointSpec } from '../core/contract';
import type { FormParams } from '../core/form';
import { pairsToJson, specOf, splitPairs } from '../core/wire';

/**
 * The form value that holds a JSON-body endpoint's body as JSON text (`/push.json`, `/v3/…`): one
 * editor area validated against the endpoint's fields as you type; its path and query parameters
 * stay fields of their own. No contract parameter is named `jsonBody`.
 */
export const JSON_BODY_FIELD = 'jsonBody';

/** Pairs (a form body, a .rong.http request) as the form's values: a list for a repeated parameter, a JSON body as its text; unknown names stay out. */
export function valuesFromPairs(endpoint: EndpointSpec, pairs: FormParams): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const spec of endpoint.params) {
    if (endpoint.body === 'json' && spec.in === undefined) continue;
    const given = spec.keyed
      ? pairs.filter(([k]) => specOf(endpoint, k) === spec && k !== spec.name).map(([k, v]) => `${k.slice(spec.name.length + 1, -1)}=${v}`)
      : pairs.filter(([k]) => k === spec.name).map(([, v]) => v);
    if (given.length > 0) values[spec.name] = spec.repeated ? given : given[0];
  }
  if (endpoint.body === 'json') {
    const body = splitPairs(endpoint, pairs).body.filter(([k]) => specOf(endpoint, k));
    if (body.length > 0) values[JSON_BODY_FIELD] = JSON.stringify(pairsToJson(endpoint, body), undefined, 2);
  }
  return values;
}
