/** Core records → vscode types: the one place where ranges and severities are mapped. */
import * as vscode from 'vscode';
import type { DiagnosticRecord, Range, Severity } from '../core/rongHttp';

export const LANGUAGE_ID = 'rong-http';
export const selector: vscode.DocumentSelector = { language: LANGUAGE_ID };

export function toRange(r: Range): vscode.Range {
  return new vscode.Range(r.startLine, r.startCharacter, r.endLine, r.endCharacter);
}

export function fromRange(r: vscode.Range): Range {
  return { startLine: r.start.line, startCharacter: r.start.character, endLine: r.end.line, endCharacter: r.end.character };
}

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** A vscode.Diagnostic that remembers its record (for quick fixes). */
export class RongDiagnostic extends vscode.Diagnostic {
  constructor(readonly record: DiagnosticRecord) {
    super(toRange(record.range), record.message, SEVERITY[record.severity]);
    this.source = 'rong';
    if (record.code !== undefined) this.code = record.code;
  }
}
