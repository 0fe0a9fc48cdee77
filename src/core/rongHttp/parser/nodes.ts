/**
 * The parser's nodes: flat positions on one line, each `…Range` computed on access (one object
 * per token instead of four keeps a 10,000-request file fast).
 */
import type { Assertion } from '../assertions';
import { decodeForm } from './decode';
import {
  lineRange,
  type BodyParam,
  type Comment,
  type Directive,
  type Header,
  type JsonBodyText,
  type Range,
  type RequestBlock,
  type RequestLine,
  type Separator,
  type SyntaxProblem,
  type Token,
  type VariableDefinition,
  type VariableReference,
} from '../model';

/** A token that slices its text from its line on access (body lines: nothing retained but positions). */
export class LineTokenNode implements Token {
  constructor(
    readonly lineText: string,
    readonly line: number,
    readonly start: number,
    readonly end: number,
  ) {}
  get text(): string {
    return this.start === 0 && this.end === this.lineText.length ? this.lineText : this.lineText.slice(this.start, this.end);
  }
  get range(): Range {
    return lineRange(this.line, this.start, this.end);
  }
}

export class ReferenceNode implements VariableReference {
  constructor(
    readonly name: string,
    readonly system: boolean,
    readonly args: readonly string[],
    readonly line: number,
    readonly start: number,
    readonly end: number,
    readonly nameStart: number,
  ) {}
  get range(): Range {
    return lineRange(this.line, this.start, this.end);
  }
  get nameRange(): Range {
    return lineRange(this.line, this.nameStart, this.nameStart + this.name.length);
  }
}

export class VariableNode implements VariableDefinition {
  constructor(
    readonly name: string,
    readonly value: string,
    readonly line: number,
    readonly start: number,
    readonly valueStart: number,
    readonly end: number,
    readonly references: readonly VariableReference[],
  ) {}
  get range(): Range {
    return lineRange(this.line, this.start, this.end);
  }
  get nameRange(): Range {
    return lineRange(this.line, this.start + 1, this.start + 1 + this.name.length);
  }
  get valueRange(): Range {
    return lineRange(this.line, this.valueStart, this.end);
  }
}

export class DirectiveNode implements Directive {
  constructor(
    readonly name: string,
    readonly value: string,
    readonly line: number,
    readonly start: number,
    readonly nameStart: number,
    readonly valueStart: number,
    readonly end: number,
  ) {}
  get range(): Range {
    return lineRange(this.line, this.start, this.end);
  }
  get nameRange(): Range {
    return lineRange(this.line, this.nameStart, this.nameStart + this.name.length);
  }
  get valueRange(): Range {
    return lineRange(this.line, this.valueStart, this.end);
  }
}

export class CommentNode implements Comment {
  constructor(
    readonly text: string,
    readonly line: number,
    readonly start: number,
    readonly end: number,
  ) {}
  get range(): Range {
    return lineRange(this.line, this.start, this.end);
  }
}

export class SeparatorNode implements Separator {
  constructor(
    readonly lineText: string,
    readonly line: number,
    readonly nameStart: number,
    readonly nameEnd: number,
  ) {}
  get range(): Range {
    return lineRange(this.line, 0, this.lineText.length);
  }
  get nameText(): string | undefined {
    return this.nameStart === this.nameEnd ? undefined : this.lineText.slice(this.nameStart, this.nameEnd);
  }
  get name(): Token | undefined {
    return this.nameStart === this.nameEnd ? undefined : new LineTokenNode(this.lineText, this.line, this.nameStart, this.nameEnd);
  }
}

/** Positions are -1 for a part the line does not have. */
export class RequestLineNode implements RequestLine {
  constructor(
    readonly lineText: string,
    readonly line: number,
    readonly start: number,
    readonly end: number,
    readonly methodEnd: number,
    readonly targetStart: number,
    readonly targetEnd: number,
    readonly versionStart: number,
  ) {}
  get range(): Range {
    return lineRange(this.line, this.start, this.end);
  }
  get method(): Token | undefined {
    return this.methodEnd < 0 ? undefined : new LineTokenNode(this.lineText, this.line, this.start, this.methodEnd);
  }
  get target(): Token | undefined {
    return this.targetStart < 0 ? undefined : new LineTokenNode(this.lineText, this.line, this.targetStart, this.targetEnd);
  }
  get version(): Token | undefined {
    return this.versionStart < 0 ? undefined : new LineTokenNode(this.lineText, this.line, this.versionStart, this.end);
  }
}

export class HeaderNode implements Header {
  constructor(
    readonly lineText: string,
    readonly line: number,
    readonly start: number,
    readonly nameEnd: number,
    readonly valueStart: number,
    readonly end: number,
  ) {}
  get name(): string {
    return this.lineText.slice(this.start, this.nameEnd);
  }
  get value(): string {
    return this.lineText.slice(this.valueStart, this.end);
  }
  get range(): Range {
    return lineRange(this.line, this.start, this.end);
  }
  get nameRange(): Range {
    return lineRange(this.line, this.start, this.nameEnd);
  }
  get valueRange(): Range {
    return lineRange(this.line, this.valueStart, this.end);
  }
}

export const HAS_EQUALS = 1;
export const NAME_REFS = 2;
export const VALUE_REFS = 4;
export const NAME_UNDECODABLE = 8;
export const VALUE_UNDECODABLE = 16;

/**
 * A `name=value` piece. Strings are sliced and decoded on access (validity is known from parsing,
 * so decoding cannot fail); read each property once where it matters.
 */
export class BodyParamNode implements BodyParam {
  constructor(
    readonly lineText: string,
    readonly line: number,
    readonly start: number,
    /** The '=' (or the end when there is none). */
    readonly eq: number,
    readonly end: number,
    readonly flags: number,
  ) {}
  get hasEquals(): boolean {
    return (this.flags & HAS_EQUALS) !== 0;
  }
  get hasReferences(): boolean {
    return (this.flags & (NAME_REFS | VALUE_REFS)) !== 0;
  }
  get rawName(): string {
    return this.lineText.slice(this.start, this.eq);
  }
  get rawValue(): string {
    return this.eq < this.end ? this.lineText.slice(this.eq + 1, this.end) : '';
  }
  get name(): string {
    const raw = this.rawName;
    return (this.flags & (NAME_REFS | NAME_UNDECODABLE)) !== 0 ? raw : (decodeForm(raw) ?? raw);
  }
  get value(): string | undefined {
    return (this.flags & (VALUE_REFS | VALUE_UNDECODABLE)) !== 0 ? undefined : decodeForm(this.rawValue);
  }
  get range(): Range {
    return lineRange(this.line, this.start, this.end);
  }
  get nameRange(): Range {
    return lineRange(this.line, this.start, this.eq);
  }
  get valueRange(): Range {
    return lineRange(this.line, this.eq < this.end ? this.eq + 1 : this.end, this.end);
  }
}

/** A JSON body over its lines; the joined text is made on first read. */
export class JsonBodyNode implements JsonBodyText {
  private joined: string | undefined;
  constructor(readonly lines: readonly Token[]) {}
  get text(): string {
    return (this.joined ??= this.lines.map((l) => l.text).join('\n'));
  }
}

/** A block parsed in full (what a LazyBlock holds once something reads it). */
export class BlockContent implements RequestBlock {
  constructor(
    readonly startLine: number,
    readonly endLine: number,
    readonly endCharacter: number,
    readonly separator: Separator | undefined,
    readonly name: string | undefined,
    readonly profile: Directive | undefined,
    readonly directives: readonly Directive[],
    readonly comments: readonly Comment[],
    readonly variables: readonly VariableDefinition[],
    readonly request: RequestLine | undefined,
    readonly headers: readonly Header[],
    readonly bodyLines: readonly Token[],
    readonly params: readonly BodyParam[],
    readonly assertions: readonly Assertion[],
    readonly references: readonly VariableReference[],
    readonly problems: readonly SyntaxProblem[],
    readonly jsonBody: JsonBodyText | undefined,
  ) {}
  get range(): Range {
    return { startLine: this.startLine, startCharacter: 0, endLine: this.endLine, endCharacter: this.endCharacter };
  }
}
