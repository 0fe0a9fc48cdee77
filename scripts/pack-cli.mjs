#!/usr/bin/env node
// Packs a command-line tool of packages/<name> as <name>-<version>.tgz (at the repository root, or
// --out DIR): builds its esbuild bundle for production, stages the manifest, README and bundle in
// out/pack/<name>, and runs npm pack there. The version is the repository's, so the tools and the
// extension ship as one release. No runtime dependencies: everything is in the bundle.
//   node scripts/pack-cli.mjs rong-http [--out DIR]
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Each tool: its build target in scripts/build.mjs and the files of dist/ its package ships. */
const TOOLS = {
  'rong-http': { target: 'rong-http', bundles: ['rong-http.js'] },
};

const { values, positionals } = parseArgs({ options: { out: { type: 'string' } }, allowPositionals: true });
const name = positionals[0];
const tool = TOOLS[name];
if (!tool) {
  console.error(`usage: node scripts/pack-cli.mjs NAME [--out DIR]  (NAME: ${Object.keys(TOOLS).join(', ')})`);
  process.exit(2);
}
const out = resolve(values.out ?? root);
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--production', '--quiet', '--only', tool.target], { cwd: root, stdio: 'inherit' });
const stage = join(root, 'out/pack', name);
rmSync(stage, { recursive: true, force: true });
mkdirSync(join(stage, 'dist'), { recursive: true });
const manifest = JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8'));
writeFileSync(join(stage, 'package.json'), `${JSON.stringify({ ...manifest, version }, null, 2)}\n`);
copyFileSync(join(root, 'packages', name, 'README.md'), join(stage, 'README.md'));
for (const b of tool.bundles) copyFileSync(join(root, 'dist', b), join(stage, 'dist', b));
mkdirSync(out, { recursive: true });
const packed = execFileSync('npm', ['pack', '--silent', '--pack-destination', out], { cwd: stage, encoding: 'utf8' }).trim().split('\n').pop();
console.error(`packed ${join(out, packed)}`);
