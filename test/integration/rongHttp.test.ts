import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as vscode from 'vscode';
import { ENDPOINTS } from '../../src/core/contract';
import type { SendResult } from '../../src/core/sendResult';
import { activateExtension, uniqueUserId, waitFor } from './support';

const workspace = () => vscode.workspace.workspaceFolders![0].uri;

/** The "# expect LINE:START-END SEVERITY RULE [CODE]" lines of a fixture, as comparable strings. */
function expectations(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/^# expect (\d+):(\d+)-(\d+) (\w+) \w+(?: (\d+))?$/gm)) {
    out.push(`${m[1]}:${m[2]}-${m[3]} ${m[4]}${m[5] ? ` ${m[5]}` : ''}`);
  }
  return out.sort();
}

const SEVERITY = ['error', 'warning', 'info', 'hint'];
function actual(uri: vscode.Uri): string[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'rong').map((d) => {
    const r = d.range;
    assert.equal(r.start.line, r.end.line);
    return `${r.start.line}:${r.start.character}-${r.end.character} ${SEVERITY[d.severity]}${d.code !== undefined ? ` ${String(d.code)}` : ''}`;
  }).sort();
}


async function open(name: string, content?: string): Promise<vscode.TextDocument> {
  const uri = vscode.Uri.joinPath(workspace(), name);
  if (content !== undefined) await vscode.workspace.fs.writeFile(uri, Buffer.from(content));
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  return doc;
}

suite('.rong.http files', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  test('*.rong.http opens as rong-http although another extension claims *.http', async () => {
    const doc = await open('valid.rong.http');
    assert.equal(doc.languageId, 'rong-http');
    const plain = await open('plain.http', 'GET https://example.com\n');
    assert.equal(plain.languageId, 'http', 'the other extension is active (so the check above means something)');
  });

  test('diagnostics carry the contract codes at the exact ranges (problems.rong.http)', async () => {
    const doc = await open('problems.rong.http');
    const expected = expectations(doc.getText());
    assert.ok(expected.length >= 20);
    const got = await waitFor('the fixture diagnostics', () => {
      const a = actual(doc.uri);
      return a.length >= expected.length ? a : undefined;
    });
    assert.deepEqual(got, expected);
    const codes = vscode.languages.getDiagnostics(doc.uri).map((d) => d.code);
    for (const code of [1003, 1005, 1006, 1007]) assert.ok(codes.includes(code), `a diagnostic with code ${code}`);
  });

  test('with a stored secret, explicit signatures are checked and the lens shows the exact signature', async () => {
    await vscode.commands.executeCommand('rong.setCredentials', { profile: 'fixture', appKey: 'fixture-key', appSecret: 'fixture-secret', baseUrl: 'http://127.0.0.1:9' });
    const doc = await open('signing.rong.http');
    const expected = expectations(doc.getText());
    await waitFor('the signing diagnostics', () => JSON.stringify(actual(doc.uri)) === JSON.stringify(expected));
    const mismatch = vscode.languages.getDiagnostics(doc.uri).find((d) => d.message.includes('5b3a62c4'));
    assert.ok(mismatch, 'the mismatch names the expected signature');

    const fixed = await open('fixed.rong.http', '### fixed\nPOST /user/getToken.json\nNonce: 14314\nTimestamp: 1408710653000\n\nuserId=a&name=b\n\n### generated\nPOST /user/getToken.json\n\nuserId=c&name=d\n');
    const expectedSig = createHash('sha1').update('fixture-secret143141408710653000').digest('hex');
    const titles = await (async () => {
      const deadline = Date.now() + 10_000;
      for (;;) {
        const ls = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', fixed.uri, 10);
        const t = ls.map((l) => `${l.range.start.line}:${l.command?.title}`);
        if (t.some((x) => x.includes('Signature')) || Date.now() > deadline) return t;
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    assert.ok(titles.includes(`1:Signature: ${expectedSig.slice(0, 8)}…`), titles.join(' | '));
    assert.ok(titles.includes('1:$(play) Send Request → 127.0.0.1:9 · local'), titles.join(' | '));
    assert.ok(titles.some((t) => t.startsWith('8:Signature preview: ') && t.endsWith('(changes on every send)')), titles.join(' | '));
    await vscode.commands.executeCommand('rong.clearCredentials', { profile: 'fixture', confirm: true });
  });

  test('completion offers endpoints, parameters and variables; hover shows the signing string masked', async () => {
    await vscode.commands.executeCommand('rong.setCredentials', { profile: 'hover', appKey: 'hover-key', appSecret: 'hover-secret-123', baseUrl: 'http://127.0.0.1:9' });
    const doc = await open('complete.rong.http', '@who = Ironman\n\n###\nPOST /user/\nNonce: 14314\nTimestamp: 1408710653000\n\nuserId=u&name={{\n');
    const labels = async (line: number, character: number) => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(line, character));
      return list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    };
    assert.ok((await labels(3, 11)).includes('/user/getToken.json'), 'endpoint paths after the method');
    assert.ok((await labels(7, 16)).some((l) => l.includes('who')), 'file variables inside {{');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(3, 5, 3, 11), '/user/getToken.json');
    edit.replace(doc.uri, new vscode.Range(7, 0, 7, 16), 'userId=u&');
    await vscode.workspace.applyEdit(edit);
    assert.ok((await labels(7, 9)).includes('name'), 'parameter names in the body');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(4, 2));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.ok(text.includes('••••••143141408710653000'), text);
    assert.ok(text.includes(createHash('sha1').update('hover-secret-123143141408710653000').digest('hex')), 'the signature of the stored secret');
    assert.ok(!text.includes('hover-secret-123'), 'never the secret itself');
    await vscode.commands.executeCommand('rong.clearCredentials', { profile: 'hover', confirm: true });
  });

  test('completion lists every endpoint path of the contract, with its title', async () => {
    const doc = await open('paths.rong.http', '### any endpoint\nPOST \n');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(1, 5));
    // A REST path several methods share (/v2/ultragroups/{groupId}) is offered once per method.
    const labelOf = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);
    assert.equal(new Set(ENDPOINTS.map((e) => `${e.method} ${e.path}`)).size, ENDPOINTS.length, 'each method and path once');
    for (const e of ENDPOINTS) {
      const title = vscode.env.language.startsWith('zh') ? e.title.zh : e.title.en;
      const offered = list.items.filter((i) => labelOf(i) === e.path);
      assert.ok(offered.length > 0, `${e.path} is offered`);
      assert.ok(offered.some((i) => i.detail === title), `${e.method} ${e.path}: ${title} among ${offered.map((i) => i.detail).join(', ')}`);
    }
  });

  test('a /user/block.json request with minute=0 gets its 1003 diagnostic on the 0', async () => {
    const doc = await open('block.rong.http', 'POST /user/block.json\n\nuserId=alice&userId=bob&minute=0\n');
    const d = await waitFor('the minute diagnostic', () => vscode.languages.getDiagnostics(doc.uri).find((x) => x.source === 'rong' && x.code === 1003));
    assert.equal(doc.getText(d.range), '0');
    assert.deepEqual([d.range.start.line, d.range.start.character, d.range.end.character], [2, 31, 32]);
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.match(d.message, /1–43200/);
    assert.equal(vscode.languages.getDiagnostics(doc.uri).filter((x) => x.source === 'rong').length, 1, 'two userId values are allowed');
  });

  test('Send Request registers against the sandbox; a second send marks 1004 on the userId until the text changes', async () => {
    await vscode.commands.executeCommand('rong.startSandbox');
    const userId = uniqueUserId('file');
    const doc = await open('send.rong.http', `### register\nPOST /user/getToken.json\n\nuserId=${userId}&name=From+a+file\n`);
    const first = await vscode.commands.executeCommand<SendResult>('rong.sendRequest', doc.uri, 0);
    assert.equal(first.outcome, 'success', first.message);
    assert.equal(first.userId, userId);
    assert.equal(first.request.body, `userId=${userId}&name=From+a+file`);
    const second = await vscode.commands.executeCommand<SendResult>('rong.sendRequest', doc.uri, 0);
    assert.equal(second.code, 1004, JSON.stringify({ first: [first.request, first.attempts], second: [second.request, second.attempts, second.body?.text] }));
    const marked = await waitFor('the 1004 mark', () => vscode.languages.getDiagnostics(doc.uri).find((d) => d.code === 1004));
    assert.equal(doc.getText(marked.range), userId, 'the mark is on the userId value');
    assert.match(marked.message, /User ID already exists/);
    const number = (d: vscode.TextDocument) => Number(/-(\d+)\.json$/.exec(d.uri.path)?.[1] ?? -1);
    const responseDoc = vscode.window.visibleTextEditors.map((e) => e.document)
      .filter((d) => d.uri.scheme === 'rong-response').sort((a, b) => number(a) - number(b)).pop();
    assert.ok(responseDoc, 'the response opened in a read-only editor beside the file');
    assert.equal(JSON.parse(responseDoc.getText()).code, 1004);

    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(3, doc.lineAt(3).text.length), '&portraitUri=http%3A%2F%2Fx.io%2Fa.png');
    await vscode.workspace.applyEdit(edit);
    await waitFor('the mark to go after the edit', () => !vscode.languages.getDiagnostics(doc.uri).some((d) => d.code === 1004));
  });

  test('with rong.responseView = playground, the response shows in the playground with the request in its form', async () => {
    const api = await activateExtension();
    await vscode.commands.executeCommand('rong.startSandbox');
    await vscode.workspace.getConfiguration('rong').update('responseView', 'playground', vscode.ConfigurationTarget.Global);
    try {
      const userId = uniqueUserId('pgview');
      const doc = await open('pgview.rong.http', `POST /user/getToken.json\n\nuserId=${userId}&name=Shown+there\n`);
      const result = await vscode.commands.executeCommand<SendResult>('rong.sendRequest', doc.uri, 0);
      assert.equal(result.outcome, 'success', result.message);
      const entry = await waitFor('the playground entry', () => api.playground.history().find((h) => h.form.params.userId === userId));
      assert.equal(entry.response?.code, 200);
      assert.equal(api.playground.form()?.params.name, 'Shown there');
    } finally {
      await vscode.workspace.getConfiguration('rong').update('responseView', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('Copy as cURL puts a signed command without the secret on the clipboard', async () => {
    const started = await vscode.commands.executeCommand<{ url: string }>('rong.startSandbox');
    const doc = await open('curl.rong.http', 'POST /user/getToken.json\nNonce: 1\nTimestamp: 2\n\nuserId=c&name=d\n');
    const { outcome, curl = '' } = await vscode.commands.executeCommand<{ outcome: string; curl?: string }>('rong.copyAsCurl', doc.uri, 0);
    assert.equal(outcome, 'success');
    assert.ok(curl.startsWith(`curl -X POST '${started.url}/user/getToken.json'`));
    assert.ok(curl.includes("-H 'Nonce: 1'") && curl.includes("-H 'Timestamp: 2'"));
    assert.match(curl, /-H 'Signature: [0-9a-f]{40}'/);
    assert.equal(await vscode.env.clipboard.readText(), curl);
  });

  test('Send All Requests sends every request and sums up by code', async () => {
    await vscode.commands.executeCommand('rong.startSandbox');
    const a = uniqueUserId('all');
    const b = uniqueUserId('all');
    const doc = await open('all.rong.http', `### a\nPOST /user/getToken.json\n\nuserId=${a}&name=A\n\n### b\nPOST /user/getToken.json\n\nuserId=${b}&name=B\n\n### a again\nPOST /user/getToken.json\n\nuserId=${a}x&name=A\n`);
    const summary = await vscode.commands.executeCommand<{ sent: number; succeeded: number; failed: number }>('rong.sendAllRequests', doc.uri);
    assert.deepEqual({ sent: summary.sent, succeeded: summary.succeeded, failed: summary.failed }, { sent: 3, succeeded: 3, failed: 0 });
    const again = await vscode.commands.executeCommand<{ byCode: Record<string, number> }>('rong.sendAllRequests', doc.uri);
    assert.deepEqual(again.byCode, { 1004: 3 });
  });
});
