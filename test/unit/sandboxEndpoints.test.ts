/**
 * The sandbox's semantics for each of the endpoints it simulates, over real HTTP on 127.0.0.1, with the clock
 * injected (nothing waits). Times in answers are China Standard Time, as the service writes them.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SandboxServer } from '../../src/sandbox/server';
import { call, DAY, manualClock, MINUTE, type Reply } from './support/sandboxClient';

const APP = { appKey: 'endpoints-app', appSecret: 'endpoints-secret' };
const START = Date.UTC(2025, 0, 1, 0, 0, 0); // 2025-01-01 08:00:00 in China

function expectOk(r: Reply): void {
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.code, 200, r.text);
}

function expectError(r: Reply, status: number, code: number, message: RegExp): void {
  assert.equal(r.status, status, r.text);
  assert.equal(r.json.code, code, r.text);
  assert.match(r.json.errorMessage ?? '', message);
}

describe('sandbox endpoints: users', () => {
  const clock = manualClock(START);
  let server: SandboxServer;
  const send = (path: string, pairs: Array<[string, string]> = []) => call(server.url, APP, path, pairs);

  before(async () => {
    server = await SandboxServer.start({ apps: [APP], clock });
  });
  after(() => server.stop());

  it('info shows name, portrait ("" when none) and creation time; refresh changes what info returns', async () => {
    expectOk(await send('/user/getToken.json', [['userId', 'ann'], ['name', 'Ann']]));
    const first = await send('/user/info.json', [['userId', 'ann']]);
    expectOk(first);
    assert.deepEqual(first.json, { code: 200, userName: 'Ann', userPortrait: '', createTime: '2025-01-01 08:00:00' });
    clock.advance(MINUTE);
    expectOk(await send('/user/refresh.json', [['userId', 'ann'], ['name', '安娜'], ['portraitUri', 'https://x.test/a.png']]));
    const second = await send('/user/info.json', [['userId', 'ann']]);
    assert.deepEqual(second.json, { code: 200, userName: '安娜', userPortrait: 'https://x.test/a.png', createTime: '2025-01-01 08:00:00' });
    expectOk(await send('/user/refresh.json', [['userId', 'ann'], ['name', 'Ann 2']]));
    assert.equal((await send('/user/info.json', [['userId', 'ann']])).json.userPortrait, 'https://x.test/a.png', 'a portrait not given stays');
  });

  it('info and refresh of an unknown user: 1003 naming the user', async () => {
    expectError(await send('/user/info.json', [['userId', 'nobody']]), 400, 1003, /"nobody" is not registered in this app/);
    expectError(await send('/user/refresh.json', [['userId', 'nobody'], ['name', 'N']]), 400, 1003, /not registered/);
  });

  it('token/expire: tokens issued before the time are expired, later ones valid; getToken works again after it', async () => {
    const t1 = await send('/user/getToken.json', [['userId', 'exp'], ['name', 'E']]);
    const token1 = String(t1.json.token);
    assert.equal(server.verifyToken(token1).status, 'valid');
    expectError(await send('/user/getToken.json', [['userId', 'exp'], ['name', 'E']]), 400, 1004, /already/);
    clock.advance(1000);
    expectOk(await send('/user/token/expire.json', [['userId', 'exp'], ['userId', 'other'], ['time', String(clock.now())]]));
    assert.deepEqual(server.verifyToken(token1), { status: 'expired', appKey: APP.appKey, userId: 'exp', issuedAt: START + MINUTE, expiresAt: START + MINUTE + 30 * DAY });
    const t2 = await send('/user/getToken.json', [['userId', 'exp'], ['name', 'E']]);
    expectOk(t2);
    assert.equal(server.verifyToken(String(t2.json.token)).status, 'valid');
    assert.equal(server.verifyToken('never-issued').status, 'unknown');
  });

  it('block: until now + minutes; block/query lists unexpired blocks with blockEndTime; they run out by the clock; unblock removes', async () => {
    const base = clock.now();
    expectOk(await send('/user/block.json', [['userId', 'b1'], ['userId', 'b2'], ['minute', '10']]));
    expectOk(await send('/user/block.json', [['userId', 'b3'], ['minute', '43200']]));
    const q = await send('/user/block/query.json');
    expectOk(q);
    const end10 = new Date(base + 10 * MINUTE + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
    assert.deepEqual(q.json.users, [
      { userId: 'b1', blockEndTime: end10 },
      { userId: 'b2', blockEndTime: end10 },
      { userId: 'b3', blockEndTime: new Date(base + 30 * DAY + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ') },
    ]);
    const page2 = await send('/user/block/query.json', [['page', '2'], ['size', '2']]);
    assert.deepEqual((page2.json.users as Array<{ userId: string }>).map((u) => u.userId), ['b3']);
    clock.advance(10 * MINUTE);
    assert.deepEqual(((await send('/user/block/query.json')).json.users as Array<{ userId: string }>).map((u) => u.userId), ['b3']);
    expectOk(await send('/user/unblock.json', [['userId', 'b3'], ['userId', 'not-blocked']]));
    assert.deepEqual((await send('/user/block/query.json')).json.users, []);
  });

  it('checkOnline answers "0" or "1" as a string; offline unless the sandbox marks the user online', async () => {
    const r = await send('/user/checkOnline.json', [['userId', 'ann']]);
    assert.deepEqual(r.json, { code: 200, status: '0' });
    await server.setOnline('ann', true);
    assert.deepEqual((await send('/user/checkOnline.json', [['userId', 'ann']])).json, { code: 200, status: '1' });
    await server.setOnline('ann', false);
    assert.equal((await send('/user/checkOnline.json', [['userId', 'ann']])).json.status, '0');
  });

  it('blacklist: add is idempotent, query in insertion order with size and pageToken/next, remove takes users off', async () => {
    expectOk(await send('/user/blacklist/add.json', [['userId', 'owner'], ['blackUserId', 'x1'], ['blackUserId', 'x2']]));
    expectOk(await send('/user/blacklist/add.json', [['userId', 'owner'], ['blackUserId', 'x2'], ['blackUserId', 'x3'], ['blackUserId', 'x1']]));
    const all = await send('/user/blacklist/query.json', [['userId', 'owner']]);
    assert.deepEqual(all.json, { code: 200, users: ['x1', 'x2', 'x3'], next: '' });
    const p1 = await send('/user/blacklist/query.json', [['userId', 'owner'], ['size', '2']]);
    assert.deepEqual(p1.json, { code: 200, users: ['x1', 'x2'], next: '2' });
    const p2 = await send('/user/blacklist/query.json', [['userId', 'owner'], ['size', '2'], ['pageToken', String(p1.json.next)]]);
    assert.deepEqual(p2.json, { code: 200, users: ['x3'], next: '' });
    expectError(await send('/user/blacklist/query.json', [['userId', 'owner'], ['pageToken', 'bogus']]), 400, 1003, /pageToken "bogus" is not one this sandbox gave/);
    expectOk(await send('/user/blacklist/remove.json', [['userId', 'owner'], ['blackUserId', 'x2'], ['blackUserId', 'never']]));
    assert.deepEqual((await send('/user/blacklist/query.json', [['userId', 'owner']])).json.users, ['x1', 'x3']);
    assert.deepEqual((await send('/user/blacklist/query.json', [['userId', 'nobody']])).json, { code: 200, users: [], next: '' });
  });

  it('a blacklist holds at most 3,000: the call that would pass it is 1003 with the count and the limit, and changes nothing', async () => {
    for (let i = 0; i < 150; i++) {
      const pairs: Array<[string, string]> = [['userId', 'full']];
      for (let j = 0; j < 20; j++) pairs.push(['blackUserId', `f${i * 20 + j}`]);
      expectOk(await send('/user/blacklist/add.json', pairs));
    }
    expectOk(await send('/user/blacklist/add.json', [['userId', 'full'], ['blackUserId', 'f0']]));
    expectError(await send('/user/blacklist/add.json', [['userId', 'full'], ['blackUserId', 'one-more']]), 400, 1003, /would hold 3001 users; the limit is 3000/);
    assert.equal(server.model.blacklist(APP.appKey, 'full').length, 3000);
  });
});

describe('sandbox endpoints: messages and groups', () => {
  const clock = manualClock(START);
  let server: SandboxServer;
  const send = (path: string, pairs: Array<[string, string]> = []) => call(server.url, APP, path, pairs);
  const content = '{"content":"hello 你好"}';

  before(async () => {
    server = await SandboxServer.start({ apps: [APP], clock });
  });
  after(() => server.stop());

  it('private publish keeps sender, recipients, type, content and time, and answers a messageUID per recipient', async () => {
    const r = await send('/message/private/publish.json', [['fromUserId', 'a'], ['toUserId', 'b'], ['toUserId', 'c'], ['objectName', 'RC:TxtMsg'], ['content', content]]);
    expectOk(r);
    const uids = r.json.messageUIDs as Array<{ userId: string; messageUID: string }>;
    assert.deepEqual(uids.map((u) => u.userId), ['b', 'c']);
    for (const u of uids) assert.match(u.messageUID, /^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}$/);
    const [m] = server.model.app(APP.appKey).messages;
    assert.equal(m.kind, 'private');
    assert.equal(m.fromUserId, 'a');
    assert.equal(m.objectName, 'RC:TxtMsg');
    assert.equal(m.content, content);
    assert.equal(m.sentAt, START);
    assert.deepEqual(m.recipients.map((x) => [x.userId, x.delivered]), [['b', true], ['c', true]]);
  });

  it('verifyBlacklist=1: a sender on the recipient’s blacklist is kept as not delivered to that recipient only; without it, delivered', async () => {
    expectOk(await send('/user/blacklist/add.json', [['userId', 'c'], ['blackUserId', 'spammer']]));
    const pairs: Array<[string, string]> = [['fromUserId', 'spammer'], ['toUserId', 'b'], ['toUserId', 'c'], ['objectName', 'RC:TxtMsg'], ['content', content]];
    expectOk(await send('/message/private/publish.json', [...pairs, ['verifyBlacklist', '1']]));
    expectOk(await send('/message/private/publish.json', pairs));
    const [, checked, unchecked] = server.model.app(APP.appKey).messages;
    assert.deepEqual(checked.recipients.map((x) => [x.userId, x.delivered]), [['b', true], ['c', false]]);
    assert.deepEqual(unchecked.recipients.map((x) => [x.userId, x.delivered]), [['b', true], ['c', true]]);
  });

  it('system publish is kept with its recipients', async () => {
    clock.advance(5000);
    expectOk(await send('/message/system/publish.json', [['fromUserId', 'sys'], ['toUserId', 'b'], ['objectName', 'Custom:Notice'], ['content', '{}']]));
    const m = server.model.app(APP.appKey).messages.at(-1);
    assert.equal(m?.kind, 'system');
    assert.equal(m?.sentAt, START + 5000);
    assert.deepEqual(m?.recipients.map((x) => x.userId), ['b']);
  });

  it('group create/join/quit/dismiss keep members; group/user/query lists them as users: [{id}]; an unknown group is 1003', async () => {
    expectOk(await send('/group/create.json', [['userId', 'm1'], ['userId', 'm2'], ['groupId', 'g1'], ['groupName', 'Team']]));
    expectOk(await send('/group/join.json', [['userId', 'm3'], ['userId', 'm1'], ['groupId', 'g1']]));
    assert.deepEqual((await send('/group/user/query.json', [['groupId', 'g1']])).json, { code: 200, users: [{ id: 'm1' }, { id: 'm2' }, { id: 'm3' }] });
    expectOk(await send('/group/quit.json', [['userId', 'm2'], ['userId', 'stranger'], ['groupId', 'g1']]));
    assert.deepEqual((await send('/group/user/query.json', [['groupId', 'g1']])).json.users, [{ id: 'm1' }, { id: 'm3' }]);
    expectOk(await send('/group/join.json', [['userId', 'z'], ['groupId', 'new-by-join'], ['groupName', 'Made by join']]));
    assert.equal(server.model.app(APP.appKey).groups.get('new-by-join')?.name, 'Made by join');
    expectOk(await send('/group/dismiss.json', [['userId', 'm1'], ['groupId', 'g1']]));
    expectError(await send('/group/user/query.json', [['groupId', 'g1']]), 400, 1003, /group "g1" does not exist/);
    expectOk(await send('/group/dismiss.json', [['userId', 'm1'], ['groupId', 'g1']]));
  });

  it('group publish reaches the members (not the sender); a directed message only the users named', async () => {
    expectOk(await send('/group/create.json', [['userId', 'p1'], ['userId', 'p2'], ['userId', 'p3'], ['groupId', 'g2'], ['groupName', 'G2']]));
    expectOk(await send('/message/group/publish.json', [['fromUserId', 'p1'], ['toGroupId', 'g2'], ['objectName', 'RC:TxtMsg'], ['content', content]]));
    const all = server.model.app(APP.appKey).messages.at(-1);
    assert.deepEqual(all?.groupIds, ['g2']);
    assert.deepEqual(all?.recipients.map((r) => r.userId), ['p2', 'p3']);
    expectOk(await send('/message/group/publish.json', [['fromUserId', 'p1'], ['toGroupId', 'g2'], ['toUserId', 'p3'], ['objectName', 'RC:TxtMsg'], ['content', content]]));
    assert.deepEqual(server.model.app(APP.appKey).messages.at(-1)?.recipients.map((r) => r.userId), ['p3']);
  });

  it('a group holds at most 3,000 members: the join that passes it is 1003 and changes nothing', async () => {
    for (let i = 0; i < 3; i++) {
      const pairs: Array<[string, string]> = [['groupId', 'big'], ['groupName', 'Big']];
      for (let j = 0; j < 1000; j++) pairs.push(['userId', `u${i * 1000 + j}`]);
      expectOk(await send(i === 0 ? '/group/create.json' : '/group/join.json', pairs));
    }
    expectError(await send('/group/join.json', [['userId', 'one-more'], ['groupId', 'big']]), 400, 1003, /would have 3001 members; a group holds at most 3000/);
    assert.equal(server.model.app(APP.appKey).groups.get('big')?.members.size, 3000);
  });

  it('a 128 KB content goes through (percent-encoded ~3×); one byte more is 1003 with the limit', async () => {
    const limit = 128 * 1024;
    // {"content":"…"} is 14 bytes around the text; 好 is 3 bytes of UTF-8 and 9 percent-encoded.
    const body = (n: number) => JSON.stringify({ content: '好'.repeat(Math.floor((n - 14) / 3)) + 'a'.repeat((n - 14) % 3) });
    const exact = body(limit);
    assert.equal(Buffer.byteLength(exact), limit);
    const base: Array<[string, string]> = [['fromUserId', 'a'], ['toUserId', 'b'], ['objectName', 'RC:TxtMsg']];
    expectOk(await send('/message/private/publish.json', [...base, ['content', exact]]));
    const over = exact.replace('{', '{ ');
    expectError(await send('/message/private/publish.json', [...base, ['content', over]]), 400, 1003, /content is 131073 bytes; the limit is 131072/);
  });
});
