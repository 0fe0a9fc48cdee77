/**
 * The official Node SDK (`rongcloud-sdk` in node_modules, a client nobody here wrote) against a started
 * sandbox, in both behaviours: every function it exports (found by walking its module objects, see
 * support/nodeSdk.ts) is called in scenario order per module (create before read before delete), and
 * what a write did is asserted through the SDK's own later reads. Expected fields are the SDK's result
 * fields after its own renames (its lib/**\/index.js `.then` blocks and docs/**\/*.md answers), not our
 * contract data. The SDK resolves with the body (or its mapping of a failure), so every call's `code`
 * is asserted. The last test fails when a function the SDK exports was not called.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { SandboxServer } from '../../src/sandbox/server';
import { BEHAVIOURS } from '../../src/sandbox/handlers/types';
import { call, control, manualClock } from './support/sandboxClient';
import { initSdk, sdkCalls, SDK_VERSION, type SdkCall } from './support/nodeSdk';

type Result = { code?: number | string; msg?: string; [k: string]: unknown };
type Row = Record<string, unknown>;

const APP = { appKey: 'nsdk-app', appSecret: 'nsdk-secret-4c2e' };
// 2026-01-05 02:00 UTC is 10:00 in UTC+8, the hour History.get names as yyyyMMddHH (docs/message/history.md).
const START = Date.UTC(2026, 0, 5, 2, 0, 0);
const HOUR = '2026010510';
const [U1, U2, U3, U4] = ['nsdk-u1', 'nsdk-u2', 'nsdk-u3', 'nsdk-u4'];
const G1 = 'nsdk-g1';
const G2 = 'nsdk-g2';
const C1 = 'nsdk-c1';
const C2 = 'nsdk-c2';

/** The `key` of each row; a missing list is empty, anything else that is not a list is shown as itself (so it fails). */
/** A value in a problem line, clipped: a 404's msg goes on to list every simulated path. */
const show = (v: unknown): string => JSON.stringify(v)?.slice(0, 120) ?? 'undefined';

const ids = (rows: unknown, key = 'id'): string[] =>
  rows === undefined ? [] : Array.isArray(rows) ? (rows as Row[]).map((r) => String(r?.[key])) : [`not a list: ${JSON.stringify(rows)}`];

for (const behaviour of BEHAVIOURS) {
  describe(`official Node SDK ${SDK_VERSION} against the sandbox (${behaviour}): every function, state read back`, () => {
    let server: SandboxServer;
    let byName = new Map<string, SdkCall>();
    const called = new Set<string>();
    const clock = manualClock(START);
    /** The UIDs of messages sent here, for the recalls (the Go SDK's MessageResult: messageUID / messageUIDs[].messageUID). */
    const sent = new Map<string, { uid: string; at: number }>();

    /** Calls one SDK function by its discovered name; a rejection (the SDK's own check) becomes the result. */
    async function sdk(name: string, ...args: unknown[]): Promise<Result> {
      const fn = byName.get(name);
      assert.ok(fn, `the SDK exports no ${name}`);
      called.add(name);
      try {
        return ((await fn.fn(...args)) ?? { code: 'no result' }) as Result;
      } catch (err) {
        return { code: 'rejected by the SDK', msg: JSON.stringify(err) };
      }
    }
    /** What went wrong in the running scenario: collected, so that one failure does not hide the calls after it. */
    let problems: string[] = [];
    function same(actual: unknown, expected: unknown, what = ''): void {
      if (!isDeepStrictEqual(actual, expected)) problems.push(`${what || 'read back'}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`.slice(0, 300));
    }
    function truthy(value: boolean, what: string): void {
      if (!value) problems.push(what.slice(0, 300));
    }
    /** Runs one scenario to its end, then fails with every problem it met (a thrown error ends it early). */
    async function scenario(body: () => Promise<void>): Promise<void> {
      problems = [];
      try {
        await body();
      } catch (err) {
        problems.push(`stopped: ${err instanceof Error ? err.message : String(err)}`);
      }
      assert.deepEqual(problems, []);
    }
    async function ok(name: string, ...args: unknown[]): Promise<Result> {
      const r = await sdk(name, ...args);
      // Only the msg's start: a 404's msg goes on to list every simulated path.
      if (r.code !== 200) problems.push(`${name}: code ${String(r.code)} ${String(r.msg ?? r.errorMessage ?? '').slice(0, 110)}`);
      return r;
    }
    function uidOf(r: Result, what: string): string {
      const uid = r.messageUID ?? (r.messageUIDs as Row[] | undefined)?.[0]?.messageUID;
      same(typeof uid, 'string', `${what} answered no messageUID (the Go SDK's MessageResult reads one): ${show(r)}`);
      return String(uid);
    }

    /** Whether the sandbox's store marks the message recalled. */
    const recalled = (uid: string | undefined): boolean => server.model.app(APP.appKey).messagesByUID.get(uid ?? '')?.recalledAt !== undefined;

    before(async () => {
      server = await SandboxServer.start({ apps: [APP], behaviour, clock });
      // The SDK keeps one config per process: each behaviour's suite repoints it at its own sandbox.
      byName = new Map(sdkCalls(initSdk({ appkey: APP.appKey, secret: APP.appSecret, api: server.url })).map((c) => [c.name, c]));
    });
    after(() => server.stop());

    // ---- user (lib/user/**) ----
    it('User.register gives each user a token; User.update renames, read back by /user/info.json', () => scenario(async () => {
      for (const [id, name] of [[U1, 'Ada'], [U2, 'Brook'], [U3, 'Chen'], [U4, 'Dana']]) {
        const r = await ok('User.register', { id, name, portrait: `http://x.test/${id}.png` });
        // docs/user/user.md: the answer carries userId and token.
        same(r.userId, id);
        same(typeof r.token, 'string');
      }
      await ok('User.update', { id: U1, name: 'Ada L', portrait: 'http://x.test/ada2.png' });
      // The Node SDK has no profile read: the Go SDK's UserInfoResult (sdk/user.go) reads userName/userPortrait.
      const info = await call(server.url, APP, '/user/info.json', [['userId', U1]]);
      same(info.json.code, 200, info.text);
      same(info.json.userName, 'Ada L');
      same(info.json.userPortrait, 'http://x.test/ada2.png');
    }));

    it('User.OnlineStatus.get: 0 until the client connects, then 1', () => scenario(async () => {
      // docs/user/online-status.md: status 1 online, 0 offline (compared as a number: the live service writes a string).
      same(Number((await ok('User.OnlineStatus.get', { id: U1 })).status), 0);
      same((await control(server.url, '/_sandbox/online', { userId: U1, online: true, app: APP.appKey })).status, 200);
      same(Number((await ok('User.OnlineStatus.get', { id: U1 })).status), 1);
    }));

    it('User.Block.add / getList / remove', () => scenario(async () => {
      await ok('User.Block.add', { id: U4, minute: 10 });
      // lib/user/block/index.js passes the body through: users[].userId (docs/user/block.md).
      same(ids((await ok('User.Block.getList')).users, 'userId'), [U4]);
      await ok('User.Block.remove', { id: U4 });
      same(ids((await ok('User.Block.getList')).users, 'userId'), []);
    }));

    it('User.Blacklist.add / getList / remove', () => scenario(async () => {
      await ok('User.Blacklist.add', { id: U1, blacklist: [{ id: U3 }, { id: U4 }] });
      // lib/user/blacklist/index.js maps the ids in `users` to {id}.
      same(ids((await ok('User.Blacklist.getList', { id: U1 })).users).sort(), [U3, U4]);
      await ok('User.Blacklist.remove', { id: U1, blacklist: [{ id: U3 }] });
      same(ids((await ok('User.Blacklist.getList', { id: U1 })).users), [U4]);
      await ok('User.Blacklist.remove', { id: U1, blacklist: [{ id: U4 }] });
    }));

    it('User.Tag.set / batchSet / getList / remove / batchRemove', () => scenario(async () => {
      await ok('User.Tag.set', { id: U1, tags: ['music', 'chess'] });
      await ok('User.Tag.batchSet', { users: [{ id: U2 }, { id: U3 }], tags: ['go'] });
      // lib/user/tag/index.js renames the answer's `result` (userId → tags) to `tags`.
      const tags = (await ok('User.Tag.getList', [{ id: U1 }, { id: U2 }, { id: U3 }])).tags as Record<string, string[]>;
      same(tags?.[U1]?.slice().sort(), ['chess', 'music'], show(tags));
      same(tags?.[U2], ['go']);
      same(tags?.[U3], ['go']);
      // Tag.remove and batchRemove send `tags: []`; docs user/tag/set-user-tag and batch-set-user-tag: an empty array clears the tags.
      await ok('User.Tag.remove', { id: U1 });
      await ok('User.Tag.batchRemove', { users: [{ id: U2 }, { id: U3 }] });
      const after = (await ok('User.Tag.getList', [{ id: U1 }, { id: U2 }])).tags as Record<string, string[]>;
      same(after?.[U1] ?? [], [], show(after));
      same(after?.[U2] ?? [], []);
    }));

    // ---- sensitive words (lib/sensitive) ----
    it('Sensitive.add / getList / remove', () => scenario(async () => {
      await ok('Sensitive.add', { type: 0, keyword: 'spamword', replace: '***' });
      await ok('Sensitive.add', { type: 1, keyword: 'blockword' });
      // docs/sensitive/sensitive.md: words[] of {type, word, replaceWord}; type 0 replaces, 1 blocks.
      const words = ((await ok('Sensitive.getList')).words ?? []) as Row[];
      const spam = words.find((w) => w.word === 'spamword');
      same(spam?.replaceWord, '***', show(words));
      same(Number(spam?.type), 0);
      same(Number(words.find((w) => w.word === 'blockword')?.type), 1, show(words));
      await ok('Sensitive.remove', { keywords: ['spamword', 'blockword'] });
      same(ids((await ok('Sensitive.getList')).words, 'word').filter((w) => w.endsWith('word')), []);
    }));

    // ---- one-to-one and system messages (lib/message/private, system, history) ----
    it('Message.Private.send then Message.Private.recall of the UID it answered', () => scenario(async () => {
      clock.advance(1000);
      const r = await ok('Message.Private.send', { senderId: U1, targetId: U2, objectName: 'RC:TxtMsg', content: { content: 'hello' } });
      sent.set('private', { uid: uidOf(r, 'Message.Private.send'), at: clock.now() });
      clock.advance(1000);
      const m = sent.get('private');
      await ok('Message.Private.recall', { senderId: U1, targetId: U2, uId: m?.uid, sentTime: String(m?.at) });
      // The Node SDK reads no recall back: the kept message is marked (what the Rong Sandbox view shows).
      truthy(recalled(m?.uid), `message ${m?.uid} is not marked recalled`);
    }));

    it('Message.Private.sendTemplate, Message.System.send / sendTemplate / broadcast', () => scenario(async () => {
      const template = { senderId: U1, objectName: 'RC:TxtMsg', template: { content: 'code {c}' } };
      const content = { [U2]: { data: { '{c}': '1' }, push: 'p1', pushData: 'd1' }, [U3]: { data: { '{c}': '2' }, push: 'p2', pushData: 'd2' } };
      await ok('Message.Private.sendTemplate', { ...template, content });
      await ok('Message.System.sendTemplate', { ...template, content: structuredClone(content) });
      await ok('Message.System.send', { senderId: U1, targetId: U2, objectName: 'RC:TxtMsg', content: { content: 'notice' } });
      await ok('Message.System.broadcast', { senderId: U1, objectName: 'RC:TxtMsg', content: { content: 'to all' } });
    }));

    it('Message.History.get names the hour and answers its log url; Message.History.remove', () => scenario(async () => {
      // docs/message/history.md: the answer has `url` (the hour's log file, or empty).
      const r = await ok('Message.History.get', { date: HOUR });
      same(typeof r.url, 'string', show(r));
      await ok('Message.History.remove', { date: HOUR });
    }));

    it('Message.Discussion.send then Message.Discussion.recall', () => scenario(async () => {
      await ok('Message.Discussion.send', { senderId: U1, targetId: 'nsdk-d1', objectName: 'RC:TxtMsg', content: { content: 'hi' } });
      // The discussion send answers no UID (docs/message/*.md: code only; the Go SDK has no discussion send): the store names it.
      const kept = server.model.app(APP.appKey).messages.find((m) => m.targetId === 'nsdk-d1');
      truthy(kept !== undefined, 'Message.Discussion.send kept no message');
      await ok('Message.Discussion.recall', { senderId: U1, targetId: 'nsdk-d1', uId: kept?.messageUID, sentTime: String(kept?.sentAt ?? clock.now()) });
      truthy(recalled(kept?.messageUID), 'the discussion message is not marked recalled');
    }));

    it('Conversation.mute and Conversation.unmute (PRIVATE)', () => scenario(async () => {
      await ok('Conversation.mute', { type: 'PRIVATE', targetId: U2, userId: U1 });
      await ok('Conversation.unmute', { type: 'PRIVATE', targetId: U2, userId: U1 });
    }));

    // ---- group (lib/group/**) ----
    it('Group.create, Group.get lists the members; Group.join adds, Group.quit removes; Group.update, Group.sync', () => scenario(async () => {
      await ok('Group.create', { id: G1, name: 'Group One', members: [{ id: U1 }, { id: U2 }] });
      // lib/group/index.js renames `users` to `members` (docs/group/group.md: members[].id).
      same(ids((await ok('Group.get', { id: G1 })).members).sort(), [U1, U2]);
      await ok('Group.join', { id: G1, name: 'Group One', member: { id: U3 } });
      same(ids((await ok('Group.get', { id: G1 })).members).sort(), [U1, U2, U3]);
      await ok('Group.quit', { id: G1, member: { id: U3 } });
      same(ids((await ok('Group.get', { id: G1 })).members).sort(), [U1, U2]);
      await ok('Group.update', { id: G1, name: 'Group 1' });
      await ok('Group.sync', { id: U4, groups: [{ id: G2, name: 'Group Two' }] });
      // sync makes U4 a member of G2 (docs/group/group.md: the user's groups as the app knows them).
      same(ids((await ok('Group.get', { id: G2 })).members), [U4]);
    }));

    it('Group.Gag and Group.Mute.Member (both /group/user/gag/*): add / getList / remove', () => scenario(async () => {
      await ok('Group.Gag.add', { id: G1, members: [{ id: U2 }], minute: 60 });
      await ok('Group.Mute.Member.add', { id: G1, members: [{ id: U1 }], minute: 60 });
      // lib/group/{gag,mute-member}/index.js rename `users` to `members` and userId to id.
      same(ids((await ok('Group.Gag.getList', { id: G1 })).members).sort(), [U1, U2]);
      await ok('Group.Gag.remove', { id: G1, members: [{ id: U2 }] });
      same(ids((await ok('Group.Mute.Member.getList', { id: G1 })).members), [U1]);
      await ok('Group.Mute.Member.remove', { id: G1, members: [{ id: U1 }] });
      same(ids((await ok('Group.Mute.Member.getList', { id: G1 })).members), []);
    }));

    it('Group.Mute.All: add / getList / remove', () => scenario(async () => {
      await ok('Group.Mute.All.add', { groups: [{ id: G1 }] });
      // lib/group/mute-all-member/index.js renames groupinfo → groups, groupId → id, stat → isMuted.
      const groups = ((await ok('Group.Mute.All.getList')).groups ?? []) as Row[];
      same(ids(groups), [G1], show(groups));
      same(Number(groups[0]?.isMuted), 1);
      await ok('Group.Mute.All.remove', { groups: [{ id: G1 }] });
      same(ids((await ok('Group.Mute.All.getList')).groups), []);
    }));

    it('Group.Mute.Whitelist: add / getList / remove', () => scenario(async () => {
      await ok('Group.Mute.Whitelist.add', { id: G1, members: [{ id: U2 }] });
      // lib/group/mute-whitelist/index.js maps the answer's userIds to members [{id}].
      same(ids((await ok('Group.Mute.Whitelist.getList', { id: G1 })).members), [U2]);
      await ok('Group.Mute.Whitelist.remove', { id: G1, members: [{ id: U2 }] });
      same(ids((await ok('Group.Mute.Whitelist.getList', { id: G1 })).members), []);
    }));

    it('Message.Group.send / sendMention, then Message.Group.recall of the UID it answered', () => scenario(async () => {
      clock.advance(1000);
      const r = await ok('Message.Group.send', { senderId: U1, targetId: G1, objectName: 'RC:TxtMsg', content: { content: 'hello group' } });
      await ok('Message.Group.sendMention', {
        senderId: U1, targetId: G1, objectName: 'RC:TxtMsg', content: { content: '@Brook', mentionedInfo: { type: 2, userIds: [U2] } },
      });
      const uid = uidOf(r, 'Message.Group.send');
      await ok('Message.Group.recall', { senderId: U1, targetId: G1, uId: uid, sentTime: String(clock.now()) });
      truthy(recalled(uid), `message ${uid} is not marked recalled`);
    }));

    it('Group.dismiss: Group.get no longer lists the members', () => scenario(async () => {
      await ok('Group.dismiss', { id: G1, member: { id: U1 } });
      const r = await sdk('Group.get', { id: G1 });
      // No source names the answer for a dismissed group: it must at least not list the old members.
      truthy(r.code !== 200 || ids(r.members).length === 0, show(r));
    }));

    // ---- chatroom (lib/chatroom/**) ----
    it('Chatroom.create, clients join, Chatroom.get lists them and Chatroom.isExist tells who is in', () => scenario(async () => {
      await ok('Chatroom.create', [{ id: C1, name: 'Room 1' }, { id: C2, name: 'Room 2' }]);
      // lib/chatroom/index.js renames `users` to `members` (docs/chatroom/chatroom.md: total, members[].id).
      const empty = await ok('Chatroom.get', { id: C1, count: 10, order: 1 });
      same(Number(empty.total), 0, show(empty));
      for (const userId of [U1, U2]) {
        const joined = await control(server.url, '/_sandbox/clients/join', { userId, chatroomId: C1, app: APP.appKey });
        same(joined.status, 200, show(joined.json));
      }
      const full = await ok('Chatroom.get', { id: C1, count: 10, order: 1 });
      same(Number(full.total), 2, show(full));
      same(ids(full.members).sort(), [U1, U2]);
      // lib/chatroom/index.js isExist renames `result` to `members` and userId to id; isInChrm 1 / 0.
      const exist = ((await ok('Chatroom.isExist', { id: C1, members: [{ id: U1 }, { id: U3 }] })).members ?? []) as Row[];
      same(exist.map((m) => [m.id, Number(m.isInChrm)]), [[U1, 1], [U3, 0]]);
    }));

    it('Chatroom.Block: add / getList / remove', () => scenario(async () => {
      await ok('Chatroom.Block.add', { id: C1, members: [{ id: U1 }], minute: 10 });
      // lib/chatroom/block/index.js renames users → members, userId → id.
      same(ids((await ok('Chatroom.Block.getList', { id: C1 })).members), [U1]);
      await ok('Chatroom.Block.remove', { id: C1, members: [{ id: U1 }] });
      same(ids((await ok('Chatroom.Block.getList', { id: C1 })).members), []);
    }));

    it('Chatroom.Gag: add / getList / remove', () => scenario(async () => {
      await ok('Chatroom.Gag.add', { id: C1, members: [{ id: U2 }], minute: 10 });
      // lib/chatroom/gag/index.js renames users → members, userId → id.
      same(ids((await ok('Chatroom.Gag.getList', { id: C1 })).members), [U2]);
      await ok('Chatroom.Gag.remove', { id: C1, members: [{ id: U2 }] });
      same(ids((await ok('Chatroom.Gag.getList', { id: C1 })).members), []);
    }));

    it('Chatroom.Ban (every chatroom): add / getList / remove', () => scenario(async () => {
      await ok('Chatroom.Ban.add', { members: [{ id: U3 }], minute: 10 });
      // lib/chatroom/ban/index.js renames users → members, userId → id.
      same(ids((await ok('Chatroom.Ban.getList')).members), [U3]);
      await ok('Chatroom.Ban.remove', { members: [{ id: U3 }] });
      same(ids((await ok('Chatroom.Ban.getList')).members), []);
    }));

    it('Chatroom.KeepAlive: add / getList / remove', () => scenario(async () => {
      await ok('Chatroom.KeepAlive.add', { id: C1 });
      // lib/chatroom/keepalive/index.js renames chatroomIds → chatrooms.
      same((await ok('Chatroom.KeepAlive.getList')).chatrooms, [C1]);
      await ok('Chatroom.KeepAlive.remove', { id: C1 });
      same((await ok('Chatroom.KeepAlive.getList')).chatrooms ?? [], []);
    }));

    it('Chatroom.Demotion (message priorities): add / getList / remove', () => scenario(async () => {
      await ok('Chatroom.Demotion.add', { msgs: ['RC:ImgMsg', 'RC:VcMsg'] });
      // docs/chatroom/demotion.md: objectNames.
      same(((await ok('Chatroom.Demotion.getList')).objectNames as string[])?.slice().sort(), ['RC:ImgMsg', 'RC:VcMsg']);
      await ok('Chatroom.Demotion.remove', { msgs: ['RC:ImgMsg', 'RC:VcMsg'] });
      same((await ok('Chatroom.Demotion.getList')).objectNames ?? [], []);
    }));

    it('Chatroom.Whitelist.Message: add / getList / remove', () => scenario(async () => {
      await ok('Chatroom.Whitelist.Message.add', { msgs: ['RC:TxtMsg'] });
      // lib/chatroom/whitelist/message.js renames whitlistMsgType → objectNames.
      same((await ok('Chatroom.Whitelist.Message.getList')).objectNames, ['RC:TxtMsg']);
      await ok('Chatroom.Whitelist.Message.remove', { msgs: ['RC:TxtMsg'] });
      same((await ok('Chatroom.Whitelist.Message.getList')).objectNames ?? [], []);
    }));

    it('Chatroom.Whitelist.User: add / getList / remove', () => scenario(async () => {
      await ok('Chatroom.Whitelist.User.add', { id: C1, members: [{ id: U1 }] });
      // lib/chatroom/whitelist/user.js maps the ids in `users` to members [{id}].
      same(ids((await ok('Chatroom.Whitelist.User.getList', { id: C1 })).members), [U1]);
      await ok('Chatroom.Whitelist.User.remove', { id: C1, members: [{ id: U1 }] });
      same(ids((await ok('Chatroom.Whitelist.User.getList', { id: C1 })).members), []);
    }));

    it('Chatroom.Distribute.stop / resume, Message.Chatroom.send / broadcast', () => scenario(async () => {
      await ok('Chatroom.Distribute.stop', { id: C1 });
      await ok('Chatroom.Distribute.resume', { id: C1 });
      await ok('Message.Chatroom.send', { senderId: U1, targetId: C1, objectName: 'RC:TxtMsg', content: { content: 'hi room' } });
      await ok('Message.Chatroom.broadcast', { senderId: U1, objectName: 'RC:TxtMsg', content: { content: 'hi rooms' } });
    }));

    it('Chatroom.destory and Chatroom.destroy (one function, two names): Chatroom.get no longer lists the members', () => scenario(async () => {
      await ok('Chatroom.destory', { id: C2 });
      await ok('Chatroom.destroy', { id: C1 });
      const r = await sdk('Chatroom.get', { id: C1, count: 10, order: 1 });
      // No source names the answer for a destroyed chatroom: it must at least not list its members.
      truthy(r.code !== 200 || ids(r.members).length === 0, show(r));
    }));

    // ---- push (lib/push) ----
    it('Push.push and Push.message (to a tag)', () => scenario(async () => {
      const push = { platform: ['ios', 'android'], audience: { tag: ['music'], is_to_all: false }, notification: { alert: 'hello' } };
      await ok('Push.push', push);
      // docs/push/push.md: the answer has the push's id.
      const r = await ok('Push.message', { ...structuredClone(push), fromUserId: U1, message: { content: '{"content":"hi"}', objectName: 'RC:TxtMsg' } });
      same(typeof r.id, 'string', show(r));
    }));

    it('every function the SDK exports was called in this behaviour', () => {
      assert.ok(byName.size >= 82, `found ${byName.size}`);
      assert.deepEqual([...byName.keys()].filter((n) => !called.has(n)), []);
    });
  });
}
