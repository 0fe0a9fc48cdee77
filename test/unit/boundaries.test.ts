/**
 * The architecture's boundaries are rules (eslint.config.mjs): a forbidden import fails `npm test`
 * at its lint stage. Each case lints one line as if it stood in a file of that folder.
 */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { join } from 'node:path';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: join(__dirname, '../..') });

async function ruleIds(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(__dirname, '../..', file) });
  return result.messages.map((m) => m.ruleId ?? m.message);
}

const forbidden: ReadonlyArray<readonly [string, string, string]> = [
  ['src/core/validation.ts', "import * as vscode from 'vscode';\nexport const v = vscode;\n", 'no-restricted-imports'],
  ['src/sandbox/server.ts', "import { window } from 'vscode';\nexport const w = window;\n", 'no-restricted-imports'],
  ['webview/main.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n", 'no-restricted-imports'],
  ['webview/main.ts', "import * as vscode from 'vscode';\nexport const v = vscode;\n", 'no-restricted-imports'],
  ['src/commands/registerUser.ts', "import { RongClient } from '../core/http';\nexport const c = RongClient;\n", '@typescript-eslint/no-restricted-imports'],
  ['src/commands/registerUser.ts', "import { parseDocument } from '../core/rongHttp';\nexport const p = parseDocument;\n", '@typescript-eslint/no-restricted-imports'],
  ['src/services/sandboxHost.ts', "import { SandboxServer } from '../sandbox/server';\nexport const s = SandboxServer;\n", '@typescript-eslint/no-restricted-imports'],
  ['src/extension.ts', "import { runRegisterUsersFromFile } from './commands/registerUsersFromFile';\nexport const r = runRegisterUsersFromFile;\n", '@typescript-eslint/no-restricted-imports'],
  ['src/commands/openEndpoint.ts', "import { runImportCurl } from './importCurl';\nexport const r = runImportCurl;\n", '@typescript-eslint/no-restricted-imports'],
  ['src/extension.ts', "import { runSendAllRequests } from './commands/sendAllRequests';\nexport const r = runSendAllRequests;\n", '@typescript-eslint/no-restricted-imports'],
  ['src/extension.ts', "import { Playground } from './playground/playground';\nexport const p = Playground;\n", '@typescript-eslint/no-restricted-imports'],
  ['src/commands/openEndpoint.ts', "import { PlaygroundPanel } from '../playground/panel';\nexport const p = PlaygroundPanel;\n", '@typescript-eslint/no-restricted-imports'],
  ['src/views/endpointPicker.ts', "import { ENDPOINTS } from '../core/contract';\nexport const e = ENDPOINTS;\n", '@typescript-eslint/no-restricted-imports'],
  ['src/commands/registerUser.ts', "import { GET_TOKEN } from '../core/contract/user';\nexport const g = GET_TOKEN;\n", '@typescript-eslint/no-restricted-imports'],
];

test('a forbidden import is a lint error in each guarded folder', async () => {
  for (const [file, code, rule] of forbidden) {
    assert.ok((await ruleIds(file, code)).includes(rule), `${file}: ${code.split('\n')[0]} should be refused by ${rule}`);
  }
});

test('the webview refuses every Node built-in, by exact name or node: prefix, and nothing that only looks like one', async () => {
  const { builtinModules } = await import('node:module');
  // Names the old hand-kept list missed (fs/promises, dns, readline, …) and the prefixed forms.
  const names = [...builtinModules, 'node:fs', 'node:fs/promises', 'node:test', 'node:sqlite'];
  for (const name of names) {
    const ids = await ruleIds('webview/main.ts', `import * as m from '${name}';\nexport const x = m;\n`);
    assert.ok(ids.includes('no-restricted-imports'), `webview/main.ts: import '${name}' should be refused`);
  }
  // A webview module of its own that shares a built-in's name stays importable.
  assert.deepEqual(await ruleIds('webview/main.ts', "import { x } from './path';\nexport const y = x;\n"), []);
});

test('what the boundaries allow passes: type imports of lazy bundles, vscode in host code, core in the webview', async () => {
  const allowed: ReadonlyArray<readonly [string, string]> = [
    ['src/commands/registerUser.ts', "import type { RongClient } from '../core/http';\nexport type C = RongClient;\n"],
    ['src/commands/registerUser.ts', "import * as vscode from 'vscode';\nexport const v = vscode;\n"],
    ['webview/main.ts', "import { validateParams } from '../src/core/validation';\nexport const v = validateParams;\n"],
    ['src/services/bundles.ts', "import type * as Client from '../core/http';\nexport type C = typeof Client;\n"],
    ['src/services/bundles.ts', "import type * as Playground from '../playground/lazy';\nexport type P = typeof Playground;\n"],
    ['src/views/endpointPicker.ts', "import type { EndpointSpec } from '../core/contract';\nexport type E = EndpointSpec;\n"],
    ['src/services/settings.ts', "import { isRegionId } from '../core/contract/regions';\nexport const r = isRegionId;\n"],
  ];
  for (const [file, code] of allowed) assert.deepEqual(await ruleIds(file, code), [], `${file}: ${code.split('\n')[0]}`);
});
