/**
 * From the playground's form to what is sent or saved: form parameters in the endpoint's order, and
 * what the `.rong.http` writer (core/rongHttp/print.ts) is given for the request. Pure (no 'vscode'), so unit tests cover it.
 */
import type { EndpointSpec } from '../core/contract';
import type { FormParams } from '../core/form';
import type { SaveRequestInput } from '../core/rongHttp/print';
import { paramPairs, valuesOf } from './formModel';
import type { FormState } from './protocol';

/** The form's parameters as sent: the endpoint's order, one pair per value, empty values left out. */
export function formParams(endpoint: EndpointSpec, form: FormState): FormParams {
  return paramPairs(endpoint, form.params);
}

/** Line breaks would start a new line of the file: they become spaces. */
function oneLine(s: string): string {
  return s.replace(/[\r\n\u2028\u2029\u0085]+/g, ' ');
}

/** A one-line name for a request: the endpoint's last path segment and its labelParam's value, if any. */
export function requestName(endpoint: EndpointSpec, form: FormState): string {
  const base = endpoint.path.replace(/^.*\//, '').replace(/\.json$/, '');
  const spec = endpoint.params.find((p) => p.name === endpoint.labelParam);
  const first = spec ? valuesOf(spec, form.params).find((v) => v !== '') : undefined;
  const label = first ? oneLine(first).trim() : '';
  return label ? `${base} ${label.slice(0, 64)}` : base;
}

/**
 * What "Open as .rong.http" writes, for the one `.rong.http` writer (core/rongHttp/print.ts's
 * requestToText, loaded with the language bundle): `### name`, `# @profile`, the request line, fixed
 * Nonce and Timestamp headers when locked, and the form body. Never a secret or a signature.
 */
export function saveInput(endpoint: EndpointSpec, form: FormState): SaveRequestInput {
  const locked = form.locked ? { nonce: oneLine(form.nonce), timestamp: oneLine(form.timestamp) } : {};
  return { endpoint, name: requestName(endpoint, form), profile: form.profile ? oneLine(form.profile) : undefined, params: formParams(endpoint, form), ...locked };
}
