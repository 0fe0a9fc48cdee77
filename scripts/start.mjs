#!/usr/bin/env node
// The main job in one command: builds the VSIX and opens Rong Playground on its embedded default,
// the local sandbox. Desktop VS Code when `code` is on PATH; otherwise the cached code-server on
// 127.0.0.1 with the extension installed, the sandbox starting by itself, and the example
// .rong.http file, the walkthrough and the Rong Sandbox view open (src/views/startGuide.ts).
// Prints the URL to open; Ctrl+C (or SIGTERM to this process) stops code-server and all it started.
//   node scripts/start.mjs [--port N] [--no-desktop]
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { forwardSignals, freePortAfter, portInUse, portInUseMessage, spawnGroup } from './startSupport.mjs';
import { codeServerBin, ensureTools, node24, root } from './vscode-env.mjs';

const { values } = parseArgs({ options: { port: { type: 'string', default: '8080' }, 'no-desktop': { type: 'boolean', default: false } } });
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number 0–65535, not "${values.port}"`);
  process.exit(2);
}

const sh = (cmd, args, opts = {}) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

const hasCode = !values['no-desktop'] && spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
// Before the minute of packaging: a busy port would otherwise end as a bare EADDRINUSE.
if (!hasCode && port !== 0 && (await portInUse(port))) {
  console.error(portInUseMessage(port, await freePortAfter(port)));
  process.exit(2);
}

sh('npm', ['run', '-s', 'package']);
const vsix = join(root, 'rong-playground.vsix');
const home = join(root, '.vscode-test/start');
const workspace = join(home, 'workspace');
mkdirSync(workspace, { recursive: true });
cpSync(join(root, 'examples'), workspace, { recursive: true });

if (hasCode) {
  sh('code', ['--install-extension', vsix, '--force']);
  sh('code', ['--new-window', workspace, join(workspace, 'getting-started.rong.http')]);
  console.log(`Opened ${workspace} in VS Code: the sandbox starts by itself; run "Rong: Register User".`);
  process.exit(0);
}

ensureTools();
const userData = join(home, 'user');
const extensions = join(home, 'extensions');
mkdirSync(join(userData, 'User'), { recursive: true });
writeFileSync(
  join(userData, 'User/settings.json'),
  JSON.stringify({
    'workbench.startupEditor': 'none',
    'chat.disableAIFeatures': true,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    // The workspace sits inside this repository's checkout: no "open the parent repository?" prompt.
    'git.openRepositoryInParentFolders': 'never',
  }, null, 2),
);
const config = join(home, 'config.yaml');
writeFileSync(config, 'auth: none\ncert: false\n');
const common = ['--config', config, '--user-data-dir', userData, '--extensions-dir', extensions];
sh(node24, [codeServerBin, ...common, '--install-extension', vsix, '--force'], { stdio: ['ignore', 'ignore', 'inherit'] });
const guide = JSON.stringify({ file: join(workspace, 'getting-started.rong.http'), run: `${Date.now()}` });
const child = spawnGroup(
  node24,
  [codeServerBin, ...common, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', workspace],
  { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, RONG_START_GUIDE: guide } },
);
let busy = false;
child.stderr.on('data', (chunk) => {
  process.stderr.write(chunk);
  busy ||= chunk.toString().includes('EADDRINUSE');
});
child.stdout.on('data', (chunk) => {
  const m = /HTTP server listening on (http:\/\/[^\s]+)/.exec(chunk.toString());
  if (m) {
    const url = `${m[1].replace(/\/$/, '')}/?folder=${encodeURIComponent(workspace)}`;
    console.log(`\nRong Playground is running in VS Code (code-server): open ${url}`);
    console.log('The local sandbox starts by itself. Press F1 → "Rong: Register User" for a token. Ctrl+C stops.\n');
  }
});
const code = await forwardSignals(child);
// Taken between the check above and code-server's listen.
if (busy) console.error(portInUseMessage(port, await freePortAfter(port)));
process.exit(busy ? 2 : code);
