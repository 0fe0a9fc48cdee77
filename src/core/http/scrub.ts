/** The secret never leaves: not in a message, an error or a header, even if a server echoed it. */
import { redactSecret } from '../secrets';
import type { SendResult } from '../sendResult';
import type { Mutable } from './conclusion';

/** Masks `secret` (the body text was masked when it was read) in place; returns the result. */
export function scrubSecret(result: SendResult, secret: string): SendResult {
  const r = result as Mutable<SendResult>;
  r.message = redactSecret(r.message, secret);
  r.attempts = r.attempts.map((a) => (a.error ? { ...a, error: { ...a.error, message: redactSecret(a.error.message, secret) } } : a));
  if (r.responseHeaders) {
    r.responseHeaders = Object.fromEntries(Object.entries(r.responseHeaders).map(([k, v]) => [k, redactSecret(v, secret)]));
  }
  return r;
}
