/**
 * Integration suites are found by a glob, not a hand-kept list: the build bundles every
 * test/integration/*.test.ts into out/test/integration (index.js for the offline runner, suites.js
 * for @vscode/test-cli), so a suite that nobody lists still runs.
 */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const root = join(__dirname, '../..');
const suites = readdirSync(join(root, 'test/integration')).filter((f) => f.endsWith('.test.ts')).sort();

/** The suite files a bundle holds, from esbuild's module comments, in the order they run. */
const bundled = (js: string): string[] => [...new Set([...js.matchAll(/^\s*\/\/ test\/integration\/([^/\s]+\.test\.ts)$/gm)].map((m) => m[1]))];

test('the build bundles every test/integration/*.test.ts into both entries, none listed by hand', { timeout: 120_000 }, () => {
  assert.ok(suites.length >= 8, `${suites.length} suites found`);
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--only', 'tests', '--quiet'], { cwd: root, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
  for (const entry of ['index', 'suites']) {
    const js = readFileSync(join(root, 'out/test/integration', `${entry}.js`), 'utf8');
    assert.deepEqual(bundled(js), suites, `out/test/integration/${entry}.js runs every suite, in name order`);
  }
  assert.doesNotMatch(readFileSync(join(root, 'test/integration/suites.ts'), 'utf8'), /\.test'/, 'suites.ts keeps no list');
});

test('a suite added to the folder is bundled without editing anything; other files are not suites', async () => {
  const { integrationSuites, integrationSuiteImports } = (await import(join(root, 'scripts/integrationSuites.mjs'))) as {
    integrationSuites: esbuild.Plugin;
    integrationSuiteImports: (dir: string) => string;
  };
  const dir = mkdtempSync(join(tmpdir(), 'rong-suites-'));
  try {
    const folder = join(dir, 'test/integration');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'suites.ts'), readFileSync(join(root, 'test/integration/suites.ts')));
    writeFileSync(join(folder, 'support.ts'), 'export const shared = 1;\n');
    writeFileSync(join(folder, 'zeta.test.ts'), "import { shared } from './support';\nconsole.log('zeta', shared);\n");
    writeFileSync(join(folder, 'alpha.test.ts'), "console.log('alpha');\n");
    assert.equal(integrationSuiteImports(folder), "import './alpha.test';\nimport './zeta.test';\n");
    const out = await esbuild.build({ entryPoints: [join(folder, 'suites.ts')], bundle: true, write: false, platform: 'node', plugins: [integrationSuites], logLevel: 'silent' });
    const js = out.outputFiles[0].text;
    const [alpha, zeta] = [js.indexOf('"alpha"'), js.indexOf('"zeta"')];
    assert.ok(alpha >= 0 && zeta > alpha, `both new suites run, in name order:\n${js}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
