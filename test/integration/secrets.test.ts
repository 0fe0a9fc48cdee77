/**
 * One canary App Secret through every feature — credentials, Register User, the playground (every
 * message both ways), .rong.http send and Send All, Copy as cURL, snippets, errors of every kind,
 * the log — then a search of all of it. The runner afterwards searches every file on disk too.
 * Also: a property-based stream of random webview messages never sends without a valid form and
 * never gets the secret back.
 */
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import * as vscode from 'vscode';
import { GET_TOKEN } from '../../src/core/contract';
import type { SendResult } from '../../src/core/sendResult';
import { validateParams } from '../../src/core/validation';
import type { RongTestApi } from '../../src/extension';
import { parseWebviewMessage, type FormState } from '../../src/playground/protocol';
import { SandboxServer } from '../../src/sandbox/server';
import { CANARY_SECRET } from './canary';
import { activateExtension, allState, uniqueUserId, waitFor } from './support';

const PROFILE = 'secrets-canary';
const APP_KEY = 'canary-app';


suite('secrets: a canary App Secret through every feature', () => {
  let api: RongTestApi;
  let sandbox: SandboxServer;
  /** Everything the features produced that a person or a file could see. */
  const seen: Array<[string, string]> = [];
  const record = (where: string, value: unknown) => seen.push([where, typeof value === 'string' ? value : JSON.stringify(value) ?? String(value)]);
  const clip = async (where: string) => record(`clipboard after ${where}`, await vscode.env.clipboard.readText());
  const error = async (where: string, run: () => Thenable<unknown> | Promise<unknown>) => {
    try {
      record(where, await run());
    } catch (err) {
      record(`${where} (error)`, err instanceof Error ? `${err.message}\n${err.stack}` : String(err));
    }
  };

  suiteSetup(async () => {
    api = await activateExtension();
    sandbox = await SandboxServer.start({ apps: [{ appKey: APP_KEY, appSecret: CANARY_SECRET }] });
    await vscode.commands.executeCommand('rong.setCredentials', { profile: PROFILE, appKey: APP_KEY, appSecret: CANARY_SECRET, baseUrl: sandbox.url });
  });

  suiteTeardown(async () => {
    await vscode.workspace.getConfiguration('rong').update('retries', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('rong.clearCredentials', { profile: PROFILE, confirm: true });
    await sandbox.stop();
  });

  test('Register User: success, 1004, invalid input, and failures of every kind', async () => {
    const userId = uniqueUserId('canary');
    const ok = await vscode.commands.executeCommand<SendResult>('rong.registerUser', { userId, name: 'Canary', profile: PROFILE });
    assert.equal(ok.outcome, 'success', ok.message);
    record('register result', ok);
    record('register again', await vscode.commands.executeCommand('rong.registerUser', { userId, name: 'Canary', profile: PROFILE }));
    await error('register invalid', () => vscode.commands.executeCommand('rong.registerUser', { userId: 'a b', name: '', profile: PROFILE }));
    await vscode.workspace.getConfiguration('rong').update('retries', 0, vscode.ConfigurationTarget.Global);
    sandbox.injectFaults({ status: { code: 503, count: 1 } });
    record('503', await vscode.commands.executeCommand('rong.registerUser', { userId: uniqueUserId('c'), name: 'n', profile: PROFILE }));
    sandbox.injectFaults({ status: { code: 502, count: 1, body: '<html><body>Bad Gateway</body></html>', contentType: 'text/html' } });
    record('html', await vscode.commands.executeCommand('rong.registerUser', { userId: uniqueUserId('c'), name: 'n', profile: PROFILE }));
    sandbox.injectFaults({ reset: 1 });
    record('reset', await vscode.commands.executeCommand('rong.registerUser', { userId: uniqueUserId('c'), name: 'n', profile: PROFILE }));
    sandbox.clearFaults();
    // Connection refused and a wrong secret on the same App Key (401).
    await vscode.commands.executeCommand('rong.setCredentials', { profile: `${PROFILE}-down`, appKey: APP_KEY, appSecret: CANARY_SECRET, baseUrl: 'http://127.0.0.1:9' });
    record('refused', await vscode.commands.executeCommand('rong.registerUser', { userId: uniqueUserId('c'), name: 'n', profile: `${PROFILE}-down` }));
    await vscode.commands.executeCommand('rong.clearCredentials', { profile: `${PROFILE}-down`, confirm: true });
    await vscode.commands.executeCommand('rong.switchProfile', PROFILE);
    await vscode.commands.executeCommand('rong.copyToken', { userId });
    await clip('copyToken');
    assert.equal(seen[seen.length - 1][1], ok.token, 'the token is copied where the user asked for it');
  });

  test('the playground: preview, send, cURL and every snippet', async () => {
    await vscode.commands.executeCommand('rong.openPlayground', { profile: PROFILE, endpointId: 'user.getToken', params: { userId: uniqueUserId('pg'), name: 'Canary' } });
    await waitFor('the playground', () => api.playground.panelCount() === 1 && api.playground.form());
    const form: FormState = { ...api.playground.form()!, profile: PROFILE, params: { userId: uniqueUserId('pg'), name: 'Canary', portraitUri: '' } };
    await api.playground.receive({ type: 'preview', seq: 1000, form });
    const sends = api.playground.sendCount();
    await api.playground.receive({ type: 'send', form });
    await waitFor('the send', () => api.playground.history().some((h) => h.form.params.userId === form.params.userId && h.response));
    assert.equal(api.playground.sendCount(), sends + 1);
    await api.playground.receive({ type: 'copyCurl', form });
    await clip('copyCurl');
    assert.match(seen[seen.length - 1][1], /^curl -X POST/);
    for (const snippet of ['javascript', 'python', 'java'] as const) {
      await api.playground.receive({ type: 'copySnippet', snippet, form });
      await clip(`copySnippet ${snippet}`);
      assert.match(seen[seen.length - 1][1], /RONG_APP_SECRET/);
    }
    record('playground messages', api.playground.messages());
    record('playground history', api.playground.history());
  });

  test('.rong.http: diagnostics, lenses, hover, send, Send All, Copy as cURL', async () => {
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'canary.rong.http');
    const text = `# @profile ${PROFILE}\nPOST /user/getToken.json\nNonce: 1\nTimestamp: 2\n\nuserId=${uniqueUserId('f')}&name=File\n\n###\n# @profile ${PROFILE}\nPOST /user/getToken.json\n\nuserId=${uniqueUserId('f')}&name=File\n`;
    await vscode.workspace.fs.writeFile(uri, Buffer.from(text));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    record('send', await vscode.commands.executeCommand('rong.sendRequest', uri, 0));
    record('send all', await vscode.commands.executeCommand('rong.sendAllRequests', uri));
    record('curl', await vscode.commands.executeCommand('rong.copyAsCurl', uri, 0));
    await clip('copyAsCurl');
    record('lenses', (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)).map((l) => [l.command?.title, l.command?.tooltip, l.command?.arguments]));
    record('hover', await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, new vscode.Position(2, 2)));
    record('diagnostics', vscode.languages.getDiagnostics(uri).map((d) => d.message));
    for (const d of vscode.workspace.textDocuments.filter((x) => x.uri.scheme === 'rong-response')) record(`response ${d.uri.path}`, d.getText());
  });

  test('.rong.http: a request that would carry the App Secret is refused before it leaves (a file variable, a secret-named variable)', async () => {
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'leak.rong.http');
    const [leaked, named] = [uniqueUserId('leak'), uniqueUserId('named')];
    // The file holds the canary only while the test sends it; it is deleted below, so no file the server keeps has it.
    const text = `@leak = ${CANARY_SECRET}\n\n# @profile ${PROFILE}\nPOST /user/getToken.json\n\nuserId=${leaked}&name={{leak}}\n\n###\n# @profile ${PROFILE}\nPOST /user/getToken.json\n\nuserId=${named}&name={{$dotenv RONG_APP_SECRET}}\n`;
    await vscode.workspace.fs.writeFile(uri, Buffer.from(text));
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const refused = await vscode.commands.executeCommand<SendResult>('rong.sendRequest', uri, 0);
      record('send carrying the secret', refused);
      assert.equal(refused.outcome, 'refused', JSON.stringify(refused));
      assert.match(refused.message ?? '', /App Secret/);
      assert.equal((refused as { reason?: string }).reason, 'secretInRequest', 'its own reason, with its own next step');
      const named1 = await vscode.commands.executeCommand<SendResult>('rong.sendRequest', uri, 1);
      record('send of a secret-named variable', named1);
      assert.notEqual(named1.outcome, 'success', 'RONG_APP_SECRET is never substituted');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
    // Neither request reached the sandbox: both userIds register now as new users.
    for (const userId of [leaked, named]) {
      const r = await vscode.commands.executeCommand<SendResult>('rong.registerUser', { userId, name: 'After', profile: PROFILE });
      assert.equal(r.outcome, 'success', `${userId}: ${r.message}`);
    }
  });

  test('the canary appears nowhere: results, errors, clipboard, webview messages, log, settings, state', () => {
    record('log', api.logLines().join('\n'));
    record('settings', vscode.workspace.getConfiguration());
    record('rong settings', vscode.workspace.getConfiguration('rong'));
    record('state', allState(api));
    assert.ok(seen.length >= 25, `enough was recorded to mean something (${seen.length})`);
    const leaks = seen.filter(([, text]) => text.includes(CANARY_SECRET)).map(([where]) => where);
    assert.deepEqual(leaks, []);
    // Tokens only where asked: never in the log (masked there), settings or state.
    const token = JSON.parse(seen.find(([w]) => w === 'register result')![1]).token as string;
    for (const [where, text] of seen.filter(([w]) => ['log', 'settings', 'rong settings', 'state'].includes(w))) {
      assert.ok(!text.includes(token), `the token appears in ${where}`);
    }
  });

  test('a random stream of webview messages never sends without a valid form and never gets the secret back', async () => {
    await vscode.commands.executeCommand('rong.openPlayground', { profile: PROFILE });
    await waitFor('the playground', () => api.playground.panelCount() === 1);
    const text = fc.string({ maxLength: 80 });
    const formArb = fc.record({
      profile: fc.oneof(fc.constant(PROFILE), text),
      endpointId: fc.oneof(fc.constant(GET_TOKEN.id), text),
      params: fc.dictionary(fc.oneof(fc.constantFrom('userId', 'name', 'portraitUri'), text), fc.oneof(text, fc.constant('x'.repeat(70))), { maxKeys: 4 }),
      nonce: fc.oneof(fc.stringMatching(/^\d{1,20}$/), text),
      timestamp: fc.oneof(fc.stringMatching(/^\d{1,16}$/), text),
      locked: fc.boolean(),
    });
    const message = fc.oneof(
      fc.record({ type: fc.constantFrom('send', 'preview', 'copyCurl', 'saveHttp', 'copySnippet', 'copyToken', 'cancel', 'regenerate', 'ready', 'bogus'), form: formArb, seq: fc.nat(), snippet: text, entryId: fc.integer() }, { requiredKeys: ['type'] }),
      fc.record({ type: fc.constant('send'), form: formArb }),
      fc.anything(),
      // A valid send now and then, so that "only valid sends go out" is exercised both ways.
      fc.constant({ type: 'send', form: { profile: PROFILE, endpointId: GET_TOKEN.id, params: { userId: uniqueUserId('fc'), name: 'ok' }, nonce: '', timestamp: '', locked: false } }),
    );
    let counted = 0;
    await fc.assert(
      fc.asyncProperty(message, async (raw) => {
        const before = api.playground.sendCount();
        const sentBefore = api.playground.messages().length;
        await api.playground.receive(raw);
        const after = api.playground.sendCount();
        if (after > before) {
          counted++;
          const parsed = parseWebviewMessage(raw);
          assert.ok(!('error' in parsed) && parsed.type === 'send', 'only a well-formed send sends');
          if (!('error' in parsed) && parsed.type === 'send') {
            const params = Object.entries(parsed.form.params).flatMap(([k, v]) => (typeof v === 'string' ? [v] : v).map((x) => [k, x] as const)).filter(([, v]) => v !== '');
            assert.deepEqual(validateParams(GET_TOKEN, params), [], 'only a valid form is sent');
          }
        }
        for (const m of api.playground.messages().slice(sentBefore)) assert.ok(!m.text.includes(CANARY_SECRET));
      }),
      { numRuns: 300, seed: 20261126 },
    );
    assert.ok(counted >= 1, 'some valid sends went out');
    assert.equal(sandbox.registeredUserIds(APP_KEY).some((u) => u.startsWith('fc-')), true, 'and reached the sandbox');
  });
});
