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

/**
 * The names whose values are App Secrets (RONG_APP_SECRET and each profile's RONG_APP_SECRET_<NAME>):
 * no variable source ($processEnv, $dotenv, --env-file, data rows, --var) ever substitutes them.
 */
export function isSecretVariableName(name: string): boolean {
  return /^RONG_APP_SECRET(_|$)/.test(name);
}

/** What a request would carry, as the last guard before sending reads it. */
export interface OutgoingRequest {
  readonly url: string;
  readonly headers: ReadonlyArray<readonly [string, string]>;
  readonly params: ReadonlyArray<readonly [string, string]>;
}

/**
 * Where a request would carry one of the secrets ('the URL', 'header X', 'parameter X'), else
 * undefined. Names the place, never the value; the percent-encoded form is looked for too.
 */
export function secretPlace(request: OutgoingRequest, secrets: Iterable<string>): string | undefined {
  for (const secret of secrets) {
    if (secret.length < MIN_REDACT_LENGTH) continue;
    const encoded = encodeURIComponent(secret);
    const holds = (text: string) => text.includes(secret) || text.includes(encoded);
    if (holds(request.url)) return 'the URL';
    for (const [name, value] of request.headers) if (holds(name) || holds(value)) return `header ${holds(name) ? '(a header name)' : name}`;
    for (const [name, value] of request.params) if (holds(name) || holds(value)) return `parameter ${holds(name) ? '(a parameter name)' : name}`;
  }
  return undefined;
}
