/**
 * Bundles that activation must not load: the HTTP client (undici, ~0.5 MB), the sandbox server and
 * the .rong.http language core (parser, diagnostics; loaded with the first .rong.http document).
 * The build keeps them as separate files next to extension.js; they load on first use. The
 * require() paths are relative to dist/extension.js, where this file is bundled.
 */
import type * as ClientModule from '../core/http';
import type * as RongHttpModule from '../core/rongHttp';
import type * as SandboxModule from '../sandbox/server';

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
