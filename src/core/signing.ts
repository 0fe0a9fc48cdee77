/**
 * Request signing: Signature = lowercase hex SHA-1 of appSecret + nonce + timestamp (UTF-8, no
 * separators). Nonce and timestamp are fresh for every request unless the user supplies them.
 */
import { createHash, randomBytes } from 'node:crypto';
import { MAX_ACCEPTED_NONCE_LENGTH, MAX_NONCE_LENGTH } from './contract';

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export interface RandomSource {
  bytes(length: number): Uint8Array;
}

export const systemClock: Clock = { now: () => Date.now() };
export const cryptoRandom: RandomSource = { bytes: (n) => randomBytes(n) };

export function computeSignature(appSecret: string, nonce: string, timestamp: string): string {
  return createHash('sha1').update(appSecret + nonce + timestamp, 'utf8').digest('hex');
}

/** A crypto-random decimal nonce, `length` digits (default 10, at most 18), no leading zero. */
export function generateNonce(random: RandomSource = cryptoRandom, length = 10): string {
  const n = Math.max(1, Math.min(MAX_NONCE_LENGTH, Math.floor(length)));
  let digits = '';
  // Rejection sampling keeps every digit uniform (bytes ≥ 250 would bias 0–5). A source that keeps
  // giving rejected bytes (a broken fake) must not hang us: after 64 rounds the system source takes over.
  for (let round = 0; digits.length < n; round++) {
    const bytes = (round < 64 ? random : cryptoRandom).bytes(n * 2);
    for (let i = 0; i < bytes.length && digits.length < n; i++) {
      const b = bytes[i];
      if (b >= 250) continue;
      const d = b % 10;
      if (digits.length === 0 && d === 0) continue;
      digits += d;
    }
  }
  return digits;
}

export interface SigningInputs {
  readonly nonce: string;
  readonly timestamp: string;
  readonly signature: string;
}

export interface SignOptions {
  /** Used as given (to reproduce a signature from a log). */
  readonly nonce?: string;
  /** Used as given; milliseconds or seconds, as typed. */
  readonly timestamp?: string;
  readonly clock?: Clock;
  readonly random?: RandomSource;
}

export function signRequest(appSecret: string, options: SignOptions = {}): SigningInputs {
  const nonce = options.nonce ?? generateNonce(options.random);
  const timestamp = options.timestamp ?? String((options.clock ?? systemClock).now());
  return { nonce, timestamp, signature: computeSignature(appSecret, nonce, timestamp) };
}

/**
 * Checks a nonce given by a user or received by the sandbox: 1–64 printable ASCII characters, no
 * whitespace (api-notes.md: the official SDKs send up to 19 digits, or a decimal such as
 * `583942.3819271935`, and the real service accepts them). Returns a problem or undefined.
 */
export function checkNonce(nonce: string): string | undefined {
  if (nonce.length === 0) return 'Nonce is empty';
  if (nonce.trim() !== nonce) return `Nonce "${truncate(nonce)}" has whitespace around it: servers trim header values, so the signature would not match`;
  if (nonce.length > MAX_ACCEPTED_NONCE_LENGTH) return `Nonce is ${nonce.length} characters; the limit is ${MAX_ACCEPTED_NONCE_LENGTH}`;
  if (!/^[\x21-\x7e]+$/.test(nonce)) return `Nonce "${truncate(nonce)}" must be printable ASCII without whitespace`;
  return undefined;
}

/** A nonce the documentation would not write (longer than 18 characters): a warning, never a refusal. */
export function nonceWarning(nonce: string): string | undefined {
  return nonce.length > MAX_NONCE_LENGTH
    ? `Nonce is ${nonce.length} characters, longer than the documentation's ${MAX_NONCE_LENGTH}; the official SDKs send such nonces and the service accepts them`
    : undefined;
}

/** Checks a user-supplied timestamp: digits, milliseconds (13) or seconds (10) since the epoch. */
export function checkTimestamp(timestamp: string): string | undefined {
  if (timestamp.trim() !== timestamp) return `Timestamp "${truncate(timestamp)}" has whitespace around it: servers trim header values, so the signature would not match`;
  if (!/^\d{1,16}$/.test(timestamp)) return `Timestamp "${truncate(timestamp)}" must be up to 16 decimal digits (milliseconds since the epoch)`;
  return undefined;
}

/** Input repeated in a message: clipped, saying how long it was. */
function truncate(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}… (${s.length} characters)` : s;
}
