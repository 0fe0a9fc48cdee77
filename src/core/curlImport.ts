/**
 * A pasted cURL command (as the provider's docs and logs write them) turned into a request of the
 * contract: the endpoint, the base URL, the form parameters in order and the signing headers as
 * given. Pure: a string in, a record or a problem out. Never runs anything: the command is only
 * split into words the way a POSIX shell would (quotes, backslashes, line continuations).
 */
import { ENDPOINTS, type EndpointSpec } from './contract';
import { decodeJsonBody, type JsonShapeProblem } from './jsonBody';
import { endpointsAtPath, matchEndpoint } from './wire';
import { decodeForm, encodeForm, type FormParams } from './form';

export interface ImportedCurl {
  readonly endpoint: EndpointSpec;
  /** Scheme and authority, no trailing slash: https://api.rong-api.com */
  readonly baseUrl: string;
  readonly params: FormParams;
  readonly appKey?: string;
  readonly nonce?: string;
  readonly timestamp?: string;
  readonly signature?: string;
  /** Headers other than the signing ones and Content-Type, as given. */
  readonly otherHeaders: ReadonlyArray<readonly [string, string]>;
}

export type CurlImport = { readonly ok: true; readonly request: ImportedCurl } | { readonly ok: false; readonly problem: string };

/** A pasted command past this many characters is refused (the largest request is ~140 KB). */
export const MAX_CURL_CHARS = 512 * 1024;

const fail = (problem: string): CurlImport => ({ ok: false, problem });
const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 60)}…` : s);

/** Shell words: single quotes literal, double quotes with \\ \" \$ \` escapes, backslash-newline joins. */
export function shellWords(text: string): string[] | { problem: string } {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) return { problem: 'a single quote is not closed' };
      word += text.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (c === '"') {
      let j = i + 1;
      for (; j < text.length && text[j] !== '"'; j++) {
        if (text[j] === '\\' && j + 1 < text.length && '\\"$`\n'.includes(text[j + 1])) {
          if (text[j + 1] !== '\n') word += text[j + 1];
          j++;
        } else word += text[j];
      }
      if (j >= text.length) return { problem: 'a double quote is not closed' };
      inWord = true;
      i = j + 1;
    } else if (c === '\\') {
      // A backslash before a line break continues the command; before anything else it quotes it.
      const next = text[i + 1];
      if (next === '\r' && text[i + 2] === '\n') i += 3;
      else if (next === '\n') i += 2;
      else if (next !== undefined) {
        word += next;
        inWord = true;
        i += 2;
      } else i += 1;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      i++;
    } else {
      word += c;
      inWord = true;
      i++;
    }
  }
  if (inWord) words.push(word);
  return words;
}

/** Options that take a value, with what they mean here. */
const DATA = new Set(['-d', '--data', '--data-raw', '--data-ascii', '--data-binary']);
const WITH_VALUE = new Set(['-X', '--request', '-H', '--header', '--url', '--data-urlencode', ...DATA]);
/** Options that change nothing about the request the contract sees. */
const HARMLESS = new Set(['-s', '--silent', '-S', '--show-error', '-i', '--include', '-v', '--verbose', '-L', '--location', '-k', '--insecure', '--compressed', '-sS']);

interface Parts {
  url?: string;
  method?: string;
  headers: Array<readonly [string, string]>;
  data: string[];
}

/** `--data-urlencode name=value` encodes the value (curl's own rule: the part after the first =). */
function urlencodeData(arg: string): string {
  const eq = arg.indexOf('=');
  if (eq < 0) return encodeForm([['', arg]]).slice(1);
  return arg.slice(0, eq) === '' ? encodeForm([['', arg.slice(1)]]).slice(1) : encodeForm([[arg.slice(0, eq), arg.slice(eq + 1)]]);
}

function collect(words: readonly string[]): Parts | { problem: string } {
  const parts: Parts = { headers: [], data: [] };
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    // --name=value, and a short option with its value attached (-XPOST, -d'a=b').
    const attached = /^-[XHd]./.test(w) ? 2 : w.startsWith('--') && w.indexOf('=') > 0 ? w.indexOf('=') : -1;
    const opt = attached > 0 ? w.slice(0, attached) : w;
    if (WITH_VALUE.has(opt)) {
      const value = attached > 0 ? w.slice(attached + (w.startsWith('--') ? 1 : 0)) : words[++i];
      if (value === undefined) return { problem: `${opt} needs a value` };
      if (opt === '-X' || opt === '--request') parts.method = value.toUpperCase();
      else if (opt === '-H' || opt === '--header') {
        const colon = value.indexOf(':');
        if (colon <= 0) return { problem: `header "${clip(value)}" has no name: value` };
        parts.headers.push([value.slice(0, colon).trim(), value.slice(colon + 1).trim()]);
      } else if (opt === '--url') parts.url = value;
      else if (opt === '--data-urlencode') parts.data.push(urlencodeData(value));
      else if (DATA.has(opt)) {
        if (value.startsWith('@') && opt !== '--data-raw') return { problem: `${opt} @file reads a file; paste the body itself` };
        parts.data.push(value);
      }
    } else if (HARMLESS.has(w)) continue;
    else if (w.startsWith('-')) return { problem: `the option ${clip(w)} is not supported (supported: -X, -H/--header, -d/--data/--data-raw/--data-urlencode, --url)` };
    else if (parts.url === undefined) parts.url = w;
    else return { problem: `a second URL "${clip(w)}"` };
  }
  return parts;
}

const header = (parts: Parts, name: string) => parts.headers.find(([k]) => k.toLowerCase() === name)?.[1];
const SIGNING = ['app-key', 'nonce', 'timestamp', 'signature', 'content-type'];

/** Parses a cURL command into a request of the contract, or says what stops it. */
export function parseCurl(text: string): CurlImport {
  if (text.length > MAX_CURL_CHARS) return fail(`the command is ${text.length} characters; the limit is ${MAX_CURL_CHARS}`);
  const words = shellWords(text.trim().replace(/^\$\s+/, ''));
  if (!Array.isArray(words)) return fail(words.problem);
  if (words.length === 0 || words[0] !== 'curl') return fail('not a curl command: it should start with "curl"');
  const parts = collect(words);
  if ('problem' in parts) return fail(parts.problem);
  if (!parts.url) return fail('the command has no URL');
  let url: URL;
  try {
    url = new URL(parts.url);
  } catch {
    return fail(`"${clip(parts.url)}" is not an absolute URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return fail(`the URL must be http or https, not ${url.protocol}`);
  const method = parts.method ?? (parts.data.length > 0 ? 'POST' : 'GET');
  const matched = matchEndpoint(url.pathname, method);
  if (!matched) {
    const elsewhere = endpointsAtPath(url.pathname).map((e) => e.method);
    if (elsewhere.length > 0) return fail(`${clip(url.pathname)} takes ${elsewhere.join(' or ')}, not ${clip(method)}`);
    return fail(`unknown endpoint path ${clip(url.pathname)}: it is none of the ${ENDPOINTS.length} endpoints the contract data knows`);
  }
  const endpoint = matched.endpoint;
  const params = readParams(endpoint, parts.data, url.search, matched.pathParams);
  if ('problem' in params) return fail(params.problem);
  return {
    ok: true,
    request: {
      endpoint,
      baseUrl: url.origin,
      params: params.pairs,
      appKey: header(parts, 'app-key'),
      nonce: header(parts, 'nonce'),
      timestamp: header(parts, 'timestamp'),
      signature: header(parts, 'signature'),
      otherHeaders: parts.headers.filter(([k]) => !SIGNING.includes(k.toLowerCase())),
    },
  };
}

/**
 * The canonical pairs of a command: path parameters from the path, the query string's (a REST GET's
 * query parameters, or a form endpoint's parameters sent there), and the body as the endpoint encodes it.
 */
function readParams(endpoint: EndpointSpec, data: readonly string[], search: string, pathParams: ReadonlyArray<readonly [string, string]>): { pairs: Array<readonly [string, string]> } | { problem: string } {
  const query = decodeForm(search.length > 1 ? search.slice(1) : '');
  if (query.errors.length > 0) return { problem: `the query has bad percent-encoding: ${clip(query.errors[0].text)}` };
  if (endpoint.body === 'json') {
    const text = data.join('');
    const decoded = decodeJsonBody(endpoint, text);
    // A field that does not fit would be lost on the way into the form: the import stops and names it instead.
    const p = decoded.problems[0];
    if (p) return { problem: `the JSON body at character ${p.offset + 1}: ${JSON_PROBLEM[p.rule](p.field, p.detail)} (${endpoint.path} takes a JSON object of its fields)` };
    return { pairs: [...pathParams, ...query.params, ...decoded.pairs.map((x) => [x.name, x.value] as const)] };
  }
  const decoded = decodeForm(data.join('&'));
  if (decoded.errors.length > 0) return { problem: `the body has bad percent-encoding at character ${decoded.errors[0].index + 1}: ${clip(decoded.errors[0].text)}` };
  return { pairs: [...pathParams, ...decoded.params, ...query.params] };
}

const JSON_PROBLEM: Record<JsonShapeProblem['rule'], (field: string, detail?: string) => string> = {
  notJson: (_f, d) => `not valid JSON (${d ?? 'syntax'})`,
  notObject: () => 'not an object',
  jsonType: (f, d) => `${clip(f)} must be a JSON ${d ?? 'value'}`,
  unknownParam: (f) => `unknown field ${clip(f)}`,
  duplicateParam: (f) => `field ${clip(f)} is given twice`,
};
