/** The machine's report: one JSON object (RunReport), for scripts and dashboards. */
import type { RunReport } from '../report';

export function jsonReport(report: RunReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
