/**
 * The `.rong.http` document model: data with exact ranges, shared by the parser, the
 * diagnostics, printing, completion and hover. Pure TypeScript, never imports 'vscode'.
 *
 * The parser's nodes keep flat positions and compute each `…Range` on access (one object per
 * token instead of four keeps a 10,000-request file fast), so read ranges through these
 * properties; JSON.stringify of a node shows the positions, not the ranges.
 *
 * Ranges are 0-based with an exclusive end, like vscode.Range:
 * `new vscode.Range(r.startLine, r.startCharacter, r.endLine, r.endCharacter)`.
 * Characters are UTF-16 code units, as in VS Code. Every token lies on one line; only block ranges
 * span lines.
 */
// The parsed form of a `??` line lives here, not in assertions/, so that the model imports nothing of the evaluation.
export type AssertionSubject = 'status' | 'body' | 'header' | 'duration';
export type AssertionOperator =
  | '=='
  | '!='
  | '<'
  | '<='
  | '>'
  | '>='
  | 'includes'
  | 'contains'
  | 'startsWith'
  | 'endsWith'
  | 'matches'
  | 'exists'
  | 'isFalse'
  | 'isTrue'
  | 'isNumber'
  | 'isBoolean'
  | 'isString'
  | 'isArray';

export interface Assertion {
  /** The line after `??`, trimmed, as written. */
  readonly text: string;
  /** The whole `?? …` line (without surrounding whitespace). */
  readonly range: Range;
  readonly subject: AssertionSubject;
  /** `body code` → 'code'; `body $.data.token` / `body data.token` → 'data.token'; the header name for `header`. */
  readonly path?: string;
  readonly operator: AssertionOperator;
  /** Raw, may hold {{…}} references; absent for unary operators. */
  readonly expected?: string;
}

export interface Range {
  readonly startLine: number;
  readonly startCharacter: number;
  readonly endLine: number;
  readonly endCharacter: number;
}

/** A piece of text and where it is. */
export interface Token {
  readonly text: string;
  readonly range: Range;
}

/** `{{name}}` or `{{$system args}}`. */
export interface VariableReference {
  /** The variable's name without braces; system variables keep their `$` (`$timestamp`). */
  readonly name: string;
  readonly system: boolean;
  /** Arguments of a system variable (`{{$randomInt 1 100}}` → ['1', '100']). */
  readonly args: readonly string[];
  /** From `{{` to `}}` inclusive. */
  readonly range: Range;
  /** The name inside the braces. */
  readonly nameRange: Range;
}

/** `@name = value` above or between requests; file-wide, the last definition wins. */
export interface VariableDefinition {
  readonly name: string;
  /** The value as written (references unresolved). */
  readonly value: string;
  readonly range: Range;
  readonly nameRange: Range;
  /** Empty (zero-width) when the value is empty. */
  readonly valueRange: Range;
  readonly references: readonly VariableReference[];
}

/** `# @profile NAME`, `// @name NAME`, `# @note`… (the argument is the rest of the line). */
export interface Directive {
  /** Without the `@`: 'profile', 'name', … */
  readonly name: string;
  readonly value: string;
  /** From the comment marker to the end of the argument. */
  readonly range: Range;
  readonly nameRange: Range;
  /** Zero-width after the name when there is no argument. */
  readonly valueRange: Range;
}

export interface Comment {
  readonly text: string;
  readonly range: Range;
}

/** The `###` line that opens a block; the text after it names the request. */
export interface Separator {
  readonly range: Range;
  readonly name?: Token;
}

export interface RequestLine {
  /** The whole line without surrounding whitespace. */
  readonly range: Range;
  /** As written; absent when the line starts with the target (REST Client then sends GET). */
  readonly method?: Token;
  readonly target?: Token;
  /** `HTTP/1.1` when given. */
  readonly version?: Token;
}

export interface Header {
  readonly name: string;
  readonly value: string;
  readonly range: Range;
  readonly nameRange: Range;
  /** Zero-width after the colon when the value is empty. */
  readonly valueRange: Range;
}

/** One `name=value` piece of the form body. */
export interface BodyParam {
  /** The name decoded (percent and '+'); the raw name when it cannot be decoded or has references. */
  readonly name: string;
  readonly rawName: string;
  readonly rawValue: string;
  /** The value decoded; undefined when it holds `{{…}}` references or bad percent-encoding. */
  readonly value: string | undefined;
  /** Whether the piece has an '='. */
  readonly hasEquals: boolean;
  /** Whether the name or value holds `{{…}}` references (resolved before decoding). */
  readonly hasReferences: boolean;
  /** The whole piece `name=value`. */
  readonly range: Range;
  readonly nameRange: Range;
  /** Zero-width after '=' (or after the name) when the value is empty. */
  readonly valueRange: Range;
}

/** A JSON body's text: its body lines (without surrounding whitespace) joined by '\n'. */
export interface JsonBodyText {
  readonly text: string;
  readonly lines: readonly Token[];
}

/** The range of text[offset, offset + length) of a JSON body, clipped to the line it starts on (tokens lie on one line). */
export function jsonBodyRange(body: JsonBodyText, offset: number, length: number): Range {
  let at = 0;
  const lines = body.lines;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i];
    const len = t.text.length;
    if (offset <= at + len || i === lines.length - 1) {
      const start = t.range.startCharacter + Math.max(0, Math.min(offset - at, len));
      const end = Math.min(start + Math.max(length, 0), t.range.startCharacter + len);
      return lineRange(t.range.startLine, start, Math.max(start, end));
    }
    at += len + 1;
  }
  return lineRange(0, 0, 0);
}

/** The offset in a JSON body's text of (line, character), or undefined when the position is outside its lines. */
export function jsonBodyOffset(body: JsonBodyText, line: number, character: number): number | undefined {
  let at = 0;
  for (const t of body.lines) {
    const r = t.range;
    if (r.startLine === line) return at + Math.max(0, Math.min(character - r.startCharacter, t.text.length));
    if (r.startLine > line) return at > 0 ? at - 1 : undefined;
    at += t.text.length + 1;
  }
  return undefined;
}

export type SyntaxProblemKind =
  | 'malformedRequestLine'
  | 'malformedTarget'
  | 'missingMethod'
  | 'malformedHeader'
  | 'missingBlankLine'
  | 'bodyLineWithoutAmpersand'
  | 'misplacedVariable'
  | 'malformedVariable'
  | 'misplacedDirective'
  | 'malformedDirective'
  | 'duplicateDirective'
  | 'emptyParamName'
  | 'badPercentEncoding'
  | 'unterminatedReference'
  | 'emptyReference'
  | 'queryContinuation'
  | 'fileBody'
  | 'malformedAssertion';

export interface SyntaxProblem {
  readonly kind: SyntaxProblemKind;
  readonly range: Range;
  /** A fragment of the text the message quotes (a method name, a directive name), never prose. */
  readonly detail?: string;
}

/**
 * The lines from one `###` separator to the next (block 0 starts at line 0 and has no separator).
 * Each block is parsed on its own, so unchanged blocks can be reused after an edit.
 */
export interface RequestBlock {
  /** From the first character of the first line to the end of the last line. */
  readonly range: Range;
  readonly startLine: number;
  /** Inclusive. */
  readonly endLine: number;
  readonly separator?: Separator;
  /** `# @name` wins over the separator's text. */
  readonly name?: string;
  /** The last `@profile` directive above the request line. */
  readonly profile?: Directive;
  readonly directives: readonly Directive[];
  readonly comments: readonly Comment[];
  readonly variables: readonly VariableDefinition[];
  /** Absent in blocks that hold only variables and comments. */
  readonly request?: RequestLine;
  readonly headers: readonly Header[];
  /** Each non-blank, non-comment body line, without surrounding whitespace. */
  readonly bodyLines: readonly Token[];
  readonly params: readonly BodyParam[];
  /**
   * A JSON body (its first line starts with `{`, or a Content-Type header names json): its lines as
   * one text; `params` is then empty and the body is read against the endpoint's fields instead.
   */
  readonly jsonBody?: JsonBodyText;
  /** `?? …` lines (httpyac's assertions), anywhere in the block; empty when none. Malformed ones are problems instead. */
  readonly assertions: readonly Assertion[];
  /** References in the request line, headers, body and assertions (not those in variable definitions). */
  readonly references: readonly VariableReference[];
  readonly problems: readonly SyntaxProblem[];
}

export interface RongHttpDocument {
  /** The text split at \r\n, \n and \r, as VS Code counts lines. */
  readonly lines: readonly string[];
  readonly blocks: readonly RequestBlock[];
  /** Every file variable definition in document order. */
  readonly variables: readonly VariableDefinition[];
}

export function lineRange(line: number, start: number, end: number): Range {
  return { startLine: line, startCharacter: start, endLine: line, endCharacter: end };
}

/** Whether (line, character) lies in the range (end inclusive, as a cursor at a token's end still touches it). */
export function rangeContains(r: Range, line: number, character: number): boolean {
  if (line < r.startLine || line > r.endLine) return false;
  if (line === r.startLine && character < r.startCharacter) return false;
  if (line === r.endLine && character > r.endCharacter) return false;
  return true;
}

/** The index in `doc.blocks` of the block holding `line` (the last block for lines past the end). */
export function blockIndexAt(doc: RongHttpDocument, line: number): number {
  const blocks = doc.blocks;
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blocks[mid].startLine <= line) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Indexes of the blocks that hold a request line (what CodeLens "Send" goes on). */
export function requestBlockIndexes(doc: RongHttpDocument): number[] {
  const out: number[] = [];
  for (let i = 0; i < doc.blocks.length; i++) if (doc.blocks[i].request) out.push(i);
  return out;
}
