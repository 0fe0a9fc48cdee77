/**
 * Incremental re-checking. Lines shared with the previous version (a common prefix and suffix) keep
 * their blocks: a block wholly in the prefix is reused as is; a block wholly in the suffix is reused
 * when it did not move, or re-made from the same lines with its diagnostics shifted when lines were
 * inserted or removed above it. A block's diagnostics are recomputed only when its text or the
 * values of the variables it references changed. The result always equals parseDocument + diagnose
 * of the same text.
 */
import type { DiagnosticContext, DiagnosticRecord } from './diagnostics';
import { DiagnosticEnvironment, blockDiagnostics, hostDiagnostics, nameDiagnostics, variableDiagnostics } from './diagnostics';
import type { Range, RequestBlock, RongHttpDocument } from './model';
import { blockFromLines, blockStarts, collectVariables, linesOfBlock, parseBlock, splitLines } from './parser';

/** A replacement of `range` (in the text before it) by `text`, as in vscode.TextDocumentContentChangeEvent. */
export interface TextChange {
  readonly range: Range;
  readonly text: string;
}

export interface CheckResult {
  readonly document: RongHttpDocument;
  readonly diagnostics: readonly DiagnosticRecord[];
}

export interface IncrementalStats {
  /** Blocks taken over unchanged (same lines, possibly moved by inserted or removed lines). */
  readonly reusedBlocks: number;
  /** Blocks made from changed lines. */
  readonly parsedBlocks: number;
  /** Blocks whose diagnostics were computed rather than reused. */
  readonly diagnosedBlocks: number;
}

interface BlockState {
  readonly block: RequestBlock;
  readonly envKey: string;
  readonly diagnostics: readonly DiagnosticRecord[];
}

function shiftRange(r: Range, delta: number): Range {
  return { startLine: r.startLine + delta, startCharacter: r.startCharacter, endLine: r.endLine + delta, endCharacter: r.endCharacter };
}

function shiftDiagnostics(ds: readonly DiagnosticRecord[], delta: number): readonly DiagnosticRecord[] {
  if (delta === 0 || ds.length === 0) return ds;
  return ds.map((d) => ({ ...d, range: shiftRange(d.range, delta) }));
}

/**
 * Keeps the last version of one document and re-checks only what an edit touched. One instance
 * per open document; call setContext when secrets, profiles or the locale change.
 */
export class IncrementalDiagnoser {
  private lines: readonly string[] = [];
  private states: BlockState[] = [];
  private result: CheckResult | undefined;
  private lastStats: IncrementalStats = { reusedBlocks: 0, parsedBlocks: 0, diagnosedBlocks: 0 };

  constructor(private context: DiagnosticContext = {}) {}

  /** The result of the last update, if any. */
  get current(): CheckResult | undefined {
    return this.result;
  }

  get stats(): IncrementalStats {
    return this.lastStats;
  }

  /** New secrets, profiles or locale: diagnostics are recomputed on the next update (parses are kept). */
  setContext(context: DiagnosticContext): void {
    this.context = context;
    this.states = this.states.map((s) => ({ block: s.block, envKey: '\u0000stale', diagnostics: [] }));
  }

  /** Re-checks the document given its whole text. */
  update(text: string): CheckResult {
    return this.updateLines(splitLines(typeof text === 'string' ? text : String(text)));
  }

  /**
   * Applies changes in order, each against the text left by the previous one (as LSP does), then
   * re-checks. Unchanged lines keep their string identity, so comparing them is cheap.
   */
  applyChanges(changes: readonly TextChange[]): CheckResult {
    let lines = this.lines.length === 0 ? [''] : this.lines.slice();
    for (const c of changes) lines = applyChange(lines, c);
    return this.updateLines(lines);
  }

  private updateLines(given: readonly string[]): CheckResult {
    const lines = given.length === 0 ? [''] : given;
    const { blocks, previous, reused, parsed } = reuseBlocks(lines, this.lines, this.states);
    const document: RongHttpDocument = { lines, blocks, variables: collectVariables(blocks) };
    const env = new DiagnosticEnvironment(document, this.context);
    const { states, diagnostics, diagnosed } = diagnoseBlocks(blocks, previous, env);
    const vs = variableDiagnostics(document, env);
    for (let i = 0; i < vs.length; i++) diagnostics.push(vs[i]);
    for (const h of hostDiagnostics(document, env)) diagnostics.push(h);
    for (const n of nameDiagnostics(document, env.locale)) diagnostics.push(n);

    this.lines = lines;
    this.states = states;
    this.lastStats = { reusedBlocks: reused, parsedBlocks: parsed, diagnosedBlocks: diagnosed };
    this.result = { document, diagnostics };
    return this.result;
  }
}

/** A block's previous state and how many lines it moved. */
type Previous = { readonly state: BlockState; readonly delta: number } | undefined;

/**
 * The blocks of `lines`: those in the common prefix or suffix with the old lines are taken over
 * (re-made at their new start when lines above them were inserted or removed), the rest parsed.
 */
function reuseBlocks(lines: readonly string[], old: readonly string[], oldStates: readonly BlockState[]) {
  const n = lines.length;
  const m = old.length;
  let prefix = 0;
  const maxCommon = Math.min(n, m);
  while (prefix < maxCommon && lines[prefix] === old[prefix]) prefix++;
  let suffix = 0;
  while (suffix < maxCommon - prefix && lines[n - 1 - suffix] === old[m - 1 - suffix]) suffix++;
  const delta = n - m;
  const suffixStart = n - suffix;

  const byStart = new Map<number, BlockState>();
  for (const s of oldStates) byStart.set(s.block.startLine, s);

  const starts = blockStarts(lines);
  const blocks: RequestBlock[] = new Array<RequestBlock>(starts.length);
  const previous: Previous[] = new Array<Previous>(starts.length);
  let reused = 0;
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k];
    const end = k + 1 < starts.length ? starts[k + 1] - 1 : n - 1;
    let block: RequestBlock | undefined;
    if (end < prefix) {
      const s = byStart.get(start);
      if (s && s.block.endLine === end) {
        block = s.block;
        previous[k] = { state: s, delta: 0 };
      }
    } else if (start >= suffixStart) {
      const s = byStart.get(start - delta);
      if (s && s.block.endLine === end - delta) {
        previous[k] = { state: s, delta };
        // Moved, not changed: the same lines at a new start (content is parsed lazily anyway).
        const same = delta === 0 ? undefined : linesOfBlock(s.block);
        block = delta === 0 ? s.block : same && blockFromLines(same, start);
      }
    }
    if (block) reused++;
    blocks[k] = block ?? parseBlock(lines, start, end);
  }
  return { blocks, previous, reused, parsed: starts.length - reused };
}

/** Each block's diagnostics: the previous ones (shifted) when its text and variables are the same. */
function diagnoseBlocks(blocks: readonly RequestBlock[], previous: readonly Previous[], env: DiagnosticEnvironment) {
  const states: BlockState[] = new Array<BlockState>(blocks.length);
  const diagnostics: DiagnosticRecord[] = [];
  let diagnosed = 0;
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k];
    const envKey = env.keyFor(block);
    const prev = previous[k];
    let ds: readonly DiagnosticRecord[];
    if (prev && prev.state.envKey === envKey) {
      ds = shiftDiagnostics(prev.state.diagnostics, prev.delta);
    } else {
      ds = blockDiagnostics(block, env);
      diagnosed++;
    }
    states[k] = { block, envKey, diagnostics: ds };
    for (let i = 0; i < ds.length; i++) diagnostics.push(ds[i]);
  }
  return { states, diagnostics, diagnosed };
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

/** Applies one change to a line array (positions clamped into the text, as VS Code validates them). */
export function applyChange(lines: string[], change: TextChange): string[] {
  const last = lines.length - 1;
  let sl = clamp(change.range.startLine, 0, last);
  let el = clamp(change.range.endLine, 0, last);
  let sc = clamp(change.range.startCharacter, 0, lines[sl].length);
  let ec = clamp(change.range.endCharacter, 0, lines[el].length);
  if (el < sl || (el === sl && ec < sc)) {
    [sl, el, sc, ec] = [el, sl, ec, sc];
  }
  const replacement = splitLines(lines[sl].slice(0, sc) + change.text + lines[el].slice(ec));
  if (replacement.length === 1 && sl === el) {
    lines[sl] = replacement[0];
    return lines;
  }
  // concat, not splice(...spread): a pasted file may have more lines than a call takes arguments.
  return lines.slice(0, sl).concat(replacement, lines.slice(el + 1));
}
