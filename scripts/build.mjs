#!/usr/bin/env node
// Builds every bundle with esbuild. The extension bundle is what activation loads; the HTTP client
// (undici) and the sandbox are separate bundles that the extension requires on first use.
//   node scripts/build.mjs [--only NAME[,NAME]] [--quiet] [--watch] [--production]
import * as esbuild from 'esbuild';
import { parseArgs } from 'node:util';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { integrationSuites } from './integrationSuites.mjs';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    watch: { type: 'boolean', default: false },
    production: { type: 'boolean', default: false },
  },
});

/** Keeps the lazily loaded bundles out of the extension bundle: they are required at run time. */
const lazyBundles = {
  name: 'lazy-bundles',
  setup(build) {
    build.onResolve({ filter: /^\.\/(http|sandbox|language|bulk|commands|playground|contract)\.js$/ }, (args) => ({ path: args.path, external: true }));
  },
};

const CONTRACT_DIR = resolve('src/core/contract');
/** Contract files without endpoint records, small and used by activation and the HTTP client: each bundle keeps its copy. */
const CONTRACT_HELPERS = new Set(['types', 'limits', 'regions', 'errorCatalogue', 'sdkPaths']);
/** The contract files that hold endpoint records (index, params and every module's data file, present or future). */
const contractDataFiles = () =>
  readdirSync(CONTRACT_DIR)
    .filter((f) => f.endsWith('.ts') && !CONTRACT_HELPERS.has(basename(f, '.ts')))
    .map((f) => basename(f, '.ts'));

/** The contract file (`index`, `user`…) a relative import names, or undefined outside src/core/contract. */
function contractFileOf({ path, resolveDir }) {
  const target = resolve(resolveDir, path).replace(/\.(ts|js)$/, '');
  return target === CONTRACT_DIR ? 'index' : dirname(target) === CONTRACT_DIR ? basename(target) : undefined;
}

/** The contract's files are data: a bundle that uses only its helpers (activation) leaves the endpoint records out. */
const contractIsData = {
  name: 'contract-is-data',
  setup(build) {
    // Every file of the directory, so that a module's new data file (chatroom.ts…) stays out of activation too.
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const file = contractFileOf(args);
      return file === undefined ? undefined : { path: join(CONTRACT_DIR, `${file}.ts`), sideEffects: false };
    });
  },
};

/**
 * dist/contract.js exports index.ts and, under `byFile`, every data file's own exports (the sandbox
 * imports records such as BLOCK from user.ts): the one copy the lazy bundles read at run time.
 */
const contractEntry = {
  name: 'contract-entry',
  setup(build) {
    build.onResolve({ filter: /^contract-entry$/ }, () => ({ path: 'contract-entry', namespace: 'contract-entry' }));
    build.onLoad({ filter: /.*/, namespace: 'contract-entry' }, () => {
      const files = contractDataFiles();
      const contents = [
        `export * from './index';`,
        ...files.map((f) => `import * as file_${f} from './${f}';`),
        `export const byFile = { ${files.map((f) => `${JSON.stringify(f)}: file_${f}`).join(', ')} };`,
      ].join('\n');
      return { contents, resolveDir: CONTRACT_DIR, loader: 'ts' };
    });
  },
};

/**
 * The catalogue in the VSIX carries what the product shows: an endpoint record's `notes` (where the
 * sources disagree) and `source` (where its facts come from) are for the people who keep the data and
 * for docs/coverage.md, read from src/ — no surface reads them, and they are a quarter of the catalogue.
 * Removed from the record literals of src/core/contract/*.ts by the TypeScript compiler's own transform
 * (a record is an object literal with `id`, `path` and `params`; the error catalogue's `source` stays).
 */
const catalogueWithoutProvenance = withoutProperties('catalogue-without-provenance', /[\\/]src[\\/]core[\\/]contract[\\/][^\\/]+\.ts$/, (name, isRecord) => name === 'notes' || (isRecord && name === 'source'));

/**
 * Each sandbox handler's `keeps` (what it keeps and answers, in English) is documentation: it
 * becomes docs/coverage.md's sandbox column, read from src/, and no running sandbox reads it. The
 * shipped sandboxes leave it out (about 50 KB of text over 253 handlers).
 */
const handlersWithoutKeeps = withoutProperties('handlers-without-keeps', /[\\/]src[\\/]sandbox[\\/]handlers[\\/].+\.ts$/, (name) => name === 'keeps');

/** An esbuild plugin that drops the named properties from the object literals of the matching TypeScript files (a TypeScript transform, so nothing else changes). */
function withoutProperties(pluginName, filter, drop) {
  return {
    name: pluginName,
    setup(build) {
      build.onLoad({ filter }, async (args) => {
        const ts = (await import('typescript')).default;
        const text = readFileSync(args.path, 'utf8');
        const isRecord = (node) =>
          ['id', 'path', 'params'].every((key) => node.properties.some((p) => p.name && ts.isIdentifier(p.name) && p.name.text === key));
        const strip = (context) => (file) => {
          const visit = (node) => {
            if (ts.isObjectLiteralExpression(node)) {
              const record = isRecord(node);
              const kept = node.properties.filter((p) => !(p.name && ts.isIdentifier(p.name) && drop(p.name.text, record)));
              node = context.factory.updateObjectLiteralExpression(node, kept);
            }
            return ts.visitEachChild(node, visit, context);
          };
          return ts.visitNode(file, visit);
        };
        const out = ts.transpileModule(text, {
          fileName: args.path,
          compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
          transformers: { before: [strip] },
        });
        return { contents: out.outputText, loader: 'js', resolveDir: dirname(args.path) };
      });
    },
  };
}

/**
 * undici parses HTTP with llhttp compiled to WebAssembly twice, a SIMD build and a baseline one; it
 * tries the SIMD one and falls back to the baseline when that fails (client-h1.js). The VSIX ships
 * the baseline only (−24 KB compressed): requiring the SIMD one throws, and undici takes the fallback
 * on every platform. Parsing our small JSON answers is not where time goes.
 */
const baselineHttpParser = {
  name: 'baseline-http-parser',
  setup(build) {
    build.onResolve({ filter: /llhttp_simd-wasm\.js$/ }, () => ({ path: 'llhttp-simd-left-out', namespace: 'baseline-http-parser' }));
    build.onLoad({ filter: /.*/, namespace: 'baseline-http-parser' }, () => ({
      contents: `throw new Error('the SIMD build of llhttp is left out of this bundle; undici uses its baseline build');`,
      loader: 'js',
    }));
  },
};

/**
 * The extension's lazy bundles take the endpoint records from dist/contract.js at run time instead of
 * each carrying its own copy, so the VSIX holds the catalogue once (every bundle lives in dist/).
 */
const contractFromBundle = {
  name: 'contract-from-bundle',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (dirname(args.importer) === CONTRACT_DIR) return undefined;
      const file = contractFileOf(args);
      if (file === undefined || CONTRACT_HELPERS.has(file)) return undefined;
      return { path: file, namespace: 'contract-from-bundle' };
    });
    build.onLoad({ filter: /.*/, namespace: 'contract-from-bundle' }, (args) => ({
      contents: args.path === 'index' ? `module.exports = require('./contract.js');` : `module.exports = require('./contract.js').byFile[${JSON.stringify(args.path)}];`,
      loader: 'js',
    }));
  },
};

const node = {
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  bundle: true,
  minify: values.production || !values.watch,
  sourcemap: values.production ? false : 'linked',
  external: ['vscode'],
  // jsonc-parser's UMD main requires its parts at run time ('./impl/format'), which a bundle lacks: take its ESM build.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  plugins: [lazyBundles, contractIsData],
  logLevel: 'warning',
  legalComments: 'none',
  // The sandbox's X-Rong-Sandbox header (src/sandbox/version.ts): the one version is rong-sandbox's package.json.
  define: { RONG_SANDBOX_VERSION: JSON.stringify(JSON.parse(readFileSync('packages/rong-sandbox/package.json', 'utf8')).version) },
};

/** A lazily loaded extension bundle: the contract's records come from dist/contract.js. */
const lazy = { ...node, plugins: [contractFromBundle, ...node.plugins] };

const targets = {
  extension: { ...node, entryPoints: { extension: 'src/extension.ts' }, outdir: 'dist' },
  http: { ...node, entryPoints: { http: 'src/core/http/index.ts' }, outdir: 'dist', plugins: [baselineHttpParser, ...node.plugins] },
  language: { ...lazy, entryPoints: { language: 'src/core/rongHttp/index.ts' }, outdir: 'dist' },
  // The runner's data files, journal and tokens file, for "Register Users from File…" (csv-parse).
  bulk: { ...lazy, entryPoints: { bulk: 'src/runner/bulk.ts' }, outdir: 'dist' },
  // The bodies of heavy commands that only run when invoked (src/commands/lazy.ts).
  commands: { ...lazy, entryPoints: { commands: 'src/commands/lazy.ts' }, outdir: 'dist' },
  // The playground host (panels, their HTML shell; src/playground/lazy.ts), loaded by its first open or restore.
  playground: { ...lazy, entryPoints: { playground: 'src/playground/lazy.ts' }, outdir: 'dist' },
  // Every endpoint's record (grows with the contract), once: activation loads none, the lazy bundles require it on first use.
  contract: { ...node, entryPoints: { contract: 'contract-entry' }, outdir: 'dist', plugins: [contractEntry, catalogueWithoutProvenance, ...node.plugins] },
  // The extension's sandbox reads the records from dist/contract.js; the command-line sandbox ships alone, so it has its own.
  sandbox: [
    { ...lazy, entryPoints: { sandbox: 'src/sandbox/server.ts' }, outdir: 'dist', plugins: [handlersWithoutKeeps, ...lazy.plugins] },
    { ...node, entryPoints: { 'sandbox-cli': 'src/sandbox/cli.ts' }, outdir: 'dist', plugins: [handlersWithoutKeeps, ...node.plugins] },
  ],
  // The headless runner (packages/rong-http): one file, every dependency bundled, run by node.
  'rong-http': {
    ...node,
    entryPoints: { 'rong-http': 'src/runner/cli.ts' },
    outdir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
    define: { RONG_HTTP_VERSION: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version) },
  },
  // The npm package rong-sandbox: the CLI and the library, with every dependency bundled in.
  'sandbox-package': {
    ...node,
    minify: true,
    sourcemap: false,
    entryPoints: { cli: 'src/sandbox/cli.ts', index: 'src/sandbox/api.ts' },
    outdir: 'packages/rong-sandbox/dist',
    plugins: [handlersWithoutKeeps, ...(node.plugins ?? [])],
    banner: { js: '#!/usr/bin/env node' },
  },
  webview: {
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    bundle: true,
    minify: true,
    sourcemap: values.production ? false : 'linked',
    entryPoints: { webview: 'webview/main.ts' },
    // The page gets its endpoints' records in messages (#18): the contract's data stays out of its bundle.
    plugins: [contractIsData],
    outdir: 'dist',
    logLevel: 'warning',
    legalComments: 'none',
    loader: { '.ttf': 'file' },
  },
  tests: {
    ...node,
    minify: false,
    sourcemap: 'inline',
    // index.js is our offline runner's entry; suites.js is what @vscode/test-cli loads on the desktop.
    entryPoints: { 'integration/index': 'test/integration/index.ts', 'integration/suites': 'test/integration/suites.ts' },
    outdir: 'out/test',
    external: ['vscode', 'mocha'],
    // suites.ts is written from the glob test/integration/*.test.ts (scripts/integrationSuites.mjs).
    plugins: [...node.plugins, integrationSuites],
  },
};

const { existsSync } = await import('node:fs');
const wanted = (values.only ? values.only.split(',') : Object.keys(targets)).filter((name) => {
  const t = targets[name];
  if (!t) throw new Error(`unknown build target "${name}" (known: ${Object.keys(targets).join(', ')})`);
  // A target whose sources do not exist yet is skipped (each arrives with its feature).
  return [t].flat().every((o) => Object.values(o.entryPoints).every((p) => p === 'contract-entry' || existsSync(p)));
});

/** rong-sandbox's dist/index.d.ts, generated from src/sandbox/api.ts (never a hand-kept copy); it must stand alone. */
async function writeSandboxTypes() {
  const ts = (await import('typescript')).default;
  const source = readFileSync('src/sandbox/api.ts', 'utf8');
  const out = ts.transpileDeclaration(source, { fileName: 'api.ts', reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.Node16 } });
  const problems = out.diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  if (/^\s*(import|export .* from)\b/m.test(out.outputText)) problems.push('its declarations import another file: declare the type in api.ts');
  if (problems.length > 0) throw new Error(`src/sandbox/api.ts → packages/rong-sandbox/dist/index.d.ts: ${problems.join('; ')}`);
  const { mkdirSync, writeFileSync } = await import('node:fs');
  mkdirSync('packages/rong-sandbox/dist', { recursive: true });
  writeFileSync('packages/rong-sandbox/dist/index.d.ts', `/** rong-sandbox: a local Rong IM Server API. Generated from src/sandbox/api.ts by scripts/build.mjs. */\n${out.outputText}`);
}

const started = Date.now();
if (values.watch) {
  for (const name of wanted) for (const o of [targets[name]].flat()) await (await esbuild.context(o)).watch();
  console.error(`watching ${wanted.join(', ')}`);
} else {
  await Promise.all(wanted.flatMap((name) => [targets[name]].flat().map((o) => esbuild.build(o))));
  if (wanted.includes('sandbox-package')) await writeSandboxTypes();
  if (!values.quiet) {
    for (const name of wanted) {
      for (const o of [targets[name]].flat()) for (const key of Object.keys(o.entryPoints)) {
        const file = `${o.outdir}/${key}.js`;
        console.error(`  ${file.padEnd(34)} ${(statSync(file).size / 1024).toFixed(1).padStart(8)} KB`);
      }
    }
    console.error(`built ${wanted.join(', ')} in ${Date.now() - started} ms`);
  }
}
