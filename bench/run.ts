/**
 * `npm run bench`: runs every *.bench.ts in this folder (or those named on the command line) and
 * prints one JSON object per line. Each module runs in a process of its own, so that no figure
 * pays for the garbage or warm sockets another one left behind. Figures, not pass/fail: tests
 * never time anything.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchModule } from './figure';

async function runOne(file: string): Promise<void> {
  const mod = (await import(join(__dirname, file))) as BenchModule;
  for (const figure of await mod.run()) process.stdout.write(`${JSON.stringify(figure)}\n`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--one' && args[1]) return runOne(args[1]);
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => args.length === 0 || args.some((o) => f.startsWith(o)))
    .sort();
  let failed = 0;
  for (const file of files) {
    const r = spawnSync(process.execPath, [...process.execArgv, __filename, '--one', file], { stdio: ['ignore', 'inherit', 'inherit'] });
    if (r.status !== 0) {
      failed++;
      process.stderr.write(`bench ${file} failed (exit ${r.status ?? r.signal})\n`);
    }
  }
  if (failed > 0) process.exit(1);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
