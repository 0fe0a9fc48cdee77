/**
 * A process that owns a journal, for the lock and crash tests:
 *   node --import tsx journalChild.ts STATE [--url URL] [--burst TAG]
 * Prints `ready <pid> <records loaded>` once the journal is open (errors: `error <message>`, exit 1).
 * With --burst, appends `{"id":"TAG-n"}` records without end, 64 in flight, and prints `ack <id>`
 * only after append() resolved. Compacts itself past 64 KiB, so kills also land in compactions.
 */
import { openJournal } from '../../../src/sandbox/journal';

const IN_FLIGHT = 64;

async function main(): Promise<void> {
  const [state, ...rest] = process.argv.slice(2);
  const url = flag(rest, '--url');
  const tag = flag(rest, '--burst');
  const ids = new Set<string>();
  const journal = await openJournal(state, {
    log: (line) => process.stderr.write(`${line}\n`),
    snapshot: () => [...ids].map((id) => ({ id })),
    compactBytes: 64 * 1024,
  });
  for (const r of await journal.load()) ids.add((r as { id: string }).id);
  if (url) await journal.setOwnerUrl(url);
  process.stdout.write(`ready ${process.pid} ${ids.size}\n`);
  if (!tag) {
    setInterval(() => undefined, 2 ** 30); // holds the lock until killed (the lock's own timer is unref'd)
    return;
  }
  let n = 0;
  const one = async (): Promise<void> => {
    for (;;) {
      const id = `${tag}-${n++}`;
      ids.add(id); // the model changes, then its record is appended in the same turn
      await journal.append([{ id }]);
      process.stdout.write(`ack ${id}\n`);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, one));
}

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i < 0 ? undefined : args[i + 1];
}

main().catch((err: unknown) => {
  process.stdout.write(`error ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
