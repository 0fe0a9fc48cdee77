/**
 * The one way a secret or a token is hidden from a person: in logs, messages, previews, exports.
 */

/** What stands for the App Secret wherever the secret itself would appear. */
export const SECRET_MASK = '••••••';

/**
 * Shorter strings are not redacted: replacing a 1–3 character "secret" everywhere would mangle
 * ordinary text and says nothing about where the secret is.
 */
export const MIN_REDACT_LENGTH = 4;

/** Replaces every occurrence of each secret by the mask. */
export function redactSecrets(text: string, secrets: Iterable<string>): string {
  let out = text;
  for (const s of secrets) {
    if (s.length >= MIN_REDACT_LENGTH && out.includes(s)) out = out.split(s).join(SECRET_MASK);
  }
  return out;
}

export function redactSecret(text: string, secret: string): string {
  return redactSecrets(text, [secret]);
}

/** The signing string as a person may see it: the secret masked. */
export function maskedSigningString(nonce: string, timestamp: string): string {
  return SECRET_MASK + nonce + timestamp;
}

/** Masks a token for logs: the first 6 and last 4 characters. */
export function maskToken(token: string): string {
  if (token.length <= 12) return '•'.repeat(token.length);
  return `${token.slice(0, 6)}…${token.slice(-4)}`;
}
