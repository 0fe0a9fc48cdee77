/**
 * A Rong request as parameters, whatever its wire shape (the contract data's `body` and `in`): a form
 * body (UTF-8, percent-encoded), a JSON body (jsonBody.ts: nested fields as dotted names), REST path
 * segments and a query string. Then the contract's rules (validateParams, the same as the
 * extension's) and the values grouped per parameter (groupParams: a repeated key is an array; a keyed
 * family's entries are also kept under their own names, `chatroom[room-1]`). A failure is an answer.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { findParam, FORM_CONTENT_TYPE, PARAMETER_ERROR_CODE, type EndpointSpec } from '../core/contract';
import { decodeForm } from '../core/form';
import { decodeJsonBody } from '../core/jsonBody';
import { canonicalFlag, formatFinding, groupParams, validateParams } from '../core/validation';
import { JSON_CONTENT_TYPE, keyedName, specOf, type Pairs } from '../core/wire';
import { contractError, missingParameter, type Answer } from './answer';
import { clip } from './echo';
import type { Behaviour, Params } from './handlers';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Where a request's parameters come from besides its body. */
export interface RequestSource {
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  /** The path template's values (`/v2/ultragroups/{groupId}`), decoded. */
  readonly pathParams?: Pairs;
  /** The raw query string, without `?`. */
  readonly query?: string;
}

/**
 * `ignored`: in the realService behaviour, the parameters no source names, left out as the live
 * service leaves unknown form fields (the server logs them); the contract behaviour refuses them (1003).
 */
export function readParams(endpoint: EndpointSpec, source: RequestSource, behaviour: Behaviour): { params: Params; ignored: string[] } | Answer {
  const sent: Array<readonly [string, string]> = [...(source.pathParams ?? [])];
  const ignored: string[] = [];
  if (source.query) {
    const form = decodeForm(source.query);
    if (form.errors.length > 0) return contractError(PARAMETER_ERROR_CODE, `bad percent-encoding in the query at character ${form.errors[0].index}: "${clip(form.errors[0].text)}"`);
    // Only a parameter the data places in the query is read from it; the rest of a query is not the request (as before: ignored).
    for (const [k, v] of form.params) if (specOf(endpoint, k)?.in === 'query') sent.push([k, v]);
  }
  const fromBody = endpoint.body === 'json' ? jsonPairs(endpoint, source, behaviour, ignored) : formPairs(endpoint, source, behaviour, ignored);
  if ('status' in fromBody) return fromBody;
  sent.push(...fromBody);
  // A flag in the other spelling (Go sends disablePush=false where the data says 0/1, or the reverse) is the same flag, in both behaviours.
  const pairs = sent.map(([k, v]): [string, string] => {
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
  const values = new Map<string, readonly string[]>(groupParams(endpoint, pairs).values);
  for (const [k, v] of pairs) if (keyedName(k)) values.set(k, [v]);
  return { params: values, ignored };
}

function formPairs(endpoint: EndpointSpec, source: RequestSource, behaviour: Behaviour, ignored: string[]): Pairs | Answer {
  if (source.body.length === 0 && endpoint.method !== 'POST') return [];
  const formProblem = checkContentType(source.headers['content-type'], FORM_CONTENT_TYPE);
  if (formProblem) return contractError(PARAMETER_ERROR_CODE, formProblem);
  const text = utf8Text(source.body);
  if (typeof text !== 'string') return text;
  const form = decodeForm(text);
  if (form.errors.length > 0) {
    return contractError(PARAMETER_ERROR_CODE, `bad percent-encoding at character ${form.errors[0].index}: "${clip(form.errors[0].text)}"`);
  }
  return behaviour === 'realService' ? form.params.filter(([k]) => specOf(endpoint, k) || (ignored.push(k), false)) : form.params;
}

function jsonPairs(endpoint: EndpointSpec, source: RequestSource, behaviour: Behaviour, ignored: string[]): Pairs | Answer {
  // Go sends REST calls with no body fields (UGGroupJoin's POST, the DELETEs and GETs) with no body and no Content-Type.
  if (source.body.length === 0 && endpoint.params.every((p) => p.in !== undefined)) return [];
  const problem = checkContentType(source.headers['content-type'], JSON_CONTENT_TYPE);
  if (problem) return contractError(PARAMETER_ERROR_CODE, problem);
  const text = utf8Text(source.body);
  if (typeof text !== 'string') return text;
  // Go sends its JSON bodies' numbers and booleans as strings ("startTime":"17…", "includeStart":"true"): read them as values.
  const decoded = decodeJsonBody(endpoint, text, { lenientScalars: true });
  for (const p of decoded.problems) {
    if (p.rule === 'unknownParam' && behaviour === 'realService') {
      ignored.push(p.field);
      continue;
    }
    const at = lineColumn(text, p.offset);
    const what: Record<typeof p.rule, string> = {
      notJson: `the body is not JSON (${p.detail ?? 'syntax error'})`,
      notObject: 'the body must be a JSON object',
      jsonType: `${clip(p.field, 64)} must be a JSON ${p.detail ?? 'value'}`,
      unknownParam: `unknown parameter ${clip(p.field, 64)}`,
      duplicateParam: `${clip(p.field, 64)} is given twice`,
    };
    return contractError(PARAMETER_ERROR_CODE, `${what[p.rule]} (at ${at})`);
  }
  return decoded.pairs.map((p) => [p.name, p.value] as const);
}

function utf8Text(body: Buffer): string | Answer {
  try {
    return utf8.decode(body);
  } catch {
    return contractError(PARAMETER_ERROR_CODE, `the body (${body.length} bytes) is not valid UTF-8`);
  }
}

/** "line 3, column 7" of an offset in a text. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

function checkContentType(value: string | undefined, wanted: string): string | undefined {
  if (value === wanted) return undefined;
  const expected = `Content-Type must be ${wanted} (UTF-8)`;
  if (value === undefined) return `${expected}; it is missing`;
  const [type, ...params] = value.split(';').map((s) => s.trim().toLowerCase());
  if (type !== wanted) return `${expected}, not "${clip(value)}"`;
  for (const p of params) {
    const [k, v = ''] = p.split('=').map((s) => s.trim().replace(/^"|"$/g, ''));
    if (k === 'charset' && v !== 'utf-8' && v !== 'utf8') return `${expected}, not charset ${clip(v)}`;
  }
  return undefined;
}
