import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StateInUseError, openJournal } from '../../src/sandbox/journal';
import { startJournalProcess } from './support/journalProcess';

async function folder(t: { after: (fn: () => Promise<void>) => void }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'rong-journal-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

describe('journal: one writer per state file', () => {
  test('a second open in the same process refuses, naming the PID and URL of the first; free again after close', async (t) => {
    const dir = await folder(t);
    const path = join(dir, 'state.journal');
    const first = await openJournal(path);
    await first.setOwnerUrl('http://127.0.0.1:5678');
    const owner = JSON.parse(await readFile(`${path}.owner.json`, 'utf8')) as { pid: number; url: string };
    assert.equal(owner.pid, process.pid);
    assert.equal(owner.url, 'http://127.0.0.1:5678');
    await assert.rejects(openJournal(path), (err: Error) => {
      assert.ok(err.message.includes(`"${path}" is used by the sandbox with PID ${process.pid} at http://127.0.0.1:5678`), err.message);
      return true;
    });
    // Through a link it is the same file, so the same lock.
    await symlink(path, join(dir, 'link.journal'));
    await assert.rejects(openJournal(join(dir, 'link.journal')), /is used by the sandbox with PID/);
    await first.append([{ id: 'kept' }]);
    await first.close();
    assert.equal(existsSync(`${path}.owner.json`), false);
    assert.equal(existsSync(`${path}.lock`), false);
    const second = await openJournal(path);
    assert.deepEqual(await second.load(), [{ id: 'kept' }]);
    await second.close();
  });

  test('a sandbox in another process is named; once it is killed, its stale lock is taken over', async (t) => {
    const path = join(await folder(t), 'state.journal');
    const other = await startJournalProcess(path, ['--url', 'http://127.0.0.1:4321']);
    t.after(() => other.kill());
    await assert.rejects(openJournal(path), (err: Error) => {
      assert.ok(err.message.includes(`is used by the sandbox with PID ${other.pid} at http://127.0.0.1:4321`), err.message);
      assert.ok(err instanceof StateInUseError);
      assert.equal(err.owner?.url, 'http://127.0.0.1:4321'); // what a second VS Code window would use
      return true;
    });
    await other.kill();
    const log: string[] = [];
    const mine = await openJournal(path, { log: (l) => log.push(l) });
    assert.ok(log.some((l) => l.includes(`taking over the lock of the sandbox with PID ${other.pid}, which no longer runs`)), log.join('\n'));
    const owner = JSON.parse(await readFile(`${path}.owner.json`, 'utf8')) as { pid: number; url: null };
    assert.equal(owner.pid, process.pid);
    assert.equal(owner.url, null);
    await mine.close();
  });
});
