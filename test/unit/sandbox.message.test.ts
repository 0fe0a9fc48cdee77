/**
 * Issue 19, message slice: every /message/…, /statusmessage/… and /v3/message/… endpoint answered from
 * state over real HTTP. Requests use the parameter names the official SDKs send and the answers are read
 * with the field names their result models parse (named next to each assertion), not our contract data.
 */
import { after, before, describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SandboxServer } from '../../src/sandbox/server';
import { HANDLERS, handlerFor } from '../../src/sandbox/handlers';
import { MESSAGE_ENDPOINTS } from '../../src/core/contract/message';
import { CHATROOM_MEMBERS, CHATROOMS } from '../../src/sandbox/model/tables';
import { call, control, manualClock, request, type Reply } from './support/sandboxClient';

const APP = { appKey: 'message-app', appSecret: 'message-secret' };
const START = Date.UTC(2025, 0, 1, 0, 0, 0);
const TXT = 'RC:TxtMsg';
const text = (s: string) => JSON.stringify({ content: s });
type Pairs = Array<[string, string]>;

function expectOk(r: Reply): void {
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.code, 200, r.text);
}

function expectCode(r: Reply, code: number, detail?: RegExp): void {
  assert.equal(r.json.code, code, r.text);
  if (detail) assert.match(r.json.errorMessage ?? '', detail);
}

interface HistoryEntry { targetId: string; fromUserId: string; messageUID: string; msgTime: number; objectName: string; content: string; expansion: boolean; extraContent: string; busChannel?: string }
type UidEntry = { userId?: string; groupId?: string; chatroomId?: string; messageUID: string };

describe('sandbox messages', () => {
  const clock = manualClock(START);
  let server: SandboxServer;
  const send = (path: string, pairs: Pairs = []) => call(server.url, APP, path, pairs);
  /** Java QueryHistoryMessageModel (numbers and a Boolean; Go's all-string body is the todo test below). */
  const goHistory = async (path: string, userId: string, targetId: string, from: number, to: number, extra: Record<string, unknown> = {}) => {
    const r = await request(server.url, APP, path, {
      json: { userId, targetId, startTime: from, endTime: to, includeStart: true, ...extra },
    });
    expectOk(r);
    return r.json.data as HistoryEntry[]; // Go HistoryMessageResponse.data, Java QueryHistoryMessageResult.data
  };
  const tick = (ms = 1000) => clock.advance(ms);
  const privateSend = async (from: string, to: string[], content: string, extra: Pairs = []) => {
    const r = await send('/message/private/publish.json', [['fromUserId', from], ...to.map((t): [string, string] => ['toUserId', t]), ['objectName', TXT], ['content', content], ...extra]);
    expectOk(r);
    return r.json.messageUIDs as UidEntry[]; // Go MessageResult.messageUIDs, Java MessageResult.messageUIDs
  };

  before(async () => {
    server = await SandboxServer.start({ apps: [APP], clock });
  });
  after(() => server.stop());

  it('a private send with Go’s send options answers messageUIDs [{userId, messageUID}]; history shows it from both sides, extensions included', async () => {
    tick();
    // What Go PrivateSend sends with its options: isCounted 0/1, disablePush/expansion true/false, extraContent JSON.
    const uids = await privateSend('alice', ['bob', 'carol'], text('hi'), [['isCounted', '1'], ['disablePush', 'false'], ['expansion', 'true'], ['extraContent', '{"k":"v"}'], ['pushContent', 'p']]);
    assert.deepEqual(uids.map((u) => u.userId), ['bob', 'carol']);
    assert.notEqual(uids[0].messageUID, uids[1].messageUID);
    const fromAlice = await goHistory('/v3/message/private/query.json', 'alice', 'bob', START, START + 60_000);
    assert.deepEqual(fromAlice, [{ targetId: 'bob', fromUserId: 'alice', messageUID: uids[0].messageUID, msgTime: START + 1000, objectName: TXT, content: text('hi'), expansion: true, extraContent: '{"k":"v"}', busChannel: '' }]);
    const fromBob = await goHistory('/v3/message/private/query.json', 'bob', 'alice', START, START + 60_000);
    assert.equal(fromBob.length, 1);
    assert.equal(fromBob[0].messageUID, uids[0].messageUID);
    assert.deepEqual(await goHistory('/v3/message/private/query.json', 'bob', 'carol', START, START + 60_000), [], 'bob and carol exchanged nothing');
    assert.equal(server.model.app(APP.appKey).messagesByUID.get(uids[1].messageUID)?.options?.pushContent, 'p', 'the send options are kept');
  });

  it('history is by time, oldest first, pageSize at a time; the next page starts after the last msgTime (includeStart false); as Java sends it', async () => {
    clock.set(START + 100_000);
    for (const n of [1, 2, 3]) {
      tick();
      await privateSend('dan', ['erin'], text(`m${n}`));
    }
    const first = await goHistory('/v3/message/private/query.json', 'erin', 'dan', START + 100_000, START + 200_000, { pageSize: 2 });
    assert.deepEqual(first.map((m) => JSON.parse(m.content).content), ['m1', 'm2']);
    const next = await request(server.url, APP, '/v3/message/private/query.json', { json: { userId: 'erin', targetId: 'dan', startTime: first[1].msgTime, endTime: START + 200_000, pageSize: 2, includeStart: false } });
    expectOk(next);
    assert.deepEqual((next.json.data as HistoryEntry[]).map((m) => JSON.parse(m.content).content), ['m3']);
    const atStart = await request(server.url, APP, '/v3/message/private/query.json', { json: { userId: 'erin', targetId: 'dan', startTime: first[0].msgTime, endTime: first[0].msgTime, includeStart: false } });
    assert.deepEqual(atStart.json.data, [], 'includeStart false leaves out the message sent at startTime');
    const over = await request(server.url, APP, '/v3/message/private/query.json', { json: { userId: 'erin', targetId: 'dan', startTime: START, endTime: START + 200_000, pageSize: 101, includeStart: true } });
    expectCode(over, 1003, /at most 100/);
  });

  it('recall marks the message recalled: history leaves it out; an unknown UID or another conversation is 1003; a second recall is 200', async () => {
    clock.set(START + 300_000);
    const [{ messageUID }] = await privateSend('fay', ['gus'], text('oops'));
    const goRecall = (uid: string, targetId: string, type = '1'): Promise<Reply> =>
      send('/message/recall.json', [['fromUserId', 'fay'], ['conversationType', type], ['targetId', targetId], ['messageUID', uid], ['disablePush', 'false']]);
    expectCode(await goRecall('NONE-NONE-NONE-NONE', 'gus'), 1003, /no message/);
    expectCode(await goRecall(messageUID, 'someone-else'), 1003, /not in conversation/);
    expectCode(await goRecall(messageUID, 'gus', '3'), 1003);
    assert.equal((await goHistory('/v3/message/private/query.json', 'gus', 'fay', START + 300_000, START + 400_000)).length, 1);
    expectOk(await goRecall(messageUID, 'gus'));
    assert.deepEqual(await goHistory('/v3/message/private/query.json', 'gus', 'fay', START + 300_000, START + 400_000), []);
    expectOk(await goRecall(messageUID, 'gus'));
  });

  it('private/modify replaces the content history answers; only the sender may, else 1003', async () => {
    clock.set(START + 500_000);
    const [{ messageUID }] = await privateSend('hal', ['ivy'], text('draft'));
    // Java ModifyPrivateMessage → fromUserId, targetId, msgUID, content.
    expectCode(await send('/message/private/modify.json', [['fromUserId', 'ivy'], ['targetId', 'hal'], ['msgUID', messageUID], ['content', text('forged')]]), 1003, /not sent by/);
    expectOk(await send('/message/private/modify.json', [['fromUserId', 'hal'], ['targetId', 'ivy'], ['msgUID', messageUID], ['objectName', TXT], ['content', text('final')]]));
    const [m] = await goHistory('/v3/message/private/query.json', 'ivy', 'hal', START + 500_000, START + 600_000);
    assert.equal(m.content, text('final'));
  });

  it('expansion set/delete/query: query answers extraContent {key: {v, ts}}; 100 keys a call and 300 a message are the limits (1003 past them)', async () => {
    clock.set(START + 700_000);
    const [{ messageUID }] = await privateSend('jay', ['kim'], text('x'), [['expansion', 'true']]);
    const set = (json: string) => send('/message/expansion/set.json', [['msgUID', messageUID], ['userId', 'kim'], ['conversationType', '1'], ['targetId', 'jay'], ['extraKeyVal', json], ['isSyncSender', '0']]);
    tick(5);
    expectOk(await set('{"k1":"v1","k2":"v2"}'));
    const query = async (page = '1') => {
      const r = await send('/message/expansion/query.json', [['msgUID', messageUID], ['pageNo', page]]);
      expectOk(r);
      return r.json.extraContent as Record<string, { v: string; ts: number }>; // Go QueryMessageExpansion: val["v"] string, val["ts"] float64
    };
    assert.deepEqual(await query(), { k1: { v: 'v1', ts: START + 700_005 }, k2: { v: 'v2', ts: START + 700_005 } });
    // Go DeleteMessageExpansion: extraKey a JSON array of keys.
    expectOk(await send('/message/expansion/delete.json', [['msgUID', messageUID], ['userId', 'kim'], ['conversationType', '1'], ['targetId', 'jay'], ['extraKey', '["k1"]'], ['isSyncSender', '0']]));
    assert.deepEqual(Object.keys(await query()), ['k2']);
    const [h] = await goHistory('/v3/message/private/query.json', 'jay', 'kim', START + 700_000, START + 800_000);
    assert.equal(h.extraContent, '{"k2":"v2"}');
    const keys = (from: number, n: number) => JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [`x${from + i}`, 'v'])));
    expectCode(await set(keys(0, 101)), 1003, /at most 100/);
    expectOk(await set(keys(0, 100)));
    expectOk(await set(keys(100, 100)));
    expectCode(await set(keys(200, 100)), 1003, /at most 300/); // 201 + 100 keys
    expectOk(await set(keys(200, 99)));
    assert.equal(Object.keys(await query('3')).length, 100);
    expectCode(await send('/message/expansion/set.json', [['msgUID', messageUID], ['userId', 'kim'], ['conversationType', '2'], ['targetId', 'jay'], ['extraKeyVal', '{"a":"b"}']]), 1003, /1 \(one-to-one\) or 3/);
    expectCode(await send('/message/expansion/query.json', [['msgUID', 'NONE-NONE-NONE-NONE']]), 1003);
  });

  it('group sends keep one message per group (messageUIDs [{groupId, messageUID}]); group history shows a member what reached it; more than 3 groups is 1003', async () => {
    clock.set(START + 900_000);
    expectOk(await send('/group/create.json', [['userId', 'g-a'], ['userId', 'g-b'], ['groupId', 'grp1'], ['groupName', 'One']]));
    expectOk(await send('/group/create.json', [['userId', 'g-a'], ['userId', 'g-c'], ['groupId', 'grp2'], ['groupName', 'Two']]));
    tick();
    const r = await send('/message/group/publish.json', [['fromUserId', 'g-a'], ['toGroupId', 'grp1'], ['toGroupId', 'grp2'], ['objectName', TXT], ['content', text('both')], ['isMentioned', '0'], ['isPersisted', '1']]);
    expectOk(r);
    const uids = r.json.messageUIDs as UidEntry[]; // Go MessageUIDEntry.groupId
    assert.deepEqual(uids.map((u) => u.groupId), ['grp1', 'grp2']);
    const seen = await goHistory('/v3/message/group/query.json', 'g-b', 'grp1', START + 900_000, START + 1_000_000);
    assert.deepEqual(seen.map((m) => [m.targetId, m.messageUID]), [['grp1', uids[0].messageUID]]);
    assert.deepEqual(await goHistory('/v3/message/group/query.json', 'g-b', 'grp2', START + 900_000, START + 1_000_000), [], 'g-b is not in grp2');
    const four: Pairs = ['g1', 'g2', 'g3', 'g4'].map((g) => ['toGroupId', g]);
    expectCode(await send('/message/group/publish.json', [['fromUserId', 'g-a'], ...four, ['objectName', TXT], ['content', text('x')]]), 1003);
    expectOk(await send('/message/group/modify.json', [['fromUserId', 'g-a'], ['groupId', 'grp1'], ['msgUID', uids[0].messageUID], ['content', text('edited')]]));
    assert.equal((await goHistory('/v3/message/group/query.json', 'g-b', 'grp1', START + 900_000, START + 1_000_000))[0].content, text('edited'));
    expectOk(await send('/message/recall.json', [['fromUserId', 'g-a'], ['conversationType', '3'], ['targetId', 'grp1'], ['messageUID', uids[0].messageUID]]));
    assert.deepEqual(await goHistory('/v3/message/group/query.json', 'g-b', 'grp1', START + 900_000, START + 1_000_000), []);
  });

  // The count codes are the contract data's (userIdParam: 1005); no SDK or docs page names another.
  it('1,000 recipients pass and 1,001 are refused; a system send takes 100 and answers messageUIDs too', async () => {
    const users = (n: number): Pairs => Array.from({ length: n }, (_, i) => ['toUserId', `r${i}`]);
    expectOk(await send('/message/private/publish.json', [['fromUserId', 'boss'], ...users(1000), ['objectName', TXT], ['content', text('all')]]));
    expectCode(await send('/message/private/publish.json', [['fromUserId', 'boss'], ...users(1001), ['objectName', TXT], ['content', text('all')]]), 1005);
    const sys = await send('/message/system/publish.json', [['fromUserId', 'boss'], ...users(100), ['objectName', TXT], ['content', text('sys')], ['disablePush', 'false']]);
    expectOk(sys);
    assert.equal((sys.json.messageUIDs as UidEntry[]).length, 100); // Go SystemSend parses MessageResult
    expectCode(await send('/message/system/publish.json', [['fromUserId', 'boss'], ...users(101), ['objectName', TXT], ['content', text('sys')]]), 1005);
  });

  it('broadcast reaches every registered user (kind broadcast) and answers messageUID; broadcast/recall recalls it; online broadcast reaches the online ones', async () => {
    for (const u of ['b1', 'b2', 'b3']) expectOk(await send('/user/getToken.json', [['userId', u], ['name', u]]));
    const r = await send('/message/broadcast.json', [['fromUserId', 'b1'], ['objectName', TXT], ['content', text('to all')]]);
    expectOk(r);
    const uid = r.json.messageUID as string; // Go MessageResult.messageUID, Java BroadcastResult.messageUID
    const kept = server.model.app(APP.appKey).messagesByUID.get(uid);
    assert.equal(kept?.kind, 'broadcast');
    assert.deepEqual(kept?.recipients.map((x) => x.userId), ['b2', 'b3']);
    // Go MessageBroadcastRecallByMessageUID: fromUserId, messageUID, sentTime (its 0 is the todo test below), isAdmin, isDelete, extra.
    expectOk(await send('/message/broadcast/recall.json', [['fromUserId', 'b1'], ['messageUID', uid], ['isAdmin', '0'], ['isDelete', '0'], ['extra', 'x']]));
    assert.notEqual(server.model.app(APP.appKey).messagesByUID.get(uid)?.recalledAt, undefined);
    expectCode(await send('/message/broadcast/recall.json', [['fromUserId', 'b1'], ['messageUID', 'NONE-NONE-NONE-NONE']]), 1003);
    assert.equal((await control(server.url, '/_sandbox/online', { userId: 'b3', online: true, app: APP.appKey })).status, 200);
    const online = await send('/message/online/broadcast.json', [['fromUserId', 'b1'], ['objectName', TXT], ['content', text('online')]]);
    expectOk(online);
    assert.deepEqual(server.model.app(APP.appKey).messagesByUID.get(online.json.messageUID as string)?.recipients.map((x) => x.userId), ['b3']);
  });

  it('status messages reach only online recipients and never appear in history', async () => {
    clock.set(START + 2_000_000);
    const r = await send('/statusmessage/private/publish.json', [['fromUserId', 'b1'], ['toUserId', 'b3'], ['toUserId', 'b2'], ['objectName', 'Custom:Typing'], ['content', '{}'], ['verifyBlacklist', '0'], ['isIncludeSender', '0']]);
    expectOk(r);
    const uids = r.json.messageUIDs as UidEntry[];
    const kept = server.model.app(APP.appKey).messagesByUID.get(uids[0].messageUID);
    assert.deepEqual(kept?.recipients.map((x) => [x.userId, x.delivered]), [['b3', true], ['b2', false]]);
    assert.deepEqual(await goHistory('/v3/message/private/query.json', 'b3', 'b1', START + 2_000_000, START + 2_100_000), []);
    expectOk(await send('/statusmessage/group/publish.json', [['fromUserId', 'g-a'], ['toGroupId', 'grp1'], ['objectName', 'Custom:Typing'], ['content', '{}']]));
  });

  it('a private template send fills each recipient’s content and push from its values (Go TemplateMsgContent) and answers a messageUID each; counts that differ are 1003', async () => {
    clock.set(START + 3_000_000);
    // What Go PrivateSendTemplate sends: a JSON body with arrays.
    const body = {
      fromUserId: 'teacher', objectName: TXT, content: JSON.stringify({ content: '{name} scored {score}' }),
      toUserId: ['s1', 's2'], values: [{ '{name}': 'Ming', '{score}': '90' }, { '{name}': 'Hong "H"', '{score}': '95' }],
      pushContent: ['{name}, your score', '{name}, yours'], pushData: ['d1', 'd2'], verifyBlacklist: 0, contentAvailable: 0, disablePush: false, isCounted: 1,
    };
    const r = await request(server.url, APP, '/message/private/publish_template.json', { json: body });
    expectOk(r);
    const uids = r.json.messageUIDs as UidEntry[];
    assert.deepEqual(uids.map((u) => u.userId), ['s1', 's2']);
    const [m1] = await goHistory('/v3/message/private/query.json', 's1', 'teacher', START + 3_000_000, START + 3_100_000);
    assert.equal(JSON.parse(m1.content).content, 'Ming scored 90');
    const [m2] = await goHistory('/v3/message/private/query.json', 's2', 'teacher', START + 3_000_000, START + 3_100_000);
    assert.equal(JSON.parse(m2.content).content, 'Hong "H" scored 95');
    assert.equal(server.model.app(APP.appKey).messagesByUID.get(uids[1].messageUID)?.options?.pushContent, 'Hong "H", yours');
    expectCode(await request(server.url, APP, '/message/private/publish_template.json', { json: { ...body, values: [{ '{name}': 'only one' }] } }), 1003, /values holds 1 entries for 2/);
    const { isCounted: _privateOnly, ...systemBody } = body; // Go sends isCounted on the private template only
    const sys = await request(server.url, APP, '/message/system/publish_template.json', { json: { ...systemBody, toUserId: ['s3'], values: [{ '{name}': 'Z' }], pushContent: ['{name}'], pushData: ['d'] } });
    expectOk(sys);
    assert.equal(server.model.app(APP.appKey).messagesByUID.get((sys.json.messageUIDs as UidEntry[])[0].messageUID)?.kind, 'system');
  });

  it('chatroom publish reaches the members (messageUIDs [{chatroomId, messageUID}]) and chatroom history shows it; chatroom broadcast reaches every chatroom', async () => {
    clock.set(START + 4_000_000);
    // Chatrooms and members are other endpoints' state (chatroom/create, /_sandbox/clients/join): put as their records would.
    server.model.apply({ t: 'put', app: APP.appKey, table: CHATROOMS, scope: '', key: 'room1', value: { name: 'Room', createdAt: START } });
    server.model.apply({ t: 'put', app: APP.appKey, table: CHATROOM_MEMBERS, scope: 'room1', key: 'm1', value: { joinedAt: START } });
    const r = await send('/message/chatroom/publish.json', [['fromUserId', 'host'], ['toChatroomId', 'room1'], ['objectName', TXT], ['content', text('welcome')], ['isPersisted', '1'], ['isIncludeSender', '0']]);
    expectOk(r);
    const [entry] = r.json.messageUIDs as UidEntry[]; // Go MessageUIDEntry.chatroomId
    assert.equal(entry.chatroomId, 'room1');
    assert.deepEqual(server.model.app(APP.appKey).messagesByUID.get(entry.messageUID)?.recipients.map((x) => x.userId), ['m1']);
    const seen = await goHistory('/v3/message/chatroom/query.json', 'anyone', 'room1', START + 4_000_000, START + 4_100_000);
    assert.deepEqual(seen.map((m) => m.messageUID), [entry.messageUID]);
    tick();
    expectOk(await send('/message/chatroom/broadcast.json', [['fromUserId', 'host'], ['objectName', TXT], ['content', text('all rooms')]]));
    assert.equal((await goHistory('/v3/message/chatroom/query.json', 'anyone', 'room1', START + 4_000_000, START + 4_100_000)).length, 2);
    expectOk(await send('/message/discussion/publish.json', [['fromUserId', 'host'], ['toDiscussionId', 'd1'], ['objectName', TXT], ['content', text('d')]]));
  });

  it('history.json answers a URL for an hour with messages (url, date: Go History, Java HistoryMessageResult) and "" once that hour is deleted', async () => {
    const hour = '2025010108'; // START is 00:00 UTC, 08:00 in UTC+8
    const r = await send('/message/history.json', [['date', hour]]);
    expectOk(r);
    assert.match(r.json.url as string, /^https:\/\/sandbox\.invalid\/.+2025010108\.zip$/);
    assert.equal(r.json.date, hour);
    assert.equal((await send('/message/history.json', [['date', '2024010100']])).json.url, '');
    expectOk(await send('/message/history/delete.json', [['date', hour]]));
    assert.equal((await send('/message/history.json', [['date', hour]])).json.url, '');
  });

  // What the Go SDK sends that the request reader still refuses (not this slice's files; reported to the lead).
  it('Go’s history body (every field a JSON string) is read', async () => {
    // Go sdk/message.go buildQueryHistoryMessageBody: a map[string]string, so startTime, endTime, includeStart and pageSize are JSON strings.
    const body = { userId: 'dan', targetId: 'erin', startTime: String(START), endTime: String(START + 200_000), includeStart: 'true', pageSize: '1' };
    const r = await request(server.url, APP, '/v3/message/private/query.json', { json: body });
    expectOk(r);
    const data = r.json.data as HistoryEntry[]; // Go HistoryMessageResponse.data
    assert.equal(data.length, 1, 'pageSize "1" is read as 1');
    assert.equal(JSON.parse(data[0].content).content, 'm1', 'the oldest of dan’s three messages comes first');
    const after = await request(server.url, APP, '/v3/message/private/query.json', { json: { ...body, startTime: String(data[0].msgTime), includeStart: 'false' } });
    expectOk(after);
    assert.equal(JSON.parse((after.json.data as HistoryEntry[])[0].content).content, 'm2', 'includeStart "false" is read as false');
    expectCode(await request(server.url, APP, '/v3/message/private/query.json', { json: { ...body, startTime: 'soon' } }), 1003, /startTime/);
  });

  it('Go’s recall with sentTime 0 (PrivateRecall without a time) is accepted', async () => {
    // Go sdk/message.go PrivateRecall / MessageBroadcastRecall send sentTime as strconv of the caller's value: 0 when none is given.
    const uid = (await privateSend('fay', ['gus'], text('oops')))[0].messageUID;
    expectOk(await send('/message/recall.json', [['fromUserId', 'fay'], ['conversationType', '1'], ['targetId', 'gus'], ['messageUID', uid], ['sentTime', '0']]));
    assert.notEqual(server.model.app(APP.appKey).messagesByUID.get(uid)?.recalledAt, undefined, 'the message is recalled');
    expectCode(await send('/message/recall.json', [['fromUserId', 'fay'], ['conversationType', '1'], ['targetId', 'gus'], ['messageUID', 'NONE-NONE-NONE-NONE'], ['sentTime', '0']]), 1003, /no message/);
  });

  it('Go’s template send with empty pushData entries is accepted', async () => {
    clock.set(START + 4_000_000);
    // Go sdk/message.go PrivateSendTemplate: pushData is one entry per TemplateMsgContent, "" when its PushData is unset.
    const r = await request(server.url, APP, '/message/private/publish_template.json', {
      json: { fromUserId: 't', objectName: TXT, content: text('{n}'), toUserId: ['s9'], values: [{ '{n}': 'x' }], pushContent: ['p'], pushData: [''] },
    });
    expectOk(r);
    const [m] = await goHistory('/v3/message/private/query.json', 's9', 't', START + 4_000_000, START + 4_100_000);
    assert.equal(JSON.parse(m.content).content, 'x', 'the message is kept');
  });

  it('every endpoint of the message module has exactly one handler', () => {
    for (const e of MESSAGE_ENDPOINTS) {
      assert.equal(handlerFor(e)?.endpoint.id, e.id, e.id);
      assert.equal(HANDLERS.filter((h) => h.endpoint.id === e.id).length, 1, e.id);
    }
  });
});

describe('sandbox messages: kept across a restart (the journal)', () => {
  async function folder(t: TestContext): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'rong-message-'));
    t.after(() => rm(dir, { recursive: true, force: true }));
    return dir;
  }

  it('sends, extensions, modifications and recalls written before a stop are answered after a start', async (t) => {
    const statePath = join(await folder(t), 'state.journal');
    const clock = manualClock(START);
    const first = await SandboxServer.start({ apps: [APP], statePath, clock });
    let keep = '';
    let gone = '';
    try {
      const a = await call(first.url, APP, '/message/private/publish.json', [['fromUserId', 'u1'], ['toUserId', 'u2'], ['objectName', TXT], ['content', text('keep')]]);
      keep = (a.json.messageUIDs as UidEntry[])[0].messageUID;
      clock.advance(1000);
      const b = await call(first.url, APP, '/message/private/publish.json', [['fromUserId', 'u1'], ['toUserId', 'u2'], ['objectName', TXT], ['content', text('gone')]]);
      gone = (b.json.messageUIDs as UidEntry[])[0].messageUID;
      expectOk(await call(first.url, APP, '/message/expansion/set.json', [['msgUID', keep], ['userId', 'u2'], ['conversationType', '1'], ['targetId', 'u1'], ['extraKeyVal', '{"seen":"yes"}']]));
      expectOk(await call(first.url, APP, '/message/private/modify.json', [['fromUserId', 'u1'], ['targetId', 'u2'], ['msgUID', keep], ['content', text('kept')]]));
      expectOk(await call(first.url, APP, '/message/recall.json', [['fromUserId', 'u1'], ['conversationType', '1'], ['targetId', 'u2'], ['messageUID', gone]]));
    } finally {
      await first.stop();
    }
    const again = await SandboxServer.start({ apps: [APP], statePath, clock });
    try {
      const r = await request(again.url, APP, '/v3/message/private/query.json', { json: { userId: 'u2', targetId: 'u1', startTime: START, endTime: START + 10_000, includeStart: true } });
      expectOk(r);
      const data = r.json.data as HistoryEntry[];
      assert.deepEqual(data.map((m) => [m.messageUID, m.content, m.extraContent]), [[keep, text('kept'), '{"seen":"yes"}']]);
      const q = await call(again.url, APP, '/message/expansion/query.json', [['msgUID', keep]]);
      assert.deepEqual(q.json.extraContent, { seen: { v: 'yes', ts: START + 1000 } });
    } finally {
      await again.stop();
    }
  });
});
