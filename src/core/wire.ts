/**
 * What an endpoint's parameters look like on the wire, both ways: the one place that knows a form
 * body from a JSON body, a `{name}` path segment from a query parameter. Every surface holds a
 * request as canonical pairs (`[name, value]`, a JSON body's nested fields as dotted names, a
 * repeated value as several pairs) and crosses to the wire only here (encoding, paths) and in
 * jsonBody.ts (decoding a JSON body with positions, which needs a JSON parser activation never loads).
 */
import { ENDPOINTS, FORM_CONTENT_TYPE, type EndpointSpec, type JsonType, type ParamSpec } from './contract';
import { encodeForm, type FormParams } from './form';

export const JSON_CONTENT_TYPE = 'application/json';

export type Pairs = ReadonlyArray<readonly [string, string]>;

/** The Content-Type of the endpoint's body; undefined for a call that sends none (a REST GET or DELETE without body fields). */
export function contentTypeOf(endpoint: EndpointSpec): string | undefined {
  const sendsBody = hasBodyParams(endpoint) || endpoint.method === 'POST' || endpoint.method === 'PUT';
  if (!sendsBody) return undefined;
  return endpoint.body === 'json' ? JSON_CONTENT_TYPE : FORM_CONTENT_TYPE;
}

function hasBodyParams(endpoint: EndpointSpec): boolean {
  return endpoint.params.some((p) => p.in === undefined);
}

// ---- paths ---------------------------------------------------------------------------------

/** Whether the path names `{param}` segments. */
export function isPathTemplate(path: string): boolean {
  return path.indexOf('{') !== -1;
}

interface Template {
  readonly endpoint: EndpointSpec;
  readonly segments: readonly string[];
}

let templates: Template[] | undefined;
let byMethodPath: Map<string, EndpointSpec> | undefined;

/** Repeated slashes are one slash, as on the live service (the Go SDK asks for `//user/deactivate/query.json`). */
export function normalizePath(path: string): string {
  return path.replace(/\/{2,}/g, '/');
}

/**
 * The endpoint a method and path name, with the values of its path parameters. A literal path wins
 * over a template (`/v2/ultragroups/channels` is not `/v2/ultragroups/{groupId}`); without a method,
 * the first endpoint of that path.
 */
export function matchEndpoint(path: string, method?: string): { readonly endpoint: EndpointSpec; readonly pathParams: Pairs } | undefined {
  const clean = normalizePath(path);
  byMethodPath ??= new Map(ENDPOINTS.flatMap((e) => (isPathTemplate(e.path) ? [] : [[`${e.method} ${e.path}`, e] as const, [`* ${e.path}`, e] as const]).reverse()));
  const literal = byMethodPath.get(`${method ? method.toUpperCase() : '*'} ${clean}`);
  if (literal) return { endpoint: literal, pathParams: [] };
  templates ??= ENDPOINTS.filter((e) => isPathTemplate(e.path)).map((e) => ({ endpoint: e, segments: e.path.split('/') }));
  const parts = clean.split('/');
  for (const t of templates) {
    if (method && t.endpoint.method !== method.toUpperCase()) continue;
    if (t.segments.length !== parts.length) continue;
    const values: Array<readonly [string, string]> = [];
    let ok = true;
    for (let i = 0; i < parts.length && ok; i++) {
      const seg = t.segments[i];
      if (seg.startsWith('{') && seg.endsWith('}')) {
        const value = safeDecode(parts[i]);
        if (value === undefined || value.length === 0) ok = false;
        else values.push([seg.slice(1, -1), value]);
      } else ok = seg === parts[i];
    }
    if (ok) return { endpoint: t.endpoint, pathParams: values };
  }
  return undefined;
}

/** The endpoints sharing a path (a REST path with several methods); for "method not allowed". */
export function endpointsAtPath(path: string): EndpointSpec[] {
  const clean = normalizePath(path);
  return ENDPOINTS.filter((e) => e.path === clean || (isPathTemplate(e.path) && matchEndpoint(clean, e.method)?.endpoint === e));
}

function safeDecode(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}

/** The path with each `{name}` replaced by its value, percent-encoded; a missing one stays `{name}`, for validation to name. */
export function fillPath(endpoint: EndpointSpec, pairs: Pairs): string {
  if (!isPathTemplate(endpoint.path)) return endpoint.path;
  return endpoint.path.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const v = pairs.find(([k]) => k === name)?.[1];
    return v === undefined || v.length === 0 ? whole : encodeURIComponent(v);
  });
}

// ---- encoding ------------------------------------------------------------------------------

export interface WireParts {
  /** The path with its path parameters filled in. */
  readonly path: string;
  /** `?a=b…` or ''. */
  readonly query: string;
  readonly contentType?: string;
  readonly body: string;
}

/** Pairs split by where they travel: path and query by their spec, everything else (unknown names too) in the body. */
export function splitPairs(endpoint: EndpointSpec, pairs: Pairs): { readonly path: Pairs; readonly query: Pairs; readonly body: Pairs } {
  const path: Array<readonly [string, string]> = [];
  const query: Array<readonly [string, string]> = [];
  const body: Array<readonly [string, string]> = [];
  for (const pair of pairs) {
    const place = specOf(endpoint, pair[0])?.in;
    (place === 'path' ? path : place === 'query' ? query : body).push(pair);
  }
  return { path, query, body };
}

/** The request's path, query and body for the endpoint, from canonical pairs. `pretty` indents a JSON body (for `.rong.http`). */
export function encodeRequestParts(endpoint: EndpointSpec, pairs: Pairs, options: { readonly pretty?: boolean } = {}): WireParts {
  const split = splitPairs(endpoint, pairs);
  const path = fillPath(endpoint, split.path);
  const query = split.query.length > 0 ? `?${encodeForm(split.query)}` : '';
  const contentType = contentTypeOf(endpoint);
  if (endpoint.body !== 'json') return { path, query, ...(contentType ? { contentType } : {}), body: encodeForm(split.body) };
  if (contentType === undefined && split.body.length === 0) return { path, query, body: '' };
  return { path, query, contentType, body: JSON.stringify(pairsToJson(endpoint, split.body), undefined, options.pretty ? 2 : undefined) };
}

/** The JSON type a parameter's value has in a JSON body (see JsonType). */
export function jsonTypeOf(spec: ParamSpec): JsonType {
  if (spec.jsonType) return spec.jsonType;
  if (spec.repeated) return 'array';
  switch (spec.kind) {
    case 'integer':
    case 'timestampMs':
      return 'number';
    case 'flag':
      return (spec.flagValues ?? ['0', '1'])[1] === 'true' ? 'boolean' : 'number';
    case 'json':
      return 'any';
    default:
      return 'string';
  }
}

/** The JSON type of one element of a repeated parameter. */
export function elementType(spec: ParamSpec): JsonType {
  return jsonTypeOf({ ...spec, repeated: undefined, jsonType: undefined });
}

/** A canonical value as JSON: a number or boolean when it reads as one (validation names it otherwise), parsed JSON for json values. */
function toJsonValue(type: JsonType, value: string): unknown {
  switch (type) {
    case 'number': {
      const n = Number(value);
      return value.trim() !== '' && Number.isFinite(n) ? n : value;
    }
    case 'boolean':
      return value === 'true' ? true : value === 'false' ? false : value;
    case 'object':
    case 'array':
    case 'any':
      try {
        return JSON.parse(value) as unknown;
      } catch {
        return value;
      }
    default:
      return value;
  }
}

/** Canonical pairs as a JSON object: dotted names nest, repeated parameters are arrays, unknown names stay strings. */
export function pairsToJson(endpoint: EndpointSpec, pairs: Pairs): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [name, value] of pairs) {
    const spec = specOf(endpoint, name);
    const parts = name.split('.');
    let node = root;
    for (const part of parts.slice(0, -1)) {
      const next = node[part];
      if (typeof next === 'object' && next !== null && !Array.isArray(next)) node = next as Record<string, unknown>;
      else node = node[part] = {};
    }
    const leaf = parts[parts.length - 1];
    if (spec?.repeated && jsonTypeOf(spec) === 'array' && !spec.jsonType) {
      const list = Array.isArray(node[leaf]) ? (node[leaf] as unknown[]) : (node[leaf] = []);
      (list as unknown[]).push(toJsonValue(elementType(spec), value));
    } else node[leaf] = spec ? toJsonValue(jsonTypeOf(spec), value) : value;
  }
  return root;
}

// ---- decoding ------------------------------------------------------------------------------

/** The parameter a canonical name stands for: its own spec, or a keyed family's (`chatroom[room-1]` → `chatroom`). */
export function specOf(endpoint: EndpointSpec, name: string): ParamSpec | undefined {
  const direct = endpoint.params.find((p) => p.name === name);
  if (direct) return direct;
  const key = keyedName(name);
  return key ? endpoint.params.find((p) => p.keyed && p.name === key.family) : undefined;
}

/** `chatroom[room-1]` → family `chatroom`, key `room-1`. */
export function keyedName(name: string): { readonly family: string; readonly key: string } | undefined {
  const open = name.indexOf('[');
  if (open <= 0 || !name.endsWith(']')) return undefined;
  return { family: name.slice(0, open), key: name.slice(open + 1, -1) };
}

export type { FormParams };
