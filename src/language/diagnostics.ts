/**
 * Publishes the "rong" diagnostics of .rong.http documents, plus the codes that responses returned:
 * a failing response's code stays on its request until that request's text changes; success clears it.
 */
import * as vscode from 'vscode';
import type { DiagnosticRecord, Range, RongHttpDocument } from '../core/rongHttp';
import { loadRongHttp } from '../services/bundles';
import { RongDiagnostic } from './convert';
import type { RongHttpDocuments } from './documents';

interface ResponseMark {
  /** The request's text when it was sent: the mark lives while a block with this text exists. */
  readonly blockText: string;
  /** The record with lines relative to the block's first line. */
  readonly record: DiagnosticRecord;
}

function blockText(doc: RongHttpDocument, index: number): string {
  const b = doc.blocks[index];
  return doc.lines.slice(b.startLine, b.endLine + 1).join('\n');
}

const shift = (r: Range, delta: number): Range => ({ ...r, startLine: r.startLine + delta, endLine: r.endLine + delta });

export class RongDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('rong');
  private readonly marks = new Map<string, ResponseMark[]>();
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly documents: RongHttpDocuments) {
    this.disposables = [
      documents.onDidChange((d) => this.publish(d)),
      documents.onDidClose((uri) => {
        this.collection.delete(uri);
        this.marks.delete(uri.toString());
      }),
    ];
  }

  publish(document: vscode.TextDocument): void {
    const { document: doc, diagnostics } = this.documents.get(document);
    const out = diagnostics.map((r) => new RongDiagnostic(r));
    const marks = this.marks.get(document.uri.toString());
    if (marks?.length) {
      const texts = doc.blocks.map((_, i) => blockText(doc, i));
      const alive = marks.filter((m) => {
        const index = texts.indexOf(m.blockText);
        if (index < 0) return false;
        out.push(new RongDiagnostic({ ...m.record, range: shift(m.record.range, doc.blocks[index].startLine) }));
        return true;
      });
      this.marks.set(document.uri.toString(), alive);
    }
    this.collection.set(document.uri, out);
  }

  /** After a send from the file: marks a failing code on the request, or clears the request's mark. */
  markResponse(document: vscode.TextDocument, blockIndex: number, code: number | undefined, meaning: string | undefined): void {
    const doc = this.documents.get(document).document;
    if (blockIndex < 0 || blockIndex >= doc.blocks.length) return;
    const key = document.uri.toString();
    const text = blockText(doc, blockIndex);
    const rest = (this.marks.get(key) ?? []).filter((m) => m.blockText !== text);
    if (code !== undefined && code !== 200) {
      const record = loadRongHttp().responseDiagnostic(doc, blockIndex, code, meaning ?? '');
      if (record) rest.push({ blockText: text, record: { ...record, range: shift(record.range, -doc.blocks[blockIndex].startLine) } });
    }
    this.marks.set(key, rest);
    this.publish(document);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.collection.dispose();
  }
}
