/**
 * The sandbox's model and its persistence: every endpoint has one handler in the register; a
 * snapshot rebuilds the state; a success is answered only after the persistence kept its records;
 * a change that could not be kept is never a 200; records are replayed at start.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ENDPOINTS } from '../../src/core/contract';
import { HANDLERS, handlerFor } from '../../src/sandbox/handlers';
import { conversationOf, memoryPersistence, SandboxModel, type SandboxRecord, type StatePersistence } from '../../src/sandbox/model';
import { SandboxServer } from '../../src/sandbox/server';
import { call, manualClock } from './support/sandboxClient';

const APP = { appKey: 'model-app', appSecret: 'model-secret' };
const T = Date.UTC(2025, 0, 1);

const RECORDS: SandboxRecord[] = [
  { t: 'user', app: 'a', userId: 'u1', name: 'One', createdAt: T },
  { t: 'token', app: 'a', userId: 'u1', token: 'tok1', issuedAt: T, expiresAt: T + 1000 },
  { t: 'user', app: 'a', userId: 'u2', name: 'Two', portraitUri: 'https://x.test/2.png', createdAt: T + 1 },
  { t: 'token', app: 'a', userId: 'u2', token: 'tok2', issuedAt: T + 1, expiresAt: T + 1001 },
  { t: 'profile', app: 'a', userId: 'u1', name: 'One again' },
  { t: 'token', app: 'a', userId: 'u1', token: 'tok3', issuedAt: T + 5, expiresAt: T + 2000 },
  { t: 'expire', app: 'a', userId: 'u1', time: T + 3 },
  { t: 'block', app: 'a', userId: 'u2', until: T + 60_000 },
  { t: 'blacklistAdd', app: 'a', userId: 'u1', blackUserIds: ['u2', 'u3'] },
  { t: 'blacklistRemove', app: 'a', userId: 'u1', blackUserIds: ['u3'] },
  { t: 'groupJoin', app: 'a', groupId: 'g', groupName: 'G', userIds: ['u1', 'u2'] },
  { t: 'groupQuit', app: 'a', groupId: 'g', userIds: ['u1'] },
  { t: 'message', app: 'a', kind: 'private', messageUID: 'AAAA-BBBB-CCCC-DDDD', fromUserId: 'u2', recipients: [{ userId: 'u1', messageUID: 'AAAA-BBBB-CCCC-DDDD', delivered: false }], objectName: 'RC:TxtMsg', content: '{}', sentAt: T + 9 },
  { t: 'online', app: 'a', userId: 'u2', online: true },
  { t: 'user', app: 'b', userId: 'u1', name: 'Other app', createdAt: T },
];

describe('sandbox model', () => {
  it('the register has exactly one handler for every endpoint of the contract data, each saying what it keeps', () => {
    const ids = new Set(ENDPOINTS.map((e) => e.id));
    for (const h of HANDLERS) assert.ok(ids.has(h.endpoint.id), `${h.endpoint.id} is in the contract data`);
    assert.equal(new Set(HANDLERS.map((h) => h.endpoint.id)).size, HANDLERS.length, 'one handler per endpoint');
    assert.deepEqual(ENDPOINTS.filter((e) => !handlerFor(e)).map((e) => `${e.method} ${e.path}`), []);
    assert.equal(HANDLERS.length, ENDPOINTS.length);
  });

  it('routes by path template and method: repeated slashes are one, another method is 405 with Allow, another path 404', async () => {
    const server = await SandboxServer.start({ apps: [APP] });
    try {
      // Repeated slashes are one slash (the Go SDK's deactivate query asks for //user/deactivate/query.json).
      const doubled = await call(server.url, APP, '//user/deactivate/query.json', [['pageNo', '1'], ['pageSize', '10']]);
      assert.equal(doubled.status, 200, doubled.text);
      assert.equal(doubled.json.code, 200);
      // A REST path is matched by its template and its method; another method gets 405 naming the ones it takes.
      const rest = await fetch(`${server.url}/v2/ultragroups/ug-1/users/u1`, { method: 'PATCH' });
      assert.equal(rest.status, 405);
      assert.deepEqual((rest.headers.get('allow') ?? '').split(', ').sort(), ['DELETE', 'POST']);
      const unknown = await call(server.url, APP, '/no/such/path.json', []);
      assert.equal(unknown.status, 404);
      assert.match(unknown.json.errorMessage ?? '', /no endpoint of the contract data has this path/);
    } finally {
      await server.stop();
    }
  });

  it('applies records: tokens issued before token/expire are expired, later ones valid, others unknown', () => {
    const model = new SandboxModel();
    for (const r of RECORDS) model.apply(r);
    assert.equal(model.verifyToken('tok1', T).status, 'expired');
    assert.equal(model.verifyToken('tok3', T + 10).status, 'valid');
    assert.equal(model.verifyToken('tok3', T + 2000).status, 'expired', 'its 30 days (here 2 s) are over');
    assert.equal(model.verifyToken('tok2', T).status, 'valid');
    assert.equal(model.verifyToken('zzz', T).status, 'unknown');
    assert.equal(model.app('a').users.get('u1')?.name, 'One again');
    assert.equal(model.app('a').users.get('u1')?.lastToken, 'tok3');
    assert.deepEqual(model.blacklist('a', 'u1'), ['u2']);
    assert.deepEqual([...(model.app('a').groups.get('g')?.members ?? [])], ['u2']);
    assert.deepEqual(model.activeBlocks('a', T), [{ userId: 'u2', until: T + 60_000 }]);
    assert.deepEqual(model.activeBlocks('a', T + 60_000), []);
  });

  it('snapshot() rebuilds the same state; reset forgets every app', () => {
    const model = new SandboxModel();
    for (const r of RECORDS) model.apply(r);
    const copy = new SandboxModel();
    for (const r of model.snapshot()) copy.apply(JSON.parse(JSON.stringify(r)) as SandboxRecord);
    assert.deepEqual(copy.snapshot(), model.snapshot());
    assert.equal(copy.verifyToken('tok1', T).status, 'expired');
    assert.equal(copy.app('a').users.get('u1')?.lastToken, 'tok3');
    assert.deepEqual([...copy.app('a').users.keys()], ['u1', 'u2']);
    copy.apply({ t: 'reset' });
    assert.deepEqual(copy.snapshot(), []);
    assert.equal(copy.verifyToken('tok3', T).status, 'unknown');
  });
});

/** A persistence whose appends wait until released, to see when the answer comes. */
function gatedPersistence(): StatePersistence & { appended: SandboxRecord[][]; release(): void; fail: Error | undefined } {
  let open: () => void = () => undefined;
  let gate = new Promise<void>((r) => (open = r));
  const p = {
    appended: [] as SandboxRecord[][],
    fail: undefined as Error | undefined,
    release: () => {
      open();
      gate = new Promise<void>((r) => (open = r));
    },
    load: () => Promise.resolve([]),
    append: async (records: readonly SandboxRecord[]) => {
      p.appended.push([...records]);
      await gate;
      if (p.fail) throw p.fail;
    },
    close: () => Promise.resolve(),
  };
  return p;
}

describe('sandbox persistence', () => {
  it('a success is answered only after append resolved, with the records of the change', async () => {
    const persistence = gatedPersistence();
    const server = await SandboxServer.start({ apps: [APP], persistence, clock: manualClock(T) });
    try {
      let answered = false;
      const pending = call(server.url, APP, '/user/getToken.json', [['userId', 'durable'], ['name', 'D']]).then((r) => {
        answered = true;
        return r;
      });
      while (persistence.appended.length === 0) await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => setTimeout(r, 50));
      assert.equal(answered, false, 'no answer before the records are kept');
      assert.deepEqual(persistence.appended[0].map((r) => r.t), ['user', 'token']);
      // The model has the change already, so a concurrent second registration is 1004, not a second
      // token; but that 1004 depends on a change not yet on disk, so it too waits for the append.
      let secondAnswered = false;
      const second = call(server.url, APP, '/user/getToken.json', [['userId', 'durable'], ['name', 'D']]).then((r2) => {
        secondAnswered = true;
        return r2;
      });
      await new Promise((r) => setTimeout(r, 50));
      assert.equal(secondAnswered, false, 'an answer that depends on a pending change waits for it');
      persistence.release();
      const r = await pending;
      assert.equal(r.json.code, 200);
      assert.equal((await second).json.code, 1004);
      assert.equal(persistence.appended[0][1].t === 'token' && persistence.appended[0][1].token, r.json.token);
      // A read changes nothing and waits for nothing.
      assert.equal((await call(server.url, APP, '/user/info.json', [['userId', 'durable']])).json.code, 200);
      assert.equal(persistence.appended.length, 1);
    } finally {
      persistence.release();
      await server.stop();
    }
  });

  it('a change the persistence could not keep is HTTP 500, never a 200', async () => {
    const persistence = gatedPersistence();
    persistence.fail = new Error('disk full');
    const lines: string[] = [];
    const server = await SandboxServer.start({ apps: [APP], persistence, log: (l) => lines.push(l) });
    try {
      const pending = call(server.url, APP, '/user/getToken.json', [['userId', 'lost'], ['name', 'L']]);
      while (persistence.appended.length === 0) await new Promise((r) => setTimeout(r, 5));
      persistence.release();
      const r = await pending;
      assert.equal(r.status, 500);
      assert.match(r.json.errorMessage ?? '', /could not keep this change.*disk full/);
      assert.ok(lines.some((l) => /a change was not kept: disk full/.test(l)));
    } finally {
      await server.stop();
    }
  });

  it('records are replayed at start; control changes (online, reset) are appended too', async () => {
    const persistence = memoryPersistence([
      { t: 'user', app: APP.appKey, userId: 'old', name: 'Old', createdAt: T },
      { t: 'token', app: APP.appKey, userId: 'old', token: 'old-token', issuedAt: T, expiresAt: Date.now() + 60_000 },
    ]);
    const server = await SandboxServer.start({ apps: [APP], persistence });
    try {
      assert.deepEqual(server.registeredUserIds(APP.appKey), ['old']);
      assert.equal(server.verifyToken('old-token').status, 'valid');
      assert.equal((await call(server.url, APP, '/user/getToken.json', [['userId', 'old'], ['name', 'Old']])).json.code, 1004);
      await server.setOnline('old', true);
      await server.reset();
      assert.deepEqual(persistence.records.slice(-2), [{ t: 'online', app: APP.appKey, userId: 'old', online: true }, { t: 'reset' }]);
      assert.deepEqual(server.registeredUserIds(APP.appKey), []);
    } finally {
      await server.stop();
    }
  });

  it('statePath and persistence together are refused', async () => {
    await assert.rejects(SandboxServer.start({ statePath: '/tmp/x.json', persistence: memoryPersistence() }), /statePath or persistence, not both/);
  });

  it('keeps each conversation’s messages in its own index, which the bounded store trims with it', () => {
    const dropped: number[] = [];
    const model = new SandboxModel({ maxMessages: 3, onDropped: (_app, n) => dropped.push(n) });
    const send = (i: number, from: string, to: string): SandboxRecord => ({
      t: 'message', app: 'a', kind: 'private', messageUID: `UID-${i}`, fromUserId: from,
      recipients: [{ userId: to, messageUID: `UID-${i}`, delivered: true }], objectName: 'RC:TxtMsg', content: String(i), sentAt: T + i,
    });
    model.apply(send(1, 'u1', 'u2'));
    model.apply(send(2, 'u2', 'u1'));
    model.apply(send(3, 'u1', 'u3'));
    const pair = conversationOf('private', 'u2', 'u1');
    assert.equal(pair, conversationOf('private', 'u1', 'u2'), 'either order is one conversation');
    assert.deepEqual(model.app('a').byConversation.get(pair)?.map((m) => m.content), ['1', '2']);
    model.apply(send(4, 'u1', 'u2'));
    assert.deepEqual(dropped, [1]);
    assert.deepEqual(model.app('a').byConversation.get(pair)?.map((m) => m.content), ['2', '4'], 'the dropped message left its conversation too');
    assert.equal(model.app('a').messagesByUID.has('UID-1'), false);
    model.apply(send(5, 'u1', 'u2'));
    model.apply(send(6, 'u1', 'u2'));
    assert.equal(model.app('a').byConversation.has(conversationOf('private', 'u1', 'u3')), false, 'an emptied conversation is forgotten');
    assert.deepEqual(model.app('a').byConversation.get(pair)?.map((m) => m.content), ['4', '5', '6']);
  });
});
