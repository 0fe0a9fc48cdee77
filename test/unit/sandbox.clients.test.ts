/**
 * Simulated clients (issue #19, src/sandbox/clients.ts): /_sandbox/clients/join, leave and send, read
 * back through /_sandbox/state, /_sandbox/messages and the model's messagesByUID; every refusal of a
 * body, with what is wrong and the limit; and the join/send state surviving a restart.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SandboxServer } from '../../src/sandbox/server';
import { CHATROOMS, ULTRAGROUP_CHANNELS, ULTRAGROUP_MEMBERS, ULTRAGROUPS, memoryPersistence, put } from '../../src/sandbox/model';
import { MESSAGE_CONTENT_MAX_BYTES, MESSAGE_TYPE_MAX_CHARS } from '../../src/core/contract/limits';
import { CHATROOM_ID_MAX_BYTES } from '../../src/core/contract/chatroom';
import { BUS_CHANNEL_MAX_BYTES } from '../../src/core/contract/ultragroup';
import * as view from '../../src/views/sendAsUser';
import { call, control, manualClock, MINUTE } from './support/sandboxClient';

const APP = { appKey: 'clients-app', appSecret: 'clients-secret' };
const OTHER = { appKey: 'clients-other', appSecret: 'other-secret' };
const START = Date.UTC(2025, 6, 1);

type Json = Record<string, unknown>;
type StateApp = Json & { chatrooms: Json[]; rows: Json[]; totals: Record<string, number> };

/** A chatroom made by the Server API (rows as chatroom/create.json puts them) and an ultragroup with two members and a channel. */
const SEED = [
  put(APP.appKey, CHATROOMS, '', 'room1', { name: 'Room one', createdAt: START }),
  put(APP.appKey, ULTRAGROUPS, '', 'ug1', { name: 'UG', createdAt: START }),
  put(APP.appKey, ULTRAGROUP_MEMBERS, 'ug1', 'alice', { joinedAt: START }),
  put(APP.appKey, ULTRAGROUP_MEMBERS, 'ug1', 'bob', { joinedAt: START }),
  put(APP.appKey, ULTRAGROUP_CHANNELS, 'ug1', 'ch1', { type: 0, createdAt: START }),
];

describe('sandbox simulated clients (/_sandbox/clients/…)', () => {
  const clock = manualClock(START);
  let server: SandboxServer;
  const api = (path: string, pairs: Array<[string, string]> = []) => call(server.url, APP, path, pairs);
  const post = (action: string, body: unknown) => control(server.url, `/_sandbox/clients/${action}`, body);
  const state = async (app = APP.appKey) => ((await control(server.url, `/_sandbox/state?app=${app}`)).json.apps as StateApp[])[0];

  before(async () => {
    server = await SandboxServer.start({ apps: [APP, OTHER], clock, persistence: memoryPersistence(SEED) });
    await api('/group/create.json', [['userId', 'alice'], ['userId', 'bob'], ['userId', 'carol'], ['groupId', 'g1'], ['groupName', 'G']]);
  });
  after(() => server.stop());

  it('join puts the member; /_sandbox/state shows the chatroom with its members and the rows', async () => {
    const r = await post('join', { userId: 'alice', chatroomId: 'room1' });
    assert.equal(r.status, 200, JSON.stringify(r.json));
    assert.deepEqual(r.json, { userId: 'alice', chatroomId: 'room1', joinedAt: START, created: false });
    clock.advance(MINUTE);
    assert.equal((await post('join', { userId: 'bob', chatroomId: 'room1' })).status, 200);
    clock.advance(MINUTE);
    const again = await post('join', { userId: 'alice', chatroomId: 'room1' });
    assert.equal(again.json.joinedAt, START, 'joining again keeps the first joinedAt');
    const app = await state();
    const room = app.chatrooms.find((c) => c.chatroomId === 'room1');
    assert.deepEqual(room, {
      chatroomId: 'room1', name: 'Room one', createdAt: START, memberTotal: 2,
      members: [{ userId: 'alice', joinedAt: START }, { userId: 'bob', joinedAt: START + MINUTE }],
    });
    assert.ok(app.rows.some((x) => x.table === 'chatroom.member' && x.scope === 'room1' && x.key === 'bob'), JSON.stringify(app.rows));
    assert.equal(app.totals.rows, app.rows.length);
    assert.equal(app.totals.chatrooms, 1);
  });

  it('join of a chatroom that does not exist is 404; with autoCreate it is created { name: chatroomId, createdAt }', async () => {
    const missing = await post('join', { userId: 'alice', chatroomId: 'nowhere' });
    assert.equal(missing.status, 404);
    assert.match(String(missing.json.error), /chatroom "nowhere" does not exist.*autoCreate/);
    const made = await post('join', { userId: 'carol', chatroomId: 'made', autoCreate: true });
    assert.equal(made.status, 200, JSON.stringify(made.json));
    assert.equal(made.json.created, true);
    const room = (await state()).chatrooms.find((c) => c.chatroomId === 'made');
    assert.equal(room?.name, 'made');
    assert.equal(room?.createdAt, clock.now());
    assert.deepEqual((room?.members as Json[]).map((m) => m.userId), ['carol']);
  });

  it('leave removes the member; leaving again is left:false; an unknown chatroom is 404', async () => {
    await post('join', { userId: 'dave', chatroomId: 'room1' });
    const r = await post('leave', { userId: 'dave', chatroomId: 'room1' });
    assert.deepEqual(r.json, { userId: 'dave', chatroomId: 'room1', left: true });
    assert.ok(!((await state()).chatrooms.find((c) => c.chatroomId === 'room1')?.members as Json[]).some((m) => m.userId === 'dave'));
    assert.deepEqual((await post('leave', { userId: 'dave', chatroomId: 'room1' })).json, { userId: 'dave', chatroomId: 'room1', left: false });
    assert.equal((await post('leave', { userId: 'dave', chatroomId: 'nowhere' })).status, 404);
  });

  it('send to a user: answered {messageUID, msgTimestamp}, kept via client, found by messageUID and in /_sandbox/messages', async () => {
    const r = await post('send', { fromUserId: 'alice', toUserId: 'bob', objectName: 'RC:TxtMsg', content: '{"content":"hi bob"}' });
    assert.equal(r.status, 200, JSON.stringify(r.json));
    assert.match(String(r.json.messageUID), /^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/);
    assert.equal(r.json.msgTimestamp, clock.now());
    const kept = server.model.app(APP.appKey).messagesByUID.get(String(r.json.messageUID));
    assert.equal(kept?.via, 'client');
    assert.equal(kept?.kind, 'private');
    assert.equal(kept?.fromUserId, 'alice');
    assert.equal(kept?.content, '{"content":"hi bob"}');
    const toBob = (await control(server.url, '/_sandbox/messages?userId=bob')).json.messages as Json[];
    assert.ok(toBob.some((m) => m.messageUID === r.json.messageUID && m.delivered === true && m.via === 'client'));
  });

  it('send to a group reaches its members but the sender', async () => {
    const r = await post('send', { fromUserId: 'alice', groupId: 'g1', objectName: 'RC:TxtMsg', content: '{"content":"all"}' });
    assert.equal(r.status, 200, JSON.stringify(r.json));
    const kept = server.model.app(APP.appKey).messagesByUID.get(String(r.json.messageUID));
    assert.deepEqual(kept?.recipients.map((x) => x.userId), ['bob', 'carol']);
    const inGroup = (await control(server.url, '/_sandbox/messages?groupId=g1')).json.messages as Json[];
    assert.ok(inGroup.some((m) => m.messageUID === r.json.messageUID));
  });

  it('send to a chatroom reaches its members but the sender; /_sandbox/messages?chatroomId= finds it', async () => {
    const r = await post('send', { fromUserId: 'bob', chatroomId: 'room1', objectName: 'RC:TxtMsg', content: '{"content":"room"}' });
    assert.equal(r.status, 200, JSON.stringify(r.json));
    const kept = server.model.app(APP.appKey).messagesByUID.get(String(r.json.messageUID));
    assert.equal(kept?.kind, 'chatroom');
    assert.deepEqual(kept?.recipients.map((x) => x.userId), ['alice']);
    const inRoom = (await control(server.url, '/_sandbox/messages?chatroomId=room1')).json.messages as Json[];
    assert.deepEqual(inRoom.map((m) => m.messageUID), [r.json.messageUID]);
  });

  it('send to an ultragroup (default channel and a channel); /_sandbox/messages?ultragroupId=&channelId= finds each', async () => {
    const plain = await post('send', { fromUserId: 'alice', ultragroupId: 'ug1', objectName: 'RC:TxtMsg', content: '{"content":"ug"}' });
    const inChannel = await post('send', { fromUserId: 'bob', ultragroupId: 'ug1', channelId: 'ch1', objectName: 'RC:TxtMsg', content: '{"content":"ch"}' });
    assert.equal(plain.status, 200, JSON.stringify(plain.json));
    assert.equal(inChannel.status, 200, JSON.stringify(inChannel.json));
    assert.deepEqual(server.model.app(APP.appKey).messagesByUID.get(String(plain.json.messageUID))?.recipients.map((x) => x.userId), ['bob']);
    const all = (await control(server.url, '/_sandbox/messages?ultragroupId=ug1')).json.messages as Json[];
    assert.deepEqual(all.map((m) => m.messageUID), [plain.json.messageUID, inChannel.json.messageUID]);
    const ch = (await control(server.url, '/_sandbox/messages?ultragroupId=ug1&channelId=ch1')).json.messages as Json[];
    assert.deepEqual(ch.map((m) => m.messageUID), [inChannel.json.messageUID]);
    assert.equal((await control(server.url, '/_sandbox/messages?groupId=g1&channelId=ch1')).status, 400);
    assert.equal((await control(server.url, '/_sandbox/messages?chatroomId=a&groupId=b')).status, 400);
  });

  it('a client message is kept in the app named, not in the first', async () => {
    const r = await post('send', { fromUserId: 'x', toUserId: 'y', objectName: 'RC:TxtMsg', content: '{}', app: OTHER.appKey });
    assert.equal(r.status, 200);
    assert.ok(server.model.app(OTHER.appKey).messagesByUID.has(String(r.json.messageUID)));
    assert.ok(!server.model.app(APP.appKey).messagesByUID.has(String(r.json.messageUID)), 'kept only in the app named');
  });

  it('refuses a sender that is not a member (403) and targets that do not exist (404)', async () => {
    const cases: Array<[Json, number, RegExp]> = [
      [{ fromUserId: 'zed', groupId: 'g1' }, 403, /not a member of group "g1"/],
      [{ fromUserId: 'zed', chatroomId: 'room1' }, 403, /not a member of chatroom "room1"/],
      [{ fromUserId: 'zed', ultragroupId: 'ug1' }, 403, /not a member of ultragroup "ug1"/],
      [{ fromUserId: 'alice', groupId: 'nog' }, 404, /group "nog" does not exist/],
      [{ fromUserId: 'alice', chatroomId: 'noroom' }, 404, /chatroom "noroom" does not exist/],
      [{ fromUserId: 'alice', ultragroupId: 'noug' }, 404, /ultragroup "noug" does not exist/],
      [{ fromUserId: 'alice', ultragroupId: 'ug1', channelId: 'nochan' }, 404, /no channel "nochan"/],
    ];
    for (const [target, status, message] of cases) {
      const r = await post('send', { ...target, objectName: 'RC:TxtMsg', content: '{}' });
      assert.equal(r.status, status, JSON.stringify(target));
      assert.match(String(r.json.error), message);
    }
  });

  it('a blocked user can neither join nor send (403); a blacklisted sender’s private message is kept not delivered', async () => {
    await api('/user/block.json', [['userId', 'mallory'], ['minute', '1']]);
    const join = await post('join', { userId: 'mallory', chatroomId: 'room1' });
    assert.equal(join.status, 403);
    assert.match(String(join.json.error), /blocked/);
    assert.equal((await post('send', { fromUserId: 'mallory', toUserId: 'bob', objectName: 'RC:TxtMsg', content: '{}' })).status, 403);
    clock.advance(2 * MINUTE);
    assert.equal((await post('send', { fromUserId: 'mallory', toUserId: 'bob', objectName: 'RC:TxtMsg', content: '{}' })).status, 200, 'the block ran out');
    await api('/user/blacklist/add.json', [['userId', 'bob'], ['blackUserId', 'mallory']]);
    const r = await post('send', { fromUserId: 'mallory', toUserId: 'bob', objectName: 'RC:TxtMsg', content: '{}' });
    assert.equal(server.model.app(APP.appKey).messagesByUID.get(String(r.json.messageUID))?.recipients[0].delivered, false);
  });

  it('refuses every malformed body with 400 naming the field and the limit', async () => {
    const send = { fromUserId: 'alice', toUserId: 'bob', objectName: 'RC:TxtMsg', content: '{}' };
    const long = (n: number) => 'a'.repeat(n);
    const cases: Array<[string, Json, RegExp]> = [
      ['join', { chatroomId: 'room1' }, /"userId" must be a non-empty string of at most 64 bytes/],
      ['join', { userId: '', chatroomId: 'room1' }, /"userId" must be a non-empty string/],
      ['join', { userId: 7, chatroomId: 'room1' }, /"userId" must be a non-empty string/],
      ['join', { userId: long(65), chatroomId: 'room1' }, /"userId" is 65 bytes; the limit is 64 bytes/],
      ['join', { userId: 'a', chatroomId: long(65) }, /"chatroomId" is 65 bytes; the limit is 64 bytes/],
      ['join', { userId: 'a', chatroomId: 'room1', autoCreate: 'yes' }, /"autoCreate" must be true or false/],
      ['join', { userId: 'a', chatroomId: 'room1', extra: 1 }, /unknown field\(s\) "extra".*takes "app", "userId", "chatroomId", "autoCreate"/],
      ['leave', { userId: 'a', chatroomId: 'room1', autoCreate: true }, /unknown field\(s\) "autoCreate"/],
      ['leave', { userId: 'a' }, /"chatroomId" must be a non-empty string of at most 64 bytes/],
      ['send', { ...send, toUserId: undefined }, /give exactly one of "toUserId", "groupId", "chatroomId", "ultragroupId" \(the body has none\)/],
      ['send', { ...send, groupId: 'g1' }, /exactly one of .*the body has "toUserId", "groupId"/],
      ['send', { ...send, channelId: 'ch1' }, /"channelId" goes only with "ultragroupId"/],
      ['send', { ...send, toUserId: undefined, ultragroupId: 'ug1', channelId: long(21) }, /"channelId" is 21 bytes; the limit is 20 bytes/],
      ['send', { ...send, toUserId: undefined, groupId: long(65) }, /"groupId" is 65 bytes; the limit is 64 bytes/],
      ['send', { ...send, fromUserId: long(65) }, /"fromUserId" is 65 bytes; the limit is 64 bytes/],
      ['send', { ...send, objectName: '' }, /"objectName" must be a non-empty string of at most 32 characters/],
      ['send', { ...send, objectName: long(MESSAGE_TYPE_MAX_CHARS + 1) }, /"objectName" is 33 characters; the limit is 32 characters/],
      ['send', { ...send, content: { text: 'x' } }, /"content" must be a non-empty string of at most 131072 bytes of UTF-8/],
      // 43,691 characters of 3 bytes each: bytes are counted, not characters
      ['send', { ...send, content: '字'.repeat(MESSAGE_CONTENT_MAX_BYTES / 3 + 1) }, /"content" is 131073 bytes of UTF-8; the limit is 131072/],
      ['send', { ...send, pushContent: 'x' }, /unknown field\(s\) "pushContent"/],
    ];
    for (const [action, body, message] of cases) {
      const r = await post(action, body);
      assert.equal(r.status, 400, `${action} ${JSON.stringify(body).slice(0, 80)}: ${JSON.stringify(r.json)}`);
      assert.match(String(r.json.error), message, action);
    }
    const unknownApp = await post('send', { ...send, app: 'nope' });
    assert.equal(unknownApp.status, 404);
    assert.equal((await control(server.url, '/_sandbox/clients/send')).status, 405, 'GET is not the method');
  });

  it('content at the limit exactly (128 KB) is accepted through the control body limit', async () => {
    const content = 'b'.repeat(MESSAGE_CONTENT_MAX_BYTES);
    const r = await post('send', { fromUserId: 'alice', toUserId: 'bob', objectName: 'RC:TxtMsg', content });
    assert.equal(r.status, 200, JSON.stringify(r.json).slice(0, 200));
    assert.equal(server.model.app(APP.appKey).messagesByUID.get(String(r.json.messageUID))?.content.length, MESSAGE_CONTENT_MAX_BYTES);
  });

  it('the overview lists chatrooms with their members', async () => {
    const o = await control(server.url, '/_sandbox/overview');
    const rooms = o.json.chatrooms as Json[];
    assert.deepEqual(rooms.find((c) => c.chatroomId === 'room1')?.members, ['alice', 'bob']);
    assert.equal((o.json.totals as Json).chatrooms, rooms.length);
  });
});

describe('Send as User… (src/views/sendAsUser.ts, no VS Code)', () => {
  it('its copies of the chatroom and channel ID limits agree with the contract data', () => {
    assert.equal(view.CHATROOM_ID_MAX_BYTES, CHATROOM_ID_MAX_BYTES);
    assert.equal(view.BUS_CHANNEL_MAX_BYTES, BUS_CHANNEL_MAX_BYTES);
  });

  it('checks what is typed as the sandbox does', () => {
    assert.equal(view.idProblem('', 64), 'empty');
    assert.equal(view.idProblem('a'.repeat(64), 64), undefined);
    assert.deepEqual(view.idProblem('字'.repeat(22), 64), { limit: 64, unit: 'bytes', size: 66 });
    assert.equal(view.channelProblem(''), undefined, 'no channel: the default one');
    assert.deepEqual(view.channelProblem('c'.repeat(21)), { limit: 20, unit: 'bytes', size: 21 });
    assert.deepEqual(view.objectNameProblem('字'.repeat(33)), { limit: 32, unit: 'characters', size: 33 });
    assert.equal(view.objectNameProblem('字'.repeat(32)), undefined, 'characters, not bytes');
  });

  it('sendAsClient answers the messageUID, or the sandbox’s refusal with its status', async () => {
    const server = await SandboxServer.start({ apps: [APP], clock: manualClock(START) });
    try {
      const sent = await view.sendAsClient(server.url, APP.appKey, { fromUserId: 'a', kind: 'toUserId', targetId: 'b', objectName: 'RC:TxtMsg', content: '{}' });
      assert.ok(sent.ok);
      assert.equal(server.model.app(APP.appKey).messagesByUID.get(sent.messageUID)?.recipients[0].userId, 'b');
      const no = await view.sendAsClient(server.url, APP.appKey, { fromUserId: 'a', kind: 'groupId', targetId: 'none', objectName: 'RC:TxtMsg', content: '{}' });
      assert.deepEqual(no.ok ? undefined : [no.status, /group "none" does not exist/.test(no.error)], [404, true]);
    } finally {
      await server.stop();
    }
  });
});

describe('sandbox simulated clients survive a restart', () => {
  let dir = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rong-clients-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('a joined member and a client message are there after a restart on the same state file', async () => {
    const statePath = join(dir, 'state.json');
    const first = await SandboxServer.start({ apps: [APP], statePath, clock: manualClock(START) });
    assert.equal((await control(first.url, '/_sandbox/clients/join', { userId: 'alice', chatroomId: 'kept', autoCreate: true })).status, 200);
    const sent = await control(first.url, '/_sandbox/clients/send', { fromUserId: 'alice', chatroomId: 'kept', objectName: 'RC:TxtMsg', content: '{"content":"x"}' });
    await first.stop();
    const second = await SandboxServer.start({ apps: [APP], statePath, clock: manualClock(START) });
    try {
      const app = ((await control(second.url, '/_sandbox/state')).json.apps as StateApp[])[0];
      assert.deepEqual(app.chatrooms.find((c) => c.chatroomId === 'kept')?.members, [{ userId: 'alice', joinedAt: START }]);
      assert.equal(second.model.app(APP.appKey).messagesByUID.get(String(sent.json.messageUID))?.via, 'client');
    } finally {
      await second.stop();
    }
  });
});
