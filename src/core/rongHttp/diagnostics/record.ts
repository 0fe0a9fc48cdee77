/** The shape of a `.rong.http` diagnostic: a plain record that the VS Code adapter maps in one place. */
import type { Locale } from '../../text';
import type { Range, SyntaxProblemKind } from '../model';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export type DiagnosticRule =
  | SyntaxProblemKind
  | 'missingParam'
  | 'invalidParam'
  | 'unknownParam'
  | 'duplicateParam'
  | 'bodyKind'
  | 'unknownEndpoint'
  | 'methodNotAllowed'
  | 'queryString'
  | 'realHostInLocalFile'
  | 'unsupportedScheme'
  | 'undefinedVariable'
  | 'unresolvedVariable'
  | 'unknownSystemVariable'
  | 'badSystemVariableArgs'
  | 'variableCycle'
  | 'variableTooDeep'
  | 'variableTooLong'
  | 'duplicateVariable'
  | 'duplicateRequestName'
  | 'signatureMismatch'
  | 'signatureNotReproducible'
  | 'badNonce'
  | 'longNonce'
  | 'badTimestamp'
  | 'secretInFile'
  | 'unknownProfile'
  | 'contentTypeIgnored'
  | 'requestIdTooLong'
  | 'prefixedSigningHeader'
  | 'duplicateHeader'
  | 'callbackKind'
  | 'callbackOnApiPath'
  | 'response';

/** What a quick fix needs besides the record's range (no positions: records are shifted when reused). */
export type QuickFixData =
  | { readonly fix: 'addParam'; readonly param: string }
  | { readonly fix: 'removeParam'; readonly param: string }
  | { readonly fix: 'replaceSignature'; readonly expected: string }
  | { readonly fix: 'removeHeader'; readonly header: string }
  | { readonly fix: 'moveSecret'; readonly kind: 'header' | 'param' | 'variable'; readonly name: string }
  | { readonly fix: 'insertBlankLine' }
  | { readonly fix: 'prefixAmpersand' }
  | { readonly fix: 'setMethod'; readonly method: string }
  | { readonly fix: 'replaceEndpoint'; readonly path: string };

export interface DiagnosticRecord {
  readonly range: Range;
  readonly severity: Severity;
  /** The contract's code where there is one (1003, 1005, 1006, 1007; a response's code). */
  readonly code?: number;
  /** Which rule produced it: stable, for quick fixes and tests. */
  readonly rule: DiagnosticRule;
  readonly message: string;
  readonly source: 'rong';
  readonly data?: QuickFixData;
}

export interface DiagnosticContext {
  /** 'en' (default) or 'zh-cn'. */
  readonly locale?: Locale;
  /**
   * The stored App Secret of a profile (undefined profile = the active one); `appKey` is the
   * request's explicit App-Key when it has one. Undefined skips the signature check.
   */
  readonly secretFor?: (profile: string | undefined, appKey?: string) => string | undefined;
  /** Known profile names; when given, `@profile` names are checked against it. */
  readonly profiles?: readonly string[];
}

export function record(range: Range, severity: Severity, rule: DiagnosticRule, text: string, code?: number, data?: QuickFixData): DiagnosticRecord {
  const r: { -readonly [K in keyof DiagnosticRecord]: DiagnosticRecord[K] } = { range, severity, rule, message: text, source: 'rong' };
  if (code !== undefined) r.code = code;
  if (data !== undefined) r.data = data;
  return r;
}
