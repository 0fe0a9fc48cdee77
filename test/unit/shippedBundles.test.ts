/**
 * What the VSIX ships, read from dist/ as `npm run build` writes it: the catalogue without the data's
 * provenance (notes, source) and otherwise the very records of src/, and the HTTP client working on
 * undici's baseline llhttp (its SIMD build is left out of dist/http.js to keep the VSIX ≤ 450 KB).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ENDPOINTS, GET_TOKEN, type EndpointSpec } from '../../src/core/contract';
import type * as Http from '../../src/core/http';

const DIST = join(__dirname, '..', '..', 'dist');
const load = <T>(file: string): T => {
  assert.ok(existsSync(join(DIST, file)), `dist/${file} is missing: npm test builds it first (npm run build)`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the built bundle, as the extension loads it
  return require(join(DIST, file)) as T;
};

test('dist/contract.js holds every record of src/core/contract exactly, less notes and source', () => {
  const shipped = load<{ ENDPOINTS: readonly EndpointSpec[] }>('contract.js').ENDPOINTS;
  assert.equal(shipped.length, ENDPOINTS.length);
  const bare = (e: EndpointSpec) => JSON.parse(JSON.stringify({ ...e, notes: undefined, source: undefined })) as unknown;
  shipped.forEach((e, i) => assert.deepEqual(bare(e), bare(ENDPOINTS[i]), ENDPOINTS[i].id));
  assert.equal(shipped.filter((e) => e.notes !== undefined).length, 0, 'no notes shipped');
  assert.ok(ENDPOINTS.filter((e) => e.notes !== undefined).length > 200, 'the notes stay in src/');
  assert.ok(!readFileSync(join(DIST, 'contract.js'), 'utf8').includes('sdk-paths.md'), 'no note text in the bundle');
});

test('dist/http.js sends and reads answers with undici\'s baseline HTTP parser (its SIMD build is not in the bundle)', async () => {
  const bundle = readFileSync(join(DIST, 'http.js'), 'utf8');
  assert.ok(bundle.includes('the SIMD build of llhttp is left out'), 'the SIMD build is replaced');
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: 200, userId: 'u1', token: 'tok-1' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { RongClient } = load<typeof Http>('http.js');
  const client = new RongClient({ timeoutMs: 2000, env: {} });
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const r = await client.send({ endpoint: GET_TOKEN, params: [['userId', 'u1'], ['name', 'N']], credentials: { appKey: 'k', appSecret: 'canary-bundle-secret' }, hosts: { primary: url } });
    assert.equal(r.outcome, 'success', r.message);
    assert.equal(r.token, 'tok-1');
  } finally {
    await client.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});
