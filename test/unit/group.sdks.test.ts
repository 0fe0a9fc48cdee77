/** group.ts's SDK call templates (#18): each is a call whose arguments are the record's parameters or literals. */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { GROUP_CREATE, GROUP_ENDPOINTS, GROUP_REMARKS_SET } from '../../src/core/contract/group';
import { sdkTemplateProblems } from '../../src/core/sdkSnippets';

test('every group SDK template is a call naming only its record\'s parameters', () => {
  for (const e of GROUP_ENDPOINTS) {
    const names = new Set(e.params.map((p) => p.name));
    assert.ok(e.sdks && Object.keys(e.sdks).length > 0, `${e.id} has SDK calls`);
    for (const [sdk, call] of Object.entries(e.sdks ?? {})) assert.match(call, /\(.*\)$/, `${e.id} ${sdk} is a call`);
    // The one reading of the grammar (core/sdkSnippets.ts): every argument is a parameter of this record or a literal.
    assert.deepEqual(sdkTemplateProblems(e), [], e.id);
    assert.ok(names.size > 0);
  }
});

test('templates follow the SDK signatures: Go create takes (id, name, members); Python passes keywords; remark has no Node or Python call', () => {
  assert.equal(GROUP_CREATE.sdks?.go, 'GroupCreate(groupId, groupName, [userId])');
  assert.match(GROUP_CREATE.sdks?.python ?? '', /^get_group\(\)\.create\(\w+=\[userId\], \w+=groupId, \w+=groupName\)$/);
  assert.deepEqual(Object.keys(GROUP_REMARKS_SET.sdks ?? {}).sort(), ['go', 'java', 'php']);
});
