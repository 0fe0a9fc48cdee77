/**
 * One verdict for one file: the same .rong.http file goes through rong-http run (the runner's own
 * run(), in this process, against the editor's sandbox), Send All and the Test Explorer, and one
 * data file through `rong-http run --data` and Register Users from File; each pair gives the same
 * verdict per request, the same counts and the same summary by code. The file's second request
 * says `?? body code == 1004` and a fresh getToken answers 200: it fails everywhere (Send All used
 * to answer success, 2 succeeded, while rong-http run exited 1).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { RegisterUsersResult } from '../../src/commands/registerUsersFromFile';
import type { RunConfig } from '../../src/runner/args';
import type { RunReport } from '../../src/runner/report';
import { run as runRongHttp } from '../../src/runner/run';
import { activateExtension, uniqueUserId } from './support';

const FILE = 'verdict.rong.http';
// $guid: each surface registers fresh users, so each sees the same answers from the one sandbox.
const TEXT = [
  '### first',
  'POST /user/getToken.json',
  '',
  'userId={{$guid}}&name=First',
  '',
  '### second',
  '# @name second',
  'POST /user/getToken.json',
  '',
  'userId={{$guid}}&name=Second',
  '',
  '?? status == 200',
  '?? body code == 1004',
  '',
].join('\n');
const FAILED_LINE = TEXT.split('\n').indexOf('?? body code == 1004') + 1;

interface SendAllSummary {
  outcome: string;
  sent: number;
  succeeded: number;
  failed: number;
  byCode: Record<string, number>;
  failedAssertions: string[];
  message: string;
  requests: Array<{ line: number; passed?: boolean }>;
}

const folder = () => vscode.workspace.workspaceFolders![0].uri;

async function rongHttpRun(patterns: string[], data?: RunConfig['data']): Promise<RunReport> {
  const api = await activateExtension();
  const sandbox = await vscode.commands.executeCommand<{ url: string; appKey: string }>('rong.startSandbox');
  const appSecret = await api.secrets.get('rong.appSecret/sandbox');
  assert.ok(appSecret, 'the sandbox profile has its secret');
  const config: RunConfig = {
    patterns, target: { kind: 'remote', baseUrl: sandbox.url, appKey: sandbox.appKey, appSecret },
    vars: [], bail: false, timeoutMs: 10_000, retries: 0, reporter: 'json', locale: 'en', data,
  };
  const progress = { start: () => undefined, done: () => undefined, stop: () => undefined };
  return runRongHttp(config, { cwd: folder().fsPath, version: 'test', signal: new AbortController().signal, progress, note: () => undefined });
}

suite('one verdict: rong-http run, Send All, the Test Explorer and Register Users from File agree', () => {
  suiteSetup(async () => {
    await activateExtension();
    await vscode.commands.executeCommand('rong.startSandbox');
  });

  test('a failed `?? body code == 1004` on a fresh 200: the same verdict, counts, summary by code and file:line everywhere', async () => {
    const api = await activateExtension();
    const uri = vscode.Uri.joinPath(folder(), FILE);
    await vscode.workspace.fs.writeFile(uri, Buffer.from(TEXT));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);

    const report = await rongHttpRun([FILE]);
    assert.deepEqual(report.cases.map((c) => c.status), ['passed', 'failed'], JSON.stringify(report.cases));
    assert.deepEqual({ ...report.summary }, { total: 2, passed: 1, failed: 1, notSent: 0, skipped: 0, byCode: { 200: 2 } });
    const runnerLine = report.cases[1].message;
    assert.equal(runnerLine, `${FILE}:${FAILED_LINE}: body code == 1004: expected == 1004, got 200`);

    const all = await vscode.commands.executeCommand<SendAllSummary>('rong.sendAllRequests', uri, { concurrency: 1 });
    assert.deepEqual(
      { sent: all.sent, succeeded: all.succeeded, failed: all.failed, byCode: all.byCode, verdicts: all.requests.map((r) => r.passed) },
      { sent: 2, succeeded: report.summary.passed, failed: report.summary.failed, byCode: report.summary.byCode, verdicts: [true, false] },
      JSON.stringify(all),
    );
    assert.deepEqual(all.failedAssertions, [runnerLine], 'Send All names the failed line as the runner does');
    assert.equal(all.outcome, 'assertionFailed', 'Send All ends in the failed ?? line, not in success');
    assert.ok(all.message.includes(runnerLine), all.message);

    await api.tests.refresh();
    const file = api.tests.controller.items.get(uri.toString());
    assert.ok(file, 'the file is a test item');
    const outcomes = await api.tests.run([file]);
    assert.deepEqual(outcomes.map((o) => [o.label, o.state]), [['second', 'failed']]);
    const m = outcomes[0].messages[0];
    assert.deepEqual([`${FILE}:${(m.line ?? -1) + 1}: ${m.message}`, m.expected, m.actual], [runnerLine, '1004', '200']);
  });

  test('one data file through rong-http run --data and Register Users from File: the same counts and summary by code', async () => {
    const existing = uniqueUserId('verdict');
    const registered = await vscode.commands.executeCommand<{ outcome: string }>('rong.registerUser', { userId: existing, name: 'Existing' });
    assert.equal(registered.outcome, 'success');
    // One user that exists (1004, failed), two fresh ones (200) and one repeated row (malformed), for each surface.
    const rowsFor = () => {
      const a = uniqueUserId('verdict');
      const b = uniqueUserId('verdict');
      return ['userId,name', `${existing},Existing`, `${a},A`, `${b},B`, `${a},Again`].join('\n');
    };
    const write = async (name: string, text: string) => {
      const u = vscode.Uri.joinPath(folder(), name);
      await vscode.workspace.fs.writeFile(u, Buffer.from(`${text}\n`));
      return u.fsPath;
    };
    const prefix = uniqueUserId('verdict');
    await write(`${prefix}.rong.http`, 'POST /user/getToken.json\n\nuserId={{userId}}&name={{name}}\n');
    const runnerData = await write(`${prefix}-run.csv`, rowsFor());
    const report = await rongHttpRun([`${prefix}.rong.http`], { file: runnerData, rate: 0, concurrency: 2, resume: false, skipInvalid: true });

    const editorData = await write(`${prefix}-editor.csv`, rowsFor());
    const reg = await vscode.commands.executeCommand<RegisterUsersResult>('rong.registerUsersFromFile', { data: editorData, skipInvalid: true });

    assert.deepEqual({ ...report.summary }, { total: 4, passed: 2, failed: 1, notSent: 0, skipped: 1, byCode: { 200: 2, 1004: 1 } }, JSON.stringify(report.cases));
    const c = reg.counts!;
    assert.deepEqual(
      { passed: c.registered + c.earlierAttempt + c.earlierRun, failed: c.failed + c.unanswered, notSent: c.notSent, skipped: c.malformed, byCode: reg.byCode },
      { passed: report.summary.passed, failed: report.summary.failed, notSent: report.summary.notSent, skipped: report.summary.skipped, byCode: report.summary.byCode },
      JSON.stringify(reg),
    );
    assert.deepEqual([reg.outcome, reg.code], [report.cases.find((x) => x.status === 'failed')?.outcome, 1004]);
  });
});
