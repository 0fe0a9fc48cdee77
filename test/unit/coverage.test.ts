import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { COVERAGE_FILE, renderCoverage, testsOf } from '../../scripts/coverage';
import { handlerFor } from '../../src/sandbox/handlers';
import { ENDPOINTS } from '../../src/core/contract';
import { callKey, SDK_PATHS, SDK_PATHS_MISSED } from '../../src/core/contract/sdkPaths';
import { sdkMethodName } from '../../src/core/sdkSnippets';

test('docs/coverage.md is what npm run coverage generates from the contract data now', () => {
  const committed = readFileSync(COVERAGE_FILE, 'utf8');
  assert.equal(committed, renderCoverage(), 'docs/coverage.md is stale: run `npm run coverage` and commit it');
});

test('the sandbox column: every endpoint has a handler that says what it keeps, and a test that starts the sandbox and calls it', () => {
  const missing = ENDPOINTS.filter((e) => !handlerFor(e)).map((e) => `${e.method} ${e.path}`);
  assert.deepEqual(missing, [], 'endpoints the sandbox does not answer');
  for (const e of ENDPOINTS) assert.ok((handlerFor(e)?.keeps.length ?? 0) >= 20, `${e.path}: keeps says what the sandbox keeps`);
  const untested = ENDPOINTS.filter((e) => testsOf(e).length === 0).map((e) => `${e.method} ${e.path}`);
  assert.deepEqual(untested, [], 'endpoints no sandbox test calls by path');
  assert.match(renderCoverage(), /\| User \| `\/user\/getToken\.json` \| Creates the user/);
});

test('the coverage header counts the contract against the SDK paths', () => {
  const known = new Set(ENDPOINTS.map((e) => e.path));
  const inContract = SDK_PATHS.filter((p) => known.has(p.path)).length;
  assert.equal(SDK_PATHS.length, 222);
  assert.match(renderCoverage(), new RegExp(`\\*\\*${inContract} of 222 SDK paths\\*\\*`));
  // One row per endpoint and one per SDK path.
  const table = renderCoverage();
  for (const e of ENDPOINTS) assert.ok(table.includes(e.method === 'POST' ? `| \`${e.path}\` |` : `| \`${e.method} ${e.path}\` |`), e.path);
  for (const p of SDK_PATHS_MISSED) assert.ok(table.includes(`| \`${p.method ?? 'POST'} ${p.path}\` |`), p.path);
});

test('every docs link is https on the provider\'s docs sites, Chinese on .cn and English on .io', () => {
  for (const e of ENDPOINTS) {
    if (!e.docs) continue;
    const zh = new URL(e.docs.zh);
    const en = new URL(e.docs.en);
    assert.equal(zh.protocol, 'https:', `${e.id} docs.zh`);
    assert.equal(en.protocol, 'https:', `${e.id} docs.en`);
    assert.equal(zh.hostname, 'docs.rongcloud.cn', `${e.id} docs.zh`);
    assert.equal(en.hostname, 'docs.rongcloud.io', `${e.id} docs.en`);
  }
});

test('every Go and Java SDK call names a path that SDK calls (shared/spec/sdk-paths.md, and the calls it misses)', () => {
  // One entry per call: a path the list gives for Go and the other list for Java (push/custom) is both SDKs'.
  const byCall = new Map<string, { go: boolean; java: boolean }>();
  for (const p of [...SDK_PATHS, ...SDK_PATHS_MISSED]) {
    const key = callKey(p.method ?? 'POST', p.path);
    const seen = byCall.get(key);
    byCall.set(key, { go: p.go || (seen?.go ?? false), java: p.java || (seen?.java ?? false) });
  }
  for (const e of ENDPOINTS) {
    const listed = byCall.get(callKey(e.method, e.path));
    if (e.sdks?.go) assert.ok(listed?.go, `${e.id}: Go ${e.sdks.go} but the Go SDK does not call ${e.path}`);
    if (e.sdks?.java) assert.ok(listed?.java, `${e.id}: Java ${e.sdks.java} but the Java SDK does not call ${e.path}`);
    // The reverse: a path both SDKs call has both names.
    if (listed?.go) assert.ok(e.sdks?.go, `${e.id}: the Go SDK calls ${e.path}; sdks.go is missing`);
    if (listed?.java) assert.ok(e.sdks?.java, `${e.id}: the Java SDK calls ${e.path}; sdks.java is missing`);
  }
  // Every call the SDKs make, listed or missed by the list, is an endpoint of the contract (issue 18's "done when").
  const calls = new Set(ENDPOINTS.map((e) => callKey(e.method, e.path)));
  const absent = [...SDK_PATHS, ...SDK_PATHS_MISSED].map((p) => callKey(p.method ?? 'POST', p.path)).filter((k) => !calls.has(k));
  assert.deepEqual(absent, []);
});

/** Every `method -> path` the installed Node SDK declares in its lib/**\/api.json files. */
function nodeSdkMethods(): Map<string, Set<string>> {
  const root = join(dirname(createRequire(__filename).resolve('rongcloud-sdk/package.json')), 'lib');
  const methods = new Map<string, Set<string>>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('api.json')) {
        for (const [name, spec] of Object.entries(JSON.parse(readFileSync(full, 'utf8')) as Record<string, { url?: string }>)) {
          if (!spec.url) continue;
          const paths = methods.get(name) ?? new Set<string>();
          paths.add(`/${spec.url}.json`);
          methods.set(name, paths);
        }
      }
    }
  };
  walk(root);
  return methods;
}

test('every Node SDK call is a method of rongcloud-sdk that calls the endpoint\'s path', () => {
  const methods = nodeSdkMethods();
  const sdk = createRequire(__filename)('rongcloud-sdk') as (p: unknown) => Record<string, unknown>;
  const modules = sdk({ appkey: 'k', secret: 's' });
  for (const e of ENDPOINTS) {
    if (!e.sdks?.node) continue;
    const call = sdkMethodName(e.sdks.node);
    // The expression resolves to a function on what the SDK returns…
    const fn = call.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], modules);
    assert.equal(typeof fn, 'function', `${e.id}: Node ${call} is not a function of rongcloud-sdk`);
    // …and a method of that name calls this path.
    const name = call.split('.').at(-1) ?? '';
    assert.ok(methods.get(name)?.has(e.path), `${e.id}: Node ${call} does not call ${e.path}`);
  }
});
