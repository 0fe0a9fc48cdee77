/**
 * Issue 16, the sandbox's durable state: a journal past 512 MB opens (items 2), an answer is never
 * based on a change that is not yet durable (3), the clock stays within valid dates and a journal
 * with an out-of-range time still opens (4), the clock survives a restart (5), the message store is
 * bounded (7).
 */
import { describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, open, rm, stat, statfs } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeFrame, JOURNAL_HEADER } from '../../src/sandbox/journalFormat';
import { SandboxServer } from '../../src/sandbox/server';
import { call } from './support/sandboxClient';

const APP = { appKey: 'durable-app', appSecret: 'durable-secret' };

async function folder(t: TestContext): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'rong-durable-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

describe('a journal past 512 MB (issue 16 item 2)', () => {
  it('opens, compacts and answers with its data: loading and compaction stream instead of building one string', async (t) => {
    const dir = await folder(t);
    const free = await statfs(dir);
    if (free.bavail * free.bsize < 2.5 * 1024 ** 3) return t.skip('needs 2.5 GB free in the temporary folder');
    const path = join(dir, 'big.journal');
    const CONTENT = 128 * 1024; // the largest message content the API accepts
    const filler = 'x'.repeat(CONTENT - 16);
    const sentAt = Date.now();
    // Written with the journal's own record encoder, in big buffered writes (seconds, not HTTP).
    const fh = await open(path, 'w');
    let chunk: string[] = [encodeFrame(JOURNAL_HEADER)];
    let chunkBytes = 0;
    let count = 0;
    const flush = async () => {
      await fh.write(chunk.join(''));
      chunk = [];
      chunkBytes = 0;
    };
    chunk.push(encodeFrame({ t: 'user', app: APP.appKey, userId: 'alice', name: 'Alice', createdAt: sentAt }));
    chunk.push(encodeFrame({ t: 'token', app: APP.appKey, userId: 'alice', token: 'tok-alice', issuedAt: sentAt, expiresAt: sentAt + 30 * 86_400_000 }));
    let size = 0;
    while (size <= 520 * 1024 * 1024) {
      const line = encodeFrame({
        t: 'message', app: APP.appKey, kind: 'private', messageUID: `M${count}`, fromUserId: 'alice',
        recipients: [{ userId: 'bob', messageUID: `M${count}`, delivered: true }], objectName: 'RC:TxtMsg',
        content: `${String(count).padStart(16, '0')}${filler}`, sentAt,
      });
      chunk.push(line);
      chunkBytes += line.length;
      size += line.length;
      count++;
      if (chunkBytes > 16 * 1024 * 1024) await flush();
    }
    await flush();
    await fh.close();
    assert.ok((await stat(path)).size > 0x1fffffe8, 'past the longest string V8 makes');

    const log: string[] = [];
    const server = await SandboxServer.start({ apps: [APP], statePath: path, log: (l) => log.push(l) });
    try {
      const info = await call(server.url, APP, '/user/info.json', [['userId', 'alice']]);
      assert.equal(info.json.code, 200, info.text);
      assert.equal(info.json.userName, 'Alice');
      const again = await call(server.url, APP, '/user/getToken.json', [['userId', 'alice'], ['name', 'Alice']]);
      assert.equal(again.json.code, 1004, 'the token read from the journal is still valid');
      const messages = server.model.app(APP.appKey).messages;
      assert.equal(messages.length, count);
      assert.equal(messages[count - 1].messageUID, `M${count - 1}`);
      assert.equal(messages[count - 1].content.slice(0, 16), String(count - 1).padStart(16, '0'));
    } finally {
      await server.stop();
    }
    // The start compacted it into a file just as large, written as a stream of records.
    assert.ok((await stat(path)).size > 0x1fffffe8);
  });
});
