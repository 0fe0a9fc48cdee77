/**
 * A token read by a chained reference is shown only masked (issue 16, item 12): `?? header x-tok ==
 * {{reg.response.body.token}}` printed the whole token as the expected value in pretty, json and
 * JUnit output, and in the results the editor's ✓/✗ marks show. A canary token shows where.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runCli, tempDir } from './support/runnerHarness';
import { startRecorder, type Recorder } from './support/recorder';
import { MemoryExchangeStore, evaluateAssertions, expectedValueResolver, parseDocument } from '../../src/core/rongHttp/index';

const TOKEN = 'CANARYtokenAbCdEfGhIjKlMnOpQrStUv';

describe('the core: results mask what a reference read from a token', () => {
  const FILE = [
    '# @name reg', 'POST /user/getToken.json', '', 'userId=u1&name=A', '',
    '###', '@tok = {{reg.response.body.token}}', 'POST /user/getToken.json',
    '?? header x-tok exists',
    '?? header x-tok == {{reg.response.body.token}}',
    '?? header x-tok == {{tok}}',
    '?? header x-tok != {{reg.response.body.token}}',
    '?? header x-nope == {{reg.response.body.token}}',
    '?? header x-tok startsWith {{reg.response.body.token}}-no',
    '?? header x-tok matches {{reg.response.body.token}}(',
    '', 'userId=u2&name=B', '',
  ].join('\n');

  it('expected, actual and message never hold the token; the comparison uses the real one', () => {
    const doc = parseDocument(FILE);
    const store = new MemoryExchangeStore();
    store.set('reg', { request: { headers: [], params: [] }, response: { status: 200, headers: [], body: JSON.stringify({ code: 200, token: TOKEN }) } });
    const resolve = expectedValueResolver(doc, { exchanges: store });
    const results = evaluateAssertions(doc.blocks[1].assertions, { status: 200, headers: [['x-tok', TOKEN]], body: '{"code":200}', durationMs: 1 }, resolve);
    assert.deepEqual(results.map((r) => r.passed), [true, true, true, false, false, false, false]);
    for (const r of results) {
      const shown = JSON.stringify({ actual: r.actual, expected: r.expected, message: r.message });
      assert.ok(!shown.includes(TOKEN), shown);
    }
    assert.equal(results[0].actual, 'CANARY…StUv', 'an actual value shown before any reference is resolved is masked too');
    assert.equal(results[1].expected, 'CANARY…StUv');
    assert.equal(results[1].actual, 'CANARY…StUv', 'the header holding the token is masked too (what the editor marks show)');
    assert.match(results[4].message.en, /expected == CANARY…StUv, got nothing/);
  });
});

describe('rong-http run: pretty, json and JUnit never print the token', () => {
  let recorder: Recorder;
  before(async () => {
    recorder = await startRecorder({ answer: () => ({ headers: { 'x-tok': TOKEN }, body: JSON.stringify({ code: 200, userId: 'u1', token: TOKEN }) }) });
  });
  after(() => recorder.close());

  it('a passing and a failing header assertion against a chained token', async () => {
    const file = [
      '# @name reg', `POST ${recorder.url}/user/getToken.json`, '', 'userId=u1&name=A', '',
      '###', `POST ${recorder.url}/user/getToken.json`,
      '?? header x-tok == {{reg.response.body.token}}',
      '?? header x-nope == {{reg.response.body.token}}',
      '', 'userId=u2&name=B', '',
    ].join('\n');
    const dir = await tempDir({ 'a.rong.http': file });
    try {
      for (const reporter of ['pretty', 'json', 'junit']) {
        const r = await runCli(dir.dir, ['run', '--app-key', 'k1', '--reporter', reporter, 'a.rong.http'], { RONG_APP_SECRET: 'app-secret-value-1' });
        assert.equal(r.code, 1, `${reporter}: ${r.stderr}${r.stdout}`);
        assert.ok(r.stdout.includes('CANARY…StUv'), `${reporter} shows the masked token: ${r.stdout}`);
        assert.ok(!(r.stdout + r.stderr).includes(TOKEN), `${reporter}: ${r.stdout}`);
      }
    } finally {
      await dir.remove();
    }
  });
});
