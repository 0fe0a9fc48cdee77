/** A whole document: lines split once, cut into blocks at `###` lines, each block parsed on its own. */
import type { RequestBlock, RongHttpDocument, SyntaxProblem, VariableDefinition } from '../model';
import { parseBlock } from './block';
import { HASH, splitLines } from './scan';

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
