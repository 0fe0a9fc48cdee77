import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SendCommandResult } from '../../src/core/commandResult';
import { activateExtension, uniqueUserId, waitFor } from './support';

const workspace = () => vscode.workspace.workspaceFolders![0].uri;

/** Registers, refreshes, blocks and queries blocked users, chained by `# @name`, with `??` assertions. */
function lifecycle(userId: string): string {
  return [
    '# @name register',
    'POST /user/getToken.json',
    '',
    `userId=${userId}&name=Tester`,
    '',
    '?? status == 200',
    '?? body code == 200',
    '?? body userId == {{register.request.body.userId}}',
    '',
    '###',
    '# @name refresh',
    'POST /user/refresh.json',
    '',
    'userId={{register.response.body.userId}}&name=Renamed',
    '',
    '?? body code == 200',
    '',
    '###',
    '# @name block',
    'POST /user/block.json',
    '',
    'userId={{register.response.body.userId}}&minute=10',
    '',
    '?? body code == 200',
    '',
    '###',
    '# @name blocked',
    'POST /user/block/query.json',
    '',
    'page=1&size=1000',
    '',
    '?? body code == 200',
    '?? body users matches {{block.request.body.userId}}',
    '',
  ].join('\n');
}

async function write(name: string, text: string): Promise<vscode.TextDocument> {
  const uri = vscode.Uri.joinPath(workspace(), name);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text));
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  return doc;
}

/** The sends to `path` that the log recorded since line `from`. */
const sendsTo = (lines: readonly string[], from: number, path: string) => lines.slice(from).filter((l) => l.startsWith('POST ') && l.includes(`${path} · →`)).length;

suite('the Test Explorer runs .rong.http assertions', () => {
  suiteSetup(async () => {
    await activateExtension();
    await vscode.commands.executeCommand('rong.startSandbox');
  });

  test('a file that registers, refreshes, blocks and queries a user passes; a changed assertion fails with expected, actual and its line', async () => {
    const api = await activateExtension();
    const userId = uniqueUserId('tests');
    const doc = await write('lifecycle.rong.http', lifecycle(userId));
    await api.tests.refresh();
    const file = api.tests.controller.items.get(doc.uri.toString());
    assert.ok(file, 'the file is a test item');
    const children: vscode.TestItem[] = [];
    file.children.forEach((c) => children.push(c));
    assert.deepEqual(children.map((c) => c.label).sort(), ['block', 'blocked', 'refresh', 'register']);
    const register = children.find((c) => c.label === 'register')!;
    assert.equal(register.range?.start.line, 1, 'the gutter icon sits on the request line');

    const first = await api.tests.run([file]);
    assert.deepEqual(first.map((o) => [o.label, o.state, o.messages.map((m) => m.message)]), [
      ['register', 'passed', []], ['refresh', 'passed', []], ['block', 'passed', []], ['blocked', 'passed', []],
    ]);
    const marks = await waitFor('the ✓ marks', () => {
      const m = api.assertionMarks(doc);
      return m.size === 7 ? m : undefined;
    });
    assert.ok([...marks.values()].every((m) => m.passed && m.text.startsWith('✓')), JSON.stringify([...marks]));
    assert.equal(marks.get(6)?.text, '✓ 200', 'the actual value shows after the line');

    // The query's code assertion now expects 1004: that test fails with 1004 expected and 200 actual, on its line.
    const line = doc.getText().split('\n').indexOf('?? body code == 200', 30);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(line, 0, line, doc.lineAt(line).text.length), '?? body code == 1004');
    await vscode.workspace.applyEdit(edit);
    const blocked = await waitFor('the edited test', () => {
      let found: vscode.TestItem | undefined;
      file.children.forEach((c) => {
        if (c.label === 'blocked') found = c;
      });
      return found;
    });
    const before = api.logLines().length;
    const second = await api.tests.run([blocked]);
    assert.equal(second.length, 1);
    assert.equal(second[0].state, 'failed');
    assert.deepEqual(second[0].messages.map((m) => [m.expected, m.actual, m.line]), [['1004', '200', line]]);
    assert.equal(sendsTo(api.logLines(), before, '/user/block/query.json'), 1, 'the query went out');
    assert.equal(sendsTo(api.logLines(), before, '/user/getToken.json') + sendsTo(api.logLines(), before, '/user/block.json'), 0, 'what it reads from has an exchange: not sent again');
    const failure = await waitFor('the failure on the line', () => vscode.languages.getDiagnostics(doc.uri).find((d) => d.source === 'rong' && d.range.start.line === line));
    assert.equal(failure.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(api.assertionMarks(doc).get(line)?.text, '✗ got 200');
  });

  test('Send Request on the query first sends what it reads from (register, then block), each once', async () => {
    const api = await activateExtension();
    const userId = uniqueUserId('chain');
    const doc = await write('chain.rong.http', lifecycle(userId));
    const hoverText = async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(21, 12));
      return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    };
    assert.match(await hoverText(), /Not sent yet: sending this request sends "register" first/);
    const before = api.logLines().length;
    const result = await vscode.commands.executeCommand<SendCommandResult>('rong.sendRequest', doc.uri, 3);
    assert.equal(result.outcome, 'success', result.message);
    const lines = api.logLines();
    assert.equal(sendsTo(lines, before, '/user/getToken.json'), 1, `register went first, once:\n${lines.slice(before).join('\n')}`);
    assert.equal(sendsTo(lines, before, '/user/block.json'), 1, 'block went first, once');
    assert.equal(sendsTo(lines, before, '/user/refresh.json'), 0, 'refresh is not read by the query');
    assert.equal(sendsTo(lines, before, '/user/block/query.json'), 1);
    const order = lines.slice(before).filter((l) => l.startsWith('POST ')).map((l) => /\/user\/[\w/]+\.json/.exec(l)?.[0]);
    assert.deepEqual(order, ['/user/getToken.json', '/user/block.json', '/user/block/query.json']);
    const sandbox = await vscode.commands.executeCommand<{ url: string; appKey: string }>('rong.startSandbox');
    const state = await (await fetch(new URL(`/_sandbox/state?app=${encodeURIComponent(sandbox.appKey)}`, sandbox.url))).json() as { apps: Array<{ blocks: Array<{ userId: string }> }> };
    assert.match(await hoverText(), new RegExp(`From the latest exchange of "register": \`${userId}\``));
    assert.ok(state.apps[0].blocks.some((b) => b.userId === userId), `the user registered first is the one blocked: ${JSON.stringify(state.apps[0].blocks)}`);
  });

  test('Send All sends a request that others read from once, before them; a cancelled test run sends nothing', async () => {
    const api = await activateExtension();
    const doc = await write('chained-send-all.rong.http', lifecycle(uniqueUserId('all')));
    let before = api.logLines().length;
    const summary = await vscode.commands.executeCommand<{ outcome: string; sent: number; succeeded: number }>('rong.sendAllRequests', doc.uri, { concurrency: 4 });
    assert.deepEqual([summary.outcome, summary.sent, summary.succeeded], ['success', 4, 4], JSON.stringify(summary));
    assert.equal(sendsTo(api.logLines(), before, '/user/getToken.json'), 1, 'register once, though three requests read from it');
    assert.equal(sendsTo(api.logLines(), before, '/user/block.json'), 1);

    await api.tests.refresh();
    const file = api.tests.controller.items.get(doc.uri.toString());
    assert.ok(file);
    const cancel = new vscode.CancellationTokenSource();
    cancel.cancel();
    before = api.logLines().length;
    const outcomes = await api.tests.run([file], cancel.token);
    assert.deepEqual(outcomes.map((o) => o.state), ['skipped', 'skipped', 'skipped', 'skipped']);
    assert.equal(api.logLines().slice(before).filter((l) => l.startsWith('POST ')).length, 0);
  });

  test('a request with no answer is an errored test with the reason; a cycle is errored naming it', async () => {
    const api = await activateExtension();
    const doc = await write('errored.rong.http', [
      '# @name down', 'POST http://127.0.0.1:9/user/getToken.json', '', 'userId=u1&name=A', '', '?? status == 200', '',
      '###', '# @name a', 'POST /user/refresh.json', '', 'userId={{b.request.body.userId}}', '', '?? body code == 200', '',
      '###', '# @name b', 'POST /user/refresh.json', '', 'userId={{a.request.body.userId}}', '',
    ].join('\n'));
    await api.tests.refresh();
    const file = api.tests.controller.items.get(doc.uri.toString());
    assert.ok(file);
    const outcomes = await api.tests.run([file]);
    assert.deepEqual(outcomes.map((o) => [o.label, o.state]), [['down', 'errored'], ['a', 'errored']]);
    assert.match(outcomes[0].messages[0].message, /refused|127\.0\.0\.1:9/i);
    assert.match(outcomes[1].messages[0].message, /a → b → a/);
  });

  test('requests that read from each other in a cycle are not sent: the cycle is named', async () => {
    const doc = await write('cycle.rong.http', '# @name a\nPOST /user/refresh.json\n\nuserId={{b.request.body.userId}}\n\n###\n# @name b\nPOST /user/refresh.json\n\nuserId={{a.request.body.userId}}\n');
    const result = await vscode.commands.executeCommand<SendCommandResult>('rong.sendRequest', doc.uri, 1);
    assert.equal(result.outcome, 'invalid');
    assert.match(result.message, /cycle.*b → a → b/);
  });

  test('a reference to a name no request has is an error that lists the names the file has', async () => {
    const doc = await write('typo.rong.http', '# @name register\nPOST /user/getToken.json\n\nuserId=u1&name=A\n\n###\nPOST /user/refresh.json\n\nuserId={{regster.response.body.userId}}\n');
    const d = await waitFor('the diagnostic', () => vscode.languages.getDiagnostics(doc.uri).find((x) => x.source === 'rong' && x.message.includes('regster')));
    assert.equal(d.range.start.line, 8);
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.match(d.message, /named "regster"; named requests: register\./);
  });
});
