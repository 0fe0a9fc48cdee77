/** group.ts's SDK call templates (#18): each is a call whose arguments are the record's parameters or literals. */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { GROUP_CREATE, GROUP_ENDPOINTS, GROUP_REMARKS_SET } from '../../src/core/contract/group';

/** The identifiers a template passes: the call's arguments without model/object keys and type names. */
function argumentNames(call: string): string[] {
  const args = call.replace(/^(?:[^(]*\(\)(?:->|\.))*[^(]*\(/, '').replace(/\)$/, '').replace(/\b\w+\s*:/g, '').replace(/\b\w+\{/g, '').replace(/\b\w+=/g, '');
  return args.match(/[A-Za-z_]\w*/g) ?? [];
}

test('every group SDK template is a call naming only its record\'s parameters', () => {
  for (const e of GROUP_ENDPOINTS) {
    const names = new Set(e.params.map((p) => p.name));
    assert.ok(e.sdks && Object.keys(e.sdks).length > 0, `${e.id} has SDK calls`);
    for (const [sdk, call] of Object.entries(e.sdks ?? {})) {
      assert.match(call, /\(.*\)$/, `${e.id} ${sdk} is a call`);
      for (const arg of argumentNames(call)) assert.ok(names.has(arg), `${e.id} ${sdk}: ${arg}`);
    }
  }
});

test('templates follow the SDK signatures: Go create takes (id, name, members); Python passes keywords; remark has no Node or Python call', () => {
  assert.equal(GROUP_CREATE.sdks?.go, 'GroupCreate(groupId, groupName, [userId])');
  assert.deepEqual(argumentNames(GROUP_CREATE.sdks?.python ?? ''), ['userId', 'groupId', 'groupName']);
  assert.deepEqual(Object.keys(GROUP_REMARKS_SET.sdks ?? {}).sort(), ['go', 'java', 'php']);
});
