/**
 * The one verdict (core/verdict) that rong-http run, Send All, the Test Explorer and Register Users
 * from File ask, the one summary by code, and the one data-row check: the rules each surface used
 * to copy, asserted once here (the integration suite verdict.test.ts sends one file through all four).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { GET_TOKEN } from '../../src/core/contract';
import { answerOf, codeKey, failedLineText, summarize, verdictOf, type AssertionCheck } from '../../src/core/verdict';
import { checkDataRows, type DataRow } from '../../src/runner/data';
import { judge } from '../../src/runner/outcome';
import type { SendResult } from '../../src/runner/http';
import type { PreparedRequest } from '../../src/runner/prepare';

const answer = (code: number, extra: Partial<SendResult> = {}) => ({ outcome: code === 200 ? 'success' : 'rongError', httpStatus: 200, code, totalMs: 3, ...extra }) as SendResult;
const check = (line: number, passed: boolean): AssertionCheck => ({ line, text: 'body code == 1004', passed, expected: '1004', actual: '200', message: 'body code == 1004: expected == 1004, got 200' });

describe('core/verdict: one rule for whether a request passed', () => {
  it('without ?? lines: code 200 passes, 1004 fails unless an earlier attempt went unanswered', () => {
    assert.deepEqual(verdictOf({ answer: answer(200), checks: [] }), { passed: true, basis: 'code200', failed: [] });
    assert.equal(verdictOf({ answer: answer(1004), checks: [] }).passed, false);
    assert.deepEqual(verdictOf({ answer: answer(1004), checks: [], sentBefore: true }), { passed: true, basis: 'earlierAttempt', failed: [] });
    assert.equal(verdictOf({ answer: answer(1004, { likelyRegisteredEarlier: true }), checks: [] }).basis, 'earlierAttempt');
    assert.equal(verdictOf({ answer: answer(1005), checks: [], sentBefore: true }).passed, false, 'only a 1004 is the earlier attempt');
  });

  it('with ?? lines they replace the implicit 200: `?? body code == 1004` fails a fresh 200 and names the line', () => {
    const v = verdictOf({ answer: answer(200), checks: [check(7, false)] });
    assert.equal(v.passed, false);
    assert.equal(v.basis, 'assertions');
    assert.deepEqual(v.failed.map((c) => failedLineText('a.rong.http', c)), ['a.rong.http:7: body code == 1004: expected == 1004, got 200']);
    assert.equal(verdictOf({ answer: answer(1004), checks: [check(7, true)] }).passed, true);
    assert.equal(verdictOf({ answer: answer(1004), checks: [check(7, true)], sentBefore: true }).basis, 'assertions', 'the lines decide, not the earlier-attempt rule');
  });

  it('?? lines that could not be judged (no answer) never pass', () => {
    const none = { outcome: 'networkError', totalMs: 1 } as SendResult;
    assert.equal(verdictOf({ answer: none, checks: [], asserted: true }).passed, false);
    assert.equal(verdictOf({ answer: answer(200), checks: [], asserted: true }).passed, false);
    assert.equal(verdictOf({ answer: none, checks: [check(3, true)] }).passed, false);
  });

  it('the runner judges through it: the same 200 under `?? body code == 1004` is failed with file:line', () => {
    const request = { title: 'second', line: 5, endpoint: GET_TOKEN, params: [['userId', 'u']], headers: [], baseUrl: 'http://127.0.0.1:1', hostFrom: 'baseUrl' } as unknown as PreparedRequest;
    const c = judge({ file: 'a.rong.http', request }, { ...answer(200), request: { headers: {} } } as unknown as SendResult, [check(7, false)]);
    assert.equal(c.status, 'failed');
    assert.equal(c.message, 'a.rong.http:7: body code == 1004: expected == 1004, got 200');
    assert.equal(judge({ file: 'a.rong.http', request, sentBefore: true }, answer(1004)).note, 'earlierAttempt');
  });

  it('answerOf: what the ?? lines read from an answer', () => {
    assert.deepEqual(answerOf({ outcome: 'success', httpStatus: 201, responseHeaders: { 'x-a': '1' }, body: { text: '{}' }, totalMs: 9 }), { status: 201, headers: [['x-a', '1']], body: '{}', durationMs: 9 });
    assert.equal(answerOf({ outcome: 'networkError', totalMs: 1 }).status, 0);
  });
});

describe('core/verdict: one summary by code', () => {
  it('keys every request that went out as code, "HTTP <status>" or outcome; not sent and malformed only in their counts', () => {
    const s = summarize([
      { status: 'passed', outcome: 'success', httpStatus: 200, code: 200 },
      { status: 'failed', outcome: 'apiError', httpStatus: 200, code: 1004 },
      { status: 'failed', outcome: 'httpError', httpStatus: 503 },
      { status: 'failed', outcome: 'networkError' },
      { status: 'notSent' },
      { status: 'skipped' },
    ]);
    assert.deepEqual(s, { total: 6, passed: 1, failed: 3, notSent: 1, skipped: 1, byCode: { 200: 1, 1004: 1, 'HTTP 503': 1, networkError: 1 } });
    assert.equal(codeKey({ status: 'notSent', code: 200 }), undefined);
  });
});

describe('runner/data checkDataRows: one check of data rows', () => {
  const row = (index: number, userId: string, name = 'N', problem?: string): DataRow => ({ index, line: index + 2, values: [['userId', userId], ['name', name]], ...(problem ? { problem } : {}) });

  it('names the reader\'s problem, the preparation\'s, the contract\'s and a repeated userId, in row order', () => {
    const rows = [row(0, 'a'), row(1, 'x'.repeat(65)), row(2, 'a'), row(3, 'b', 'N', 'bad quote'), row(4, 'c', 'unknown'), row(5, 'd')];
    const { usable, malformed } = checkDataRows(rows, (r) => (r.values[1][1] === 'unknown' ? { problem: 'column "x" is not a parameter' } : { endpoint: GET_TOKEN, params: r.values }), 'en');
    assert.deepEqual(usable.map((u) => u.row.index), [0, 5]);
    assert.deepEqual(malformed.map((m) => m.row.index), [1, 2, 3, 4]);
    assert.deepEqual([malformed[2].problem, malformed[3].problem], ['bad quote', 'column "x" is not a parameter']);
    assert.match(malformed[0].problem, /1005 · userId is 65 bytes; the limit is 64/);
    assert.equal(malformed[0].findings[0]?.field, 'userId');
    assert.match(malformed[1].problem, /userId.*line 2/, 'the repeat names the first row\'s line');
  });
});
