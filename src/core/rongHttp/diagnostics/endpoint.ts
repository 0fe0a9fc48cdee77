/** The request line: a known endpoint (or "did you mean"), its method, and no query string. */
import { ENDPOINTS, type EndpointSpec } from '../../contract';
import { endpointsAtPath, type Pairs } from '../../wire';
import type { RequestBlock } from '../model';
import { message } from '../messages';
import { hasHttpScheme } from '../parser';
import { targetPath } from '../variables';
import { matchTarget, queryPairs, takesQuery } from '../requestParts';
import { checkedValue, type DiagnosticEnvironment } from './environment';
import { record, type DiagnosticRecord } from './record';

/** Levenshtein distance, for "did you mean" on endpoint paths (short strings only). */
function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3 || a.length > 200) return 99;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

function suggestEndpoint(path: string): EndpointSpec | undefined {
  const lower = path.toLowerCase();
  let best: EndpointSpec | undefined;
  let bestDistance = 4;
  for (const e of ENDPOINTS) {
    const d = e.path.toLowerCase() === lower ? 0 : distance(lower, e.path.toLowerCase());
    if (d < bestDistance) {
      best = e;
      bestDistance = d;
    }
  }
  return best;
}

/** The endpoint a request names, with the parameters its target carries (path segments, query). */
export interface TargetEndpoint {
  readonly endpoint: EndpointSpec;
  /** Path parameters, then query parameters (when the endpoint reads a query). */
  readonly targetPairs: Pairs;
}

const NO_PAIRS: Pairs = [];

/** Checks the target and method; returns the endpoint when the target names a known one. */
export function endpointDiagnostics(block: RequestBlock, env: DiagnosticEnvironment, out: DiagnosticRecord[]): TargetEndpoint | undefined {
  const request = block.request;
  const target = request?.target;
  if (!request || !target) return undefined;
  const locale = env.locale;
  const t = checkedValue(env, target.text);
  if (!t.complete) return undefined;
  if (!hasHttpScheme(t.text, 0) && !t.text.startsWith('/')) {
    // The parser reports a literal relative target; here only what variables produced.
    if (target.text.startsWith('{{')) out.push(record(target.range, 'error', 'unsupportedScheme', message('unsupportedScheme', locale)));
    return undefined;
  }
  const path = targetPath(t.text);
  const method = request.method;
  const matched = matchTarget(path, method ? method.text : 'GET');
  const endpoint = matched?.endpoint;
  let query: Pairs = NO_PAIRS;
  const q = t.text.indexOf('?');
  if (q !== -1) {
    const read = takesQuery(endpoint) ? queryPairs(t.text.slice(q, hashAt(t.text, q))) : undefined;
    if (read) query = read;
    else {
      const at = target.text.indexOf('?');
      const range = at === -1 ? target.range : { ...target.range, startCharacter: target.range.startCharacter + at };
      out.push(record(range, 'error', 'queryString', message('queryString', locale)));
    }
  }
  if (!matched || !endpoint) {
    const suggestion = suggestEndpoint(path);
    const fix = suggestion ? { fix: 'replaceEndpoint' as const, path: suggestion.path } : undefined;
    out.push(record(target.range, 'warning', 'unknownEndpoint', message('unknownEndpoint', locale, { path, suggestion: suggestion?.path ?? '' }), undefined, fix));
    return undefined;
  }
  if (method && !matched.methodMatches) {
    // A REST path may take several methods: all are named, the fix sets the first.
    const methods = [...new Set(endpointsAtPath(path).map((e) => e.method))];
    const text = message('methodNotAllowed', locale, { path: endpoint.path, expected: methods.join(', '), method: method.text });
    out.push(record(method.range, 'error', 'methodNotAllowed', text, undefined, { fix: 'setMethod', method: methods[0] ?? endpoint.method }));
  }
  const targetPairs = matched.pathParams.length === 0 && query.length === 0 ? NO_PAIRS : [...matched.pathParams, ...query];
  return { endpoint, targetPairs };
}

function hashAt(text: string, from: number): number | undefined {
  const h = text.indexOf('#', from);
  return h === -1 ? undefined : h;
}
