/**
 * A Rong request's body as parameters: the Content-Type (form, UTF-8), the bytes as UTF-8, the
 * percent-encoding, then the contract's rules (validateParams, the same as the extension's) and the
 * values grouped per parameter (groupParams: a repeated key is an array). A failure is an answer.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { findParam, FORM_CONTENT_TYPE, PARAMETER_ERROR_CODE, type EndpointSpec } from '../core/contract';
import { decodeForm } from '../core/form';
import { canonicalFlag, formatFinding, groupParams, validateParams } from '../core/validation';
import { specOf } from '../core/wire';
import { contractError, missingParameter, type Answer } from './answer';
import { clip } from './echo';
import type { Behaviour, Params } from './handlers';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * `ignored`: in the realService behaviour, the parameters no source names, left out as the live
 * service leaves unknown form fields (the server logs them); the contract behaviour refuses them (1003).
 */
export function readParams(endpoint: EndpointSpec, headers: IncomingHttpHeaders, body: Buffer, behaviour: Behaviour): { params: Params; ignored: string[] } | Answer {
  const formProblem = checkContentType(headers['content-type']);
  if (formProblem) return contractError(PARAMETER_ERROR_CODE, formProblem);
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    return contractError(PARAMETER_ERROR_CODE, `the body (${body.length} bytes) is not valid UTF-8`);
  }
  const form = decodeForm(text);
  if (form.errors.length > 0) {
    return contractError(PARAMETER_ERROR_CODE, `bad percent-encoding at character ${form.errors[0].index}: "${clip(form.errors[0].text)}"`);
  }
  const ignored: string[] = [];
  const known = behaviour === 'realService' ? form.params.filter(([k]) => specOf(endpoint, k) || (ignored.push(k), false)) : form.params;
  // A flag in the other spelling (Go sends disablePush=false where the data says 0/1, or the reverse) is the same flag, in both behaviours.
  const pairs = known.map(([k, v]): [string, string] => {
    const spec = findParam(endpoint, k);
    return spec ? [k, canonicalFlag(spec, v)] : [k, v];
  });
  const findings = validateParams(endpoint, pairs);
  if (findings.length > 0) {
    const f = findings[0];
    if (behaviour === 'realService' && f.rule === 'missing') return missingParameter(f.field);
    // The finding names the parameter as sent: an unknown 100 KB key is clipped, with its length.
    const message = formatFinding({ ...f, field: clip(f.field, 64) });
    return contractError(f.code, message.replace(/^\d+ · /, ''));
  }
  return { params: groupParams(endpoint, pairs).values, ignored };
}

function checkContentType(value: string | undefined): string | undefined {
  if (value === FORM_CONTENT_TYPE) return undefined;
  const expected = `Content-Type must be ${FORM_CONTENT_TYPE} (UTF-8)`;
  if (value === undefined) return `${expected}; it is missing`;
  const [type, ...params] = value.split(';').map((s) => s.trim().toLowerCase());
  if (type !== FORM_CONTENT_TYPE) return `${expected}, not "${clip(value)}"`;
  for (const p of params) {
    const [k, v = ''] = p.split('=').map((s) => s.trim().replace(/^"|"$/g, ''));
    if (k === 'charset' && v !== 'utf-8' && v !== 'utf8') return `${expected}, not charset ${clip(v)}`;
  }
  return undefined;
}
