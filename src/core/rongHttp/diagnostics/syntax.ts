/** The parser's problems as diagnostics, with their severity and the quick fix where there is one. */
import type { RequestBlock, SyntaxProblemKind } from '../model';
import { syntaxMessage } from '../messages';
import { matchTarget } from '../requestParts';
import { targetPath } from '../variables/request';
import type { DiagnosticEnvironment } from './environment';
import { record, type DiagnosticRecord, type QuickFixData, type Severity } from './record';

const SYNTAX_SEVERITY: Readonly<Record<SyntaxProblemKind, Severity>> = {
  malformedRequestLine: 'error',
  malformedTarget: 'error',
  missingMethod: 'error',
  malformedHeader: 'error',
  missingBlankLine: 'error',
  bodyLineWithoutAmpersand: 'error',
  misplacedVariable: 'error',
  malformedVariable: 'error',
  misplacedDirective: 'warning',
  malformedDirective: 'error',
  duplicateDirective: 'warning',
  emptyParamName: 'error',
  badPercentEncoding: 'error',
  unterminatedReference: 'warning',
  emptyReference: 'error',
  queryContinuation: 'error',
  fileBody: 'error',
  malformedAssertion: 'error',
};

/** The method the target's endpoint takes (a REST path may take GET), POST when the path is unknown. */
function methodFor(block: RequestBlock): string {
  const target = block.request?.target?.text;
  return (target !== undefined && matchTarget(targetPath(target), undefined)?.endpoint.method) || 'POST';
}

function syntaxFix(kind: SyntaxProblemKind, block: RequestBlock): QuickFixData | undefined {
  switch (kind) {
    case 'missingBlankLine':
      return { fix: 'insertBlankLine' };
    case 'bodyLineWithoutAmpersand':
      return { fix: 'prefixAmpersand' };
    case 'missingMethod':
      return { fix: 'setMethod', method: methodFor(block) };
    default:
      return undefined;
  }
}

export function syntaxDiagnostics(block: RequestBlock, env: DiagnosticEnvironment, out: DiagnosticRecord[]): void {
  for (const p of block.problems) {
    out.push(record(p.range, SYNTAX_SEVERITY[p.kind], p.kind, syntaxMessage(p, env.locale), undefined, syntaxFix(p.kind, block)));
  }
}
