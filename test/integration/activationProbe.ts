// Run alone by `npm run bench` (RONG_INTEGRATION_SUITE=activation): prints how long activate() took.
import * as assert from 'node:assert/strict';
import { activateExtension } from './support';

suite('activation probe', () => {
  test('reports activate() time', async () => {
    const api = await activateExtension();
    assert.ok(api.activationMs > 0);
    console.log(`activation-ms: ${api.activationMs.toFixed(3)}`);
  });
});
