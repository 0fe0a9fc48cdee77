/**
 * The embedded sandbox in the real extension host: a second window's start uses the sandbox that
 * holds the state file (and starts its own once that one is gone), and the Rong Sandbox view shows
 * users, tokens and inboxes live, copies a token, and Reset empties it after a confirmation.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { RongTestApi } from '../../src/extension';
import type { SendResult } from '../../src/core/sendResult';
import { computeSignature } from '../../src/core/signing';
import { SandboxServer } from '../../src/sandbox/server';
import { activateExtension, uniqueUserId, waitFor } from './support';

type Started = { outcome: string; message: string; url: string; appKey: string; shared: boolean };

/** A private message through the sandbox profile, signed as the API asks. */
async function sendPrivate(api: RongTestApi, from: string, to: string): Promise<string> {
  const started = await vscode.commands.executeCommand<Started>('rong.startSandbox');
  const secret = (await api.secrets.get('rong.appSecret/sandbox')) ?? '';
  const nonce = '12345';
  const timestamp = String(Date.now());
  const res = await fetch(`${started.url}/message/private/publish.json`, {
    method: 'POST',
    headers: { 'App-Key': started.appKey, Nonce: nonce, Timestamp: timestamp, Signature: computeSignature(secret, nonce, timestamp), 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ fromUserId: from, toUserId: to, objectName: 'RC:TxtMsg', content: '{"content":"hi"}' }).toString(),
  });
  return `${res.status} ${await res.text()}`;
}

suite('the Rong Sandbox view and the embedded sandbox', () => {
  let api: RongTestApi;

  suiteSetup(async () => {
    api = await activateExtension();
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('rong.stopSandbox');
  });

  test('a second window: the state file held by another sandbox is used, not refused; stop only forgets it', async () => {
    await vscode.commands.executeCommand('rong.startSandbox');
    await vscode.commands.executeCommand('rong.stopSandbox');
    const appKey = (await vscode.commands.executeCommand<Started>('rong.startSandbox')).appKey;
    await vscode.commands.executeCommand('rong.stopSandbox');
    const appSecret = await api.secrets.get('rong.appSecret/sandbox');
    assert.ok(appSecret);
    const other = await SandboxServer.start({ apps: [{ appKey, appSecret }], statePath: api.sandboxView.statePath });
    try {
      const started = await vscode.commands.executeCommand<Started>('rong.startSandbox');
      assert.deepEqual(started, { outcome: 'success', findings: [], message: started.message, url: other.url, appKey, shared: true });
      assert.ok(api.logLines().some((l) => l.includes(`using it at ${other.url}`)));
      const userId = uniqueUserId('shared');
      const ok = await vscode.commands.executeCommand<SendResult>('rong.registerUser', { userId, name: 'Shared', profile: 'sandbox' });
      assert.equal(ok.outcome, 'success', ok.message);
      assert.ok(other.registeredUserIds(appKey).includes(userId), 'the registration went to the running sandbox');
      const profile = JSON.stringify(api.globalState.get('rong.profiles') ?? api.globalState.keys().map((k) => api.globalState.get(k)));
      assert.ok(profile.includes(other.url), `the sandbox profile points at the running sandbox: ${profile}`);
      const view = await api.sandboxView.items();
      assert.ok(view[0].children.some((u) => u.label === userId), 'the view shows the shared sandbox');
      assert.equal((await vscode.commands.executeCommand<{ stopped: boolean }>('rong.stopSandbox')).stopped, true);
      assert.equal((await fetch(`${other.url}/_sandbox/state`)).status, 200, 'the other sandbox still runs');
      assert.ok(other.registeredUserIds(appKey).includes(userId));

      // Shared again, then the other window goes away: the view notices, and Start starts one here.
      assert.equal((await vscode.commands.executeCommand<Started>('rong.startSandbox')).shared, true);
      await other.stop();
      await waitFor('the view to notice the shared sandbox is gone', async () => {
        await api.sandboxView.items();
        return api.logLines().some((l) => l.includes('no longer answers'));
      });
      const own = await vscode.commands.executeCommand<Started>('rong.startSandbox');
      assert.equal(own.shared, false);
      assert.notEqual(own.url, other.url);
      const again = await vscode.commands.executeCommand<SendResult>('rong.registerUser', { userId, name: 'Shared', profile: 'sandbox' });
      assert.equal(again.code, 1004, `the registration made through the other sandbox is in the state file: ${again.message}`);
    } finally {
      await other.stop();
    }
  });

  test('the view: a user with its token status and inbox, Copy Token, Reset empties it', async () => {
    await vscode.commands.executeCommand('rong.startSandbox');
    await vscode.commands.executeCommand('rong.switchProfile', 'sandbox');
    const alice = uniqueUserId('alice');
    const bob = uniqueUserId('bob');
    for (const userId of [alice, bob]) {
      const r = await vscode.commands.executeCommand<SendResult>('rong.registerUser', { userId, name: `N-${userId.slice(0, 5)}`, profile: 'sandbox' });
      assert.equal(r.outcome, 'success', r.message);
    }
    const sent = await sendPrivate(api, alice, bob);
    const items = await waitFor('bob with one message in the view', async () => {
      const shown = await api.sandboxView.items();
      const b = shown[0]?.children.find((u) => u.label === bob);
      return b && b.children.length === 1 ? shown : undefined;
    }, 10_000).catch((err: Error) => assert.fail(`${err.message}; the send answered ${JSON.stringify(sent)}`));
    const users = items[0];
    assert.match(users.label, /^Users \(\d+\)$/);
    const b = users.children.find((u) => u.label === bob);
    assert.ok(b);
    assert.match(b.description, /token valid/);
    assert.match(b.children[0].label, new RegExp(`^RC:TxtMsg from ${alice}$`));
    assert.match(b.children[0].description, /delivered$/);
    assert.match(items[1].label, /^Groups \(\d+\)$/);

    const copied = await vscode.commands.executeCommand<{ outcome: string; message: string }>('rong.copySandboxToken', { userId: bob });
    assert.equal(copied.outcome, 'success');
    const token = await vscode.env.clipboard.readText();
    const verdict = (await (await fetch(`${(await vscode.commands.executeCommand<Started>('rong.startSandbox')).url}/_sandbox/verify`, { method: 'POST', body: JSON.stringify({ token }) })).json()) as { userId: string; status: string };
    assert.deepEqual([verdict.userId, verdict.status], [bob, 'valid']);
    assert.ok(!api.logLines().some((l) => l.includes(token)), 'the token is never logged');

    const reset = await vscode.commands.executeCommand<{ outcome: string }>('rong.resetSandbox', { confirm: true });
    assert.equal(reset.outcome, 'success');
    const after = await api.sandboxView.items();
    assert.deepEqual(after.map((s) => [s.label, s.children.length]), [['Users (0)', 0], ['Groups (0)', 0]]);
  });
});
