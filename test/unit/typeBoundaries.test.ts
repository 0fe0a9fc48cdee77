/**
 * The boundaries the compiler holds (tsconfig.json's projects): the webview has the DOM and no Node
 * types, the shared core neither, the host and tools Node and no DOM. Each case compiles one probe
 * file, held in memory (no file on disk for a concurrent typecheck to trip on), as if it stood in
 * that folder, with the project's own options and file list. (An import of 'vscode' resolves to
 * @types/vscode in any project: the lint rule holds that one, test/unit/boundaries.test.ts.)
 */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { join } from 'node:path';
import ts from 'typescript';

const root = join(__dirname, '../..');

function project(name: string): ts.ParsedCommandLine {
  const parsed = ts.getParsedCommandLineOfConfigFile(join(root, name), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => assert.fail(ts.flattenDiagnosticMessageText(d.messageText, '\n')),
  });
  assert.ok(parsed, name);
  return parsed;
}

/** The last program of each project: the next probe reuses its unchanged files (a few seconds each). */
const programs = new Map<string, ts.Program>();

/** The diagnostics of a probe file compiled in `config` (its codes and texts), and the project's own. */
function probe(config: string, file: string, code: string): { codes: number[]; text: string } {
  const parsed = project(config);
  const path = join(root, file);
  const host = ts.createCompilerHost(parsed.options);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (f) => f === path || fileExists.call(host, f);
  host.readFile = (f) => (f === path ? code : readFile.call(host, f));
  host.getSourceFile = (f, v, ...rest) => (f === path ? ts.createSourceFile(f, code, v) : getSourceFile.call(host, f, v, ...rest));
  // The project's files plus the probe: a file it imports that the project does not list is TS6307.
  const program = ts.createProgram({ rootNames: [...parsed.fileNames, path], options: parsed.options, host, oldProgram: programs.get(config) });
  programs.set(config, program);
  const source = program.getSourceFile(path);
  assert.ok(source, `${file} is compiled`);
  const diagnostics = [...program.getOptionsDiagnostics(), ...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
  return {
    codes: diagnostics.map((d) => d.code),
    text: diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' ')).join('\n'),
  };
}

// TS2307 no such module, TS2304/2584/2591 no such name (lib or types missing), TS6307 a file the
// project does not list (a Node part of core imported from the shared side).
const refused: ReadonlyArray<readonly [string, string, string, number, string]> = [
  // [project, file, code, expected diagnostic, why]
  ['tsconfig.webview.json', 'webview/probe.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n", 2307, 'a Node built-in in the webview'],
  ['tsconfig.webview.json', 'webview/probe.ts', "import { readFile } from 'fs/promises';\nexport const r = readFile;\n", 2307, 'fs/promises in the webview'],
  ['tsconfig.webview.json', 'webview/probe.ts', 'export const p = process.env.HOME;\n', 2591, "Node's globals in the webview"],
  ['tsconfig.webview.json', 'webview/probe.ts', "import { generateRequestId } from '../src/core/request';\nexport const g = generateRequestId;\n", 6307, 'a Node part of core (node:crypto) in the webview'],
  ['tsconfig.core.json', 'src/core/probe.ts', 'export const t = document.title;\n', 2584, 'the DOM in the shared core'],
  ['tsconfig.core.json', 'src/core/probe.ts', "export const e = new Event('x');\n", 2304, 'a DOM class in the shared core'],
  ['tsconfig.core.json', 'src/core/probe.ts', "import { createHash } from 'node:crypto';\nexport const h = createHash;\n", 2307, 'a Node built-in in the shared core'],
  ['tsconfig.core.json', 'src/core/probe.ts', "export const b = Buffer.from('x');\n", 2591, "Node's Buffer in the shared core"],
  ['tsconfig.core.json', 'src/core/probe.ts', "import type { SendResult } from './sendResult';\nexport type S = SendResult;\n", 6307, 'a Node part of core in the shared core, even type-only'],
  ['tsconfig.node.json', 'src/services/probe.ts', 'export const t = document.title;\n', 2584, 'the DOM in host code'],
  ['tsconfig.node.json', 'src/services/probe.ts', 'export const w = window.location;\n', 2304, 'the DOM in host code'],
];

test('each project refuses what its side does not have: a deliberate violation fails the typecheck', () => {
  for (const [config, file, code, expected, why] of refused) {
    const { codes, text } = probe(config, file, code);
    assert.ok(codes.includes(expected), `${why}: ${config} should refuse ${file} with TS${expected}: ${code.split('\n')[0]}\n${text}`);
  }
});

test('the same sides accept what they do have', () => {
  const allowed: ReadonlyArray<readonly [string, string, string]> = [
    ['tsconfig.webview.json', 'webview/probe.ts', "import { validateParams } from '../src/core/validation';\nexport const v = validateParams;\nexport const t = document.title;\n"],
    ['tsconfig.webview.json', 'webview/probe.ts', "import type { FormState } from '../src/playground/protocol';\nexport type F = FormState;\n"],
    ['tsconfig.core.json', 'src/core/probe.ts', "export const u = new URL('http://127.0.0.1/').host;\nexport const n = performance.now();\n"],
    ['tsconfig.node.json', 'src/services/probe.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\nexport const b = Buffer.from('x');\n"],
    ['tsconfig.browser-tests.json', 'test/e2e/probe.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\nexport const t = () => document.title;\n"],
  ];
  for (const [config, file, code] of allowed) {
    const { codes, text } = probe(config, file, code);
    assert.deepEqual(codes, [], `${config}, ${file}: ${code.split('\n')[0]}\n${text}`);
  }
});

test('npm run typecheck builds every project: tsconfig.json references them all, and none has the other side', () => {
  const solution = project('tsconfig.json');
  assert.deepEqual(solution.fileNames, [], 'tsconfig.json is a solution: its projects hold the files');
  const referenced = (solution.projectReferences ?? []).map((r) => r.path.replace(/\\/g, '/').split('/').pop());
  assert.deepEqual(referenced.sort(), ['tsconfig.browser-tests.json', 'tsconfig.core.json', 'tsconfig.node.json', 'tsconfig.webview.json']);
  const libs = (name: string): string[] => (project(name).options.lib ?? []).map((l) => l.toLowerCase());
  assert.ok(!libs('tsconfig.core.json').some((l) => l.includes('dom')), 'core: no DOM');
  assert.ok(!libs('tsconfig.node.json').some((l) => l.includes('dom')), 'node: no DOM');
  assert.deepEqual(project('tsconfig.core.json').options.types, [], 'core: no Node types');
  assert.deepEqual(project('tsconfig.webview.json').options.types, [], 'webview: no Node types');
  const pkg = JSON.parse(ts.sys.readFile(join(root, 'package.json')) ?? '{}') as { scripts: Record<string, string> };
  assert.match(pkg.scripts.typecheck, /^tsc -b\b/, 'npm run typecheck builds the solution');
  // Every source file is in some project, so no file escapes the typecheck.
  const covered = new Set(['tsconfig.core.json', 'tsconfig.webview.json', 'tsconfig.node.json', 'tsconfig.browser-tests.json'].flatMap((n) => project(n).fileNames));
  const sources = ts.sys.readDirectory(root, ['.ts'], ['node_modules', 'dist', 'out', '.vscode-test', 'packages', 'examples'], ['src', 'webview', 'test', 'bench', 'scripts']);
  const missing = sources.filter((f) => !f.endsWith('.d.ts') && !covered.has(f) && !f.includes('/test/fixtures/'));
  assert.deepEqual(missing, [], 'every .ts file belongs to a project');
});
