/**
 * From the playground's form to what is sent or saved: form parameters in the endpoint's order, and
 * the `.rong.http` text of the request. Pure (no 'vscode'), so unit tests cover it.
 */
import type { EndpointSpec } from '../core/contract';
import { encodeForm } from '../core/form';
import type { FormParams } from '../core/form';
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
 * The request in `.rong.http` form: `### name`, `# @profile`, the request line, fixed Nonce and
 * Timestamp headers when locked, a blank line and the form body. Never a secret or a signature.
 */
export function rongHttpText(endpoint: EndpointSpec, form: FormState): string {
  const lines = [`### ${requestName(endpoint, form)}`];
  if (form.profile) lines.push(`# @profile ${oneLine(form.profile)}`);
  lines.push(`${endpoint.method} ${endpoint.path}`);
  if (form.locked) {
    lines.push(`Nonce: ${oneLine(form.nonce)}`);
    lines.push(`Timestamp: ${oneLine(form.timestamp)}`);
  }
  lines.push('', encodeForm(formParams(endpoint, form)), '');
  return lines.join('\n');
}
