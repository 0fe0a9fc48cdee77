/**
 * The two endpoints whose form is a family of keyed parameters (#18): /chatroom/create.json
 * (`chatroom[<id>]=<name>`) and /group/sync.json (`userId` plus `group[<groupId>]=<groupName>`).
 * The data's facts are checked here, and the limits through validation.ts, which reads `keyed`.
 */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { CHATROOM_CREATE, CHATROOM_ID_MAX_BYTES, CHATROOM_NAME_MAX_CHARS, MAX_CHATROOMS_PER_CREATE } from '../../src/core/contract/chatroom';
import { GROUP_SYNC, MAX_GROUPS_PER_SYNC, SYNC_GROUP_NAME_MAX_CHARS } from '../../src/core/contract/group';
import { GROUP_ID_MAX_BYTES, type EndpointSpec } from '../../src/core/contract';
import { sdkSnippetIds, sdkTemplateProblems } from '../../src/core/sdkSnippets';
import { validateParams } from '../../src/core/validation';

type Pairs = Array<readonly [string, string]>;
const findings = (e: EndpointSpec, pairs: Pairs) => validateParams(e, pairs).map((f) => `${f.field}:${f.code}`);
const rooms = (n: number, name = 'Room'): Pairs => Array.from({ length: n }, (_, i) => [`chatroom[r${i}]`, name] as const);
const groups = (n: number, name = 'Team'): Pairs => Array.from({ length: n }, (_, i) => [`group[g${i}]`, name] as const);


test('chatroom/create.json: one keyed family chatroom[<id>]=<name>, 1–100 rooms, IDs of 64 bytes, names of 64 characters', () => {
  const [p] = CHATROOM_CREATE.params;
  assert.equal(CHATROOM_CREATE.params.length, 1);
  assert.equal(p.name, 'chatroom');
  assert.equal(p.required, true);
  assert.equal(p.code, 1006, 'a chatroom name is a name');
  assert.deepEqual(p.repeated, { min: 1, max: MAX_CHATROOMS_PER_CREATE });
  assert.equal(MAX_CHATROOMS_PER_CREATE, 100, 'docs, deprecated-create');
  assert.equal(p.keyed?.keyMaxBytes, CHATROOM_ID_MAX_BYTES);
  assert.equal(CHATROOM_ID_MAX_BYTES, 64);
  assert.equal(p.maxChars, CHATROOM_NAME_MAX_CHARS);
  assert.equal(CHATROOM_NAME_MAX_CHARS, 64, 'the Python SDK checks 1–64');
  assert.ok(CHATROOM_CREATE.notes?.en.includes('Go') && CHATROOM_CREATE.notes.zh.includes('Go'), 'the notes say where the SDKs disagree');
});

test('group/sync.json: userId required, the group family optional (none: the user leaves every group), IDs of 64 bytes', () => {
  const [user, group] = GROUP_SYNC.params;
  assert.deepEqual([user.name, user.required, user.code], ['userId', true, 1005]);
  assert.deepEqual([group.name, group.required, group.code], ['group', false, 1006]);
  assert.equal(group.keyed?.keyMaxBytes, GROUP_ID_MAX_BYTES);
  assert.deepEqual(group.repeated, { min: 1, max: MAX_GROUPS_PER_SYNC });
  assert.equal(group.maxChars, SYNC_GROUP_NAME_MAX_CHARS);
  assert.equal(GROUP_SYNC.docs?.zh, 'https://docs.rongcloud.cn/platform-chat-api/group/sync-group');
});

test('both have a snippet in every official SDK, and their templates name only their own parameters', () => {
  for (const e of [CHATROOM_CREATE, GROUP_SYNC]) {
    assert.deepEqual(sdkTemplateProblems(e), []);
    assert.deepEqual(sdkSnippetIds(e), ['go', 'java', 'node', 'php', 'python'], e.id);
  }
});

test('chatroom/create.json validation: the example passes; 100 rooms pass, 101 fail; none is missing', () => {
  assert.deepEqual(findings(CHATROOM_CREATE, [['chatroom[room-1]', 'Room 1']]), []);
  assert.deepEqual(findings(CHATROOM_CREATE, rooms(100)), []);
  assert.deepEqual(validateParams(CHATROOM_CREATE, rooms(101)).map((f) => [f.rule, f.limit]), [['tooManyValues', 100]], '101 rooms');
  // A missing parameter is the contract's 1003, whatever its kind.
  assert.deepEqual(findings(CHATROOM_CREATE, []), ['chatroom:1003']);
});

test('chatroom/create.json validation: a room ID of 64 bytes passes, 65 fails; a name of 64 characters passes, 65 fails', () => {
  assert.deepEqual(findings(CHATROOM_CREATE, [[`chatroom[${'r'.repeat(64)}]`, 'Room']]), []);
  assert.equal(validateParams(CHATROOM_CREATE, [[`chatroom[${'r'.repeat(65)}]`, 'Room']]).length, 1);
  assert.deepEqual(findings(CHATROOM_CREATE, [['chatroom[r1]', '房'.repeat(64)]]), []);
  const [over] = validateParams(CHATROOM_CREATE, [['chatroom[r1]', '房'.repeat(65)]]);
  assert.deepEqual([over?.code, over?.rule, over?.limit], [1006, 'tooManyChars', 64]);
});

test('group/sync.json validation: userId alone passes (the docs: no group unbinds them all); a group ID over 64 bytes fails; userId is required', () => {
  assert.deepEqual(findings(GROUP_SYNC, [['userId', 'user-1']]), []);
  assert.deepEqual(findings(GROUP_SYNC, [['userId', 'user-1'], ...groups(3)]), []);
  assert.deepEqual(findings(GROUP_SYNC, [['userId', 'user-1'], [`group[${'g'.repeat(64)}]`, 'Team']]), []);
  assert.deepEqual(validateParams(GROUP_SYNC, [['userId', 'user-1'], [`group[${'g'.repeat(65)}]`, 'Team']]).map((f) => [f.rule, f.limit]), [['tooLong', 64]]);
  assert.deepEqual(findings(GROUP_SYNC, groups(1)), ['userId:1003']);
});
