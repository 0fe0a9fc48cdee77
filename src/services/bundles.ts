/**
 * Bundles that activation must not load: the HTTP client (undici, ~0.5 MB), the sandbox server,
 * the .rong.http language core (parser, diagnostics; loaded with the first .rong.http document) and
 * the runner's data files and journal (csv-parse; loaded by "Register Users from File…"), and the
 * bodies of the heavy commands that only run when invoked (Register Users from File…, Import cURL…),
 * the playground host (its panels; loaded by the first open or restore), and the contract's endpoint
 * records (which grow with every endpoint: activation holds none of them).
 * The build keeps them as separate files next to extension.js; they load on first use. The
 * require() paths are relative to dist/extension.js, where this file is bundled. The loaders of
 * the bundles that import this file (commands, playground) are in entryBundles.ts.
 */
import type * as ClientModule from '../core/http';
import type * as RongHttpModule from '../core/rongHttp';
import type * as SandboxModule from '../sandbox/server';
import type * as BulkModule from '../runner/bulk';
import type * as ContractModule from '../core/contract';

export function loadClientModule(): typeof ClientModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a run-time load of a separate bundle
  return require('./http.js') as typeof ClientModule;
}

export function loadSandboxModule(): typeof SandboxModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a run-time load of a separate bundle
  return require('./sandbox.js') as typeof SandboxModule;
}

export function loadRongHttp(): typeof RongHttpModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a run-time load of a separate bundle
  return require('./language.js') as typeof RongHttpModule;
}

export function loadBulkModule(): typeof BulkModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a run-time load of a separate bundle
  return require('./bulk.js') as typeof BulkModule;
}

export function loadContract(): typeof ContractModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a run-time load of a separate bundle
  return require('./contract.js') as typeof ContractModule;
}
