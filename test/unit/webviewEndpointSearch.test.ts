/** The playground's endpoint search in the store: typing filters, ↑/↓ move the cursor around the matches, a pick ends the search. */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { ENDPOINTS } from '../../src/core/contract';
import { playgroundCatalogue } from '../../src/playground/catalogue';
import { webviewStrings } from '../../src/playground/strings';
import { endpointSearch, movedSearchCursor } from '../../webview/select';
import { initialState, reduce, type Action, type State } from '../../webview/store';

// The first three modules: the store's search behaviour, stable while the data grows (chatroom's block endpoints would join `block`).
const FIRST_MODULES = new Set(['user', 'message', 'group']);
const full = playgroundCatalogue();
const catalogue = { modules: full.modules.filter((m) => FIRST_MODULES.has(m.id)), endpoints: full.endpoints.filter((e) => FIRST_MODULES.has(e.module)) };

const ready = (): State =>
  reduce(initialState(), {
    type: 'init',
    locale: 'en',
    strings: webviewStrings('en'),
    profiles: [],
    // The host sends the catalogue and, here, every record of it (a pick without its record is the store test's).
    catalogue,
    specs: ENDPOINTS.filter((e) => FIRST_MODULES.has(e.module)),
    form: { profile: '', endpointId: 'user.getToken', params: { userId: 'u1' }, nonce: 'n', timestamp: '1', locked: false },
    history: [],
  }).state;
const apply = (state: State, action: Action) => reduce(state, action);
const ids = (s: State) => endpointSearch(s).matches.map((e) => e.id);

test('nothing typed shows no list; `block` lists the endpoints under User with block in their path, `封禁` those with it in their title', () => {
  const s = ready();
  assert.deepEqual(endpointSearch(s), { groups: [], matches: [] });
  const typed = apply(s, { type: 'searchEndpoints', query: 'block' });
  assert.deepEqual(typed.changes, ['search']);
  assert.deepEqual(ids(typed.state), ['user.block', 'user.unblock', 'user.blockQuery', 'user.blockPushPeriodSet', 'user.blockPushPeriodGet', 'user.blockPushPeriodDelete']);
  assert.deepEqual(endpointSearch(typed.state).groups.map((g) => g.module.id), ['user']);
  assert.equal(endpointSearch(typed.state).active?.id, 'user.block', 'the cursor starts on the first match');
  assert.deepEqual(ids(apply(s, { type: 'searchEndpoints', query: '封禁' }).state), ['user.block', 'user.unblock', 'user.blockQuery']);
  assert.deepEqual(ids(apply(s, { type: 'searchEndpoints', query: 'zzz' }).state), []);
});

test('↓ and ↑ move the cursor and wrap around; Enter picks the match under it and the search ends', () => {
  let s = apply(ready(), { type: 'searchEndpoints', query: '/user/block' }).state;
  const list = ['user.block', 'user.blockQuery', 'user.blockPushPeriodSet', 'user.blockPushPeriodGet', 'user.blockPushPeriodDelete'];
  assert.deepEqual(ids(s), list);
  s = apply(s, { type: 'moveSearchCursor', active: movedSearchCursor(s, 1) }).state;
  assert.equal(endpointSearch(s).active?.id, 'user.blockQuery');
  s = apply(s, { type: 'moveSearchCursor', active: movedSearchCursor(s, -1) }).state;
  s = apply(s, { type: 'moveSearchCursor', active: movedSearchCursor(s, -1) }).state;
  assert.equal(endpointSearch(s).active?.id, list[list.length - 1], 'before the first: the last');
  s = apply(s, { type: 'moveSearchCursor', active: movedSearchCursor(s, 1) }).state;
  assert.equal(endpointSearch(s).active?.id, 'user.block', 'past the last: back to the first');
  s = apply(s, { type: 'moveSearchCursor', active: movedSearchCursor(s, 1) }).state;
  const picked = apply(s, { type: 'pickEndpoint', endpointId: endpointSearch(s).active!.id });
  assert.equal(picked.state.form.endpointId, 'user.blockQuery');
  assert.deepEqual(picked.state.search, { query: '', active: 0 });
  assert.ok(picked.changes.includes('search') && picked.changes.includes('fields'));
});

test('typing again puts the cursor back on the first match; a cursor past a shorter list stays on its last', () => {
  let s = apply(ready(), { type: 'searchEndpoints', query: 'user' }).state;
  s = apply(s, { type: 'moveSearchCursor', active: 5 }).state;
  assert.equal(apply(s, { type: 'searchEndpoints', query: 'user.' }).state.search.active, 0);
  const shorter = { ...s, search: { query: 'blockQuery', active: 5 } };
  assert.equal(endpointSearch(shorter).active?.id, 'user.blockQuery');
});
