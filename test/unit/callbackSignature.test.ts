/** Callback signatures: checked against an independent SHA-1 (node:crypto here), both spellings, the window, and no secret in a verdict. */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { callbackQuery, signCallbackUrl, verifyCallback } from '../../src/core/callbackSignature';

const SECRET = 'CANARY-cb-secret-7f3a';
const T = Date.UTC(2026, 0, 2, 3, 4, 5);
const sha1 = (s: string) => createHash('sha1').update(s, 'utf8').digest('hex');

describe('callback signatures', () => {
  it('signs with nonce, signTimestamp (ms) and the SHA-1 of secret + nonce + signTimestamp', () => {
    const q = new URLSearchParams(callbackQuery(SECRET, 'n123', T));
    assert.equal(q.get('nonce'), 'n123');
    assert.equal(q.get('signTimestamp'), String(T));
    assert.equal(q.get('signature'), sha1(`${SECRET}n123${T}`));
    assert.equal(signCallbackUrl('http://localhost:8080/rong/route?x=1', SECRET, 'n', T), `http://localhost:8080/rong/route?x=1&nonce=n&signTimestamp=${T}&signature=${sha1(`${SECRET}n${T}`)}`);
  });

  it('accepts a good URL or bare query, and never shows the secret', () => {
    const url = signCallbackUrl('http://localhost:8080/hook', SECRET, 'abc', T);
    for (const input of [url, url.split('?')[1], `  ${url}  `]) {
      const v = verifyCallback(input, SECRET, T + 1000);
      assert.equal(v.ok, true, JSON.stringify(v));
      assert.equal(v.expected, sha1(`${SECRET}abc${T}`));
      assert.equal(v.signingString, `********abc${T}`);
      assert.ok(!JSON.stringify(v).includes(SECRET));
    }
  });

  it('refuses a wrong secret, a changed nonce, a missing part and a stale timestamp, saying which', () => {
    const url = signCallbackUrl('http://h/x', SECRET, 'abc', T);
    const wrong = verifyCallback(url, 'other-secret', T);
    assert.equal(wrong.ok, false);
    assert.match(!wrong.ok ? wrong.problem : '', /does not match: expected [0-9a-f]{40}/);
    assert.equal(verifyCallback(url.replace('nonce=abc', 'nonce=abd'), SECRET, T).ok, false);
    assert.match((verifyCallback('http://h/x?nonce=1&signature=ab', SECRET, T) as { problem: string }).problem, /signTimestamp is missing/);
    assert.match((verifyCallback('http://h/x', SECRET, T) as { problem: string }).problem, /no signature/);
    const stale = verifyCallback(url, SECRET, T + 301_000);
    assert.equal(stale.ok, false);
    assert.match(!stale.ok ? stale.problem : '', /matches, but signTimestamp is 301 s from now.*±300 s/);
    assert.equal(verifyCallback(url, SECRET, T + 299_000).ok, true);
  });

  it('reads the older page\'s rc-nonce, rc-timestamp (seconds) and rc-signature', () => {
    const secs = Math.floor(T / 1000);
    const q = `rc-nonce=9&rc-timestamp=${secs}&rc-signature=${sha1(`${SECRET}9${secs}`)}`;
    const v = verifyCallback(q, SECRET, T);
    assert.equal(v.ok, true);
    assert.equal(v.ok && v.spelling, 'legacy');
  });
});
