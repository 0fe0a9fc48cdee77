/**
 * Building a signed getToken-style request and rendering it as cURL. A PreparedRequest never
 * holds the App Secret: only the signature derived from it, so anything rendered from it is safe.
 */
import type { EndpointSpec, HttpMethod } from './contract';
import { cryptoRandom, signRequest, type Clock, type RandomSource, type SigningInputs } from './signing';

export interface Credentials {
  readonly appKey: string;
  readonly appSecret: string;
}

import type { FormParams } from './form';
import { encodeRequestParts } from './wire';

export type { FormParams } from './form';

export interface BuildRequestInput {
  readonly endpoint: EndpointSpec;
  readonly params: FormParams;
  /** Base URL without a trailing slash, e.g. https://api.rong-api.com or http://127.0.0.1:PORT. */
  readonly baseUrl: string;
  readonly credentials: Credentials;
  readonly nonce?: string;
  readonly timestamp?: string;
  readonly requestId?: string;
  /** Extra headers (from a .rong.http file); signing headers given here are used as written. */
  readonly extraHeaders?: ReadonlyArray<readonly [string, string]>;
  readonly clock?: Clock;
  readonly random?: RandomSource;
}

export interface PreparedRequest {
  readonly method: HttpMethod;
  readonly url: string;
  /** The path with its path parameters filled in, without the query. */
  readonly path: string;
  /** `?a=b…` of a REST GET's query parameters, or ''. */
  readonly query: string;
  /** In sending order. Never contains the App Secret. */
  readonly headers: ReadonlyArray<readonly [string, string]>;
  readonly body: string;
  readonly signing: SigningInputs;
  readonly endpointId: string;
}

/** A UUID v4 from the given random source (X-Request-ID, at most 36 characters). */
export function generateRequestId(random: RandomSource = cryptoRandom): string {
  const b = Buffer.from(random.bytes(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const SIGNING_HEADERS = ['app-key', 'nonce', 'timestamp', 'signature'];

export function buildRequest(input: BuildRequestInput): PreparedRequest {
  const extra = input.extraHeaders ?? [];
  const given = (name: string) => (extra.length === 0 ? undefined : extra.find(([k]) => k.toLowerCase() === name)?.[1]);
  const nonce = input.nonce ?? given('nonce');
  const timestamp = input.timestamp ?? given('timestamp');
  const signed = signRequest(input.credentials.appSecret, {
    nonce,
    timestamp,
    clock: input.clock,
    random: input.random,
  });
  // An explicit Signature header is used as written (to reproduce a call), even when it is wrong.
  const signing: SigningInputs = { ...signed, signature: given('signature') ?? signed.signature };
  const wire = encodeRequestParts(input.endpoint, input.params);
  const headers: Array<readonly [string, string]> = [
    ['App-Key', given('app-key') ?? input.credentials.appKey],
    ['Nonce', signing.nonce],
    ['Timestamp', signing.timestamp],
    ['Signature', signing.signature],
    ...(wire.contentType ? [['Content-Type', wire.contentType] as const] : []),
    ['X-Request-ID', given('x-request-id') ?? input.requestId ?? generateRequestId(input.random)],
  ];
  for (const [k, v] of extra) {
    const lower = k.toLowerCase();
    if (SIGNING_HEADERS.includes(lower) || lower === 'content-type' || lower === 'x-request-id') continue;
    headers.push([k, v]);
  }
  return {
    method: input.endpoint.method,
    url: input.baseUrl.replace(/\/+$/, '') + wire.path + wire.query,
    path: wire.path,
    query: wire.query,
    headers,
    body: wire.body,
    signing,
    endpointId: input.endpoint.id,
  };
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** A cURL command like the contract's example. The request holds no secret, so neither does this. */
export function toCurl(request: PreparedRequest): string {
  const lines = [`curl -X ${request.method} ${shellQuote(request.url)}`];
  for (const [k, v] of request.headers) lines.push(`  -H ${shellQuote(`${k}: ${v}`)}`);
  // A GET or DELETE of the REST-style calls sends no body; everything else sends its body, even empty.
  if (request.body.length > 0 || request.method === 'POST' || request.method === 'PUT') lines.push(`  --data-raw ${shellQuote(request.body)}`);
  return lines.join(' \\\n');
}
