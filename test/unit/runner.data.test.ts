/**
 * --data: malformed rows reported by line before anything is sent, --skip-invalid, the tokens
 * file (0600, never overwritten), the journal (--resume sends only what never got its answer; a
 * 1004 for a row sent before is "registered by the earlier attempt"), and a 1,000-row
 * registration killed with SIGKILL mid-run and resumed: every user registered once, every token
 * written once. Real sandboxes on 127.0.0.1.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SandboxServer, type SandboxApp } from '../../src/sandbox/server';
import type { RunReport } from '../../src/runner/report';
import { csv, runCli, spawnCli, tempDir } from './support/runnerHarness';

const APP: SandboxApp = { appKey: 'data-app', appSecret: 'data-secret-8d2e41c07b' };
const ENV = { RONG_APP_SECRET: APP.appSecret };
const REQUEST = '# Register users from a data file\nPOST /user/getToken.json\n\nuserId={{userId}}&name={{name}}\n';

function tokensOf(text: string): Map<string, string[]> {
  const lines = text.trim().split('\n');
  assert.equal(lines[0], 'userId,token,expiresAt');
  const out = new Map<string, string[]>();
  for (const l of lines.slice(1)) {
    const [userId, token] = l.split(',');
    out.set(userId, [...(out.get(userId) ?? []), token]);
  }
  return out;
}

describe('rong-http run --data', () => {
  let sandbox: SandboxServer;
  let work: Awaited<ReturnType<typeof tempDir>>;
  const remote = () => ['--base-url', sandbox.url, '--app-key', APP.appKey];

  before(async () => {
    sandbox = await SandboxServer.start({ apps: [APP] });
    work = await tempDir({
      'register.rong.http': REQUEST,
      'bad.csv': csv('userId,name', ['good-1,One', `${'x'.repeat(65)},Long`, 'good-2,', 'good-3,Three', 'has space,Four']),
      'bad.json': '[\n  {"userId": "j-1", "name": "One"},\n  {"userId": "j-2"},\n  {"userId": "j-3", "name": {"nested": true}}\n]\n',
      'ok.csv': csv('userId,name', ['t-1,One', 't-2,Two', 't-3,Three']),
    });
  });
  after(async () => {
    await sandbox.stop();
    await work.remove();
  });

  it('malformed rows are reported with their line numbers and nothing is sent (exit 2)', async () => {
    const count = sandbox.requestCount;
    const r = await runCli(work.dir, ['run', ...remote(), '--data', 'bad.csv', 'register.rong.http'], ENV);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /bad\.csv:3: 1005 · userId is 65 bytes; the limit is 64/);
    assert.match(r.stderr, /bad\.csv:4: 1006 · name must not be empty/);
    assert.match(r.stderr, /bad\.csv:6: 1005 · userId must not contain whitespace/);
    assert.match(r.stderr, /3 malformed rows; nothing was sent/);
    assert.equal(sandbox.requestCount, count);
  });

  it('a JSON data file: a missing column and a nested value, each with its line', async () => {
    const r = await runCli(work.dir, ['run', ...remote(), '--data', 'bad.json', 'register.rong.http'], ENV);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /bad\.json:3: \{\{name\}\} is not defined/);
    assert.match(r.stderr, /bad\.json:4: "name" is an object or array/);
  });

  it('--skip-invalid sends the valid rows and reports the others as skipped', async () => {
    const r = await runCli(work.dir, ['run', ...remote(), '--data', 'bad.csv', '--skip-invalid', '--reporter', 'json', 'register.rong.http'], ENV);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout) as RunReport;
    assert.equal(report.summary.passed, 2);
    assert.equal(report.summary.skipped, 3);
    assert.deepEqual(report.cases.filter((c) => c.status === 'skipped').map((c) => c.row?.line), [3, 4, 6]);
    const ids = sandbox.registeredUserIds(APP.appKey);
    assert.ok(ids.includes('good-1') && ids.includes('good-3') && !ids.includes('good-2'));
  });

  it('--tokens writes userId,token,expiresAt with mode 0600 and never overwrites; the journal refuses a second run without --resume', async () => {
    const args = ['run', ...remote(), '--data', 'ok.csv', '--tokens', 'tokens.csv', 'register.rong.http'];
    const r = await runCli(work.dir, args, ENV);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /journal: ok\.csv\.journal/);
    const path = join(work.dir, 'tokens.csv');
    assert.equal((await stat(path)).mode & 0o777, 0o600);
    const text = await readFile(path, 'utf8');
    const tokens = tokensOf(text);
    assert.deepEqual([...tokens.keys()].sort(), ['t-1', 't-2', 't-3']);
    assert.match(text, /\nt-1,[A-Za-z0-9_-]{43},\d{4}-\d\d-\d\dT/);
    assert.ok(!r.stdout.includes(tokens.get('t-1')?.[0] ?? '?') && !r.stderr.includes(tokens.get('t-1')?.[0] ?? '?'), 'no token in the report');

    await writeFile(join(work.dir, 'elsewhere.csv'), 'x');
    const again = await runCli(work.dir, ['run', ...remote(), '--data', 'ok.csv', '--tokens', 'elsewhere.csv', 'register.rong.http'], ENV);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /elsewhere\.csv: exists already/);
    const twice = await runCli(work.dir, ['run', ...remote(), '--data', 'ok.csv', 'register.rong.http'], ENV);
    assert.equal(twice.code, 2);
    assert.match(twice.stderr, /ok\.csv\.journal: a journal of an earlier run is here: add --resume/);

    const count = sandbox.requestCount;
    const resumed = await runCli(work.dir, [...args, '--resume'], ENV);
    assert.equal(resumed.code, 0, resumed.stderr);
    assert.equal(sandbox.requestCount, count, 'a finished journal sends nothing');
    assert.match(resumed.stderr, /resuming: 3 rows answered before, 0 to send/);
    assert.equal(await readFile(path, 'utf8'), text, 'tokens written once');
  });

  it('a row sent before whose answer never came is sent again, and its 1004 is "registered by the earlier attempt"', async () => {
    await writeFile(join(work.dir, 'lost.csv'), csv('userId,name', ['l-1,One', 'l-2,Two', 'l-3,Three']));
    const args = ['run', ...remote(), '--data', 'lost.csv', '--journal', 'lost.journal', 'register.rong.http'];
    assert.equal((await runCli(work.dir, args, ENV)).code, 0);
    // As if the process died after sending rows 0 and 2 but before their answers were journaled.
    const journal = join(work.dir, 'lost.journal');
    const kept = (await readFile(journal, 'utf8')).split('\n').filter((l) => !/"t":"answer","row":[02],/.test(l));
    await writeFile(journal, kept.join('\n'));
    const count = sandbox.requestCount;
    const r = await runCli(work.dir, [...args, '--resume', '--reporter', 'json'], ENV);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(sandbox.requestCount, count + 2);
    const report = JSON.parse(r.stdout) as RunReport;
    assert.deepEqual(report.cases.map((c) => [c.label, c.code, c.status, c.note]), [
      ['l-1', 1004, 'passed', 'earlierAttempt'],
      ['l-2', 200, 'passed', 'earlierRun'],
      ['l-3', 1004, 'passed', 'earlierAttempt'],
    ]);
    const pretty = await runCli(work.dir, [...args, '--resume'], ENV);
    assert.match(pretty.stdout, /registered by the earlier attempt/);
  });

  it('a user registered elsewhere (never sent by this run) is a failure, exit 1', async () => {
    await writeFile(join(work.dir, 'taken.csv'), csv('userId,name', ['t-1,Again']));
    const r = await runCli(work.dir, ['run', ...remote(), '--data', 'taken.csv', 'register.rong.http'], ENV);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /expected code 200, got code 1004/);
  });
});

describe('rong-http run --data: Ctrl+C, then --resume', () => {
  it('SIGINT stops sending, reports the run as interrupted (exit 130), and --resume finishes it', { timeout: 60_000 }, async () => {
    const work = await tempDir({
      'register.rong.http': REQUEST,
      'users.csv': csv('userId,name', Array.from({ length: 200 }, (_, i) => `int-${i},User ${i}`)),
    });
    const sandbox = await SandboxServer.start({ apps: [APP] });
    try {
      sandbox.injectFaults({ delayMs: 30 });
      const args = ['run', 'register.rong.http', '--base-url', sandbox.url, '--app-key', APP.appKey, '--data', 'users.csv', '--rate', '0'];
      const first = spawnCli(work.dir, args, ENV);
      let exited = false;
      void first.done.then(() => (exited = true));
      while (sandbox.requestCount < 40 && !exited) await new Promise((r) => setTimeout(r, 5));
      first.child.kill('SIGINT');
      const stopped = await first.done;
      assert.equal(stopped.code, 130, stopped.stderr);
      assert.match(stopped.stdout, /interrupted: run again with --resume to continue/);
      assert.ok(sandbox.requestCount < 200, 'it stopped sending');
      sandbox.clearFaults();
      const resumed = await runCli(work.dir, [...args, '--resume'], ENV);
      assert.equal(resumed.code, 0, resumed.stdout);
      assert.equal(sandbox.registeredUserIds(APP.appKey).length, 200);
    } finally {
      await sandbox.stop();
      await work.remove();
    }
  });
});

describe('rong-http run --data: SIGKILL mid-run, then --resume', () => {
  const ROWS = 1000;
  let sandbox: SandboxServer;
  let work: Awaited<ReturnType<typeof tempDir>>;

  before(async () => {
    work = await tempDir({
      'register.rong.http': REQUEST,
      'users.csv': csv('userId,name', Array.from({ length: ROWS }, (_, i) => `bulk-${i},User ${i}`)),
    });
    sandbox = await SandboxServer.start({ apps: [APP] });
  });
  after(async () => {
    await sandbox.stop();
    await work.remove();
  });

  it('registers every user exactly once and writes every token it received exactly once', { timeout: 60_000 }, async () => {
    const args = ['run', 'register.rong.http', '--base-url', sandbox.url, '--app-key', APP.appKey, '--data', 'users.csv', '--tokens', 'tokens.csv', '--rate', '0', '--reporter', 'json', '--output', 'report.json'];
    const first = spawnCli(work.dir, args, ENV);
    const killAt = sandbox.requestCount + 300;
    let exited = false;
    void first.done.then(() => (exited = true));
    while (sandbox.requestCount < killAt && !exited) await new Promise((r) => setTimeout(r, 5));
    first.child.kill('SIGKILL');
    const killed = await first.done;
    assert.equal(killed.signal, 'SIGKILL', `killed, not ended by itself: ${killed.stderr}`);
    const answeredBefore = (await readFile(join(work.dir, 'report.json.journal'), 'utf8')).split('\n').filter((l) => l.includes('"t":"answer"')).length;
    assert.ok(answeredBefore > 0 && answeredBefore < ROWS, `killed mid-run (${answeredBefore} answered)`);

    const resumed = await runCli(work.dir, [...args, '--resume'], ENV);
    assert.equal(resumed.code, 0, resumed.stderr);
    const report = JSON.parse(await readFile(join(work.dir, 'report.json'), 'utf8')) as RunReport;
    assert.equal(report.cases.length, ROWS);
    assert.equal(report.summary.passed, ROWS);
    assert.equal(report.data?.answeredBefore, answeredBefore);

    // Registered exactly once each: the sandbox knows each userId once, and a second getToken is 1004.
    const ids = sandbox.registeredUserIds(APP.appKey).filter((u) => u.startsWith('bulk-'));
    assert.equal(ids.length, ROWS);
    assert.equal(new Set(ids).size, ROWS);
    const second = await runCli(work.dir, [...args.filter((a) => a !== '--tokens' && a !== 'tokens.csv'), '--journal', 'second.journal', '--output', 'second.json'], ENV);
    assert.equal(second.code, 1);
    assert.deepEqual((JSON.parse(await readFile(join(work.dir, 'second.json'), 'utf8')) as RunReport).summary.byCode, { 1004: ROWS });

    // Every token written exactly once, each the one the sandbox issued; the few missing are rows
    // whose answer died with the process (in flight at the kill), reported as registered earlier.
    const path = join(work.dir, 'tokens.csv');
    assert.equal((await stat(path)).mode & 0o777, 0o600);
    const tokens = tokensOf(await readFile(path, 'utf8'));
    for (const [userId, list] of tokens) assert.equal(list.length, 1, `${userId} written once`);
    for (const [userId, [token]] of tokens) {
      const verdict = sandbox.verifyToken(token);
      assert.deepEqual([verdict.status, verdict.userId], ['valid', userId], `${userId}'s token is the one the sandbox issued`);
    }
    const missing = ids.filter((u) => !tokens.has(u));
    assert.ok(missing.length <= 8, `at most the 8 in flight lost their token (${missing.length})`);
    const earlier = new Set(report.cases.filter((c) => c.note === 'earlierAttempt').map((c) => c.label));
    for (const u of missing) assert.ok(earlier.has(u), `${u} is reported as registered by the earlier attempt`);
  });
});
