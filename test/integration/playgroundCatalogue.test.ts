/**
 * The playground's webview holds no endpoint records (#18): init brings the catalogue and the records
 * of the endpoints shown; a pick of another endpoint goes to the host, which answers with the form
 * and that endpoint's record. Messages reach the host's own handler through the test API.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { RongTestApi } from '../../src/extension';
import type { FormState, HostToWebview } from '../../src/playground/protocol';
import { activateExtension, waitFor } from './support';

function sentToWebview(api: RongTestApi, from = 0): HostToWebview[] {
  return api.playground
    .messages()
    .slice(from)
    .filter((m) => m.direction === 'toWebview')
    .map((m) => JSON.parse(m.text) as HostToWebview);
}

suite('playground: the catalogue in messages, records only of the endpoints shown', () => {
  let api: RongTestApi;

  suiteSetup(async () => {
    api = await activateExtension();
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('init carries every endpoint in the catalogue and the records of the form and the history only', async () => {
    // A new panel (the suites before closed theirs): its webview says ready, the host answers with init.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const from = api.playground.messages().length;
    await vscode.commands.executeCommand('rong.openPlayground', { endpointId: 'user.getToken' });
    const init = await waitFor('init', () => sentToWebview(api, from).find((m) => m.type === 'init'), 60_000);
    assert.equal(init.type, 'init');
    if (init.type !== 'init') return;
    const ids = init.catalogue.endpoints.map((e) => e.id);
    assert.ok(ids.includes('user.getToken') && ids.includes('user.block') && ids.length >= 19, ids.join(', '));
    assert.deepEqual(Object.keys(init.catalogue.endpoints[0]).sort(), ['id', 'module', 'path', 'title']);
    const shown = new Set([init.form.endpointId, ...init.history.map((e) => e.form.endpointId)]);
    assert.deepEqual(init.specs.map((e) => e.id).sort(), [...shown].sort());
  });

  test('pickEndpoint: the host answers with the form (values the endpoint takes kept) and its record; an unknown id is refused and logged', async () => {
    const form: FormState = { profile: 'sandbox', endpointId: 'user.getToken', params: { userId: 'u1', name: 'n' }, nonce: '1', timestamp: '2', locked: false };
    const before = api.playground.messages().length;
    await api.playground.receive({ type: 'pickEndpoint', endpointId: 'user.block', form });
    const answer = await waitFor('the form for user.block', () => sentToWebview(api, before).find((m) => m.type === 'form'));
    assert.equal(answer.type, 'form');
    if (answer.type !== 'form') return;
    assert.equal(answer.form.endpointId, 'user.block');
    assert.deepEqual(answer.form.params, { userId: ['u1'] });
    assert.ok(answer.specs.some((e) => e.id === 'user.block' && e.params.some((p) => p.name === 'minute')), answer.specs.map((e) => e.id).join(', '));
    assert.equal(api.playground.form()?.endpointId, 'user.block');

    const warningsBefore = api.logLines().filter((l) => l.includes('pickEndpoint.endpointId: no such endpoint')).length;
    const quiet = api.playground.messages().length;
    await api.playground.receive({ type: 'pickEndpoint', endpointId: 'user.nope', form });
    assert.equal(api.logLines().filter((l) => l.includes('pickEndpoint.endpointId: no such endpoint')).length, warningsBefore + 1);
    assert.deepEqual(sentToWebview(api, quiet).filter((m) => m.type === 'form'), [], 'no form for an unknown endpoint');
    assert.equal(api.playground.form()?.endpointId, 'user.block');
    await vscode.commands.executeCommand('rong.openPlayground', { endpointId: 'user.getToken' });
  });
});
