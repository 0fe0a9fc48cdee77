// Run in a window of its own with an empty workspace (scripts/run-integration.mjs runs it after the
// suites, and `npm run bench` alone with RONG_INTEGRATION_SUITE=activation): the extension must not
// activate where nobody uses Rong; then it prints how long activate() took.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID } from './support';

suite('activation probe', () => {
  test('a window with no Rong file that runs no Rong command leaves the extension inactive', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
    assert.equal((await vscode.workspace.findFiles('**/*.rong.http', undefined, 1)).length, 0, 'the probe workspace holds no .rong.http file');
    // onStartupFinished (what 0.2 used) fires within seconds of the workbench's start: watch past that.
    const until = Date.now() + 8_000;
    while (Date.now() < until) {
      assert.equal(ext.isActive, false, 'the extension activated in a window where nothing asked for it');
      await new Promise((r) => setTimeout(r, 100));
    }
  });

  test('reports activate() time', async () => {
    const api = await activateExtension();
    assert.ok(api.activationMs > 0);
    console.log(`activation-ms: ${api.activationMs.toFixed(3)}`);
  });
});
