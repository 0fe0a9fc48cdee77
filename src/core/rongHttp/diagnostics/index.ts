/**
 * Diagnostics of `.rong.http` documents as plain records, one rule group per file; the VS Code
 * adapter maps them to vscode.Diagnostic in one place. Contract findings reuse validation.ts (same
 * rules and codes as the commands, the playground and the sandbox). Per-block results depend only
 * on the block, the values of the variables it references and the context, which is what
 * incremental.ts caches on.
 */
import type { RongHttpDocument } from '../model';
import { blockDiagnostics } from './block';
import { variableDiagnostics } from './definitions';
import { hostDiagnostics } from './hosts';
import { nameDiagnostics } from './names';
import { DiagnosticEnvironment } from './environment';
import type { DiagnosticContext, DiagnosticRecord } from './record';

export type { DiagnosticContext, DiagnosticRecord, DiagnosticRule, QuickFixData, Severity } from './record';
export { DiagnosticEnvironment } from './environment';
export { blockDiagnostics } from './block';
export { variableDiagnostics } from './definitions';
export { hostDiagnostics } from './hosts';
export { nameDiagnostics, duplicateRequestNames, type DuplicateRequestName } from './names';
export { responseDiagnostic, type ResponseDiagnosticOptions } from './response';

/** Parse-independent entry point: every diagnostic of a parsed document. */
export function diagnose(doc: RongHttpDocument, context: DiagnosticContext = {}): DiagnosticRecord[] {
  const env = new DiagnosticEnvironment(doc, context);
  const out: DiagnosticRecord[] = [];
  for (const block of doc.blocks) {
    const ds = blockDiagnostics(block, env);
    for (let i = 0; i < ds.length; i++) out.push(ds[i]);
  }
  const vs = variableDiagnostics(doc, env);
  for (let i = 0; i < vs.length; i++) out.push(vs[i]);
  for (const h of hostDiagnostics(doc, env)) out.push(h);
  for (const n of nameDiagnostics(doc, env.locale)) out.push(n);
  return out;
}
