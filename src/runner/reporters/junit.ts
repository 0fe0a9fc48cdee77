/**
 * JUnit XML (junit-report-builder) as CI systems read it: one testsuite per file, one testcase per
 * request or data row; a failure carries expected and actual; what was never sent is skipped.
 */
import builder from 'junit-report-builder';
import type { Locale } from '../../core/text';
import { say } from '../messages';
import type { CaseResult, RunReport } from '../report';

export function junitReport(report: RunReport, locale: Locale): string {
  const root = builder.newBuilder().name('rong-http');
  const suites = new Map<string, ReturnType<typeof root.testSuite>>();
  for (const c of report.cases) {
    let suite = suites.get(c.file);
    if (!suite) {
      suite = root.testSuite().name(c.file).timestamp(new Date(report.startedAt));
      suites.set(c.file, suite);
    }
    const test = suite.testCase().className(c.file).name(caseName(c)).file(c.file);
    if (c.ms !== undefined) test.time(c.ms / 1000);
    test.property('expected', c.expected).property('actual', c.actual);
    if (c.note) test.property('note', say(c.note === 'earlierAttempt' ? 'earlier' : 'answeredBefore', locale));
    // A request with `??` assertions: the request's own case fails only when no HTTP answer came;
    // each assertion is a case of its own, with one failure per assertion that did not hold.
    const assertions = c.assertions ?? [];
    for (const a of assertions) {
      const t = suite.testCase().className(c.file).name(`${c.title} · line ${c.line} · ?? ${a.text} · line ${a.line}`).file(c.file);
      t.property('line', String(a.line));
      if (!a.passed) t.failure(`${c.file}:${a.line}: ${say('expected', locale, { expected: a.expected === undefined ? a.text : a.expected, actual: a.actual ?? '—' })}: ${a.message}`, 'assertion');
    }
    const answered = assertions.length > 0 && c.status === 'failed' && c.httpStatus !== undefined;
    const status: CaseResult['status'] = answered ? 'passed' : c.status;
    switch (status) {
      case 'passed':
        break;
      case 'failed':
        test.failure(`${say('expected', locale, { expected: c.expected, actual: c.actual })}: ${c.message}`, c.actual);
        break;
      case 'notSent':
      case 'skipped':
        test.skipped();
        test.standardOutput(c.message);
        break;
      default: {
        const never: never = status;
        throw new Error(String(never));
      }
    }
  }
  return `${root.build()}\n`;
}

function caseName(c: CaseResult): string {
  const where = c.row ? `row ${c.row.index + 1} (line ${c.row.line})` : `line ${c.line}`;
  return `${c.title}${c.label ? ` · ${c.label}` : ''} · ${where}`;
}
