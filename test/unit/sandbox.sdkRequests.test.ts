/**
 * Issue 19, "What the official SDKs send is accepted": requests that an official SDK sends exactly so
 * (the SDK source named next to each), accepted in both behaviours, with the state read back through
 * the fields the SDKs parse. Also the /v2/ultragroups mutes and the form-body ultragroup mutes being one
 * state, read through either API.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SandboxServer } from '../../src/sandbox/server';
import type { Behaviour } from '../../src/sandbox/handlers';
import { CHATROOM_BAN_QUERY, CHATROOM_KEEPALIVE_QUERY } from '../../src/core/contract/chatroom';
import { call, manualClock, request, type Reply } from './support/sandboxClient';

const APP = { appKey: 'sdk-requests-app', appSecret: 'sdk-requests-secret' };
type Pairs = Array<[string, string]>;

function expectOk(r: Reply): void {
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.code, 200, r.text);
}

const BEHAVIOURS: readonly Behaviour[] = ['contract', 'realService'];

for (const behaviour of BEHAVIOURS) {
  describe(`sandbox: requests as the official SDKs send them (${behaviour})`, () => {
    const clock = manualClock();
    let server: SandboxServer;
    const form = (path: string, pairs: Pairs = []) => call(server.url, APP, path, pairs);
    const json = (path: string, body: unknown, method = 'POST') => request(server.url, APP, path, { method, json: body });
    /** Java repeats userIds once per member: methods/ultragroup/ban/User.java, WhiteList.java, channel/BusChannel.java (`&userIds=`). */
    const javaUserIds = (ids: string[]): Pairs => ids.map((id): [string, string] => ['userIds', id]);
    const ids = (r: Reply) => (r.json.users as Array<{ id: string } | string>).map((u) => (typeof u === 'string' ? u : u.id));

    before(async () => {
      server = await SandboxServer.start({ apps: [APP], clock, behaviour });
      // /ultragroup/create.json and join as Go UGCreate/UGJoin send them (form: groupId, userId, groupName).
      expectOk(await form('/ultragroup/create.json', [['groupId', 'ug'], ['userId', 'owner'], ['groupName', 'UG']]));
      for (const u of ['u1', 'u2', 'u3']) expectOk(await form('/ultragroup/join.json', [['groupId', 'ug'], ['userId', u]]));
      expectOk(await form('/ultragroup/channel/create.json', [['groupId', 'ug'], ['busChannel', 'ch1']]));
    });
    after(() => server.stop());

    it('ultragroup publish with Go’s string flags ("isCounted":"1") is kept and answers its messageUID', async () => {
      // Go sdk/ultragroup.go UGMessagePublish: isPersisted, isCounted, isMentioned, contentAvailable are Go strings in a JSON map.
      const r = await json('/message/ultragroup/publish.json', {
        fromUserId: 'owner', toGroupIds: ['ug'], objectName: 'RC:TxtMsg', content: '{"content":"hi"}', expansion: false,
        isPersisted: '1', isMentioned: '0', contentAvailable: '0', isCounted: '1', unreadCountFlag: false,
      });
      expectOk(r);
      const uid = (r.json.messageUID ?? (r.json.messageUIDs as Array<{ messageUID: string }>)[0].messageUID) as string; // Go MessageResult
      assert.ok(server.model.app(APP.appKey).messagesByUID.get(uid), 'the message is kept under its messageUID');
      assert.equal((await json('/message/ultragroup/publish.json', { fromUserId: 'owner', toGroupIds: ['ug'], objectName: 'RC:TxtMsg', content: '{}', isCounted: 'yes' })).json.code, 1003, 'a string that is no number is still refused');
    });

    it('Java’s repeated userIds mute, whitelist and list private channel members; 21 values are refused', async () => {
      expectOk(await form('/ultragroup/userbanned/add.json', [['groupId', 'ug'], ...javaUserIds(['u1', 'u2'])]));
      // Go UltraGroupUserBannedResponseItem / Java UltraGroupMember read users [{id}].
      assert.deepEqual(ids(await form('/ultragroup/userbanned/get.json', [['groupId', 'ug']])), ['u1', 'u2']);
      expectOk(await form('/ultragroup/userbanned/del.json', [['groupId', 'ug'], ...javaUserIds(['u1'])]));
      assert.deepEqual(ids(await form('/ultragroup/userbanned/get.json', [['groupId', 'ug']])), ['u2']);
      expectOk(await form('/ultragroup/banned/whitelist/add.json', [['groupId', 'ug'], ...javaUserIds(['u3', 'owner'])]));
      assert.deepEqual(ids(await form('/ultragroup/banned/whitelist/get.json', [['groupId', 'ug']])), ['u3', 'owner']);
      expectOk(await form('/ultragroup/channel/private/users/add.json', [['groupId', 'ug'], ['busChannel', 'ch1'], ...javaUserIds(['u1', 'u3'])]));
      // Go UGChannelPrivateUserGetObj reads users as a list of IDs.
      assert.deepEqual(ids(await form('/ultragroup/channel/private/users/get.json', [['groupId', 'ug'], ['busChannel', 'ch1']])), ['u1', 'u3']);
      const tooMany = javaUserIds(Array.from({ length: 21 }, (_, i) => `x${i}`));
      assert.equal((await form('/ultragroup/userbanned/add.json', [['groupId', 'ug'], ...tooMany])).json.code, 1003, 'the docs’ 20 IDs a call');
    });

    it('Go’s ChatRoomCreateNew with destroyTime 0 is accepted and reads back the default 60', async () => {
      // Go sdk/chatroom.go ChatRoomCreateNew: destroyType, destroyTime (0 when unset) and isBan (true/false) always.
      expectOk(await form('/chatroom/create_new.json', [['chatroomId', 'room0'], ['destroyType', '0'], ['destroyTime', '0'], ['isBan', 'false']]));
      const got = await form('/chatroom/get.json', [['chatroomId', 'room0']]);
      expectOk(got);
      assert.equal(got.json.destroyTime, 60, 'Go ChatroomInfo.destroyTime');
      assert.equal((await form('/chatroom/create_new.json', [['chatroomId', 'room1'], ['destroyTime', '59']])).json.code, 1003, '1–59 is still refused');
    });

    it('Java’s comma-joined userId deletes users and reads and clears hosted profiles', async () => {
      for (const u of ['d1', 'd2', 'd3']) expectOk(await form('/user/getToken.json', [['userId', u], ['name', u]]));
      // Java methods/user/User.java deleteSandBoxUsers: the IDs joined with commas into one userId.
      expectOk(await form('/user/delusers.json', [['userId', 'd1,d2']]));
      // Read back as Go UserInfoGet would: the deleted users are unknown, the third is still there.
      for (const u of ['d1', 'd2']) assert.notEqual((await form('/user/info.json', [['userId', u]])).json.code, 200, `${u} is deleted`);
      expectOk(await form('/user/info.json', [['userId', 'd3']]));
      for (const u of ['p1', 'p2']) expectOk(await form('/user/profile/set.json', [['userId', u], ['userProfile', `{"name":"${u}"}`]]));
      // Java methods/profile/EntrustUser.java batchQueryUserProfiles/cleanProfile: StringUtils.join(ids, ",").
      const q = await form('/user/profile/batch/query.json', [['userId', 'p1,p2']]);
      expectOk(q);
      assert.deepEqual((q.json.userList as Array<{ userId: string }>).map((p) => p.userId), ['p1', 'p2'], 'Java QueryUserProfilesResp.userList');
      expectOk(await form('/user/profile/clean.json', [['userId', 'p1,p2']]));
      assert.deepEqual((await form('/user/profile/batch/query.json', [['userId', 'p1,p2']])).json.userList, []);
    });

    it('/push.json without is_to_all (Java’s null Boolean, the Node SDK’s example) pushes to the named users', async () => {
      // Node rongcloud-sdk lib/push/api.json example: audience {tag} only; Java models/push/Audience.is_to_all is null unless set.
      const r = await json('/push.json', { platform: ['ios', 'android'], audience: { userid: ['d3'] }, notification: { alert: 'hello' } });
      expectOk(r);
      assert.equal(typeof r.json.id, 'string', 'the push is kept under an id');
      const none = await json('/push.json', { platform: ['ios'], audience: {}, notification: { alert: 'x' } });
      assert.equal(none.json.code, 1003, 'absent is_to_all reads as false: a push must then name someone');
    });

    it('chatroom ban and keepalive lists answer chatroomIds (Java ChatroomBanListResult, ChatroomKeepaliveResult; Node keepalive)', async () => {
      expectOk(await form('/chatroom/ban/add.json', [['chatroomId', 'room0']]));
      assert.deepEqual((await form('/chatroom/ban/query.json', [['page', '1'], ['size', '10']])).json.chatroomIds, ['room0']);
      expectOk(await form('/chatroom/keepalive/add.json', [['chatroomId', 'room0']]));
      assert.deepEqual((await form('/chatroom/keepalive/query.json')).json.chatroomIds, ['room0']);
      // The data's answer field is the name the SDKs read, so the playground shows the list.
      assert.deepEqual([CHATROOM_BAN_QUERY, CHATROOM_KEEPALIVE_QUERY].map((e) => e.success[0].name), ['chatroomIds', 'chatroomIds']);
    });

    it('the group mute list answers users, which Java renames to members [{id, time}] itself', async () => {
      expectOk(await form('/group/user/gag/add.json', [['userId', 'm1'], ['groupId', 'g1'], ['minute', '10']]));
      const r = await form('/group/user/gag/list.json', [['groupId', 'g1']]);
      expectOk(r);
      assert.deepEqual((r.json.users as Array<{ userId: string }>).map((u) => u.userId), ['m1'], 'Go ListGagGroupUserResult.users, the docs');
      // Java util/CommonUtil.getResponseByCode: for a group path it replaces "users" with "members" and, for gag, "userId" with "id" in the text.
      const javaText = r.text.replaceAll('users', 'members').replaceAll('userId', 'id');
      const members = (JSON.parse(javaText) as { members: Array<{ id: string; time: string }> }).members; // Java ListGagGroupUserResult.members, GagGroupUser{id, time}
      assert.equal(members[0].id, 'm1');
      assert.match(members[0].time, /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    });

    it('a mute set through /v2/ultragroups is read by the form calls, and the reverse', async () => {
      const go = (path: string, method: string, body?: unknown) => request(server.url, APP, path, { method, json: body });
      // Go UGGroupMuteMembersAdd: POST /v2/ultragroups/{groupId}/muted-users {user_ids}.
      expectOk(await go('/v2/ultragroups/ug/muted-users', 'POST', { user_ids: ['u3'] }));
      assert.deepEqual(ids(await form('/ultragroup/userbanned/get.json', [['groupId', 'ug']])), ['u2', 'u3'], 'the form list sees the v2 mute');
      expectOk(await form('/ultragroup/userbanned/add.json', [['groupId', 'ug'], ['userIds', 'u1']]));
      const v2 = (await go('/v2/ultragroups/ug/muted-users', 'GET')).json.data as { users: Array<{ id: string }> }; // Go UGGroupMuteMembersQuery data.users
      assert.deepEqual(v2.users.map((u) => u.id), ['u2', 'u3', 'u1'], 'v2 sees the form mutes');
      expectOk(await go('/v2/ultragroups/ug/muted-users', 'DELETE', { user_ids: ['u2'] }));
      assert.deepEqual(ids(await form('/ultragroup/userbanned/get.json', [['groupId', 'ug']])), ['u3', 'u1'], 'a v2 removal removes the form mute');
      // Whitelist: Go UGGroupMutedWhitelistAdd / /ultragroup/banned/whitelist/get.json.
      expectOk(await go('/v2/ultragroups/ug/allowed-users', 'POST', { user_ids: ['u1'] }));
      assert.deepEqual(ids(await form('/ultragroup/banned/whitelist/get.json', [['groupId', 'ug']])), ['u3', 'owner', 'u1']);
      const allowed = (await go('/v2/ultragroups/ug/allowed-users', 'GET')).json.data as { users: Array<{ id: string }> };
      assert.deepEqual(allowed.users.map((u) => u.id), ['u3', 'owner', 'u1']);
      // Whole group: Go UGGroupMuted (PUT muted-status) and UltraGroupGlobalBannedGet (status).
      expectOk(await go('/v2/ultragroups/ug/muted-status', 'PUT', { status: true }));
      assert.equal((await form('/ultragroup/globalbanned/get.json', [['groupId', 'ug']])).json.status, true);
      expectOk(await form('/ultragroup/globalbanned/set.json', [['groupId', 'ug'], ['status', 'false']]));
      assert.equal(((await go('/v2/ultragroups/ug/muted-status', 'GET')).json.data as { status: boolean }).status, false);
    });

    it('/v2/ultragroups create adds the RCDefault channel, as /ultragroup/create.json does', async () => {
      // Go UGGroupCreate: POST /v2/ultragroups {user_id, group_id, group_name}.
      expectOk(await json('/v2/ultragroups', { user_id: 'owner', group_id: 'ug2', group_name: 'Two' }));
      const channels = await form('/ultragroup/channel/get.json', [['groupId', 'ug2']]);
      expectOk(channels);
      // Go UGChannelListResponse.channelList [{channelName}] (Java: busChannel / channelId): the default channel is listed.
      assert.match(JSON.stringify(channels.json.channelList), /RCDefault/);
    });
  });
}
