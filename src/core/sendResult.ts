/**
 * The client's input, options and result as plain types. This file never imports undici, so the UI
 * can import what it shows without loading the client bundle (src/core/http, loaded on first send).
 */
import type { EndpointSpec, HostList } from './contract';
import type { CatalogueSource, ErrorCatalogue, Locale } from './contract/errorCatalogue';
import type { CallbackRequest } from './callbackRequest';
import type { Credentials, FormParams } from './request';
import type { Clock, RandomSource } from './signing';

export interface SendInput {
  readonly endpoint: EndpointSpec;
  readonly params: FormParams;
  readonly credentials: Credentials;
  /** Primary first; the backup (when given) takes the retry after a failure of the primary. */
  readonly hosts: HostList;
  /** Fixed by the user: used as given on every attempt (otherwise fresh per attempt). */
  readonly nonce?: string;
  /** Fixed by the user: used as given on every attempt (otherwise fresh per attempt). */
  readonly timestamp?: string;
  /** Extra headers (from a .rong.http file); signing headers given here are used as written. */
  readonly extraHeaders?: ReadonlyArray<readonly [string, string]>;
  readonly signal?: AbortSignal;
  /** A `# @callback` request to the app's own server: signed in the query; any 2xx is its success. */
  readonly callback?: CallbackRequest;
}

/** Waits `ms`; may resolve early when `signal` aborts (the client also races the signal itself). */
export type SleepFunction = (ms: number, signal?: AbortSignal) => Promise<void>;

/**
 * An undici Dispatcher (Agent, Pool, ProxyAgent …), typed by shape so that this file needs no
 * import of undici. The client owns neither its lifetime nor its timeouts for connecting.
 */
export interface DispatcherLike {
  dispatch(options: never, handler: never): boolean;
}

export interface ClientOptions {
  /** Each of: connecting, waiting for response headers, waiting between body chunks. Default 10000. */
  readonly timeoutMs?: number;
  /** Retries after the first attempt (connection errors, timeouts, HTTP 5xx, HTTP 429). Default 2. */
  readonly retries?: number;
  /** First backoff cap; doubles per retry, full jitter. Default 200. */
  readonly backoffBaseMs?: number;
  /** Largest backoff cap. Default 5000. */
  readonly backoffMaxMs?: number;
  /** The longest Retry-After the client waits for; a longer one ends the send with a message. Default 60000. */
  readonly retryAfterMaxMs?: number;
  /** Explicit proxy URL (http://user:pass@host:port); wins over the environment. Empty means none. */
  readonly proxy?: string;
  /** HTTPS_PROXY / HTTP_PROXY / NO_PROXY (and lowercase variants). Default process.env. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly clock?: Clock;
  readonly random?: RandomSource;
  readonly sleep?: SleepFunction;
  /** Meanings of body codes. Default: the contract's catalogue. */
  readonly catalogue?: ErrorCatalogue;
  readonly locale?: Locale;
  /** Response bodies are read up to this many bytes. Default MAX_RESPONSE_BYTES (1 MiB). */
  readonly maxResponseBytes?: number;
  /** Tests and the bench: an undici Dispatcher to send through (not closed by the client). */
  readonly dispatcher?: DispatcherLike;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_RETRIES = 2;
export const DEFAULT_BACKOFF_BASE_MS = 200;
export const DEFAULT_BACKOFF_MAX_MS = 5_000;
export const DEFAULT_RETRY_AFTER_MAX_MS = 60_000;

export type SendOutcome =
  | 'success'
  | 'apiError'
  | 'httpError'
  | 'networkError'
  | 'invalidResponse'
  | 'cancelled'
  | 'refused';

export type NetworkErrorKind = 'dns' | 'refused' | 'reset' | 'timeout' | 'tls' | 'other';

export interface AttemptError {
  readonly kind: NetworkErrorKind;
  /** Plain words, e.g. "connection refused by 127.0.0.1:1234". */
  readonly message: string;
  /** The request had been handed to an open connection: the server may have acted on it. */
  readonly requestSent: boolean;
}

export interface Attempt {
  /** host[:port] the attempt went to. */
  readonly host: string;
  readonly url: string;
  /** Epoch ms (the client's clock). */
  readonly startedAt: number;
  readonly ms: number;
  /** Time waited (backoff or Retry-After) before this attempt. */
  readonly waitedMs: number;
  readonly nonce: string;
  readonly timestamp: string;
  readonly requestId?: string;
  /** The proxy the attempt went through, credentials removed. */
  readonly proxy?: string;
  readonly status?: number;
  readonly code?: number;
  readonly error?: AttemptError;
}

/** The request of the last attempt, as sent (never the App Secret: only the signature). */
export interface SentRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: ReadonlyArray<readonly [string, string]>;
  readonly body: string;
}

/** A body as read: JSON (its `code`, token, userId and message picked out), empty, not JSON, or too large. */
export type ParsedBody =
  | {
      readonly kind: 'json';
      readonly json: unknown;
      /** The body's `code`, when it is an integer. */
      readonly code?: number;
      readonly token?: string;
      readonly userId?: string;
      readonly errorMessage?: string;
    }
  | { readonly kind: 'empty' }
  | { readonly kind: 'notJson'; readonly contentType: string; readonly snippet: string; readonly looksLikeHtml: boolean }
  | { readonly kind: 'tooLarge'; readonly limit: number; readonly receivedAtLeast: number };

export interface ResponseBody {
  /** UTF-8 text as read (bounded by maxResponseBytes; a short head when the body was too large). */
  readonly text: string;
  /** Bytes received (at least, when reading stopped at the limit). */
  readonly bytes: number;
  readonly truncated: boolean;
  readonly parsed: ParsedBody;
}

export interface SendResult {
  readonly outcome: SendOutcome;
  readonly httpStatus?: number;
  /** The body's integer `code`. */
  readonly code?: number;
  /** What `code` means, from the catalogue, in the client's locale. */
  readonly meaning?: string;
  /** Where that meaning comes from: the contract, the real service's table, or the user's rong.errorCodes. */
  readonly meaningSource?: CatalogueSource;
  readonly token?: string;
  /** For endpoints that issue a token: the user it was issued to. */
  readonly userId?: string;
  /** The value(s) of the endpoint's `labelParam` (`a, b` for a repeated key): labels a log line or a history entry. */
  readonly label?: string;
  /** Epoch ms: issue time + TOKEN_VALIDITY_MS, for endpoints that issue a token. */
  readonly expiresAt?: number;
  readonly body?: ResponseBody;
  readonly responseHeaders?: Readonly<Record<string, string>>;
  readonly request: SentRequest;
  readonly attempts: readonly Attempt[];
  readonly totalMs: number;
  /** One plain sentence saying what happened. */
  readonly message: string;
  /** A retry answered "user exists" after an earlier attempt that may have registered the user. */
  readonly likelyRegisteredEarlier?: boolean;
  /** This send did not go out: the same request (endpoint.singleFlightParam) was in flight, and this is its result. */
  readonly sharedWithInFlight?: boolean;
}
