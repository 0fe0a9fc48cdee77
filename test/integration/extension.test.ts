import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as vscode from 'vscode';
import type { CommandEnding, SendCommandResult } from '../../src/core/commandResult';
import { GET_TOKEN } from '../../src/core/contract';
import type { SendResult } from '../../src/core/sendResult';
import { failureSummary, nextStep } from '../../src/views/outcomeText';
import { showStartGuide } from '../../src/views/startGuide';
import { CANARY_SECRET } from './canary';
import { activateExtension, allState, EXTENSION_ID, uniqueUserId, waitFor } from './support';

const manifest = () => (vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { commands: Array<{ command: string }> } }).contributes.commands.map((c) => c.command);

suite('extension: commands, credentials, Register User', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  test('every command of the manifest is registered; Register User comes first, Open Endpoint is there', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    const commands = manifest();
    assert.ok(commands.length >= 17, `${commands.length} commands`);
    assert.deepEqual(commands.filter((c) => !registered.has(c)), []);
    assert.equal(commands[0], 'rong.registerUser');
    assert.ok(commands.includes('rong.openEndpoint'));
  });

  test('the sandbox starts on 127.0.0.1 and its profile registers a user; the same ID again gives 1004', async () => {
    const started = await vscode.commands.executeCommand<{ url: string; appKey: string }>('rong.startSandbox');
    assert.match(started.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.match(started.appKey, /^sandbox-/);
    const userId = uniqueUserId();
    const first = await vscode.commands.executeCommand<SendResult>('rong.registerUser', { userId, name: 'Ironman' });
    assert.equal(first.outcome, 'success', first.message);
    assert.equal(first.code, 200);
    assert.equal(first.userId, userId);
    assert.ok(first.token && first.token.length > 0 && Buffer.byteLength(first.token) < 256);
    assert.ok(first.expiresAt && first.expiresAt > Date.now() + 29 * 24 * 3600 * 1000);
    const second = await vscode.commands.executeCommand<SendResult>('rong.registerUser', { userId, name: 'Ironman' });
    assert.equal(second.outcome, 'apiError');
    assert.equal(second.code, 1004);
    assert.equal(second.meaning, 'User ID already exists');
    assert.equal(second.attempts.length, 1, 'a definitive answer is not retried');
  });

  test('credentials round-trip through SecretStorage and the canary secret is nowhere but there', async () => {
    const api = await activateExtension();
    const started = await vscode.commands.executeCommand<{ url: string; appKey: string }>('rong.startSandbox');
    // A profile with the sandbox's App Key but the canary secret: the sandbox must refuse its signature,
    // which proves that the canary (not the sandbox secret) was read back from SecretStorage.
    await vscode.commands.executeCommand('rong.setCredentials', {
      profile: 'canary',
      appKey: started.appKey,
      appSecret: `  ${CANARY_SECRET}  `,
      baseUrl: started.url,
    });
    const refused = await vscode.commands.executeCommand<SendResult>('rong.registerUser', {
      userId: uniqueUserId('canary'),
      name: 'Canary',
      profile: 'canary',
    });
    assert.equal(refused.httpStatus, 401);
    assert.equal(refused.outcome, 'httpError');
    const sig = refused.request.headers.find(([k]) => k === 'Signature')?.[1];
    const nonce = refused.request.headers.find(([k]) => k === 'Nonce')?.[1];
    const timestamp = refused.request.headers.find(([k]) => k === 'Timestamp')?.[1];
    assert.equal(sig, createHash('sha1').update(CANARY_SECRET + nonce + timestamp).digest('hex'), 'signed with the trimmed canary');

    const haystacks = {
      result: JSON.stringify(refused),
      settings: JSON.stringify(vscode.workspace.getConfiguration()),
      rongSettings: JSON.stringify(vscode.workspace.getConfiguration('rong')),
      state: allState(api),
      log: api.logLines().join('\n'),
    };
    for (const [where, text] of Object.entries(haystacks)) {
      assert.ok(!text.includes(CANARY_SECRET), `the canary secret appears in ${where}`);
    }
    assert.ok(haystacks.log.includes('/user/getToken.json'), 'the log has request lines (so the search above means something)');
    assert.ok(haystacks.state.includes('canary'), 'the profile name is in globalState');
    await vscode.commands.executeCommand('rong.clearCredentials', { profile: 'canary', confirm: true });
    await vscode.commands.executeCommand('rong.switchProfile', 'sandbox');
  });

  test('Register User refuses bad values with the contract code and numbers as a result, before sending; wrong types throw', async () => {
    await vscode.commands.executeCommand('rong.startSandbox');
    const long = await vscode.commands.executeCommand<SendCommandResult>('rong.registerUser', { userId: 'x'.repeat(65), name: 'n' });
    assert.equal(long.outcome, 'invalid');
    assert.equal(long.code, 1005);
    assert.deepEqual(long.findings.map((f) => [f.field, f.code, f.rule, f.limit, f.actual]), [['userId', 1005, 'tooLong', 64, 65]]);
    assert.match(long.message, /1005 · userId is 65 bytes; the limit is 64/);
    assert.equal(long.attempts, undefined, 'nothing was sent');
    const ftp = await vscode.commands.executeCommand<SendCommandResult>('rong.registerUser', { userId: 'ok', name: 'n', portraitUri: 'ftp://x' });
    assert.equal(ftp.code, 1007);
    assert.match(nextStep(ftp, 'sandbox', GET_TOKEN), /^Fix portraitUri: .*1024 bytes/, 'the hint comes from the contract data');
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('rong.registerUser', { userId: 42 })), /userId must be a string/);
  });

  test('a network failure reads in plain words with the host and the number of attempts', async () => {
    await vscode.commands.executeCommand('rong.setCredentials', { profile: 'down', appKey: 'k', appSecret: 'not-a-real-secret', baseUrl: 'http://127.0.0.1:9' });
    const result = await vscode.commands.executeCommand<SendResult>('rong.registerUser', { userId: uniqueUserId('down'), name: 'n', profile: 'down' });
    assert.equal(result.outcome, 'networkError');
    assert.equal(result.attempts[result.attempts.length - 1].error?.kind, 'refused');
    assert.equal(failureSummary(result), `Connection refused by 127.0.0.1:9 (${result.attempts.length} attempts)`);
    assert.match(nextStep(result, 'down'), /start the local sandbox/);
    await vscode.commands.executeCommand('rong.clearCredentials', { profile: 'down', confirm: true });
  });

  test('rong.errorCodes and rong.errorCatalogue change meanings at once, with their source; a bad entry is logged', async () => {
    const api = await activateExtension();
    await vscode.commands.executeCommand('rong.startSandbox');
    const config = vscode.workspace.getConfiguration('rong');
    await config.update('errorCodes', { 1004: 'Registered before (team wording)', oops: 'x' }, vscode.ConfigurationTarget.Global);
    try {
      const userId = uniqueUserId('codes');
      await vscode.commands.executeCommand('rong.registerUser', { userId, name: 'n' });
      const again = await vscode.commands.executeCommand<SendResult>('rong.registerUser', { userId, name: 'n' });
      assert.equal(again.code, 1004);
      assert.equal(again.meaning, 'Registered before (team wording)');
      assert.equal(again.meaningSource, 'user');
      assert.equal(failureSummary(again), '1004 · Registered before (team wording) (your rong.errorCodes) · HTTP 400');
      assert.ok(api.logLines().some((l) => l.includes('"oops" is not an integer code')));
      // The real service's table instead of the contract's: its 1004 is a signature error.
      await config.update('errorCodes', undefined, vscode.ConfigurationTarget.Global);
      await config.update('errorCatalogue', 'realService', vscode.ConfigurationTarget.Global);
      const real = await vscode.commands.executeCommand<SendResult>('rong.registerUser', { userId, name: 'n' });
      assert.equal(real.meaning, 'Signature error');
      assert.equal(real.meaningSource, 'realService');
      assert.match(failureSummary(real), /^1004 · Signature error \(real service\)/);
    } finally {
      await config.update('errorCodes', undefined, vscode.ConfigurationTarget.Global);
      await config.update('errorCatalogue', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('the embedded sandbox follows rong.errorCatalogue at its next start: realService registers a userId again', async () => {
    await activateExtension();
    const config = vscode.workspace.getConfiguration('rong');
    const userId = uniqueUserId('behaviour');
    try {
      await vscode.commands.executeCommand('rong.stopSandbox');
      await config.update('errorCatalogue', 'realService', vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('rong.startSandbox');
      const first = await vscode.commands.executeCommand<SendResult>('rong.registerUser', { userId, name: 'First' });
      const second = await vscode.commands.executeCommand<SendResult>('rong.registerUser', { userId, name: 'Second' });
      assert.deepEqual([first.code, second.code], [200, 200], 'the live service treats a repeated userId as the same user');
      assert.notEqual(second.token, first.token);
      await vscode.commands.executeCommand('rong.stopSandbox');
      await config.update('errorCatalogue', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('rong.startSandbox');
      const contract = await vscode.commands.executeCommand<SendResult>('rong.registerUser', { userId, name: 'Third' });
      assert.equal(contract.code, 1004, 'the contract: a registered userId is 1004');
    } finally {
      await config.update('errorCatalogue', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('Set Credentials refuses empty values with a clear message, as a result', async () => {
    const empty = await vscode.commands.executeCommand<CommandEnding>('rong.setCredentials', { appKey: '  ', appSecret: 'x' });
    assert.equal(empty.outcome, 'invalid');
    assert.match(empty.message, /App Key must not be empty/);
  });

  test("npm start's first screen: the example file, the walkthrough beside it; once per run; a bad value is named", async () => {
    const api = await activateExtension();
    const tabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs);
    const file = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'valid.rong.http').fsPath;
    const guide = JSON.stringify({ file, run: uniqueUserId('run') });
    const warnings: string[] = [];
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    assert.equal(await showStartGuide(api.globalState, guide, (l) => warnings.push(l)), true);
    assert.ok(tabs().some((t) => t.input instanceof vscode.TabInputText && t.input.uri.fsPath === file), 'the example file is open');
    await waitFor('the walkthrough beside it', () => tabs().some((t) => /Rong Playground|Walkthrough|Welcome/.test(t.label)), 10_000);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    assert.equal(await showStartGuide(api.globalState, guide, (l) => warnings.push(l)), false, 'a reload or a second browser of the same run');
    assert.deepEqual(tabs().map((t) => t.label), []);
    assert.equal(await showStartGuide(api.globalState, JSON.stringify({ file: '/etc/passwd', run: 'x' }), (l) => warnings.push(l)), false);
    assert.deepEqual(warnings, ['RONG_START_GUIDE is ignored: "file" must name a .rong.http file']);
  });
});
