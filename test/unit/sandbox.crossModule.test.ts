/**
 * Rules that cross the sandbox's modules, so that it behaves as one Rong app: state built through
 * the Server API (and the simulated clients) as an SDK would, and its effect read back elsewhere.
 * - delusers removes the user everywhere (records.ts userDelete);
 * - /conversation/message/history/clean.json hides history from the /v3/message/…/query reads;
 * - the user whitelist and one-to-one chat mutes screen private sends;
 * - chatroom blocks and mutes, stopped distribution, group and ultragroup mutes stop a simulated client.
 * Field names read back are the SDKs': Go UserQueryItem/userId, GroupUser id, HistoryMessage
 * (messageUID, content), Java PagingQueryWhitelistResult users, blacklist users, checkOnline status.
 */
import { after, before, describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SandboxServer } from '../../src/sandbox/server';
import { call, control, manualClock, MINUTE, request, type Reply } from './support/sandboxClient';

const APP = { appKey: 'cross-app', appSecret: 'cross-secret' };
const START = Date.UTC(2025, 7, 1);

type Json = Record<string, unknown>;

/** An RC:TxtMsg content (the Server API checks content is JSON), and its text read back. */
const txt = (text: string) => JSON.stringify({ content: text });
const text = (m: Json) => (JSON.parse(m.content as string) as { content: string }).content;

function expectOk(r: Reply): Reply {
  assert.equal(r.json.code, 200, JSON.stringify(r.json));
  return r;
}

describe('sandbox rules across modules', () => {
  const clock = manualClock(START);
  let server: SandboxServer;
  const send = (path: string, pairs: Array<[string, string]> = []) => call(server.url, APP, path, pairs);
  const verify = async (token: string) => (await control(server.url, '/_sandbox/verify', { token })).json.status;
  const client = (action: string, body: Json) => control(server.url, `/_sandbox/clients/${action}`, body);
  /** Go's v3 history body (JSON), as message tests send it. */
  const history = async (kind: 'private' | 'group' | 'chatroom', userId: string, targetId: string) => {
    const r = await request(server.url, APP, `/v3/message/${kind}/query.json`, { json: { userId, targetId, startTime: START, endTime: START + 100 * MINUTE, includeStart: true, pageSize: 100 } });
    assert.equal(r.json.code, 200, JSON.stringify(r.json));
    return (r.json.data as Json[]).map(text);
  };

  before(async () => {
    server = await SandboxServer.start({ apps: [APP], clock });
  });
  after(() => server.stop());

  it('delusers removes the user everywhere: its token is unknown, its group memberships, blacklist, whitelist entries, online state and deactivation go; getToken registers it afresh', async () => {
    const old = expectOk(await send('/user/getToken.json', [['userId', 'dx'], ['name', 'Old']]));
    expectOk(await send('/user/getToken.json', [['userId', 'dy'], ['name', 'Y']]));
    expectOk(await send('/group/create.json', [['userId', 'dx'], ['userId', 'dy'], ['groupId', 'dg'], ['groupName', 'G']]));
    expectOk(await send('/user/blacklist/add.json', [['userId', 'dx'], ['blackUserId', 'dy']]));
    expectOk(await send('/user/whitelist/add.json', [['userId', 'dy'], ['whiteUserId', 'dx']]));
    assert.equal((await control(server.url, '/_sandbox/online', { app: APP.appKey, userId: 'dx', online: true })).status, 200);
    expectOk(await send('/user/deactivate.json', [['userId', 'dx']]));
    assert.equal(await verify(old.json.token as string), 'valid');

    clock.advance(MINUTE);
    expectOk(await send('/user/delusers.json', [['userId', 'dx']]));
    // The token of a removed user verifies as one never issued.
    assert.equal(await verify(old.json.token as string), 'unknown');
    // Go GroupUserQuery reads users[].id.
    assert.deepEqual((expectOk(await send('/group/user/query.json', [['groupId', 'dg']])).json.users as Json[]).map((u) => u.id), ['dy']);
    // Go/Java blacklist query read users.
    assert.deepEqual(expectOk(await send('/user/blacklist/query.json', [['userId', 'dx']])).json.users, []);
    // Java PagingQueryWhitelistResult.users: dx is no longer on dy's whitelist.
    assert.deepEqual(expectOk(await send('/user/whitelist/query.json', [['userId', 'dy']])).json.users, []);
    // Go CheckOnlineResult.status.
    assert.equal(expectOk(await send('/user/checkOnline.json', [['userId', 'dx']])).json.status, '0');
    assert.deepEqual(expectOk(await send('/user/deactivate/query.json', [])).json.users, []);
    assert.equal((await send('/user/info.json', [['userId', 'dx']])).json.code, 1003);

    clock.advance(MINUTE);
    // Not deactivated any more (that went with the user): a fresh registration, created now.
    const again = expectOk(await send('/user/getToken.json', [['userId', 'dx'], ['name', 'New']]));
    assert.equal(await verify(again.json.token as string), 'valid');
    assert.equal(await verify(old.json.token as string), 'unknown');
    const info = expectOk(await send('/user/info.json', [['userId', 'dx']]));
    assert.equal(info.json.userName, 'New');
    assert.equal(info.json.createTime, '2025-08-01 08:02:00', 'createTime is the new registration (UTC+8)');
  });

  it('history/clean hides the messages sent before its time from that user’s v3 history, and a chatroom’s from everyone', async () => {
    const priv = (content: string) => send('/message/private/publish.json', [['fromUserId', 'ha'], ['toUserId', 'hb'], ['objectName', 'RC:TxtMsg'], ['content', txt(content)]]);
    expectOk(await priv('p1'));
    clock.advance(1000);
    const cut = clock.now();
    expectOk(await priv('p2'));
    expectOk(await send('/group/create.json', [['userId', 'ha'], ['userId', 'hb'], ['groupId', 'hg'], ['groupName', 'H']]));
    expectOk(await send('/message/group/publish.json', [['fromUserId', 'ha'], ['toGroupId', 'hg'], ['objectName', 'RC:TxtMsg'], ['content', txt('g1')]]));
    expectOk(await send('/chatroom/create_new.json', [['chatroomId', 'hroom']]));
    expectOk(await send('/message/chatroom/publish.json', [['fromUserId', 'ha'], ['toChatroomId', 'hroom'], ['objectName', 'RC:TxtMsg'], ['content', txt('c1')]]));
    clock.advance(1000);
    expectOk(await send('/message/group/publish.json', [['fromUserId', 'ha'], ['toGroupId', 'hg'], ['objectName', 'RC:TxtMsg'], ['content', txt('g2')]]));
    expectOk(await send('/message/chatroom/publish.json', [['fromUserId', 'ha'], ['toChatroomId', 'hroom'], ['objectName', 'RC:TxtMsg'], ['content', txt('c2')]]));

    assert.deepEqual(await history('private', 'hb', 'ha'), ['p1', 'p2']);
    // hb clears the one-to-one conversation before `cut`: p1 goes for hb only.
    expectOk(await send('/conversation/message/history/clean.json', [['conversationType', '1'], ['fromUserId', 'hb'], ['targetId', 'ha'], ['msgTimestamp', String(cut)]]));
    assert.deepEqual(await history('private', 'hb', 'ha'), ['p2']);
    assert.deepEqual(await history('private', 'ha', 'hb'), ['p1', 'p2'], 'the other side keeps its history');

    // A group clean without msgTimestamp clears everything sent so far, for that user.
    expectOk(await send('/conversation/message/history/clean.json', [['conversationType', '3'], ['fromUserId', 'hb'], ['targetId', 'hg']]));
    clock.advance(1000);
    expectOk(await send('/message/group/publish.json', [['fromUserId', 'ha'], ['toGroupId', 'hg'], ['objectName', 'RC:TxtMsg'], ['content', txt('g3')]]));
    assert.deepEqual(await history('group', 'hb', 'hg'), ['g3']);
    assert.deepEqual(await history('group', 'ha', 'hg'), ['g1', 'g2', 'g3']);

    // A chatroom's clean is everyone's.
    expectOk(await send('/conversation/message/history/clean.json', [['conversationType', '4'], ['fromUserId', 'ha'], ['targetId', 'hroom'], ['msgTimestamp', String(cut + 1)]]));
    assert.deepEqual(await history('chatroom', 'zz', 'hroom'), ['c2']);
  });

  it('a whitelist in force lets only its users reach the owner (a client always, private/publish with verifyBlacklist), and beats the blacklist', async () => {
    expectOk(await send('/user/whitelist/add.json', [['userId', 'wown'], ['whiteUserId', 'wfriend']]));
    // On both lists: the whitelist wins (docs v4 server/user/whitelist).
    expectOk(await send('/user/blacklist/add.json', [['userId', 'wown'], ['blackUserId', 'wfriend']]));
    const publish = (from: string, content: string, verifyBlacklist: string) =>
      send('/message/private/publish.json', [['fromUserId', from], ['toUserId', 'wown'], ['objectName', 'RC:TxtMsg'], ['content', txt(content)], ['verifyBlacklist', verifyBlacklist]]);
    expectOk(await publish('wfriend', 'from-friend', '1'));
    expectOk(await publish('wstranger', 'from-stranger-checked', '1'));
    expectOk(await publish('wstranger', 'from-stranger-unchecked', '0'));
    assert.equal((await client('send', { fromUserId: 'wstranger', toUserId: 'wown', objectName: 'RC:TxtMsg', content: txt('client-stranger') })).status, 200, 'kept, not delivered');
    assert.equal((await client('send', { fromUserId: 'wfriend', toUserId: 'wown', objectName: 'RC:TxtMsg', content: txt('client-friend') })).status, 200);
    assert.deepEqual(await history('private', 'wown', 'wfriend'), ['from-friend', 'client-friend']);
    assert.deepEqual(await history('private', 'wown', 'wstranger'), ['from-stranger-unchecked']);
    // Off the whitelist (now empty): the blacklist counts again, so wfriend is kept out.
    expectOk(await send('/user/whitelist/remove.json', [['userId', 'wown'], ['whiteUserId', 'wfriend']]));
    assert.equal((await client('send', { fromUserId: 'wfriend', toUserId: 'wown', objectName: 'RC:TxtMsg', content: txt('after-removal') })).status, 200);
    assert.deepEqual(await history('private', 'wown', 'wfriend'), ['from-friend', 'client-friend']);
  });

  it('a user muted in one-to-one chats cannot send privately from a client (403 naming the rule); the Server API still sends for it; unmuting lets it send', async () => {
    expectOk(await send('/user/chat/fb/set.json', [['userId', 'mute1'], ['state', '1'], ['type', 'PERSON']]));
    const refused = await client('send', { fromUserId: 'mute1', toUserId: 'mpeer', objectName: 'RC:TxtMsg', content: txt('blocked') });
    assert.equal(refused.status, 403);
    assert.match(String(refused.json.error), /one-to-one chats \(\/user\/chat\/fb\/set\.json\)/);
    expectOk(await send('/message/private/publish.json', [['fromUserId', 'mute1'], ['toUserId', 'mpeer'], ['objectName', 'RC:TxtMsg'], ['content', txt('server')]]));
    assert.deepEqual(await history('private', 'mpeer', 'mute1'), ['server']);
    expectOk(await send('/user/chat/fb/set.json', [['userId', 'mute1'], ['state', '0'], ['type', 'PERSON']]));
    assert.equal((await client('send', { fromUserId: 'mute1', toUserId: 'mpeer', objectName: 'RC:TxtMsg', content: txt('free') })).status, 200);
  });

  it('chatrooms: a blocked user cannot join; a gagged, app-wide banned or whole-room muted user cannot send (the ban whitelist lifts the whole-room mute); stopped distribution keeps but delivers to nobody', async () => {
    expectOk(await send('/chatroom/create_new.json', [['chatroomId', 'cr']]));
    for (const u of ['c1', 'c2', 'c3', 'c4']) assert.equal((await client('join', { userId: u, chatroomId: 'cr' })).status, 200);
    const say = (from: string, content = 'hi') => client('send', { fromUserId: from, chatroomId: 'cr', objectName: 'RC:TxtMsg', content: txt(content) });

    expectOk(await send('/chatroom/user/block/add.json', [['chatroomId', 'cr'], ['userId', 'cblocked'], ['minute', '10']]));
    const blocked = await client('join', { userId: 'cblocked', chatroomId: 'cr' });
    assert.equal(blocked.status, 403);
    assert.match(String(blocked.json.error), /blocked from chatroom "cr"/);
    clock.advance(10 * MINUTE);
    assert.equal((await client('join', { userId: 'cblocked', chatroomId: 'cr' })).status, 200, 'the block ended by the clock');

    expectOk(await send('/chatroom/user/gag/add.json', [['chatroomId', 'cr'], ['userId', 'c1'], ['minute', '5']]));
    expectOk(await send('/chatroom/user/ban/add.json', [['userId', 'c2'], ['minute', '5']]));
    assert.equal((await say('c1')).status, 403);
    assert.equal((await say('c2')).status, 403);
    assert.equal((await say('c3')).status, 200);
    expectOk(await send('/chatroom/ban/add.json', [['chatroomId', 'cr']]));
    expectOk(await send('/chatroom/user/ban/whitelist/add.json', [['chatroomId', 'cr'], ['userId', 'c4']]));
    const roomMuted = await say('c3');
    assert.equal(roomMuted.status, 403);
    assert.match(String(roomMuted.json.error), /muted in chatroom "cr"/);
    assert.equal((await say('c4')).status, 200, 'on the ban whitelist');
    clock.advance(5 * MINUTE);
    assert.equal((await say('c1')).status, 403, 'the gag is over but the whole room is still muted');
    expectOk(await send('/chatroom/ban/rollback.json', [['chatroomId', 'cr']]));
    assert.equal((await say('c1')).status, 200);

    expectOk(await send('/chatroom/message/stopDistribution.json', [['chatroomId', 'cr']]));
    const stopped = await say('c3', 'undistributed');
    assert.equal(stopped.status, 200);
    // Every other member (c1, c2, c4, cblocked) has it not delivered.
    const toC1 = (await control(server.url, `/_sandbox/messages?app=${APP.appKey}&userId=c1`)).json.messages as Json[];
    assert.equal(toC1.find((m) => m.messageUID === stopped.json.messageUID)?.delivered, false);
    const room = (await control(server.url, `/_sandbox/messages?app=${APP.appKey}&chatroomId=cr`)).json.messages as Json[];
    assert.deepEqual((room.find((m) => m.messageUID === stopped.json.messageUID)?.recipients as Json[]).map((r) => r.delivered), [false, false, false, false]);
    expectOk(await send('/chatroom/message/resumeDistribution.json', [['chatroomId', 'cr']]));
    const resumed = await say('c3', 'distributed');
    const again = (await control(server.url, `/_sandbox/messages?app=${APP.appKey}&userId=c1`)).json.messages as Json[];
    assert.equal(again.find((m) => m.messageUID === resumed.json.messageUID)?.delivered, true);
    assert.ok((await history('chatroom', 'c1', 'cr')).includes('undistributed'), 'kept: history shows it');
  });

  it('groups: a member muted in the group or in every group, or in a muted group off its whitelist, cannot send from a client', async () => {
    expectOk(await send('/group/create.json', [['userId', 'g1'], ['userId', 'g2'], ['userId', 'g3'], ['groupId', 'gg'], ['groupName', 'G']]));
    const say = (from: string) => client('send', { fromUserId: from, groupId: 'gg', objectName: 'RC:TxtMsg', content: txt('hi') });
    expectOk(await send('/group/user/gag/add.json', [['userId', 'g1'], ['groupId', 'gg'], ['minute', '5']]));
    expectOk(await send('/group/user/gag/add.json', [['userId', 'g2'], ['minute', '0']]));
    const gagged = await say('g1');
    assert.equal(gagged.status, 403);
    assert.match(String(gagged.json.error), /muted in group "gg"/);
    assert.match(String((await say('g2')).json.error), /muted in every group/);
    assert.equal((await say('g3')).status, 200);
    expectOk(await send('/group/ban/add.json', [['groupId', 'gg']]));
    assert.equal((await say('g3')).status, 403);
    expectOk(await send('/group/user/ban/whitelist/add.json', [['groupId', 'gg'], ['userId', 'g3']]));
    assert.equal((await say('g3')).status, 200, 'the whitelist lifts the whole-group mute');
    clock.advance(5 * MINUTE);
    assert.equal((await say('g1')).status, 403, 'gag over, whole group still muted');
    // The Server API's group send is not stopped by the mutes.
    expectOk(await send('/message/group/publish.json', [['fromUserId', 'g1'], ['toGroupId', 'gg'], ['objectName', 'RC:TxtMsg'], ['content', txt('server')]]));
  });

  it('ultragroups: a member muted in the group or the channel, or in a muted group or channel off the whitelist, cannot send from a client', async () => {
    expectOk(await send('/ultragroup/create.json', [['userId', 'u1'], ['groupId', 'ug'], ['groupName', 'U']]));
    for (const u of ['u2', 'u3']) expectOk(await send('/ultragroup/join.json', [['userId', u], ['groupId', 'ug']]));
    expectOk(await send('/ultragroup/channel/create.json', [['groupId', 'ug'], ['busChannel', 'ch']]));
    const say = (from: string, channelId?: string) => client('send', { fromUserId: from, ultragroupId: 'ug', ...(channelId ? { channelId } : {}), objectName: 'RC:TxtMsg', content: txt('hi') });
    expectOk(await send('/ultragroup/userbanned/add.json', [['groupId', 'ug'], ['busChannel', 'ch'], ['userIds', 'u1']]));
    assert.equal((await say('u1')).status, 200, 'muted in the channel only');
    const inChannel = await say('u1', 'ch');
    assert.equal(inChannel.status, 403);
    assert.match(String(inChannel.json.error), /muted in ultragroup "ug"/);
    expectOk(await send('/ultragroup/globalbanned/set.json', [['groupId', 'ug'], ['busChannel', ''], ['status', 'true']]));
    assert.equal((await say('u2')).status, 403);
    assert.equal((await say('u2', 'ch')).status, 403, 'the whole group muted covers its channels');
    expectOk(await send('/ultragroup/banned/whitelist/add.json', [['groupId', 'ug'], ['userIds', 'u2']]));
    assert.equal((await say('u2')).status, 200);
    expectOk(await send('/ultragroup/globalbanned/set.json', [['groupId', 'ug'], ['busChannel', ''], ['status', 'false']]));
    assert.equal((await say('u3')).status, 200);
  });
});

describe('sandbox rules across modules survive a restart', () => {
  it('a deleted user stays deleted, a whitelist keeps screening and a cleared history stays cleared after a restart', async (t: TestContext) => {
    const dir = await mkdtemp(join(tmpdir(), 'sandbox-cross-'));
    t.after(() => rm(dir, { recursive: true, force: true }));
    const statePath = join(dir, 'state.json');
    const clock = manualClock(START);
    let server = await SandboxServer.start({ apps: [APP], clock, statePath });
    let running = true;
    t.after(() => (running ? server.stop() : undefined));
    const c = (path: string, pairs: Array<[string, string]>) => call(server.url, APP, path, pairs);
    const token = expectOk(await c('/user/getToken.json', [['userId', 'rgone'], ['name', 'R']])).json.token as string;
    expectOk(await c('/group/create.json', [['userId', 'rgone'], ['userId', 'rstay'], ['groupId', 'rg'], ['groupName', 'R']]));
    expectOk(await c('/user/delusers.json', [['userId', 'rgone']]));
    expectOk(await c('/user/whitelist/add.json', [['userId', 'rstay'], ['whiteUserId', 'rfriend']]));
    expectOk(await c('/message/private/publish.json', [['fromUserId', 'rfriend'], ['toUserId', 'rstay'], ['objectName', 'RC:TxtMsg'], ['content', txt('old')]]));
    clock.advance(1000);
    expectOk(await c('/conversation/message/history/clean.json', [['conversationType', '1'], ['fromUserId', 'rstay'], ['targetId', 'rfriend']]));
    running = false;
    await server.stop();

    server = await SandboxServer.start({ apps: [APP], clock, statePath });
    running = true;
    assert.equal((await control(server.url, '/_sandbox/verify', { token })).json.status, 'unknown');
    assert.deepEqual((expectOk(await c('/group/user/query.json', [['groupId', 'rg']])).json.users as Json[]).map((u) => u.id), ['rstay']);
    assert.equal((await control(server.url, '/_sandbox/clients/send', { fromUserId: 'rother', toUserId: 'rstay', objectName: 'RC:TxtMsg', content: txt('x') })).status, 200);
    clock.advance(1000); // the clean took everything up to its own millisecond
    expectOk(await c('/message/private/publish.json', [['fromUserId', 'rfriend'], ['toUserId', 'rstay'], ['objectName', 'RC:TxtMsg'], ['content', txt('new')]]));
    const h = await request(server.url, APP, '/v3/message/private/query.json', { json: { userId: 'rstay', targetId: 'rfriend', startTime: START, endTime: START + MINUTE, includeStart: true } });
    assert.deepEqual((h.json.data as Json[]).map(text), ['new'], 'the message before the clean stays hidden');
    const other = await request(server.url, APP, '/v3/message/private/query.json', { json: { userId: 'rstay', targetId: 'rother', startTime: START, endTime: START + MINUTE, includeStart: true } });
    assert.deepEqual(other.json.data, [], 'rother is not on the whitelist: its client message did not reach rstay');
  });
});
