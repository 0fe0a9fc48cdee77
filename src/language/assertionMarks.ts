/**
 * The results of a request's `??` lines after its latest send, at the end of each line: `✓ 200`
 * or `✗ got 1004`. They stay while the request's text is as it was sent (an edit of the block
 * drops them, as it drops the response's diagnostics) and go when the document closes.
 */
import * as vscode from 'vscode';
import type { AssertionResult, RongHttpDocument } from '../core/rongHttp';
import type { RongHttpDocuments } from './documents';

interface Mark {
  /** The request's text when it was sent. */
  readonly blockText: string;
  /** Lines relative to the block's first line. */
  readonly results: ReadonlyArray<{ readonly line: number; readonly passed: boolean; readonly text: string }>;
}

export function blockTextOf(doc: RongHttpDocument, index: number): string {
  const b = doc.blocks[index];
  return doc.lines.slice(b.startLine, b.endLine + 1).join('\n');
}

/** An actual value as a line shows it: long values cut (the core already masks tokens in results). */
export function shownValue(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return value.length > 80 ? `${value.slice(0, 80)}…` : value;
}

function label(r: AssertionResult): string {
  const actual = shownValue(r.actual);
  if (r.passed) return actual === undefined ? '✓' : `✓ ${actual}`;
  return `✗ ${actual === undefined ? vscode.l10n.t('got nothing') : vscode.l10n.t('got {0}', actual)}`;
}

const style = (color: string): vscode.DecorationRenderOptions => ({ after: { color: new vscode.ThemeColor(color), margin: '0 0 0 2em' } });

export class AssertionMarks implements vscode.Disposable {
  private readonly passed = vscode.window.createTextEditorDecorationType(style('testing.iconPassed'));
  private readonly failed = vscode.window.createTextEditorDecorationType(style('testing.iconFailed'));
  private readonly marks = new Map<string, Mark[]>();
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly documents: RongHttpDocuments) {
    this.disposables = [
      documents.onDidChange((d) => this.render(d)),
      documents.onDidClose((uri) => this.marks.delete(uri.toString())),
      vscode.window.onDidChangeVisibleTextEditors(() => this.renderVisible()),
    ];
  }

  /** After a send: the block's results replace what it showed before. */
  show(document: vscode.TextDocument, blockIndex: number, results: readonly AssertionResult[]): void {
    const doc = this.documents.get(document).document;
    const block = doc.blocks[blockIndex];
    if (!block) return;
    const blockText = blockTextOf(doc, blockIndex);
    const key = document.uri.toString();
    const rest = (this.marks.get(key) ?? []).filter((m) => m.blockText !== blockText);
    rest.push({ blockText, results: results.map((r) => ({ line: r.assertion.range.startLine - block.startLine, passed: r.passed, text: label(r) })) });
    this.marks.set(key, rest);
    this.render(document);
  }

  /** What the document's lines show now, line → text (for tests and the renderer). */
  current(document: vscode.TextDocument): Map<number, { passed: boolean; text: string }> {
    const out = new Map<number, { passed: boolean; text: string }>();
    const marks = this.marks.get(document.uri.toString());
    if (!marks?.length) return out;
    const doc = this.documents.get(document).document;
    const texts = doc.blocks.map((_, i) => blockTextOf(doc, i));
    const alive = marks.filter((m) => {
      const index = texts.indexOf(m.blockText);
      if (index < 0) return false;
      for (const r of m.results) out.set(doc.blocks[index].startLine + r.line, { passed: r.passed, text: r.text });
      return true;
    });
    this.marks.set(document.uri.toString(), alive);
    return out;
  }

  private render(document: vscode.TextDocument): void {
    const editors = vscode.window.visibleTextEditors.filter((e) => e.document === document);
    if (editors.length === 0) return;
    const passed: vscode.DecorationOptions[] = [];
    const failed: vscode.DecorationOptions[] = [];
    for (const [line, r] of this.current(document)) {
      if (line >= document.lineCount) continue;
      const end = document.lineAt(line).range.end;
      (r.passed ? passed : failed).push({ range: new vscode.Range(end, end), renderOptions: { after: { contentText: r.text } } });
    }
    for (const e of editors) {
      e.setDecorations(this.passed, passed);
      e.setDecorations(this.failed, failed);
    }
  }

  private renderVisible(): void {
    for (const e of vscode.window.visibleTextEditors) if (this.marks.has(e.document.uri.toString())) this.render(e.document);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.passed.dispose();
    this.failed.dispose();
  }
}
