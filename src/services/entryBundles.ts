/**
 * Loaders of the lazily loaded bundles that are host code themselves (the heavy command bodies,
 * the playground host). Their modules import src/services (and bundles.ts), so their loaders live
 * here, imported only by what registers them, and no module is its own import (madge finds no
 * cycle). The require() paths are relative to dist/extension.js, where this file is bundled.
 */
import type * as CommandsModule from '../commands/lazy';
import type * as PlaygroundModule from '../playground/lazy';

export function loadCommandsModule(): typeof CommandsModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a run-time load of a separate bundle
  return require('./commands.js') as typeof CommandsModule;
}

export function loadPlaygroundModule(): typeof PlaygroundModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a run-time load of a separate bundle
  return require('./playground.js') as typeof PlaygroundModule;
}
