/**
 * Issue 19, the Go SDK's REST ultragroup calls (/v2/ultragroups…, /v2/message/ultragroup/send) answered
 * from state over real HTTP. Each request is sent as Go `sdk/ultragroup.go` sends it (method, path,
 * snake_case JSON body, page/size/limit query) and each answer is read the way Go reads it (under `data`,
 * the json tags of UGGroupInfo, UGUserInfo, UGChannelInfo; RespDataKV for the status).
 */
import { after, before, describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ULTRAGROUP_REST_ENDPOINTS } from '../../src/core/contract/ultragroupRest';
import { HANDLERS, handlerFor } from '../../src/sandbox/handlers';
import { SandboxServer } from '../../src/sandbox/server';
import { control, manualClock, request, type Reply } from './support/sandboxClient';

const APP = { appKey: 'ug-rest-app', appSecret: 'ug-rest-secret' };

function expectOk(r: Reply): void {
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.code, 200, r.text);
}

/** `data` of an answer, as Go's RespDataArray / RespDataKV read it. */
const data = (r: Reply) => r.json.data as Record<string, unknown>;

describe('sandbox /v2/ultragroups: every endpoint has exactly one handler', () => {
  it('each of the 19 endpoints is answered by one registered handler', () => {
    assert.equal(ULTRAGROUP_REST_ENDPOINTS.length, 19);
    for (const endpoint of ULTRAGROUP_REST_ENDPOINTS) {
      assert.equal(handlerFor(endpoint)?.endpoint, endpoint, endpoint.id);
      assert.equal(HANDLERS.filter((h) => h.endpoint.id === endpoint.id).length, 1, endpoint.id);
    }
  });
});

describe('sandbox /v2/ultragroups: state over HTTP, as the Go SDK calls it', () => {
  let server: SandboxServer;
  const clock = manualClock();
  const go = (path: string, method = 'POST', json?: unknown, query?: Record<string, string>) => request(server.url, APP, path, { method, json, query });
  // Go UGGroupCreate: POST /v2/ultragroups {user_id, group_id, group_name}.
  const create = (groupId: string, owner = 'owner', name = `Team ${groupId}`) => go('/v2/ultragroups', 'POST', { user_id: owner, group_id: groupId, group_name: name });
  before(async () => {
    server = await SandboxServer.start({ apps: [APP], clock });
  });
  after(() => server.stop());

  it('create, join, rename: the member list and the user\'s groups read them back (UGQueryGroupUsers, UGQueryUserGroups)', async () => {
    expectOk(await create('ug1', 'owner', 'First'));
    clock.advance(1000);
    expectOk(await create('ug2', 'u2', 'Second'));
    expectOk(await go('/v2/ultragroups/ug1/users/u2'));
    expectOk(await go('/v2/ultragroups/ug1/users/u3'));
    expectOk(await go('/v2/ultragroups/ug1', 'PUT', { group_name: 'Renamed' }));
    // Go sends page and size always, 0 when unset: the whole list.
    const users = await go('/v2/ultragroups/ug1/users', 'GET', undefined, { page: '0', size: '0' });
    expectOk(users);
    assert.deepEqual(data(users).users, [{ id: 'owner' }, { id: 'u2' }, { id: 'u3' }]); // UGUserInfo json:"id"
    const page2 = await go('/v2/ultragroups/ug1/users', 'GET', undefined, { page: '2', size: '2' });
    assert.deepEqual(data(page2).users, [{ id: 'u3' }]);
    const groups = await go('/v2/ultragroups/users/u2/groups', 'GET', undefined, { page: '0', size: '0' });
    // UGGroupInfo json:"group_id", json:"group_name"; the oldest ultragroup first.
    assert.deepEqual(data(groups).groups, [{ group_id: 'ug1', group_name: 'Renamed' }, { group_id: 'ug2', group_name: 'Second' }]);
  });

  it('quit removes the member; quitting again is 200; an unknown ultragroup is 1003', async () => {
    expectOk(await go('/v2/ultragroups/ug1/users/u3', 'DELETE'));
    expectOk(await go('/v2/ultragroups/ug1/users/u3', 'DELETE'));
    assert.deepEqual(data(await go('/v2/ultragroups/ug1/users', 'GET', undefined, { page: '1', size: '10' })).users, [{ id: 'owner' }, { id: 'u2' }]);
    assert.deepEqual(data(await go('/v2/ultragroups/users/u3/groups', 'GET', undefined, { page: '0', size: '0' })).groups, []);
    assert.equal((await go('/v2/ultragroups/nope/users/u3')).json.code, 1003);
    assert.equal((await go('/v2/ultragroups/nope', 'PUT', { group_name: 'x' })).json.code, 1003);
    assert.equal((await go('/v2/ultragroups/nope/users', 'GET', undefined, { page: '0', size: '0' })).json.code, 1003);
  });

  it('mutes: add lists each member with the time, remove lifts it (UGGroupMuteMembers*, UGUserInfo json:"time")', async () => {
    expectOk(await go('/v2/ultragroups/ug1/muted-users', 'POST', { user_ids: ['u2'] }));
    const list = await go('/v2/ultragroups/ug1/muted-users', 'GET');
    expectOk(list);
    assert.deepEqual(data(list).users, [{ id: 'u2', time: '2025-01-01 08:00:01' }]); // the manual clock + 1 s, in UTC+8
    const stranger = await go('/v2/ultragroups/ug1/muted-users', 'POST', { user_ids: ['owner', 'u9'] });
    assert.equal(stranger.json.code, 1003, stranger.text);
    assert.deepEqual(data(await go('/v2/ultragroups/ug1/muted-users', 'GET')).users, [{ id: 'u2', time: '2025-01-01 08:00:01' }], 'a refused call changes nothing');
    expectOk(await go('/v2/ultragroups/ug1/muted-users', 'DELETE', { user_ids: ['u2'] }));
    assert.deepEqual(data(await go('/v2/ultragroups/ug1/muted-users', 'GET')).users, []);
  });

  it('mute exceptions and the whole-group mute read back (UGGroupMutedWhitelist*, UGGroupMuted, UGGroupMutedQuery data.status)', async () => {
    expectOk(await go('/v2/ultragroups/ug1/allowed-users', 'POST', { user_ids: ['owner', 'u2'] }));
    expectOk(await go('/v2/ultragroups/ug1/allowed-users', 'DELETE', { user_ids: ['u2'] }));
    assert.deepEqual(data(await go('/v2/ultragroups/ug1/allowed-users', 'GET')).users, [{ id: 'owner' }]);
    assert.equal(data(await go('/v2/ultragroups/ug1/muted-status', 'GET')).status, false);
    expectOk(await go('/v2/ultragroups/ug1/muted-status', 'PUT', { status: true })); // Go sends a JSON boolean
    assert.equal(data(await go('/v2/ultragroups/ug1/muted-status', 'GET')).status, true);
    assert.equal(data(await go('/v2/ultragroups/ug2/muted-status', 'GET')).status, false, 'another ultragroup is not muted');
    expectOk(await go('/v2/ultragroups/ug1/muted-status', 'PUT', { status: false }));
    assert.equal(data(await go('/v2/ultragroups/ug1/muted-status', 'GET')).status, false);
  });

  it('channels: create lists channel_id and create_time, delete removes (UGChannelCreate/Delete/Query, UGChannelInfo)', async () => {
    clock.advance(60_000);
    expectOk(await go('/v2/ultragroups/channels', 'POST', { group_id: 'ug1', channel_id: 'c1' }));
    expectOk(await go('/v2/ultragroups/channels', 'POST', { group_id: 'ug1', channel_id: 'c2' }));
    // Go's size argument travels as limit.
    const list = await go('/v2/ultragroups/ug1/channels', 'GET', undefined, { page: '0', limit: '0' });
    // RCDefault first: create adds it, as /ultragroup/create.json does.
    assert.deepEqual(data(list).channel_list, [{ channel_id: 'RCDefault', create_time: '2025-01-01 08:00:00' }, { channel_id: 'c1', create_time: '2025-01-01 08:01:01' }, { channel_id: 'c2', create_time: '2025-01-01 08:01:01' }]);
    assert.deepEqual(data(await go('/v2/ultragroups/ug1/channels', 'GET', undefined, { page: '3', limit: '1' })).channel_list, [{ channel_id: 'c2', create_time: '2025-01-01 08:01:01' }]);
    expectOk(await go('/v2/ultragroups/ug1/channels/c1', 'DELETE'));
    assert.deepEqual((data(await go('/v2/ultragroups/ug1/channels', 'GET', undefined, { page: '1', limit: '10' })).channel_list as Array<{ channel_id: string }>).map((c) => c.channel_id), ['RCDefault', 'c2']);
    assert.equal((await go('/v2/ultragroups/channels', 'POST', { group_id: 'nope', channel_id: 'c1' })).json.code, 1003);
  });

  it('send keeps one message per ultragroup, with its members (or to_user_ids) and the channel (UGGroupSend, UGMessage)', async () => {
    const msg = {
      from_user_id: 'owner', to_group_ids: ['ug1', 'ug2'], object_name: 'RC:TxtMsg', content: '{"content":"hi"}', store_flag: true, bus_channel: undefined as string | undefined,
    };
    assert.equal((await go('/v2/message/ultragroup/send', 'POST', { ...msg, bus_channel: 'c2' })).json.code, 1003, 'ug2 has no channel c2');
    expectOk(await go('/v2/message/ultragroup/send', 'POST', msg));
    expectOk(await go('/v2/message/ultragroup/send', 'POST', { ...msg, to_group_ids: ['ug1'], to_user_ids: ['u2'], bus_channel: 'c2', content: '{"content":"only u2"}' }));
    const ug1 = await control(server.url, `/_sandbox/messages?groupId=ug1&app=${APP.appKey}`);
    const items = (ug1.json.items ?? ug1.json.messages) as Array<{ content: string; channelId?: string; recipients: Array<{ userId: string }>; messageUID: string }>;
    assert.equal(items.length, 2, JSON.stringify(ug1.json));
    const [all, directed] = items;
    assert.deepEqual(all.recipients.map((r) => r.userId), ['u2'], 'the sender is not a recipient');
    assert.equal(directed.channelId, 'c2');
    assert.equal(directed.content, '{"content":"only u2"}');
    const ug2 = await control(server.url, `/_sandbox/messages?groupId=ug2&app=${APP.appKey}`);
    const ug2Items = (ug2.json.items ?? ug2.json.messages) as Array<{ messageUID: string }>;
    assert.equal(ug2Items.length, 1);
    assert.notEqual(ug2Items[0].messageUID, all.messageUID, 'each ultragroup gets its own messageUID');
    assert.equal((await go('/v2/message/ultragroup/send', 'POST', { ...msg, to_group_ids: ['nope'] })).json.code, 1003);
  });

  it('dismiss removes the ultragroup, its members and channels; dismissing again is 200', async () => {
    expectOk(await go('/v2/ultragroups/ug1', 'DELETE'));
    expectOk(await go('/v2/ultragroups/ug1', 'DELETE'));
    assert.equal((await go('/v2/ultragroups/ug1/users', 'GET', undefined, { page: '0', size: '0' })).json.code, 1003);
    assert.deepEqual(data(await go('/v2/ultragroups/users/u2/groups', 'GET', undefined, { page: '0', size: '0' })).groups, [{ group_id: 'ug2', group_name: 'Second' }]);
    expectOk(await create('ug1', 'owner', 'Again'));
    assert.deepEqual(data(await go('/v2/ultragroups/ug1/users', 'GET', undefined, { page: '0', size: '0' })).users, [{ id: 'owner' }], 'a new ultragroup of that ID starts empty');
    assert.deepEqual((data(await go('/v2/ultragroups/ug1/channels', 'GET', undefined, { page: '0', limit: '0' })).channel_list as Array<{ channel_id: string }>).map((c) => c.channel_id), ['RCDefault'], 'only the default channel');
  });
});

describe('sandbox /v2/ultragroups: kept across a restart (the journal)', () => {
  it('members, mutes, the whole-group mute and channels written before a stop are answered after a start', async (t: TestContext) => {
    const dir = await mkdtemp(join(tmpdir(), 'rong-ugrest-'));
    t.after(() => rm(dir, { recursive: true, force: true }));
    const statePath = join(dir, 'state.journal');
    const first = await SandboxServer.start({ apps: [APP], statePath });
    const on = (s: SandboxServer) => (path: string, method = 'POST', json?: unknown, query?: Record<string, string>) => request(s.url, APP, path, { method, json, query });
    try {
      const go = on(first);
      expectOk(await go('/v2/ultragroups', 'POST', { user_id: 'a', group_id: 'g', group_name: 'G' }));
      expectOk(await go('/v2/ultragroups/g/users/b'));
      expectOk(await go('/v2/ultragroups/g/muted-users', 'POST', { user_ids: ['b'] }));
      expectOk(await go('/v2/ultragroups/g/muted-status', 'PUT', { status: true }));
      expectOk(await go('/v2/ultragroups/channels', 'POST', { group_id: 'g', channel_id: 'ch' }));
    } finally {
      await first.stop();
    }
    const again = await SandboxServer.start({ apps: [APP], statePath });
    try {
      const go = on(again);
      assert.deepEqual(data(await go('/v2/ultragroups/g/users', 'GET', undefined, { page: '0', size: '0' })).users, [{ id: 'a' }, { id: 'b' }]);
      assert.deepEqual((data(await go('/v2/ultragroups/g/muted-users', 'GET')).users as Array<{ id: string }>).map((u) => u.id), ['b']);
      assert.equal(data(await go('/v2/ultragroups/g/muted-status', 'GET')).status, true);
      assert.deepEqual((data(await go('/v2/ultragroups/g/channels', 'GET', undefined, { page: '0', limit: '0' })).channel_list as Array<{ channel_id: string }>).map((c) => c.channel_id), ['RCDefault', 'ch']);
    } finally {
      await again.stop();
    }
  });
});
