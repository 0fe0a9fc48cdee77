/**
 * Issue 19, friend slice: friendships, requests, profiles and permissions answered from state over real
 * HTTP, sent as the Go SDK sends them (sdk/friend.go: IDs joined with commas) and read back by the fields
 * its result structs parse (QueryFriendsResult.friendList, CheckFriendsResult.results,
 * GetPermissionResult.permissionSettings).
 */
import { after, before, describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FRIEND_ENDPOINTS } from '../../src/core/contract/friend';
import { handlerFor, HANDLERS } from '../../src/sandbox/handlers';
import { SandboxServer } from '../../src/sandbox/server';
import { call, manualClock, MINUTE, type Reply } from './support/sandboxClient';

const APP = { appKey: 'friend-state-app', appSecret: 'friend-state-secret' };
const T0 = Date.UTC(2025, 0, 1);

function expectOk(r: Reply): void {
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.code, 200, r.text);
}

type Friend = { userId: string; name: string; remarkName: string; friendExtProfile: string; time: number };

describe('sandbox friend state', () => {
  let server: SandboxServer;
  const clock = manualClock(T0);
  const send = (path: string, pairs: Array<[string, string]> = []) => call(server.url, APP, path, pairs);
  const friendsOf = async (userId: string) => ((await send('/friend/get.json', [['userId', userId]])).json.friendList as Friend[]).map((f) => f.userId);
  const check = async (userId: string, targetIds: string) => (await send('/friend/check.json', [['userId', userId], ['targetIds', targetIds]])).json.results;
  before(async () => {
    server = await SandboxServer.start({ apps: [APP], clock });
  });
  after(() => server.stop());

  it('every endpoint of the friend module has exactly one handler', () => {
    for (const e of FRIEND_ENDPOINTS) {
      assert.ok(handlerFor(e), `${e.path} has a handler`);
      assert.equal(HANDLERS.filter((h) => h.endpoint.id === e.id).length, 1, e.path);
    }
  });

  it('add with optType 2 makes both users friends: get (Go FriendProfile) and check (result 4) on both sides', async () => {
    expectOk(await send('/user/getToken.json', [['userId', 'b'], ['name', 'Bee']]));
    expectOk(await send('/friend/add.json', [['userId', 'a'], ['targetId', 'b'], ['optType', '2'], ['extra', 'hi']]));
    const r = await send('/friend/get.json', [['userId', 'a']]);
    expectOk(r);
    assert.equal(r.json.totalCount, 1);
    assert.deepEqual(r.json.friendList, [{ userId: 'b', name: 'Bee', remarkName: '', friendExtProfile: '', time: T0 }]);
    assert.deepEqual(await friendsOf('b'), ['a']);
    assert.deepEqual(await check('a', 'b,c'), [{ userId: 'b', result: 4 }, { userId: 'c', result: 1 }]);
  });

  it('optType 1 follows the permission: never set (2) keeps a request until the other asks back; 1 adds directly; 3 adds nothing', async () => {
    expectOk(await send('/friend/add.json', [['userId', 'a'], ['targetId', 'c']]));
    assert.deepEqual(await check('a', 'c'), [{ userId: 'c', result: 1 }]);
    expectOk(await send('/friend/add.json', [['userId', 'c'], ['targetId', 'a']]));
    assert.deepEqual(await check('a', 'c'), [{ userId: 'c', result: 4 }], 'asking back accepts the request');
    expectOk(await send('/friend/permission/set.json', [['userIds', 'd,e'], ['permissionType', '1']]));
    expectOk(await send('/friend/permission/set.json', [['userIds', 'e'], ['permissionType', '3']]));
    const p = await send('/friend/permission/get.json', [['userIds', 'd,e,f']]);
    assert.deepEqual(p.json.permissionSettings, [{ userId: 'd', type: 1 }, { userId: 'e', type: 3 }, { userId: 'f', type: 2 }]);
    expectOk(await send('/friend/add.json', [['userId', 'a'], ['targetId', 'd'], ['optType', '1']]));
    expectOk(await send('/friend/add.json', [['userId', 'a'], ['targetId', 'e'], ['optType', '1']]));
    assert.deepEqual(await check('a', 'd,e'), [{ userId: 'd', result: 4 }, { userId: 'e', result: 1 }]);
    assert.equal((await send('/friend/add.json', [['userId', 'a'], ['targetId', 'a'], ['optType', '2']])).json.code, 1003);
    assert.equal((await send('/friend/permission/set.json', [['userIds', 'd'], ['permissionType', '4']])).json.code, 1003);
  });

  it('profile/set keeps the remark name and merges friendExtProfile, only on its own side; a non-friend is 1003', async () => {
    expectOk(await send('/friend/profile/set.json', [['userId', 'a'], ['targetId', 'b'], ['remarkName', 'B!'], ['friendExtProfile', '{"ext_tag":"school"}']]));
    expectOk(await send('/friend/profile/set.json', [['userId', 'a'], ['targetId', 'b'], ['friendExtProfile', '{"ext_city":"SZ"}']]));
    const list = (await send('/friend/get.json', [['userId', 'a']])).json.friendList as Friend[];
    const b = list.find((f) => f.userId === 'b')!;
    assert.equal(b.remarkName, 'B!');
    assert.deepEqual(JSON.parse(b.friendExtProfile), { ext_tag: 'school', ext_city: 'SZ' });
    assert.equal(((await send('/friend/get.json', [['userId', 'b']])).json.friendList as Friend[])[0].remarkName, '');
    assert.equal((await send('/friend/profile/set.json', [['userId', 'a'], ['targetId', 'zzz'], ['remarkName', 'Z']])).json.code, 1003);
  });

  it('get pages by pageToken, oldest first unless order=1', async () => {
    clock.advance(MINUTE);
    expectOk(await send('/friend/add.json', [['userId', 'a'], ['targetId', 'g'], ['optType', '2']]));
    const first = await send('/friend/get.json', [['userId', 'a'], ['size', '2']]);
    assert.equal(first.json.totalCount, 4);
    assert.deepEqual((first.json.friendList as Friend[]).map((f) => f.userId), ['b', 'c']);
    const rest = await send('/friend/get.json', [['userId', 'a'], ['size', '2'], ['pageToken', String(first.json.pageToken)]]);
    assert.deepEqual((rest.json.friendList as Friend[]).map((f) => f.userId), ['d', 'g']);
    assert.equal(rest.json.pageToken, '');
    assert.deepEqual(((await send('/friend/get.json', [['userId', 'a'], ['order', '1'], ['size', '1']])).json.friendList as Friend[])[0].userId, 'g');
  });

  it('delete ends friendships on both sides (100 IDs a call; 101 is 1003); clean ends all of them', async () => {
    expectOk(await send('/friend/delete.json', [['userId', 'a'], ['targetIds', 'b,nobody']]));
    assert.deepEqual(await check('b', 'a'), [{ userId: 'a', result: 1 }]);
    const many = Array.from({ length: 101 }, (_, i) => `x${i}`).join(',');
    assert.equal((await send('/friend/delete.json', [['userId', 'a'], ['targetIds', many]])).json.code, 1003);
    assert.equal((await send('/friend/check.json', [['userId', 'a'], ['targetIds', many]])).json.code, 1003);
    const hundred = Array.from({ length: 100 }, (_, i) => `x${i}`).join(',');
    expectOk(await send('/friend/check.json', [['userId', 'a'], ['targetIds', hundred]]));
    expectOk(await send('/friend/clean.json', [['userId', 'a']]));
    assert.deepEqual(await friendsOf('a'), []);
    assert.deepEqual(await friendsOf('g'), []);
  });
});

describe('sandbox friend state: kept across a restart (the journal)', () => {
  it('friendships, remarks and permissions written before a stop are answered after a start on the same file', async (t: TestContext) => {
    const dir = await mkdtemp(join(tmpdir(), 'rong-friendstate-'));
    t.after(() => rm(dir, { recursive: true, force: true }));
    const statePath = join(dir, 'state.journal');
    const first = await SandboxServer.start({ apps: [APP], statePath });
    try {
      expectOk(await call(first.url, APP, '/friend/add.json', [['userId', 'a'], ['targetId', 'b'], ['optType', '2']]));
      expectOk(await call(first.url, APP, '/friend/profile/set.json', [['userId', 'a'], ['targetId', 'b'], ['remarkName', 'Kept']]));
      expectOk(await call(first.url, APP, '/friend/permission/set.json', [['userIds', 'a'], ['permissionType', '3']]));
    } finally {
      await first.stop();
    }
    const again = await SandboxServer.start({ apps: [APP], statePath });
    try {
      const list = (await call(again.url, APP, '/friend/get.json', [['userId', 'a']])).json.friendList as Friend[];
      assert.deepEqual(list.map((f) => [f.userId, f.remarkName]), [['b', 'Kept']]);
      assert.deepEqual((await call(again.url, APP, '/friend/permission/get.json', [['userIds', 'a']])).json.permissionSettings, [{ userId: 'a', type: 3 }]);
    } finally {
      await again.stop();
    }
  });
});
