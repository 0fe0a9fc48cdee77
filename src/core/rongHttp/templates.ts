/**
 * "New .rong.http File" templates, one per endpoint, made from the contract data: a `###` title,
 * the description as a comment, the request line, then the parameters with their example values
 * (optional ones commented out, repeated ones shown twice). No endpoint is named here.
 */
import type { EndpointSpec, ParamSpec } from '../contract';
import { sampleName, sampleValue } from '../examples';
import { pick, type Locale, type Text } from '../text';
import { describeRule } from '../validation';
import { isPathTemplate, pairsToJson } from '../wire';
import { printRequest } from './print';
import { takesQuery } from './requestParts';

const FILE_HEADER: Text = {
  en: 'Signed with the active profile: no secret goes into this file.',
  zh: '使用当前配置签名：此文件中不含任何密钥。',
};
const REPEATED: Text = { en: 'repeat the key once per value', zh: '每个值重复一次参数名' };
const OPTIONAL: Text = { en: 'optional', zh: '可选' };

/** The next value of a repeated parameter: "user-1" → "user-2", "team" → "team-2". */
function secondValue(value: string): string {
  const m = /^(.*?)(\d+)$/.exec(value);
  return m ? `${m[1]}${Number(m[2]) + 1}` : `${value}-2`;
}

/**
 * Form-escapes only what a form body or the file's syntax would misread (`%&+=`, spaces, `{{`),
 * so that an example such as `{"content":"hello"}` stays readable.
 */
export function templateEscape(value: string): string {
  return value
    .replace(/[%&+=#\u0000-\u001f\u007f]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
    .replace(/ /g, '+')
    .replace(/\{\{/g, '%7B%7B')
    .replace(/\}\}/g, '%7D%7D');
}

/** The name of a parameter's n-th sample value: its own, or a keyed family's with a key of its own (`chatroom[chatroom-2]`). */
function nthName(spec: ParamSpec, n: number): string {
  return n === 0 ? sampleName(spec) : spec.keyed ? `${spec.name}[${secondValue(`${spec.name}-1`)}]` : spec.name;
}

function paramLines(spec: ParamSpec, locale: Locale): string[] {
  const value = sampleValue(spec);
  const pair = (v: string, n = 0) => `${templateEscape(nthName(spec, n))}=${templateEscape(v)}`;
  if (!spec.required) return [`# ${pick(OPTIONAL, locale)}: ${describeRule(spec, locale)}`, `# &${pair(value)}`];
  if (!spec.repeated) return [`&${pair(value)}`];
  return [`&${pair(value)}`, `# ${spec.name}: ${pick(REPEATED, locale)} (${describeRule(spec, locale)})`, `&${pair(secondValue(value), 1)}`];
}

/** The required parameters with sample values (a repeated one twice), for a template or a body skeleton. */
function requiredSamples(endpoint: EndpointSpec): Array<readonly [string, string]> {
  const pairs: Array<readonly [string, string]> = [];
  for (const p of endpoint.params) {
    if (!p.required) continue;
    const value = sampleValue(p);
    pairs.push([nthName(p, 0), value]);
    if (p.repeated) pairs.push([nthName(p, 1), secondValue(value)]); // two values, as the form template shows a repeated key twice
  }
  return pairs;
}

/** A JSON endpoint's body with its required fields' sample values, indented (completion's `{…}`). */
export function jsonSkeleton(endpoint: EndpointSpec): string {
  const body = requiredSamples(endpoint).filter(([name]) => endpoint.params.find((p) => p.name === name)?.in === undefined);
  return JSON.stringify(pairsToJson(endpoint, body), undefined, 2);
}

/**
 * A JSON-body or REST-style endpoint's block, printed by print.ts (the one writer): its path filled
 * and its required fields in an indented JSON body; optional fields listed as comments above the
 * request line (a JSON body has no comments).
 */
function wireTemplate(endpoint: EndpointSpec, locale: Locale): string {
  const pairs = requiredSamples(endpoint);
  const printed = printRequest({ name: pick(endpoint.title, locale), method: endpoint.method, target: endpoint.path, headers: [], params: pairs, endpoint });
  const optional = endpoint.params.filter((p) => !p.required).map((p) => `# ${pick(OPTIONAL, locale)}: ${p.name} — ${describeRule(p, locale)}`);
  const newline = printed.indexOf('\n');
  return [printed.slice(0, newline), `# ${pick(endpoint.description, locale)}`, ...optional, printed.slice(newline + 1)].join('\n');
}

/** One request block for the endpoint; required parameters first, so the first body line has no '&'. */
export function requestTemplate(endpoint: EndpointSpec, locale: Locale = 'en'): string {
  if (endpoint.body === 'json' || isPathTemplate(endpoint.path) || takesQuery(endpoint)) return wireTemplate(endpoint, locale);
  const ordered = [...endpoint.params.filter((p) => p.required), ...endpoint.params.filter((p) => !p.required)];
  const body = ordered.flatMap((p) => paramLines(p, locale));
  const first = body.findIndex((l) => l.startsWith('&'));
  if (first >= 0) body[first] = body[first].slice(1);
  return [`### ${pick(endpoint.title, locale)}`, `# ${pick(endpoint.description, locale)}`, `${endpoint.method} ${endpoint.path}`, '', ...body, ''].join('\n');
}

/** A new file: the reminder that no secret goes in, then the endpoint's request. */
export function fileTemplate(endpoint: EndpointSpec, locale: Locale = 'en'): string {
  return `# ${pick(FILE_HEADER, locale)}\n\n${requestTemplate(endpoint, locale)}`;
}
