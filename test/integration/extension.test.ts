import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

suite('extension', () => {
  test('activates and registers its commands', async () => {
    const ext = vscode.extensions.getExtension('rong-playground.rong-playground');
    assert.ok(ext, 'extension is present');
    await ext.activate();
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('rong.showLog'));
  });
});
