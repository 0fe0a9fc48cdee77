/** The secret never leaves: not in a message, an error or a header, even if a server echoed it. */
import { redactSecret } from '../secrets';
import type { Attempt, SendResult } from '../sendResult';
import type { Mutable } from './conclusion';

/**
 * Masks `secret` in place (the body text was masked when it was read); returns the result. In place
 * is safe: the attempts and the header record were made for this result alone.
 */
export function scrubSecret(result: SendResult, secret: string): SendResult {
  const r = result as Mutable<SendResult>;
  r.message = redactSecret(r.message, secret);
  for (const a of r.attempts) if (a.error) (a as Mutable<Attempt>).error = { ...a.error, message: redactSecret(a.error.message, secret) };
  const headers = r.responseHeaders as Record<string, string> | undefined;
  if (headers) for (const name of Object.keys(headers)) headers[name] = redactSecret(headers[name], secret);
  return r;
}
