/**
 * A `# @callback` request as sent to the app's own server: signed as Rong signs callbacks
 * (callbackSignature.ts: nonce, signTimestamp and signature in the URL's query), without the
 * API's App-Key/Nonce/Timestamp/Signature headers. Only the HTTP client (a lazy bundle) builds
 * one, so activation does not carry it.
 */
import { signCallbackUrl } from './callbackSignature';
import type { BuildRequestInput, PreparedRequest } from './request';
import { signRequest } from './signing';

/** A callback as sent: the receiver's full URL (its own query kept), the body as written. */
export interface CallbackRequest {
  readonly url: string;
  readonly body: string;
  readonly contentType: string;
}

/** Headers the API signs with: a callback carries none of them (its signature is in the query). */
const API_SIGNING_HEADERS = ['app-key', 'nonce', 'timestamp', 'signature', 'content-type'];

export function buildCallbackRequest(input: BuildRequestInput, cb: CallbackRequest): PreparedRequest {
  const given = (name: string) => input.extraHeaders?.find(([k]) => k.toLowerCase() === name)?.[1];
  // A Nonce or Timestamp written in the file fixes the query's values, as it fixes the headers' for the API.
  const signing = signRequest(input.credentials.appSecret, { nonce: input.nonce ?? given('nonce'), timestamp: input.timestamp ?? given('timestamp'), clock: input.clock, random: input.random });
  const url = signCallbackUrl(cb.url, input.credentials.appSecret, signing.nonce, Number(signing.timestamp));
  const headers: Array<readonly [string, string]> = [['Content-Type', cb.contentType]];
  for (const [k, v] of input.extraHeaders ?? []) if (!API_SIGNING_HEADERS.includes(k.toLowerCase())) headers.push([k, v]);
  const parsed = new URL(url);
  return { method: 'POST', url, path: parsed.pathname, query: parsed.search, headers, body: cb.body, signing, endpointId: input.endpoint.id };
}
