/**
 * The sandbox's own control under /_sandbox/ (inspect.ts): read the state, messages to a user or a
 * group, verify a token, mark a user online, advance the clock, reset; and that it is off when asked.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SandboxServer } from '../../src/sandbox/server';
import { call, control, DAY, manualClock, MINUTE } from './support/sandboxClient';

const APP = { appKey: 'control-app', appSecret: 'control-secret' };
const OTHER = { appKey: 'control-other', appSecret: 'other-secret' };
const START = Date.UTC(2025, 5, 1);

describe('sandbox control (/_sandbox/)', () => {
  const clock = manualClock(START);
  let server: SandboxServer;
  const send = (path: string, pairs: Array<[string, string]> = []) => call(server.url, APP, path, pairs);
  let token = '';

  before(async () => {
    server = await SandboxServer.start({ apps: [APP, OTHER], clock });
    assert.equal(server.inspect, true, 'on by default on 127.0.0.1');
    token = String((await send('/user/getToken.json', [['userId', 'alice'], ['name', 'Alice'], ['portraitUri', 'https://x.test/a.png']])).json.token);
    await send('/user/getToken.json', [['userId', 'bob'], ['name', 'Bob']]);
    await send('/user/block.json', [['userId', 'bob'], ['minute', '5']]);
    await send('/user/blacklist/add.json', [['userId', 'alice'], ['blackUserId', 'bob']]);
    await send('/group/create.json', [['userId', 'alice'], ['userId', 'bob'], ['groupId', 'g'], ['groupName', 'G']]);
    await send('/message/private/publish.json', [['fromUserId', 'bob'], ['toUserId', 'alice'], ['objectName', 'RC:TxtMsg'], ['content', '{"content":"hi"}'], ['verifyBlacklist', '1']]);
    await send('/message/group/publish.json', [['fromUserId', 'alice'], ['toGroupId', 'g'], ['objectName', 'RC:TxtMsg'], ['content', '{"content":"all"}']]);
  });
  after(() => server.stop());

  it('GET state: users, tokens with status, blocks, blacklists, groups and messages of each app', async () => {
    const r = await control(server.url, '/_sandbox/state');
    assert.equal(r.status, 200);
    assert.equal(r.json.now, START);
    const [app, other] = r.json.apps as Array<Record<string, unknown>>;
    assert.equal(app.appKey, APP.appKey);
    assert.deepEqual(app.users, [
      { userId: 'alice', name: 'Alice', portraitUri: 'https://x.test/a.png', createdAt: START, online: false },
      { userId: 'bob', name: 'Bob', portraitUri: '', createdAt: START, online: false },
    ]);
    const tokens = app.tokens as Array<Record<string, unknown>>;
    assert.deepEqual(tokens[0], { userId: 'alice', token, issuedAt: START, expiresAt: START + 30 * DAY, status: 'valid' });
    assert.deepEqual(app.blocks, [{ userId: 'bob', until: START + 5 * MINUTE }]);
    assert.deepEqual(app.blacklists, { alice: ['bob'] });
    assert.deepEqual(app.groups, [{ groupId: 'g', name: 'G', members: ['alice', 'bob'] }]);
    assert.equal((app.messages as unknown[]).length, 2);
    assert.deepEqual(app.totals, { users: 2, tokens: 2, blocks: 1, blacklists: 1, groups: 1, messages: 2, chatrooms: 0, rows: 0 });
    assert.equal(r.json.next, undefined, 'a small state is one page');
    assert.equal(typeof r.json.revision, 'number');
    assert.equal(other.appKey, OTHER.appKey);
    assert.deepEqual(other.users, []);
    const only = await control(server.url, `/_sandbox/state?app=${OTHER.appKey}`);
    assert.deepEqual((only.json.apps as Array<{ appKey: string }>).map((a) => a.appKey), [OTHER.appKey]);
  });

  it('GET messages: to a user (with delivered) and to a group', async () => {
    const toAlice = await control(server.url, '/_sandbox/messages?userId=alice');
    const [m] = toAlice.json.messages as Array<Record<string, unknown>>;
    assert.equal(m.fromUserId, 'bob');
    assert.equal(m.content, '{"content":"hi"}');
    assert.equal(m.delivered, false, 'bob is on alice’s blacklist and verifyBlacklist was 1');
    const toGroup = await control(server.url, '/_sandbox/messages?groupId=g');
    assert.deepEqual((toGroup.json.messages as Array<{ fromUserId: string }>).map((x) => x.fromUserId), ['alice']);
    assert.equal((await control(server.url, '/_sandbox/messages')).status, 400);
  });

  it('POST verify: valid, unknown; expired after token/expire', async () => {
    assert.deepEqual((await control(server.url, '/_sandbox/verify', { token })).json, {
      status: 'valid', appKey: APP.appKey, userId: 'alice', issuedAt: START, expiresAt: START + 30 * DAY,
    });
    assert.deepEqual((await control(server.url, '/_sandbox/verify', { token: 'nope' })).json, { status: 'unknown' });
    await send('/user/token/expire.json', [['userId', 'alice'], ['time', String(START + 1)]]);
    assert.equal((await control(server.url, '/_sandbox/verify', { token })).json.status, 'expired');
  });

  it('POST online: checkOnline follows', async () => {
    assert.equal((await control(server.url, '/_sandbox/online', { userId: 'bob', online: true })).status, 200);
    assert.equal((await send('/user/checkOnline.json', [['userId', 'bob']])).json.status, '1');
    await control(server.url, '/_sandbox/online', { userId: 'bob', online: false });
    assert.equal((await send('/user/checkOnline.json', [['userId', 'bob']])).json.status, '0');
    const other = await control(server.url, '/_sandbox/online', { userId: 'bob', online: true, app: OTHER.appKey });
    assert.equal(other.status, 200);
    assert.equal((await call(server.url, OTHER, '/user/checkOnline.json', [['userId', 'bob']])).json.status, '1');
    assert.equal((await send('/user/checkOnline.json', [['userId', 'bob']])).json.status, '0', 'per app');
  });

  it('POST clock: a block runs out and a token expires without waiting', async () => {
    const r = await control(server.url, '/_sandbox/clock', { advanceMs: 5 * MINUTE });
    assert.deepEqual(r.json, { now: START + 5 * MINUTE });
    assert.deepEqual((await send('/user/block/query.json')).json.users, []);
    const bobToken = (server.model.app(APP.appKey).users.get('bob')?.lastToken) ?? '';
    await control(server.url, '/_sandbox/clock', { advanceMs: 30 * DAY });
    assert.equal(server.verifyToken(bobToken).status, 'expired');
    assert.equal((await control(server.url, '/_sandbox/clock', { advanceMs: -1 })).status, 400);
  });

  it('refuses what it does not know: 404 path, 405 method, 400 body, 404 app', async () => {
    assert.equal((await control(server.url, '/_sandbox/nothing')).status, 404);
    const wrong = await control(server.url, '/_sandbox/state', {});
    assert.equal(wrong.status, 405);
    const res = await fetch(`${server.url}/_sandbox/verify`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{not json' });
    assert.equal(res.status, 400);
    assert.match(((await res.json()) as { error: string }).error, /not JSON/);
    assert.equal((await control(server.url, '/_sandbox/verify', {})).status, 400);
    assert.equal((await control(server.url, '/_sandbox/state?app=missing')).status, 404);
  });

  it('POST reset: everything is forgotten; the same userId registers again', async () => {
    assert.deepEqual((await control(server.url, '/_sandbox/reset', {})).json, { reset: true });
    const state = await control(server.url, '/_sandbox/state');
    for (const app of state.json.apps as Array<Record<string, unknown[]>>) {
      for (const key of ['users', 'tokens', 'blocks', 'groups', 'messages']) assert.deepEqual(app[key], [], key);
    }
    assert.equal((await send('/user/getToken.json', [['userId', 'alice'], ['name', 'Alice']])).json.code, 200);
  });
});

describe('sandbox control turned off', () => {
  it('inspect: false answers 404 under /_sandbox/, saying how to turn it on; the Rong API still works', async () => {
    const server = await SandboxServer.start({ apps: [APP], inspect: false });
    try {
      const r = await control(server.url, '/_sandbox/state');
      assert.equal(r.status, 404);
      assert.match(String(r.json.error), /--inspect/);
      assert.equal((await call(server.url, APP, '/user/getToken.json', [['userId', 'x'], ['name', 'X']])).json.code, 200);
    } finally {
      await server.stop();
    }
  });
});
