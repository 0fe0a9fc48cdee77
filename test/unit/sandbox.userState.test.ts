/**
 * Issue 19, user slice: push remarks (set/get/del) and deactivation (deactivate/reactivate/query)
 * answered from state over real HTTP, sent the way the Go SDK sends them (sdk/user.go
 * UserRemarksSet/GetResObj/Del, UserDeactivate/Reactivate/DeactivateQuery), and kept across a restart.
 */
import { after, before, describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SandboxServer } from '../../src/sandbox/server';
import { SandboxModel } from '../../src/sandbox/model';
import { call, manualClock, type Reply } from './support/sandboxClient';

const APP = { appKey: 'user-state-app', appSecret: 'user-state-secret' };

function expectOk(r: Reply): void {
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.code, 200, r.text);
}

/** What Go's json.Marshal writes for []UserRemark (no JSON tags: the field names as declared). */
const goRemarks = (pairs: Array<[string, string]>) => JSON.stringify(pairs.map(([Id, Remark]) => ({ Id, Remark })));

describe('sandbox user state: push remarks', () => {
  let server: SandboxServer;
  const send = (path: string, pairs: Array<[string, string]> = []) => call(server.url, APP, path, pairs);
  before(async () => {
    server = await SandboxServer.start({ apps: [APP], clock: manualClock() });
  });
  after(() => server.stop());

  it('set then get returns what was set (total and {id, remark}), a page at a time; a second set of an id replaces its remark', async () => {
    expectOk(await send('/user/remarks/set.json', [['userId', 'u1'], ['remarks', goRemarks([['u2', 'Tony'], ['u3', '小王'], ['u4', 'D']])]]));
    expectOk(await send('/user/remarks/set.json', [['userId', 'u1'], ['remarks', '[{"id":"u3","remark":"Wang"}]']]));
    const all = await send('/user/remarks/get.json', [['userId', 'u1'], ['page', '1'], ['size', '50']]);
    expectOk(all);
    assert.deepEqual(all.json, { code: 200, total: 3, users: [{ id: 'u2', remark: 'Tony' }, { id: 'u3', remark: 'Wang' }, { id: 'u4', remark: 'D' }] });
    const page2 = await send('/user/remarks/get.json', [['userId', 'u1'], ['page', '2'], ['size', '2']]);
    assert.deepEqual(page2.json, { code: 200, total: 3, users: [{ id: 'u4', remark: 'D' }] });
    assert.deepEqual((await send('/user/remarks/get.json', [['userId', 'u9']])).json, { code: 200, total: 0, users: [] });
  });

  it('del removes one remark and leaves the rest; deleting it again is still 200', async () => {
    expectOk(await send('/user/remarks/del.json', [['userId', 'u1'], ['targetId', 'u2']]));
    expectOk(await send('/user/remarks/del.json', [['userId', 'u1'], ['targetId', 'u2']]));
    const r = await send('/user/remarks/get.json', [['userId', 'u1']]);
    assert.deepEqual(r.json, { code: 200, total: 2, users: [{ id: 'u3', remark: 'Wang' }, { id: 'u4', remark: 'D' }] });
  });

  it('remarks that are not an array of {id, remark}, or more than 100 entries, are 1003', async () => {
    for (const bad of ['{"id":"u2"}', '[]', '[{"remark":"x"}]', '[{"id":"u2","remark":7}]']) {
      const r = await send('/user/remarks/set.json', [['userId', 'u1'], ['remarks', bad]]);
      assert.equal(r.json.code, 1003, `${bad}: ${r.text}`);
    }
    const many = JSON.stringify(Array.from({ length: 101 }, (_, i) => ({ id: `t${i}`, remark: 'r' })));
    const r = await send('/user/remarks/set.json', [['userId', 'u1'], ['remarks', many]]);
    assert.equal(r.json.code, 1003, r.text);
    assert.match(r.json.errorMessage ?? '', /101 entries; the limit is 100/);
    assert.equal((await send('/user/remarks/get.json', [['userId', 'u1']])).json.total, 2, 'a refused call changes nothing');
  });
});

describe('sandbox user state: deactivation', () => {
  let server: SandboxServer;
  const send = (path: string, pairs: Array<[string, string]> = []) => call(server.url, APP, path, pairs);
  before(async () => {
    server = await SandboxServer.start({ apps: [APP], clock: manualClock() });
  });
  after(() => server.stop());

  it('deactivate (comma-joined, as Go sends it) answers an operateId; query lists the users; getToken refuses them', async () => {
    expectOk(await send('/user/getToken.json', [['userId', 'd1'], ['name', 'D1']]));
    const r = await send('/user/deactivate.json', [['userId', 'd1,d2']]);
    expectOk(r);
    assert.match(String(r.json.operateId), /^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    // Go asks for //user/deactivate/query.json (two slashes): one slash.
    const q = await send('//user/deactivate/query.json', [['pageNo', '1'], ['pageSize', '50']]);
    expectOk(q);
    assert.deepEqual(q.json.users, ['d1', 'd2']);
    assert.deepEqual((await send('/user/deactivate/query.json', [['pageNo', '2'], ['pageSize', '1']])).json.users, ['d2']);
    for (const id of ['d1', 'd2']) {
      const t = await send('/user/getToken.json', [['userId', id], ['name', 'again']]);
      assert.equal(t.json.code, 1003, t.text);
      assert.match(t.json.errorMessage ?? '', /is deactivated/);
      assert.equal(t.json.token, undefined);
    }
  });

  it('reactivate: gone from the query and getToken works again; reactivating again is 200', async () => {
    const r = await send('/user/reactivate.json', [['userId', 'd2']]);
    expectOk(r);
    assert.equal(typeof r.json.operateId, 'string');
    expectOk(await send('/user/reactivate.json', [['userId', 'd2']]));
    assert.deepEqual((await send('/user/deactivate/query.json')).json.users, ['d1']);
    const t = await send('/user/getToken.json', [['userId', 'd2'], ['name', 'D2']]);
    expectOk(t);
    assert.equal(server.verifyToken(String(t.json.token)).status, 'valid');
  });

  it('more than 100 user IDs in one call is 1003', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `x${i}`).join(',');
    const r = await send('/user/deactivate.json', [['userId', ids]]);
    assert.equal(r.json.code, 1003, r.text);
    assert.deepEqual((await send('/user/deactivate/query.json')).json.users, ['d1']);
  });
});

describe('sandbox user state: kept across a restart (the journal)', () => {
  async function folder(t: TestContext): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'rong-userstate-'));
    t.after(() => rm(dir, { recursive: true, force: true }));
    return dir;
  }

  it('remarks and deactivations written before a stop are answered after a start on the same file', async (t) => {
    const statePath = join(await folder(t), 'state.journal');
    const first = await SandboxServer.start({ apps: [APP], statePath });
    try {
      expectOk(await call(first.url, APP, '/user/remarks/set.json', [['userId', 'a'], ['remarks', goRemarks([['b', 'Bee'], ['c', 'Sea']])]]));
      expectOk(await call(first.url, APP, '/user/remarks/del.json', [['userId', 'a'], ['targetId', 'c']]));
      expectOk(await call(first.url, APP, '/user/deactivate.json', [['userId', 'gone,back']]));
      expectOk(await call(first.url, APP, '/user/reactivate.json', [['userId', 'back']]));
    } finally {
      await first.stop();
    }
    const again = await SandboxServer.start({ apps: [APP], statePath });
    try {
      assert.deepEqual((await call(again.url, APP, '/user/remarks/get.json', [['userId', 'a']])).json, { code: 200, total: 1, users: [{ id: 'b', remark: 'Bee' }] });
      assert.deepEqual((await call(again.url, APP, '/user/deactivate/query.json')).json.users, ['gone']);
      assert.equal((await call(again.url, APP, '/user/getToken.json', [['userId', 'gone'], ['name', 'G']])).json.code, 1003);
      expectOk(await call(again.url, APP, '/user/getToken.json', [['userId', 'back'], ['name', 'B']]));
    } finally {
      await again.stop();
    }
  });

  it('a snapshot rebuilds the remarks and the deactivated users (compaction)', () => {
    const model = new SandboxModel();
    model.apply({ t: 'remarksSet', app: 'k', userId: 'a', remarks: [{ id: 'b', remark: 'B' }, { id: 'c', remark: 'C' }] });
    model.apply({ t: 'remarksDel', app: 'k', userId: 'a', targetId: 'b' });
    model.apply({ t: 'deactivate', app: 'k', userIds: ['x', 'y'] });
    model.apply({ t: 'reactivate', app: 'k', userIds: ['x'] });
    const copy = new SandboxModel();
    for (const r of model.snapshot()) copy.apply(r);
    assert.deepEqual([...copy.app('k').remarks.get('a') ?? []], [['c', 'C']]);
    assert.deepEqual([...copy.app('k').deactivated], ['y']);
  });
});
