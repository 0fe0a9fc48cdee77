/** Receiver snippets: the Node one is run as written against good, bad and stale callbacks; the others hold their constant-time call, the window and no literal secret. */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CALLBACK_WINDOW_MS } from '../../src/core/callbackSignature';
import { receiverSnippet, receiverSnippets } from '../../src/core/callbackSnippets';

const SECRET = 'CANARY-snippet-secret-91c2';
// Signed here with node:crypto, not with our signing code, so a shared mistake cannot pass.
const sign = (nonce: string, ts: number, secret = SECRET) => `nonce=${nonce}&signTimestamp=${ts}&signature=${createHash('sha1').update(`${secret}${nonce}${ts}`).digest('hex')}`;

describe('the Node receiver snippet, run', () => {
  let dir: string;
  let child: ChildProcess;
  let base: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rong-snippet-'));
    const file = join(dir, 'receiver.cjs');
    writeFileSync(file, receiverSnippet('node').code);
    child = spawn(process.execPath, [file], { env: { ...process.env, RONG_APP_SECRET: SECRET, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    base = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /listening on (\d+)/.exec(out);
        if (m) resolve(`http://127.0.0.1:${m[1]}`);
      });
      child.once('exit', (code) => reject(new Error(`the snippet exited with ${code}`)));
    });
  });

  after(() => {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  const post = (query: string) => fetch(`${base}/rong/route?${query}`, { method: 'POST', body: 'fromUserId=u1&toUserId=u2', headers: { 'content-type': 'application/x-www-form-urlencoded' } });

  it('accepts a fresh callback signed with the secret', async () => {
    const res = await post(sign('n1', Date.now()));
    assert.equal(res.status, 200);
  });

  it('refuses a wrong secret, a changed nonce, a missing parameter and a stale timestamp', async () => {
    const now = Date.now();
    assert.equal((await post(sign('n1', now, 'another-secret'))).status, 403);
    assert.equal((await post(sign('n1', now).replace('nonce=n1', 'nonce=n2'))).status, 403);
    assert.equal((await post(`nonce=n1&signTimestamp=${now}`)).status, 403);
    assert.equal((await post(sign('n1', now - CALLBACK_WINDOW_MS - 60_000))).status, 403);
    assert.equal((await post(sign('n1', now).replace(/signature=\w+/, 'signature=zz'))).status, 403);
  });
});

describe('the other receiver snippets', () => {
  const CONSTANT_TIME = { node: 'crypto.timingSafeEqual(', go: 'subtle.ConstantTimeCompare(', java: 'MessageDigest.isEqual(', python: 'hmac.compare_digest(' } as const;

  it('each compares in constant time, reads RONG_APP_SECRET, checks the 5-minute window and names the three parameters', () => {
    for (const s of receiverSnippets()) {
      assert.ok(s.code.includes(CONSTANT_TIME[s.language]), s.language);
      assert.ok(s.code.includes('RONG_APP_SECRET'), s.language);
      assert.ok(s.code.includes(String(CALLBACK_WINDOW_MS)), s.language);
      for (const name of ['"nonce"', '"signTimestamp"', '"signature"'].map((n) => (s.language === 'node' ? n.replaceAll('"', "'") : n))) assert.ok(s.code.includes(name), `${s.language} ${name}`);
      // No secret literal: nothing assigned a quoted value under a secret-like name.
      assert.doesNotMatch(s.code, /secret\s*(:=|=)\s*["'][^"']+["']/i, s.language);
    }
  });

  it('the Python one gives the same answers as an independent SHA-1, when python3 is here', (t) => {
    if (spawnSync('python3', ['--version']).status !== 0) return t.skip('no python3');
    const now = Date.now();
    const good = Object.fromEntries(new URLSearchParams(sign('n9', now)));
    const bad = { ...good, signature: good.signature!.replace(/^./, (c) => (c === '0' ? '1' : '0')) };
    const script = `${receiverSnippet('python').code.replace(/if __name__ == "__main__":[\s\S]*$/, '')}\nimport json, sys\nfor q in json.loads(sys.argv[1]):\n    print(verify_rong_callback(q, now_ms=${now}))\n`;
    const r = spawnSync('python3', ['-c', script, JSON.stringify([good, bad, Object.fromEntries(new URLSearchParams(sign('n9', now - CALLBACK_WINDOW_MS - 1)))])], { env: { ...process.env, RONG_APP_SECRET: SECRET }, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(r.stdout.trim().split('\n'), ['True', 'False', 'False']);
  });

  it('the Java one compiles, when javac is here', (t) => {
    if (spawnSync('javac', ['-version']).status !== 0) return t.skip('no javac');
    const dir = mkdtempSync(join(tmpdir(), 'rong-java-'));
    try {
      writeFileSync(join(dir, 'RongCallbackVerifier.java'), receiverSnippet('java').code);
      const r = spawnSync('javac', ['-d', dir, join(dir, 'RongCallbackVerifier.java')], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
