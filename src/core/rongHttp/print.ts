/**
 * Printing requests as `.rong.http` text: a parsed block as written (variables and encoding kept),
 * a resolved or built request with its parameters form-encoded, and the playground's "Save as
 * .rong.http". Printing then parsing gives back the same method, target, headers and parameters.
 */
import { GET_TOKEN, type EndpointSpec } from '../contract';
import { encodeForm, type FormParams } from '../form';
import { encodeRequestParts, isPathTemplate } from '../wire';
import type { RequestBlock } from './model';
import { hasHttpScheme, trimSpace } from './parser';
import { takesQuery } from './requestParts';

/** A request to print; values are decoded and get form-encoded. ResolvedRequest fits this shape. */
export interface PrintableRequest {
  readonly name?: string;
  readonly profile?: string;
  /** GET, POST, … (case kept); omitted prints the target alone. */
  readonly method?: string;
  readonly target: string;
  readonly version?: string;
  readonly headers: ReadonlyArray<readonly [string, string]>;
  readonly params: ReadonlyArray<readonly [string, string]>;
  /**
   * The endpoint the params are for: a JSON-body or REST-style one is printed with its path filled
   * (and its query), Content-Type application/json and an indented JSON body (core/wire.ts).
   */
  readonly endpoint?: EndpointSpec;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** One line of text: line breaks become spaces, surrounding space goes (as the parser trims it). */
function oneLine(s: string): string {
  return trimSpace(s.replace(/[\r\n]+/g, ' '));
}

function encodePair(name: string, value: string): string {
  // encodeURIComponent throws on lone surrogates; UTF-8 would carry U+FFFD for them anyway.
  return encodeForm([[name.replace(LONE_SURROGATE, '\ufffd'), value.replace(LONE_SURROGATE, '\ufffd')]]);
}

/** Form body lines: the first parameter, then one `&name=value` line per parameter (REST Client style). */
export function printParams(params: FormParams): string[] {
  return params.map(([k, v], i) => (i === 0 ? '' : '&') + encodePair(k, v));
}

function isBlock(x: PrintableRequest | RequestBlock): x is RequestBlock {
  return typeof (x as RequestBlock).startLine === 'number';
}

/** Prints a parsed block (as written) or a printable request (form-encoded). Ends with a newline. */
export function printRequest(source: PrintableRequest | RequestBlock): string {
  return isBlock(source) ? printBlock(source) : printPrintable(source);
}

/** Whether the endpoint's pairs are printed through the wire codec rather than as a form body. */
function printsAsWire(endpoint: EndpointSpec | undefined): endpoint is EndpointSpec {
  return endpoint !== undefined && (endpoint.body === 'json' || isPathTemplate(endpoint.path) || takesQuery(endpoint));
}

/** The target's origin (a full URL) or '' (a path), for printing the endpoint's own path after it. */
function originOf(target: string): string {
  if (!hasHttpScheme(target, 0)) return '';
  const slash = target.indexOf('/', target.indexOf('//') + 2);
  return slash === -1 ? target : target.slice(0, slash);
}

/**
 * `{{` inside a JSON string would be read back as a variable reference: each brace before a brace is written as
 * the JSON escape \u007b, which decodes to the same text (JSON.stringify never writes `{{` outside strings).
 */
function escapeReferences(json: string): string {
  return json.replace(/\{(?=\{)/g, '\\u007b');
}

function printPrintable(input: PrintableRequest): string {
  let req = input;
  let bodyLines: string[] | undefined;
  if (printsAsWire(req.endpoint)) {
    const wire = encodeRequestParts(req.endpoint, req.params, { pretty: true });
    const headers = req.headers.filter(([k]) => k.toLowerCase() !== 'content-type');
    req = { ...req, target: originOf(oneLine(req.target)) + wire.path + wire.query, headers: wire.contentType ? [...headers, ['Content-Type', wire.contentType]] : headers };
    bodyLines = wire.body.length > 0 && req.endpoint?.body === 'json' ? escapeReferences(wire.body).split('\n') : wire.body.length > 0 ? [wire.body] : [];
  }
  const out: string[] = [];
  const name = req.name === undefined ? '' : oneLine(req.name);
  out.push(name ? `### ${name}` : '###');
  if (req.profile !== undefined && oneLine(req.profile) !== '') out.push(`# @profile ${oneLine(req.profile)}`);
  const target = oneLine(req.target).replace(/\s/g, (c) => encodeURIComponent(c));
  const version = req.version ? ` ${oneLine(req.version)}` : '';
  out.push(req.method ? `${oneLine(req.method)} ${target}${version}` : `${target}${version}`);
  for (const [k, v] of req.headers) out.push(`${oneLine(k)}: ${oneLine(v)}`);
  if (bodyLines) {
    if (bodyLines.length > 0) out.push('', ...bodyLines);
  } else if (req.params.length > 0) {
    out.push('');
    out.push(...printParams(req.params));
  }
  return `${out.join('\n')}\n`;
}

/** A parsed block as written: separator, directives, its variables, request line, assertions, headers, body lines. */
export function printBlock(block: RequestBlock): string {
  const out: string[] = [];
  if (block.separator) out.push(block.separator.name ? `### ${block.separator.name.text}` : '###');
  const r = block.request;
  for (const d of block.directives) {
    // Only the profile in effect (one below the request line does not apply); other directives
    // apply wherever they are, so they move above the request line.
    if (d.name === 'profile' && d !== block.profile) continue;
    out.push(d.value ? `# @${d.name} ${d.value}` : `# @${d.name}`);
  }
  for (const v of block.variables) out.push(`@${v.name} = ${v.value}`);
  if (r) {
    const parts: string[] = [];
    if (r.method) parts.push(r.method.text);
    if (r.target) parts.push(r.target.text);
    if (r.version) parts.push(r.version.text);
    out.push(parts.join(' '));
    // Assertions go right after the request line, where httpyac's examples put them.
    for (const a of block.assertions) out.push(`?? ${a.text}`);
    for (const h of block.headers) out.push(`${h.name}: ${h.value}`);
    if (block.bodyLines.length > 0) {
      out.push('');
      for (const l of block.bodyLines) out.push(l.text);
    }
  }
  return `${out.join('\n')}\n`;
}

/** What the playground saves. */
export interface SaveRequestInput {
  /** Defaults to getToken. */
  readonly endpoint?: EndpointSpec;
  /** Decoded parameters. */
  readonly params: FormParams;
  /** Fixed values make the saved request reproduce the same signature. */
  readonly nonce?: string;
  readonly timestamp?: string;
  readonly profile?: string;
  /** The `###` title; defaults to the endpoint's English title. */
  readonly name?: string;
  /** When given, the target is the full URL instead of the path (resolved against the profile's host). */
  readonly baseUrl?: string;
  /** A comment line above the request, e.g. when it was saved. */
  readonly comment?: string;
}

/** "Save as .rong.http": a request the extension signs from the profile when it is sent. */
export function requestToText(input: SaveRequestInput): string {
  const endpoint = input.endpoint ?? GET_TOKEN;
  const headers: Array<readonly [string, string]> = [];
  if (input.nonce !== undefined) headers.push(['Nonce', input.nonce]);
  if (input.timestamp !== undefined) headers.push(['Timestamp', input.timestamp]);
  const base = input.baseUrl ? oneLine(input.baseUrl).replace(/\/+$/, '') : '';
  const text = printPrintable({
    name: input.name ?? endpoint.title.en,
    profile: input.profile,
    method: endpoint.method,
    target: base + endpoint.path,
    headers,
    params: input.params,
    endpoint,
  });
  if (input.comment === undefined || oneLine(input.comment) === '') return text;
  const newline = text.indexOf('\n');
  return `${text.slice(0, newline + 1)}# ${oneLine(input.comment)}\n${text.slice(newline + 1)}`;
}
