/** Quick fixes from the core: add a missing parameter, replace a mismatched Signature, move a secret out, … */
import * as vscode from 'vscode';
import { toLocale } from '../core/text';
import { loadRongHttp } from '../services/bundles';
import { RongDiagnostic, toRange } from './convert';
import type { RongHttpDocuments } from './documents';

export class RongCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly documents: RongHttpDocuments) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const { document: doc } = this.documents.get(document);
    const locale = toLocale(vscode.env.language);
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (!(diagnostic instanceof RongDiagnostic)) continue;
      for (const fix of loadRongHttp().quickFixes(doc, diagnostic.record, locale)) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.isPreferred = fix.isPreferred;
        if (fix.then === 'storeSecret') {
          // The command reads the literal, stores it, and only then removes it from the file: a
          // cancelled store loses nothing, and the secret itself never travels in the action.
          action.command = {
            title: fix.title,
            command: 'rong.storeSecretFromFile',
            arguments: [{ uri: document.uri.toString(), version: document.version, range: diagnostic.record.range, edits: fix.edits }],
          };
        } else {
          action.edit = new vscode.WorkspaceEdit();
          for (const e of fix.edits) action.edit.replace(document.uri, toRange(e.range), e.newText);
        }
        actions.push(action);
      }
    }
    return actions;
  }
}
