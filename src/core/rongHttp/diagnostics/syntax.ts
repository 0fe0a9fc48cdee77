/** The parser's problems as diagnostics, with their severity and the quick fix where there is one. */
import type { RequestBlock, SyntaxProblemKind } from '../model';
import { syntaxMessage } from '../messages';
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

function syntaxFix(kind: SyntaxProblemKind): QuickFixData | undefined {
  switch (kind) {
    case 'missingBlankLine':
      return { fix: 'insertBlankLine' };
    case 'bodyLineWithoutAmpersand':
      return { fix: 'prefixAmpersand' };
    case 'missingMethod':
      return { fix: 'setMethod', method: 'POST' };
    default:
      return undefined;
  }
}

export function syntaxDiagnostics(block: RequestBlock, env: DiagnosticEnvironment, out: DiagnosticRecord[]): void {
  for (const p of block.problems) {
    out.push(record(p.range, SYNTAX_SEVERITY[p.kind], p.kind, syntaxMessage(p, env.locale), undefined, syntaxFix(p.kind)));
  }
}
