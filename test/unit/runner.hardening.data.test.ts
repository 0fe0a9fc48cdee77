/**
 * Issue 16, the runner's data runs and output: one userId twice is a malformed row (nothing sent,
 * both lines named; --skip-invalid sends the first); CSV rows named by their first line in CRLF
 * files and across quoted line breaks; JSON with a BOM accepted, a key twice in a row refused; an
 * -o that cannot be written refused before anything is sent; a server's escape sequences never
 * reach the terminal; one run per journal (two built runners on one journal against a slow server).
 * Real servers on 127.0.0.1 count what was sent.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { JournalInUseError, lockJournal } from '../../src/runner/journalLock';
import { readDataFile } from '../../src/runner/data';
import { ReportFile } from '../../src/runner/reportFile';
import type { RunReport } from '../../src/runner/report';
import { delayed, FaultServer, json, registry } from './support/faultServer';
import { REPO, runCli, tempDir } from './support/runnerHarness';

const ENV = { RONG_APP_SECRET: 'hardening-secret-5c1e' };
const REQUEST = 'POST /user/getToken.json\n\nuserId={{userId}}&name={{name}}\n';
/** The column is `id`: the rule follows the request's userId parameter, not a column's name. */
const MAPPED = 'POST /user/getToken.json\n\nuserId={{id}}&name={{name}}\n';

const userIdsSent = (server: FaultServer) => server.requests.map((r) => new URLSearchParams(r.body).get('userId'));

describe('data runs: one userId twice', () => {
  let server: FaultServer;
  let work: Awaited<ReturnType<typeof tempDir>>;
  const remote = () => ['--base-url', server.url, '--app-key', 'k'];

  before(async () => {
    server = await FaultServer.start(registry);
    work = await tempDir({
      'register.rong.http': REQUEST,
      'mapped.rong.http': MAPPED,
      'dup.csv': 'userId,name\ndupX,First\nother,Other\ndupX,Second\n',
      'dup-id.csv': 'id,name\nd-1,First\nd-1,Second\n',
    });
  });
  after(async () => {
    await server.stop();
    await work.remove();
  });

  it('is a malformed row naming both lines, and nothing is sent (exit 2)', async () => {
    const r = await runCli(work.dir, ['run', ...remote(), '--data', 'dup.csv', 'register.rong.http'], ENV);
    assert.equal(r.code, 2, r.stdout);
    assert.match(r.stderr, /dup\.csv:4: userId "dupX" is on line 2 too/);
    assert.match(r.stderr, /1 malformed rows; nothing was sent/);
    assert.equal(server.requests.length, 0);
  });

  it('follows the request: a column named id that fills userId is checked the same way', async () => {
    const r = await runCli(work.dir, ['run', ...remote(), '--data', 'dup-id.csv', 'mapped.rong.http'], ENV);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /dup-id\.csv:3: userId "d-1" is on line 2 too/);
    assert.equal(server.requests.length, 0);
  });

  it('--skip-invalid sends the first row only: one token line, the second reported as skipped', async () => {
    const r = await runCli(work.dir, ['run', ...remote(), '--data', 'dup.csv', '--skip-invalid', '--tokens', 'tokens.csv', '--reporter', 'json', 'register.rong.http'], ENV);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(userIdsSent(server).sort(), ['dupX', 'other']);
    const report = JSON.parse(r.stdout) as RunReport;
    assert.deepEqual(report.cases.map((c) => [c.row?.line, c.status]), [[2, 'passed'], [3, 'passed'], [4, 'skipped']]);
    const tokens = (await readFile(join(work.dir, 'tokens.csv'), 'utf8')).trim().split('\n');
    assert.equal(tokens.filter((l) => l.startsWith('dupX,')).length, 1);
  });
});

describe('data files: lines, BOM, keys twice', () => {
  let work: Awaited<ReturnType<typeof tempDir>>;
  before(async () => {
    work = await tempDir({
      'register.rong.http': REQUEST,
      'crlf.csv': 'userId,name\r\nc-1,"Two\r\nlines"\r\n\r\nc-2,Plain\r\n"c 3","Also\r\ntwo"\r\n',
      'lf.csv': 'userId,name\nl-1,"Three\nline\nname"\nl-2,Plain\n',
      'open.csv': 'userId,name\r\nq-1,"Two\r\nlines"\r\nq-2,"never closed\r\nq-3,x\r\n',
      'bom.json': '\uFEFF[\n  {"userId": "b-1", "name": "One"}\n]\n',
      'twice.json': '[\n  {"userId": "k-1", "name": "One"},\n  {"userId": "k-2",\n   "name": "Two", "name": "Again"}\n]\n',
      'twice.csv': 'userId,name,name\na,b,c\n',
    });
  });
  after(() => work.remove());

  it('a CSV row is named by its first line, in CRLF files and after a quoted line break', async () => {
    const crlf = await readDataFile(join(work.dir, 'crlf.csv'));
    assert.deepEqual(crlf.rows.map((r) => r.line), [2, 5, 6]);
    const lf = await readDataFile(join(work.dir, 'lf.csv'));
    assert.deepEqual(lf.rows.map((r) => r.line), [2, 5]);
  });

  it('a CSV syntax error names the line where its record starts', async () => {
    await assert.rejects(readDataFile(join(work.dir, 'open.csv')), (err: Error) => {
      assert.match(err.message, /open\.csv:4: Quote Not Closed/);
      assert.doesNotMatch(err.message, /line \d/, 'no second, differently counted line number');
      return true;
    });
  });

  it('the malformed row of a CRLF file is reported at its own line by the CLI', async () => {
    const r = await runCli(work.dir, ['run', '--sandbox', '--data', 'crlf.csv', 'register.rong.http']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /crlf\.csv:6: 1005 · userId must not contain whitespace/);
  });

  it('a JSON data file with a UTF-8 BOM is read', async () => {
    const data = await readDataFile(join(work.dir, 'bom.json'));
    assert.deepEqual(data.rows.map((r) => [r.line, r.values, r.problem]), [[2, [['userId', 'b-1'], ['name', 'One']], undefined]]);
  });

  it('a JSON row with a key twice is malformed, naming the key and the row', async () => {
    const data = await readDataFile(join(work.dir, 'twice.json'));
    assert.equal(data.rows[0].problem, undefined);
    assert.equal(data.rows[1].line, 3);
    assert.equal(data.rows[1].problem, 'row 2 has the key "name" twice; a row names each column once');
  });

  it('a CSV header that names a column twice is refused', async () => {
    await assert.rejects(readDataFile(join(work.dir, 'twice.csv')), /twice\.csv:1: the header names the column "name" twice/);
  });
});

describe('--output that cannot be written', () => {
  let server: FaultServer;
  let work: Awaited<ReturnType<typeof tempDir>>;
  before(async () => {
    server = await FaultServer.start(registry);
    work = await tempDir({ 'one.rong.http': 'POST /user/getToken.json\n\nuserId=o-1&name=One\n' });
    await mkdir(join(work.dir, 'locked'));
    await mkdir(join(work.dir, 'folder'));
    await chmod(join(work.dir, 'locked'), 0o500);
  });
  after(async () => {
    await chmod(join(work.dir, 'locked'), 0o700);
    await server.stop();
    await work.remove();
  });

  // Root writes into a 0500 folder, so as root (as in CI) the read-only folder is sysfs, which refuses root too.
  const readOnly = process.getuid?.() === 0 ? '/sys/rong-report.json' : 'locked/report.json';
  const cases = [['a missing folder', 'missing/report.json'], ['a read-only folder', readOnly], ['a folder', 'folder'], ['a file taken for a folder', 'one.rong.http/report.json']] as const;
  for (const [what, path] of cases) {
    it(`${what}: exit 2 before anything is sent`, async () => {
      const r = await runCli(work.dir, ['run', '--base-url', server.url, '--app-key', 'k', '--reporter', 'json', '-o', path, 'one.rong.http'], ENV);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, new RegExp(`${path.replace('/', '\\/')}: the report cannot be written here \\((ENOENT|EACCES|EROFS|EISDIR|ENOTDIR)\\); nothing was sent`));
      assert.equal(server.requests.length, 0);
    });
  }

  it('a written report leaves no temporary file, and two writers each leave a whole report', async () => {
    const path = join(work.dir, 'both.json');
    const [a, b] = [await ReportFile.check(path, 'en'), await ReportFile.check(path, 'en')];
    const texts = ['a'.repeat(4 << 20), 'b'.repeat(3 << 20)];
    await Promise.all([a.write(texts[0]), b.write(texts[1])]);
    assert.ok(texts.includes(await readFile(path, 'utf8')), 'one whole report, not a mix');
    assert.deepEqual((await readdir(work.dir)).filter((f) => f.endsWith('.tmp')), []);
  });
});

describe('pretty: what a server says cannot drive the terminal', () => {
  it('control characters and escape sequences are shown as visible escapes', async () => {
    const evil = '\u001b]0;owned\u0007\u001b[2J\u001b[31mred\r\nnext\u202eevil';
    const server = await FaultServer.start(json(200, { code: 1002, errorMessage: evil }));
    const work = await tempDir({ 'one.rong.http': '# \u001b[5mTitle\nPOST /user/getToken.json\n\nuserId=e-1&name=One\n' });
    try {
      const r = await runCli(work.dir, ['run', '--base-url', server.url, '--app-key', 'k', 'one.rong.http'], ENV);
      assert.equal(r.code, 1);
      assert.ok(!/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/.test(r.stdout), `no control character in ${JSON.stringify(r.stdout)}`);
      assert.ok(!/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/.test(r.stderr), `none in the progress lines either: ${JSON.stringify(r.stderr)}`);
      assert.ok(r.stdout.includes('\\x1b]0;owned\\x07\\x1b[2J\\x1b[31mred\\r\\nnext\\u202eevil'), r.stdout);
    } finally {
      await server.stop();
      await work.remove();
    }
  });
});

describe('one run per journal', () => {
  it('a second lock on the same journal is refused, naming this PID and when it started; free again after release', async () => {
    const work = await tempDir();
    try {
      const path = join(work.dir, 'rows.journal');
      const first = await lockJournal(path);
      await assert.rejects(lockJournal(path), (err: Error) => {
        assert.ok(err instanceof JournalInUseError);
        assert.match(err.message, new RegExp(`rows\\.journal: is used by another run \\(PID ${process.pid}, started \\d{4}-\\d\\d-\\d\\dT`));
        assert.equal(err.holder?.pid, process.pid);
        return true;
      });
      await first.release();
      await (await lockJournal(path)).release();
      assert.ok(!existsSync(`${path}.owner.json`) && !existsSync(`${path}.lock`), 'nothing left behind');
    } finally {
      await work.remove();
    }
  });

  it('a lock left by a process that died is taken over at once', async () => {
    const work = await tempDir();
    try {
      const path = join(work.dir, 'dead.journal');
      const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
      const pid = child.pid as number;
      await mkdir(`${path}.lock`);
      await writeFile(`${path}.owner.json`, JSON.stringify({ pid, hostname: (await import('node:os')).hostname(), startedAt: new Date().toISOString() }));
      await assert.rejects(lockJournal(path), JournalInUseError, 'held while its holder runs');
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      await (await lockJournal(path)).release();
    } finally {
      await work.remove();
    }
  });

  describe('two built runners on one journal against a slow server', () => {
    const ROWS = 40;
    let server: FaultServer;
    let work: Awaited<ReturnType<typeof tempDir>>;
    const runner = join(REPO, 'dist', 'rong-http.js');

    before(async () => {
      await promisify(execFile)(process.execPath, ['scripts/build.mjs', '--only', 'rong-http', '--quiet'], { cwd: REPO });
      server = await FaultServer.start(delayed(50, registry));
      work = await tempDir({
        'register.rong.http': REQUEST,
        'users.csv': `userId,name\n${Array.from({ length: ROWS }, (_, i) => `two-${i},User ${i}`).join('\n')}\n`,
      });
    });
    after(async () => {
      await server.stop();
      await work.remove();
    });

    const start = (extra: readonly string[]) => {
      const child = spawn(process.execPath, [runner, 'run', 'register.rong.http', '--base-url', server.url, '--app-key', 'k', '--data', 'users.csv', '--journal', 'users.journal', '--concurrency', '2', ...extra], {
        cwd: work.dir,
        env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8', ...ENV },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
      const done = new Promise<{ code: number | null; stderr: string }>((resolve) => child.on('close', (code) => resolve({ code, stderr })));
      return { child, done };
    };

    it('the second exits 2 naming the holder, the first completes, each row is sent once', { timeout: 60_000 }, async () => {
      const first = start(['--tokens', 'tokens.csv']);
      while (server.requests.length < 4) await new Promise((r) => setTimeout(r, 10));
      const second = await start(['--resume']).done;
      assert.equal(second.code, 2, second.stderr);
      assert.match(second.stderr, new RegExp(`users\\.journal: is used by another run \\(PID ${first.child.pid}, started `), `${second.stderr}\n${(await readdir(work.dir)).join(' ')}`);
      const done = await first.done;
      assert.equal(done.code, 0, done.stderr);
      const sent = userIdsSent(server);
      assert.equal(sent.length, ROWS, 'no row sent twice');
      assert.equal(new Set(sent).size, ROWS);
      assert.equal((await readFile(join(work.dir, 'tokens.csv'), 'utf8')).trim().split('\n').length, ROWS + 1);
      // Free once the first ended: a --resume now finds every row answered and sends nothing.
      const third = await start(['--resume']).done;
      assert.equal(third.code, 0, third.stderr);
      assert.equal(server.requests.length, ROWS);
    });
  });
});
