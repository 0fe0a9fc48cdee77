/** The reporters by name: one file each, one function from a RunReport to text. */
import type { Locale } from '../../core/text';
import type { RunReport } from '../report';
import { jsonReport } from './json';
import { junitReport } from './junit';
import { prettyReport } from './pretty';

export const REPORTERS = ['pretty', 'json', 'junit'] as const;
export type ReporterName = (typeof REPORTERS)[number];

export function render(name: ReporterName, report: RunReport, locale: Locale, color: boolean): string {
  switch (name) {
    case 'pretty':
      return prettyReport(report, locale, color);
    case 'json':
      return jsonReport(report);
    case 'junit':
      return junitReport(report, locale);
    default: {
      const never: never = name;
      throw new Error(`unknown reporter ${String(never)}`);
    }
  }
}
