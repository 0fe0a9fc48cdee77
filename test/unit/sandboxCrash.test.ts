/**
 * Durability under SIGKILL: a child process appends records in a burst and acknowledges each one only
 * after append() resolved; it is killed at a random point, several times; after each kill every
 * acknowledged record is in the state file exactly once. The subject is the journal fixture
 * (support/journalChild.ts) until the server writes through the journal; then `subject` starts the
 * real sandbox (a 200 is the acknowledgement; `recorded` reads the registrations back).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openJournal } from '../../src/sandbox/journal';
import { startJournalProcess } from './support/journalProcess';

interface CrashSubject {
  /** Starts a writer on `state` that acknowledges records (IDs unique across rounds via `tag`). */
  start(state: string, tag: string): Promise<{ readonly acks: string[]; readonly loaded: number; kill(): Promise<void> }>;
  /** Every record ID the state file holds, duplicates included, read after the writer died. */
  recorded(state: string): Promise<string[]>;
}

const subject: CrashSubject = {
  start: (state, tag) => startJournalProcess(state, ['--burst', tag]),
  async recorded(state) {
    const journal = await openJournal(state); // the killed writer's lock is taken over
    try {
      return (await journal.load()).map((r) => (r as { id: string }).id);
    } finally {
      await journal.close();
    }
  },
};

const ROUNDS = 5;

test('every acknowledged record survives SIGKILL at random points, exactly once', { timeout: 60_000 }, async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'rong-crash-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const state = join(dir, 'state.journal');
  const acknowledged: string[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const writer = await subject.start(state, `r${round}`);
    assert.ok(writer.loaded >= acknowledged.length, `round ${round} started with ${writer.loaded} records, ${acknowledged.length} were acknowledged`);
    const until = Date.now() + 100 + Math.random() * 500;
    while (Date.now() < until || writer.acks.length === 0) await new Promise((r) => setTimeout(r, 5));
    await writer.kill();
    acknowledged.push(...writer.acks);
    const counts = new Map<string, number>();
    for (const id of await subject.recorded(state)) counts.set(id, (counts.get(id) ?? 0) + 1);
    const missing = acknowledged.filter((id) => !counts.has(id));
    const twice = [...counts].filter(([, n]) => n > 1).map(([id]) => id);
    assert.deepEqual(missing, [], `round ${round}: ${missing.length} of ${acknowledged.length} acknowledged records lost`);
    assert.deepEqual(twice, [], `round ${round}: records stored more than once`);
    t.diagnostic(`round ${round}: ${writer.acks.length} acknowledged, ${counts.size} in the file`);
  }
  assert.ok(acknowledged.length > ROUNDS * 10, `only ${acknowledged.length} acknowledgements in ${ROUNDS} rounds`);
});
