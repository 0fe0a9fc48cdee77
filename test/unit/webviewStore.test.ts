/** The webview's one store: no state outside it (a source scan), and the reducer's answers to the host's messages and a person's actions. */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { findEndpointById, type ParamSpec } from '../../src/core/contract';
import type { FormState, HistoryEntry, HostToWebview, Preview, ProfileOption } from '../../src/playground/protocol';
import { playgroundCatalogue, specsFor } from '../../src/playground/catalogue';
import { webviewStrings } from '../../src/playground/strings';
import { currentPreview, sendProblems } from '../../webview/select';
import { initialState, PREVIEW_DELAY_MS, reduce, type Action, type State } from '../../webview/store';

const ROOT = join(__dirname, '..', '..');
const WEBVIEW = join(ROOT, 'webview');
const STORE = join(WEBVIEW, 'store.ts');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? sources(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
}

test('no module-level let or var in webview/ outside the store: the store owns the state', () => {
  const files = sources(WEBVIEW);
  assert.ok(files.includes(STORE), 'webview/store.ts exists');
  const found = files
    .filter((f) => f !== STORE)
    .flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .map((line, i) => ({ where: `${relative(ROOT, f)}:${i + 1}`, line }))
        // Module level = not indented; `export let` counts too.
        .filter(({ line }) => /^(export\s+)?(let|var)\s/.test(line)),
    );
  assert.deepEqual(found, [], `state belongs in webview/store.ts (changed by dispatch), not in module-level variables:\n${found.map((x) => `${x.where}: ${x.line}`).join('\n')}`);
});

test('no view reads or writes a shared session object: views get the state from the store', () => {
  for (const f of sources(WEBVIEW).filter((x) => x !== STORE)) {
    assert.doesNotMatch(readFileSync(f, 'utf8'), /\bsession\s*[.[]/, `${relative(ROOT, f)} uses a shared session object`);
  }
});

const profiles: ProfileOption[] = [
  { name: 'dev', host: 'api.example', appKey: 'k1', active: false },
  { name: 'prod', host: 'api2.example', appKey: 'k2', active: true },
] as ProfileOption[];
const form = (over: Partial<FormState> = {}): FormState => ({ profile: '', endpointId: 'user.getToken', params: {}, nonce: 'n1', timestamp: '1', locked: false, ...over });
const init = (over: Partial<Extract<HostToWebview, { type: 'init' }>> = {}): HostToWebview => ({
  type: 'init',
  locale: 'en',
  strings: webviewStrings('en'),
  profiles,
  catalogue: playgroundCatalogue(),
  form: form(),
  history: [],
  // As the host sends them: the form's record, plus user.block's for the pick below.
  specs: [...specsFor(over.form ?? form()), findEndpointById('user.block')!],
  ...over,
});

function run(...actions: Action[]): { state: State; changes: string[][] } {
  let state = initialState();
  const changes: string[][] = [];
  for (const a of actions) {
    const step = reduce(state, a);
    state = step.state;
    changes.push([...step.changes]);
  }
  return { state, changes };
}

const spec = (endpointId: string, name: string): ParamSpec => {
  const p = findEndpointById(endpointId)?.params.find((x) => x.name === name);
  assert.ok(p, `${endpointId} ${name}`);
  return p;
};

const preview = (s: State): Preview => ({ seq: s.seq, profile: s.form.profile, nonce: s.form.nonce, timestamp: s.form.timestamp, signingString: '', snippets: [] }) as unknown as Preview;

test('before init every action is ignored; init shows the page, takes the active profile and asks for a preview at once', () => {
  const before = run({ type: 'profiles', profiles }, { type: 'attempt' });
  assert.deepEqual(before.changes, [[], []]);
  assert.equal(before.state.ready, false);
  const { state, changes } = run(init());
  assert.equal(state.ready, true);
  assert.equal(state.form.profile, 'prod', 'the active profile');
  assert.equal(state.seq, 1);
  assert.equal(state.previewDelay, 0);
  assert.deepEqual(changes[0], ['page', 'profiles', 'fields', 'signing', 'derived', 'form', 'history']);
});

test('a preview for an older form is not current; typing moves the number at once and asks shortly', () => {
  const { state } = run(init());
  const old = preview(state);
  const typed = reduce(state, { type: 'typeParam', spec: spec('user.getToken', 'userId'), value: 'u1', row: 0 });
  assert.equal(typed.state.seq, state.seq + 1);
  assert.equal(typed.state.previewDelay, PREVIEW_DELAY_MS);
  assert.deepEqual(typed.state.form.params, { userId: 'u1' });
  assert.ok(typed.state.touched.has('userId'));
  assert.ok(!typed.changes.includes('fields'), 'typing never rebuilds the controls (focus stays)');
  const late = reduce(typed.state, { type: 'preview', preview: old });
  assert.equal(late.state, typed.state, 'an answer to an older form is dropped');
  const fresh = reduce(typed.state, { type: 'preview', preview: preview(typed.state) });
  assert.ok(currentPreview(fresh.state));
  assert.equal(state.form.params.userId, undefined, 'the earlier state is never changed');
});

test('Send on an untouched form shows every finding; a result ends the send and is selected', () => {
  const { state } = run(init());
  assert.deepEqual(sendProblems(state).shown, []);
  assert.ok(sendProblems(state).pending.length > 0);
  const attempted = reduce(state, { type: 'attempt' }).state;
  assert.ok(sendProblems(attempted).shown.length > 0);
  const sending = reduce(attempted, { type: 'sending', id: 7 }).state;
  assert.equal(sending.sendingId, 7);
  const entry = { id: 7, at: 0, host: 'h', form: sending.form } as unknown as HistoryEntry;
  const done = reduce(sending, { type: 'result', entry, specs: specsFor(entry.form) });
  assert.equal(done.state.sendingId, undefined);
  assert.equal(done.state.selectedId, 7);
  assert.deepEqual(done.changes, ['history', 'derived']);
  const loaded = reduce(reduce(done.state, { type: 'typeParam', spec: spec('user.getToken', 'userId'), value: 'x', row: 0 }).state, { type: 'loadEntry', id: 7 });
  assert.deepEqual(loaded.state.form, entry.form);
  assert.equal(loaded.state.touched.size, 0);
  assert.equal(loaded.state.attempted, false);
});

test('another endpoint keeps the values it also takes; rows added or removed rebuild the controls', () => {
  const { state } = run(init({ form: form({ profile: 'dev', params: { userId: 'u1', name: 'n' } }) }));
  assert.equal(state.form.profile, 'dev', 'a chosen profile stays');
  const block = reduce(state, { type: 'pickEndpoint', endpointId: 'user.block' });
  assert.deepEqual(block.state.form.params, { userId: ['u1'] });
  assert.ok(block.changes.includes('fields'));
  assert.equal(reduce(state, { type: 'pickEndpoint', endpointId: 'no.such' }).state, state);
  const added = reduce(block.state, { type: 'addRow', spec: spec('user.block', 'userId') });
  assert.deepEqual(added.state.form.params, { userId: ['u1', ''] });
  assert.ok(added.changes.includes('fields'));
});

test('typing a nonce locks the pair; fresh values from the host go into the controls', () => {
  const { state } = run(init());
  const typed = reduce(state, { type: 'typeSigning', nonce: 'abc' }).state;
  assert.equal(typed.form.nonce, 'abc');
  assert.equal(typed.form.locked, true);
  const fresh = reduce(typed, { type: 'fresh', nonce: 'n2', timestamp: '2' });
  assert.deepEqual([fresh.state.form.nonce, fresh.state.form.timestamp], ['n2', '2']);
  assert.deepEqual(fresh.changes, ['signing', 'derived', 'form']);
});

test('an info notice expires; the expiry of an older notice leaves a newer one', () => {
  const { state } = run(init(), { type: 'notice', level: 'info', text: 'saved' });
  const first = state.notice;
  assert.ok(first);
  const newer = reduce(state, { type: 'notice', level: 'error', text: 'failed' }).state;
  assert.equal(reduce(newer, { type: 'noticeExpired', id: first.id }).state.notice?.text, 'failed');
  assert.equal(reduce(state, { type: 'noticeExpired', id: first.id }).state.notice?.text, '');
});

test('an unknown message is ignored, not thrown', () => {
  const { state } = run(init());
  assert.equal(reduce(state, { type: 'nonsense' } as unknown as Action).state, state);
});

test('a pick whose record the page lacks ends the search at once and waits for the host; its form brings the record', () => {
  const { state } = run(init(), { type: 'searchEndpoints', query: 'unblock' });
  assert.equal(state.specs['user.unblock'], undefined, 'the page holds only the records it was sent');
  const picked = reduce(state, { type: 'pickEndpoint', endpointId: 'user.unblock' });
  assert.deepEqual(picked.changes, ['search']);
  assert.deepEqual(picked.state.search, { query: '', active: 0 });
  assert.equal(picked.state.form, state.form, 'the form stays until the host answers');
  const unblock = findEndpointById('user.unblock')!;
  const answered = reduce(picked.state, { type: 'form', form: form({ endpointId: 'user.unblock' }), specs: [unblock] });
  assert.equal(answered.state.form.endpointId, 'user.unblock');
  assert.equal(answered.state.specs['user.unblock'], unblock);
  assert.equal(answered.state.specs['user.getToken'], state.specs['user.getToken'], 'records already sent stay');
  assert.ok(answered.changes.includes('fields'));
});
