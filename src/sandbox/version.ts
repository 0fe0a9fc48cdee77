/**
 * The rong-sandbox package's version, sent on every answer as `X-Rong-Sandbox` so that a backend's
 * test can tell it is not talking to production. Its one source is packages/rong-sandbox/package.json:
 * the bundles get it from scripts/build.mjs (esbuild `define`); run from source (tsx), it is read here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

declare const RONG_SANDBOX_VERSION: string | undefined;

export const SANDBOX_VERSION_HEADER = 'X-Rong-Sandbox';

export const SANDBOX_VERSION: string = typeof RONG_SANDBOX_VERSION === 'string' ? RONG_SANDBOX_VERSION : versionFromSource();

function versionFromSource(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(__dirname, '../../packages/rong-sandbox/package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0-dev';
  } catch {
    return '0.0.0-dev'; // a bundle built without the define, away from the repository
  }
}
