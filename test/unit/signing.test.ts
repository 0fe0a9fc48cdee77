import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import {
  checkNonce,
  checkTimestamp,
  computeSignature,
  generateNonce,
  nonceWarning,
  signRequest,
  type RandomSource,
} from '../../src/core/signing';
import { maskedSigningString } from '../../src/core/secrets';

const sha1 = (s: string) => createHash('sha1').update(Buffer.from(s, 'utf8')).digest('hex');
const fixedRandom = (bytes: number[]): RandomSource => {
  let i = 0;
  return { bytes: (n) => Uint8Array.from({ length: n }, () => bytes[i++ % bytes.length]) };
};

test('the signature is lowercase hex SHA-1 of secret + nonce + timestamp', () => {
  // The contract's example values; expected computed here with node:crypto over the plain concatenation.
  const sig = computeSignature('your-app-secret', '14314', '1408710653000');
  assert.equal(sig, sha1('your-app-secret143141408710653000'));
  assert.match(sig, /^[0-9a-f]{40}$/);
});

test('a non-ASCII secret is hashed as UTF-8', () => {
  assert.equal(computeSignature('密钥🔑', '1', '2'), sha1('密钥🔑12'));
  assert.notEqual(computeSignature('密钥🔑', '1', '2'), createHash('sha1').update('密钥🔑12', 'latin1').digest('hex'));
});

test('signRequest uses a fixed clock and random source, and a given nonce/timestamp as given', () => {
  const clock = { now: () => 1_700_000_000_123 };
  const signed = signRequest('s3cret', { clock, random: fixedRandom([3, 1, 4, 1, 5, 9, 2, 6]) });
  assert.equal(signed.timestamp, '1700000000123');
  assert.equal(signed.nonce, '3141592631');
  assert.equal(signed.signature, sha1('s3cret' + '3141592631' + '1700000000123'));
  const given = signRequest('s3cret', { nonce: '007', timestamp: '1408710653', clock });
  assert.equal(given.nonce, '007');
  assert.equal(given.timestamp, '1408710653');
  assert.equal(given.signature, sha1('s3cret0071408710653'));
});

test('every request gets a fresh nonce from the crypto source, digits only, at most 18', () => {
  const seen = new Set<string>();
  for (let i = 0; i < 200; i++) {
    const n = signRequest('x').nonce;
    assert.match(n, /^[1-9]\d{9}$/);
    seen.add(n);
  }
  assert.equal(seen.size, 200);
  assert.equal(generateNonce(undefined, 40).length, 18);
  // Bytes ≥ 250 are rejected so that digits stay uniform; zero never leads.
  assert.equal(generateNonce(fixedRandom([255, 250, 0, 10, 7]), 4), '7007');
  // A source that only gives rejected bytes does not hang: the system source takes over.
  assert.match(generateNonce(fixedRandom([255]), 6), /^[1-9]\d{5}$/);
});

test('the masked signing string shows nonce and timestamp, never the secret', () => {
  assert.equal(maskedSigningString('14314', '1408710653000'), '••••••143141408710653000');
});

test('user-supplied nonce and timestamp are checked with clear messages', () => {
  assert.equal(checkNonce('123'), undefined);
  assert.equal(checkNonce('583942.3819271935'), undefined, "the Java SDK's nonce");
  assert.equal(checkNonce('1'.repeat(19)), undefined, "the Go SDK's 19 digits");
  assert.match(nonceWarning('1'.repeat(19))!, /19 characters, longer than the documentation's 18/);
  assert.equal(nonceWarning('1'.repeat(18)), undefined);
  assert.match(checkNonce(' 123 ')!, /whitespace around it/);
  assert.match(checkNonce('1'.repeat(65))!, /65 characters; the limit is 64/);
  assert.match(checkNonce('12 3')!, /printable ASCII without whitespace/);
  assert.match(checkNonce('')!, /empty/);
  assert.match(checkTimestamp(' 1408710653000')!, /whitespace around it/);
  assert.equal(checkTimestamp('1408710653000'), undefined);
  assert.match(checkTimestamp('soon')!, /decimal digits/);
});
