import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, lstat, mkdir, mkdtemp, readFile, readlink, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openJournal } from '../../src/sandbox/journal';
import type { Registrations } from '../../src/sandbox/legacyState';
import { findDuplicateKey, firstInvalidUtf8, parseStrictJson } from '../../src/core/strictJson';
import { crc32, crc32Table } from '../../src/sandbox/crc32';
import * as zlib from 'node:zlib';

async function folder(t: { after: (fn: () => Promise<void>) => void }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'rong-journal-'));
  t.after(async () => {
    await chmod(dir, 0o700).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  });
  return dir;
}

const LEGACY = `{"version":1,"apps":{"k1":{"users":{"alice":{"token":"t-a","name":"Alice","issuedAt":1,"expiresAt":2}}}}}\n`;
const fromLegacy = (r: Registrations) => [...r].flatMap(([appKey, users]) => [...users].map(([userId, u]) => ({ type: 'registered', appKey, userId, token: u.token })));

describe('journal: the state path', () => {
  test('a missing folder is created and said so; or refused with createFolder: false', async (t) => {
    const dir = await folder(t);
    const log: string[] = [];
    const created = join(dir, 'a', 'b', 'state.journal');
    const j = await openJournal(created, { log: (l) => log.push(l) });
    await j.close();
    assert.ok(log.some((l) => l.includes(`created its folder "${join(dir, 'a', 'b')}"`)), log.join('\n'));
    const refused = join(dir, 'c', 'state.journal');
    await assert.rejects(openJournal(refused, { createFolder: false }), (err: Error) => {
      assert.ok(err.message.includes(`its folder "${join(dir, 'c')}" does not exist`), err.message);
      return true;
    });
    assert.equal(existsSync(join(dir, 'c')), false);
  });

  test('a read-only file is an error at start and keeps its bytes and mode', async (t) => {
    const path = join(await folder(t), 'state.journal');
    await writeFile(path, '');
    await chmod(path, 0o444);
    await assert.rejects(openJournal(path), (err: Error) => {
      assert.ok(err.message.includes(`"${path}" is read-only`), err.message);
      return true;
    });
    assert.equal((await stat(path)).mode & 0o777, 0o444);
    assert.equal(await readFile(path, 'utf8'), '');
  });

  test('a read-only folder is an error at start', async (t) => {
    const dir = join(await folder(t), 'locked');
    await mkdir(dir);
    await chmod(dir, 0o555);
    await assert.rejects(openJournal(join(dir, 'state.journal')), (err: Error) => {
      assert.ok(err.message.includes(`its folder "${dir}" is read-only`), err.message);
      return true;
    });
    assert.equal(existsSync(join(dir, 'state.journal')), false);
  });

  test('a symlinked state file is followed: the link stays a link, its target is written (compaction too)', async (t) => {
    const dir = await folder(t);
    await mkdir(join(dir, 'real'));
    const target = join(dir, 'real', 'state.journal');
    const link = join(dir, 'state.journal');
    await symlink(join('real', 'state.journal'), link); // dangling until the first open
    const j = await openJournal(link);
    assert.equal(j.path, target);
    await j.append([{ id: 1 }]);
    await j.compact([{ id: 1 }, { id: 2 }]);
    await j.close();
    assert.ok((await lstat(link)).isSymbolicLink());
    assert.equal(await readlink(link), join('real', 'state.journal'));
    assert.match(await readFile(target, 'utf8'), /\{"id":2\}/);
  });

  test('a file of the old format is converted once; the original is kept beside it', async (t) => {
    const path = join(await folder(t), 'sandbox-state.json');
    await writeFile(path, LEGACY);
    const log: string[] = [];
    const j = await openJournal(path, { fromLegacy, log: (l) => log.push(l) });
    assert.deepEqual(await j.load(), [{ type: 'registered', appKey: 'k1', userId: 'alice', token: 't-a' }]);
    await j.append([{ type: 'registered', appKey: 'k1', userId: 'bob', token: 't-b' }]);
    await j.close();
    assert.equal(await readFile(`${path}.v1.json`, 'utf8'), LEGACY);
    assert.ok(log.some((l) => l.includes('converted from the old format (1 users)') && l.includes(`${path}.v1.json`)), log.join('\n'));
    const again = await openJournal(path, { fromLegacy });
    assert.equal((await again.load()).length, 2, 'converted only once');
    await again.close();
  });

  test('an old-format file is refused untouched without fromLegacy, and with a duplicate key or bad UTF-8', async (t) => {
    const dir = await folder(t);
    const plain = join(dir, 'plain.json');
    await writeFile(plain, LEGACY);
    await assert.rejects(openJournal(plain), /has the old format/);
    const cases = [
      ['dup.json', Buffer.from('{"version":1,\n"apps":{},"apps":{}}'), /duplicate key "apps" at byte 24 \(line 2\)/],
      ['utf8.json', Buffer.from([...Buffer.from('{"version":1,"apps":{"k'), 0xff, ...Buffer.from('":{"users":{}}}}')]), /invalid UTF-8 at byte 23 \(line 1\)/],
    ] as const;
    for (const [name, bytes, problem] of cases) {
      const path = join(dir, name);
      await writeFile(path, bytes);
      await assert.rejects(openJournal(path, { fromLegacy }), problem);
      assert.deepEqual(await readFile(path), bytes);
      assert.equal(existsSync(`${path}.v1.json`), false);
    }
    assert.equal(await readFile(plain, 'utf8'), LEGACY);
  });
});

describe('journal: strict JSON and CRC-32', () => {
  test('firstInvalidUtf8 finds overlong forms, surrogates, truncation and stray bytes', () => {
    assert.equal(firstInvalidUtf8(Buffer.from('融云 ok 😀')), undefined);
    assert.equal(firstInvalidUtf8(Buffer.from([0x61, 0xc0, 0xaf])), 1); // overlong "/"
    assert.equal(firstInvalidUtf8(Buffer.from([0x61, 0x62, 0xed, 0xa0, 0x80])), 2); // a surrogate
    assert.equal(firstInvalidUtf8(Buffer.from([0xe8, 0x9e])), 0); // truncated
    assert.equal(firstInvalidUtf8(Buffer.from([0x61, 0x80])), 1); // a continuation alone
    assert.equal(firstInvalidUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80])), 0); // beyond U+10FFFF
  });

  test('findDuplicateKey compares unescaped keys per object, not across objects or in arrays', () => {
    assert.equal(findDuplicateKey('{"a":{"a":1},"b":["a","a"],"c":"a"}'), undefined);
    assert.deepEqual(findDuplicateKey('[{"k":1},{"k":2,"\\u006b":3}]'), { key: 'k', index: 16 });
    assert.throws(() => parseStrictJson(Buffer.from('{"x":1,"x":2}')), /duplicate key "x" at byte 7/);
  });

  test('crc32 (native or the table for Node before 20.15) agrees with zlib, for strings as their UTF-8 bytes', () => {
    for (const s of ['', 'a', '{"id":"融云"}', 'x'.repeat(1000)]) {
      const expected = zlib.crc32(Buffer.from(s, 'utf8'));
      assert.equal(crc32Table(Buffer.from(s, 'utf8')), expected);
      assert.equal(crc32(s), expected);
      assert.equal(crc32(Buffer.from(s, 'utf8')), expected);
    }
    assert.equal(crc32Table(Buffer.from('123456789')), 0xcbf43926); // the standard check value
  });
});
