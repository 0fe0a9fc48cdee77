/**
 * Growth figures (issue 16, item 11): time at 4× the size ÷ time at 1×, so linear work reads ≈ 4
 * and quadratic work ≈ 16, whatever the machine.
 * runner.named_requests_ratio_4x: `rong-http run` (dist/rong-http.js, start-up included) over a
 * file of 2,000 then 8,000 named requests against a minimal local server.
 * diagnostics.amp_pieces_ratio_4x: parseDocument + diagnose (dist/language.js) of one request whose
 * body has 5,000 then 20,000 `&` pieces.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as RongHttp from '../src/core/rongHttp/index';
import { median, type BenchFigure } from './figure';
import { startMinimal } from './minimalServer';

const REPO = join(__dirname, '..');
const REQUESTS = 2000;
const PIECES = 5000;
const GOAL = '<= 6 (linear ≈ 4, quadratic ≈ 16)';

function built(name: string): string {
  const path = join(REPO, 'dist', name);
  if (!existsSync(path)) throw new Error(`${path} is missing: npm run bench builds it first (or run npm run build)`);
  return path;
}

function namedRequests(url: string, n: number): string {
  return Array.from({ length: n }, (_, i) => `### r${i}\n# @name r${i}\nPOST ${url}/user/getToken.json\n\nuserId=u${i}&name=N${i}\n`).join('\n');
}

function timedRun(dir: string, file: string): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const args = [built('rong-http.js'), 'run', file, '--app-key', 'bench', '--reporter', 'json', '--output', `${file}.json`];
    const child = spawn(process.execPath, args, { cwd: dir, env: { ...process.env, RONG_APP_SECRET: 'bench-secret-value' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr = (stderr + c.toString('utf8')).slice(-2000)));
    child.on('close', (code) => (code === 0 ? resolve(performance.now() - started) : reject(new Error(`rong-http exit ${code}: ${stderr}`))));
  });
}

async function runnerRatio(): Promise<BenchFigure> {
  const dir = await mkdtemp(join(tmpdir(), 'rong-scaling-'));
  const server = await startMinimal();
  try {
    await writeFile(join(dir, 'small.rong.http'), namedRequests(server.url, REQUESTS));
    await writeFile(join(dir, 'large.rong.http'), namedRequests(server.url, REQUESTS * 4));
    const small: number[] = [];
    const large: number[] = [];
    for (let i = 0; i < 3; i++) {
      small.push(await timedRun(dir, 'small.rong.http'));
      large.push(await timedRun(dir, 'large.rong.http'));
    }
    const s = median(small);
    const l = median(large);
    return {
      name: 'runner.named_requests_ratio_4x',
      value: round(l / s),
      unit: 'ratio',
      goal: GOAL,
      note: `rong-http run, ${REQUESTS * 4} named requests ${Math.round(l)} ms ÷ ${REQUESTS} ${Math.round(s)} ms (start-up included), median of 3`,
    };
  } finally {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

function ampersandRatio(): BenchFigure {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the built bundle, as the extension loads it
  const { diagnose, parseDocument } = require(built('language.js')) as typeof RongHttp;
  const file = (n: number) => `POST /user/getToken.json\nContent-Type: application/x-www-form-urlencoded\n\nuserId=u1&name=Ann&${Array.from({ length: n }, (_, i) => `p${i}=v${i}`).join('&')}\n`;
  const timeOf = (text: string) => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      diagnose(parseDocument(text));
      times.push(performance.now() - t0);
    }
    return median(times);
  };
  const s = timeOf(file(PIECES));
  const l = timeOf(file(PIECES * 4));
  return {
    name: 'diagnostics.amp_pieces_ratio_4x',
    value: round(l / s),
    unit: 'ratio',
    goal: GOAL,
    note: `parseDocument + diagnose of one body of ${PIECES * 4} unknown & pieces ${round(l)} ms ÷ ${PIECES} ${round(s)} ms, median of 5`,
  };
}

export async function run(): Promise<BenchFigure[]> {
  return [await runnerRatio(), ampersandRatio()];
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}
