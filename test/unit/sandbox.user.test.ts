/**
 * Issue 19, the rest of the user module answered from state over HTTP: each write read back with
 * the parameter names the official SDKs send and the result fields they parse (Go sdk/user.go and
 * sdk/group.go json tags, Java models named per test), limits at their boundary, and a restart.
 */
import { after, before, describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { USER_ENDPOINTS } from '../../src/core/contract/user';
import { handlerFor } from '../../src/sandbox/handlers';
import { USER_HANDLERS } from '../../src/sandbox/handlers/user';
import { SandboxServer } from '../../src/sandbox/server';
import { call, control, manualClock, MINUTE, request, type Reply } from './support/sandboxClient';

const APP = { appKey: 'user-rest-app', appSecret: 'user-rest-secret' };

function expectOk(r: Reply): void {
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.code, 200, r.text);
}

describe('sandbox user module: the register', () => {
  it('every user endpoint has exactly one handler, in the user index', () => {
    for (const e of USER_ENDPOINTS) {
      assert.ok(handlerFor(e), `${e.id} has no handler`);
      assert.equal(USER_HANDLERS.filter((h) => h.endpoint.id === e.id).length, 1, e.id);
    }
    assert.equal(USER_HANDLERS.length, USER_ENDPOINTS.length);
  });
});

describe('sandbox user module: state', () => {
  let server: SandboxServer;
  const clock = manualClock();
  const send = (path: string, pairs: Array<[string, string]> = []) => call(server.url, APP, path, pairs);
  const json = (path: string, body: unknown) => request(server.url, APP, path, { json: body });
  const verify = async (token: string) => (await control(server.url, '/_sandbox/verify', { token })).json.status;
  before(async () => {
    server = await SandboxServer.start({ apps: [APP], clock });
  });
  after(() => server.stop());

  it('user/query lists the registered users by registration time (Go UserQueryItem: userId, userName, userPortrait, regTime), paged, order 1 newest first', async () => {
    for (const [id, name] of [['q1', 'One'], ['q2', 'Two'], ['q3', 'Three']]) {
      expectOk(await send('/user/getToken.json', [['userId', id], ['name', name], ['portraitUri', `http://p/${id}`]]));
      clock.advance(MINUTE);
    }
    // Go UserQuery sends page, pageSize and order.
    const first = await send('/user/query.json', [['page', '1'], ['pageSize', '2'], ['order', '0']]);
    expectOk(first);
    assert.equal(first.json.total, 3);
    const users = first.json.users as Array<Record<string, string>>;
    assert.deepEqual(users.map((u) => u.userId), ['q1', 'q2']);
    assert.equal(users[0].userName, 'One');
    assert.equal(users[0].userPortrait, 'http://p/q1');
    assert.equal(users[0].regTime, '2025-01-01 08:00:00', 'UTC+8, as info writes createTime');
    const desc = await send('/user/query.json', [['page', '2'], ['pageSize', '2'], ['order', '1']]);
    assert.deepEqual((desc.json.users as Array<Record<string, string>>).map((u) => u.userId), ['q1']);
  });

  it('delusers removes users (Go repeats userId, Java joins them with commas): query and info no longer know them, their tokens stop verifying, getToken registers them anew', async () => {
    const t = await send('/user/getToken.json', [['userId', 'del1'], ['name', 'D']]);
    expectOk(await send('/user/getToken.json', [['userId', 'del2'], ['name', 'D']]));
    expectOk(await send('/user/getToken.json', [['userId', 'del3'], ['name', 'D']]));
    assert.equal(await verify(t.json.token as string), 'valid');
    clock.advance(1);
    expectOk(await send('/user/delusers.json', [['userId', 'del1'], ['userId', 'del2']]));
    expectOk(await send('/user/delusers.json', [['userId', 'del3,nobody']]));
    const q = await send('/user/query.json', [['pageSize', '100']]);
    assert.deepEqual((q.json.users as Array<Record<string, string>>).map((u) => u.userId).filter((id) => id.startsWith('del')), []);
    assert.equal((await send('/user/info.json', [['userId', 'del1']])).json.code, 1003);
    assert.equal((await send('/user/refresh.json', [['userId', 'del3'], ['name', 'X']])).json.code, 1003);
    // The user is gone with its tokens: one issued before the removal is unknown, as one never issued.
    assert.equal(await verify(t.json.token as string), 'unknown');
    clock.advance(1);
    const again = await send('/user/getToken.json', [['userId', 'del1'], ['name', 'Again']]);
    expectOk(again);
    assert.equal(await verify(again.json.token as string), 'valid');
    assert.equal((await send('/user/info.json', [['userId', 'del1']])).json.userName, 'Again');
  });

  it('delusers takes 100 user IDs a call; 101 is refused and removes no one', async () => {
    expectOk(await send('/user/delusers.json', Array.from({ length: 100 }, (_, i): [string, string] => ['userId', `none${i}`])));
    const r = await send('/user/delusers.json', [...Array.from({ length: 100 }, (_, i): [string, string] => ['userId', `none${i}`]), ['userId', 'q3']]);
    assert.equal(r.json.code, 1005, `user ID parameters' code: ${r.text}`);
    expectOk(await send('/user/info.json', [['userId', 'q3']]));
  });

  it('deactivate: the tokens the user had stop verifying, and a reactivated user gets a new one that does', async () => {
    const t = await send('/user/getToken.json', [['userId', 'deact'], ['name', 'D']]);
    clock.advance(1);
    expectOk(await send('/user/deactivate.json', [['userId', 'deact']]));
    assert.equal(await verify(t.json.token as string), 'expired');
    clock.advance(1);
    // Java user.activate sends one userId to /user/activate.json.
    expectOk(await send('/user/activate.json', [['userId', 'deact']]));
    assert.deepEqual((await send('/user/deactivate/query.json')).json.users, []);
    const t2 = await send('/user/getToken.json', [['userId', 'deact'], ['name', 'D']]);
    expectOk(t2);
    assert.equal(await verify(t2.json.token as string), 'valid');
  });

  it('user/group/query lists the groups the user is in as {id, name} (Go GroupUserQueryGroup); quitting removes one', async () => {
    expectOk(await send('/group/create.json', [['userId', 'gm'], ['userId', 'other'], ['groupId', 'g1'], ['groupName', 'Group one']]));
    expectOk(await send('/group/create.json', [['userId', 'gm'], ['groupId', 'g2'], ['groupName', 'Group two']]));
    expectOk(await send('/group/create.json', [['userId', 'other'], ['groupId', 'g3'], ['groupName', 'Not mine']]));
    assert.deepEqual((await send('/user/group/query.json', [['userId', 'gm']])).json.groups, [{ id: 'g1', name: 'Group one' }, { id: 'g2', name: 'Group two' }]);
    expectOk(await send('/group/quit.json', [['userId', 'gm'], ['groupId', 'g1']]));
    assert.deepEqual((await send('/user/group/query.json', [['userId', 'gm']])).json.groups, [{ id: 'g2', name: 'Group two' }]);
    assert.deepEqual((await send('/user/group/query.json', [['userId', 'nobody']])).json.groups, []);
  });

  it('profile set/batch query/query/clean (Go UserProfileResponse: userId, version, userProfile, userExtProfile under userList)', async () => {
    // Go UserProfileSet always sends both texts.
    expectOk(await send('/user/profile/set.json', [['userId', 'p1'], ['userProfile', '{"name":"Tony"}'], ['userExtProfile', '{"k":"v"}']]));
    expectOk(await send('/user/profile/set.json', [['userId', 'p2'], ['userProfile', '{"name":"Pepper"}'], ['userExtProfile', '']]));
    expectOk(await send('/user/profile/set.json', [['userId', 'p1'], ['userProfile', '{"name":"Iron"}'], ['userExtProfile', '']]));
    const one = await send('/user/profile/batch/query.json', [['userId', 'p1']]);
    assert.deepEqual(one.json.userList, [{ userId: 'p1', version: 2, userProfile: '{"name":"Iron"}', userExtProfile: '{"k":"v"}' }]);
    // Java batchQueryUserProfiles joins IDs with commas.
    const both = await send('/user/profile/batch/query.json', [['userId', 'p2,p1,none']]);
    assert.deepEqual((both.json.userList as Array<{ userId: string }>).map((p) => p.userId), ['p2', 'p1']);
    const page = await send('/user/profile/query.json', [['page', '1'], ['size', '1'], ['order', '0']]);
    assert.deepEqual((page.json.userList as Array<{ userId: string }>).map((p) => p.userId), ['p1']);
    expectOk(await send('/user/profile/clean.json', [['userId', 'p1']]));
    assert.deepEqual((await send('/user/profile/batch/query.json', [['userId', 'p1']])).json.userList, []);
  });

  it('tag/set and tag/batch/set replace the tags (JSON bodies as Go TagSet/TagBatchSet send), tags/get answers result by user (Go TagResult)', async () => {
    expectOk(await json('/user/tag/set.json', { userId: 't1', tags: ['a', 'b'] }));
    expectOk(await json('/user/tag/set.json', { userId: 't1', tags: ['c'] }));
    expectOk(await json('/user/tag/batch/set.json', { userIds: ['t2', 't3'], tags: ['x', 'y'] }));
    const r = await send('/user/tags/get.json', [['userIds', 't1'], ['userIds', 't2'], ['userIds', 'none']]);
    assert.deepEqual(r.json.result, { t1: ['c'], t2: ['x', 'y'], none: [] });
    const twenty = Array.from({ length: 20 }, (_, i) => `tag${i}`);
    expectOk(await json('/user/tag/set.json', { userId: 't1', tags: twenty }));
    assert.equal((await json('/user/tag/set.json', { userId: 't1', tags: [...twenty, 'one-more'] })).json.code, 1003);
    assert.equal(((await send('/user/tags/get.json', [['userIds', 't1']])).json.result as Record<string, string[]>).t1.length, 20);
  });

  it('whitelist add/remove/query: newest first, paged by size and next (Java PagingQueryWhitelistResult: users, next); 21 users a call is refused', async () => {
    expectOk(await send('/user/whitelist/add.json', [['userId', 'w'], ['whiteUserId', 'a'], ['whiteUserId', 'b']]));
    clock.advance(1);
    expectOk(await send('/user/whitelist/add.json', [['userId', 'w'], ['whiteUserId', 'c'], ['whiteUserId', 'a']]));
    assert.deepEqual((await send('/user/whitelist/query.json', [['userId', 'w']])).json, { code: 200, users: ['c', 'b', 'a'], next: '' });
    const p1 = await send('/user/whitelist/query.json', [['userId', 'w'], ['size', '2']]);
    assert.deepEqual(p1.json, { code: 200, users: ['c', 'b'], next: '2' });
    assert.deepEqual((await send('/user/whitelist/query.json', [['userId', 'w'], ['size', '2'], ['pageToken', '2']])).json.users, ['a']);
    expectOk(await send('/user/whitelist/remove.json', [['userId', 'w'], ['whiteUserId', 'b'], ['whiteUserId', 'never']]));
    assert.deepEqual((await send('/user/whitelist/query.json', [['userId', 'w']])).json.users, ['c', 'a']);
    const many = (n: number) => Array.from({ length: n }, (_, i): [string, string] => ['whiteUserId', `m${i}`]);
    expectOk(await send('/user/whitelist/add.json', [['userId', 'w2'], ...many(20)]));
    assert.equal((await send('/user/whitelist/add.json', [['userId', 'w3'], ...many(21)])).json.code, 1005, "user ID parameters' code");
    assert.deepEqual((await send('/user/whitelist/query.json', [['userId', 'w3']])).json.users, []);
  });

  it('blockPushPeriod set/get/delete (Go PushPeriodGet: data.startTime, period, unPushLevel); a level other than 1 and 5 or a bad startTime is 1003', async () => {
    expectOk(await send('/user/blockPushPeriod/set.json', [['userId', 'n'], ['startTime', '22:00:00'], ['period', '120'], ['level', '5']]));
    assert.deepEqual((await send('/user/blockPushPeriod/get.json', [['userId', 'n']])).json.data, { startTime: '22:00:00', period: 120, unPushLevel: 5 });
    expectOk(await send('/user/blockPushPeriod/set.json', [['userId', 'n'], ['startTime', '23:30:00'], ['period', '1439'], ['level', '1']]));
    assert.deepEqual((await send('/user/blockPushPeriod/get.json', [['userId', 'n']])).json.data, { startTime: '23:30:00', period: 1439, unPushLevel: 1 });
    assert.equal((await send('/user/blockPushPeriod/set.json', [['userId', 'n'], ['startTime', '23:30:00'], ['period', '10'], ['level', '3']])).json.code, 1003);
    assert.equal((await send('/user/blockPushPeriod/set.json', [['userId', 'n'], ['startTime', '25:00:00'], ['period', '10']])).json.code, 1003);
    expectOk(await send('/user/blockPushPeriod/delete.json', [['userId', 'n']]));
    assert.deepEqual((await send('/user/blockPushPeriod/get.json', [['userId', 'n']])).json.data, { startTime: '', period: 0, unPushLevel: 0 });
  });

  it('chat/fb set mutes (state 1) and unmutes (state 0); querylist answers total and users (Go UserChatFbQueryListResObj), num from offset', async () => {
    // Go UserChatFbSet sends one userId, state and type.
    for (const u of ['m1', 'm2', 'm3']) expectOk(await send('/user/chat/fb/set.json', [['userId', u], ['state', '1'], ['type', 'PERSON']]));
    expectOk(await send('/user/chat/fb/set.json', [['userId', 'm2'], ['state', '0'], ['type', 'PERSON']]));
    assert.deepEqual((await send('/user/chat/fb/querylist.json', [['num', '100'], ['offset', '0'], ['type', 'PERSON']])).json, { code: 200, total: 2, users: ['m1', 'm3'] });
    assert.deepEqual((await send('/user/chat/fb/querylist.json', [['num', '1'], ['offset', '1'], ['type', 'PERSON']])).json.users, ['m3']);
  });

  it('conversation tags set/get/del (Java ConversationTagModel: tagId, tagName, createTime); past 20 a user is 1003', async () => {
    expectOk(await json('/user/conversation/tag/set.json', { userId: 'ct', tags: [{ tagId: 'work', tagName: 'Work' }, { tagId: 'home', tagName: 'Home' }] }));
    clock.advance(MINUTE);
    expectOk(await json('/user/conversation/tag/set.json', { userId: 'ct', tags: [{ tagId: 'work', tagName: 'Office' }] }));
    const got = await request(server.url, APP, '/user/conversation/tag/get.json', { method: 'GET', query: { userId: 'ct' } });
    expectOk(got);
    const data = got.json.data as { userId: string; tags: Array<{ tagId: string; tagName: string; createTime: number }> };
    assert.equal(data.userId, 'ct');
    assert.deepEqual(data.tags.map((t) => [t.tagId, t.tagName]), [['work', 'Office'], ['home', 'Home']]);
    assert.equal(data.tags[0].createTime, data.tags[1].createTime, 'a rename keeps the first createTime');
    expectOk(await json('/user/conversation/tag/del.json', { userId: 'ct', tagIds: ['home'] }));
    const after = await request(server.url, APP, '/user/conversation/tag/get.json', { method: 'GET', query: { userId: 'ct' } });
    assert.deepEqual((after.json.data as typeof data).tags.map((t) => t.tagId), ['work']);
    const nineteen = Array.from({ length: 19 }, (_, i) => ({ tagId: `t${i}`, tagName: 'n' }));
    expectOk(await json('/user/conversation/tag/set.json', { userId: 'ct', tags: nineteen }));
    assert.equal((await json('/user/conversation/tag/set.json', { userId: 'ct', tags: [{ tagId: 'one-more', tagName: 'x' }] })).json.code, 1003);
    assert.equal((await json('/user/conversation/tag/set.json', { userId: 'ct', tags: [{ tagId: 'work', tagName: '0123456789abcdef' }] })).json.code, 1003, '16 characters');
  });
});

describe('sandbox user module: kept across a restart (the journal)', () => {
  async function folder(t: TestContext): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'rong-user-'));
    t.after(() => rm(dir, { recursive: true, force: true }));
    return dir;
  }

  it('profiles, tags, whitelists, windows, mutes, conversation tags and deleted users written before a stop are answered after a start', async (t) => {
    const statePath = join(await folder(t), 'state.journal');
    const first = await SandboxServer.start({ apps: [APP], statePath });
    try {
      const c = (path: string, pairs: Array<[string, string]>) => call(first.url, APP, path, pairs);
      expectOk(await c('/user/getToken.json', [['userId', 'gone'], ['name', 'G']]));
      expectOk(await c('/user/getToken.json', [['userId', 'kept'], ['name', 'K']]));
      expectOk(await c('/user/delusers.json', [['userId', 'gone']]));
      expectOk(await c('/user/profile/set.json', [['userId', 'kept'], ['userProfile', '{"a":1}'], ['userExtProfile', '']]));
      expectOk(await request(first.url, APP, '/user/tag/set.json', { json: { userId: 'kept', tags: ['vip'] } }));
      expectOk(await c('/user/whitelist/add.json', [['userId', 'kept'], ['whiteUserId', 'friend']]));
      expectOk(await c('/user/blockPushPeriod/set.json', [['userId', 'kept'], ['startTime', '01:00:00'], ['period', '60']]));
      expectOk(await c('/user/chat/fb/set.json', [['userId', 'kept'], ['state', '1'], ['type', 'PERSON']]));
      expectOk(await request(first.url, APP, '/user/conversation/tag/set.json', { json: { userId: 'kept', tags: [{ tagId: 'w', tagName: 'W' }] } }));
    } finally {
      await first.stop();
    }
    const again = await SandboxServer.start({ apps: [APP], statePath });
    try {
      const c = (path: string, pairs: Array<[string, string]>) => call(again.url, APP, path, pairs);
      assert.deepEqual(((await c('/user/query.json', [])).json.users as Array<{ userId: string }>).map((u) => u.userId), ['kept']);
      assert.equal(((await c('/user/profile/batch/query.json', [['userId', 'kept']])).json.userList as Array<{ userProfile: string }>)[0].userProfile, '{"a":1}');
      assert.deepEqual((await c('/user/tags/get.json', [['userIds', 'kept']])).json.result, { kept: ['vip'] });
      assert.deepEqual((await c('/user/whitelist/query.json', [['userId', 'kept']])).json.users, ['friend']);
      assert.deepEqual((await c('/user/blockPushPeriod/get.json', [['userId', 'kept']])).json.data, { startTime: '01:00:00', period: 60, unPushLevel: 1 });
      assert.deepEqual((await c('/user/chat/fb/querylist.json', [['type', 'PERSON']])).json.users, ['kept']);
      const tags = await request(again.url, APP, '/user/conversation/tag/get.json', { method: 'GET', query: { userId: 'kept' } });
      assert.deepEqual((tags.json.data as { tags: Array<{ tagId: string }> }).tags.map((x) => x.tagId), ['w']);
    } finally {
      await again.stop();
    }
  });
});
