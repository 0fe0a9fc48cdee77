/**
 * The `.rong.http` parser. The text is split into lines once, the lines into blocks at `###` lines
 * (column 0, as REST Client does), and each block is parsed by a pure function over its lines, so
 * an edit re-parses only the blocks it touches (incremental.ts). Hand-written scanning, no
 * backtracking regular expressions; never throws: any text yields a document plus problems.
 */
import { decodeFormComponent } from '../form';
import {
  lineRange,
  type BodyParam,
  type Comment,
  type Directive,
  type Header,
  type Range,
  type RequestBlock,
  type RequestLine,
  type RongHttpDocument,
  type Separator,
  type SyntaxProblem,
  type Token,
  type VariableDefinition,
  type VariableReference,
} from './model';

const HASH = 35; // #
const SLASH = 47; // /
const AT = 64; // @
const AMP = 38; // &
const EQUALS = 61; // =

/** Methods REST Client and httpyac recognise at the start of a request line. */
export const HTTP_METHODS: ReadonlySet<string> = new Set(['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'CONNECT', 'TRACE']);

// Shared by every block for its empty lists (most blocks have no comments, variables or problems).
const EMPTY: unknown[] = Object.freeze([]) as unknown as unknown[];

/** Splits like VS Code: \r\n, \n and a lone \r each end a line. */
export function splitLines(text: string): string[] {
  return text.indexOf('\r') === -1 ? text.split('\n') : text.split(/\r\n|\r|\n/);
}

function isSpace(c: number): boolean {
  // Space, tab, vertical tab, form feed and the byte order mark (a BOM at the start of a file).
  return c === 32 || c === 9 || c === 11 || c === 12 || c === 0xfeff;
}

function firstNonSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** One past the last non-space character in [from, to). */
function endNonSpace(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Trims what the grammar counts as space (not every Unicode space: U+00A0 is content). */
export function trimSpace(text: string): string {
  const s = firstNonSpace(text, 0, text.length);
  const e = endNonSpace(text, s, text.length);
  return s === 0 && e === text.length ? text : text.slice(s, e);
}

/** A `###` line (column 0; a BOM before it on the first line is allowed). */
export function isSeparatorLine(line: string): boolean {
  const i = line.charCodeAt(0) === 0xfeff ? 1 : 0;
  return line.charCodeAt(i) === HASH && line.charCodeAt(i + 1) === HASH && line.charCodeAt(i + 2) === HASH;
}

/** RFC 9110 token characters (header names). */
function isTokenChar(c: number): boolean {
  if (c >= 97 && c <= 122) return true; // a-z
  if (c >= 65 && c <= 90) return true; // A-Z
  if (c >= 48 && c <= 57) return true; // 0-9
  switch (c) {
    case 33: // !
    case 35: // #
    case 36: // $
    case 37: // %
    case 38: // &
    case 39: // '
    case 42: // *
    case 43: // +
    case 45: // -
    case 46: // .
    case 94: // ^
    case 95: // _
    case 96: // `
    case 124: // |
    case 126: // ~
      return true;
    default:
      return false;
  }
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isDirectiveNameChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 45 || c === 95;
}

function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** Whether text at `start` begins with http:// or https:// (any case). */
export function hasHttpScheme(text: string, start: number): boolean {
  const c = text.charCodeAt(start) | 0x20;
  if (c !== 104) return false; // h
  const head = text.slice(start, start + 8).toLowerCase();
  return head.startsWith('http://') || head.startsWith('https://');
}

/** Whether a word can start a request line without a method: a path, a variable, or http(s)://. */
function looksLikeTarget(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  if (c === SLASH) return true;
  if (c === 123 && text.charCodeAt(start + 1) === 123) return true; // {{
  return hasHttpScheme(text, start);
}

/** A token that slices its text from its line on access (body lines: nothing retained but positions). */
class LineTokenNode implements Token {
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

class ReferenceNode implements VariableReference {
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

class VariableNode implements VariableDefinition {
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

class DirectiveNode implements Directive {
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

class CommentNode implements Comment {
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

class SeparatorNode implements Separator {
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
class RequestLineNode implements RequestLine {
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

class HeaderNode implements Header {
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

const HAS_EQUALS = 1;
const NAME_REFS = 2;
const VALUE_REFS = 4;
const NAME_UNDECODABLE = 8;
const VALUE_UNDECODABLE = 16;

/**
 * A `name=value` piece. Strings are sliced and decoded on access (validity is known from parsing,
 * so decoding cannot fail); read each property once where it matters.
 */
class BodyParamNode implements BodyParam {
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
    return (this.flags & (NAME_REFS | NAME_UNDECODABLE)) !== 0 ? raw : (decodeFormComponent(raw) ?? raw);
  }
  get value(): string | undefined {
    return (this.flags & (VALUE_REFS | VALUE_UNDECODABLE)) !== 0 ? undefined : decodeFormComponent(this.rawValue);
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

/** A block parsed in full (what a LazyBlock holds once something reads it). */
class BlockContent implements RequestBlock {
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
    readonly references: readonly VariableReference[],
    readonly problems: readonly SyntaxProblem[],
  ) {}
  get range(): Range {
    return { startLine: this.startLine, startCharacter: 0, endLine: this.endLine, endCharacter: this.endCharacter };
  }
}

/**
 * The parts of the block being parsed. One instance is reused for every block: lists are copied
 * out at their exact size (a growing array keeps room for 17 elements, which a 10,000-request
 * document pays for in memory and garbage collection).
 */
class BlockBuilder {
  separator: SeparatorNode | undefined = undefined;
  name: string | undefined = undefined;
  profile: Directive | undefined = undefined;
  request: RequestLine | undefined = undefined;
  readonly directives: Directive[] = [];
  readonly comments: Comment[] = [];
  readonly variables: VariableDefinition[] = [];
  readonly headers: Header[] = [];
  readonly bodyLines: Token[] = [];
  readonly params: BodyParam[] = [];
  readonly references: VariableReference[] = [];
  readonly problems: SyntaxProblem[] = [];
  readonly addReference = (r: VariableReference): void => {
    this.references.push(r);
  };
  readonly problem = (p: SyntaxProblem): void => {
    this.problems.push(p);
  };

  reset(): void {
    this.separator = undefined;
    this.name = undefined;
    this.profile = undefined;
    this.request = undefined;
    // Setting length is slow enough to matter at 10,000 blocks: only for lists that were used.
    if (this.directives.length) this.directives.length = 0;
    if (this.comments.length) this.comments.length = 0;
    if (this.variables.length) this.variables.length = 0;
    if (this.headers.length) this.headers.length = 0;
    if (this.bodyLines.length) this.bodyLines.length = 0;
    if (this.params.length) this.params.length = 0;
    if (this.references.length) this.references.length = 0;
    if (this.problems.length) this.problems.length = 0;
  }

  build(startLine: number, endLine: number, endCharacter: number): BlockContent {
    return new BlockContent(
      startLine,
      endLine,
      endCharacter,
      this.separator,
      this.name,
      this.profile,
      exact(this.directives),
      exact(this.comments),
      exact(this.variables),
      this.request,
      exact(this.headers),
      exact(this.bodyLines),
      exact(this.params),
      exact(this.references),
      exact(this.problems),
    );
  }
}

function exact<T>(list: T[]): readonly T[] {
  return list.length === 0 ? (EMPTY as T[]) : list.slice();
}

const builder = new BlockBuilder();

/**
 * Finds `{{…}}` references in text[from, to) on `line`. Unterminated and empty references become
 * problems. Used by the parser (with ranges) and by variable resolution (line ignored).
 */
export function scanReferences(
  text: string,
  from: number,
  to: number,
  line: number,
  out: (r: VariableReference) => void,
  problems: ((p: SyntaxProblem) => void) | undefined,
): void {
  let p = text.indexOf('{{', from);
  while (p !== -1 && p + 2 <= to) {
    const close = text.indexOf('}}', p + 2);
    if (close === -1 || close + 2 > to) {
      problems?.({ kind: 'unterminatedReference', range: lineRange(line, p, to) });
      return;
    }
    const innerStart = firstNonSpace(text, p + 2, close);
    const innerEnd = endNonSpace(text, innerStart, close);
    if (innerStart === innerEnd) {
      problems?.({ kind: 'emptyReference', range: lineRange(line, p, close + 2) });
    } else {
      let nameEnd = innerStart;
      while (nameEnd < innerEnd && !isSpace(text.charCodeAt(nameEnd))) nameEnd++;
      const args: string[] = [];
      if (nameEnd < innerEnd) {
        for (const a of text.slice(nameEnd, innerEnd).split(/[ \t\v\f\ufeff]+/)) if (a.length > 0) args.push(a);
      }
      const system = text.charCodeAt(innerStart) === 36; // $
      out(new ReferenceNode(text.slice(innerStart, nameEnd), system, args, line, p, close + 2, innerStart));
    }
    p = text.indexOf('{{', close + 2);
  }
}

const STATE_PRE = 0; // before the request line: comments, directives, variables
const STATE_HEADERS = 1;
const STATE_BODY = 2;

/**
 * Parses the block of lines[start..end] (inclusive). Ranges are absolute (line numbers in the
 * document). Pure: the same lines at the same start line give an equal block.
 */
function parseBlockContent(blockLines: readonly string[], startLine: number): BlockContent {
  const b = builder;
  b.reset();
  let state = STATE_PRE;
  let first = 0;
  if (isSeparatorLine(blockLines[0])) {
    const sep = parseSeparator(blockLines[0], startLine);
    b.separator = sep;
    b.name = sep.nameText;
    first = 1;
  }
  for (let j = first; j < blockLines.length; j++) {
    const text = blockLines[j];
    const i = startLine + j;
    const len = text.length;
    const fs = firstNonSpace(text, 0, len);
    if (fs === len) {
      if (state === STATE_HEADERS) state = STATE_BODY;
      continue;
    }
    const le = endNonSpace(text, fs, len);
    const c = text.charCodeAt(fs);
    if (c === HASH || (c === SLASH && text.charCodeAt(fs + 1) === SLASH)) {
      parseComment(b, text, i, fs, le, state);
      continue;
    }
    if (state === STATE_PRE) {
      if (c === AT) parseVariable(b, text, i, fs, le);
      else {
        parseRequestLine(b, text, i, fs, le);
        state = STATE_HEADERS;
      }
    } else if (state === STATE_HEADERS) {
      if (c === AT) {
        b.problem({ kind: 'misplacedVariable', range: lineRange(i, fs, le) });
      } else if (!parseHeader(b, text, i, fs, le)) {
        b.problem({ kind: 'missingBlankLine', range: lineRange(i, fs, le) });
        state = STATE_BODY;
        parseBodyLine(b, text, i, fs, le);
      }
    } else {
      parseBodyLine(b, text, i, fs, le);
    }
  }
  if (!b.request && b.profile) {
    b.problem({ kind: 'misplacedDirective', range: b.profile.range, detail: 'profile' });
    b.profile = undefined;
  }
  const last = blockLines.length - 1;
  return b.build(startLine, startLine + last, blockLines[last].length);
}

/** Parsed content of blocks that have been read, kept as long as the block lives. */
const contents = new WeakMap<LazyBlock, BlockContent>();

/**
 * A block as a document holds it: its lines and what a cheap scan of its head finds. The full
 * content is parsed when something reads it and kept (a WeakMap, so equal blocks stay equal);
 * diagnostics parse unread blocks transiently, so a 10,000-request file does not keep 10,000
 * parsed blocks alive (every retained object costs garbage-collection time).
 */
class LazyBlock implements RequestBlock {
  constructor(
    readonly startLine: number,
    readonly endLine: number,
    /** The block's own lines (not the document's array: reused blocks must not keep old versions alive). */
    readonly blockLines: readonly string[],
    /** The request line, or -1 (found without parsing the block). */
    readonly requestLineIndex: number,
    /** Whether the head holds `@name = value` lines. */
    readonly hasVariables: boolean,
    /** Whether any line holds `{{` (else the block references no variable). */
    readonly mayReference: boolean,
  ) {}
  get content(): BlockContent {
    let c = contents.get(this);
    if (!c) {
      c = parseBlockContent(this.blockLines, this.startLine);
      contents.set(this, c);
    }
    return c;
  }
  get range(): Range {
    return { startLine: this.startLine, startCharacter: 0, endLine: this.endLine, endCharacter: this.blockLines[this.blockLines.length - 1].length };
  }
  get separator(): Separator | undefined {
    return this.content.separator;
  }
  get name(): string | undefined {
    return this.content.name;
  }
  get profile(): Directive | undefined {
    return this.content.profile;
  }
  get directives(): readonly Directive[] {
    return this.content.directives;
  }
  get comments(): readonly Comment[] {
    return this.content.comments;
  }
  get variables(): readonly VariableDefinition[] {
    return this.hasVariables ? this.content.variables : (EMPTY as VariableDefinition[]);
  }
  get request(): RequestLine | undefined {
    return this.requestLineIndex < 0 ? undefined : this.content.request;
  }
  get headers(): readonly Header[] {
    return this.content.headers;
  }
  get bodyLines(): readonly Token[] {
    return this.content.bodyLines;
  }
  get params(): readonly BodyParam[] {
    return this.content.params;
  }
  get references(): readonly VariableReference[] {
    return this.content.references;
  }
  get problems(): readonly SyntaxProblem[] {
    return this.content.problems;
  }
}

/**
 * The parsed content of a block without keeping it: the kept one when something read it already,
 * else a fresh parse that the caller drops. Plain blocks are returned as they are.
 */
export function blockContent(block: RequestBlock): RequestBlock {
  if (block instanceof LazyBlock) return contents.get(block) ?? parseBlockContent(block.blockLines, block.startLine);
  return block;
}

/**
 * The block of lines[start..end] (inclusive). Ranges are absolute (line numbers in the document).
 * Pure: the same lines at the same start line give an equal block. Cheap: content is parsed on
 * first read.
 */
export function parseBlock(lines: readonly string[], start: number, end: number): RequestBlock {
  const last = end >= start ? end : start;
  return blockFromLines(lines.slice(start, last + 1), start);
}

/** A block of the given lines starting at document line `startLine`. */
export function blockFromLines(blockLines: readonly string[], startLine: number): RequestBlock {
  // Head scan, the same rules as parseBlockContent's state before the request line.
  let requestLine = -1;
  let hasVariables = false;
  let j = isSeparatorLine(blockLines[0]) ? 1 : 0;
  for (; j < blockLines.length; j++) {
    const text = blockLines[j];
    const fs = firstNonSpace(text, 0, text.length);
    if (fs === text.length) continue;
    const c = text.charCodeAt(fs);
    if (c === HASH || (c === SLASH && text.charCodeAt(fs + 1) === SLASH)) continue;
    if (c === AT) {
      hasVariables = true;
      continue;
    }
    requestLine = startLine + j;
    break;
  }
  let mayReference = false;
  for (let k = 0; k < blockLines.length && !mayReference; k++) mayReference = blockLines[k].indexOf('{{') !== -1;
  return new LazyBlock(startLine, startLine + blockLines.length - 1, blockLines, requestLine, hasVariables, mayReference);
}

/** False when the block certainly references no variable (decided without parsing it). */
export function blockMayReference(block: RequestBlock): boolean {
  return block instanceof LazyBlock ? block.mayReference : block.references.length > 0;
}

/** The lines a block was made from (for moving an unchanged block to another start line). */
export function linesOfBlock(block: RequestBlock): readonly string[] | undefined {
  return block instanceof LazyBlock ? block.blockLines : undefined;
}

function parseSeparator(text: string, line: number): SeparatorNode {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (text.charCodeAt(i) === HASH) i++;
  const ns = firstNonSpace(text, i, text.length);
  const ne = endNonSpace(text, ns, text.length);
  return new SeparatorNode(text, line, ns, ne);
}

function parseComment(b: BlockBuilder, text: string, line: number, fs: number, le: number, state: number): void {
  const marker = text.charCodeAt(fs);
  let i = fs;
  while (i < le && text.charCodeAt(i) === marker) i++;
  i = firstNonSpace(text, i, le);
  if (text.charCodeAt(i) === AT && i + 1 < le && isDirectiveNameChar(text.charCodeAt(i + 1))) {
    let ne = i + 1;
    while (ne < le && isDirectiveNameChar(text.charCodeAt(ne))) ne++;
    // `# @profile:dev` is not a directive; the name must end at a space or the line's end.
    if (ne === le || isSpace(text.charCodeAt(ne))) {
      const vs = firstNonSpace(text, ne, le);
      const name = text.slice(i + 1, ne);
      const directive = new DirectiveNode(name, text.slice(vs, le), line, fs, i + 1, vs, le);
      b.directives.push(directive);
      if (name === 'profile') {
        if (state !== STATE_PRE) {
          b.problem({ kind: 'misplacedDirective', range: directive.range, detail: name });
        } else if (directive.value.length === 0) {
          b.problem({ kind: 'malformedDirective', range: directive.range, detail: name });
        } else {
          if (b.profile) b.problem({ kind: 'duplicateDirective', range: directive.range, detail: name });
          b.profile = directive;
        }
      } else if (name === 'name') {
        if (directive.value.length === 0) b.problem({ kind: 'malformedDirective', range: directive.range, detail: name });
        else b.name = directive.value;
      }
      return;
    }
  }
  b.comments.push(new CommentNode(text.slice(fs, le), line, fs, le));
}

function parseVariable(b: BlockBuilder, text: string, line: number, fs: number, le: number): void {
  let ne = fs + 1;
  while (ne < le) {
    const c = text.charCodeAt(ne);
    if (c === EQUALS || isSpace(c)) break;
    ne++;
  }
  const eq = firstNonSpace(text, ne, le);
  if (ne === fs + 1 || text.charCodeAt(eq) !== EQUALS) {
    b.problem({ kind: 'malformedVariable', range: lineRange(line, fs, le) });
    return;
  }
  const vs = firstNonSpace(text, eq + 1, le);
  let references = EMPTY as VariableReference[];
  if (text.indexOf('{{', vs) !== -1) {
    references = [];
    scanReferences(text, vs, le, line, (r) => references.push(r), b.problem);
  }
  b.variables.push(new VariableNode(text.slice(fs + 1, ne), text.slice(vs, le), line, fs, vs, le, references));
}

function parseRequestLine(b: BlockBuilder, text: string, line: number, fs: number, le: number): void {
  let we = fs;
  while (we < le && !isSpace(text.charCodeAt(we))) we++;
  let method = false;
  let targetStart: number;
  if (we - fs === 4 && text.startsWith('POST', fs)) method = true;
  else if (isLetter(text.charCodeAt(fs)) && we - fs <= 10) {
    const word = text.slice(fs, we);
    method = HTTP_METHODS.has(word) || HTTP_METHODS.has(word.toUpperCase());
  }
  if (method) {
    targetStart = firstNonSpace(text, we, le);
    if (targetStart === le) {
      b.request = new RequestLineNode(text, line, fs, le, we, -1, -1, -1);
      b.problem({ kind: 'malformedRequestLine', range: lineRange(line, fs, le), detail: text.slice(fs, we) });
      return;
    }
  } else if (looksLikeTarget(text, fs)) {
    targetStart = fs;
  } else {
    b.request = new RequestLineNode(text, line, fs, le, -1, -1, -1, -1);
    b.problem({ kind: 'malformedRequestLine', range: lineRange(line, fs, le), detail: text.slice(fs, Math.min(we, fs + 40)) });
    return;
  }
  // An optional trailing `HTTP/1.1`.
  let targetEnd = le;
  let versionStart = -1;
  let ls = le;
  while (ls > targetStart && !isSpace(text.charCodeAt(ls - 1))) ls--;
  if (ls > targetStart && isHttpVersion(text, ls, le)) {
    versionStart = ls;
    targetEnd = endNonSpace(text, targetStart, ls);
  }
  b.request = new RequestLineNode(text, line, fs, le, method ? we : -1, targetStart, targetEnd, versionStart);
  if (!method) b.problem({ kind: 'missingMethod', range: lineRange(line, targetStart, targetEnd) });
  for (let i = targetStart; i < targetEnd; i++) {
    if (isSpace(text.charCodeAt(i))) {
      b.problem({ kind: 'malformedTarget', range: lineRange(line, targetStart, targetEnd), detail: 'whitespace' });
      break;
    }
  }
  if (!looksLikeTarget(text, targetStart)) {
    b.problem({ kind: 'malformedTarget', range: lineRange(line, targetStart, targetEnd), detail: 'relative' });
  }
  const refs = text.indexOf('{{', targetStart);
  if (refs !== -1 && refs < targetEnd) scanReferences(text, targetStart, targetEnd, line, b.addReference, b.problem);
}

/** `HTTP/1`, `HTTP/1.1`, `HTTP/2`, `HTTP/2.0`. */
function isHttpVersion(text: string, s: number, e: number): boolean {
  if (e - s < 6 || e - s > 8 || text.slice(s, s + 5) !== 'HTTP/') return false;
  const d = text.charCodeAt(s + 5);
  if (d < 48 || d > 57) return false;
  if (e - s === 6) return true;
  const d2 = text.charCodeAt(s + 7);
  return e - s === 8 && text.charCodeAt(s + 6) === 46 && d2 >= 48 && d2 <= 57;
}

/** Returns false when the line looks like a form body (an '=' before any ':'). */
function parseHeader(b: BlockBuilder, text: string, line: number, fs: number, le: number): boolean {
  const colon = text.indexOf(':', fs);
  const eq = text.indexOf('=', fs);
  if (eq !== -1 && eq < le && (colon === -1 || eq < colon)) return false;
  const nameEnd = colon === -1 ? fs : endNonSpace(text, fs, colon);
  let valid = colon !== -1 && nameEnd > fs;
  for (let i = fs; valid && i < nameEnd; i++) if (!isTokenChar(text.charCodeAt(i))) valid = false;
  if (!valid) {
    b.problem({ kind: 'malformedHeader', range: lineRange(line, fs, le) });
    return true;
  }
  const vs = firstNonSpace(text, colon + 1, le);
  const ve = Math.max(vs, le);
  b.headers.push(new HeaderNode(text, line, fs, nameEnd, vs, ve));
  if (vs < ve && text.indexOf('{{', vs) !== -1) scanReferences(text, vs, ve, line, b.addReference, b.problem);
  return true;
}

function parseBodyLine(b: BlockBuilder, text: string, line: number, fs: number, le: number): void {
  if (b.bodyLines.length > 0 && text.charCodeAt(fs) !== AMP) b.problem({ kind: 'bodyLineWithoutAmpersand', range: lineRange(line, fs, le) });
  b.bodyLines.push(new LineTokenNode(text, line, fs, le));
  let p = fs;
  while (p < le) {
    let amp = text.indexOf('&', p);
    if (amp === -1 || amp > le) amp = le;
    if (amp > p) parsePiece(b, text, line, p, amp);
    p = amp + 1;
  }
}

function parsePiece(b: BlockBuilder, text: string, line: number, ps: number, pe: number): void {
  let eq = text.indexOf('=', ps);
  let flags = 0;
  if (eq !== -1 && eq < pe) flags |= HAS_EQUALS;
  else eq = pe;
  if (eq === ps) b.problem({ kind: 'emptyParamName', range: lineRange(line, ps, pe) });
  const refs = text.indexOf('{{', ps);
  if (refs !== -1 && refs < pe) {
    if (refs < eq) flags |= NAME_REFS;
    const later = refs < eq ? text.indexOf('{{', eq) : refs;
    if (later !== -1 && later < pe) flags |= VALUE_REFS;
    scanReferences(text, ps, pe, line, b.addReference, b.problem);
  }
  if ((flags & NAME_REFS) === 0 && !checkEncoding(b, text, line, ps, eq)) flags |= NAME_UNDECODABLE;
  if ((flags & VALUE_REFS) === 0 && eq < pe && !checkEncoding(b, text, line, eq + 1, pe)) flags |= VALUE_UNDECODABLE;
  b.params.push(new BodyParamNode(text, line, ps, eq, pe, flags));
}

/**
 * Whether text[s, e) form-decodes, reporting the first bad escape. Allocates only for escapes of
 * non-ASCII bytes, which need a real UTF-8 decode to be judged.
 */
function checkEncoding(b: BlockBuilder, text: string, line: number, s: number, e: number): boolean {
  let p = text.indexOf('%', s);
  if (p === -1 || p >= e) return true;
  let nonAscii = false;
  for (; p !== -1 && p < e; p = text.indexOf('%', p + 1)) {
    const h1 = text.charCodeAt(p + 1);
    if (p + 2 >= e || !isHexDigit(h1) || !isHexDigit(text.charCodeAt(p + 2))) {
      b.problem({ kind: 'badPercentEncoding', range: lineRange(line, p, Math.min(e, p + 3)) });
      return false;
    }
    if (h1 >= 56) nonAscii = true; // %8x and above
  }
  if (nonAscii && decodeFormComponent(text.slice(s, e)) === undefined) {
    b.problem({ kind: 'badPercentEncoding', range: lineRange(line, s, e) });
    return false;
  }
  return true;
}

/** Start lines of the blocks: 0 and every `###` line after it. */
export function blockStarts(lines: readonly string[]): number[] {
  const starts = [0];
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i];
    if (l.charCodeAt(0) === HASH && l.charCodeAt(1) === HASH && l.charCodeAt(2) === HASH) starts.push(i);
  }
  return starts;
}

/** Every variable definition of the blocks, in order. */
export function collectVariables(blocks: readonly RequestBlock[]): VariableDefinition[] {
  const out: VariableDefinition[] = [];
  for (const block of blocks) for (const v of block.variables) out.push(v);
  return out;
}

/** Parses a whole document. Never throws. */
export function parseDocument(text: string): RongHttpDocument {
  return parseLines(splitLines(typeof text === 'string' ? text : String(text)));
}

/** Parses a document already split into lines (an empty array counts as one empty line). */
export function parseLines(given: readonly string[]): RongHttpDocument {
  const lines = given.length === 0 ? [''] : given;
  const starts = blockStarts(lines);
  const blocks: RequestBlock[] = new Array<RequestBlock>(starts.length);
  for (let k = 0; k < starts.length; k++) {
    const end = k + 1 < starts.length ? starts[k + 1] - 1 : lines.length - 1;
    blocks[k] = parseBlock(lines, starts[k], end);
  }
  return { lines, blocks, variables: collectVariables(blocks) };
}

/** All syntax problems of the document, block by block. */
export function syntaxProblems(doc: RongHttpDocument): SyntaxProblem[] {
  const out: SyntaxProblem[] = [];
  for (const block of doc.blocks) for (const p of block.problems) out.push(p);
  return out;
}
