/**
 * Issue 19, chatroom slice: every chatroom endpoint answered from state over real HTTP, written with
 * the parameter names the Go SDK sends (sdk/chatroom.go) and read back through the fields the SDKs
 * parse (Go json tags in sdk/chatroom.go, Java models in io/rong/models/response/**), not through
 * our contract data. Members are seeded as the records /_sandbox/clients/join would write.
 */
import { after, before, describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHATROOM_ENDPOINTS } from '../../src/core/contract/chatroom';
import { HANDLERS, handlerFor } from '../../src/sandbox/handlers';
import { isBlocked, isMuted } from '../../src/sandbox/handlers/chatroom/tables';
import { CHATROOMS, CHATROOM_MEMBERS, memoryPersistence, put, row } from '../../src/sandbox/model';
import { SandboxServer } from '../../src/sandbox/server';
import { call, manualClock, MINUTE, type Reply } from './support/sandboxClient';

const APP = { appKey: 'chatroom-app', appSecret: 'chatroom-secret' };
const T0 = Date.UTC(2025, 0, 1, 0, 0, 0);
/** T0 as the service writes times (UTC+8 text). */
const T0_TEXT = '2025-01-01 08:00:00';

function expectOk(r: Reply): void {
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.code, 200, r.text);
}

/** Members u1, u2 (u1 first) of room1, as the clients' join control keeps them. */
const seeded = () =>
  memoryPersistence([
    put(APP.appKey, CHATROOM_MEMBERS, 'room1', 'u1', { joinedAt: T0 - 2000 }),
    put(APP.appKey, CHATROOM_MEMBERS, 'room1', 'u2', { joinedAt: T0 - 1000 }),
  ]);

const users = (...ids: string[]): Array<[string, string]> => ids.map((id) => ['userId', id]);

describe('sandbox chatroom: the register', () => {
  it('every endpoint of the chatroom module has exactly one handler', () => {
    assert.equal(CHATROOM_ENDPOINTS.length, 43);
    for (const e of CHATROOM_ENDPOINTS) {
      assert.equal(handlerFor(e)?.endpoint, e, e.id);
      assert.equal(HANDLERS.filter((h) => h.endpoint.id === e.id).length, 1, e.id);
      assert.ok((handlerFor(e)?.keeps.length ?? 0) > 20, `${e.id} says what it keeps`);
    }
  });
});

describe('sandbox chatroom: rooms and members', () => {
  let server: SandboxServer;
  const clock = manualClock(T0);
  const send = (path: string, pairs: Array<[string, string]> = []) => call(server.url, APP, path, pairs);
  before(async () => {
    server = await SandboxServer.start({ apps: [APP], clock, persistence: seeded() });
  });
  after(() => server.stop());

  it('create_new then get answers what was set (Go ChatRoomGetResult: chatroomId, createTime int64, memberCount, destroyType, destroyTime, ban bool)', async () => {
    expectOk(await send('/chatroom/create_new.json', [['chatroomId', 'room1'], ['destroyType', '0'], ['destroyTime', '120'], ['isBan', 'true'], ['whiteUserIds', 'w1']]));
    const r = await send('/chatroom/get.json', [['chatroomId', 'room1']]);
    expectOk(r);
    // room1 had members before the create: it was made by their join, so its creation is the first join.
    assert.deepEqual(r.json, { code: 200, chatroomId: 'room1', createTime: T0 - 2000, memberCount: 2, destroyType: 0, destroyTime: 120, ban: true });
    // Again without isBan or the rule (as Java sends only what is set): what was set stays.
    expectOk(await send('/chatroom/create_new.json', [['chatroomId', 'room1'], ['destroyType', '1']]));
    assert.deepEqual((await send('/chatroom/get.json', [['chatroomId', 'room1']])).json, { code: 200, chatroomId: 'room1', createTime: T0 - 2000, memberCount: 2, destroyType: 1, destroyTime: 120, ban: true });
    expectOk(await send('/chatroom/destroy/set.json', [['chatroomId', 'room1'], ['destroyType', '0'], ['destroyTime', '120']]));
    // The ban whitelist holds whiteUserIds (Go ChatRoomUserBanWhitelistQuery reads userIds).
    assert.deepEqual((await send('/chatroom/user/ban/whitelist/query.json', [['chatroomId', 'room1']])).json.userIds, ['w1']);
  });

  it('get of a chatroom that does not exist is 23410; destroy of one is 200', async () => {
    assert.equal((await send('/chatroom/get.json', [['chatroomId', 'nowhere']])).json.code, 23410);
    expectOk(await send('/chatroom/destroy.json', [['chatroomId', 'nowhere']]));
  });

  it('the old create (chatroom[id]=name, as Go ChatRoomCreate sends) is read by query as chatRooms [{chrmId, name, time}]; unknown IDs are left out; 21 IDs are 1003', async () => {
    expectOk(await send('/chatroom/create.json', [['chatroom[old1]', 'Old One'], ['chatroom[old2]', 'Old Two']]));
    const q = await send('/chatroom/query.json', [['chatroomId', 'old2'], ['chatroomId', 'nope'], ['chatroomId', 'old1']]);
    expectOk(q);
    // chrmId, name, time: Go ChatRoom json tags.
    assert.deepEqual(q.json.chatRooms, [
      { chrmId: 'old2', name: 'Old Two', time: T0_TEXT },
      { chrmId: 'old1', name: 'Old One', time: T0_TEXT },
    ]);
    const many = Array.from({ length: 21 }, (_, i): [string, string] => ['chatroomId', `c${i}`]);
    assert.equal((await send('/chatroom/query.json', many)).json.code, 1003);
  });

  it('user/query lists members by join time in either order (Go ChatRoomResult total, users [{id, time}]); exist and users/exist say who is in', async () => {
    const oldest = await send('/chatroom/user/query.json', [['chatroomId', 'room1'], ['count', '1'], ['order', '1']]);
    assert.deepEqual(oldest.json, { code: 200, total: 2, users: [{ id: 'u1', time: '2025-01-01 07:59:58' }] });
    const newest = await send('/chatroom/user/query.json', [['chatroomId', 'room1'], ['count', '500'], ['order', '2']]);
    assert.deepEqual((newest.json.users as Array<{ id: string }>).map((u) => u.id), ['u2', 'u1']);
    assert.equal((await send('/chatroom/user/query.json', [['chatroomId', 'room1'], ['count', '501'], ['order', '1']])).json.code, 1003);
    // isInChrm: a boolean for one user (Go ChatUserExistObj), 1/0 for several (Go ChatRoomUser int, Java CheckChatRoomUsersResult int).
    assert.equal((await send('/chatroom/user/exist.json', [['chatroomId', 'room1'], ['userId', 'u2']])).json.isInChrm, true);
    assert.equal((await send('/chatroom/user/exist.json', [['chatroomId', 'room1'], ['userId', 'u9']])).json.isInChrm, false);
    const several = await send('/chatroom/users/exist.json', [['chatroomId', 'room1'], ...users('u9', 'u1')]);
    assert.deepEqual(several.json.result, [{ userId: 'u9', isInChrm: 0 }, { userId: 'u1', isInChrm: 1 }]);
  });

  it('destroy/set changes the rule get answers; a fixed lifetime ends the chatroom unless it is kept alive', async () => {
    expectOk(await send('/chatroom/create_new.json', [['chatroomId', 'short'], ['destroyType', '1'], ['destroyTime', '60']]));
    expectOk(await send('/chatroom/create_new.json', [['chatroomId', 'kept'], ['destroyType', '0'], ['destroyTime', '60']]));
    expectOk(await send('/chatroom/destroy/set.json', [['chatroomId', 'kept'], ['destroyType', '1'], ['destroyTime', '60']]));
    const g = (await send('/chatroom/get.json', [['chatroomId', 'kept']])).json;
    assert.equal(g.destroyType, 1);
    expectOk(await send('/chatroom/keepalive/add.json', [['chatroomId', 'kept']]));
    // chatroomIds: Java ChatroomKeepaliveResult, Node keepalive getList (Go's chatroomids tag matches any case).
    assert.deepEqual((await send('/chatroom/keepalive/query.json')).json.chatroomIds, ['kept']);
    clock.advance(60 * MINUTE);
    assert.equal((await send('/chatroom/get.json', [['chatroomId', 'short']])).json.code, 23410, 'its 60 minutes are over');
    expectOk(await send('/chatroom/get.json', [['chatroomId', 'kept']]));
    expectOk(await send('/chatroom/keepalive/remove.json', [['chatroomId', 'kept']]));
    assert.equal((await send('/chatroom/keepalive/remove.json', [['chatroomId', 'kept']])).json.code, 1015, 'not kept alive any more');
    assert.equal((await send('/chatroom/get.json', [['chatroomId', 'kept']])).json.code, 23410, 'no longer kept, its lifetime is over');
    assert.deepEqual((await send('/chatroom/keepalive/query.json')).json.chatroomIds, []);
    // Created again, it starts afresh.
    expectOk(await send('/chatroom/create_new.json', [['chatroomId', 'short']]));
    assert.equal((await send('/chatroom/get.json', [['chatroomId', 'short']])).json.createTime, clock.now());
  });

  it('distribution stop and resume are kept on the chatroom (no read endpoint: the model shows it)', async () => {
    expectOk(await send('/chatroom/message/stopDistribution.json', [['chatroomId', 'room1']]));
    assert.equal(row<Record<string, unknown>>(server.model, APP.appKey, CHATROOMS, '', 'room1')?.distributionStopped, true);
    expectOk(await send('/chatroom/message/resumeDistribution.json', [['chatroomId', 'room1']]));
    assert.equal(row<Record<string, unknown>>(server.model, APP.appKey, CHATROOMS, '', 'room1')?.distributionStopped, false);
    assert.equal((await send('/chatroom/message/stopDistribution.json', [['chatroomId', 'nowhere']])).json.code, 23410);
  });
});

describe('sandbox chatroom: blocks, mutes and bans', () => {
  let server: SandboxServer;
  const clock = manualClock(T0);
  const send = (path: string, pairs: Array<[string, string]> = []) => call(server.url, APP, path, pairs);
  before(async () => {
    server = await SandboxServer.start({ apps: [APP], clock, persistence: seeded() });
  });
  after(() => server.stop());

  it('block/add puts the users out and lists them with their end (users [{userId, time}]: Go ChatRoomUser) until the clock ends it', async () => {
    expectOk(await send('/chatroom/user/block/add.json', [['chatroomId', 'room1'], ...users('u1', 'x'), ['minute', '10']]));
    const list = await send('/chatroom/user/block/list.json', [['chatroomId', 'room1']]);
    assert.deepEqual(list.json.users, [{ userId: 'u1', time: '2025-01-01 08:10:00' }, { userId: 'x', time: '2025-01-01 08:10:00' }]);
    assert.equal((await send('/chatroom/user/exist.json', [['chatroomId', 'room1'], ['userId', 'u1']])).json.isInChrm, false, 'put out');
    expectOk(await send('/chatroom/user/block/rollback.json', [['chatroomId', 'room1'], ['userId', 'x']]));
    assert.deepEqual((await send('/chatroom/user/block/list.json', [['chatroomId', 'room1']])).json.users, [{ userId: 'u1', time: '2025-01-01 08:10:00' }]);
    clock.advance(10 * MINUTE);
    assert.deepEqual((await send('/chatroom/user/block/list.json', [['chatroomId', 'room1']])).json.users, []);
    assert.equal((await send('/chatroom/user/block/list.json', [['chatroomId', 'nowhere']])).json.code, 23410);
  });

  it('gag/add mutes in one chatroom (minute 1–43200; 20 users a call), gag/list reads it, rollback lifts it, the clock ends it', async () => {
    const start = clock.now();
    expectOk(await send('/chatroom/user/gag/add.json', [['chatroomId', 'room1'], ...users('g1', 'g2'), ['minute', '43200']]));
    expectOk(await send('/chatroom/user/gag/add.json', [['chatroomId', 'room1'], ...users('g3'), ['minute', '1']]));
    assert.equal((await send('/chatroom/user/gag/add.json', [['chatroomId', 'room1'], ...users('g4'), ['minute', '43201']])).json.code, 1003);
    const twentyOne = Array.from({ length: 21 }, (_, i) => `m${i}`);
    assert.equal((await send('/chatroom/user/gag/add.json', [['chatroomId', 'room1'], ...users(...twentyOne), ['minute', '5']])).json.code, 1005);
    expectOk(await send('/chatroom/user/gag/rollback.json', [['chatroomId', 'room1'], ...users('g2', 'never')]));
    clock.advance(MINUTE);
    const list = await send('/chatroom/user/gag/list.json', [['chatroomId', 'room1']]);
    assert.deepEqual(list.json.users, [{ userId: 'g1', time: new Date(start + 43200 * MINUTE + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ') }]);
  });

  it('user/ban (every chatroom) add, query, remove; the clock ends it', async () => {
    expectOk(await send('/chatroom/user/ban/add.json', [...users('b1', 'b2'), ['minute', '2']]));
    expectOk(await send('/chatroom/user/ban/remove.json', users('b2')));
    const q = await send('/chatroom/user/ban/query.json');
    assert.deepEqual((q.json.users as Array<{ userId: string }>).map((u) => u.userId), ['b1']);
    clock.advance(2 * MINUTE);
    assert.deepEqual((await send('/chatroom/user/ban/query.json')).json.users, []);
  });

  it('ban/add mutes the whole chatroom: check says status 1, query lists it (chatroomIds: Java ChatroomBanListResult), rollback lifts it; its whitelist adds and takes off', async () => {
    expectOk(await send('/chatroom/create_new.json', [['chatroomId', 'room2']]));
    expectOk(await send('/chatroom/ban/add.json', [['chatroomId', 'room2'], ['needNotify', 'true'], ['extra', '{"why":"test"}']]));
    assert.equal((await send('/chatroom/ban/check.json', [['chatroomId', 'room2']])).json.status, 1);
    assert.equal((await send('/chatroom/get.json', [['chatroomId', 'room2']])).json.ban, true);
    assert.deepEqual((await send('/chatroom/ban/query.json', [['size', '10'], ['page', '1']])).json.chatroomIds, ['room2']);
    assert.deepEqual((await send('/chatroom/ban/query.json', [['size', '10'], ['page', '2']])).json.chatroomIds, []);
    expectOk(await send('/chatroom/user/ban/whitelist/add.json', [['chatroomId', 'room2'], ...users('v1', 'v2')]));
    expectOk(await send('/chatroom/user/ban/whitelist/rollback.json', [['chatroomId', 'room2'], ...users('v1')]));
    assert.deepEqual((await send('/chatroom/user/ban/whitelist/query.json', [['chatroomId', 'room2']])).json.userIds, ['v2']);
    expectOk(await send('/chatroom/ban/rollback.json', [['chatroomId', 'room2']]));
    assert.equal((await send('/chatroom/ban/check.json', [['chatroomId', 'room2']])).json.status, 0);
    assert.deepEqual((await send('/chatroom/ban/query.json', [['size', '10'], ['page', '1']])).json.chatroomIds, []);
  });

  it('isMuted and isBlocked (for chatroom sends and the clients\' join) read the same state: gag, app-wide ban, whole-chatroom ban less its whitelist, block', async () => {
    expectOk(await send('/chatroom/create_new.json', [['chatroomId', 'room3'], ['isBan', 'true'], ['whiteUserIds', 'free']]));
    expectOk(await send('/chatroom/user/gag/add.json', [['chatroomId', 'room1'], ['userId', 'gg'], ['minute', '1']]));
    expectOk(await send('/chatroom/user/ban/add.json', [['userId', 'everywhere'], ['minute', '1']]));
    expectOk(await send('/chatroom/user/block/add.json', [['chatroomId', 'room1'], ['userId', 'out'], ['minute', '1']]));
    const now = clock.now();
    const muted = (room: string, user: string) => isMuted(server.model, APP.appKey, room, user, now);
    assert.deepEqual([muted('room1', 'gg'), muted('room2', 'gg'), muted('room2', 'everywhere'), muted('room3', 'anyone'), muted('room3', 'free')], [true, false, true, true, false]);
    assert.deepEqual([isBlocked(server.model, APP.appKey, 'room1', 'out', now), isBlocked(server.model, APP.appKey, 'room1', 'out', now + MINUTE)], [true, false]);
  });

  it('the user whitelist holds 5 (a sixth is 1005, the code the data gives userId), remove takes off, query answers users', async () => {
    expectOk(await send('/chatroom/user/whitelist/add.json', [['chatroomId', 'room1'], ...users('a', 'b', 'c', 'd', 'e')]));
    expectOk(await send('/chatroom/user/whitelist/add.json', [['chatroomId', 'room1'], ...users('a')]));
    assert.equal((await send('/chatroom/user/whitelist/add.json', [['chatroomId', 'room1'], ...users('f')])).json.code, 1005);
    expectOk(await send('/chatroom/user/whitelist/remove.json', [['chatroomId', 'room1'], ...users('b')]));
    expectOk(await send('/chatroom/user/whitelist/add.json', [['chatroomId', 'room1'], ...users('f')]));
    // users: Go ChatRoomUserWhitelistGetList reads dat["users"].
    assert.deepEqual((await send('/chatroom/user/whitelist/query.json', [['chatroomId', 'room1']])).json.users, ['a', 'c', 'd', 'e', 'f']);
  });

  it('message priorities and the message whitelist: add, remove, query (objectNames; whitlistMsgType, spelled so: Go json tags); 6 types a call is 1003', async () => {
    expectOk(await send('/chatroom/message/priority/add.json', [['objectName', 'RC:TxtMsg'], ['objectName', 'RC:ImgMsg']]));
    expectOk(await send('/chatroom/message/priority/remove.json', [['objectName', 'RC:TxtMsg']]));
    assert.deepEqual((await send('/chatroom/message/priority/query.json')).json.objectNames, ['RC:ImgMsg']);
    expectOk(await send('/chatroom/whitelist/add.json', [['objectnames', 'RC:TxtMsg'], ['objectnames', 'RC:VcMsg']]));
    expectOk(await send('/chatroom/whitelist/delete.json', [['objectnames', 'RC:VcMsg']]));
    assert.deepEqual((await send('/chatroom/whitelist/query.json')).json.whitlistMsgType, ['RC:TxtMsg']);
    const six = ['A', 'B', 'C', 'D', 'E', 'F'].map((t): [string, string] => ['objectName', `X:${t}`]);
    assert.equal((await send('/chatroom/message/priority/add.json', six)).json.code, 1003);
  });
});

describe('sandbox chatroom: entries (KV)', () => {
  let server: SandboxServer;
  const clock = manualClock(T0);
  const send = (path: string, pairs: Array<[string, string]> = []) => call(server.url, APP, path, pairs);
  const query = async (keys: string[] = []) => {
    const r = await send('/chatroom/entry/query.json', [['chatroomId', 'room1'], ...keys.map((k): [string, string] => ['keys', k])]);
    expectOk(r);
    return r.json.keys as Array<Record<string, unknown>>;
  };
  before(async () => {
    server = await SandboxServer.start({ apps: [APP], clock, persistence: seeded() });
  });
  after(() => server.stop());

  it('set then query answers key, value, owner, autoDelete and lastSetTime (Go ChatRoomAttr: strings; userID matched case-insensitively)', async () => {
    // Go ChatRoomEntrySet sends chatroomId, userId, key, value, autoDelete (0/1).
    expectOk(await send('/chatroom/entry/set.json', [['chatroomId', 'room1'], ['userId', 'u1'], ['key', 'k1'], ['value', 'v1'], ['autoDelete', '1']]));
    expectOk(await send('/chatroom/entry/set.json', [['chatroomId', 'room1'], ['userId', 'admin'], ['key', 'k2'], ['value', 'v2'], ['autoDelete', '0']]));
    assert.deepEqual(await query(['k1', 'nope']), [{ key: 'k1', value: 'v1', userId: 'u1', autoDelete: '1', lastSetTime: String(T0) }]);
    assert.deepEqual((await query()).map((e) => e.key), ['k1', 'k2']);
  });

  it('batch set (Go ChatRoomEntryBatchSet: autoDelete, entryOwnerId, entryInfo JSON) overwrites; more than 20 pairs is 1003 and sets nothing', async () => {
    expectOk(await send('/chatroom/entry/batch/set.json', [['chatroomId', 'room1'], ['autoDelete', '0'], ['entryOwnerId', 'u2'], ['entryInfo', '{"k2":"new","n":3}']]));
    assert.deepEqual((await query(['k2', 'n'])).map((e) => [e.key, e.value, e.userId]), [['k2', 'new', 'u2'], ['n', '3', 'u2']]);
    const info = JSON.stringify(Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`b${i}`, 'x'])));
    assert.equal((await send('/chatroom/entry/batch/set.json', [['chatroomId', 'room1'], ['entryOwnerId', 'u2'], ['entryInfo', info]])).json.code, 1003);
    assert.equal((await query(['b0'])).length, 0);
  });

  it('keys outside letters, digits and + = - _ are 1003; a chatroom holds 100 entries, the 101st is 1003', async () => {
    assert.equal((await send('/chatroom/entry/set.json', [['chatroomId', 'room1'], ['userId', 'u1'], ['key', 'bad key'], ['value', 'v']])).json.code, 1003);
    const have = (await query()).length;
    for (let i = have; i < 100; i += 20) {
      const info = JSON.stringify(Object.fromEntries(Array.from({ length: Math.min(20, 100 - i) }, (_, j) => [`f${i + j}`, 'x'])));
      expectOk(await send('/chatroom/entry/batch/set.json', [['chatroomId', 'room1'], ['entryOwnerId', 'admin'], ['entryInfo', info]]));
    }
    assert.equal((await query()).length, 100);
    assert.equal((await send('/chatroom/entry/set.json', [['chatroomId', 'room1'], ['userId', 'u1'], ['key', 'over'], ['value', 'v']])).json.code, 1003);
    expectOk(await send('/chatroom/entry/set.json', [['chatroomId', 'room1'], ['userId', 'u1'], ['key', 'k2'], ['value', 'overwrite is fine']]));
  });

  it('remove removes (removing it again is 200); an autoDelete entry goes when its owner leaves (put out by block/add)', async () => {
    expectOk(await send('/chatroom/entry/remove.json', [['chatroomId', 'room1'], ['userId', 'admin'], ['key', 'n']]));
    expectOk(await send('/chatroom/entry/remove.json', [['chatroomId', 'room1'], ['userId', 'admin'], ['key', 'n']]));
    assert.equal((await query(['n'])).length, 0);
    assert.equal((await query(['k1'])).length, 1);
    expectOk(await send('/chatroom/user/block/add.json', [['chatroomId', 'room1'], ['userId', 'u1'], ['minute', '1']]));
    assert.equal((await query(['k1'])).length, 0, 'its owner u1 left');
    assert.equal((await query(['k2'])).length, 1, 'not autoDelete: stays');
    assert.equal((await send('/chatroom/entry/query.json', [['chatroomId', 'nowhere']])).json.code, 23410);
  });

  it('destroy drops every row kept for the chatroom: members, gags, whitelists, entries; created again it is empty', async () => {
    expectOk(await send('/chatroom/create_new.json', [['chatroomId', 'room1'], ['whiteUserIds', 'w1']]));
    expectOk(await send('/chatroom/user/gag/add.json', [['chatroomId', 'room1'], ['userId', 'u2'], ['minute', '5']]));
    expectOk(await send('/chatroom/user/whitelist/add.json', [['chatroomId', 'room1'], ['userId', 'u2']]));
    expectOk(await send('/chatroom/destroy.json', [['chatroomId', 'room1']]));
    assert.equal((await send('/chatroom/get.json', [['chatroomId', 'room1']])).json.code, 23410);
    expectOk(await send('/chatroom/create_new.json', [['chatroomId', 'room1']]));
    assert.deepEqual(await query(), []);
    assert.deepEqual((await send('/chatroom/user/gag/list.json', [['chatroomId', 'room1']])).json.users, []);
    assert.deepEqual((await send('/chatroom/user/whitelist/query.json', [['chatroomId', 'room1']])).json.users, []);
    assert.deepEqual((await send('/chatroom/user/ban/whitelist/query.json', [['chatroomId', 'room1']])).json.userIds, []);
    assert.equal((await send('/chatroom/user/query.json', [['chatroomId', 'room1'], ['count', '10'], ['order', '1']])).json.total, 0);
  });
});

describe('sandbox chatroom: kept across a restart (the journal)', () => {
  async function folder(t: TestContext): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'rong-chatroom-'));
    t.after(() => rm(dir, { recursive: true, force: true }));
    return dir;
  }

  it('a chatroom, its mute, entries and keepalive written before a stop are answered after a start on the same file', async (t) => {
    const statePath = join(await folder(t), 'state.journal');
    const first = await SandboxServer.start({ apps: [APP], statePath });
    try {
      expectOk(await call(first.url, APP, '/chatroom/create_new.json', [['chatroomId', 'r'], ['isBan', '1'], ['entryOwnerId', 'o'], ['entryInfo', '{"a":"1"}']]));
      expectOk(await call(first.url, APP, '/chatroom/user/gag/add.json', [['chatroomId', 'r'], ['userId', 'g'], ['minute', '600']]));
      expectOk(await call(first.url, APP, '/chatroom/keepalive/add.json', [['chatroomId', 'r']]));
    } finally {
      await first.stop();
    }
    const again = await SandboxServer.start({ apps: [APP], statePath });
    try {
      assert.equal((await call(again.url, APP, '/chatroom/get.json', [['chatroomId', 'r']])).json.ban, true);
      const entries = (await call(again.url, APP, '/chatroom/entry/query.json', [['chatroomId', 'r']])).json.keys as Array<Record<string, unknown>>;
      assert.deepEqual(entries.map((e) => [e.key, e.value, e.userId]), [['a', '1', 'o']]);
      assert.deepEqual(((await call(again.url, APP, '/chatroom/user/gag/list.json', [['chatroomId', 'r']])).json.users as Array<{ userId: string }>).map((u) => u.userId), ['g']);
      assert.deepEqual((await call(again.url, APP, '/chatroom/keepalive/query.json')).json.chatroomIds, ['r']);
    } finally {
      await again.stop();
    }
  });
});
