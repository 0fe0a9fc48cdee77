/**
 * Issue 19, the push module answered from state over HTTP: the JSON bodies the Go SDK sends
 * (sdk/push.go Push and Broadcast, sdk/message.go PushNotification), the answers it parses (Go
 * PushResult: id, messageUID), each push kept as a row under its id with its audience, the system
 * message of a broadcast in the message store, limits, and a restart.
 */
import { after, before, describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PUSH_ENDPOINTS } from '../../src/core/contract/push';
import { handlerFor } from '../../src/sandbox/handlers';
import { PUSH_HANDLERS } from '../../src/sandbox/handlers/push';
import { PUSHES, type PushRow } from '../../src/sandbox/handlers/push/tables';
import { rows } from '../../src/sandbox/model/tables';
import { SandboxServer } from '../../src/sandbox/server';
import { call, manualClock, request, type Reply } from './support/sandboxClient';

const APP = { appKey: 'push-app', appSecret: 'push-secret' };

function expectOk(r: Reply): void {
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.code, 200, r.text);
}

/** What Go's json.Marshal writes for Push{PlatForm, Audience, Notification} (Audience always carries is_to_all and packageName). */
const goPush = (audience: Record<string, unknown>, alert = 'Hello') => ({
  platform: ['ios', 'android'],
  audience: { packageName: '', is_to_all: false, ...audience },
  notification: { alert, ios: { title: 'T', badge: 3 }, android: { alert: 'A' } },
});

describe('sandbox push module: the register', () => {
  it('every push endpoint has exactly one handler, in the push index', () => {
    for (const e of PUSH_ENDPOINTS) {
      assert.ok(handlerFor(e), `${e.id} has no handler`);
      assert.equal(PUSH_HANDLERS.filter((h) => h.endpoint.id === e.id).length, 1, e.id);
    }
    assert.equal(PUSH_HANDLERS.length, PUSH_ENDPOINTS.length);
  });
});

describe('sandbox push module: state', () => {
  let server: SandboxServer;
  const clock = manualClock();
  const json = (path: string, body: unknown) => request(server.url, APP, path, { json: body });
  const pushRow = (id: string) => rows<PushRow>(server.model, APP.appKey, PUSHES).get(id);
  before(async () => {
    server = await SandboxServer.start({ apps: [APP], clock });
  });
  after(() => server.stop());

  it('/push.json by tag answers an id (Go PushResult.ID) and keeps the push with its audience and notification as sent', async () => {
    const r = await json('/push.json', goPush({ tag: ['vip', 'bj'], tag_or: ['a'] }));
    expectOk(r);
    assert.equal(typeof r.json.id, 'string');
    assert.equal(r.json.messageUID, undefined, 'no message, no messageUID (Go: omitempty)');
    const row = pushRow(r.json.id as string);
    assert.ok(row, 'kept under its id');
    assert.equal(row.path, '/push.json');
    assert.deepEqual(row.platform, ['ios', 'android']);
    assert.deepEqual(row.audience.tag, ['vip', 'bj']);
    assert.equal(row.audience.is_to_all, false);
    assert.equal(row.notification.alert, 'Hello');
    assert.equal(row.sentAt, clock.now());
  });

  it('/push.json to all is kept with is_to_all; one naming no one is 1003 and keeps nothing', async () => {
    const all = await json('/push.json', goPush({ is_to_all: true }));
    expectOk(all);
    assert.equal(pushRow(all.json.id as string)?.audience.is_to_all, true);
    const before = rows(server.model, APP.appKey, PUSHES).size;
    assert.equal((await json('/push.json', goPush({}))).json.code, 1003);
    assert.equal(rows(server.model, APP.appKey, PUSHES).size, before);
  });

  it('a broadcast (Go Broadcast: fromuserid and message) keeps a system message to the users whose tags match and answers its messageUID', async () => {
    for (const [id, tags] of [['b1', ['vip']], ['b2', ['vip', 'bj']], ['b3', ['bj']]] as const) {
      expectOk(await call(server.url, APP, '/user/getToken.json', [['userId', id], ['name', id]]));
      expectOk(await json('/user/tag/set.json', { userId: id, tags }));
    }
    const r = await json('/push.json', {
      ...goPush({ tag: ['vip'] }),
      fromuserid: 'admin',
      message: { content: '{"content":"hi"}', objectName: 'RC:TxtMsg', disableUpdateLastMsg: false },
    });
    expectOk(r);
    const uid = r.json.messageUID as string;
    const m = server.model.app(APP.appKey).messagesByUID.get(uid);
    assert.ok(m, 'the message is in the store');
    assert.equal(m.fromUserId, 'admin');
    assert.deepEqual(m.recipients.map((x) => x.userId), ['b1', 'b2']);
    assert.equal(pushRow(r.json.id as string)?.messageUID, uid);
    // A message without its sender is refused (Java verify.json requires fromuserid with message).
    assert.equal((await json('/push.json', { ...goPush({ tag: ['vip'] }), message: { content: '{}', objectName: 'RC:TxtMsg' } })).json.code, 1003);
  });

  it('/push/user.json (Go PushUser: userIds and notification) keeps the push with its users; 100 users pass, 101 are refused', async () => {
    const users = (n: number) => Array.from({ length: n }, (_, i) => `pu${i}`);
    const before = rows(server.model, APP.appKey, PUSHES).size;
    const r = await json('/push/user.json', { userIds: users(100), notification: { title: 'T', pushContent: 'Hi' } });
    expectOk(r);
    const kept = [...rows<PushRow>(server.model, APP.appKey, PUSHES).values()].slice(before);
    assert.equal(kept.length, 1);
    assert.equal(kept[0].path, '/push/user.json');
    assert.deepEqual(kept[0].audience.userid, users(100));
    assert.equal(kept[0].notification.pushContent, 'Hi');
    const refused = await json('/push/user.json', { userIds: users(101), notification: { pushContent: 'Hi' } });
    assert.equal(refused.json.code, 1005, `user ID parameters' code: ${refused.text}`);
    assert.equal(rows(server.model, APP.appKey, PUSHES).size, before + 1);
  });

  it('/push/custom.json answers an id (Go PushCustomResObj) and keeps tagItems with the audience', async () => {
    const tagItems = [{ tags: ['vip'], isNot: false, tagsOperator: 'OR', itemsOperator: 'AND' }];
    const r = await json('/push/custom.json', { platform: ['ios'], audience: { is_to_all: false, tagItems }, notification: { alert: 'Custom' } });
    expectOk(r);
    assert.deepEqual(pushRow(r.json.id as string)?.audience.tagItems, tagItems);
  });
});

describe('sandbox push module: kept across a restart (the journal)', () => {
  async function folder(t: TestContext): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'rong-push-'));
    t.after(() => rm(dir, { recursive: true, force: true }));
    return dir;
  }

  it('a push kept before a stop is there, with its audience, after a start', async (t) => {
    const statePath = join(await folder(t), 'state.journal');
    const first = await SandboxServer.start({ apps: [APP], statePath });
    let id: string;
    try {
      const r = await request(first.url, APP, '/push.json', { json: goPush({ tag_or: ['x', 'y'] }) });
      expectOk(r);
      id = r.json.id as string;
    } finally {
      await first.stop();
    }
    const again = await SandboxServer.start({ apps: [APP], statePath });
    try {
      assert.deepEqual(rows<PushRow>(again.model, APP.appKey, PUSHES).get(id)?.audience.tag_or, ['x', 'y']);
    } finally {
      await again.stop();
    }
  });
});
