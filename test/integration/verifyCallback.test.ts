/**
 * Rong: Verify Callback Signature, in the real extension host: a callback signed here with an
 * independent SHA-1 is judged against a stored secret (match, mismatch, stale, missing parameters,
 * no profile), in the one command-result shape, and the secret is never in what it returns; and a
 * `# @callback` request sent from the editor reaches a local receiver signed in its query.
 */
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as vscode from 'vscode';
import type { CommandEnding, SendCommandResult } from '../../src/core/commandResult';
import { activateExtension } from './support';

type Result = CommandEnding & Record<string, unknown>;

const PROFILE = 'cb-verify';
const SECRET = 'CANARY-verify-cb-5e1d';
const sha1 = (s: string) => createHash('sha1').update(s, 'utf8').digest('hex');
const signed = (nonce: string, ts: number, secret = SECRET) => `http://localhost:8080/rong/route?nonce=${nonce}&signTimestamp=${ts}&signature=${sha1(secret + nonce + ts)}`;

async function verify(args: unknown): Promise<Result> {
  const result = await vscode.commands.executeCommand<Result>('rong.verifyCallbackSignature', args);
  assert.ok(result && Array.isArray(result.findings) && typeof result.message === 'string', 'the one result shape');
  assert.ok(!JSON.stringify(result).includes(SECRET), 'no secret in the result');
  return result;
}

suite('verify callback signature', () => {
  suiteSetup(async () => {
    await activateExtension();
    const stored = await vscode.commands.executeCommand<Result>('rong.setCredentials', { profile: PROFILE, appKey: 'cb-key', appSecret: SECRET, baseUrl: 'http://127.0.0.1:9' });
    assert.equal(stored.outcome, 'success');
  });
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('rong.clearCredentials', { profile: PROFILE, confirm: true });
    await vscode.commands.executeCommand('rong.switchProfile', 'sandbox');
  });

  test('a fresh callback signed with the stored secret matches; the view values come back', async () => {
    const ts = Date.now() - 2000;
    const r = await verify({ url: signed('abc', ts), profile: PROFILE });
    assert.equal(r.outcome, 'success', r.message);
    assert.equal(r.check, 'matches');
    assert.equal(r.expected, sha1(`${SECRET}abc${ts}`));
    assert.equal(r.signingString, `********abc${ts}`);
    assert.ok(typeof r.skewMs === 'number' && r.skewMs >= 2000 && r.skewMs < 60_000, String(r.skewMs));
  });

  test('the active profile is used when none is named; a wrong secret and a stale timestamp fail with 1004', async () => {
    await vscode.commands.executeCommand('rong.switchProfile', PROFILE);
    const ts = Date.now();
    const wrong = await verify({ url: signed('n1', ts, 'another-secret') });
    assert.deepEqual([wrong.outcome, wrong.code, wrong.check, wrong.profile], ['invalid', 1004, 'differs', PROFILE]);
    const stale = await verify({ url: signed('n1', ts - 10 * 60_000).split('?')[1] });
    assert.deepEqual([stale.outcome, stale.code, stale.check], ['invalid', 1004, 'stale']);
  });

  test('a query without the three parameters names the missing one; an unknown profile is refused; wrong types throw', async () => {
    const missing = await verify({ url: `nonce=a&signature=${'0'.repeat(40)}`, profile: PROFILE });
    assert.equal(missing.outcome, 'invalid');
    assert.deepEqual(missing.findings.map((f) => f.field), ['signTimestamp']);
    assert.match(missing.message, /signTimestamp/);
    const none = await verify({ url: signed('n', Date.now()), profile: 'no-such-profile-cb' });
    assert.deepEqual([none.outcome, none.reason], ['refused', 'noProfile']);
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('rong.verifyCallbackSignature', { url: 1 })), TypeError);
  });

  test('Send Request on a # @callback block signs it in the query with the profile\'s secret, without API headers', async () => {
    const seen: Array<{ url: URL; headers: Record<string, unknown>; body: string }> = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        seen.push({ url: new URL(req.url ?? '/', 'http://r'), headers: req.headers, body });
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as AddressInfo).port;
      const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'callback.rong.http');
      await vscode.workspace.fs.writeFile(uri, Buffer.from(`# @profile ${PROFILE}\n# @callback routing\nPOST http://127.0.0.1:${port}/rong/route\n\nfromUserId=u1&toUserId=u2\n`));
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      const r = await vscode.commands.executeCommand<SendCommandResult>('rong.sendRequest', doc.uri, 0);
      assert.equal(r.outcome, 'success', r.message);
      assert.equal(seen.length, 1);
      const q = seen[0].url.searchParams;
      assert.equal(q.get('signature'), sha1(`${SECRET}${q.get('nonce')}${q.get('signTimestamp')}`));
      for (const h of ['app-key', 'nonce', 'timestamp', 'signature']) assert.equal(seen[0].headers[h], undefined, h);
      assert.equal(seen[0].body, 'fromUserId=u1&toUserId=u2');
      assert.ok(!JSON.stringify(r).includes(SECRET));
      // Copy as cURL of the same block: the signature in the URL's query, no API signing header.
      const copied = await vscode.commands.executeCommand<SendCommandResult>('rong.copyAsCurl', doc.uri, 0);
      assert.equal(copied.outcome, 'success', copied.message);
      const curl = await vscode.env.clipboard.readText();
      assert.match(curl, new RegExp(`http://127\\.0\\.0\\.1:${port}/rong/route\\?nonce=[^&']+&signTimestamp=\\d+&signature=[0-9a-f]{40}`));
      assert.doesNotMatch(curl, /App-Key|-H 'Signature/);
      assert.ok(!curl.includes(SECRET));
    } finally {
      server.close();
    }
  });
});
