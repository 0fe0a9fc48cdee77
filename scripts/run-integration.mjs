#!/usr/bin/env node
// Runs test/integration (mocha) inside a real VS Code extension host: the VS Code server bundled in
// code-server, driven by headless Chromium. The offline equivalent of @vscode/test-electron.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { chromium as playwright } from 'playwright-core';
import { chromium, chromiumArgs, ensureTools, node24, root, serverMain } from './vscode-env.mjs';

// Offline noise of the workbench that means nothing here (see shared/guides/real-vscode-testing.md).
const NOISE = /Creating a socket|connection token|reconnection-grace-time|AgentHost|AccountPolicyGate|additional builtin|Service Worker|ENOTFOUND|getaddrinfo|^\s+at |vsda|authentication provider|serviceWorker/;
const canary = /CANARY_SECRET = '([^']+)'/.exec(readFileSync(join(root, 'test/integration/canary.ts'), 'utf8'))[1];

/** Which files under dir contain each needle (plain bytes; files over 50 MB are skipped). */
function scanFiles(dir, needles) {
  const found = new Map(needles.map((n) => [n, []]));
  let files = 0;
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile() && statSync(p).size < 50 * 1024 * 1024) {
        files++;
        const text = readFileSync(p).toString('latin1');
        for (const n of needles) if (text.includes(n)) found.get(n).push(p.slice(dir.length + 1));
      }
    }
  };
  walk(dir);
  found.files = files;
  return found;
}

const TIMEOUT_MS = Number(process.env.RONG_INTEGRATION_TIMEOUT_MS ?? 8 * 60 * 1000);

ensureTools();
const tmp = mkdtempSync(join(tmpdir(), 'rong-int-'));
const workspace = join(tmp, 'workspace');
mkdirSync(workspace);
// The activation probe (RONG_INTEGRATION_SUITE=activation) gets an empty workspace: no Rong file, so nothing activates the extension.
const probe = process.env.RONG_INTEGRATION_SUITE === 'activation';
if (!probe) cpSync(join(root, 'test/fixtures'), workspace, { recursive: true });
mkdirSync(join(tmp, 'user/User'), { recursive: true });
writeFileSync(
  join(tmp, 'user/User/settings.json'),
  JSON.stringify({ 'workbench.startupEditor': 'none', 'chat.disableAIFeatures': true, 'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false }),
);

// A second extension that claims *.http, as REST Client does: *.rong.http must still be ours. The web
// payload takes one development path, so it goes into the extensions folder as an installed one.
cpSync(join(root, 'test/extensions/plain-http'), join(tmp, 'ext/rong-playground-tests.plain-http-0.0.1'), { recursive: true });

const server = spawn(
  node24,
  [
    serverMain, '--host', '127.0.0.1', '--port', '0', '--without-connection-token', '--accept-server-license-terms',
    '--enable-smoke-test-driver', '--disable-telemetry', '--disable-workspace-trust', '--reconnection-grace-time', '5',
    '--server-data-dir', join(tmp, 'server'), '--user-data-dir', join(tmp, 'user'), '--extensions-dir', join(tmp, 'ext'),
  ],
  { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, RONG_TEST_WORKSPACE: workspace } },
);
const serverLog = [];
const port = await new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error('the VS Code server did not print "listening on" within 60 s')), 60_000);
  const onData = (chunk) => {
    const text = chunk.toString();
    serverLog.push(text);
    const m = /listening on (?:[\d.]+:)?(\d+)/i.exec(text);
    if (m) { clearTimeout(timer); resolve(Number(m[1])); }
  };
  server.stdout.on('data', onData);
  server.stderr.on('data', (c) => serverLog.push(c.toString()));
  server.on('exit', (code) => reject(new Error(`the VS Code server exited with ${code}:\n${serverLog.join('')}`)));
});

function stopServer() {
  try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
}

let exitCode = 1;
const browser = await playwright.launch({ executablePath: chromium, headless: true, args: chromiumArgs });
try {
  const page = await browser.newPage();
  const done = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (code) => { resolve(code); }));
  page.on('console', (msg) => {
    const args = msg.args().map((a) => a.toString().replace(/^JSHandle@/, ''));
    let text = msg.text();
    // Extension-host logs arrive as ("%c[Extension Host]", css, ...rest).
    if (text.startsWith('%c')) {
      // Workbench and extension-host logs: ("%c INFO", css, format, ...values).
      text = format(...args.slice(2));
      if (!text.trim() || (NOISE.test(text) && !process.env.RONG_VERBOSE)) return;
      process.stdout.write(`${text}\n`);
    } else if (process.env.RONG_VERBOSE) {
      process.stdout.write(`[page] ${text}\n`);
    }
  });
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(root)],
    ['extensionTestsPath', remote(join(root, 'out/test/integration/index.js'))],
  ]);
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
  const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), TIMEOUT_MS));
  const result = await Promise.race([done, timeout]);
  if (result === 'timeout') {
    process.stderr.write(`integration tests did not finish within ${TIMEOUT_MS / 1000} s\n${serverLog.join('').slice(-4000)}\n`);
    exitCode = 1;
  } else {
    exitCode = Number(result);
  }
} finally {
  await browser.close().catch(() => {});
  stopServer();
}
// The canary secret must appear in no file the server wrote: settings, state, logs, extension storage.
await new Promise((r) => setTimeout(r, 500));
const scan = scanFiles(tmp, [canary, '/user/getToken.json']);
if (scan.get(canary).length > 0) {
  process.stderr.write(`the canary App Secret was written to disk:\n  ${scan.get(canary).join('\n  ')}\n`);
  exitCode = 1;
} else if (exitCode === 0 && !probe && scan.get('/user/getToken.json').length === 0) {
  process.stderr.write('no log file mentions /user/getToken.json: the canary search saw no request log\n');
  exitCode = 1;
} else {
  process.stdout.write(`secrets: the canary is in none of ${scan.files} files written by VS Code (logs with requests: ${scan.get('/user/getToken.json').length})\n`);
}
rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
if (!probe && !process.env.RONG_INTEGRATION_SUITE) {
  // Then a short second session in an empty window: the extension must stay inactive until used (activationProbe.ts).
  process.stdout.write('\n=== activation probe: an empty workspace\n');
  const second = spawnSync(process.execPath, [fileURLToPath(import.meta.url)], { stdio: 'inherit', env: { ...process.env, RONG_INTEGRATION_SUITE: 'activation' } });
  if (second.status !== 0) exitCode = 1;
}
process.exit(exitCode);
