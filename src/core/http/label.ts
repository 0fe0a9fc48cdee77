/** Reading the request's own parameters by the names the contract gives (labelParam, singleFlightParam). */
import type { EndpointSpec } from '../contract';
import type { FormParams } from '../form';

/** Every value of `name`, in order: a repeated key (`userId=a&userId=b`) gives several. */
export function paramValues(params: FormParams, name: string | undefined): string[] {
  const values: string[] = [];
  if (name !== undefined) for (const [k, v] of params) if (k === name) values.push(v);
  return values;
}

const MAX_LABEL_CHARS = 80;

/** What labels the request in a log line or a history entry: the values of `endpoint.labelParam`. */
export function requestLabel(endpoint: EndpointSpec, params: FormParams): string | undefined {
  const values = paramValues(params, endpoint.labelParam);
  if (values.length === 0) return undefined;
  const label = values.join(', ');
  return label.length > MAX_LABEL_CHARS ? `${label.slice(0, MAX_LABEL_CHARS)}…` : label;
}
