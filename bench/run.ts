/**
 * `npm run bench`: runs every *.bench.ts in this folder (or those named on the command line) and
 * prints one JSON object per line. Figures, not pass/fail: tests never time anything.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchModule } from './figure';

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
    .sort();
  for (const file of files) {
    const mod = (await import(join(__dirname, file))) as BenchModule;
    for (const figure of await mod.run()) process.stdout.write(`${JSON.stringify(figure)}\n`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
