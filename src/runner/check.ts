/**
 * `rong-http check`: the diagnostics the editor shows for `.rong.http` files, for CI. The same core
 * function (diagnose) with the same rules, codes and severities; variables resolved as the editor
 * resolves them (the file's own, stand-ins for system variables), plus --env-file and --var as a
 * run lays them. Nothing is sent and no credential is read, so signatures are not compared.
 */
import { diagnose, parseDocument, type DiagnosticRecord, type RongHttpDocument, type Severity } from '../core/rongHttp';
import type { Locale } from '../core/text';
import type { CheckConfig } from './args';
import { expandPatterns, readRequestText } from './files';
import { readEnvFile, withVariables, type VariablePairs } from './variables';

export interface CheckFinding {
  /** Relative to the working directory. */
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based, in UTF-16 code units as the editor counts them. */
  readonly column: number;
  readonly severity: Severity;
  /** The editor's diagnostic code: the contract's number (1003, 1005…) where it shows one, else the rule. */
  readonly code: number | string;
  /** The rule that found it (unknownEndpoint, unknownParam, invalidParam…): stable, for filtering. */
  readonly rule: string;
  readonly message: string;
}

export interface CheckReport {
  readonly files: readonly string[];
  /** By file (in the order given), then line and column. */
  readonly findings: readonly CheckFinding[];
}

export interface CheckCounts {
  readonly errors: number;
  readonly warnings: number;
}

/** Every file named by the patterns, checked; a usage or file error throws UsageError (exit 2). */
export async function check(config: CheckConfig, cwd: string): Promise<CheckReport> {
  const paths = await expandPatterns(config.patterns, cwd, config.locale);
  const below = config.envFile ? await readEnvFile(config.envFile) : [];
  const texts: string[] = [];
  // Every file read before any is reported, so that an unreadable one is exit 2 and never a partial report.
  for (const p of paths) texts.push(await readRequestText(p, cwd));
  const findings = paths.flatMap((p, i) => checkText(p, texts[i], config.locale, below, config.vars));
  return { files: paths, findings };
}

/** One file's findings: diagnose() as the editor calls it, records mapped to 1-based positions. */
export function checkText(file: string, text: string, locale: Locale, below: VariablePairs = [], above: VariablePairs = []): CheckFinding[] {
  const doc = parseDocument(text);
  const records = diagnose(withVariables(doc, below, above), { locale }).filter(notAnOverride(doc, below, above));
  return records.map((r) => findingOf(file, r)).sort((a, b) => a.line - b.line || a.column - b.column);
}

export function findingOf(file: string, r: DiagnosticRecord): CheckFinding {
  return {
    file,
    line: r.range.startLine + 1,
    column: r.range.startCharacter + 1,
    severity: r.severity,
    code: r.code ?? r.rule,
    rule: r.rule,
    message: r.message,
  };
}

/**
 * A --var or --env-file value for a name the file defines too is what those options are for, not
 * a duplicate definition: the editor never sees them, so their duplicateVariable records are dropped.
 */
function notAnOverride(doc: RongHttpDocument, below: VariablePairs, above: VariablePairs): (r: DiagnosticRecord) => boolean {
  const outside = new Set([...below, ...above].map(([name]) => name));
  if (outside.size === 0) return () => true;
  const shadowed = doc.variables.filter((d) => outside.has(d.name)).map((d) => d.nameRange);
  const same = (a: DiagnosticRecord['range'], b: DiagnosticRecord['range']) =>
    a.startLine === b.startLine && a.startCharacter === b.startCharacter && a.endLine === b.endLine && a.endCharacter === b.endCharacter;
  // Outside definitions have an empty range at 0:0, which no definition in the file has.
  const nowhere = { startLine: 0, startCharacter: 0, endLine: 0, endCharacter: 0 };
  return (r) => r.rule !== 'duplicateVariable' || !(same(r.range, nowhere) || shadowed.some((s) => same(r.range, s)));
}

export function countsOf(report: CheckReport): CheckCounts {
  let errors = 0;
  let warnings = 0;
  for (const f of report.findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
  }
  return { errors, warnings };
}

/** 1 with an error, or with more warnings than --max-warnings; else 0. */
export function checkExitCode(report: CheckReport, maxWarnings: number | undefined): 0 | 1 {
  const { errors, warnings } = countsOf(report);
  return errors > 0 || (maxWarnings !== undefined && warnings > maxWarnings) ? 1 : 0;
}
