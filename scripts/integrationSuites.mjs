// The integration suites are found by a glob, not a hand-kept list: test/integration/suites.ts is
// every test/integration/*.test.ts, in name order, written by the build (scripts/build.mjs) when it
// bundles the suites, so a new suite runs without being added anywhere.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const suitesFile = /[\\/]test[\\/]integration[\\/]suites\.ts$/;

/** The module text of suites.ts: one import per test/integration/*.test.ts, in name order. */
export function integrationSuiteImports(dir = 'test/integration') {
  const suites = readdirSync(dir).filter((f) => f.endsWith('.test.ts')).sort();
  if (suites.length === 0) throw new Error(`no integration suite (*.test.ts) in ${dir}`);
  return `${suites.map((f) => `import './${f.slice(0, -'.ts'.length)}';`).join('\n')}\n`;
}

/** esbuild plugin: loads test/integration/suites.ts as the imports of every suite found in its folder. */
export const integrationSuites = {
  name: 'integration-suites',
  setup(build) {
    build.onLoad({ filter: suitesFile }, (args) => {
      const dir = join(args.path, '..');
      return { contents: integrationSuiteImports(dir), loader: 'ts', resolveDir: dir };
    });
  },
};
