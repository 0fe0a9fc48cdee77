/**
 * The reporters on real runs against the embedded sandbox (two passes and a 1004; data rows with
 * one skipped by --skip-invalid): JUnit XML parsed with a real XML parser and its counts checked,
 * the JSON report's summary, the pretty report's summary by code.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import type { RunReport } from '../../src/runner/report';
import { csv, runCli, tempDir } from './support/runnerHarness';

const FILE = [
  '### ok', 'POST /user/getToken.json', '', 'userId=rep-1&name=A', '',
  '### again', 'POST /user/getToken.json', '', 'userId=rep-1&name=A', '',
  '### other', 'POST /user/getToken.json', '', 'userId=rep-2&name=B', '',
].join('\n');

function parseXml(text: string) {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, msg) => { if (level !== 'warning') errors.push(msg); } }).parseFromString(text, 'text/xml');
  assert.deepEqual(errors, [], 'well-formed XML');
  return doc;
}

describe('rong-http reporters', () => {
  let work: Awaited<ReturnType<typeof tempDir>>;
  before(async () => {
    work = await tempDir({
      'three.rong.http': FILE,
      'one.rong.http': 'POST /user/getToken.json\n\nuserId={{userId}}&name={{name}}\n',
      'rows.csv': csv('userId,name', ['row-a,A', 'row-b,', 'row-c,C']),
    });
  });
  after(() => work.remove());

  it('junit: one testcase per request, the failure with expected and actual, written to --output', async () => {
    const r = await runCli(work.dir, ['run', '--sandbox', '--reporter', 'junit', '--output', 'report.xml', 'three.rong.http']);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '', 'the report went to the file');
    const doc = parseXml(await readFile(join(work.dir, 'report.xml'), 'utf8'));
    const suites = doc.getElementsByTagName('testsuites')[0];
    assert.equal(suites.getAttribute('tests'), '3');
    assert.equal(suites.getAttribute('failures'), '1');
    const cases = Array.from(doc.getElementsByTagName('testcase'));
    assert.equal(cases.length, 3);
    assert.deepEqual(cases.map((c) => c.getAttribute('name')), ['ok · rep-1 · line 2', 'again · rep-1 · line 7', 'other · rep-2 · line 12']);
    const failures = Array.from(doc.getElementsByTagName('failure'));
    assert.equal(failures.length, 1);
    assert.match(failures[0].getAttribute('message') ?? '', /expected code 200, got code 1004/);
    assert.equal((failures[0].parentNode as unknown as { getAttribute(name: string): string | null }).getAttribute('name'), 'again · rep-1 · line 7');
  });

  it('junit: one testcase per data row; a malformed row skipped by --skip-invalid is a skipped testcase', async () => {
    const r = await runCli(work.dir, ['run', '--sandbox', '--reporter', 'junit', '--data', 'rows.csv', '--skip-invalid', '--journal', 'rows.journal', 'one.rong.http']);
    assert.equal(r.code, 0, r.stderr);
    const doc = parseXml(r.stdout);
    const cases = Array.from(doc.getElementsByTagName('testcase'));
    assert.equal(cases.length, 3);
    assert.equal(doc.getElementsByTagName('skipped').length, 1);
    assert.equal(doc.getElementsByTagName('failure').length, 0);
    assert.match(cases[1].getAttribute('name') ?? '', /row 2 \(line 3\)/);
  });

  it('json: one object with the summary by code and a case per request, no token in it', async () => {
    const r = await runCli(work.dir, ['run', '--sandbox', '--reporter', 'json', 'three.rong.http']);
    assert.equal(r.code, 1);
    const report = JSON.parse(r.stdout) as RunReport;
    assert.equal(report.tool, 'rong-http');
    assert.deepEqual({ ...report.summary }, { total: 3, passed: 2, failed: 1, notSent: 0, skipped: 0, byCode: { 200: 2, 1004: 1 } });
    assert.deepEqual(report.cases.map((c) => [c.line, c.status, c.code]), [[2, 'passed', 200], [7, 'failed', 1004], [12, 'passed', 200]]);
    assert.ok(!/"token"/.test(r.stdout), 'no token field');
    assert.ok(!/[A-Za-z0-9_-]{43}/.test(r.stdout), 'nothing shaped like a sandbox token');
  });

  it('pretty: a line per request and the summary by code', async () => {
    const r = await runCli(work.dir, ['run', '--sandbox', 'three.rong.http']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /3 requests: 2 passed, 1 failed/);
    assert.match(r.stdout, /by code: 1004 ×1, 200 ×2/);
    assert.equal(r.stdout.split('\n').filter((l) => /^[✓✗] three\.rong\.http:/.test(l)).length, 3);
  });

  it('--reporter takes only the three names', async () => {
    const r = await runCli(work.dir, ['run', '--sandbox', '--reporter', 'tap', 'three.rong.http']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--reporter takes pretty, json, junit, not "tap"/);
  });
});
