/**
 * Chained requests in rong-http run against --sandbox: a file registers, refreshes, blocks and
 * queries a user with values read from earlier exchanges; a request that reads one that has not
 * run sends it first, once.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runCli, tempDir } from './support/runnerHarness';

const CHAIN = [
  '# @name register',
  'POST /user/getToken.json',
  '',
  'userId=chain-{{$randomInt 1000 9999}}&name=Chain',
  '',
  '### refresh',
  'POST /user/refresh.json',
  '',
  'userId={{register.response.body.userId}}&name=Renamed',
  '',
  '### block',
  '# @name block',
  'POST /user/block.json',
  '',
  'userId={{register.request.body.userId}}&minute=10',
  '',
  '### query',
  'POST /user/block/query.json',
  '',
  'page=1&size={{block.response.body.$.code}}',
  '',
].join('\n');

describe('rong-http run: chained requests', () => {
  it('register → refresh → block → query with chained values passes against --sandbox (exit 0)', async () => {
    const files = await tempDir({ 'chain.rong.http': CHAIN });
    try {
      const r = await runCli(files.dir, ['run', '--sandbox', '--reporter', 'json', 'chain.rong.http']);
      assert.equal(r.code, 0, r.stderr + r.stdout);
      const report = JSON.parse(r.stdout) as { cases: Array<{ status: string; line: number }> };
      assert.deepEqual(report.cases.map((c) => [c.line, c.status]), [[2, 'passed'], [7, 'passed'], [13, 'passed'], [18, 'passed']]);
    } finally {
      await files.remove();
    }
  });

  it('a request that reads one that has not run sends that one first, and only once', async () => {
    const text = '### early\nPOST /user/block.json\n\nuserId={{register.request.body.userId}}&minute=5\n\n###\n# @name register\nPOST /user/getToken.json\n\nuserId=chain-ref&name=Ref\n';
    const files = await tempDir({ 'ref.rong.http': text });
    try {
      const r = await runCli(files.dir, ['run', '--sandbox', '--reporter', 'json', 'ref.rong.http']);
      assert.equal(r.code, 0, r.stderr + r.stdout);
      const report = JSON.parse(r.stdout) as { cases: Array<{ status: string; line: number }> };
      // register (line 8) first, then the block; register is not sent again (a second getToken would be 1004).
      assert.deepEqual(report.cases.map((c) => c.line), [8, 2]);
    } finally {
      await files.remove();
    }
  });
});

describe('rong-http run: a cycle and a repeated name are file errors (issue 16, item 14)', () => {
  it('a chain cycle is named (a → b → a) before anything is sent, exit 2; it said "has not run yet"', async () => {
    const text = [
      '# @name a', 'POST /user/getToken.json', '', 'userId=c1&name={{b.response.body.code}}', '',
      '###', '# @name b', 'POST /user/getToken.json', '', 'userId=c2&name={{a.response.body.code}}', '',
    ].join('\n');
    const files = await tempDir({ 'cycle.rong.http': text });
    try {
      const r = await runCli(files.dir, ['run', '--sandbox', 'cycle.rong.http']);
      assert.equal(r.code, 2, r.stderr + r.stdout);
      assert.match(r.stderr, /cycle\.rong\.http:2: these requests read from each other in a cycle, so none of them can be sent first: a → b → a/);
      assert.match(r.stderr, /cycle\.rong\.http:8: .*b → a → b/);
      assert.doesNotMatch(r.stderr, /has not run yet/);
      assert.equal(r.stdout, '', 'nothing was sent, no report');
    } finally {
      await files.remove();
    }
  });

  it('one # @name on two requests: exit 2 naming both lines, nothing sent', async () => {
    const text = [
      '# @name reg', 'POST /user/getToken.json', '', 'userId=d1&name=A', '',
      '###', '# @name reg', 'POST /user/getToken.json', '', 'userId=d2&name=B', '',
    ].join('\n');
    const files = await tempDir({ 'dup.rong.http': text, 'rows.csv': 'x\n1\n' });
    try {
      for (const extra of [[], ['--data', 'rows.csv']]) {
        const r = await runCli(files.dir, ['run', '--sandbox', ...extra, 'dup.rong.http']);
        assert.equal(r.code, 2, r.stderr + r.stdout);
        assert.match(r.stderr, /dup\.rong\.http:7: The request on line 1 is named "reg" too/);
      }
    } finally {
      await files.remove();
    }
  });
});
