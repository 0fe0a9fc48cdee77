/**
 * A block: the lines from one `###` to the next, parsed by a pure function over its lines, and
 * held lazily (content parsed on first read) so an edit re-parses only the blocks it touches.
 */
import type { Assertion } from '../assertions';
import { isAssertionLine, parseAssertionLine } from '../assertions';
import type { Comment, Directive, Header, BodyParam, JsonBodyText, Range, RequestBlock, RequestLine, Separator, SyntaxProblem, Token, VariableDefinition, VariableReference } from '../model';
import { lineRange } from '../model';
import { builder, STATE_BODY, STATE_HEADERS, STATE_PRE } from './builder';
import { parseBodyLine, parseComment, parseHeader, parseQueryContinuation, parseRequestLine, parseSeparator, parseVariable } from './lines';
import type { BlockContent } from './nodes';
import { scanReferences } from './references';
import { AT, EMPTY, HASH, SLASH, endNonSpace, firstNonSpace, isSeparatorLine } from './scan';

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
    if (isAssertionLine(text, fs)) {
      // httpyac's `??` lines may stand anywhere in the request's block: before, among or after the
      // headers and after the body; they are never headers or form parameters.
      parseAssertion(b, text, i, fs, le);
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
      } else if (parseQueryContinuation(b, text, i, fs, le)) {
        continue;
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

function parseAssertion(b: typeof builder, text: string, line: number, fs: number, le: number): void {
  const parsed = parseAssertionLine(text, line, fs, le);
  if ('kind' in parsed) {
    b.problem(parsed);
    return;
  }
  b.assertions.push(parsed);
  if (parsed.expected !== undefined && text.indexOf('{{', fs) !== -1) scanReferences(text, fs + 2, le, line, b.addReference, b.problem);
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
  get jsonBody(): JsonBodyText | undefined {
    return this.content.jsonBody;
  }
  get assertions(): readonly Assertion[] {
    return this.content.assertions;
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
    if (isAssertionLine(text, fs)) continue;
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
