/**
 * The embedded sandbox in the real extension host: a second window's start uses the sandbox that
 * holds the state file with the app kept beside it (and runs it itself, on the same port, once that
 * one is gone), and the Rong Sandbox view shows
 * users, tokens and inboxes live, chatrooms with their members, copies a token, sends as a user's simulated
 * client (Send as User…), and Reset empties it after a confirmation.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { RongTestApi } from '../../src/extension';
import type { SendResult } from '../../src/core/sendResult';
import { computeSignature } from '../../src/core/signing';
import { SandboxServer } from '../../src/sandbox/server';
import { activateExtension, EXTENSION_ID, uniqueUserId, waitFor } from './support';

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
    // The view shows the first 100 users: start from an empty sandbox, whatever suites ran before (bulk registration).
    await vscode.commands.executeCommand('rong.startSandbox');
    assert.equal((await vscode.commands.executeCommand<{ outcome: string }>('rong.resetSandbox', { confirm: true })).outcome, 'success');
    await vscode.commands.executeCommand('rong.stopSandbox');
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('rong.stopSandbox');
  });

  /** The sandbox profile's app: what the first window (or browser) signs with. */
  async function profileApp(): Promise<{ appKey: string; appSecret: string }> {
    const appKey = (await vscode.commands.executeCommand<Started>('rong.startSandbox')).appKey;
    await vscode.commands.executeCommand('rong.stopSandbox');
    const appSecret = await api.secrets.get('rong.appSecret/sandbox');
    assert.ok(appSecret);
    return { appKey, appSecret };
  }

  /** The sandbox profile's base URL as kept (what the status bar shows). */
  const profileUrl = () => (api.globalState.get<{ name: string; baseUrl?: string }[]>('rong.profiles') ?? []).find((p) => p.name === 'sandbox')?.baseUrl;

  test('another browser (no secret of its own) uses the running sandbox with the app it knows: Register User succeeds', async () => {
    await vscode.commands.executeCommand('rong.startSandbox');
    await vscode.commands.executeCommand('rong.stopSandbox');
    const app = await profileApp();
    // Another window or browser of this code-server: the profiles are shared, its secrets are its own.
    await api.secrets.delete('rong.appSecret/sandbox');
    const other = await SandboxServer.start({ apps: [app], statePath: api.sandboxView.statePath });
    try {
      const started = await vscode.commands.executeCommand<Started>('rong.startSandbox');
      assert.deepEqual(started, { outcome: 'success', findings: [], message: started.message, url: other.url, appKey: app.appKey, shared: true });
      assert.ok(api.logLines().some((l) => l.includes(`using it at ${other.url}`)));
      const userId = uniqueUserId('shared');
      const ok = await vscode.commands.executeCommand<SendResult>('rong.registerUser', { userId, name: 'Shared', profile: 'sandbox' });
      assert.deepEqual([ok.outcome, ok.httpStatus, ok.code], ['success', 200, 200], ok.message);
      assert.ok(other.registeredUserIds(app.appKey).includes(userId), 'the registration went to the running sandbox');
      assert.equal(profileUrl(), other.url, 'the sandbox profile points at the running sandbox');
      const view = await api.sandboxView.items();
      assert.ok(view[0].children.some((u) => u.label === userId), 'the view shows the shared sandbox');
      assert.equal((await vscode.commands.executeCommand<{ stopped: boolean }>('rong.stopSandbox')).stopped, true);
      assert.equal((await fetch(`${other.url}/_sandbox/state`)).status, 200, 'the other sandbox still runs');
      assert.ok(other.registeredUserIds(app.appKey).includes(userId));
    } finally {
      await other.stop();
    }
  });

  test('when the window that runs the sandbox goes, this window runs it by itself on the same port and state; the profile follows', async () => {
    const app = await profileApp();
    const other = await SandboxServer.start({ apps: [app], statePath: api.sandboxView.statePath });
    const userId = uniqueUserId('kept');
    try {
      assert.equal((await vscode.commands.executeCommand<Started>('rong.startSandbox')).shared, true);
      const first = await vscode.commands.executeCommand<SendResult>('rong.registerUser', { userId, name: 'Kept', profile: 'sandbox' });
      assert.equal(first.outcome, 'success', first.message);
    } finally {
      await other.stop();
    }
    // No Start: the window notices that the owner is gone and starts the sandbox itself.
    await waitFor('this window to run the sandbox', () => api.logLines().some((l) => l.includes(`went away: this window now runs it at ${other.url}`)), 15_000);
    const own = await vscode.commands.executeCommand<Started>('rong.startSandbox');
    assert.deepEqual([own.shared, own.url, own.appKey], [false, other.url, app.appKey], 'the same port, so a copied cURL command keeps working');
    assert.equal(profileUrl(), other.url);
    const again = await vscode.commands.executeCommand<SendResult>('rong.registerUser', { userId, name: 'Kept', profile: 'sandbox' });
    assert.equal(again.code, 1004, `the registration made through the other sandbox is in the state file: ${again.message}`);
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
    // The request journal: the newest API requests, newest first, each with its answer (never a parameter).
    const requests = items.find((s) => s.label.startsWith('Requests'));
    assert.ok(requests, items.map((s) => s.label).join(', '));
    assert.match(requests.label, /^Requests \(last \d+ of \d+\)$/);
    const registered = requests.children.find((r) => r.label === 'POST /user/getToken.json');
    assert.ok(registered, requests.children.map((r) => r.label).join(', '));
    assert.match(registered.description, /^200 · 200 · \d+ ms · /);

    const copied = await vscode.commands.executeCommand<{ outcome: string; message: string }>('rong.copySandboxToken', { userId: bob });
    assert.equal(copied.outcome, 'success');
    const token = await vscode.env.clipboard.readText();
    const verdict = (await (await fetch(`${(await vscode.commands.executeCommand<Started>('rong.startSandbox')).url}/_sandbox/verify`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token }) })).json()) as { userId: string; status: string };
    assert.deepEqual([verdict.userId, verdict.status], [bob, 'valid']);
    assert.ok(!api.logLines().some((l) => l.includes(token)), 'the token is never logged');

    const reset = await vscode.commands.executeCommand<{ outcome: string }>('rong.resetSandbox', { confirm: true });
    assert.equal(reset.outcome, 'success');
    const after = await api.sandboxView.items();
    // The request journal is a log of what reached the sandbox, not its state: a reset keeps it.
    assert.deepEqual(after.filter((s) => !s.label.startsWith('Requests')).map((s) => [s.label, s.children.length]), [['Users (0)', 0], ['Groups (0)', 0], ['Chatrooms (0)', 0]]);
  });

  test('Send as User… sends as the user’s client: the messageUID is answered and the message shows in the recipient’s inbox; a chatroom shows its member', async () => {
    const started = await vscode.commands.executeCommand<Started>('rong.startSandbox');
    const alice = uniqueUserId('alice');
    const bob = uniqueUserId('bob');
    for (const userId of [alice, bob]) {
      const r = await vscode.commands.executeCommand<SendResult>('rong.registerUser', { userId, name: `N-${userId.slice(0, 5)}`, profile: 'sandbox' });
      assert.equal(r.outcome, 'success', r.message);
    }
    const contributed = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as
      { contributes: { menus: Record<string, Array<{ command: string; when?: string }>> } } | undefined;
    assert.ok(contributed?.contributes.menus['view/item/context'].some((m) => m.command === 'rong.sendAsSandboxUser' && m.when?.includes('viewItem == rongSandboxUser')), 'a context action of a user node');

    const sent = await vscode.commands.executeCommand<{ outcome: string; message: string; messageUID?: string }>(
      'rong.sendAsSandboxUser', { userId: alice, toUserId: bob, objectName: 'RC:TxtMsg', content: '{"content":"as a client"}' },
    );
    assert.equal(sent.outcome, 'success', sent.message);
    assert.match(sent.messageUID ?? '', /^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/);
    assert.ok(sent.message.includes(sent.messageUID ?? '?'), 'the messageUID is shown');
    const inbox = await waitFor('bob’s inbox to hold the client message', async () => {
      const b = (await api.sandboxView.items())[0]?.children.find((u) => u.label === bob);
      return b && b.children.length === 1 ? b : undefined;
    }, 10_000);
    assert.equal(inbox.children[0].label, `RC:TxtMsg from ${alice}`);
    const kept = (await (await fetch(`${started.url}/_sandbox/messages?userId=${bob}&app=${started.appKey}`)).json()) as { messages: Array<{ messageUID: string; via?: string }> };
    assert.deepEqual(kept.messages.map((m) => [m.messageUID, m.via]), [[sent.messageUID, 'client']]);

    const refusedSend = await vscode.commands.executeCommand<{ outcome: string; httpStatus?: number }>('rong.sendAsSandboxUser', { userId: alice, groupId: 'no-such-group' });
    assert.deepEqual([refusedSend.outcome, refusedSend.httpStatus], ['httpError', 404]);

    const room = uniqueUserId('room');
    const joined = await fetch(`${started.url}/_sandbox/clients/join`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ app: started.appKey, userId: alice, chatroomId: room, autoCreate: true }),
    });
    assert.equal(joined.status, 200, await joined.text());
    const chatrooms = await waitFor('the chatroom in the view', async () => {
      const section = (await api.sandboxView.items())[2];
      return section?.children.some((c) => c.label === room) ? section : undefined;
    }, 10_000);
    assert.match(chatrooms.label, /^Chatrooms \(\d+\)$/);
    const shown = chatrooms.children.find((c) => c.label === room);
    assert.match(shown?.description ?? '', /1 members/);
    assert.deepEqual(shown?.children.map((m) => m.label), [alice]);
  });
});
