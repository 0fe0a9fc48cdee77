/**
 * One IncrementalDiagnoser per open .rong.http document. Edits are applied as the change events
 * arrive (only the touched blocks are re-parsed); diagnostics are published after a short pause.
 */
import * as vscode from 'vscode';
import { toLocale } from '../core/text';
import type { CheckResult, DiagnosticContext, IncrementalDiagnoser, TextChange } from '../core/rongHttp';
import { loadRongHttp } from '../services/bundles';
import { LANGUAGE_ID, fromRange } from './convert';
import type { SecretCache } from './secretCache';

interface Entry {
  readonly diagnoser: IncrementalDiagnoser;
  /** The document version that the diagnoser plus `pending` describe; -1 when unknown. */
  version: number;
  /** Edits not yet applied, in the order to apply them. */
  pending: TextChange[];
}

export class RongHttpDocuments implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fires (debounced) when a document's check result is new. */
  readonly onDidChange = this.changed.event;
  private readonly closed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidClose = this.closed.event;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly secrets: SecretCache, private readonly debounceMs = 150) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      secrets.onDidChange(() => this.refreshContext()),
    );
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  private context(): DiagnosticContext {
    return { locale: toLocale(vscode.env.language), secretFor: this.secrets.secretFor, profiles: this.secrets.profileNames() };
  }

  /** The current check result of a document (brought up to date first). */
  get(document: vscode.TextDocument): CheckResult {
    const key = document.uri.toString();
    let entry = this.entries.get(key);
    if (!entry) {
      // Secrets are read ahead only once a .rong.http document is in use, not at activation.
      void this.secrets.ready();
      entry = { diagnoser: new (loadRongHttp().IncrementalDiagnoser)(this.context()), version: -1, pending: [] };
      this.entries.set(key, entry);
    }
    const current = entry.diagnoser.current;
    let result: CheckResult;
    if (current && entry.version === document.version) {
      result = entry.pending.length > 0 ? entry.diagnoser.applyChanges(entry.pending) : current;
    } else {
      result = entry.diagnoser.update(document.getText());
    }
    entry.pending = [];
    entry.version = document.version;
    return result;
  }

  private onEdit(e: vscode.TextDocumentChangeEvent): void {
    if (e.document.languageId !== LANGUAGE_ID || e.contentChanges.length === 0) return;
    const entry = this.entries.get(e.document.uri.toString());
    if (entry?.diagnoser.current && entry.version === e.document.version - 1) {
      // The ranges of one event refer to the text before it: applied from the end backwards they stay valid.
      const ordered = [...e.contentChanges].sort((a, b) => b.rangeOffset - a.rangeOffset);
      for (const c of ordered) entry.pending.push({ range: fromRange(c.range), text: c.text });
      entry.version = e.document.version;
    } else if (entry) {
      // A version was skipped: get() re-reads the whole text (blocks are still reused by content).
      entry.version = -1;
      entry.pending = [];
    }
    this.schedule(e.document, this.debounceMs);
  }

  private schedule(document: vscode.TextDocument, delay: number): void {
    if (document.languageId !== LANGUAGE_ID) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      if (document.isClosed) return;
      this.get(document);
      this.changed.fire(document);
    }, delay));
  }

  private refreshContext(): void {
    const context = this.context();
    for (const entry of this.entries.values()) entry.diagnoser.setContext(context);
    for (const d of vscode.workspace.textDocuments) {
      const entry = this.entries.get(d.uri.toString());
      if (!entry) continue;
      entry.version = -1;
      entry.pending = [];
      this.schedule(d, 0);
    }
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    if (this.entries.delete(key)) this.closed.fire(uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
    this.changed.dispose();
    this.closed.dispose();
  }
}
