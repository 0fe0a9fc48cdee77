/**
 * The npm package as a user gets it: packed, installed offline into an empty folder (no dependencies
 * to fetch), its `rong-sandbox` bin started from there, a user registered with a signed request; and
 * its library (startSandbox) driven by the official Node SDK as the package README shows.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import ts from 'typescript';
import type * as Api from '../../src/sandbox/api';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');
const PACKAGE = join(ROOT, 'packages', 'rong-sandbox');

async function packAndInstall(dir: string): Promise<string> {
  await run(process.execPath, ['scripts/build.mjs', '--only', 'sandbox-package', '--quiet'], { cwd: ROOT });
  const { version } = JSON.parse(await readFile(join(PACKAGE, 'package.json'), 'utf8')) as { version: string };
  const { stdout } = await run('npm', ['pack', PACKAGE, '--pack-destination', dir, '--silent'], { cwd: ROOT });
  assert.equal(stdout.trim(), `rong-sandbox-${version}.tgz`);
  const app = join(dir, 'app');
  await run('mkdir', [app]);
  await writeFile(join(app, 'package.json'), '{ "name": "a-backend", "private": true }\n');
  await run('npm', ['install', '--offline', '--no-audit', '--no-fund', join(dir, stdout.trim())], { cwd: app });
  return app;
}

/**
 * The installed package's types, generated from src/sandbox/api.ts at build time: they declare
 * startSandbox and each of its options, stand alone, and a backend's TypeScript using them compiles.
 */
async function checkDeclarations(app: string): Promise<void> {
  const pkg = join(app, 'node_modules', 'rong-sandbox');
  const { types } = JSON.parse(await readFile(join(pkg, 'package.json'), 'utf8')) as { types: string };
  const dts = await readFile(join(pkg, types), 'utf8');
  assert.match(dts, /Generated from src\/sandbox\/api\.ts/);
  assert.match(dts, /export declare function startSandbox\(options\?: StartSandboxOptions\): Promise<RunningSandbox>;/);
  const options = /export interface StartSandboxOptions \{([^}]*)\}/.exec(dts)?.[1] ?? '';
  for (const name of ['port', 'host', 'apps', 'state', 'maxMessages', 'allowedHosts', 'log']) assert.match(options, new RegExp(`\\b${name}\\?:`), `StartSandboxOptions declares ${name}`);
  assert.doesNotMatch(dts, /^\s*import\b|\bfrom '/m, 'the declarations stand alone');
  const file = join(app, 'check.ts');
  await writeFile(file, [
    "import { startSandbox, type StartSandboxOptions } from 'rong-sandbox';",
    "const options: StartSandboxOptions = { port: 0, host: '127.0.0.1', apps: [{ appKey: 'k', appSecret: 's' }], state: 's.journal', maxMessages: 10, allowedHosts: ['api'], log: (line: string) => line.length };",
    'export const url: Promise<string> = startSandbox(options).then((s) => { void s.close(); return s.url; });',
    "// @ts-expect-error an option it does not have",
    'void startSandbox({ portt: 1 });',
  ].join('\n'));
  const program = ts.createProgram([file], { strict: true, noEmit: true, module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16, target: ts.ScriptTarget.ES2022, types: [], lib: ['lib.es2022.d.ts'] });
  const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  assert.deepEqual(problems, [], 'a backend using the declared API compiles');
}

async function getToken(url: string, appKey: string, appSecret: string, userId: string): Promise<{ status: number; body: { code: number; token?: string } }> {
  const nonce = String(Math.floor(Math.random() * 1e9));
  const timestamp = String(Date.now());
  const res = await fetch(`${url}/user/getToken.json`, {
    method: 'POST',
    headers: {
      'App-Key': appKey,
      Nonce: nonce,
      Timestamp: timestamp,
      Signature: createHash('sha1').update(appSecret + nonce + timestamp).digest('hex'),
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: `userId=${encodeURIComponent(userId)}&name=Alice`,
  });
  return { status: res.status, body: (await res.json()) as { code: number; token?: string } };
}

test('the packed rong-sandbox installs offline and runs from an empty folder: bin and library', { timeout: 120_000 }, async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'rong-package-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const app = await packAndInstall(dir);
  const installed = JSON.parse(await readFile(join(app, 'node_modules', 'rong-sandbox', 'package.json'), 'utf8')) as Record<string, unknown>;
  assert.equal(installed.dependencies, undefined, 'no runtime dependencies');
  assert.deepEqual(installed.engines, { node: '>=20' });
  await checkDeclarations(app);

  const child = spawn(join(app, 'node_modules', '.bin', 'rong-sandbox'), ['--port', '0', '--app', 'pkgKey:pkgSecret'], { cwd: app, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  t.after(() => child.kill('SIGKILL'));
  const first = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`rong-sandbox exited (${code}) before its first line`)));
  });
  const { url } = JSON.parse(first) as { url: string };
  assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
  const r = await getToken(url, 'pkgKey', 'pkgSecret', 'alice');
  assert.equal(r.status, 200);
  assert.equal(r.body.code, 200);
  assert.match(r.body.token ?? '', /^[A-Za-z0-9_-]{43}$/);
  child.kill('SIGTERM');
  assert.equal(await exited, 0);

  // Its help names the command the user ran, not this repository's npm script.
  const bin = join(app, 'node_modules', '.bin', 'rong-sandbox');
  const { npm_lifecycle_event: _event, npm_package_name: _name, ...env } = process.env;
  const help = (await run(bin, ['--help'], { cwd: app, env })).stdout;
  assert.match(help, /^Usage: rong-sandbox \[options\]$/m);
  assert.doesNotMatch(help, /npm run|this repository/);
  const inRepository = (await run(bin, ['--help'], { cwd: app, env: { ...env, npm_lifecycle_event: 'sandbox', npm_package_name: 'rong-playground' } })).stdout;
  assert.match(inRepository, /^Usage: npm run -s sandbox -- \[options\]$/m);

  // The library, from the installed copy, with the official Node SDK as in the package README.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const lib = require(join(app, 'node_modules', 'rong-sandbox')) as typeof Api;
  const sandbox = await lib.startSandbox({ port: 0, apps: [{ appKey: 'libKey', appSecret: 'libSecret' }] });
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const rong = require('rongcloud-sdk')({ appkey: 'libKey', secret: 'libSecret', api: sandbox.url }) as {
      User: { register(u: { id: string; name: string; portrait: string }): Promise<{ code: number; token: string }> };
    };
    const result = await rong.User.register({ id: 'bob', name: 'Bob', portrait: 'https://example.com/b.png' });
    assert.equal(result.code, 200);
    assert.match(result.token, /^[A-Za-z0-9_-]{43}$/);
  } finally {
    await sandbox.close();
  }
});
