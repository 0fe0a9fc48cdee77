/**
 * Request resolution: a request block of a document with its variables substituted and its
 * parameters read as canonical pairs (path and query from the target, a form or JSON body), ready
 * for request.ts's buildRequest, plus what could not be resolved.
 */
import type { EndpointSpec } from '../../contract';
import { decodeJsonBody } from '../../jsonBody';
import { decodeForm } from '../parser/decode';
import { jsonBodyRange, type JsonBodyText, type RequestBlock, type Range, type RongHttpDocument, type VariableDefinition } from '../model';
import { matchTarget, queryPairs, substituteText, takesQuery } from '../requestParts';
import { hasHttpScheme } from '../parser';
import { lazyRequestNames, parseRequestReference, type ExchangeStore } from '../exchanges';
import { syntaxMessage } from '../messages';
import { hostFromHeader, hostFromVariable, type HostRead, type HostSource } from '../host';
import { checkSystemVariable, liveSystemVariables, type LiveDeps } from './system';
import { callbackContentType, callbackEndpoint, callbackKindOf, type CallbackKind } from '../callback';
import { encodeForm } from '../../form';
import { MAX_VARIABLE_DEPTH, MAX_VARIABLE_LENGTH, VariableResolver, type Substitution } from './resolver';

/** The path of a target (`/user/getToken.json`, `https://host/user/getToken.json?x`) without query or fragment. */
export function targetPath(target: string): string {
  let start = 0;
  if (hasHttpScheme(target, 0)) {
    const afterScheme = target.indexOf('//') + 2;
    const slash = target.indexOf('/', afterScheme);
    if (slash === -1) return '/';
    start = slash;
  }
  let end = target.length;
  const q = target.indexOf('?', start);
  if (q !== -1) end = q;
  const h = target.indexOf('#', start);
  if (h !== -1 && h < end) end = h;
  return target.slice(start, end);
}

export interface ResolveDeps extends LiveDeps {
  /** Base URL of the active profile (e.g. https://api.rong-api.com) for path-only targets. */
  readonly baseUrl?: string;
  /** Latest exchanges of named requests, for `{{name.response.body.x}}`; without it they are stand-ins. */
  readonly exchanges?: ExchangeStore;
}

export interface ResolveProblem {
  readonly message: string;
  readonly range?: Range;
  /**
   * An undefined file variable: REST Client sends `{{name}}` as written, so the editor may too
   * after "Send Anyway" (its diagnostic is an error); the runner refuses every problem.
   */
  readonly sendable?: boolean;
}

/** A request ready for request.ts's buildRequest: variables substituted, values decoded. */
export interface ResolvedRequest {
  readonly name?: string;
  /** From `# @profile NAME`; undefined means the active profile. */
  readonly profile?: string;
  /** Upper case; 'GET' when the line has no method (as REST Client does). */
  readonly method: string;
  /** The target with variables substituted. */
  readonly target: string;
  /** The target when it is a full URL, else the named host (or deps.baseUrl) + target. */
  readonly url?: string;
  /**
   * The host the request names, which replaces the profile's hosts when sending or signing: for a
   * full URL of a known endpoint, the URL before the endpoint's path (`https://host/prefix`); for a
   * relative target, its `Host:` header (REST Client) or the `@host` variable (httpyac).
   */
  readonly baseUrl?: string;
  /** Where baseUrl came from; undefined when the request names no host (the profile's host applies). */
  readonly hostFrom?: HostSource;
  /** The target's path without query: '/user/getToken.json'. */
  readonly path: string;
  readonly endpoint?: EndpointSpec;
  /** Every header as written (signing headers included), values substituted. */
  readonly headers: ReadonlyArray<readonly [string, string]>;
  /**
   * The canonical pairs in order: path parameters from the target, query parameters, then the body
   * (a form's pieces decoded, or a JSON body's fields as dotted names; core/wire.ts).
   */
  readonly params: ReadonlyArray<readonly [string, string]>;
  /** A Nonce header that does not depend on a system variable. */
  readonly fixedNonce?: string;
  readonly fixedTimestamp?: string;
  /** A Signature header: used as written. */
  readonly explicitSignature?: string;
  readonly explicitAppKey?: string;
  /** 'exact' when nonce and timestamp are fixed (the signature can be shown as it will be sent). */
  readonly signing: 'exact' | 'preview';
  /** References that could not be resolved, values that cannot be decoded (English). */
  readonly problems: readonly ResolveProblem[];
  /** `# @callback KIND`: sent to `url` as Rong signs callbacks, with this body (../callback.ts). */
  readonly callback?: ResolvedCallback;
}

export interface ResolvedCallback {
  readonly kind: CallbackKind;
  /** The receiver's full URL, its own query kept ('' when the request names no host: a problem says so). */
  readonly url: string;
  /** The record the HTTP client takes for it (no parameters: the contract does not apply). */
  readonly endpoint: EndpointSpec;
  /** The body as written, variables substituted (a form's pieces re-encoded). */
  readonly body: string;
  /** The request's own Content-Type, else the kind's. */
  readonly contentType: string;
}

/** Substitution and decoding for one resolution, collecting what could not be resolved. */
class Resolution {
  readonly problems: ResolveProblem[] = [];
  constructor(private readonly resolver: VariableResolver) {}

  sub(text: string, range: Range): Substitution {
    const s = this.resolver.substitute(text);
    for (const name of s.unresolved) {
      const sendable = !name.startsWith('$') && !parseRequestReference(name) && this.resolver.variable(name).state === 'undefined';
      this.problems.push({ message: unresolvedMessage(this.resolver, name), range, ...(sendable ? { sendable } : {}) });
    }
    if (!s.complete && s.unresolved.length === 0) this.problems.push({ message: `the value grows past ${MAX_VARIABLE_LENGTH} characters`, range });
    return s;
  }

  decode(raw: string, range: Range): string {
    const decoded = decodeForm(raw);
    if (decoded !== undefined) return decoded;
    this.problems.push({ message: `"${clip(raw)}" is not valid percent-encoding`, range });
    return raw;
  }
}

type SigningHeaders = Pick<ResolvedRequest, 'headers' | 'fixedNonce' | 'fixedTimestamp' | 'explicitSignature' | 'explicitAppKey'>;

function resolveHeaders(block: RequestBlock, r: Resolution): SigningHeaders {
  const headers: Array<readonly [string, string]> = [];
  let fixedNonce: string | undefined;
  let fixedTimestamp: string | undefined;
  let explicitSignature: string | undefined;
  let explicitAppKey: string | undefined;
  for (const h of block.headers) {
    const s = r.sub(h.value, h.valueRange);
    headers.push([h.name, s.text]);
    const fixed = !s.dynamic && s.complete;
    switch (h.name.toLowerCase()) {
      case 'nonce':
        fixedNonce = fixed ? s.text : undefined;
        break;
      case 'timestamp':
        fixedTimestamp = fixed ? s.text : undefined;
        break;
      case 'signature':
        explicitSignature = s.text;
        break;
      case 'app-key':
        explicitAppKey = s.text;
        break;
      default:
        break;
    }
  }
  return { headers, fixedNonce, fixedTimestamp, explicitSignature, explicitAppKey };
}

function resolveParams(block: RequestBlock, r: Resolution): Array<readonly [string, string]> {
  const params: Array<readonly [string, string]> = [];
  for (const p of block.params) {
    if (!p.hasReferences) {
      params.push([p.name, p.value ?? r.decode(p.rawValue, p.valueRange)]);
      continue;
    }
    const n = r.sub(p.rawName, p.nameRange);
    const v = r.sub(p.rawValue, p.valueRange);
    params.push([r.decode(n.text, p.nameRange), r.decode(v.text, p.valueRange)]);
  }
  return params;
}

/** A full-URL target's URL without the endpoint's path: where to send instead of the profile's hosts. */
function baseUrlOf(url: string, endpoint: EndpointSpec | undefined): string | undefined {
  if (!endpoint) return undefined;
  try {
    // The endpoint was matched on the whole path (a template too), so the base is the origin.
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** A form body; refused for a JSON endpoint, whose body the codec would re-encode as JSON behind the writer's back. */
function resolveFormBody(block: RequestBlock, endpoint: EndpointSpec | undefined, r: Resolution): Array<readonly [string, string]> {
  if (endpoint?.body === 'json' && block.params.length > 0) r.problems.push({ message: `${endpoint.path} takes a JSON body ({"name": value, …}), not a form`, range: block.bodyLines[0]?.range });
  return resolveParams(block, r);
}

/** The range of a whole JSON body (for a problem that belongs to no one field). */
function bodyRange(body: JsonBodyText): Range {
  const first = body.lines[0].range;
  const last = body.lines[body.lines.length - 1].range;
  return { startLine: first.startLine, startCharacter: first.startCharacter, endLine: last.endLine, endCharacter: last.endCharacter };
}

/**
 * A JSON body's fields as canonical pairs, after substitution. What the codec would not send back
 * as written (bad JSON, unknown fields, a value of the wrong JSON type) is a problem: the request is
 * re-encoded from the pairs, so such a body is refused rather than sent changed.
 */
function resolveJsonBody(body: JsonBodyText, endpoint: EndpointSpec | undefined, r: Resolution): Array<readonly [string, string]> {
  const whole = bodyRange(body);
  const s = substituteText(body.text, (ref) => r.sub(ref, whole));
  if (!endpoint || endpoint.body !== 'json') {
    if (endpoint) r.problems.push({ message: `${endpoint.path} takes a form body (name=value&…), not JSON`, range: whole });
    return [];
  }
  const decoded = decodeJsonBody(endpoint, s.text);
  for (const p of decoded.problems) {
    const at = s.toWritten(p.offset, p.length);
    r.problems.push({ message: jsonProblemMessage(p.rule, p.field, p.detail), range: jsonBodyRange(body, at.offset, at.length) });
  }
  return decoded.pairs.map((p) => [p.name, p.value] as const);
}

function jsonProblemMessage(rule: string, field: string, detail: string | undefined): string {
  switch (rule) {
    case 'notJson':
      return `the body is not JSON (${detail ?? 'syntax'})`;
    case 'notObject':
      return 'the JSON body must be an object';
    case 'jsonType':
      return `the JSON field ${field} must be of type ${detail ?? '?'}, so it cannot be sent as written`;
    case 'duplicateParam':
      return `the JSON field ${field} is given twice`;
    default:
      return `the JSON field ${field} is not a parameter of this endpoint, so it cannot be sent as written`;
  }
}

/**
 * Resolves the request of doc.blocks[requestIndex] with fresh system variables. Undefined when the
 * block has no request line or no target. Syntax problems are the diagnostics' business.
 */
export function resolveRequest(doc: RongHttpDocument, requestIndex: number, deps: ResolveDeps = {}): ResolvedRequest | undefined {
  const block: RequestBlock | undefined = doc.blocks[requestIndex];
  const target = block?.request?.target;
  if (!block || !block.request || !target) return undefined;
  const r = new Resolution(new VariableResolver(doc.variables, liveSystemVariables(deps), { names: lazyRequestNames(doc), store: deps.exchanges }));
  const resolvedTarget = r.sub(target.text, target.range).text;
  const path = targetPath(resolvedTarget);
  const method = block.request.method ? block.request.method.text.toUpperCase() : 'GET';
  // The endpoint of the path (a REST template too); under another method it stays known, for "method not allowed".
  const matched = matchTarget(path, method);
  const endpoint = matched?.endpoint;
  const full = hasHttpScheme(resolvedTarget, 0);
  let url: string | undefined;
  if (full) url = resolvedTarget;
  else if (deps.baseUrl && resolvedTarget.startsWith('/')) url = deps.baseUrl.replace(/\/+$/, '') + resolvedTarget;
  const callbackKind = callbackKindOf(block);
  if (callbackKind) return resolveCallback(doc, block, callbackKind, { target: resolvedTarget, path, method, url, full }, r);
  // The send path builds the URL from the endpoint's parameters: a query is read for an endpoint that takes one, else refused.
  const query = queryOf(resolvedTarget);
  let fromQuery: Array<readonly [string, string]> = [];
  if (query && takesQuery(endpoint)) {
    const pairs = queryPairs(query);
    if (pairs) fromQuery = pairs;
    else r.problems.push({ message: `the query string "${clip(query)}" is not valid percent-encoding`, range: target.range });
  } else if (query) r.problems.push({ message: `the query string "${clip(query)}" is not sent: Rong reads parameters from the form body; move them into the body`, range: target.range });
  // What REST Client/httpyac would send but this one cannot: refused, never sent half-read.
  for (const p of block.problems) if (p.kind === 'queryContinuation' || p.kind === 'fileBody') r.problems.push({ message: syntaxMessage(p, 'en'), range: p.range });
  const headers = resolveHeaders(block, r);
  const named = full ? undefined : namedHost(doc, headers.headers, r);
  if (named) url = named.baseUrl + resolvedTarget;
  const fullBase = full ? baseUrlOf(resolvedTarget, endpoint) : undefined;
  return {
    name: block.name,
    profile: block.profile?.value,
    method,
    target: resolvedTarget,
    url,
    baseUrl: fullBase ?? named?.baseUrl,
    hostFrom: fullBase ? 'url' : named?.from,
    path,
    endpoint,
    ...headers,
    params: [...(matched?.pathParams ?? []), ...fromQuery, ...(block.jsonBody ? resolveJsonBody(block.jsonBody, endpoint, r) : resolveFormBody(block, endpoint, r))],
    signing: headers.fixedNonce !== undefined && headers.fixedTimestamp !== undefined ? 'exact' : 'preview',
    problems: r.problems,
  };
}

interface TargetRead {
  readonly target: string;
  readonly path: string;
  readonly method: string;
  readonly url: string | undefined;
  readonly full: boolean;
}

/** A `# @callback` request: its URL's query kept (the signature is appended), its body as written; no endpoint. */
function resolveCallback(doc: RongHttpDocument, block: RequestBlock, kind: CallbackKind, t: TargetRead, r: Resolution): ResolvedRequest {
  const headers = resolveHeaders(block, r);
  const named = t.full ? undefined : namedHost(doc, headers.headers, r);
  const url = named ? named.baseUrl + t.target : t.url;
  const params = block.jsonBody ? [] : resolveParams(block, r);
  let body: string;
  if (block.jsonBody) body = substituteText(block.jsonBody.text, (ref) => r.sub(ref, bodyRange(block.jsonBody as JsonBodyText))).text;
  else if (kind === 'routing' && params.length > 0) body = encodeForm(params);
  else body = block.bodyLines.map((l) => r.sub(l.text, l.range).text).join('\n');
  if (url === undefined) r.problems.push({ message: `@callback ${kind}: ${clip(t.target)} names no host; write your receiver's full URL (POST http://localhost:8080/rong/route)`, range: block.request?.target?.range });
  const given = headers.headers.find(([k]) => k.toLowerCase() === 'content-type')?.[1];
  return {
    name: block.name,
    profile: block.profile?.value,
    method: t.method,
    target: t.target,
    url,
    baseUrl: url !== undefined ? originOf(url, r) : undefined,
    hostFrom: t.full ? 'url' : named?.from,
    path: t.path,
    ...headers,
    // The body is the callback's own (below): no contract parameters to check against.
    params: [],
    signing: 'preview',
    problems: r.problems,
    callback: { kind, url: url ?? '', endpoint: callbackEndpoint(kind, t.path), body, contentType: given ?? callbackContentType(kind) },
  };
}

function originOf(url: string, r: Resolution): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    r.problems.push({ message: `"${clip(url)}" is not a URL a callback can be sent to` });
    return undefined;
  }
}

/** A relative target's host: its Host header, else @host; a bad one is a problem, never the profile's host. */
function namedHost(doc: RongHttpDocument, headers: ReadonlyArray<readonly [string, string]>, r: Resolution): { baseUrl: string; from: HostSource } | undefined {
  const header = headers.find(([k]) => k.toLowerCase() === 'host');
  let read: HostRead = header ? hostFromHeader(header[1]) : undefined;
  if (!read && !header) {
    let def: VariableDefinition | undefined;
    for (const d of doc.variables) if (d.name === 'host') def = d;
    if (def) {
      const v = r.sub(def.value, def.valueRange);
      read = v.complete ? hostFromVariable(v.text) : { problem: '@host cannot be resolved, so the request has no host' };
    }
  }
  if (!read) return undefined;
  if ('problem' in read) {
    r.problems.push({ message: read.problem });
    return undefined;
  }
  return read.host;
}

function unresolvedMessage(resolver: VariableResolver, name: string): string {
  if (name === '$processEnv') return '{{$processEnv NAME}}: NAME is not set in the environment (or %NAME, which is not supported; an App Secret such as RONG_APP_SECRET is never read)';
  if (name === '$dotenv') return '{{$dotenv NAME}}: NAME is not in a .env file beside this file (rong-http run reads that file; the editor does not yet), or %NAME, which is not supported; an App Secret such as RONG_APP_SECRET is never read';
  const ref = parseRequestReference(name);
  if (ref && resolver.exchangeOf(ref.request) === false) return `{{${name}}}: the request named ${ref.request} has not run yet`;
  if (ref && resolver.exchangeOf(ref.request) === true) return `{{${name}}}: the latest exchange of ${ref.request} has no ${ref.part} ${ref.section} ${ref.path.join('.')}`.trimEnd();
  if (name.startsWith('$')) {
    return checkSystemVariable(name, []) === 'unknown'
      ? `{{${name}}} is not a known system variable`
      : `{{${name}}} has bad arguments`;
  }
  const v = resolver.variable(name);
  switch (v.state) {
    case 'undefined':
      return `{{${name}}} is not defined`;
    case 'cycle':
      return `{{${name}}} is part of a cycle: ${(v.cycle ?? []).join(' → ')}`;
    case 'tooDeep':
      return `{{${name}}} nests variables deeper than ${MAX_VARIABLE_DEPTH}`;
    case 'tooLong':
      return `{{${name}}} grows past ${MAX_VARIABLE_LENGTH} characters`;
    default:
      return `{{${name}}} uses a variable that cannot be resolved`;
  }
}

/** The query of a target ('?a=1'), or '' (a fragment is never sent, by HTTP clients either). */
function queryOf(target: string): string {
  const q = target.indexOf('?');
  if (q === -1) return '';
  const h = target.indexOf('#', q);
  return target.slice(q, h === -1 ? undefined : h);
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/**
 * What `evaluateAssertions` needs to expand {{…}} in expected values: the document's variables,
 * system variables and chained references (`{{register.response.body.token}}`) read from
 * `deps.exchanges`; undefined when something in the text cannot be resolved.
 */
export function expectedValueResolver(doc: RongHttpDocument, deps: ResolveDeps = {}): ExpectedValueResolver {
  const resolver = new VariableResolver(doc.variables, liveSystemVariables(deps), { names: lazyRequestNames(doc), store: deps.exchanges });
  const resolve = (text: string) => {
    const s = resolver.substitute(text);
    return s.complete ? s.text : undefined;
  };
  return Object.assign(resolve, { tokens: resolver.tokens });
}

/** Expands {{…}} in an expected value; `tokens`: the token values it read, which results show masked. */
export type ExpectedValueResolver = ((text: string) => string | undefined) & { readonly tokens?: ReadonlySet<string> };
