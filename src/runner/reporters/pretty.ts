/**
 * The human's report: one line per request (or per failed row of a data run) and a summary by code.
 * Every text it did not write itself goes through visible(): a server's answer reaches a terminal.
 */
import type { Locale } from '../../core/text';
import { say } from '../messages';
import type { CaseResult, RunReport } from '../report';
import { visible } from './visible';

/** Data runs list only what failed: 10,000 passing rows are a summary line, not a screenful. */
const LIST_PASSED_UP_TO = 50;

export function prettyReport(report: RunReport, locale: Locale, color: boolean): string {
  const paint = (code: string, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const listAll = report.cases.length <= LIST_PASSED_UP_TO;
  const lines: string[] = [];
  for (const c of report.cases) {
    if (!listAll && c.status === 'passed') continue;
    lines.push(caseLine(c, locale, paint));
    for (const a of c.assertions ?? []) lines.push(`    ${a.passed ? paint('32', '✓') : paint('31', '✗')} ${visible(`${c.file}:${a.line} ?? ${a.message}`)}`);
  }
  const s = report.summary;
  lines.push('');
  const summary = say('summary', locale, { total: s.total, passed: s.passed, failed: s.failed + s.notSent });
  lines.push(paint(s.failed + s.notSent === 0 ? '32' : '31', summary) + ` (${(report.totalMs / 1000).toFixed(2)} s, ${visible(report.target)})`);
  const codes = Object.entries(s.byCode).sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${visible(k)} ×${n}`);
  if (codes.length > 0) lines.push(`${say('byCode', locale)}: ${codes.join(', ')}`);
  if (report.data) {
    lines.push(say('journalAt', locale, { path: visible(report.data.journal) }));
    if (report.data.skippedInvalid > 0) lines.push(say('skippedRows', locale, { count: report.data.skippedInvalid }));
  }
  if (report.interrupted) lines.push(paint('33', say('interrupted', locale)));
  return `${lines.join('\n')}\n`;
}

function caseLine(c: CaseResult, locale: Locale, paint: (code: string, text: string) => string): string {
  const mark = c.status === 'passed' ? paint('32', '✓') : c.status === 'failed' ? paint('31', '✗') : paint('33', '–');
  const where = c.row ? `${c.file}:${c.line} row ${c.row.index + 1} (line ${c.row.line})` : `${c.file}:${c.line}`;
  const label = c.label ? ` ${c.label}` : '';
  const ms = c.ms !== undefined ? ` ${Math.round(c.ms)} ms` : '';
  const host = c.host ? ` → ${c.host}` : '';
  const note = c.note ? ` (${say(c.note === 'earlierAttempt' ? 'earlier' : 'answeredBefore', locale)})` : '';
  const failedAssertions = c.assertions?.filter((a) => !a.passed).length ?? 0;
  const detail =
    c.status === 'passed'
      ? c.actual
      : failedAssertions > 0
        ? `${c.actual}: ${say('assertionsFailed', locale, { failed: failedAssertions, total: c.assertions?.length ?? 0 })}`
        : `${say('expected', locale, { expected: c.expected, actual: c.actual })}: ${c.message}`;
  return `${mark} ${visible(`${where} ${c.title}${label}${host} — ${detail}`)}${note}${ms}`;
}
