/**
 * One request made ready to send: resolved by the core (variables, system variables), checked
 * (its endpoint's method, a known endpoint, every reference resolved) and given its host. A request that names its
 * host (a full URL, a `Host:` header, an `@host` variable, as REST Client and httpyac read them)
 * keeps it; only the others go to --base-url or the sandbox.
 */
import type { EndpointSpec } from '../core/contract';
import { ENDPOINTS } from '../core/contract';
import { endpointsAtPath } from '../core/wire';
import { callbackDirective, isCallbackKind, resolveRequest, unknownCallbackKindMessage, type ResolveDeps, type ResolvedCallback, type ResolvedRequest, type RongHttpDocument } from '../core/rongHttp';
import type { CallbackRequest } from '../core/callbackRequest';

export interface PreparedRequest {
  readonly title: string;
  readonly line: number;
  readonly endpoint: EndpointSpec;
  readonly params: ReadonlyArray<readonly [string, string]>;
  readonly headers: ReadonlyArray<readonly [string, string]>;
  readonly nonce?: string;
  readonly timestamp?: string;
  /** Origin plus any path prefix, e.g. http://127.0.0.1:1234. */
  readonly baseUrl: string;
  /** Where the base URL came from: the request itself, or the run's default. */
  readonly hostFrom: 'request' | 'run';
  /** `# @callback`: sent to the app's own server, signed in the query (core/rongHttp/callback.ts). */
  readonly callback?: CallbackRequest;
}

export type Preparation = { readonly ok: true; readonly request: PreparedRequest } | { readonly ok: false; readonly line: number; readonly message: string };

/** `defaultBase`: --base-url or the sandbox's URL, for requests that name no host. */
export function prepareRequest(doc: RongHttpDocument, blockIndex: number, defaultBase: string | undefined, deps: ResolveDeps = {}): Preparation {
  const block = doc.blocks[blockIndex];
  const line = (block?.request?.range.startLine ?? block?.startLine ?? 0) + 1;
  const resolved = resolveRequest(doc, blockIndex, deps);
  if (!resolved) return { ok: false, line, message: 'there is no request here (a request starts with a line like "POST /user/getToken.json")' };
  if (resolved.callback) return prepareCallback(resolved, resolved.callback, line);
  const directive = block && callbackDirective(block);
  if (directive && !isCallbackKind(directive.value.trim())) return { ok: false, line: directive.range.startLine + 1, message: unknownCallbackKindMessage(directive.value.trim(), 'en') };
  const endpoint = resolved.endpoint;
  if (!endpoint) return { ok: false, line, message: `unknown endpoint ${resolved.path}; known: ${ENDPOINTS.map((e) => e.path).join(', ')}` };
  // The endpoint's own method: POST for every .json path, GET/PUT/DELETE for some REST-style /v2 calls.
  if (resolved.method !== endpoint.method) return { ok: false, line, message: `${resolved.path} takes ${methodsAt(resolved.path)}, not ${resolved.method}` };
  const problem = resolved.problems[0];
  if (problem) return { ok: false, line: problem.range ? problem.range.startLine + 1 : line, message: problem.message };
  // The core names the host from a full URL, a Host header or @host; the run's default only fills in.
  const named = resolved.baseUrl;
  const baseUrl = named ?? defaultBase;
  if (!baseUrl) return { ok: false, line, message: `${resolved.target} names no host: give --base-url URL or --sandbox, or write the full URL` };
  return {
    ok: true,
    request: {
      title: resolved.name ?? `${endpoint.method} ${endpoint.path}`,
      line,
      endpoint,
      params: resolved.params,
      headers: resolved.headers.filter(([k]) => k.toLowerCase() !== 'host'),
      nonce: resolved.fixedNonce,
      timestamp: resolved.fixedTimestamp,
      baseUrl,
      hostFrom: named ? 'request' : 'run',
    },
  };
}

/** A callback to the app's own server: a POST to the receiver's URL, signed at sending (core/rongHttp/callback.ts). */
function prepareCallback(resolved: ResolvedRequest, cb: ResolvedCallback, line: number): Preparation {
  if (resolved.method !== 'POST') return { ok: false, line, message: `@callback ${cb.kind}: Rong POSTs its callbacks, not ${resolved.method}` };
  const problem = resolved.problems[0];
  if (problem) return { ok: false, line: problem.range ? problem.range.startLine + 1 : line, message: problem.message };
  return {
    ok: true,
    request: {
      title: resolved.name ?? `callback ${cb.kind} ${resolved.path}`,
      line,
      endpoint: cb.endpoint,
      params: resolved.params,
      headers: resolved.headers.filter(([k]) => k.toLowerCase() !== 'host'),
      nonce: resolved.fixedNonce,
      timestamp: resolved.fixedTimestamp,
      baseUrl: resolved.baseUrl ?? cb.url,
      hostFrom: 'request',
      callback: { url: cb.url, body: cb.body, contentType: cb.contentType },
    },
  };
}

/** The methods a path takes, e.g. "GET, DELETE". */
function methodsAt(path: string): string {
  return [...new Set(endpointsAtPath(path).map((e) => e.method))].join(', ');
}
