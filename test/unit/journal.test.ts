import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { appendFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openJournal, type JournalOptions } from '../../src/sandbox/journal';
import { JOURNAL_HEADER, encodeFrame } from '../../src/sandbox/journalFormat';
import { crc32 } from '../../src/sandbox/crc32';

async function folder(t: { after: (fn: () => Promise<void>) => void }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'rong-journal-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function reopen(path: string, options: JournalOptions = {}): Promise<unknown[]> {
  const j = await openJournal(path, options);
  try {
    return await j.load();
  } finally {
    await j.close();
  }
}

/** A frame with a correct length and CRC around arbitrary JSON bytes (what only a person could write). */
function rawFrame(json: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${json.length} ${crc32(json).toString(16).padStart(8, '0')} `), json, Buffer.from('\n')]);
}

describe('journal: records', () => {
  test('appended records come back in order after a reopen; the file is framed JSON lines', async (t) => {
    const path = join(await folder(t), 'state.journal');
    const j = await openJournal(path);
    assert.deepEqual(await j.load(), []);
    await j.append([{ type: 'a', n: 1 }]);
    await j.append([{ type: 'b', n: 2 }, { type: 'c', text: '融云 "quoted"\n' }]);
    await j.close();
    assert.deepEqual(await reopen(path), [{ type: 'a', n: 1 }, { type: 'b', n: 2 }, { type: 'c', text: '融云 "quoted"\n' }]);
    const lines = (await readFile(path, 'utf8')).split('\n');
    assert.equal(lines.pop(), '');
    assert.equal(lines.length, 4);
    assert.deepEqual(JSON.parse(lines[0].split(' ').slice(2).join(' ')), JOURNAL_HEADER);
    for (const line of lines) assert.match(line, /^\d+ [0-9a-f]{8} \{/);
  });

  test('an append has reached the file when it resolves', async (t) => {
    const path = join(await folder(t), 'state.journal');
    const j = await openJournal(path);
    t.after(() => j.close());
    await j.append([{ id: 'visible' }]);
    assert.match(await readFile(path, 'utf8'), /\{"id":"visible"\}\n$/);
  });

  test('concurrent appends share flushes (group commit) and are all kept', async (t) => {
    const path = join(await folder(t), 'state.journal');
    const j = await openJournal(path);
    await Promise.all(Array.from({ length: 200 }, (_, i) => j.append([{ i }])));
    assert.ok(j.flushes <= 2, `200 concurrent appends took ${j.flushes} flushes`);
    await j.close();
    assert.deepEqual(await reopen(path), Array.from({ length: 200 }, (_, i) => ({ i })));
  });

  test('append after close rejects; close waits for the appends before it', async (t) => {
    const path = join(await folder(t), 'state.journal');
    const j = await openJournal(path);
    const pending = j.append([{ last: true }]);
    await j.close();
    await pending;
    await assert.rejects(j.append([{ late: true }]), /is closed/);
    assert.deepEqual(await reopen(path), [{ last: true }]);
  });
});

describe('journal: compaction', () => {
  test('compact replaces the file with the snapshot; appends around it are kept once', async (t) => {
    const path = join(await folder(t), 'state.journal');
    const j = await openJournal(path);
    for (let i = 0; i < 100; i++) await j.append([{ set: 'x', value: i }]);
    const before = j.size;
    const a = j.append([{ set: 'y', value: 1 }]);
    const c = j.compact([{ set: 'x', value: 99 }, { set: 'y', value: 1 }]);
    const b = j.append([{ set: 'z', value: 2 }]);
    await Promise.all([a, b, c]);
    assert.ok(j.size < before / 10, `compacted to ${j.size} bytes from ${before}`);
    await j.close();
    assert.deepEqual(await reopen(path), [{ set: 'x', value: 99 }, { set: 'y', value: 1 }, { set: 'z', value: 2 }]);
    assert.equal(existsSync(`${path}.journal.tmp`), false);
  });

  test('past compactBytes the journal compacts itself from options.snapshot', async (t) => {
    const path = join(await folder(t), 'state.journal');
    let counter = 0;
    const j = await openJournal(path, { compactBytes: 4096, snapshot: () => [{ counter }] });
    for (let i = 0; i < 300; i++) {
      counter++;
      await j.append([{ counter }]);
    }
    assert.ok(j.size < 4096 * 2, `the file is ${j.size} bytes after 300 appends`);
    await j.close();
    const records = (await reopen(path)) as { counter: number }[];
    assert.deepEqual(records.at(-1), { counter: 300 });
    assert.ok(records.length < 300, `${records.length} records after compaction`);
  });
});

describe('journal: a crash and corruption', () => {
  async function journalWith(path: string, records: unknown[]): Promise<number> {
    const j = await openJournal(path);
    await j.append(records);
    await j.close();
    return (await stat(path)).size;
  }

  for (const [what, tail] of [
    ['a record without its newline', Buffer.from(encodeFrame({ id: 'torn' })).subarray(0, 9)],
    ['a last line whose checksum fails', Buffer.from('13 00000000 {"id":"torn"}\n')],
    ['NUL bytes', Buffer.alloc(300)],
  ] as const) {
    test(`a torn last record (${what}) is dropped with a warning naming its byte offset`, async (t) => {
      const path = join(await folder(t), 'state.journal');
      const whole = await journalWith(path, [{ id: 1 }, { id: 2 }]);
      await appendFile(path, tail);
      const log: string[] = [];
      const j = await openJournal(path, { log: (l) => log.push(l) });
      assert.deepEqual(await j.load(), [{ id: 1 }, { id: 2 }]);
      assert.equal(log.length, 1);
      assert.match(log[0], new RegExp(`dropped a torn last record at byte ${whole} `));
      assert.equal(j.size, whole);
      await j.append([{ id: 3 }]);
      await j.close();
      assert.deepEqual(await reopen(path), [{ id: 1 }, { id: 2 }, { id: 3 }]);
    });
  }

  test('corruption before the last record stops the open naming file and byte offset; the file is untouched', async (t) => {
    const path = join(await folder(t), 'state.journal');
    await journalWith(path, [{ id: 'one' }, { id: 'two' }, { id: 'three' }]);
    const good = await readFile(path);
    const second = good.indexOf('{"id":"two"}');
    const bad = Buffer.from(good);
    bad[second + 8] = 'X'.charCodeAt(0); // "two" → "tXo": the checksum no longer matches
    await writeFile(path, bad);
    const lineStart = good.lastIndexOf('\n', second) + 1;
    await assert.rejects(openJournal(path), (err: Error) => {
      assert.ok(err.message.includes(`"${path}" is corrupt`), err.message);
      assert.match(err.message, new RegExp(`at byte ${lineStart} \\(line 3\\)`));
      assert.match(err.message, /left untouched/);
      return true;
    });
    assert.deepEqual(await readFile(path), bad);
    assert.equal(existsSync(`${path}.lock`), false, 'a refused open releases its lock');
  });

  test('a whole record with invalid UTF-8 or a duplicate key is an error naming the byte', async (t) => {
    const dir = await folder(t);
    for (const [name, json, problem, at] of [
      ['utf8', Buffer.from([...Buffer.from('{"id":"'), 0xc3, 0x28, ...Buffer.from('"}')]), /invalid UTF-8/, 7],
      ['dup', Buffer.from('{"id":1,"x":{"a":1},"\\u0069d":2}'), /duplicate key "id"/, 20],
    ] as const) {
      const path = join(dir, `${name}.journal`);
      const size = await journalWith(path, [{ ok: true }]);
      const frame = rawFrame(json);
      await appendFile(path, frame);
      const prefix = frame.indexOf('{');
      await assert.rejects(openJournal(path), (err: Error) => {
        assert.match(err.message, problem);
        assert.ok(err.message.includes(`at byte ${size + prefix + at} (line 3)`), err.message);
        return true;
      });
    }
  });

  test('a file that is neither a journal nor the old format is refused and left untouched', async (t) => {
    const path = join(await folder(t), 'notes.txt');
    await writeFile(path, 'my notes\n');
    await assert.rejects(openJournal(path), /neither a sandbox journal .* nor a state file of the old format/);
    assert.equal(await readFile(path, 'utf8'), 'my notes\n');
  });

  test('an empty file becomes a journal', async (t) => {
    const path = join(await folder(t), 'state.journal');
    await writeFile(path, '');
    const j = await openJournal(path);
    await j.append([{ id: 1 }]);
    await j.close();
    assert.deepEqual(await reopen(path), [{ id: 1 }]);
  });
});
