/**
 * Issue 9's one result shape, in the real extension host: every command that takes automation
 * arguments ends in `{ outcome, code?, findings, message }` — success, a server's code, a network
 * failure, a local validation failure, a missing secret, an unknown name — and throws only for
 * arguments of the wrong type.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CommandEnding, SendCommandResult } from '../../src/core/commandResult';
import type { RongTestApi } from '../../src/extension';
import { activateExtension, uniqueUserId, waitFor } from './support';

type Result = CommandEnding & Record<string, unknown>;

async function run(command: string, ...args: unknown[]): Promise<Result> {
  const result = await vscode.commands.executeCommand<Result>(command, ...args);
  assert.ok(result && typeof result === 'object', `${command} returns a result object`);
  assert.equal(typeof result.outcome, 'string', `${command}: outcome`);
  assert.ok(Array.isArray(result.findings), `${command}: findings`);
  assert.equal(typeof result.message, 'string', `${command}: message`);
  return result;
}

async function rejects(command: string, ...args: unknown[]): Promise<void> {
  await assert.rejects(Promise.resolve(vscode.commands.executeCommand(command, ...args)), TypeError, `${command} throws for wrong types`);
}

const workspace = () => vscode.workspace.workspaceFolders![0].uri;

async function requestFile(name: string, userId: string, profile?: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(workspace(), name);
  const head = profile ? `# @profile ${profile}\n` : '';
  await vscode.workspace.fs.writeFile(uri, Buffer.from(`${head}POST /user/getToken.json\n\nuserId=${userId}&name=n\n`));
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  return uri;
}

suite('command results: one shape for every ending', () => {
  let api: RongTestApi;
  suiteSetup(async () => {
    api = await activateExtension();
  });
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const profile of ['cr-down', 'cr-nosecret']) await vscode.commands.executeCommand('rong.clearCredentials', { profile, confirm: true });
    await vscode.commands.executeCommand('rong.switchProfile', 'sandbox');
  });

  test('the sandbox commands: started, a second start the same, stopped; arguments of the wrong type throw', async () => {
    const started = await run('rong.startSandbox');
    assert.equal(started.outcome, 'success');
    assert.match(String(started.url), /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.equal((await run('rong.startSandbox', {})).url, started.url);
    await rejects('rong.startSandbox', 'now');
    const stopped = await run('rong.stopSandbox');
    assert.deepEqual([stopped.outcome, stopped.stopped], ['success', true]);
    assert.deepEqual([(await run('rong.stopSandbox')).stopped], [false]);
    assert.equal((await run('rong.startSandbox')).outcome, 'success');
  });

  test('credentials: stored, bad values invalid, unknown names refused, wrong types thrown', async () => {
    const stored = await run('rong.setCredentials', { profile: 'cr-down', appKey: 'k', appSecret: 'not-a-real-secret', baseUrl: 'http://127.0.0.1:9' });
    assert.deepEqual([stored.outcome, stored.profile], ['success', 'cr-down']);
    const region = await run('rong.setCredentials', { appKey: 'k', appSecret: 's', region: 'mars' });
    assert.equal(region.outcome, 'invalid');
    assert.match(region.message, /Unknown region "mars"/);
    const long = await run('rong.setCredentials', { appKey: 'k'.repeat(129), appSecret: 's' });
    assert.match(long.message, /App Key is 129 characters; the limit is 128/);
    await rejects('rong.setCredentials', { appKey: 1, appSecret: 's' });
    const unknown = await run('rong.switchProfile', 'no-such-profile');
    assert.deepEqual([unknown.outcome, unknown.reason], ['refused', 'noProfile']);
    await rejects('rong.switchProfile', 42);
    assert.deepEqual([(await run('rong.clearCredentials', { profile: 'no-such-profile', confirm: true })).reason], ['noProfile']);
    await rejects('rong.clearCredentials', { profile: 7 });
    assert.equal((await run('rong.switchProfile', 'sandbox')).outcome, 'success');
  });

  test('Register User: success, the server\'s 1004, a local 1005, a network failure, a missing secret', async () => {
    const userId = uniqueUserId('cr');
    const ok = await run('rong.registerUser', { userId, name: 'n' }) as SendCommandResult;
    assert.deepEqual([ok.outcome, ok.code, ok.findings.length, ok.userId], ['success', 200, 0, userId]);
    assert.ok(ok.attempts && ok.attempts.length === 1, 'what SendResult carries is there');
    const again = await run('rong.registerUser', { userId, name: 'n' }) as SendCommandResult;
    assert.deepEqual([again.outcome, again.code], ['apiError', 1004]);
    const local = await run('rong.registerUser', { userId: 'x'.repeat(65), name: 'n' });
    assert.deepEqual([local.outcome, local.code, local.findings[0]?.field], ['invalid', 1005, 'userId']);
    const down = await run('rong.registerUser', { userId: uniqueUserId('cr'), name: 'n', profile: 'cr-down' });
    assert.equal(down.outcome, 'networkError');
    await run('rong.setCredentials', { profile: 'cr-nosecret', appKey: 'k', appSecret: 'gone-soon', baseUrl: 'http://127.0.0.1:9' });
    await api.secrets.delete('rong.appSecret/cr-nosecret');
    const noSecret = await run('rong.registerUser', { userId: uniqueUserId('cr'), name: 'n', profile: 'cr-nosecret' });
    assert.deepEqual([noSecret.outcome, noSecret.reason], ['refused', 'noSecret']);
    assert.match(noSecret.message, /has no App Secret stored/);
    const noProfile = await run('rong.registerUser', { userId: 'a', name: 'n', profile: 'no-such-profile' });
    assert.deepEqual([noProfile.outcome, noProfile.reason], ['refused', 'noProfile']);
    await vscode.commands.executeCommand('rong.switchProfile', 'sandbox');
    const token = await run('rong.copyToken', { userId });
    assert.deepEqual([token.outcome, token.userId], ['success', userId]);
    assert.deepEqual([(await run('rong.copyToken', { userId: 'never-registered' })).reason], ['noToken']);
    await rejects('rong.copyToken', { userId: 3 });
  });

  test('.rong.http commands: send, a local 1005 not sent, a missing secret, no request there; cURL; into the playground', async () => {
    const userId = uniqueUserId('crf');
    const uri = await requestFile('cr-ok.rong.http', userId);
    const sent = await run('rong.sendRequest', uri, 0) as SendCommandResult;
    assert.deepEqual([sent.outcome, sent.code, sent.userId], ['success', 200, userId]);
    const long = await run('rong.sendRequest', await requestFile('cr-long.rong.http', 'y'.repeat(65)), 0);
    assert.deepEqual([long.outcome, long.code, long.findings[0]?.rule], ['invalid', 1005, 'tooLong']);
    const noSecret = await run('rong.sendRequest', await requestFile('cr-nosecret.rong.http', 'z', 'cr-nosecret'), 0);
    assert.deepEqual([noSecret.outcome, noSecret.reason], ['refused', 'noSecret']);
    const nothing = await run('rong.sendRequest', uri, 5);
    assert.equal(nothing.outcome, 'invalid');
    assert.match(nothing.message, /There is no request here/);
    await rejects('rong.sendRequest', 42, 0);
    const curl = await run('rong.copyAsCurl', uri, 0);
    assert.equal(curl.outcome, 'success');
    assert.match(String(curl.curl), /^curl -X POST /);
    assert.deepEqual([(await run('rong.copyAsCurl', await requestFile('cr-nosecret2.rong.http', 'z', 'cr-nosecret'), 0)).reason], ['noSecret']);
    assert.equal((await run('rong.openRequestInPlayground', uri, 0)).outcome, 'success');
    await waitFor('the playground', () => api.playground.panelCount() === 1);
    const all = await run('rong.sendAllRequests', uri, { concurrency: 2 });
    assert.deepEqual([all.outcome, all.code, all.sent], ['apiError', 1004, 1]);
    await rejects('rong.sendAllRequests', uri, { concurrency: 'many' });
  });

  test('Open Endpoint and New .rong.http File take { endpointId }; an unknown one is invalid', async () => {
    const opened = await run('rong.openEndpoint', { endpointId: 'user.block' });
    assert.equal(opened.outcome, 'success');
    assert.equal(api.playground.panelCount(), 1);
    const unknown = await run('rong.openEndpoint', { endpointId: 'user.nope' });
    assert.equal(unknown.outcome, 'invalid');
    assert.match(unknown.message, /Unknown endpoint "user\.nope"\. Known: user\.getToken, /);
    await rejects('rong.openEndpoint', { endpointId: 1 });
    const created = await run('rong.newRequestFile', { endpointId: 'message.privatePublish' });
    assert.equal(created.outcome, 'success');
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === created.uri);
    assert.ok(doc, 'the new document is open');
    assert.equal(doc.languageId, 'rong-http');
    assert.match(doc.getText(), /^### Send private message\n# .+\nPOST \/message\/private\/publish\.json\n\nfromUserId=user-1\n&toUserId=user-2\n/m);
    assert.equal((await run('rong.newRequestFile', { endpointId: 'nope' })).outcome, 'invalid');
    await rejects('rong.newRequestFile', 'user.block');
  });

  test('Copy Signature: a signature copied, anything else invalid', async () => {
    const sig = 'a'.repeat(40);
    assert.equal((await run('rong.copySignature', sig)).outcome, 'success');
    assert.equal(await vscode.env.clipboard.readText(), sig);
    assert.equal((await run('rong.copySignature', 'xyz')).outcome, 'invalid');
    await rejects('rong.copySignature', 5);
  });
});
