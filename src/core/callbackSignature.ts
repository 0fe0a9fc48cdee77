/**
 * How Rong signs the callbacks it sends to an app's server (message routing, online status, message
 * audit): three query parameters on the callback URL — `nonce`, `signTimestamp` (milliseconds) and
 * `signature` = lowercase hex SHA-1 of appSecret + nonce + signTimestamp. Source: the provider's
 * signing page, section 回调签名规则 (docs.rongcloud.cn, 签名规则), and the public adapter
 * changxiaoqiang/Rcloud-Netease-message-adapter-java (utils/VerifyRequest.java), which reads the same
 * names. An older edition of the same page names them `rc-nonce`, `rc-timestamp` (seconds) and
 * `rc-signature`; a verifier here reads either spelling, and the sandbox signs with the current one.
 */
import { computeSignature } from './signing';

export const CALLBACK_PARAMS = { nonce: 'nonce', timestamp: 'signTimestamp', signature: 'signature' } as const;
/** The older page's names; its timestamp is in seconds. */
export const LEGACY_CALLBACK_PARAMS = { nonce: 'rc-nonce', timestamp: 'rc-timestamp', signature: 'rc-signature' } as const;

/** How far a callback's signTimestamp may be from now and still be accepted by a receiver (our choice for the verifier and the snippets: 5 minutes). */
export const CALLBACK_WINDOW_MS = 5 * 60 * 1000;

/** The query string Rong adds to a callback URL. */
export function callbackQuery(appSecret: string, nonce: string, signTimestampMs: number): string {
  const ts = String(signTimestampMs);
  return new URLSearchParams([
    [CALLBACK_PARAMS.nonce, nonce],
    [CALLBACK_PARAMS.timestamp, ts],
    [CALLBACK_PARAMS.signature, computeSignature(appSecret, nonce, ts)],
  ]).toString();
}

/** A callback URL with its signature: the URL's own query is kept, the three parameters appended. */
export function signCallbackUrl(url: string, appSecret: string, nonce: string, signTimestampMs: number): string {
  return `${url}${url.includes('?') ? '&' : '?'}${callbackQuery(appSecret, nonce, signTimestampMs)}`;
}

export type CallbackVerdict =
  | { readonly ok: true; readonly expected: string; readonly signingString: string; readonly skewMs: number; readonly spelling: 'current' | 'legacy' }
  | { readonly ok: false; readonly problem: string; readonly expected?: string; readonly signingString?: string; readonly skewMs?: number };

/**
 * The verdict on a pasted callback URL or query string against the app's secret: the expected
 * signature and the signing string with the secret masked, whatever the outcome. `now` in ms.
 */
export function verifyCallback(urlOrQuery: string, appSecret: string, now: number, windowMs = CALLBACK_WINDOW_MS): CallbackVerdict {
  const text = urlOrQuery.trim();
  const q = text.includes('?') ? text.slice(text.indexOf('?') + 1) : text;
  const params = new URLSearchParams(q.split('#')[0]);
  const spelling = params.has(CALLBACK_PARAMS.signature) ? 'current' : params.has(LEGACY_CALLBACK_PARAMS.signature) ? 'legacy' : undefined;
  if (!spelling) {
    return { ok: false, problem: `no signature: a Rong callback carries ${CALLBACK_PARAMS.nonce}, ${CALLBACK_PARAMS.timestamp} and ${CALLBACK_PARAMS.signature} in its query` };
  }
  const names = spelling === 'current' ? CALLBACK_PARAMS : LEGACY_CALLBACK_PARAMS;
  const nonce = params.get(names.nonce);
  const ts = params.get(names.timestamp);
  const given = params.get(names.signature) ?? '';
  if (nonce === null || ts === null) return { ok: false, problem: `${nonce === null ? names.nonce : names.timestamp} is missing from the query` };
  const expected = computeSignature(appSecret, nonce, ts);
  const signingString = `${'*'.repeat(8)}${nonce}${ts}`;
  if (!/^\d{1,16}$/.test(ts)) return { ok: false, problem: `${names.timestamp} must be a number of ${spelling === 'current' ? 'milliseconds' : 'seconds'}, not "${ts.slice(0, 40)}"`, expected, signingString };
  const skewMs = now - Number(ts) * (spelling === 'current' ? 1 : 1000);
  if (!timingSafeEqualHex(given.toLowerCase(), expected)) {
    return { ok: false, problem: `the signature does not match: expected ${expected}, got ${given.slice(0, 40) || '(empty)'} (a different App Secret, or a changed nonce or timestamp)`, expected, signingString, skewMs };
  }
  if (Math.abs(skewMs) > windowMs) {
    return { ok: false, problem: `the signature matches, but ${names.timestamp} is ${Math.round(skewMs / 1000)} s from now; a receiver should refuse beyond ±${windowMs / 1000} s (a replayed callback)`, expected, signingString, skewMs };
  }
  return { ok: true, expected, signingString, skewMs, spelling };
}

/** Equal strings, compared in time that does not depend on where they differ (a receiver's habit, kept here too). */
function timingSafeEqualHex(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
