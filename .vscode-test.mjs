// Desktop VS Code (for contributors with internet): the same integration suite through
// @vscode/test-cli + @vscode/test-electron. Run `npm run test:desktop`. CI uses the offline route
// (scripts/run-integration.mjs), since VS Code downloads are not reachable there.
import { defineConfig } from '@vscode/test-cli';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The suites write files into the workspace: give them a copy of the fixtures, as the offline runner does.
const workspace = mkdtempSync(join(tmpdir(), 'rong-desktop-'));
cpSync('test/fixtures', workspace, { recursive: true });

export default defineConfig({
  files: 'out/test/integration/suites.js',
  workspaceFolder: workspace,
  version: '1.98.0',
  // The second extension claims *.http, as REST Client does: *.rong.http must still be ours.
  extensionDevelopmentPath: ['.', 'test/extensions/plain-http'],
  mocha: { ui: 'tdd', timeout: 60000 },
});
