/**
 * Who sent a request and whether it is signed: the App Key (`App-Key` or `RC-App-Key`) and the
 * signing headers (`Nonce`/`Timestamp`/`Signature`, or with `RC-`). The nonce and timestamp are
 * checked by the core's checkNonce/checkTimestamp as received (nothing trimmed here beyond what
 * HTTP itself does to header values), so nonces as the official SDKs send them pass.
 */
import type { IncomingMessage } from 'node:http';
import { checkNonce, checkTimestamp, computeSignature, type Clock } from '../core/signing';
import { maskedSigningString } from '../core/secrets';
import { appKeyError, signingError, type Answer } from './answer';
import { clip } from './echo';
import type { Behaviour } from './handlers';

/** Timestamps below this are read as seconds since the epoch (10^11 ms is 1973; 10^11 s is year 5138). */
const SECONDS_BELOW = 1e11;

export interface SigningPolicy {
  readonly secrets: ReadonlyMap<string, string>;
  readonly behaviour: Behaviour;
  readonly clock: Clock;
  readonly maxSkewMs: number | undefined;
}

/** The App Key of a well-signed request, or the answer that refuses it. */
export function authenticate(req: IncomingMessage, policy: SigningPolicy): { appKey: string } | Answer {
  const { behaviour } = policy;
  const appKey = signingHeader(req, 'app-key', 'rc-app-key');
  const secret = appKey === undefined ? undefined : policy.secrets.get(appKey);
  if (appKey === undefined || secret === undefined) {
    return appKeyError(behaviour, appKey === undefined ? 'the App-Key header is missing' : `no app has the App Key "${clip(appKey)}"`);
  }
  const nonce = signingHeader(req, 'nonce', 'rc-nonce');
  const timestamp = signingHeader(req, 'timestamp', 'rc-timestamp');
  const signature = signingHeader(req, 'signature', 'rc-signature');
  if (nonce === undefined || timestamp === undefined || signature === undefined) {
    const missing = [nonce === undefined && 'Nonce', timestamp === undefined && 'Timestamp', signature === undefined && 'Signature'].filter(Boolean);
    return signingError(behaviour, `signature does not match: the ${missing.join(', ')} header${missing.length > 1 ? 's are' : ' is'} missing`, false);
  }
  const problem = checkNonce(nonce) ?? checkTimestamp(timestamp) ?? skewProblem(timestamp, policy);
  if (problem) return signingError(behaviour, problem, false);
  if (!signatureMatches(signature, computeSignature(secret, nonce, timestamp))) {
    const signingString = maskedSigningString(nonce, timestamp);
    return signingError(
      behaviour,
      `signature does not match: expected lowercase hex SHA-1 of the App Secret + Nonce + Timestamp, "${signingString}"`,
      true,
      { signingString },
    );
  }
  return { appKey };
}

function skewProblem(timestamp: string, { clock, maxSkewMs }: SigningPolicy): string | undefined {
  if (maxSkewMs === undefined) return undefined;
  const t = Number(timestamp);
  const skew = Math.abs(clock.now() - (t < SECONDS_BELOW ? t * 1000 : t));
  return skew > maxSkewMs
    ? `Timestamp ${timestamp} is ${Math.round(skew / 1000)} s away from the sandbox clock; the allowed skew is ${maxSkewMs / 1000} s`
    : undefined;
}

/** The plain header, else the RC- one (for hosts that strip custom headers). */
function signingHeader(req: IncomingMessage, plain: string, prefixed: string): string | undefined {
  const v = req.headers[plain] ?? req.headers[prefixed];
  return Array.isArray(v) ? v.join(', ') : v;
}

/** Compares in time independent of where the strings differ (the expected one is always 40 hex digits). */
function signatureMatches(given: string, expected: string): boolean {
  if (given.length !== expected.length) return false;
  let diff = 0;
  for (let i = 0; i < expected.length; i++) diff |= given.charCodeAt(i) ^ expected.charCodeAt(i);
  return diff === 0;
}
