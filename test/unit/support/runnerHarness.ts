/**
 * Runs the rong-http CLI in this process (its main(), with captured streams) or as a child process
 * (node --import tsx src/runner/cli.ts), in a temporary folder that holds the files a test writes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Writable } from 'node:stream';
import { main } from '../../../src/runner/cli';

export const REPO = join(__dirname, '..', '..', '..');
export const CLI = join(REPO, 'src/runner/cli.ts');
/** tsx by path: the child runs in a temporary folder, where `--import tsx` would not resolve. */
const TSX = pathToFileURL(join(REPO, 'node_modules/tsx/dist/loader.mjs')).href;

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function capture(): { stream: NodeJS.WriteStream; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      text += chunk.toString('utf8');
      done();
    },
  });
  return { stream: stream as unknown as NodeJS.WriteStream, text: () => text };
}

/** main() in this process, with `dir` as the working directory for the duration. */
export async function runCli(dir: string, args: readonly string[], env: NodeJS.ProcessEnv = {}, signal: AbortSignal = new AbortController().signal): Promise<CliRun> {
  const out = capture();
  const err = capture();
  const before = process.cwd();
  process.chdir(dir);
  try {
    const code = await main(args, { LANG: 'en_US.UTF-8', ...env }, { stdout: out.stream, stderr: err.stream }, signal);
    return { code, stdout: out.text(), stderr: err.text() };
  } finally {
    process.chdir(before);
  }
}

/** The CLI as a child process (for signals); stdout and stderr collected. */
export function spawnCli(dir: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): { child: ChildProcess; done: Promise<CliRun & { signal: NodeJS.Signals | null }> } {
  const child = spawn(process.execPath, ['--import', TSX, CLI, ...args], {
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'en_US.UTF-8', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const done = new Promise<CliRun & { signal: NodeJS.Signals | null }>((resolve) => {
    child.on('close', (code, signal) => resolve({ code: code ?? -1, signal, stdout, stderr }));
  });
  return { child, done };
}

export async function tempDir(files: Readonly<Record<string, string>> = {}): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'rong-http-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export function csv(header: string, rows: readonly string[]): string {
  return `${[header, ...rows].join('\n')}\n`;
}
