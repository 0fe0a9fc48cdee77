// Desktop VS Code (for contributors with internet): the same integration suite through
// @vscode/test-cli + @vscode/test-electron. Run `npm run test:desktop`. CI uses the offline route
// (scripts/run-integration.mjs), since VS Code downloads are not reachable there.
import { defineConfig } from '@vscode/test-cli';

export default defineConfig({
  files: 'out/test/integration/suites.js',
  workspaceFolder: 'test/fixtures',
  version: '1.98.0',
  mocha: { ui: 'tdd', timeout: 60000 },
});
