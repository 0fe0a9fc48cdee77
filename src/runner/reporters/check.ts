/** The check reporters by name: one file each, one function from a CheckReport to text. */
import type { Locale } from '../../core/text';
import type { CheckReport } from '../check';
import { checkGithubReport } from './checkGithub';
import { checkJsonReport } from './checkJson';
import { checkPrettyReport } from './checkPretty';
import type { CheckReporterName } from './checkNames';

export { CHECK_REPORTERS, type CheckReporterName } from './checkNames';

export function renderCheck(name: CheckReporterName, report: CheckReport, locale: Locale, color: boolean): string {
  switch (name) {
    case 'pretty':
      return checkPrettyReport(report, locale, color);
    case 'json':
      return checkJsonReport(report);
    case 'github':
      return checkGithubReport(report);
    default: {
      const never: never = name;
      throw new Error(`unknown reporter ${String(never)}`);
    }
  }
}
