/**
 * The examples a new user opens first hold when sent again: every examples/*.rong.http file passes its
 * own `??` assertions (or the implicit code 200) twice in a row against one sandbox, as a second click
 * on "Send Request" in the editor does (a fixed userId answered 1004 the second time).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startSandbox } from '../../src/sandbox/api';
import { REPO, runCli } from './support/runnerHarness';

const APP = { appKey: 'examples-app', appSecret: 'examples-secret-0123' };
const EXAMPLES = readdirSync(join(REPO, 'examples')).filter((f) => f.endsWith('.rong.http'));

describe('examples/*.rong.http', () => {
  it('there are examples to check', () => assert.ok(EXAMPLES.includes('getting-started.rong.http'), EXAMPLES.join(', ')));

  for (const file of EXAMPLES) {
    it(`${file} passes twice in a row against one sandbox`, async () => {
      const sandbox = await startSandbox({ port: 0, apps: [APP] });
      try {
        const args = ['run', '--app-key', APP.appKey, '--base-url', sandbox.url, '--retries', '0', '--reporter', 'json', join(REPO, 'examples', file)];
        for (const round of [1, 2]) {
          const r = await runCli(REPO, args, { RONG_APP_SECRET: APP.appSecret });
          const report = JSON.parse(r.stdout) as { cases: Array<{ line: number; status: string; code?: number }> };
          const failed = report.cases.filter((c) => c.status !== 'passed').map((c) => `line ${c.line}: code ${c.code}`);
          assert.deepEqual(failed, [], `run ${round} of ${file}`);
          assert.ok(report.cases.length > 0);
          assert.equal(r.code, 0, `run ${round} of ${file}: ${r.stderr}`);
        }
      } finally {
        await sandbox.close();
      }
    });
  }
});
