/**
 * What activation loads: dist/extension.js as `npm run package` builds it. The playground host and
 * the endpoint records are lazily loaded bundles, so activation stays small however many endpoints
 * the contract grows to; and the manifest activates only where Rong is used.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { spawnSync } from 'node:child_process';

const root = join(__dirname, '../..');
const LIMIT = 100 * 1024;

test('activation loads no endpoint record and no playground host, and stays within 100 KB', () => {
  // dist/extension.js exactly as `npm run package` builds it.
  const built = spawnSync(process.execPath, ['scripts/build.mjs', '--only', 'extension', '--production', '--quiet'], { cwd: root, encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
  const bundle = readFileSync(join(root, 'dist/extension.js'), 'utf8');
  // A record from the contract's data (group.ts) and the playground's CSP shell (html.ts): both load on first use.
  assert.ok(!bundle.includes('/group/dismiss.json'), 'endpoint records belong to dist/contract.js (loadContract())');
  assert.ok(!bundle.includes("default-src 'none'"), 'the playground host belongs to dist/playground.js (loadPlaygroundModule())');
  const bytes = Buffer.byteLength(bundle);
  assert.ok(bytes <= LIMIT, `dist/extension.js is ${bytes} bytes; the limit is ${LIMIT}`);
});

test("the HTTP client bundle carries undici's dispatchers, not its index (fetch, WebSocket, caches: the VSIX limit)", () => {
  const built = spawnSync(process.execPath, ['scripts/build.mjs', '--only', 'http', '--production', '--quiet'], { cwd: root, encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
  const bundle = readFileSync(join(root, 'dist/http.js'), 'utf8');
  assert.ok(!bundle.includes('fetch failed'), "undici's fetch is in dist/http.js: import undici's parts through src/core/http/undici.ts");
  const bytes = Buffer.byteLength(bundle);
  assert.ok(bytes <= 400 * 1024, `dist/http.js is ${bytes} bytes; the limit is ${400 * 1024}`);
});

test('the manifest activates on Rong files and contributions, not at every startup', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { activationEvents: string[]; engines: { vscode: string } };
  assert.ok(!manifest.activationEvents.includes('onStartupFinished') && !manifest.activationEvents.includes('*'), `activationEvents: ${manifest.activationEvents.join(', ')}`);
  assert.ok(manifest.activationEvents.includes('workspaceContains:**/*.rong.http'));
  assert.ok(manifest.activationEvents.includes('onWebviewPanel:rongPlayground'), 'a playground restored after a reload activates the extension');
  // Commands, the language, views and walkthroughs are implied activation events from VS Code 1.74 on.
  const [major, minor] = /(\d+)\.(\d+)/.exec(manifest.engines.vscode)!.slice(1).map(Number);
  assert.ok(major > 1 || minor >= 74, `engines.vscode ${manifest.engines.vscode} must be at least 1.74 for implied activation events`);
});

test('every bundle the extension loads lazily ships in the VSIX and is built by npm run package', () => {
  const loaders = ['src/services/bundles.ts', 'src/services/entryBundles.ts'].map((f) => readFileSync(join(root, f), 'utf8')).join('\n');
  const bundles = loaders.match(/require\('\.\/([a-z-]+)\.js'\)/g)!.map((m) => /\.\/([a-z-]+)\.js/.exec(m)![1]);
  assert.ok(bundles.includes('playground') && bundles.includes('contract'), bundles.join(', '));
  const ignore = readFileSync(join(root, '.vscodeignore'), 'utf8');
  const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  for (const name of bundles) {
    assert.ok(ignore.includes(`!dist/${name}.js`), `.vscodeignore ships dist/${name}.js`);
    assert.match(scripts.package, new RegExp(`--only [^ ]*\\b${name}\\b`), `npm run package builds ${name}`);
    assert.match(scripts['test:integration'], new RegExp(`--only [^ ]*\\b${name}\\b`), `npm run test:integration builds ${name}`);
  }
});

test('the VSIX carries the endpoint records once: dist/contract.js, which the lazy bundles read at run time (#18: 240 endpoints within 450 KB)', () => {
  // Every bundle .vscodeignore ships, the webview's too: the page gets its endpoints' records in messages.
  const shipped = [...readFileSync(join(root, '.vscodeignore'), 'utf8').matchAll(/^!dist\/([a-z-]+)\.js$/gm)].map((m) => m[1]);
  assert.ok(shipped.includes('contract') && shipped.includes('language') && shipped.includes('sandbox'), shipped.join(', '));
  const built = spawnSync(process.execPath, ['scripts/build.mjs', '--only', shipped.join(','), '--production', '--quiet'], { cwd: root, encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
  // getToken's description and the first path of every data file (chatroom.ts…): text only an endpoint record holds.
  const contractDir = join(root, 'src/core/contract');
  const paths = readdirSync(contractDir).flatMap((f) => /^\s+path: '(\/[^']+\.json)'/m.exec(readFileSync(join(contractDir, f), 'utf8'))?.[1] ?? []);
  assert.ok(paths.includes('/user/getToken.json') && paths.length >= 3, paths.join(', '));
  const markers = ['Registers a user and returns the token a client connects to Rong IM with.', ...paths];
  for (const marker of markers) {
    const holders = shipped.filter((n) => readFileSync(join(root, `dist/${n}.js`), 'utf8').includes(`'${marker}'`) || readFileSync(join(root, `dist/${n}.js`), 'utf8').includes(`"${marker}"`));
    assert.deepEqual(holders, ['contract'], `"${marker}" is in dist/{${holders.join(',')}}.js: a lazy bundle must import the contract through scripts/build.mjs's contract-from-bundle`);
  }
  // The shared records work at run time: the language core and the sandbox find endpoints through dist/contract.js.
  const probe = spawnSync(
    process.execPath,
    [
      '-e',
      `const l = require('./dist/language.js'); const s = require('./dist/sandbox.js');
       const codes = l.diagnose(l.parseDocument('POST https://api.rong-api.com/group/dismiss.json\\nContent-Type: application/x-www-form-urlencoded\\n\\nuserId=u1&bogus=1\\n')).map((d) => String(d.message.en ?? d.message));
       console.log(JSON.stringify({ codes, sandbox: typeof s.SandboxServer.start }));`,
    ],
    { cwd: root, encoding: 'utf8' },
  );
  assert.equal(probe.status, 0, probe.stderr);
  const { codes, sandbox } = JSON.parse(probe.stdout) as { codes: string[]; sandbox: string };
  assert.ok(codes.some((c) => c.includes('unknown parameter bogus')) && codes.some((c) => c.includes('groupId')), codes.join(' | '));
  assert.equal(sandbox, 'function');
  const bytes = statSync(join(root, 'dist/extension.js')).size;
  assert.ok(bytes <= LIMIT, `dist/extension.js is ${bytes} bytes; the limit is ${LIMIT}`);
});
