/**
 * `--reporter github` for check: one workflow command per finding, which GitHub Actions shows as an
 * annotation on the file's line. Escaping follows @actions/core (toCommandValue/escapeData/escapeProperty):
 * `%`, CR and LF in the message; also `:` and `,` in property values, which would end them.
 */
import type { Severity } from '../../core/rongHttp';
import type { CheckFinding, CheckReport } from '../check';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(f: CheckFinding): string {
  // GitHub matches annotation paths with forward slashes, whatever the runner's OS.
  const file = f.file.replace(/\\/g, '/');
  const props = `file=${escapeProperty(file)},line=${f.line},col=${f.column},title=${escapeProperty(`rong-http check (${f.rule})`)}`;
  return `::${COMMAND[f.severity]} ${props}::${escapeData(f.message)}`;
}

export function checkGithubReport(report: CheckReport): string {
  return report.findings.map((f) => `${annotation(f)}\n`).join('');
}
