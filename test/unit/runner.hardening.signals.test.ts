/**
 * A long run answers SIGTERM and SIGINT within a second (issue 16, item 11: a 100k-request file
 * ignored SIGTERM): the built runner stops sending, writes its report (interrupted) and exits 143
 * or 130. The server answers slowly, so the run is mid-way when the signal comes.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO, tempDir } from './support/runnerHarness';
import { startRecorder, type Recorder } from './support/recorder';

const REQUESTS = 20_000;
const runner = join(REPO, 'dist', 'rong-http.js');

describe('the built rong-http on a big file against a slow server', { timeout: 120_000 }, () => {
  let recorder: Recorder;
  let work: Awaited<ReturnType<typeof tempDir>>;

  before(async () => {
    await promisify(execFile)(process.execPath, ['scripts/build.mjs', '--only', 'rong-http', '--quiet'], { cwd: REPO });
    recorder = await startRecorder({ delayMs: 10_000 });
    const file = Array.from({ length: REQUESTS }, (_, i) => `###\n# @name r${i}\nPOST ${recorder.url}/user/getToken.json\n\nuserId=u${i}&name=N${i}\n`).join('\n');
    work = await tempDir({ 'big.rong.http': file });
  });
  after(async () => {
    await recorder.close();
    await work.remove();
  });

  for (const [signal, code] of [['SIGTERM', 143], ['SIGINT', 130]] as const) {
    it(`${signal} mid-run: exit ${code} within 2 s, the report written and marked interrupted`, async () => {
      const before = recorder.requests.length;
      const child = spawn(process.execPath, [runner, 'run', '--app-key', 'k1', '--reporter', 'json', 'big.rong.http'], {
        cwd: work.dir,
        env: { PATH: process.env.PATH, RONG_APP_SECRET: 'app-secret-value-1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (c, s) => resolve({ code: c, signal: s })));
      // The first request is in flight (the server holds it for 10 s): the run is under way.
      const deadline = Date.now() + 60_000;
      while (recorder.requests.length === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      assert.ok(recorder.requests.length > before, `the run never sent: ${stderr}`);
      const sentAt = performance.now();
      child.kill(signal);
      const end = await exited;
      const ms = performance.now() - sentAt;
      assert.equal(end.code, code, `${JSON.stringify(end)} ${stderr}`);
      assert.ok(ms < 2000, `exited ${Math.round(ms)} ms after ${signal}`);
      assert.equal(recorder.requests.length, before + 1, 'nothing more was sent');
      const report = JSON.parse(stdout) as { interrupted: boolean; summary: { total: number; notSent: number } };
      assert.equal(report.interrupted, true);
      assert.equal(report.summary.total, REQUESTS);
      assert.ok(report.summary.notSent >= REQUESTS - 1);
    });
  }
});
