/** Starts journalChild.ts in a child process and reads its lines: for the lock and crash tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';

export interface JournalProcess {
  readonly child: ChildProcess;
  readonly pid: number;
  /** Records the child had loaded at start. */
  readonly loaded: number;
  /** IDs the child acknowledged so far (appended and flushed). */
  readonly acks: string[];
  /** Stderr so far (warnings). */
  readonly stderr: () => string;
  /** Kills with SIGKILL and waits until the process is gone. */
  kill(): Promise<void>;
}

const CHILD = join(__dirname, 'journalChild.ts');
const ROOT = join(__dirname, '..', '..', '..');

export function startJournalProcess(state: string, args: string[] = []): Promise<JournalProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, state, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  const acks: string[] = [];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const [word, a, b] = line.split(' ');
      if (word === 'ack') acks.push(a);
      else if (word === 'ready') {
        resolve({
          child,
          pid: Number(a),
          loaded: Number(b),
          acks,
          stderr: () => err,
          kill: async () => {
            child.kill('SIGKILL');
            await exited;
          },
        });
      } else if (word === 'error') reject(new Error(line.slice(6)));
    });
    child.once('exit', (code) => reject(new Error(`journal child exited (${code}) before it was ready: ${err}`)));
  });
}
