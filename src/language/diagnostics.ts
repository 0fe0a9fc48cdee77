/**
 * Publishes the "rong" diagnostics of .rong.http documents, plus the codes that responses returned:
 * a failing response's code stays on its request until that request's text changes; success clears it.
 */
import * as vscode from 'vscode';
import type { AssertionResult, DiagnosticRecord, Range, RongHttpDocument } from '../core/rongHttp';
import { pick, toLocale } from '../core/text';
import { loadRongHttp } from '../services/bundles';
import { RongDiagnostic } from './convert';
import type { RongHttpDocuments } from './documents';

interface ResponseMark {
  /** The request's text when it was sent: the mark lives while a block with this text exists. */
  readonly blockText: string;
  /** The records with lines relative to the block's first line. */
  readonly records: readonly DiagnosticRecord[];
}

function blockText(doc: RongHttpDocument, index: number): string {
  const b = doc.blocks[index];
  return doc.lines.slice(b.startLine, b.endLine + 1).join('\n');
}

/**
 * `{{regster.response.body.token}}` when no request is named regster: the core's "not defined"
 * plus the names the file has, so that a typo is one look away.
 */
function withRequestNames(doc: RongHttpDocument, record: DiagnosticRecord): DiagnosticRecord {
  if (record.rule !== 'undefinedVariable' || record.range.startLine !== record.range.endLine) return record;
  const text = doc.lines[record.range.startLine]?.slice(record.range.startCharacter, record.range.endCharacter) ?? '';
  const rongHttp = loadRongHttp();
  const ref = rongHttp.parseRequestReference(text.replace(/^\{\{\s*|\s*\}\}$/g, ''));
  if (!ref) return record;
  const names = [...rongHttp.requestNames(doc).keys()];
  // A long file would make a message no one reads: the first ten, and how many more.
  const listed = names.length > 10 ? `${names.slice(0, 10).join(', ')} ${vscode.l10n.t('(and {0} more)', names.length - 10)}` : names.join(', ');
  const more = names.length > 0
    ? vscode.l10n.t('No request in this file is named "{0}"; named requests: {1}.', ref.request, listed)
    : vscode.l10n.t('No request in this file is named "{0}": name one with "# @name {0}".', ref.request);
  return { ...record, message: `${record.message} ${more}` };
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
    const out = diagnostics.map((r) => new RongDiagnostic(withRequestNames(doc, r)));
    const marks = this.marks.get(document.uri.toString());
    if (marks?.length) {
      const texts = doc.blocks.map((_, i) => blockText(doc, i));
      const alive = marks.filter((m) => {
        const index = texts.indexOf(m.blockText);
        if (index < 0) return false;
        for (const r of m.records) out.push(new RongDiagnostic({ ...r, range: shift(r.range, doc.blocks[index].startLine) }));
        return true;
      });
      this.marks.set(document.uri.toString(), alive);
    }
    this.collection.set(document.uri, out);
  }

  /**
   * After a send from the file: a request with `??` lines is marked on each failed one (its
   * assertions replace the implicit "code 200"); another, with its failing code; success clears.
   */
  markResponse(document: vscode.TextDocument, blockIndex: number, code: number | undefined, meaning: string | undefined, assertions?: readonly AssertionResult[]): void {
    const doc = this.documents.get(document).document;
    if (blockIndex < 0 || blockIndex >= doc.blocks.length) return;
    const key = document.uri.toString();
    const text = blockText(doc, blockIndex);
    const start = doc.blocks[blockIndex].startLine;
    const rest = (this.marks.get(key) ?? []).filter((m) => m.blockText !== text);
    let records: DiagnosticRecord[] = [];
    if (assertions) {
      const locale = toLocale(vscode.env.language);
      records = assertions.filter((a) => !a.passed).map((a) => ({ range: a.assertion.range, severity: 'error', rule: 'response', message: pick(a.message, locale), source: 'rong' }));
    } else if (code !== undefined && code !== 200) {
      const record = loadRongHttp().responseDiagnostic(doc, blockIndex, code, meaning ?? '');
      if (record) records = [record];
    }
    if (records.length > 0) rest.push({ blockText: text, records: records.map((r) => ({ ...r, range: shift(r.range, -start) })) });
    this.marks.set(key, rest);
    this.publish(document);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.collection.dispose();
  }
}
