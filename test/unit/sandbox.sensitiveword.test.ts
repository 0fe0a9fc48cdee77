/**
 * Issue 19, sensitive word slice: /sensitiveword/… and /wordfilter/… answered from state, sent as the
 * Go SDK (sdk/sensitive.go SensitiveAdd/SensitiveRemove/SensitiveGetList) and the Java SDK
 * (SensitiveWord.batchAdd/remove, Wordfilter) send them, read back through their list results, and a
 * word's effect on messages sent after it read back through the /v3 history query.
 */
import { after, before, beforeEach, describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SandboxServer } from '../../src/sandbox/server';
import { HANDLERS, handlerFor } from '../../src/sandbox/handlers';
import { SENSITIVEWORD_ENDPOINTS } from '../../src/core/contract/sensitiveword';
import { call, control, manualClock, request, type Reply } from './support/sandboxClient';

const APP = { appKey: 'sensitive-app', appSecret: 'sensitive-secret' };
const START = Date.UTC(2025, 0, 1, 0, 0, 0);
const text = (s: string) => JSON.stringify({ content: s });

function expectOk(r: Reply): void {
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.code, 200, r.text);
}

/** Go SensitiveWord {type string, word, replaceWord}; Java SensitiveWordModel {type, keyword, replace}. */
interface Listed { type: string; word: string; replaceWord: string; keyword: string; replace: string }

describe('sandbox sensitive words', () => {
  const clock = manualClock(START);
  let server: SandboxServer;
  const send = (path: string, pairs: Array<[string, string]> = []) => call(server.url, APP, path, pairs);
  const list = async (pairs: Array<[string, string]> = []) => {
    const r = await send('/sensitiveword/list.json', pairs);
    expectOk(r);
    return r.json.words as Listed[]; // Go ListWordFilterResult.words, Java ListWordfilterResult.words
  };
  /** Sends a → b and answers what b's history (Java QueryHistoryMessageModel) shows for it. */
  const sendAndRead = async (content: string): Promise<string[]> => {
    clock.advance(1000);
    const at = clock.now();
    expectOk(await send('/message/private/publish.json', [['fromUserId', 'a'], ['toUserId', 'b'], ['objectName', 'RC:TxtMsg'], ['content', text(content)]]));
    const r = await request(server.url, APP, '/v3/message/private/query.json', { json: { userId: 'b', targetId: 'a', startTime: at, endTime: at, includeStart: true } });
    expectOk(r);
    return (r.json.data as Array<{ content: string }>).map((m) => (JSON.parse(m.content) as { content: string }).content);
  };

  before(async () => {
    server = await SandboxServer.start({ apps: [APP], clock });
  });
  after(() => server.stop());
  beforeEach(async () => {
    assert.equal((await control(server.url, '/_sandbox/reset', {})).status, 200);
  });

  it('a word with a replacement (Go SensitiveAdd type 0) is listed and replaced in messages sent after it; one sent before stays as it was', async () => {
    assert.deepEqual(await sendAndRead('a darn day'), ['a darn day']);
    expectOk(await send('/sensitiveword/add.json', [['word', 'darn'], ['replaceWord', '**']]));
    assert.deepEqual(await list(), [{ type: '0', word: 'darn', replaceWord: '**', keyword: 'darn', replace: '**' }]);
    assert.deepEqual(await sendAndRead('darn it, darn'), ['** it, **']);
    const before = await request(server.url, APP, '/v3/message/private/query.json', { json: { userId: 'b', targetId: 'a', startTime: START, endTime: START + 1000, includeStart: true } });
    assert.equal((before.json.data as Array<{ content: string }>)[0].content, text('a darn day'));
  });

  it('a word without a replacement (Go type 1 sends only word) blocks: the message is kept undelivered and history does not show it', async () => {
    expectOk(await send('/sensitiveword/add.json', [['word', 'secret']]));
    assert.deepEqual((await list()).map((w) => [w.word, w.type]), [['secret', '1']]);
    assert.deepEqual(await sendAndRead('the secret plan'), []);
    const kept = server.model.app(APP.appKey).messages.at(-1);
    assert.equal(kept?.options?.blockedBy, 'secret');
    assert.deepEqual(kept?.recipients.map((r) => r.delivered), [false]);
    assert.deepEqual(await sendAndRead('nothing to hide'), ['nothing to hide']);
  });

  it('list filters by type (0 replaced, 1 blocked, 2 or none all, as Node/PHP and Go send it)', async () => {
    expectOk(await send('/sensitiveword/add.json', [['word', 'r1'], ['replaceWord', 'x'], ['type', '0']]));
    expectOk(await send('/sensitiveword/add.json', [['word', 'b1'], ['type', '1']]));
    assert.deepEqual((await list([['type', '0']])).map((w) => w.word), ['r1']);
    assert.deepEqual((await list([['type', '1']])).map((w) => w.word), ['b1']);
    assert.deepEqual((await list([['type', '2']])).map((w) => w.word), ['r1', 'b1']);
    assert.deepEqual((await list()).map((w) => w.word), ['r1', 'b1']);
  });

  it('batch/add (Java AddSensitiveWordsModel) answers remainQuota; batch/delete (Go SensitiveRemove: repeated words) removes, and later messages are no longer screened', async () => {
    const r = await request(server.url, APP, '/sensitiveword/batch/add.json', { json: { words: [{ word: 'foo', replaceWord: 'f**' }, { word: 'bar' }] } });
    expectOk(r);
    assert.equal(r.json.remainQuota, 48); // Java BatchAddSensitiveWordResult.remainQuota
    assert.deepEqual(await sendAndRead('foo bar'), []);
    assert.deepEqual(await sendAndRead('foo'), ['f**']);
    expectOk(await send('/sensitiveword/batch/delete.json', [['words', 'bar'], ['words', 'not-there']]));
    assert.deepEqual((await list()).map((w) => w.word), ['foo']);
    assert.deepEqual(await sendAndRead('foo bar'), ['f** bar']);
    expectOk(await send('/sensitiveword/delete.json', [['word', 'foo']])); // Java SensitiveWord.remove
    assert.deepEqual(await list(), []);
    assert.deepEqual(await sendAndRead('foo bar'), ['foo bar']);
  });

  it('the app holds 50 words (docs: "up to 50 sensitive words"): the 50th passes, the 51st is 1003 and changes nothing; a batch over the quota fails whole', async () => {
    const words = Array.from({ length: 50 }, (_, i) => ({ word: `w${i}` }));
    const full = await request(server.url, APP, '/sensitiveword/batch/add.json', { json: { words } });
    expectOk(full);
    assert.equal(full.json.remainQuota, 0);
    const over = await send('/sensitiveword/add.json', [['word', 'one-more'], ['replaceWord', 'x']]);
    assert.equal(over.json.code, 1003, over.text);
    assert.match(over.json.errorMessage ?? '', /quota is 50/);
    expectOk(await send('/sensitiveword/add.json', [['word', 'w0'], ['replaceWord', 'x']])); // a word held already gets its new rule
    assert.equal((await list()).length, 50);
    expectOk(await send('/sensitiveword/batch/delete.json', [['words', 'w1']]));
    const batch = await request(server.url, APP, '/sensitiveword/batch/add.json', { json: { words: [{ word: 'n1' }, { word: 'n2' }] } });
    assert.equal(batch.json.code, 1003, batch.text);
    assert.equal((await list()).some((w) => w.word === 'n1'), false, 'the whole batch failed');
    const tooMany = await request(server.url, APP, '/sensitiveword/batch/add.json', { json: { words: Array.from({ length: 51 }, (_, i) => ({ word: `z${i}` })) } });
    assert.equal(tooMany.json.code, 1003, 'Java batchAdd: 1–50 entries a call');
    const tooLong = await request(server.url, APP, '/sensitiveword/batch/add.json', { json: { words: [{ word: 'x'.repeat(33) }] } });
    assert.equal(tooLong.json.code, 1003, 'docs: a word of at most 32 characters');
  });

  it('the Java Wordfilter calls share the list: add blocks, list shows it, delete removes it', async () => {
    expectOk(await send('/wordfilter/add.json', [['word', 'legacy']]));
    const r = await send('/wordfilter/list.json');
    expectOk(r);
    assert.deepEqual((r.json.words as Listed[]).map((w) => [w.keyword, w.type]), [['legacy', '1']]); // Java ListWordfilterResult → SensitiveWordModel.keyword/type
    assert.deepEqual((await list()).map((w) => w.word), ['legacy']);
    assert.deepEqual(await sendAndRead('so legacy'), []);
    expectOk(await send('/wordfilter/delete.json', [['word', 'legacy']]));
    assert.deepEqual((await send('/wordfilter/list.json')).json.words, []);
  });

  it('every endpoint of the sensitiveword module has exactly one handler', () => {
    for (const e of SENSITIVEWORD_ENDPOINTS) {
      assert.equal(handlerFor(e)?.endpoint.id, e.id, e.id);
      assert.equal(HANDLERS.filter((h) => h.endpoint.id === e.id).length, 1, e.id);
    }
  });
});

describe('sandbox sensitive words: kept across a restart (the journal)', () => {
  async function folder(t: TestContext): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'rong-sensitive-'));
    t.after(() => rm(dir, { recursive: true, force: true }));
    return dir;
  }

  it('words added before a stop are listed and still screen messages after a start', async (t) => {
    const statePath = join(await folder(t), 'state.journal');
    const first = await SandboxServer.start({ apps: [APP], statePath });
    try {
      expectOk(await call(first.url, APP, '/sensitiveword/add.json', [['word', 'kept'], ['replaceWord', 'k']]));
      expectOk(await call(first.url, APP, '/sensitiveword/add.json', [['word', 'dropped']]));
      expectOk(await call(first.url, APP, '/sensitiveword/delete.json', [['word', 'dropped']]));
    } finally {
      await first.stop();
    }
    const again = await SandboxServer.start({ apps: [APP], statePath });
    try {
      const r = await call(again.url, APP, '/sensitiveword/list.json');
      assert.deepEqual((r.json.words as Listed[]).map((w) => [w.word, w.replaceWord]), [['kept', 'k']]);
      expectOk(await call(again.url, APP, '/message/private/publish.json', [['fromUserId', 'a'], ['toUserId', 'b'], ['objectName', 'RC:TxtMsg'], ['content', text('kept dropped')]]));
      assert.equal(again.model.app(APP.appKey).messages.at(-1)?.content, text('k dropped'));
    } finally {
      await again.stop();
    }
  });
});
