/**
 * Failure classification: what a transport error from undici or Node's sockets is (NetworkErrorKind),
 * in plain words, whether another attempt may help, and whether the server may have acted on it.
 */
import type { Attempt, NetworkErrorKind } from '../sendResult';
import type { Target } from './target';

/** What the client makes of a transport error. */
export interface Failure {
  readonly kind: NetworkErrorKind;
  readonly message: string;
  readonly retryable: boolean;
  /** The server may have acted on the request (timeout or reset after it was sent). */
  readonly ambiguous: boolean;
  /** Nothing was sent and nothing will be: a bad header value, a closed client. */
  readonly refused?: boolean;
}

export interface FailureContext {
  readonly target: Target;
  readonly timeoutMs: number;
  readonly requestSent: boolean;
  /** The HTTP status when the answer had begun, else 0. */
  readonly status: number;
  /** A backup host can take the retry. */
  readonly otherHosts: boolean;
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'EAI_NODATA']);
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'ECONNABORTED']);
const TLS_DETAILS: Readonly<Record<string, string>> = {
  CERT_HAS_EXPIRED: 'its certificate has expired',
  CERT_NOT_YET_VALID: 'its certificate is not valid yet',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'its certificate is self-signed and not trusted',
  SELF_SIGNED_CERT_IN_CHAIN: 'its certificate chain has a self-signed certificate that is not trusted',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its certificate is not signed by a trusted authority',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'the issuer of its certificate is not trusted on this machine',
  ERR_TLS_CERT_ALTNAME_INVALID: 'its certificate is for another host name',
  ERR_SSL_WRONG_VERSION_NUMBER: 'it did not answer in TLS (is it a plain http:// server?)',
};

interface ErrorFacts {
  readonly codes: string[];
  readonly messages: string[];
  readonly hostname?: string;
  readonly address?: string;
}

/** Codes and details from an error, its causes and an AggregateError's members (Happy Eyeballs). */
function errorFacts(err: unknown): ErrorFacts {
  const codes: string[] = [];
  const messages: string[] = [];
  let hostname: string | undefined;
  let address: string | undefined;
  const visit = (e: unknown, depth: number) => {
    if (!e || typeof e !== 'object' || depth > 4) return;
    const o = e as { code?: unknown; message?: unknown; hostname?: unknown; address?: unknown; port?: unknown; cause?: unknown; errors?: unknown };
    if (typeof o.code === 'string') codes.push(o.code);
    if (typeof o.message === 'string' && o.message) messages.push(o.message);
    if (typeof o.hostname === 'string') hostname ??= o.hostname;
    if (typeof o.address === 'string') address ??= typeof o.port === 'number' ? `${o.address}:${o.port}` : o.address;
    visit(o.cause, depth + 1);
    if (Array.isArray(o.errors)) for (const inner of o.errors) visit(inner, depth + 1);
  };
  visit(err, 0);
  return { codes, messages, hostname, address };
}

/** "10 s", "0.2 s", "1.25 s": durations in messages. */
export function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(ms < 1000 ? 3 : 2))} s`;
}

/** Plain words for a transport error, and whether another attempt may help. */
export function describeFailure(err: unknown, ctx: FailureContext): Failure {
  const { codes, messages, hostname, address } = errorFacts(err);
  const has = (c: string) => codes.includes(c);
  const first = messages[0] ?? String(err);
  const { target } = ctx;
  const where = target.proxy ? `proxy ${target.proxy}` : target.host;
  const wait = formatSeconds(ctx.timeoutMs);
  const fail = (kind: NetworkErrorKind, message: string, retryable = true): Failure => ({
    kind,
    message,
    retryable,
    ambiguous: ctx.requestSent && (kind === 'timeout' || kind === 'reset'),
  });

  if (has('UND_ERR_HEADERS_TIMEOUT')) return fail('timeout', `timed out after ${wait} waiting for response headers from ${target.host}`);
  if (has('UND_ERR_BODY_TIMEOUT')) {
    return fail('timeout', `timed out after ${wait} waiting for the response body from ${target.host} (HTTP ${ctx.status || '?'} had begun)`);
  }
  if (has('UND_ERR_CONNECT_TIMEOUT') || has('ETIMEDOUT')) return fail('timeout', `timed out after ${wait} connecting to ${where}`);
  const dns = codes.find((c) => DNS_CODES.has(c));
  if (dns) {
    const name = hostname ?? new URL(target.origin).hostname;
    // A name that does not exist will not exist a second later: only another host can help.
    const temporary = dns === 'EAI_AGAIN';
    return fail('dns', `DNS lookup failed for host ${name}${temporary ? ' (temporary failure: is the network up?)' : ''}`, temporary || ctx.otherHosts);
  }
  if (has('ECONNREFUSED')) return fail('refused', `connection refused by ${target.proxy ? `proxy ${target.proxy}` : (address ?? target.host)}`);
  const tlsCode = codes.find((c) => c in TLS_DETAILS || c.startsWith('ERR_TLS_') || c.startsWith('ERR_SSL_') || c.startsWith('CERT_') || c === 'UND_ERR_PRX_TLS');
  if (tlsCode || (has('EPROTO') && /ssl|tls/i.test(first))) {
    const detail = (tlsCode && TLS_DETAILS[tlsCode]) ?? first;
    return fail('tls', `TLS error with ${tlsCode === 'UND_ERR_PRX_TLS' ? where : target.host}: ${detail}`, false);
  }
  const tunnel = messages.map((m) => /^Proxy response \((\d+)\)/.exec(m)).find((m) => m);
  if (tunnel || messages.some((m) => m.includes('Proxy Authentication Required'))) {
    const status = tunnel ? Number(tunnel[1]) : 407;
    const why = status === 407 ? 'asks for credentials (HTTP 407 Proxy Authentication Required)' : `answered HTTP ${status} instead of connecting`;
    return fail('other', `${where} ${why} for ${target.host}`, status !== 407);
  }
  if (has('UND_ERR_CLOSED') || has('UND_ERR_DESTROYED')) return { ...fail('other', 'the client was closed', false), refused: true };
  if (has('UND_ERR_INVALID_ARG') || has('ERR_INVALID_CHAR') || has('ERR_INVALID_ARG_TYPE')) {
    return { ...fail('other', `the request was not sent: ${first}`, false), refused: true };
  }
  if (codes.some((c) => RESET_CODES.has(c))) {
    const message = ctx.status
      ? `the connection to ${target.host} was closed in the middle of the response body (HTTP ${ctx.status})`
      : ctx.requestSent
        ? `the connection to ${target.host} was reset after the request was sent, before any answer`
        : `the connection to ${where} was reset before the request was sent`;
    return fail('reset', message);
  }
  if (has('EHOSTUNREACH') || has('ENETUNREACH')) {
    return fail('other', `${where} is unreachable (${has('ENETUNREACH') ? 'no route to the network' : 'no route to the host'})`);
  }
  return fail('other', `request to ${target.host} failed: ${first}`);
}

export function countSuffix(attempts: readonly Attempt[]): string {
  return attempts.length > 1 ? ` (${attempts.length} attempts)` : '';
}

/** The last failure in plain words; every distinct cause when the attempts failed differently. */
export function networkMessage(attempts: readonly Attempt[]): string {
  const causes = [...new Set(attempts.flatMap((a) => (a.error ? [a.error.message] : [])))];
  if (attempts.length === 1 || causes.length === 0) return causes[0] ?? 'the request failed';
  if (causes.length === 1) return `${causes[0]}${countSuffix(attempts)}`;
  return `${attempts.length} attempts failed: ${causes.join('; ')}`;
}
