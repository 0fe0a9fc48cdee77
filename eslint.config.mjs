// ESLint flat config: typescript-eslint's recommended rules over everything we write, and the
// boundaries of the architecture (README, "Architecture"), so that they hold by rule, not by habit.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const noVscode = { name: 'vscode', message: 'core, the sandbox, the runner and the webview run without VS Code: pass what you need in as a parameter.' };
/** Bundles that load on first use (src/services/bundles.ts): anywhere else only their types. */
const lazyBundles = {
  group: ['**/core/http', '**/core/http/**', '**/core/rongHttp', '**/core/rongHttp/**', '**/sandbox/**', '**/runner/**', '**/commands/lazy', '**/importCurl', '**/registerUsersFromFile', '**/sendAllRequests', '!**/core/rongHttp/templates'],
  allowTypeImports: true,
  message: 'a lazily loaded bundle: import its types only, and load it through src/services/bundles.ts (or entryBundles.ts).',
};
/** The playground host is a lazy bundle too (src/playground/lazy.ts); its own files import one another. */
const playgroundBundle = { ...lazyBundles, group: ['**/playground/lazy', '**/playground/playground', '**/playground/panel', '**/playground/html', '**/playground/responseView'] };
/** Endpoint records grow with the contract: activation code takes them from loadContract() (src/services/bundles.ts). */
const endpointRecords = {
  regex: '(^|/)core/contract(/(index|user|message|group|params))?$',
  allowTypeImports: true,
  message: 'endpoint records load on first use: call loadContract() from src/services/bundles.ts (activation may import contract/regions, limits, errorCatalogue and types).',
};
/** Files that only lazily loaded bundles contain: they may import the endpoint records. */
const inLazyBundles = ['src/commands/lazy.ts', 'src/commands/importCurl.ts', 'src/commands/registerUsersFromFile.ts', 'src/commands/sendAllRequests.ts', 'src/playground/lazy.ts', 'src/playground/playground.ts', 'src/playground/panel.ts', 'src/playground/html.ts', 'src/playground/responseView.ts', 'src/playground/formModel.ts', 'src/playground/formRequest.ts', 'src/playground/successModel.ts', 'src/playground/catalogue.ts'];

export default tseslint.config(
  { ignores: ['**/*.tmp.*', 'dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', '.test-artifacts/**', '*.vsix', 'packages/*/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/sandbox/**/*.ts', 'src/runner/**/*.ts', 'src/playground/protocol/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noVscode] }] },
  },
  {
    files: ['webview/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        // Every Node built-in by its exact name (fs, fs/promises, …): a pattern such as 'fs' would also match './fs'.
        paths: [noVscode, ...builtinModules.map((name) => ({ name, message: 'the webview is browser code: no Node API.' }))],
        patterns: [{ group: ['node:*'], message: 'the webview is browser code: no Node API.' }],
      }],
    },
  },
  {
    files: ['src/extension.ts', 'src/commands/**/*.ts', 'src/language/**/*.ts', 'src/playground/**/*.ts', 'src/services/**/*.ts', 'src/views/**/*.ts'],
    ignores: ['src/playground/protocol/**/*.ts', ...inLazyBundles],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [lazyBundles, playgroundBundle, endpointRecords] }] },
  },
  {
    // In the lazy bundles: commands/lazy.ts is the commands bundle's entry, where those command bodies are imported.
    files: inLazyBundles.filter((f) => f !== 'src/commands/lazy.ts'),
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [lazyBundles, playgroundBundle] }] },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
  },
);
