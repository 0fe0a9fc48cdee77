/**
 * `--reporter pretty` for check: `file:line:col severity rule message`, one line per finding (the
 * shape terminals and editors link), files apart by a blank line, then one summary line.
 * Messages quote the file's text, so they go through visible().
 */
import type { Locale } from '../../core/text';
import { countsOf, type CheckFinding, type CheckReport } from '../check';
import { say } from '../messages';
import { visible } from './visible';

const COLOR = { error: '31', warning: '33', info: '36', hint: '2' } as const;

export function checkPrettyReport(report: CheckReport, locale: Locale, color: boolean): string {
  const paint = (code: string, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  for (const file of report.files) {
    const mine = report.findings.filter((f) => f.file === file);
    if (mine.length === 0) continue;
    for (const f of mine) lines.push(findingLine(f, paint));
    lines.push('');
  }
  const { errors, warnings } = countsOf(report);
  const summary = say('checkSummary', locale, { errors, warnings, files: report.files.length });
  lines.push(paint(errors > 0 ? '31' : warnings > 0 ? '33' : '32', summary));
  return `${lines.join('\n')}\n`;
}

function findingLine(f: CheckFinding, paint: (code: string, text: string) => string): string {
  // The message carries the contract's number where there is one ("1005 · …"), so the rule is shown beside it.
  return `${visible(`${f.file}:${f.line}:${f.column}`)} ${paint(COLOR[f.severity], f.severity)} ${f.rule} ${visible(f.message)}`;
}
