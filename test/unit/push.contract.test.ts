/** The push endpoints of #18 (JSON bodies) at the limits their sources state (push.ts notes say which source). */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { PUSH, PUSH_CUSTOM, PUSH_ENDPOINTS, PUSH_USER } from '../../src/core/contract/push';
import type { EndpointSpec } from '../../src/core/contract';
import { validateParams } from '../../src/core/validation';

type Pairs = Array<readonly [string, string]>;
const rules = (e: EndpointSpec, pairs: Pairs) => validateParams(e, pairs).map((f) => `${f.field}:${f.code}:${f.rule}`);
const many = (n: number, key: string): Pairs => Array.from({ length: n }, (_, i) => [key, `v${i}`] as const);
const base: Pairs = [['platform', 'ios'], ['audience.is_to_all', 'false'], ['notification.alert', 'Hi']];

test('/push.json: platform 1–2, tag and tag_or 1–20, userid 1–1000 (1005), is_to_all an optional boolean, alert required', () => {
  assert.deepEqual(rules(PUSH, [...base, ['platform', 'android']]), []);
  assert.deepEqual(rules(PUSH, [...base, ['platform', 'android'], ['platform', 'x']]), ['platform:1003:tooManyValues']);
  assert.deepEqual(rules(PUSH, [...base, ...many(20, 'audience.tag'), ...many(20, 'audience.tag_or')]), []);
  assert.deepEqual(rules(PUSH, [...base, ...many(21, 'audience.tag')]), ['audience.tag:1003:tooManyValues']);
  assert.deepEqual(rules(PUSH, [...base, ...many(21, 'audience.tag_or')]), ['audience.tag_or:1003:tooManyValues']);
  assert.deepEqual(rules(PUSH, [...base, ...many(1000, 'audience.userid')]), []);
  assert.deepEqual(rules(PUSH, [...base, ...many(1001, 'audience.userid')]), ['audience.userid:1005:tooManyValues']);
  assert.deepEqual(rules(PUSH, [['platform', 'ios'], ['audience.is_to_all', '1'], ['notification.alert', 'Hi']]), ['audience.is_to_all:1003:notFlag']);
  // is_to_all may be left out: Java's Audience (a null Boolean) and the Node SDK's own push example send none.
  assert.deepEqual(rules(PUSH, [['platform', 'ios'], ['notification.alert', 'Hi']]), []);
  assert.deepEqual(rules(PUSH, [['platform', 'ios'], ['audience.is_to_all', 'true']]), ['notification.alert:1003:missing']);
});

test('/push.json: title at most 50 characters, badge at most 9999, the broadcast message fields typed', () => {
  assert.deepEqual(rules(PUSH, [...base, ['notification.title', '标'.repeat(50)], ['notification.ios.badge', '9999']]), []);
  assert.deepEqual(rules(PUSH, [...base, ['notification.title', '标'.repeat(51)]]), ['notification.title:1003:tooManyChars']);
  assert.deepEqual(rules(PUSH, [...base, ['notification.ios.badge', '10000']]), ['notification.ios.badge:1003:outOfRange']);
  assert.deepEqual(rules(PUSH, [...base, ['fromuserid', 'u1'], ['message.objectName', 'RC:TxtMsg'], ['message.content', '{"content":"hi"}']]), []);
  assert.deepEqual(rules(PUSH, [...base, ['message.content', '{"content":']]), ['message.content:1003:notJson']);
  assert.deepEqual(rules(PUSH, [...base, ['fromuserid', 'a b']]), ['fromuserid:1005:whitespace']);
  assert.deepEqual(rules(PUSH, [...base, ['notification.android.hw', '{"channelId":"c"}'], ['notification.ios.extras', '{"k":"v"}']]), []);
  assert.deepEqual(rules(PUSH, [...base, ['notification.android.hw', 'c']]), ['notification.android.hw:1003:notJson']);
});

test('/push/user.json: 1–100 userIds (1005), pushContent required, title at most 50 characters', () => {
  const content: Pairs = [['notification.pushContent', 'Hi']];
  assert.deepEqual(rules(PUSH_USER, [...many(100, 'userIds'), ...content]), []);
  assert.deepEqual(rules(PUSH_USER, [...many(101, 'userIds'), ...content]), ['userIds:1005:tooManyValues']);
  assert.deepEqual(rules(PUSH_USER, content), ['userIds:1003:missing']);
  assert.deepEqual(rules(PUSH_USER, [['userIds', 'u']]), ['notification.pushContent:1003:missing']);
  assert.deepEqual(rules(PUSH_USER, [['userIds', 'u'], ...content, ['notification.title', 'x'.repeat(51)]]), ['notification.title:1003:tooManyChars']);
});

test('/push/custom.json: tagItems is a JSON array, the audience rules of /push.json hold', () => {
  assert.deepEqual(rules(PUSH_CUSTOM, [...base, ['audience.tagItems', '[{"tags":["a"],"isNot":false,"tagsOperator":"OR","itemsOperator":"OR"}]']]), []);
  assert.deepEqual(rules(PUSH_CUSTOM, [...base, ['audience.tagItems', '[{']]), ['audience.tagItems:1003:notJson']);
  assert.deepEqual(rules(PUSH_CUSTOM, [...base, ...many(21, 'audience.tag')]), ['audience.tag:1003:tooManyValues']);
});

test('every push record: a JSON body, unique names, required examples pass, no parent object beside its dotted fields, sdks name its fields', () => {
  for (const e of PUSH_ENDPOINTS) {
    assert.equal(e.body, 'json', e.id);
    const names = e.params.map((p) => p.name);
    assert.equal(new Set(names).size, names.length, `${e.id} names a parameter twice`);
    for (const n of names) assert.ok(!names.some((m) => m.startsWith(`${n}.`)), `${e.id}: ${n} is both a field and an object`);
    const pairs = e.params.filter((p) => p.required).map((p) => [p.name, p.example ?? ''] as const);
    assert.deepEqual(rules(e, pairs), [], e.id);
    // Each argument of a call template (after ( , : or =) is a parameter of the record, dotted names included.
    for (const call of Object.values(e.sdks ?? {})) {
      for (const arg of call.match(/(?<=[(,:=]\s*)[a-zA-Z_.-]+(?=\s*[,)}])/g) ?? []) assert.ok(names.includes(arg), `${e.id}: ${call} names ${arg}`);
    }
  }
});
