/**
 * What the official Go SDK (server-sdk-go v4.0.7) sends for the first message and group calls is
 * accepted in both behaviours (issue 19's first finding): its send options (isCounted, isMentioned,
 * pushExt, disableUpdateLastMsg…), its group notification options (bindNotifyMsg, fromUserId,
 * isPersisted…), flags as true/false (strconv.FormatBool) and as 0/1 (strconv.Itoa), and a path with
 * two slashes. A parameter no source names is 1003 in the contract behaviour and ignored, with a log
 * line, in realService. The parameter names below are read from sdk/message.go and sdk/group.go.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Behaviour } from '../../src/sandbox/handlers';
import { SandboxServer } from '../../src/sandbox/server';
import { call } from './support/sandboxClient';

const APP = { appKey: 'go-sdk-app', appSecret: 'go-sdk-secret-0123' };
type Pairs = ReadonlyArray<readonly [string, string]>;

/** PrivateSend with its options as Go writes them (sdk/message.go: Itoa for ints, FormatBool for bools). */
const PRIVATE: Pairs = [
  ['fromUserId', 'alice'],
  ['toUserId', 'bob'],
  ['objectName', 'RC:TxtMsg'],
  ['content', '{"content":"hi"}'],
  ['pushContent', ''],
  ['pushData', ''],
  ['count', '0'],
  ['verifyBlacklist', '0'],
  ['isPersisted', '1'],
  ['contentAvailable', '0'],
  ['isIncludeSender', '0'],
  ['expansion', 'false'],
  ['disablePush', 'false'],
  ['isCounted', '1'],
  ['pushExt', '{"title":"t"}'],
  ['disableUpdateLastMsg', 'true'],
];

/** GroupCreate with MessageOptions{BindNotifyMsg: true, …} (sdk/group.go setMessageOptions). */
const GROUP_OPTIONS: Pairs = [
  ['bindNotifyMsg', 'true'],
  ['fromUserId', 'alice'],
  ['objectName', 'RC:GrpNtf'],
  ['content', '{"operation":"Create"}'],
  ['pushContent', ''],
  ['pushData', ''],
  ['isIncludeSender', '0'],
  ['isPersisted', '1'],
  ['maxMember', '0'],
  ['pushExt', ''],
];

async function withSandbox(behaviour: Behaviour, run: (url: string, log: string[]) => Promise<void>): Promise<void> {
  const log: string[] = [];
  const server = await SandboxServer.start({ apps: [APP], behaviour, log: (l) => log.push(l) });
  try {
    await run(server.url, log);
  } finally {
    await server.stop();
  }
}

for (const behaviour of ['contract', 'realService'] as const) {
  describe(`the Go SDK's message and group calls, ${behaviour} behaviour`, () => {
    it('private, system and group sends with Go\'s options are answered 200', async () => {
      await withSandbox(behaviour, async (url) => {
        for (const userId of ['alice', 'bob']) assert.equal((await call(url, APP, '/user/getToken.json', [['userId', userId], ['name', userId]])).json.code, 200);
        const priv = await call(url, APP, '/message/private/publish.json', PRIVATE);
        assert.equal(priv.json.code, 200, JSON.stringify(priv.json));
        const system = await call(url, APP, '/message/system/publish.json', [['fromUserId', 'alice'], ['toUserId', 'bob'], ['objectName', 'RC:TxtMsg'], ['content', '{"content":"hi"}'], ['disablePush', 'false'], ['isPersisted', '1'], ['disableUpdateLastMsg', 'false']]);
        assert.equal(system.json.code, 200, JSON.stringify(system.json));
        const created = await call(url, APP, '/group/create.json', [['userId', 'alice'], ['userId', 'bob'], ['groupId', 'g1'], ['groupName', 'Team'], ...GROUP_OPTIONS]);
        assert.equal(created.json.code, 200, JSON.stringify(created.json));
        const group = await call(url, APP, '/message/group/publish.json', [['fromUserId', 'alice'], ['toGroupId', 'g1'], ['objectName', 'RC:TxtMsg'], ['content', '{"content":"@bob"}'], ['isMentioned', '1'], ['isPersisted', '1'], ['isIncludeSender', '0'], ['expansion', 'false'], ['disablePush', 'false']]);
        assert.equal(group.json.code, 200, JSON.stringify(group.json));
        for (const path of ['/group/join.json', '/group/quit.json']) {
          const pairs: Pairs = [['userId', 'carol'], ['groupId', 'g1'], ['groupName', 'Team'], ...GROUP_OPTIONS];
          const r = await call(url, APP, path, pairs.filter(([k]) => path === '/group/join.json' || k !== 'groupName'));
          assert.notEqual(r.json.code, 1003, `${path}: ${JSON.stringify(r.json)}`);
        }
        const dismissed = await call(url, APP, '/group/dismiss.json', [['userId', 'alice'], ['groupId', 'g1'], ...GROUP_OPTIONS]);
        assert.equal(dismissed.json.code, 200, JSON.stringify(dismissed.json));
      });
    });

    it('a flag in either spelling is taken (0/1 and false/true); a third spelling is 1003 naming the data\'s', async () => {
      await withSandbox(behaviour, async (url) => {
        for (const userId of ['alice', 'bob']) await call(url, APP, '/user/getToken.json', [['userId', userId], ['name', userId]]);
        const base: Pairs = [['fromUserId', 'alice'], ['toUserId', 'bob'], ['objectName', 'RC:TxtMsg'], ['content', '{}']];
        for (const v of ['0', '1', 'false', 'true']) assert.equal((await call(url, APP, '/message/private/publish.json', [...base, ['isPersisted', v], ['disablePush', v]])).json.code, 200, v);
        const bad = await call(url, APP, '/message/private/publish.json', [...base, ['disablePush', 'yes']]);
        assert.equal(bad.json.code, 1003);
        assert.match(bad.json.errorMessage ?? '', /disablePush must be false or true/);
      });
    });

    it('a path with two slashes is the path (the Go SDK asks for //user/deactivate/query.json)', async () => {
      await withSandbox(behaviour, async (url) => {
        const r = await call(url, APP, '//user/getToken.json', [['userId', 'dave'], ['name', 'Dave']]);
        assert.equal(r.json.code, 200, JSON.stringify(r.json));
      });
    });
  });
}

describe('a parameter no source names', () => {
  const pairs: Pairs = [['userId', 'erin'], ['name', 'Erin'], ['madeUp', '1']];
  it('is 1003 naming it in the contract behaviour', async () => {
    await withSandbox('contract', async (url) => {
      const r = await call(url, APP, '/user/getToken.json', pairs);
      assert.equal(r.json.code, 1003);
      assert.match(r.json.errorMessage ?? '', /unknown parameter madeUp/);
    });
  });
  it('is ignored with a log line in realService, as the live service ignores unknown form fields', async () => {
    await withSandbox('realService', async (url, log) => {
      const r = await call(url, APP, '/user/getToken.json', pairs);
      assert.equal(r.json.code, 200, JSON.stringify(r.json));
      assert.ok(log.some((l) => l.includes('/user/getToken.json: ignored unknown parameter(s) madeUp (realService behaviour)')), log.join('\n'));
    });
  });
});
