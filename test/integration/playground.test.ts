/**
 * The playground in a real extension host with its real webview: one panel, the signature made in
 * the host, and messages that are checked before anything is sent. Malformed messages are handed to
 * the host's own handler through the test API, exactly where the webview's messages arrive.
 */
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as vscode from 'vscode';
import type { RongTestApi } from '../../src/extension';
import { MESSAGE_LIMITS, type FormState, type HostToWebview } from '../../src/playground/protocol';
import { CANARY_SECRET } from './canary';
import { activateExtension, uniqueUserId, waitFor } from './support';

const PROFILE = 'pg-canary';
const sha1 = (s: string) => createHash('sha1').update(s, 'utf8').digest('hex');

function playgroundTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('rongPlayground'));
}

function sentToWebview(api: RongTestApi): HostToWebview[] {
  return api.playground.messages().filter((m) => m.direction === 'toWebview').map((m) => JSON.parse(m.text) as HostToWebview);
}


suite('playground: one panel, signing in the host, validated messages', () => {
  let api: RongTestApi;
  let sandbox: { url: string; appKey: string };
  let form: FormState;

  suiteSetup(async () => {
    api = await activateExtension();
    sandbox = await vscode.commands.executeCommand<{ url: string; appKey: string }>('rong.startSandbox');
    // The sandbox's App Key with the canary secret: signatures are computable here, and refused there.
    await vscode.commands.executeCommand('rong.setCredentials', { profile: PROFILE, appKey: sandbox.appKey, appSecret: CANARY_SECRET, baseUrl: sandbox.url });
    await vscode.commands.executeCommand('rong.switchProfile', 'sandbox');
    form = { profile: 'sandbox', endpointId: 'user.getToken', params: { userId: uniqueUserId('pg'), name: 'Playground' }, nonce: '123', timestamp: '456', locked: false };
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('rong.clearCredentials', { profile: PROFILE, confirm: true });
    await vscode.commands.executeCommand('rong.switchProfile', 'sandbox');
  });

  test('opening the playground twice reveals the one panel and pre-fills it', async () => {
    await vscode.commands.executeCommand('rong.openPlayground');
    await vscode.commands.executeCommand('rong.openPlayground', { endpointId: 'user.getToken', params: { userId: 'prefilled', name: 'Pre Filled' } });
    // The tab model reaches the extension host asynchronously: wait for it, then give a second tab time to appear.
    await waitFor('the playground tab', () => playgroundTabs().length > 0 || undefined);
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(playgroundTabs().length, 1, 'one playground tab');
    assert.equal(api.playground.panelCount(), 1);
    assert.equal(api.playground.form()?.params.userId, 'prefilled');
    assert.equal(api.playground.form()?.locked, false);
    await vscode.commands.executeCommand('rong.openPlayground', { nonce: '42', timestamp: '1700000000000' });
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(playgroundTabs().length, 1);
    assert.equal(api.playground.form()?.nonce, '42');
    assert.equal(api.playground.form()?.locked, true, 'a given nonce and timestamp are kept (locked)');
    assert.equal(api.playground.form()?.params.userId, 'prefilled', 'no parameters given: the form keeps its own');
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('rong.openPlayground', { params: { userId: 7 } })), /params\.userId: expected a string or a list of strings/);
    const unknown = await vscode.commands.executeCommand<{ outcome: string; message: string }>('rong.openPlayground', { endpointId: 'user.nope' });
    assert.equal(unknown.outcome, 'invalid');
    assert.match(unknown.message, /unknown endpointId user\.nope/);
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('rong.openPlayground', { userId: 'x' })), /unexpected property userId/);
    await vscode.commands.executeCommand('rong.openPlayground', { endpointId: 'user.block' });
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(api.playground.form()?.endpointId, 'user.block');
    assert.deepEqual(api.playground.form()?.params, {}, 'another endpoint starts empty');
    await vscode.commands.executeCommand('rong.openPlayground', { endpointId: 'user.getToken', params: { userId: 'prefilled', name: 'Pre Filled' } });
  });

  test('the real webview starts, asks for a preview and gets a signature, never the secret', async () => {
    const init = await waitFor('init', () => sentToWebview(api).find((m) => m.type === 'init'));
    assert.equal(init.type, 'init');
    await waitFor('a preview for the webview', () => sentToWebview(api).find((m) => m.type === 'preview'));
    await api.playground.receive({ type: 'preview', seq: 9001, form: { ...form, profile: PROFILE } });
    const preview = sentToWebview(api).find((m): m is Extract<HostToWebview, { type: 'preview' }> => m.type === 'preview' && m.preview.seq === 9001);
    assert.ok(preview, 'the host answered seq 9001');
    assert.equal(preview.preview.signingString, '••••••123456');
    assert.equal(preview.preview.signature, sha1(`${CANARY_SECRET}123456`));
    assert.ok(preview.preview.curl?.includes(`Signature: ${sha1(`${CANARY_SECRET}123456`)}`));
    assert.ok(preview.preview.snippets.every((s) => s.code.includes('RONG_APP_SECRET')));
    await api.playground.receive({ type: 'preview', seq: 9002, form: { ...form, nonce: 'a b' } });
    const bad = sentToWebview(api).find((m): m is Extract<HostToWebview, { type: 'preview' }> => m.type === 'preview' && m.preview.seq === 9002);
    assert.match(bad?.preview.nonceProblem ?? '', /printable ASCII without whitespace/);
    assert.equal(bad?.preview.signature, undefined);
    // A nonce as the Go SDK sends it (19 digits): signed, with a warning, never refused.
    await api.playground.receive({ type: 'preview', seq: 9003, form: { ...form, profile: PROFILE, nonce: '5577006791947779410' } });
    const long = sentToWebview(api).find((m): m is Extract<HostToWebview, { type: 'preview' }> => m.type === 'preview' && m.preview.seq === 9003);
    assert.equal(long?.preview.signature, sha1(`${CANARY_SECRET}5577006791947779410456`));
    assert.match(long?.preview.nonceWarning ?? '', /19 characters, longer than the documentation's 18/);
    assert.equal(long?.preview.nonceProblem, undefined);
  });

  test('malformed, oversized and unknown messages never send, never answer with the secret, and are logged', async () => {
    const sendsBefore = api.playground.sendCount();
    const historyBefore = api.playground.history().length;
    const messagesBefore = api.playground.messages().length;
    const warningsBefore = api.logLines().filter((l) => l.includes('ignored a message from the webview')).length;
    const malformed: unknown[] = [
      null,
      'send',
      42,
      [],
      { type: 'send' },
      { type: 'send', form: { ...form, locked: 'yes' } },
      { type: 'send', form, extra: true },
      { type: 'send', form: { ...form, appSecret: 'x' } },
      { type: 'send', form: { ...form, params: { userId: 'x'.repeat(MESSAGE_LIMITS.paramValue + 1), name: 'n' } } },
      { type: 'send', form: { ...form, params: { userId: ['x', 5] } } },
      { type: 'importCurl', curl: 'curl …' },
      { type: 'send', form: { ...form, params: { userId: 5 } } },
      { type: 'SEND', form },
      { type: 'sendNow', form },
      { type: 'copyCurl', form: { ...form, profile: PROFILE }, secret: true },
      { type: 'copyToken', entryId: -1 },
      { type: 'preview', seq: 'x', form: { ...form, profile: PROFILE } },
      { type: 'getSecret', profile: PROFILE },
    ];
    for (const raw of malformed) await api.playground.receive(raw);
    assert.equal(api.playground.sendCount(), sendsBefore, 'nothing was sent');
    assert.equal(api.playground.history().length, historyBefore);
    const answers = api.playground.messages().slice(messagesBefore).filter((m) => m.direction === 'toWebview');
    assert.deepEqual(answers, [], 'the host answered nothing');
    const warnings = api.logLines().filter((l) => l.includes('ignored a message from the webview'));
    assert.equal(warnings.length - warningsBefore, malformed.length, 'each one is logged');
    assert.ok(warnings.every((l) => !l.includes('xxxxxxxxxx') && l.length < 300), 'the log does not echo the content');
  });

  test('a well-formed send with invalid parameters is refused by the host with the contract code', async () => {
    const sendsBefore = api.playground.sendCount();
    const before = api.playground.messages().length;
    await api.playground.receive({ type: 'send', form: { ...form, params: { userId: 'x'.repeat(65), name: 'n' } } });
    await api.playground.receive({ type: 'send', form: { ...form, params: { name: 'n' } } });
    await api.playground.receive({ type: 'send', form: { ...form, locked: true, nonce: '12 a' } });
    assert.equal(api.playground.sendCount(), sendsBefore);
    const notices = api.playground.messages().slice(before).map((m) => JSON.parse(m.text) as HostToWebview).filter((m) => m.type === 'notice');
    assert.equal(notices.length, 3);
    assert.match(JSON.stringify(notices[0]), /1005 · userId is 65 bytes; the limit is 64/);
    assert.match(JSON.stringify(notices[1]), /1003 · userId is required/);
    assert.match(JSON.stringify(notices[2]), /Nonce/);
  });

  test('a send goes through RequestService: the sandbox issues a token, then 1004; history keeps both', async () => {
    const sendsBefore = api.playground.sendCount();
    await api.playground.receive({ type: 'send', form });
    await api.playground.receive({ type: 'send', form });
    assert.equal(api.playground.sendCount(), sendsBefore + 2);
    const [second, first] = api.playground.history();
    assert.equal(first.response?.code, 200, JSON.stringify(first));
    assert.ok(first.response?.token);
    assert.ok((first.response?.expiresAt ?? 0) > Date.now());
    assert.equal(first.response?.attempts.length, 1);
    assert.match(first.form.nonce, /^\d+$/);
    assert.notEqual(first.form.nonce, '123', 'unlocked: a fresh nonce was generated for the send');
    assert.equal(first.response?.nonce, first.form.nonce, 'the response shows the nonce actually used');
    assert.equal(second.response?.code, 1004);
    assert.notEqual(second.form.nonce, first.form.nonce);
    assert.ok(api.logLines().some((l) => l.includes('/user/getToken.json') && l.includes('code 200')), 'logged by RequestService');
  });

  test('a locked nonce and timestamp are sent as typed; the canary profile is refused (401) and its secret appears nowhere', async () => {
    const timestamp = String(Date.now());
    await api.playground.receive({ type: 'send', form: { ...form, profile: PROFILE, params: { userId: uniqueUserId('pg'), name: 'n' }, nonce: '777', timestamp, locked: true } });
    const entry = api.playground.history()[0];
    assert.equal(entry.response?.httpStatus, 401);
    assert.equal(entry.response?.nonce, '777');
    assert.equal(entry.response?.timestamp, timestamp);
    assert.equal(entry.response?.signature, sha1(CANARY_SECRET + '777' + timestamp));
    await api.playground.receive({ type: 'copyCurl', form: { ...form, profile: PROFILE } });
    const clip = await vscode.env.clipboard.readText();
    assert.ok(clip.startsWith(`curl -X POST '${sandbox.url}/user/getToken.json'`), clip);
    assert.ok(clip.includes(`Signature: ${sha1(`${CANARY_SECRET}123456`)}`) && !clip.includes(CANARY_SECRET));
    await api.playground.receive({ type: 'copySnippet', snippet: 'python', form: { ...form, profile: PROFILE } });
    assert.match(await vscode.env.clipboard.readText(), /os\.environ\.get\("RONG_APP_SECRET"\)/);
    await api.playground.receive({ type: 'saveHttp', form: { ...form, profile: PROFILE, locked: true } });
    const doc = await waitFor('the .rong.http document', () => vscode.window.activeTextEditor?.document.getText().startsWith('### getToken') ? vscode.window.activeTextEditor.document : undefined);
    assert.equal(doc.getText(), `### getToken ${form.params.userId}\n# @profile ${PROFILE}\nPOST /user/getToken.json\nNonce: 123\nTimestamp: 456\n\nuserId=${form.params.userId}\n&name=Playground\n`);
    assert.ok(doc.isUntitled);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    const all = api.playground.messages().map((m) => m.text).join('\n');
    assert.ok(all.includes(sha1(`${CANARY_SECRET}123456`)), 'the messages hold the signature (so the search below means something)');
    assert.ok(!all.includes(CANARY_SECRET), 'the canary secret is in no message between host and webview');
    assert.ok(!doc.getText().includes(CANARY_SECRET));
    assert.ok(!api.logLines().join('\n').includes(CANARY_SECRET));
  });

  test('Cancel stops a send in flight; a second send meanwhile is refused; retries show their attempts', async () => {
    // A server that first never answers, then answers 503 once and then a token.
    let flaky = 0;
    let hanging = true;
    const server: Server = createServer((_req, res) => {
      if (hanging) return; // never answers
      flaky += 1;
      if (flaky === 1) {
        res.writeHead(503).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ code: 200, userId: 'flaky', token: 'flaky-token' }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      await vscode.commands.executeCommand('rong.setCredentials', { profile: 'pg-local', appKey: 'k', appSecret: 'local-secret', baseUrl: url });
      const local = { ...form, profile: 'pg-local', params: { userId: uniqueUserId('pg'), name: 'n' } };
      const before = api.playground.messages().length;
      const sending = api.playground.receive({ type: 'send', form: local });
      await waitFor('the sending message', () => api.playground.messages().slice(before).some((m) => m.text.startsWith('{"type":"sending"')) || undefined);
      await api.playground.receive({ type: 'send', form: local });
      assert.ok(api.playground.messages().slice(before).some((m) => m.text.includes('A request is being sent')), 'a second send waits its turn');
      await api.playground.receive({ type: 'cancel' });
      await sending;
      assert.equal(api.playground.history()[0].response?.outcome, 'cancelled');

      hanging = false;
      await api.playground.receive({ type: 'send', form: { ...local, params: { userId: 'flaky', name: 'n' } } });
      const entry = api.playground.history()[0];
      assert.equal(entry.response?.code, 200, JSON.stringify(entry.response));
      const attempts = entry.response?.attempts ?? [];
      assert.equal(attempts.length, 2);
      assert.equal(attempts[0].status, 503);
      assert.equal(attempts[1].status, 200);
      assert.ok(attempts.every((a) => a.host === new URL(url).host));
      assert.notEqual(attempts[0].nonce, attempts[1].nonce, 'each attempt is signed afresh');
    } finally {
      server.closeAllConnections();
      server.close();
      await vscode.commands.executeCommand('rong.clearCredentials', { profile: 'pg-local', confirm: true });
    }
  });
});

suite('playground: every module against the embedded sandbox, and Import cURL', () => {
  let api: RongTestApi;
  let sandbox: { url: string; appKey: string };
  const IMPORT_PROFILE = 'pg-import';
  const IMPORT_SECRET = 'import-secret-1b2c';

  suiteSetup(async () => {
    api = await activateExtension();
    sandbox = await vscode.commands.executeCommand<{ url: string; appKey: string }>('rong.startSandbox');
    await vscode.commands.executeCommand('rong.switchProfile', 'sandbox');
    await vscode.commands.executeCommand('rong.openPlayground');
    await waitFor('the playground', () => api.playground.panelCount() > 0 || undefined);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('rong.clearCredentials', { profile: IMPORT_PROFILE, confirm: true }).then(undefined, () => undefined);
    await vscode.commands.executeCommand('rong.switchProfile', 'sandbox');
  });

  /** Sends a form of the playground as the webview would, and returns the newest history entry. */
  async function send(endpointId: string, params: FormState['params']) {
    const form: FormState = { profile: 'sandbox', endpointId, params, nonce: '1', timestamp: '1', locked: false };
    await api.playground.receive({ type: 'send', form });
    const entry = api.playground.history()[0];
    assert.equal(entry.form.endpointId, endpointId, JSON.stringify(entry));
    return entry;
  }

  test('user, message and group: each send is signed, sent and answered 200, and the queries list what was done', async () => {
    const [a, b] = [uniqueUserId('pgm'), uniqueUserId('pgm')];
    for (const userId of [a, b]) assert.equal((await send('user.getToken', { userId, name: userId })).response?.code, 200);
    const blocked = await send('user.block', { userId: [a, b], minute: '10' });
    assert.equal(blocked.response?.code, 200, blocked.response?.bodyText);
    assert.match(blocked.response?.request.body ?? '', new RegExp(`^userId=${a}&userId=${b}&minute=10$`), 'repeated keys in the form body');
    const query = await send('user.blockQuery', {});
    assert.equal(query.response?.code, 200, query.response?.bodyText);
    assert.ok(query.response?.bodyText?.includes(a), 'block/query lists the blocked user');
    const info = await send('user.info', { userId: a });
    assert.equal(info.response?.code, 200, info.response?.bodyText);

    const message = await send('message.privatePublish', { fromUserId: a, toUserId: [b], objectName: 'RC:TxtMsg', content: '{"content":"你好"}' });
    assert.equal(message.response?.code, 200, message.response?.bodyText);

    const groupId = `g-${a}`;
    const group = await send('group.create', { userId: [a, b], groupId, groupName: 'Team' });
    assert.equal(group.response?.code, 200, group.response?.bodyText);
    const members = await send('group.members', { groupId });
    assert.equal(members.response?.code, 200, members.response?.bodyText);
    assert.ok(members.response?.bodyText?.includes(b), 'the members include the second user');
  });

  test('a send with a finding is refused at the host with its code and index; nothing is sent', async () => {
    const before = api.playground.sendCount();
    const messages = api.playground.messages().length;
    await api.playground.receive({ type: 'send', form: { profile: 'sandbox', endpointId: 'user.block', params: { userId: ['ok', 'has space'], minute: '0' }, nonce: '1', timestamp: '1', locked: false } });
    assert.equal(api.playground.sendCount(), before);
    const notice = api.playground.messages().slice(messages).map((m) => JSON.parse(m.text) as HostToWebview).find((m) => m.type === 'notice');
    assert.match(JSON.stringify(notice), /1005 · value 2 of userId must not contain whitespace; 1003 · minute is 0; the range is 1–43200/);
  });

  test('Import cURL: the docs\' form opens in the playground with Nonce and Timestamp kept, and says whether the Signature matches', async () => {
    await vscode.commands.executeCommand('rong.setCredentials', { profile: IMPORT_PROFILE, appKey: 'import-key', appSecret: IMPORT_SECRET, baseUrl: sandbox.url });
    const curl = (signature: string) =>
      `curl -X POST "${sandbox.url}/user/block.json" \\\n  -H "App-Key: import-key" -H "Nonce: 583942.3819271935" -H "Timestamp: 1408710653491" \\\n  -H "Signature: ${signature}" -H "Content-Type: application/x-www-form-urlencoded" \\\n  -d "userId=u1&userId=u2&minute=5"`;
    const good = sha1(`${IMPORT_SECRET}583942.38192719351408710653491`);
    const result = await vscode.commands.executeCommand<{ outcome: string; signature: string; profile: string; endpointId: string; message: string; findings: unknown[] }>('rong.importCurl', { curl: curl(good) });
    assert.equal(result.outcome, 'imported', result.message);
    assert.equal(result.signature, 'matches');
    assert.equal(result.profile, IMPORT_PROFILE);
    assert.deepEqual(result.findings, []);
    assert.ok(!result.message.includes(IMPORT_SECRET));
    await new Promise((r) => setTimeout(r, 300));
    const form = api.playground.form();
    assert.equal(form?.endpointId, 'user.block');
    assert.deepEqual(form?.params, { userId: ['u1', 'u2'], minute: '5' });
    assert.equal(form?.nonce, '583942.3819271935');
    assert.equal(form?.timestamp, '1408710653491');
    assert.equal(form?.locked, true, 'the given Nonce and Timestamp are kept');
    assert.equal(form?.profile, IMPORT_PROFILE);

    const wrong = await vscode.commands.executeCommand<{ signature: string; message: string }>('rong.importCurl', { curl: curl('0'.repeat(40)), target: 'playground' });
    assert.equal(wrong.signature, 'differs');
    assert.match(wrong.message, /does NOT match the stored App Secret of profile "pg-import"/);

    const invalid = await vscode.commands.executeCommand<{ outcome: string; message: string }>('rong.importCurl', { curl: 'curl -F a=b https://api.rong-api.com/user/getToken.json' });
    assert.equal(invalid.outcome, 'invalid');
    assert.match(invalid.message, /the option -F is not supported/);
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('rong.importCurl', { curl: 5 })), /curl must be a string/);
  });

  test('Import cURL as a .rong.http request, and Paste cURL in the playground from the clipboard', async () => {
    const curl = `curl '${sandbox.url}/user/checkOnline.json' -H 'App-Key: nobody-has-this' -H 'Nonce: 1' -H 'Timestamp: 2' -H 'Signature: abc' --data-urlencode 'userId=钢铁侠'`;
    const result = await vscode.commands.executeCommand<{ outcome: string; signature: string; target: string }>('rong.importCurl', { curl, target: 'rongHttp' });
    assert.equal(result.outcome, 'imported');
    assert.equal(result.signature, 'noProfile');
    const doc = await waitFor('the .rong.http document', () => (vscode.window.activeTextEditor?.document.getText().includes('checkOnline.json') ? vscode.window.activeTextEditor.document : undefined));
    assert.ok(doc.isUntitled);
    assert.match(doc.getText(), new RegExp(`POST ${sandbox.url.replace(/[.]/g, '\\.')}/user/checkOnline\\.json`));
    assert.match(doc.getText(), /^Nonce: 1$/m);
    assert.match(doc.getText(), /userId=%E9%92%A2%E9%93%81%E4%BE%A0/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');

    await vscode.env.clipboard.writeText(`curl "${sandbox.url}/group/user/query.json" -d groupId=g-paste`);
    const before = api.playground.messages().length;
    await api.playground.receive({ type: 'importCurl' });
    await waitFor('the imported form', () => (api.playground.form()?.endpointId === 'group.members' ? true : undefined));
    assert.deepEqual(api.playground.form()?.params, { groupId: 'g-paste' });
    const notice = api.playground.messages().slice(before).map((m) => JSON.parse(m.text) as HostToWebview).find((m) => m.type === 'notice');
    assert.match(JSON.stringify(notice), /Imported \/group\/user\/query\.json: it has no Signature header to check/);
  });
});
