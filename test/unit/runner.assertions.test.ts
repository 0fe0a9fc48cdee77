/**
 * `??` assertions in rong-http run against --sandbox: the lifecycle example passes (exit 0); one
 * changed assertion fails the run (exit 1) with exactly one JUnit <failure> naming its line; an
 * assertion that expects a Rong error code makes that request pass.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO, runCli, tempDir } from './support/runnerHarness';

const EXAMPLE = join(REPO, 'examples', 'user-lifecycle.rong.http');

describe('rong-http run: ?? assertions', () => {
  it('the user-lifecycle example (register, refresh, block, query with assertions) passes against --sandbox', async () => {
    const text = await readFile(EXAMPLE, 'utf8');
    const files = await tempDir({ 'life.rong.http': text });
    try {
      const r = await runCli(files.dir, ['run', '--sandbox', '--reporter', 'json', 'life.rong.http']);
      assert.equal(r.code, 0, r.stderr + r.stdout);
      const report = JSON.parse(r.stdout) as { cases: Array<{ status: string; expected: string; assertions?: Array<{ line: number; passed: boolean; text: string }> }> };
      assert.equal(report.cases.length, 4);
      assert.deepEqual(report.cases.map((c) => c.assertions?.length), [6, 1, 1, 4]);
      assert.ok(report.cases.every((c) => c.status === 'passed' && c.expected === 'every assertion' && c.assertions!.every((a) => a.passed)));
      const lines = text.split('\n');
      for (const c of report.cases) for (const a of c.assertions!) assert.equal(lines[a.line - 1], `?? ${a.text}`);
    } finally {
      await files.remove();
    }
  });

  it('one assertion changed to fail: exit 1, one JUnit <failure> naming its line, pretty shows ✗ with file:line', async () => {
    const text = (await readFile(EXAMPLE, 'utf8')).replace('?? body users isArray', '?? body users isString');
    const line = text.split('\n').indexOf('?? body users isString') + 1;
    assert.ok(line > 0);
    const files = await tempDir({ 'life.rong.http': text });
    try {
      const junit = await runCli(files.dir, ['run', '--sandbox', '--reporter', 'junit', 'life.rong.http']);
      assert.equal(junit.code, 1, junit.stderr + junit.stdout);
      const failures = junit.stdout.match(/<failure\b[^>]*>/g) ?? [];
      assert.equal(failures.length, 1, junit.stdout);
      assert.ok(failures[0].includes(`life.rong.http:${line}`), failures[0]);
      assert.match(failures[0], /expected body users isString/);
      const pretty = await runCli(files.dir, ['run', '--sandbox', 'life.rong.http']);
      assert.equal(pretty.code, 1);
      assert.match(pretty.stdout, new RegExp(`✗ life\\.rong\\.http:${line} \\?\\? body users isString`));
      assert.match(pretty.stdout, /✓ life\.rong\.http:\d+ \?\? body code == 200/);
      assert.match(pretty.stdout, /1 of 4 assertions failed/);
    } finally {
      await files.remove();
    }
  });

  it('assertions replace the implicit code 200: ?? body code == 1004 passes a repeated registration', async () => {
    const text = [
      '# @name first',
      'POST /user/getToken.json',
      '',
      'userId=dup-user&name=A',
      '',
      '###',
      'POST /user/getToken.json',
      '?? body code == 1004',
      '',
      'userId={{first.request.body.userId}}&name=A',
      '',
      '###',
      'POST /user/getToken.json',
      '',
      'userId=dup-user&name=A',
      '',
    ].join('\n');
    const files = await tempDir({ 'dup.rong.http': text });
    try {
      const r = await runCli(files.dir, ['run', '--sandbox', '--reporter', 'json', 'dup.rong.http']);
      const report = JSON.parse(r.stdout) as { cases: Array<{ status: string; code?: number; line: number }> };
      // The third has no assertion, so its 1004 fails the run as before.
      assert.deepEqual(report.cases.map((c) => [c.line, c.code, c.status]), [[2, 200, 'passed'], [7, 1004, 'passed'], [13, 1004, 'failed']]);
      assert.equal(r.code, 1);
    } finally {
      await files.remove();
    }
  });

  it('an unresolvable expected value fails the assertion naming the reference; ?? js is a file error (exit 2)', async () => {
    const files = await tempDir({
      'ref.rong.http': 'POST /user/getToken.json\n?? body token == {{nowhere.response.body.token}}\n\nuserId=u-ref&name=A\n',
      'js.rong.http': 'POST /user/getToken.json\n?? js response.parsedBody.code == 200\n\nuserId=u-js&name=A\n',
    });
    try {
      const r = await runCli(files.dir, ['run', '--sandbox', '--reporter', 'json', 'ref.rong.http']);
      assert.equal(r.code, 1, r.stderr + r.stdout);
      const report = JSON.parse(r.stdout) as { cases: Array<{ assertions: Array<{ passed: boolean; message: string }> }> };
      assert.equal(report.cases[0].assertions[0].passed, false);
      assert.match(report.cases[0].assertions[0].message, /cannot resolve \{\{nowhere\.response\.body\.token\}\}/);
      const js = await runCli(files.dir, ['run', '--sandbox', 'js.rong.http']);
      assert.equal(js.code, 2, js.stderr + js.stdout);
      assert.match(js.stderr, /js\.rong\.http:2.*JavaScript/);
    } finally {
      await files.remove();
    }
  });
});
