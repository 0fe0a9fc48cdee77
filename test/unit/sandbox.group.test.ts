/**
 * Issue 19, group slice: mutes (per group, in every group, whole groups and their exceptions),
 * remarks, sync and refresh answered from state over real HTTP, sent with the parameter names of the
 * Go SDK (sdk/group.go) and read back by the fields its result structs parse; kept across a restart.
 */
import { after, before, describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GROUP_ENDPOINTS } from '../../src/core/contract/group';
import { handlerFor, HANDLERS } from '../../src/sandbox/handlers';
import { SandboxServer } from '../../src/sandbox/server';
import { call, manualClock, MINUTE, type Reply } from './support/sandboxClient';

const APP = { appKey: 'group-state-app', appSecret: 'group-state-secret' };

function expectOk(r: Reply): void {
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.code, 200, r.text);
}

const users = (...ids: string[]): Array<[string, string]> => ids.map((id) => ['userId', id]);

describe('sandbox group state', () => {
  let server: SandboxServer;
  const clock = manualClock(Date.UTC(2025, 0, 1, 0, 0, 0));
  const send = (path: string, pairs: Array<[string, string]> = []) => call(server.url, APP, path, pairs);
  const members = async (groupId: string) => ((await send('/group/user/query.json', [['groupId', groupId]])).json.users as Array<{ id: string }> | undefined)?.map((u) => u.id);
  before(async () => {
    server = await SandboxServer.start({ apps: [APP], clock });
  });
  after(() => server.stop());

  it('every endpoint of the group module has exactly one handler', () => {
    for (const e of GROUP_ENDPOINTS) {
      assert.ok(handlerFor(e), `${e.path} has a handler`);
      assert.equal(HANDLERS.filter((h) => h.endpoint.id === e.id).length, 1, e.path);
    }
  });

  it('gag add then list (Go GroupMuteMembersGetList: users[{id, userId, time}]) with end times in UTC+8; a mute expires by the clock; rollback removes', async () => {
    expectOk(await send('/group/create.json', [...users('a', 'b', 'c'), ['groupId', 'g1'], ['groupName', 'G1']]));
    expectOk(await send('/group/user/gag/add.json', [...users('a', 'b'), ['groupId', 'g1'], ['minute', '60']]));
    expectOk(await send('/group/user/gag/add.json', [...users('c'), ['groupId', 'g1'], ['minute', '0']]));
    const list = await send('/group/user/gag/list.json', [['groupId', 'g1']]);
    expectOk(list);
    // 2025-01-01 00:00 UTC is 08:00 in UTC+8; 60 minutes later ends 09:00.
    assert.deepEqual(list.json.users, [
      { userId: 'a', id: 'a', startTime: '2025-01-01 08:00:00', time: '2025-01-01 09:00:00' },
      { userId: 'b', id: 'b', startTime: '2025-01-01 08:00:00', time: '2025-01-01 09:00:00' },
      { userId: 'c', id: 'c', startTime: '2025-01-01 08:00:00', time: '9999-12-31 23:59:59' },
    ]);
    expectOk(await send('/group/user/gag/rollback.json', [...users('b', 'nobody'), ['groupId', 'g1']]));
    clock.advance(60 * MINUTE);
    const later = await send('/group/user/gag/list.json', [['groupId', 'g1']]);
    assert.deepEqual((later.json.users as Array<{ userId: string }>).map((u) => u.userId), ['c'], 'a expired at the hour, b rolled back, c permanent');
  });

  it('minute past 43200 is 1003, more than 20 users 1005 (the userId code of the contract data), and neither keeps anything; without groupId a mute holds in every group, 100 users at most', async () => {
    assert.equal((await send('/group/user/gag/add.json', [...users('x'), ['groupId', 'g1'], ['minute', '43201']])).json.code, 1003);
    const many = Array.from({ length: 21 }, (_, i) => `m${i}`);
    assert.equal((await send('/group/user/gag/add.json', [...users(...many), ['groupId', 'g1'], ['minute', '5']])).json.code, 1005);
    assert.deepEqual(((await send('/group/user/gag/list.json', [['groupId', 'g1']])).json.users as Array<{ userId: string }>).map((u) => u.userId), ['c']);
    expectOk(await send('/group/user/gag/add.json', [...users('everywhere'), ['minute', '43200']]));
    assert.deepEqual(((await send('/group/user/gag/list.json')).json.users as Array<{ userId: string }>).map((u) => u.userId), ['everywhere']);
    for (let i = 0; i < 99; i += 20) {
      const batch = Array.from({ length: Math.min(20, 99 - i) }, (_, j) => `e${i + j}`);
      expectOk(await send('/group/user/gag/add.json', [...users(...batch), ['minute', '5']]));
    }
    const over = await send('/group/user/gag/add.json', [...users('one-too-many'), ['minute', '5']]);
    assert.equal(over.json.code, 1003, over.text);
    expectOk(await send('/group/user/gag/rollback.json', users('everywhere')));
    expectOk(await send('/group/user/gag/add.json', [...users('one-too-many'), ['minute', '5']]));
  });

  it('whole-group mute: add, query by ID (Go GroupInfo groupinfo[{groupId, stat}]) and as a list by page, rollback', async () => {
    expectOk(await send('/group/ban/add.json', [['groupId', 'g1'], ['groupId', 'g2']]));
    const asked = await send('/group/ban/query.json', [['groupId', 'g1'], ['groupId', 'g3']]);
    assert.deepEqual(asked.json.groupinfo, [{ groupId: 'g1', stat: 1 }, { groupId: 'g3', stat: 0 }]);
    const page2 = await send('/group/ban/query.json', [['page', '2'], ['size', '1']]);
    assert.deepEqual(page2.json.groupinfo, [{ groupId: 'g2', stat: 1 }]);
    expectOk(await send('/group/ban/rollback.json', [['groupId', 'g1']]));
    assert.deepEqual((await send('/group/ban/query.json')).json.groupinfo, [{ groupId: 'g2', stat: 1 }]);
    const tooMany = Array.from({ length: 21 }, (_, i): [string, string] => ['groupId', `t${i}`]);
    assert.equal((await send('/group/ban/add.json', tooMany)).json.code, 1003);
  });

  it('mute exceptions: add, query (Go reads "userids", the docs userIds), rollback', async () => {
    expectOk(await send('/group/user/ban/whitelist/add.json', [...users('a', 'b'), ['groupId', 'g2']]));
    expectOk(await send('/group/user/ban/whitelist/rollback.json', [...users('a'), ['groupId', 'g2']]));
    assert.deepEqual((await send('/group/user/ban/whitelist/query.json', [['groupId', 'g2']])).json.userIds, ['b']);
    assert.deepEqual((await send('/group/user/ban/whitelist/query.json', [['groupId', 'none']])).json.userIds, []);
  });

  it('remarks: set, get (Go GroupRemarksGetObj.remark), replace, del', async () => {
    expectOk(await send('/group/remarks/set.json', [['userId', 'a'], ['groupId', 'g1'], ['remark', 'Team']]));
    expectOk(await send('/group/remarks/set.json', [['userId', 'a'], ['groupId', 'g1'], ['remark', '小组']]));
    assert.equal((await send('/group/remarks/get.json', [['userId', 'a'], ['groupId', 'g1']])).json.remark, '小组');
    assert.equal((await send('/group/remarks/get.json', [['userId', 'b'], ['groupId', 'g1']])).json.remark, '');
    expectOk(await send('/group/remarks/del.json', [['userId', 'a'], ['groupId', 'g1']]));
    assert.equal((await send('/group/remarks/get.json', [['userId', 'a'], ['groupId', 'g1']])).json.remark, '');
  });

  it('sync (Go GroupSync: group[<id>]=<name>) joins the listed groups and leaves the others; refresh renames', async () => {
    expectOk(await send('/group/create.json', [...users('s', 'o'), ['groupId', 'old'], ['groupName', 'Old']]));
    expectOk(await send('/group/sync.json', [['userId', 's'], ['group[new1]', 'New 1'], ['group[g1]', 'G1']]));
    assert.deepEqual(await members('old'), ['o']);
    assert.deepEqual(await members('new1'), ['s']);
    assert.ok((await members('g1'))?.includes('s'));
    expectOk(await send('/group/refresh.json', [['groupId', 'new1'], ['groupName', 'Renamed']]));
    const state = await (await fetch(`${server.url}/_sandbox/state?app=${APP.appKey}`)).text();
    assert.match(state, /Renamed/);
  });

  it('a group holds 3,000 members: join at the boundary passes, one more is 1003', async () => {
    const ids = Array.from({ length: 3000 }, (_, i) => `p${i}`);
    for (let i = 0; i < 3000; i += 1000) expectOk(await send('/group/join.json', [...users(...ids.slice(i, i + 1000)), ['groupId', 'big']]));
    assert.equal((await members('big'))?.length, 3000);
    const over = await send('/group/sync.json', [['userId', 'late'], ['group[big]', 'Big']]);
    assert.equal(over.json.code, 1003, over.text);
  });

  it('dismiss drops the mutes, exceptions and remarks kept for the group', async () => {
    expectOk(await send('/group/create.json', [...users('d1'), ['groupId', 'gone'], ['groupName', 'Gone']]));
    expectOk(await send('/group/user/gag/add.json', [...users('d1'), ['groupId', 'gone'], ['minute', '0']]));
    expectOk(await send('/group/ban/add.json', [['groupId', 'gone']]));
    expectOk(await send('/group/user/ban/whitelist/add.json', [...users('d1'), ['groupId', 'gone']]));
    expectOk(await send('/group/remarks/set.json', [['userId', 'd1'], ['groupId', 'gone'], ['remark', 'R']]));
    expectOk(await send('/group/dismiss.json', [['userId', 'd1'], ['groupId', 'gone']]));
    assert.deepEqual((await send('/group/user/gag/list.json', [['groupId', 'gone']])).json.users, []);
    assert.deepEqual((await send('/group/ban/query.json', [['groupId', 'gone']])).json.groupinfo, [{ groupId: 'gone', stat: 0 }]);
    assert.deepEqual((await send('/group/user/ban/whitelist/query.json', [['groupId', 'gone']])).json.userIds, []);
    assert.equal((await send('/group/remarks/get.json', [['userId', 'd1'], ['groupId', 'gone']])).json.remark, '');
  });
});

describe('sandbox group state: kept across a restart (the journal)', () => {
  it('mutes, whole-group mutes, exceptions and remarks written before a stop are answered after a start on the same file', async (t: TestContext) => {
    const dir = await mkdtemp(join(tmpdir(), 'rong-groupstate-'));
    t.after(() => rm(dir, { recursive: true, force: true }));
    const statePath = join(dir, 'state.journal');
    const first = await SandboxServer.start({ apps: [APP], statePath });
    try {
      expectOk(await call(first.url, APP, '/group/user/gag/add.json', [...users('a'), ['groupId', 'g'], ['minute', '0']]));
      expectOk(await call(first.url, APP, '/group/ban/add.json', [['groupId', 'g']]));
      expectOk(await call(first.url, APP, '/group/user/ban/whitelist/add.json', [...users('w'), ['groupId', 'g']]));
      expectOk(await call(first.url, APP, '/group/remarks/set.json', [['userId', 'a'], ['groupId', 'g'], ['remark', 'Kept']]));
    } finally {
      await first.stop();
    }
    const again = await SandboxServer.start({ apps: [APP], statePath });
    try {
      assert.deepEqual(((await call(again.url, APP, '/group/user/gag/list.json', [['groupId', 'g']])).json.users as Array<{ userId: string }>).map((u) => u.userId), ['a']);
      assert.deepEqual((await call(again.url, APP, '/group/ban/query.json', [['groupId', 'g']])).json.groupinfo, [{ groupId: 'g', stat: 1 }]);
      assert.deepEqual((await call(again.url, APP, '/group/user/ban/whitelist/query.json', [['groupId', 'g']])).json.userIds, ['w']);
      assert.equal((await call(again.url, APP, '/group/remarks/get.json', [['userId', 'a'], ['groupId', 'g']])).json.remark, 'Kept');
    } finally {
      await again.stop();
    }
  });
});
