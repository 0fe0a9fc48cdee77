/**
 * Issue 19, the conversation module answered from state over HTTP: do-not-disturb (Go
 * sdk/conversation.go: requestId, conversationType, targetId, isMuted, unpushLevel, busChannel; get
 * reads isMuted), pins, conversation tags and attributes (Java ConversationAttrModel, TagConversationsModel),
 * history clean, and a restart.
 */
import { randomUUID } from 'node:crypto';
import { after, before, describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONVERSATION_ENDPOINTS } from '../../src/core/contract/conversation';
import { handlerFor } from '../../src/sandbox/handlers';
import { CONVERSATION_HANDLERS } from '../../src/sandbox/handlers/conversation';
import { CONVERSATION_CLEARED } from '../../src/sandbox/handlers/conversation/tables';
import { rows } from '../../src/sandbox/model/tables';
import { SandboxServer } from '../../src/sandbox/server';
import { call, manualClock, MINUTE, request, type Reply } from './support/sandboxClient';

const APP = { appKey: 'conversation-app', appSecret: `conversation-${randomUUID()}` };

function expectOk(r: Reply): void {
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.code, 200, r.text);
}

interface Attributes {
  targetId: string;
  conversationType: number;
  tags: Array<{ tagId: string; tagName: string; createTime: number }>;
  top: { top: boolean; topTime: number };
  mute: { mute: number };
}

describe('sandbox conversation module: the register', () => {
  it('every conversation endpoint has exactly one handler, in the conversation index', () => {
    for (const e of CONVERSATION_ENDPOINTS) {
      assert.ok(handlerFor(e), `${e.id} has no handler`);
      assert.equal(CONVERSATION_HANDLERS.filter((h) => h.endpoint.id === e.id).length, 1, e.id);
    }
    assert.equal(CONVERSATION_HANDLERS.length, CONVERSATION_ENDPOINTS.length);
  });
});

describe('sandbox conversation module: state', () => {
  let server: SandboxServer;
  const clock = manualClock();
  const send = (path: string, pairs: Array<[string, string]> = []) => call(server.url, APP, path, pairs);
  const json = (path: string, body: unknown) => request(server.url, APP, path, { json: body });
  const get = (path: string, query: Record<string, string>) => request(server.url, APP, path, { method: 'GET', query });
  const attributes = async (userId: string, targetId: string, conversationType: string) => {
    const r = await get('/conversation/attribute/get.json', { userId, targetId, conversationType });
    expectOk(r);
    return r.json.data as Attributes;
  };
  before(async () => {
    server = await SandboxServer.start({ apps: [APP], clock });
  });
  after(() => server.stop());

  it('notification set/get: unpushLevel is read back as isMuted (Go ConversationNotificationGet), per channel; Go ConversationMute (isMuted=1 alone) reads back 1; level 0 clears', async () => {
    // Go ConversationNotificationSet sends both isMuted and unpushLevel.
    expectOk(await send('/conversation/notification/set.json', [['conversationType', '3'], ['requestId', 'u1'], ['targetId', 'g1'], ['isMuted', '1'], ['unpushLevel', '5']]));
    const read = async (pairs: Array<[string, string]>) => (await send('/conversation/notification/get.json', pairs)).json.isMuted;
    assert.equal(await read([['conversationType', '3'], ['requestId', 'u1'], ['targetId', 'g1']]), 5);
    assert.equal(await read([['conversationType', '3'], ['requestId', 'u2'], ['targetId', 'g1']]), 0, "another user's setting is its own");
    expectOk(await send('/conversation/notification/set.json', [['conversationType', '10'], ['requestId', 'u1'], ['targetId', 'ug'], ['busChannel', 'c1'], ['unpushLevel', '2']]));
    assert.equal(await read([['conversationType', '10'], ['requestId', 'u1'], ['targetId', 'ug'], ['busChannel', 'c1']]), 2);
    assert.equal(await read([['conversationType', '10'], ['requestId', 'u1'], ['targetId', 'ug']]), 0, 'a channel is its own conversation');
    expectOk(await send('/conversation/notification/set.json', [['requestId', 'u1'], ['conversationType', '1'], ['targetId', 'u9'], ['isMuted', '1']]));
    assert.equal(await read([['conversationType', '1'], ['requestId', 'u1'], ['targetId', 'u9']]), 1);
    expectOk(await send('/conversation/notification/set.json', [['conversationType', '3'], ['requestId', 'u1'], ['targetId', 'g1'], ['unpushLevel', '0']]));
    assert.equal(await read([['conversationType', '3'], ['requestId', 'u1'], ['targetId', 'g1']]), 0);
  });

  it('notification set refuses level 3, type 4 and a call with neither isMuted nor unpushLevel (1003)', async () => {
    const base: Array<[string, string]> = [['requestId', 'u1'], ['targetId', 'g1']];
    assert.equal((await send('/conversation/notification/set.json', [...base, ['conversationType', '3'], ['unpushLevel', '3']])).json.code, 1003);
    assert.equal((await send('/conversation/notification/set.json', [...base, ['conversationType', '4'], ['unpushLevel', '1']])).json.code, 1003);
    assert.equal((await send('/conversation/notification/set.json', [...base, ['conversationType', '3']])).json.code, 1003);
  });

  it('type notification set/get (Go ConversationTypeNotificationSet/Get: isMuted)', async () => {
    expectOk(await send('/conversation/type/notification/set.json', [['conversationType', '1'], ['requestId', 'u1'], ['unpushLevel', '-1']]));
    assert.equal((await send('/conversation/type/notification/get.json', [['conversationType', '1'], ['requestId', 'u1']])).json.isMuted, -1);
    assert.equal((await send('/conversation/type/notification/get.json', [['conversationType', '3'], ['requestId', 'u1']])).json.isMuted, 0);
  });

  it('top/set pins and unpins (Go ConversationTop sends setTop true/false); attribute/get shows top.top, top.topTime and mute.mute (Java ConversationTopModel, ConversationMuteModel)', async () => {
    expectOk(await send('/conversation/top/set.json', [['conversationType', '1'], ['userId', 'a1'], ['targetId', 'b1'], ['setTop', 'true']]));
    expectOk(await send('/conversation/notification/set.json', [['conversationType', '1'], ['requestId', 'a1'], ['targetId', 'b1'], ['unpushLevel', '5']]));
    const pinned = await attributes('a1', 'b1', '1');
    assert.deepEqual(pinned, { targetId: 'b1', conversationType: 1, tags: [], top: { top: true, topTime: clock.now() }, mute: { mute: 5 } });
    clock.advance(MINUTE);
    expectOk(await send('/conversation/top/set.json', [['conversationType', '1'], ['userId', 'a1'], ['targetId', 'b1'], ['setTop', 'false']]));
    assert.deepEqual((await attributes('a1', 'b1', '1')).top, { top: false, topTime: 0 });
    assert.equal((await send('/conversation/top/set.json', [['conversationType', '4'], ['userId', 'a1'], ['targetId', 'b1'], ['setTop', 'true']])).json.code, 1003);
  });

  it("tag/conversation set/get/del (Java TagConversationsModel: userId, tagId, conversations) against the user's conversation tags; attribute/get lists the tags", async () => {
    expectOk(await json('/user/conversation/tag/set.json', { userId: 'tu', tags: [{ tagId: 'work', tagName: 'Work' }, { tagId: 'fam', tagName: 'Family' }] }));
    expectOk(await json('/tag/conversation/set.json', { userId: 'tu', tagId: 'work', conversations: [{ targetId: 'boss', conversationType: 1 }, { targetId: 'team', conversationType: 3 }] }));
    expectOk(await json('/tag/conversation/set.json', { userId: 'tu', tagId: 'fam', conversations: [{ targetId: 'boss', conversationType: 1 }] }));
    const got = await get('/tag/conversation/get.json', { userId: 'tu', tagId: 'work' });
    expectOk(got);
    assert.deepEqual(got.json.data, { userId: 'tu', tagId: 'work', conversations: [{ targetId: 'boss', conversationType: 1 }, { targetId: 'team', conversationType: 3 }] });
    assert.deepEqual((await attributes('tu', 'boss', '1')).tags.map((t) => [t.tagId, t.tagName]), [['work', 'Work'], ['fam', 'Family']]);
    expectOk(await json('/tag/conversation/del.json', { userId: 'tu', tagId: 'work', conversations: [{ targetId: 'boss', conversationType: 1 }] }));
    assert.deepEqual(((await get('/tag/conversation/get.json', { userId: 'tu', tagId: 'work' })).json.data as { conversations: unknown[] }).conversations, [{ targetId: 'team', conversationType: 3 }]);
    // Deleting the user's tag takes its conversations with it.
    expectOk(await json('/user/conversation/tag/del.json', { userId: 'tu', tagIds: ['fam'] }));
    assert.deepEqual((await attributes('tu', 'boss', '1')).tags, []);
    assert.deepEqual(((await get('/tag/conversation/get.json', { userId: 'tu', tagId: 'fam' })).json.data as { conversations: unknown[] }).conversations, []);
  });

  it('tag/conversation set: an unknown tag is 1003; 100 conversations a call pass, 101 are 1003', async () => {
    assert.equal((await json('/tag/conversation/set.json', { userId: 'tu', tagId: 'nope', conversations: [{ targetId: 'x', conversationType: 1 }] })).json.code, 1003);
    const list = (n: number) => Array.from({ length: n }, (_, i) => ({ targetId: `c${i}`, conversationType: 1 }));
    expectOk(await json('/tag/conversation/set.json', { userId: 'tu', tagId: 'work', conversations: list(100) }));
    assert.equal((await json('/tag/conversation/set.json', { userId: 'tu', tagId: 'work', conversations: list(101) })).json.code, 1003);
  });

  it('history clean keeps the time before which the history is gone, for the user (a chatroom: for everyone); a type other than 1, 3, 4, 6 is 1003', async () => {
    // Java message.history.clean sends conversationType, fromUserId, targetId and msgTimestamp.
    expectOk(await send('/conversation/message/history/clean.json', [['conversationType', '1'], ['fromUserId', 'h1'], ['targetId', 'h2'], ['msgTimestamp', '1735689600000']]));
    // Go ConversationMessageHistoryClean sends no msgTimestamp: everything so far.
    expectOk(await send('/conversation/message/history/clean.json', [['conversationType', '4'], ['fromUserId', 'op'], ['targetId', 'room']]));
    assert.deepEqual(rows(server.model, APP.appKey, CONVERSATION_CLEARED, 'h1').get('1:h2'), { before: 1735689600000 });
    assert.deepEqual(rows(server.model, APP.appKey, CONVERSATION_CLEARED, '').get('4:room'), { before: clock.now() + 1 });
    assert.equal((await send('/conversation/message/history/clean.json', [['conversationType', '10'], ['fromUserId', 'h1'], ['targetId', 'h2']])).json.code, 1003);
  });
});

describe('sandbox conversation module: kept across a restart (the journal)', () => {
  async function folder(t: TestContext): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'rong-conversation-'));
    t.after(() => rm(dir, { recursive: true, force: true }));
    return dir;
  }

  it('do-not-disturb, pins and tagged conversations written before a stop are answered after a start', async (t) => {
    const statePath = join(await folder(t), 'state.journal');
    const first = await SandboxServer.start({ apps: [APP], statePath });
    try {
      expectOk(await call(first.url, APP, '/conversation/notification/set.json', [['conversationType', '1'], ['requestId', 'r'], ['targetId', 's'], ['unpushLevel', '4']]));
      expectOk(await call(first.url, APP, '/conversation/type/notification/set.json', [['conversationType', '3'], ['requestId', 'r'], ['unpushLevel', '1']]));
      expectOk(await call(first.url, APP, '/conversation/top/set.json', [['conversationType', '1'], ['userId', 'r'], ['targetId', 's'], ['setTop', 'true']]));
      expectOk(await request(first.url, APP, '/user/conversation/tag/set.json', { json: { userId: 'r', tags: [{ tagId: 'k', tagName: 'K' }] } }));
      expectOk(await request(first.url, APP, '/tag/conversation/set.json', { json: { userId: 'r', tagId: 'k', conversations: [{ targetId: 's', conversationType: 1 }] } }));
    } finally {
      await first.stop();
    }
    const again = await SandboxServer.start({ apps: [APP], statePath });
    try {
      const r = await request(again.url, APP, '/conversation/attribute/get.json', { method: 'GET', query: { userId: 'r', targetId: 's', conversationType: '1' } });
      const data = r.json.data as Attributes;
      assert.equal(data.top.top, true);
      assert.equal(data.mute.mute, 4);
      assert.deepEqual(data.tags.map((x) => x.tagId), ['k']);
      assert.equal((await call(again.url, APP, '/conversation/type/notification/get.json', [['conversationType', '3'], ['requestId', 'r']])).json.isMuted, 1);
    } finally {
      await again.stop();
    }
  });
});
