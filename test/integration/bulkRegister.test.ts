/**
 * "Rong: Register Users from File…" in the real extension host against the embedded sandbox: the
 * malformed rows are named before anything is sent, the valid ones registered through the sandbox
 * profile, the report opened with the counts (never a token, never the secret), a second run with
 * resume sends nothing, and a run stopped part-way is finished by resume without a duplicate; one
 * userId twice is a malformed row; a journal another run holds is refused naming the holder.
 */
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import * as vscode from 'vscode';
import type { RegisterUsersResult } from '../../src/commands/registerUsersFromFile';
import type { RongTestApi } from '../../src/extension';
import { CANARY_SECRET } from './canary';
import { activateExtension, uniqueUserId } from './support';

const COMMAND = 'rong.registerUsersFromFile';

interface SandboxState {
  apps: Array<{ users: Array<{ userId: string }>; tokens: Array<{ userId: string; token: string }> }>;
}

async function run(args: object): Promise<RegisterUsersResult> {
  const result = await vscode.commands.executeCommand<RegisterUsersResult>(COMMAND, args);
  assert.ok(result && typeof result.outcome === 'string' && Array.isArray(result.findings), 'a CommandEnding');
  return result;
}

async function dataFile(name: string, lines: readonly string[]): Promise<string> {
  const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, name);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(`${lines.join('\n')}\n`));
  return uri.fsPath;
}

function reportText(result: RegisterUsersResult): string {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === result.report);
  assert.ok(doc, `the report ${result.report} is open`);
  assert.equal(doc.languageId, 'markdown');
  return doc.getText();
}

suite('Register Users from File: validate all, send under the cap, journal, resume, report', () => {
  let api: RongTestApi;
  let sandbox: { url: string; appKey: string };
  const reports: string[] = [];

  const state = async (prefix: string) => {
    const body = (await (await fetch(`${sandbox.url}/_sandbox/state?app=${encodeURIComponent(sandbox.appKey)}`)).json()) as SandboxState;
    const app = body.apps[0];
    return { users: app.users.filter((u) => u.userId.startsWith(prefix)), tokens: app.tokens.filter((t) => t.userId.startsWith(prefix)) };
  };
  const runKept = async (args: object) => {
    const r = await run(args);
    if (r.report) reports.push(r.report);
    return r;
  };

  suiteSetup(async () => {
    api = await activateExtension();
    sandbox = await vscode.commands.executeCommand<{ url: string; appKey: string }>('rong.startSandbox');
    await vscode.commands.executeCommand('rong.switchProfile', 'sandbox');
  });

  suiteTeardown(async () => {
    // Untitled reports hold text: reverted, so that closing them asks nothing.
    for (const uri of reports) {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
      if (!doc) continue;
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await vscode.commands.executeCommand('rong.clearCredentials', { profile: 'bulk-canary', confirm: true });
    await vscode.commands.executeCommand('rong.switchProfile', 'sandbox');
  });

  test('50 valid rows and 2 malformed: named before anything is sent, then registered with skipInvalid; resume sends nothing', async () => {
    const prefix = uniqueUserId('bulk');
    const rows = Array.from({ length: 52 }, (_, i) => `${prefix}-${i},User ${i},`);
    rows[10] = `${'x'.repeat(65)},Too long,`; // line 12
    rows[30] = `${prefix}-30,${'n'.repeat(129)},`; // line 32
    const file = await dataFile(`${prefix}.csv`, ['userId,name,portraitUri', ...rows]);

    const refusedRun = await run({ data: file });
    assert.equal(refusedRun.outcome, 'invalid');
    assert.deepEqual(refusedRun.invalidRows?.map((r) => r.line), [12, 32]);
    assert.match(refusedRun.message, /2 malformed rows; nothing was sent/);
    assert.match(refusedRun.message, new RegExp(`${prefix}\\.csv:12: 1005 · userId is 65 bytes; the limit is 64`));
    assert.match(refusedRun.message, /:32: .*name is 129 bytes; the limit is 128/);
    assert.deepEqual(refusedRun.findings.map((f) => f.field), ['userId', 'name']);
    assert.equal((await state(prefix)).users.length, 0, 'nothing was registered while the rows were being reported');

    const done = await runKept({ data: file, skipInvalid: true });
    assert.equal(done.outcome, 'success', done.message);
    assert.equal(done.counts?.registered, 50);
    assert.equal(done.counts?.malformed, 2);
    assert.deepEqual(done.byCode, { 200: 50 });
    const after = await state(prefix);
    assert.equal(after.users.length, 50);
    const report = reportText(done);
    assert.match(report, /\| Registered \| 50 \|/);
    assert.match(report, /\| Malformed \(skipped\) \| 2 \|/);
    assert.match(report, /\| 200 \| 50 \|/);
    assert.match(report, /\| 12 \| x{65} \| Malformed \(skipped\) \| {2}\| 1005 · userId is 65 bytes; the limit is 64 \|/);
    assert.ok(report.includes(`${file}.register.journal`), 'the report names the journal');
    for (const t of after.tokens) assert.ok(!report.includes(t.token), 'no token in the report');
    const secret = await api.secrets.get('rong.appSecret/sandbox');
    assert.ok(secret && !report.includes(secret) && !api.logLines().join('\n').includes(secret), 'the App Secret is in neither the report nor the log');
    assert.equal((await stat(`${file}.register.journal`)).mode & 0o777, 0o600);

    const again = await run({ data: file, skipInvalid: true });
    assert.equal(again.outcome, 'invalid', 'an earlier journal is not overwritten without resume');
    assert.match(again.message, /pass resume: true/);
    const resumed = await runKept({ data: file, skipInvalid: true, resume: true });
    assert.equal(resumed.outcome, 'success');
    assert.deepEqual([resumed.counts?.registered, resumed.counts?.earlierRun], [0, 50]);
    assert.equal((await state(prefix)).tokens.length, after.tokens.length, 'resume sent nothing new');
  });

  test('stopped after 10 answers: the journal keeps them, resume registers the rest, no row twice, tokens only in the 0600 file asked for', async () => {
    const prefix = uniqueUserId('bulkstop');
    const file = await dataFile(`${prefix}.csv`, ['userId,name', ...Array.from({ length: 50 }, (_, i) => `${prefix}-${i},User ${i}`)]);
    const tokens = `${file}.tokens.csv`;
    const first = await runKept({ data: file, stopAfter: 10, concurrency: 2, rate: 50, tokens });
    assert.equal(first.outcome, 'cancelled', first.message);
    const firstRegistered = first.counts!.registered;
    assert.ok(firstRegistered >= 10 && firstRegistered < 50, `${firstRegistered} registered before the stop`);
    assert.ok(first.counts!.notSent > 0);
    const journal = (await readFile(`${file}.register.journal`, 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { t: string });
    assert.equal(journal.filter((r) => r.t === 'answer').length, firstRegistered, 'every answered row is in the journal');
    assert.match(reportText(first), /Stopped before the end/);

    const second = await runKept({ data: file, resume: true, tokens });
    assert.equal(second.outcome, 'success', second.message);
    const c = second.counts!;
    assert.equal(c.earlierRun, firstRegistered, 'the answered rows were not sent again');
    assert.equal(c.registered + c.earlierAttempt + c.earlierRun, 50);
    const after = await state(prefix);
    assert.equal(after.users.length, 50);
    const perUser = new Map<string, number>();
    for (const t of after.tokens) perUser.set(t.userId, (perUser.get(t.userId) ?? 0) + 1);
    assert.ok([...perUser.values()].every((n) => n === 1), 'no user got a second token (no row was registered twice)');
    const saved = (await readFile(tokens, 'utf8')).trim().split('\n');
    assert.equal(saved[0], 'userId,token,expiresAt');
    assert.equal(saved.length - 1, firstRegistered + c.registered);
    assert.equal((await stat(tokens)).mode & 0o777, 0o600);
    const issued = new Set(after.tokens.map((t) => `${t.userId},${t.token}`));
    assert.ok(saved.slice(1).every((l) => issued.has(l.split(',').slice(0, 2).join(','))), 'each saved line is a token the sandbox issued');
  });

  test('a canary secret the sandbox refuses: every row answered 401, and the canary is in neither the report nor the log', async () => {
    await vscode.commands.executeCommand('rong.setCredentials', { profile: 'bulk-canary', appKey: sandbox.appKey, appSecret: CANARY_SECRET, baseUrl: sandbox.url });
    await vscode.commands.executeCommand('rong.switchProfile', 'sandbox');
    const prefix = uniqueUserId('bulkcanary');
    const file = await dataFile(`${prefix}.json`, [JSON.stringify([{ userId: `${prefix}-1`, name: 'a' }, { userId: `${prefix}-2`, name: 'b' }, { userId: `${prefix}-3`, name: 'c' }], null, 1)]);
    const result = await runKept({ data: file, profile: 'bulk-canary' });
    assert.equal(result.outcome, 'httpError');
    assert.deepEqual(result.byCode, { 401: 3 });
    const report = reportText(result);
    assert.match(report, /\| 401 \| 3 \|/, 'the report lists the failures (so the search below means something)');
    assert.ok(!report.includes(CANARY_SECRET), 'the canary is not in the report');
    assert.ok(!api.logLines().join('\n').includes(CANARY_SECRET), 'the canary is not in the log');
    assert.ok(!JSON.stringify(result).includes(CANARY_SECRET), 'the canary is not in the result');
    assert.equal((await state(prefix)).users.length, 0);
  });

  test('one userId twice: named with both lines before anything is sent; skipInvalid registers the first', async () => {
    const prefix = uniqueUserId('bulkdup');
    const file = await dataFile(`${prefix}.csv`, ['userId,name', `${prefix}-x,First`, `${prefix}-y,Other`, `${prefix}-x,Second`]);
    const refusedRun = await run({ data: file });
    assert.equal(refusedRun.outcome, 'invalid');
    assert.deepEqual(refusedRun.invalidRows?.map((r) => r.line), [4]);
    assert.match(refusedRun.message, new RegExp(`${prefix}\\.csv:4: userId "${prefix}-x" is on line 2 too`));
    assert.equal((await state(prefix)).users.length, 0, 'nothing was sent');
    const done = await runKept({ data: file, skipInvalid: true });
    assert.equal(done.outcome, 'success', done.message);
    assert.deepEqual([done.counts?.registered, done.counts?.malformed], [2, 1]);
    assert.equal((await state(prefix)).tokens.filter((t) => t.userId === `${prefix}-x`).length, 1);
  });

  test('a journal another run holds: refused naming the holder, nothing sent, the journal left alone', async () => {
    const prefix = uniqueUserId('bulklock');
    const file = await dataFile(`${prefix}.csv`, ['userId,name', `${prefix}-1,One`]);
    const journal = `${file}.register.journal`;
    // As a running rong-http --journal on this file leaves it: the lock folder and its owner (a live PID).
    const startedAt = new Date().toISOString();
    await mkdir(`${journal}.lock`);
    await writeFile(`${journal}.owner.json`, JSON.stringify({ pid: process.pid, hostname: hostname(), startedAt }));
    try {
      const held = await run({ data: file });
      assert.equal(held.outcome, 'invalid');
      assert.ok(held.message.includes(`is used by another run (PID ${process.pid}, started ${startedAt})`), held.message);
      assert.equal((await state(prefix)).users.length, 0, 'nothing was sent');
      assert.ok(!existsSync(journal), 'no journal was started beside the holder');
    } finally {
      await rm(`${journal}.lock`, { recursive: true, force: true });
      await rm(`${journal}.owner.json`, { force: true });
    }
    const free = await runKept({ data: file });
    assert.equal(free.outcome, 'success', free.message);
  });

  test('arguments: wrong types throw, wrong values are invalid with what and the limit', async () => {
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand(COMMAND, { data: 7 })), TypeError);
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand(COMMAND, { data: 'x.csv', rate: '9' })), TypeError);
    const fast = await run({ data: 'x.csv', rate: 500 });
    assert.equal(fast.outcome, 'invalid');
    assert.match(fast.message, /rate is 500; it is a whole number from 1 to 200/);
    const kind = await run({ data: 'users.txt' });
    assert.match(kind.message, /users\.txt: a data file is \.csv/);
    const missing = await run({ data: '/nonexistent/users.csv' });
    assert.equal(missing.outcome, 'invalid');
    assert.match(missing.message, /\/nonexistent\/users\.csv: cannot be read \(ENOENT\)/);
  });
});
