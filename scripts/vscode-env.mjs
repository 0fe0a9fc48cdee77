// Where the offline test tools live (installed by scripts/install-test-tools.sh into .vscode-test/),
// and how to make sure they are there. In CI a missing tool is a failure, never a skip.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const cache = join(root, '.vscode-test');
export const node24 = join(cache, 'node24/node_modules/.bin/node');
export const codeServerDir = join(cache, 'code-server/node_modules/code-server');
export const serverMain = join(codeServerDir, 'lib/vscode/out/server-main.js');
export const codeServerBin = join(codeServerDir, 'out/node/entry.js');
export const chromium = process.env.RONG_CHROMIUM ?? '/usr/bin/chromium';

export function toolsPresent() {
  return existsSync(node24) && existsSync(serverMain) && existsSync(join(cache, 'code-server/.complete')) && existsSync(chromium);
}

/** Installs the tools when missing (root: apt-get, npm). Throws with the reason when it cannot. */
export function ensureTools() {
  if (toolsPresent()) return;
  const r = spawnSync('bash', [join(root, 'scripts/install-test-tools.sh')], { stdio: 'inherit' });
  if (r.status !== 0 || !toolsPresent()) {
    throw new Error('the VS Code test tools (Chromium, Node 24, code-server) could not be installed: see the lines above');
  }
}

/** Chromium flags that keep a headless browser off this machine's closed network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
