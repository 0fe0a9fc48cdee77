/**
 * Issue 19, entrust slice (group information hosting): hosted groups, members, managers, ownership,
 * remark names and follows answered from state over real HTTP, sent as the Go SDK sends them
 * (sdk/entrustgroup.go: IDs joined with commas, profiles as JSON texts) and read back by the fields its
 * result structs parse (EntrustGroupProfile, JoinGroupResult, GroupMember, FollowedMember…).
 */
import { after, before, describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENTRUST_ENDPOINTS } from '../../src/core/contract/entrust';
import { handlerFor, HANDLERS } from '../../src/sandbox/handlers';
import { SandboxServer } from '../../src/sandbox/server';
import { call, manualClock, MINUTE, type Reply } from './support/sandboxClient';

const APP = { appKey: 'entrust-state-app', appSecret: 'entrust-state-secret' };
const T0 = Date.UTC(2025, 0, 1);

function expectOk(r: Reply): void {
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.code, 200, r.text);
}

type Member = { userId: string; nickname: string; role: number; time: number; extra: string };

describe('sandbox entrust state', () => {
  let server: SandboxServer;
  const clock = manualClock(T0);
  const send = (path: string, pairs: Array<[string, string]> = []) => call(server.url, APP, path, pairs);
  const memberIds = async (groupId: string, more: Array<[string, string]> = []) =>
    ((await send('/entrust/group/member/query.json', [['groupId', groupId], ...more])).json.members as Member[]).map((m) => m.userId);
  before(async () => {
    server = await SandboxServer.start({ apps: [APP], clock });
  });
  after(() => server.stop());

  it('every endpoint of the entrust module has exactly one handler', () => {
    for (const e of ENTRUST_ENDPOINTS) {
      assert.ok(handlerFor(e), `${e.path} has a handler`);
      assert.equal(HANDLERS.filter((h) => h.endpoint.id === e.id).length, 1, e.path);
    }
  });

  it('create then profile/query (Go EntrustGroupProfile) answers the owner, members and profile texts; the members are the /group/… group too', async () => {
    expectOk(await send('/entrust/group/create.json', [
      ['groupId', 'h1'], ['name', 'Hosted'], ['owner', 'o'], ['userIds', 'a,b'],
      ['groupProfile', '{"introduction":"Hi","portraitUrl":"http://p/1.png"}'], ['permissions', '{"joinPerm":0}'],
    ]));
    const q = await send('/entrust/group/profile/query.json', [['groupIds', 'h1,unknown']]);
    expectOk(q);
    assert.deepEqual(q.json.profiles, [{
      groupId: 'h1', groupName: 'Hosted', owner: 'o', memberCount: 3, createTime: T0,
      groupProfile: '{"introduction":"Hi","portraitUrl":"http://p/1.png"}', permissions: '{"joinPerm":0}', groupExtProfile: '',
    }]);
    assert.deepEqual(((await send('/group/user/query.json', [['groupId', 'h1']])).json.users as Array<{ id: string }>).map((u) => u.id), ['o', 'a', 'b']);
    assert.equal((await send('/entrust/group/create.json', [['groupId', 'h1'], ['name', 'Again'], ['owner', 'o']])).json.code, 1003, 'already hosted');
  });

  it('profile/update merges the keys sent; a group not hosted is 1003', async () => {
    expectOk(await send('/entrust/group/profile/update.json', [['groupId', 'h1'], ['groupProfile', '{"announcement":"News"}'], ['name', 'Renamed']]));
    const p = (await send('/entrust/group/profile/query.json', [['groupIds', 'h1']])).json.profiles as Array<Record<string, unknown>>;
    assert.deepEqual(JSON.parse(String(p[0].groupProfile)), { introduction: 'Hi', portraitUrl: 'http://p/1.png', announcement: 'News' });
    assert.equal(p[0].groupName, 'Renamed');
    assert.equal((await send('/entrust/group/profile/update.json', [['groupId', 'nope'], ['groupProfile', '{}']])).json.code, 1003);
  });

  it('join answers the group information (Go JoinGroupResult); member/query pages newest first by default with a pageToken', async () => {
    clock.advance(MINUTE);
    const j = await send('/entrust/group/join.json', [['groupId', 'h1'], ['userIds', 'c,d']]);
    expectOk(j);
    assert.equal(j.json.groupId, 'h1');
    assert.equal(j.json.name, 'Renamed');
    assert.equal(j.json.owner, 'o');
    assert.equal(j.json.memberCount, 5);
    const first = await send('/entrust/group/member/query.json', [['groupId', 'h1'], ['size', '2']]);
    assert.equal(first.json.totalCount, 5);
    assert.deepEqual((first.json.members as Member[]).map((m) => m.userId), ['d', 'c']);
    assert.deepEqual((first.json.members as Member[])[0], { userId: 'd', nickname: '', role: 1, time: T0 + MINUTE, extra: '' });
    const second = await send('/entrust/group/member/query.json', [['groupId', 'h1'], ['size', '2'], ['pageToken', String(first.json.pageToken)]]);
    assert.deepEqual((second.json.members as Member[]).map((m) => m.userId), ['b', 'a']);
    assert.deepEqual(await memberIds('h1', [['order', '0']]), ['o', 'a', 'b', 'c', 'd']);
    const tooMany = Array.from({ length: 101 }, (_, i) => `u${i}`).join(',');
    assert.equal((await send('/entrust/group/join.json', [['groupId', 'h1'], ['userIds', tooMany]])).json.code, 1003);
  });

  it('managers: add answers non-members and managerCount (Go SetManagersResult); member/query by type; remove', async () => {
    const r = await send('/entrust/group/manager/add.json', [['groupId', 'h1'], ['userIds', 'a,b,stranger']]);
    expectOk(r);
    assert.deepEqual(r.json.userIds, ['stranger']);
    assert.equal(r.json.managerCount, 2);
    assert.deepEqual(await memberIds('h1', [['type', '2'], ['order', '0']]), ['a', 'b']);
    assert.deepEqual(await memberIds('h1', [['type', '3']]), ['o']);
    expectOk(await send('/entrust/group/manager/remove.json', [['groupId', 'h1'], ['userIds', 'b']]));
    assert.deepEqual(await memberIds('h1', [['type', '2']]), ['a']);
    const eleven = Array.from({ length: 11 }, (_, i) => `m${i}`).join(',');
    assert.equal((await send('/entrust/group/manager/remove.json', [['groupId', 'h1'], ['userIds', eleven]])).json.code, 1003);
  });

  it('member/set then member/specific/query (Go QueryMembersResult); a non-member is 1003', async () => {
    expectOk(await send('/entrust/group/member/set.json', [['groupId', 'h1'], ['userId', 'c'], ['nickname', 'Cee'], ['extra', 'x']]));
    const r = await send('/entrust/group/member/specific/query.json', [['groupId', 'h1'], ['userIds', 'c,zzz']]);
    assert.deepEqual(r.json.members, [{ userId: 'c', nickname: 'Cee', role: 1, time: T0 + MINUTE, extra: 'x' }]);
    assert.equal((await send('/entrust/group/member/set.json', [['groupId', 'h1'], ['userId', 'zzz'], ['nickname', 'Z']])).json.code, 1003);
  });

  it('remark names: set, query (Go RemarkNameResult.remarkName), delete', async () => {
    expectOk(await send('/entrust/group/remarkname/set.json', [['userId', 'a'], ['groupId', 'h1'], ['remarkName', 'Mine']]));
    assert.equal((await send('/entrust/group/remarkname/query.json', [['userId', 'a'], ['groupId', 'h1']])).json.remarkName, 'Mine');
    expectOk(await send('/entrust/group/remarkname/delete.json', [['userId', 'a'], ['groupId', 'h1']]));
    assert.equal((await send('/entrust/group/remarkname/query.json', [['userId', 'a'], ['groupId', 'h1']])).json.remarkName, '');
  });

  it('follow, followed/get (Go FollowedMemberResult: members[{userId, timestamp}]), unfollow', async () => {
    expectOk(await send('/entrust/group/member/follow.json', [['groupId', 'h1'], ['userId', 'a'], ['followUserIds', 'b,c']]));
    const g = await send('/entrust/group/member/followed/get.json', [['groupId', 'h1'], ['userId', 'a']]);
    assert.equal(g.json.userId, 'a');
    assert.equal(g.json.groupId, 'h1');
    assert.deepEqual(g.json.members, [{ userId: 'b', timestamp: T0 + MINUTE }, { userId: 'c', timestamp: T0 + MINUTE }]);
    expectOk(await send('/entrust/group/member/unfollow.json', [['groupId', 'h1'], ['userId', 'a'], ['followUserIds', 'b']]));
    assert.deepEqual(((await send('/entrust/group/member/followed/get.json', [['groupId', 'h1'], ['userId', 'a']])).json.members as Array<{ userId: string }>).map((m) => m.userId), ['c']);
  });

  it('quit clears the mute unless isDelBan=0; the owner cannot quit; kick removes', async () => {
    expectOk(await send('/group/user/gag/add.json', [['userId', 'c'], ['userId', 'd'], ['groupId', 'h1'], ['minute', '0']]));
    expectOk(await send('/entrust/group/quit.json', [['groupId', 'h1'], ['userIds', 'c']]));
    expectOk(await send('/entrust/group/member/kick.json', [['groupId', 'h1'], ['userIds', 'd'], ['isDelBan', '0']]));
    assert.deepEqual(((await send('/group/user/gag/list.json', [['groupId', 'h1']])).json.users as Array<{ userId: string }>).map((u) => u.userId), ['d']);
    assert.deepEqual(await memberIds('h1', [['order', '0']]), ['o', 'a', 'b']);
    assert.equal((await send('/entrust/group/quit.json', [['groupId', 'h1'], ['userIds', 'o']])).json.code, 1003);
  });

  it('transfer/owner makes a member the owner; with isQuit=1 the former owner leaves; a non-member is 1003', async () => {
    assert.equal((await send('/entrust/group/transfer/owner.json', [['groupId', 'h1'], ['newOwner', 'zzz']])).json.code, 1003);
    expectOk(await send('/entrust/group/transfer/owner.json', [['groupId', 'h1'], ['newOwner', 'a'], ['isQuit', '1']]));
    assert.deepEqual(await memberIds('h1', [['type', '3']]), ['a']);
    assert.deepEqual(await memberIds('h1', [['order', '0']]), ['a', 'b']);
  });

  it('group/query (Go EntrustGroupInfo with portraitUrl) and joined/group/query (Go EntrustGroupDetailInfo) list the hosted groups', async () => {
    clock.advance(MINUTE);
    expectOk(await send('/entrust/group/create.json', [['groupId', 'h2'], ['name', 'Second'], ['owner', 'b']]));
    const all = await send('/entrust/group/query.json', []);
    assert.deepEqual(all.json.groups, [
      { groupId: 'h2', name: 'Second', owner: 'b', creator: 'b', portraitUrl: '', time: T0 + 2 * MINUTE },
      { groupId: 'h1', name: 'Renamed', owner: 'a', creator: 'o', portraitUrl: 'http://p/1.png', time: T0 },
    ]);
    assert.equal(all.json.pageToken, '');
    const joined = await send('/entrust/joined/group/query.json', [['userId', 'b']]);
    assert.equal(joined.json.totalCount, 2);
    const groups = joined.json.groups as Array<{ groupId: string; role: number; count: number }>;
    assert.deepEqual(groups.map((g) => [g.groupId, g.role, g.count]), [['h2', 3, 1], ['h1', 1, 2]]);
    assert.deepEqual(((await send('/entrust/joined/group/query.json', [['userId', 'b'], ['role', '3']])).json.groups as Array<{ groupId: string }>).map((g) => g.groupId), ['h2']);
  });

  it('kick/all takes the user out of every hosted group except those owned; dismiss forgets the group', async () => {
    expectOk(await send('/entrust/group/member/kick/all.json', [['userId', 'b']]));
    assert.deepEqual(await memberIds('h1'), ['a']);
    assert.deepEqual(await memberIds('h2'), ['b']);
    expectOk(await send('/entrust/group/dismiss.json', [['groupId', 'h2']]));
    assert.deepEqual((await send('/entrust/group/profile/query.json', [['groupIds', 'h2']])).json.profiles, []);
    assert.equal((await send('/group/user/query.json', [['groupId', 'h2']])).json.code, 1003, 'the /group/… group is gone too');
  });

  it('import hosts a group made through /group/create, keeping its members', async () => {
    expectOk(await send('/group/create.json', [['userId', 'x'], ['userId', 'y'], ['groupId', 'plain'], ['groupName', 'Plain']]));
    expectOk(await send('/entrust/group/import.json', [['groupId', 'plain'], ['name', 'Imported'], ['owner', 'x']]));
    const m = (await send('/entrust/group/member/query.json', [['groupId', 'plain'], ['order', '0']])).json.members as Member[];
    assert.deepEqual(m.map((x) => [x.userId, x.role]), [['x', 3], ['y', 1]]);
  });
});

describe('sandbox entrust state: kept across a restart (the journal)', () => {
  it('a hosted group with its managers, nicknames and follows is answered after a start on the same file', async (t: TestContext) => {
    const dir = await mkdtemp(join(tmpdir(), 'rong-entruststate-'));
    t.after(() => rm(dir, { recursive: true, force: true }));
    const statePath = join(dir, 'state.journal');
    const first = await SandboxServer.start({ apps: [APP], statePath });
    try {
      expectOk(await call(first.url, APP, '/entrust/group/create.json', [['groupId', 'k'], ['name', 'Kept'], ['owner', 'o'], ['userIds', 'a,b']]));
      expectOk(await call(first.url, APP, '/entrust/group/manager/add.json', [['groupId', 'k'], ['userIds', 'a']]));
      expectOk(await call(first.url, APP, '/entrust/group/member/set.json', [['groupId', 'k'], ['userId', 'b'], ['nickname', 'Bee']]));
      expectOk(await call(first.url, APP, '/entrust/group/member/follow.json', [['groupId', 'k'], ['userId', 'a'], ['followUserIds', 'b']]));
    } finally {
      await first.stop();
    }
    const again = await SandboxServer.start({ apps: [APP], statePath });
    try {
      const m = (await call(again.url, APP, '/entrust/group/member/query.json', [['groupId', 'k'], ['order', '0']])).json.members as Member[];
      assert.deepEqual(m.map((x) => [x.userId, x.role, x.nickname]), [['o', 3, ''], ['a', 2, ''], ['b', 1, 'Bee']]);
      assert.deepEqual(((await call(again.url, APP, '/entrust/group/member/followed/get.json', [['groupId', 'k'], ['userId', 'a']])).json.members as Array<{ userId: string }>).map((x) => x.userId), ['b']);
    } finally {
      await again.stop();
    }
  });
});
