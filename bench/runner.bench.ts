/**
 * runner.1000_requests_ms: `rong-http run` sending 1,000 signed getToken requests from one file to
 * the sandbox, wall time of the whole command (start-up included); baseline: the same 1,000 through
 * httpyac's CLI (`httpyac send --all`, signing in a `{{ }}` script with node:crypto) against the
 * same sandbox in the same run. Both send one request at a time, in file order.
 * runner.data_10k_rows_ms: a 10,000-row data file (--data, --rate 0, 8 in flight, the journal
 * fsynced in groups) against the sandbox.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SandboxServer } from '../src/sandbox/server';
import type { BenchFigure } from './figure';

const REPO = join(__dirname, '..');
const REQUESTS = 1000;
const ROWS = 10_000;

/** A child process, timed; the sandbox lives in this process, so nothing here may block. */
function timed(cmd: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ ms: number; code: number | null; stderr: string }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr = (stderr + c.toString('utf8')).slice(-2000)));
    child.on('close', (code) => resolve({ ms: performance.now() - started, code, stderr }));
  });
}

function ourFile(prefix: string): string {
  return Array.from({ length: REQUESTS }, (_, i) => `### ${i}\nPOST /user/getToken.json\n\nuserId=${prefix}-${i}&name=Bench\n`).join('\n');
}

/** httpyac signs through a pre-request script; its exports become the variables the headers use. */
function httpyacFile(url: string, appKey: string, prefix: string): string {
  const script = [
    '{{',
    "  const crypto = require('crypto');",
    '  exports.nonce = String(Math.floor(Math.random() * 1e9));',
    '  exports.timestamp = String(Date.now());',
    "  exports.signature = crypto.createHash('sha1').update(process.env.BENCH_SECRET + exports.nonce + exports.timestamp).digest('hex');",
    '}}',
  ].join('\n');
  const blocks = Array.from({ length: REQUESTS }, (_, i) => [
    `### ${i}`,
    script,
    'POST {{host}}/user/getToken.json',
    'App-Key: {{appKey}}',
    'Nonce: {{nonce}}',
    'Timestamp: {{timestamp}}',
    'Signature: {{signature}}',
    'Content-Type: application/x-www-form-urlencoded',
    '',
    `userId=${prefix}-${i}&name=Bench`,
    '',
  ].join('\n'));
  return `@host = ${url}\n@appKey = ${appKey}\n\n${blocks.join('\n')}`;
}

function registered(sandbox: SandboxServer, prefix: string): number {
  return sandbox.registeredUserIds(sandbox.apps[0].appKey).filter((u) => u.startsWith(`${prefix}-`)).length;
}

export async function run(): Promise<BenchFigure[]> {
  const dir = await mkdtemp(join(tmpdir(), 'rong-http-bench-'));
  const sandbox = await SandboxServer.start();
  const app = sandbox.apps[0];
  const env = { RONG_APP_SECRET: app.appSecret, BENCH_SECRET: app.appSecret };
  const ours = ['--base-url', sandbox.url, '--app-key', app.appKey, '--reporter', 'json'];
  try {
    await writeFile(join(dir, 'ours.rong.http'), ourFile('ours'));
    await writeFile(join(dir, 'theirs.http'), httpyacFile(sandbox.url, app.appKey, 'theirs'));
    await writeFile(join(dir, 'users.csv'), `userId,name\n${Array.from({ length: ROWS }, (_, i) => `row-${i},User ${i}`).join('\n')}\n`);
    await writeFile(join(dir, 'one.rong.http'), 'POST /user/getToken.json\n\nuserId={{userId}}&name={{name}}\n');

    const runner = await timed(process.execPath, [join(REPO, 'dist/rong-http.js'), 'run', 'ours.rong.http', ...ours, '--output', 'ours.json'], dir, env);
    if (runner.code !== 0 || registered(sandbox, 'ours') !== REQUESTS) throw new Error(`rong-http failed (exit ${runner.code}): ${runner.stderr}`);
    const httpyac = await timed(join(REPO, 'node_modules/.bin/httpyac'), ['send', 'theirs.http', '--all', '-o', 'none'], dir, env);
    if (httpyac.code !== 0 || registered(sandbox, 'theirs') !== REQUESTS) {
      throw new Error(`httpyac failed (exit ${httpyac.code}, ${registered(sandbox, 'theirs')} registered): ${httpyac.stderr}`);
    }
    const data = await timed(process.execPath, [join(REPO, 'dist/rong-http.js'), 'run', 'one.rong.http', ...ours, '--data', 'users.csv', '--rate', '0', '--output', 'data.json'], dir, env);
    if (data.code !== 0 || registered(sandbox, 'row') !== ROWS) throw new Error(`rong-http --data failed (exit ${data.code}): ${data.stderr}`);

    const ratio = Math.round((runner.ms / httpyac.ms) * 1000) / 1000;
    return [
      {
        name: 'runner.1000_requests_ms',
        value: Math.round(runner.ms),
        unit: 'ms',
        baseline: Math.round(httpyac.ms),
        ratio,
        goal: '< 1 (faster than httpyac)',
        note: `rong-http vs httpyac send --all, 1,000 signed getToken requests each, one at a time, start-up included`,
      },
      {
        name: 'runner.data_10k_rows_ms',
        value: Math.round(data.ms),
        unit: 'ms',
        note: `${ROWS} rows, --rate 0, --concurrency 8, journal fsynced in groups: ${Math.round(ROWS / (data.ms / 1000))} rows/s`,
      },
    ];
  } finally {
    await sandbox.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
