/**
 * Bundles that activation must not load: the HTTP client (undici, ~0.5 MB) and the sandbox server.
 * The build keeps them as separate files next to extension.js; they load on first use.
 */
import type * as ClientModule from './core/client';
import type * as SandboxModule from './sandbox/server';

export function loadClientModule(): typeof ClientModule {
  return require('./http.js') as typeof ClientModule;
}

export function loadSandboxModule(): typeof SandboxModule {
  return require('./sandbox.js') as typeof SandboxModule;
}
