/** `--reporter json` for check: an array of {file, line, column, severity, code, rule, message}, 1-based. */
import type { CheckReport } from '../check';

export function checkJsonReport(report: CheckReport): string {
  const rows = report.findings.map((f) => ({ file: f.file, line: f.line, column: f.column, severity: f.severity, code: f.code, rule: f.rule, message: f.message }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}
