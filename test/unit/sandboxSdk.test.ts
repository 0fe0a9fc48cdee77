/**
 * The official Node SDK (`rongcloud-sdk` 3.1.1, a client nobody here wrote) against the sandbox, for
 * every call it has for the sandbox's endpoints. The SDK takes its host from `api` (lib/request.js:
 * `{{domain}}/{{url}}.json`), so it is pointed at the sandbox's URL. It signs once at load (a fixed
 * nonce and a timestamp in seconds): the sandbox accepts both. It resolves (never rejects) with the
 * body on success and with its own mapping of the body code on failure (1004 → "签名错误").
 * The same script runs under both behaviours; only the second User.register differs.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { SandboxServer, type Behaviour } from '../../src/sandbox/server';

type Result = { code: number | string; msg?: string; [k: string]: unknown };
type Call = (arg?: unknown) => Promise<Result>;
interface RongSdk {
  User: {
    register: Call; update: Call;
    Block: { add: Call; remove: Call; getList: Call };
    Blacklist: { add: Call; remove: Call; getList: Call };
    OnlineStatus: { get: Call };
  };
  Message: { Private: { send: Call }; System: { send: Call }; Group: { send: Call } };
  Group: { create: Call; join: Call; quit: Call; dismiss: Call; get: Call };
}

const sdkInit = createRequire(__filename)('rongcloud-sdk') as (config: { appkey: string; secret: string; api: string }) => RongSdk;
const APP = { appKey: 'sdk-app', appSecret: 'sdk-secret-7d1f' };

function ok(r: Result, what: string): void {
  assert.equal(r.code, 200, `${what}: ${JSON.stringify(r)}`);
}

for (const behaviour of ['contract', 'realService'] as Behaviour[]) {
  describe(`official Node SDK against the sandbox (${behaviour})`, () => {
    let server: SandboxServer;
    let rong: RongSdk;

    before(async () => {
      server = await SandboxServer.start({ apps: [APP], behaviour });
      rong = sdkInit({ appkey: APP.appKey, secret: APP.appSecret, api: server.url });
    });
    after(() => server.stop());

    it('User.register, then again: contract → 1004, which the SDK reports as its signature error; realService → a fresh token', async () => {
      const user = { id: 'sdk-u1', name: 'Martin', portrait: 'http://image.rongcloud.cn/portrait.png' };
      const first = await rong.User.register({ ...user });
      ok(first, 'User.register');
      assert.equal(first.userId, 'sdk-u1');
      assert.equal(typeof first.token, 'string');
      const second = await rong.User.register({ ...user, name: 'Martin 2' });
      if (behaviour === 'contract') {
        assert.equal(second.code, '20000', JSON.stringify(second)); // the SDK's mapping of 1004
        assert.match(second.msg ?? '', /签名错误/);
        assert.equal(server.model.app(APP.appKey).users.get('sdk-u1')?.name, 'Martin');
      } else {
        ok(second, 'User.register again');
        assert.notEqual(second.token, first.token);
        assert.equal(server.model.app(APP.appKey).users.get('sdk-u1')?.name, 'Martin 2');
      }
    });

    it('User.update changes the name and portrait', async () => {
      ok(await rong.User.register({ id: 'sdk-u2', name: 'Before', portrait: 'http://x.test/1.png' }), 'User.register');
      ok(await rong.User.update({ id: 'sdk-u2', name: 'After', portrait: 'http://x.test/2.png' }), 'User.update');
      const user = server.model.app(APP.appKey).users.get('sdk-u2');
      assert.equal(user?.name, 'After');
      assert.equal(user?.portraitUri, 'http://x.test/2.png');
    });

    it('User.Block.add / getList / remove', async () => {
      ok(await rong.User.Block.add({ id: 'sdk-u2', minute: 10 }), 'Block.add');
      const list = await rong.User.Block.getList();
      ok(list, 'Block.getList');
      assert.deepEqual((list.users as Array<{ userId: string }>).map((u) => u.userId), ['sdk-u2']);
      ok(await rong.User.Block.remove({ id: 'sdk-u2' }), 'Block.remove');
      assert.deepEqual((await rong.User.Block.getList()).users, []);
    });

    it('User.Blacklist.add / getList / remove', async () => {
      ok(await rong.User.Blacklist.add({ id: 'sdk-u1', blacklist: [{ id: 'sdk-b1' }, { id: 'sdk-b2' }] }), 'Blacklist.add');
      const list = await rong.User.Blacklist.getList({ id: 'sdk-u1' });
      ok(list, 'Blacklist.getList');
      assert.deepEqual(list.users, [{ id: 'sdk-b1' }, { id: 'sdk-b2' }]); // the SDK maps the strings to {id}
      ok(await rong.User.Blacklist.remove({ id: 'sdk-u1', blacklist: [{ id: 'sdk-b1' }] }), 'Blacklist.remove');
      assert.deepEqual((await rong.User.Blacklist.getList({ id: 'sdk-u1' })).users, [{ id: 'sdk-b2' }]);
    });

    it('User.OnlineStatus.get: "0", then "1" once the sandbox marks the user online', async () => {
      const off = await rong.User.OnlineStatus.get({ id: 'sdk-u1' });
      ok(off, 'OnlineStatus.get');
      assert.equal(off.status, '0');
      await server.setOnline('sdk-u1', true);
      assert.equal((await rong.User.OnlineStatus.get({ id: 'sdk-u1' })).status, '1');
    });

    it('Message.Private.send, Message.System.send and Message.Group.send are kept', async () => {
      const sent = await rong.Message.Private.send({ senderId: 'sdk-u1', targetId: 'sdk-u2', objectName: 'RC:TxtMsg', content: { content: 'hello 你好' } });
      ok(sent, 'Private.send');
      ok(await rong.Message.System.send({ senderId: 'sdk-u1', targetId: ['sdk-u2', 'sdk-u3'], objectName: 'RC:TxtMsg', content: { content: 'notice' } }), 'System.send');
      ok(await rong.Group.create({ id: 'sdk-g1', name: 'SDK group', members: [{ id: 'sdk-u1' }, { id: 'sdk-u2' }] }), 'Group.create');
      ok(await rong.Message.Group.send({ senderId: 'sdk-u1', targetId: 'sdk-g1', objectName: 'RC:TxtMsg', content: { content: 'to all' } }), 'Group.send');
      const messages = server.model.app(APP.appKey).messages;
      assert.deepEqual(messages.map((m) => [m.kind, m.recipients.map((r) => r.userId)]), [
        ['private', ['sdk-u2']],
        ['system', ['sdk-u2', 'sdk-u3']],
        ['group', ['sdk-u2']],
      ]);
      assert.equal(JSON.parse(messages[0].content).content, 'hello 你好');
    });

    it('Group.create / join / get / quit / dismiss', async () => {
      ok(await rong.Group.create({ id: 'sdk-g2', name: 'Team', members: [{ id: 'm1' }, { id: 'm2' }] }), 'Group.create');
      ok(await rong.Group.join({ id: 'sdk-g2', name: 'Team', member: { id: 'm3' } }), 'Group.join');
      const got = await rong.Group.get({ id: 'sdk-g2' });
      ok(got, 'Group.get');
      assert.deepEqual(got.members, [{ id: 'm1' }, { id: 'm2' }, { id: 'm3' }]); // the SDK renames users → members
      ok(await rong.Group.quit({ id: 'sdk-g2', member: { id: 'm2' } }), 'Group.quit');
      assert.deepEqual((await rong.Group.get({ id: 'sdk-g2' })).members, [{ id: 'm1' }, { id: 'm3' }]);
      ok(await rong.Group.dismiss({ id: 'sdk-g2', member: { id: 'm1' } }), 'Group.dismiss');
      assert.equal(server.model.app(APP.appKey).groups.has('sdk-g2'), false);
    });
  });
}
