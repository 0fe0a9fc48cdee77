/**
 * The embedded sandbox's demo app kept beside its state file (src/services/sandboxApp.ts): every
 * window, and every browser of one code-server, signs with the one app the running sandbox knows.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadDemoApp, type DemoApp, type FieldCheck } from '../../src/services/sandboxApp';

const check: FieldCheck = (field, value) => (value.length === 0 || /\s/.test(value) ? `${field} is empty or has spaces` : undefined);
const app = (n: number): DemoApp => ({ appKey: `sandbox-${n}`, appSecret: `secret${n}`.padEnd(32, '0') });

function withDir(run: (dir: string) => Promise<void>): () => Promise<void> {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rong-app-'));
    try {
      await run(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

test('a second window (another browser, with no secret of its own) gets the app the first one kept', withDir(async (dir) => {
  const path = join(dir, 'storage/sandbox-app.json');
  assert.deepEqual(await loadDemoApp(path, () => app(1), check), { app: app(1) });
  assert.deepEqual(await loadDemoApp(path, () => app(2), check), { app: app(1) }, 'not its own new app');
  if (process.platform !== 'win32') assert.equal(statSync(path).mode & 0o777, 0o600, 'only this user reads the secret');
}));

test('two windows starting at once end with one app', withDir(async (dir) => {
  const path = join(dir, 'sandbox-app.json');
  const both = await Promise.all([loadDemoApp(path, () => app(1), check), loadDemoApp(path, () => app(2), check)]);
  assert.deepEqual(both[0], both[1]);
  assert.deepEqual(JSON.parse(readFileSync(path, 'utf8')), 'app' in both[0] ? both[0].app : undefined);
}));

test('a damaged app file is named, not replaced (the users registered under it would be lost)', withDir(async (dir) => {
  const path = join(dir, 'sandbox-app.json');
  for (const [text, problem] of [
    ['{"appKey":', /not JSON/],
    ['{"appKey":"k"}', /"appKey" and "appSecret"/],
    ['{"appKey":"a b","appSecret":"s"}', /appKey is empty or has spaces/],
  ] as const) {
    writeFileSync(path, text);
    const loaded = await loadDemoApp(path, () => app(3), check);
    assert.ok('problem' in loaded && problem.test(loaded.problem), JSON.stringify(loaded));
    assert.equal(readFileSync(path, 'utf8'), text);
  }
}));
