#!/usr/bin/env node
// `npm test`: every test, in order — build, types, lint, unit (node --test), integration (mocha in
// code-server's real extension host), UI (Playwright driving code-server). Installs the offline
// VS Code tools first when they are missing. Ends with one line: "tests: N passed, N failed".
//   RONG_TEST_STAGES=unit,integration  runs only those stages (for development; CI runs all).
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { ensureTools, root } from './vscode-env.mjs';

/** Node 20's test runner finds no .ts files by itself: list them. */
const testFiles = (dir) => readdirSync(`${root}/${dir}`).filter((f) => f.endsWith('.test.ts')).sort().map((f) => `${dir}/${f}`);

const only = process.env.RONG_TEST_STAGES?.split(',').map((s) => s.trim());
const totals = { passed: 0, failed: 0 };
const failedStages = [];

function run(cmd, args, env = {}) {
  return new Promise((resolve) => {
    let out = '';
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (c) => { out += c; process.stdout.write(c); });
    child.stderr.on('data', (c) => { out += c; process.stderr.write(c); });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

/** Counts from node --test's spec reporter ("ℹ pass 12" / "ℹ fail 0"). */
function nodeTestCounts(out) {
  const pass = /^ℹ pass (\d+)/m.exec(out);
  const fail = /^ℹ fail (\d+)/m.exec(out);
  return pass && fail ? { passed: Number(pass[1]), failed: Number(fail[1]) } : undefined;
}

const stages = [
  { name: 'build', cmd: 'node', args: ['scripts/build.mjs'] },
  // tsconfig.json is a solution: -b checks each project (core, webview, node, browser-tests).
  { name: 'typecheck', cmd: 'npx', args: ['tsc', '-b'] },
  { name: 'lint', cmd: 'npx', args: ['eslint', '.'] },
  { name: 'unit', cmd: 'node', args: ['--import', 'tsx', '--test', '--test-reporter=spec', ...testFiles('test/unit')], counts: nodeTestCounts },
  { name: 'tools', fn: ensureTools },
  { name: 'package', cmd: 'npm', args: ['run', '-s', 'package'] },
  {
    name: 'integration',
    cmd: 'node',
    args: ['scripts/run-integration.mjs'],
    counts: (out) => {
      const m = /integration: (\d+) tests, (\d+) failed/.exec(out);
      return m ? { passed: Number(m[1]) - Number(m[2]), failed: Number(m[2]) } : undefined;
    },
  },
  { name: 'ui', cmd: 'node', args: ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...testFiles('test/e2e')], counts: nodeTestCounts },
];

for (const stage of stages) {
  if (only && !only.includes(stage.name)) continue;
  const started = Date.now();
  process.stdout.write(`\n=== ${stage.name}\n`);
  let ok = true;
  if (stage.fn) {
    try { stage.fn(); } catch (err) { process.stderr.write(`${err.message}\n`); ok = false; }
  } else {
    const { code, out } = await run(stage.cmd, stage.args);
    ok = code === 0;
    if (stage.counts) {
      const c = stage.counts(out);
      if (!c) { process.stderr.write(`${stage.name}: no test counts in the output\n`); ok = false; }
      else { totals.passed += c.passed; totals.failed += c.failed; if (c.failed > 0) ok = false; }
    }
  }
  process.stdout.write(`=== ${stage.name}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  if (!ok) {
    failedStages.push(stage.name);
    // Without a build, tools or the VSIX the later stages cannot mean anything.
    if (['build', 'tools', 'package'].includes(stage.name)) break;
  }
}

if (failedStages.length > 0) process.stdout.write(`\nfailed stages: ${failedStages.join(', ')}\n`);
if (failedStages.length > 0 && totals.failed === 0) totals.failed = failedStages.length;
process.stdout.write(`tests: ${totals.passed} passed, ${totals.failed} failed\n`);
process.exit(failedStages.length > 0 ? 1 : 0);
