/** Completion of endpoint paths, parameter names, headers, variables and profiles. */
import * as vscode from 'vscode';
import { toLocale } from '../core/text';
import type { CompletionKind } from '../core/rongHttp';
import { loadRongHttp } from '../services/bundles';
import { toRange } from './convert';
import type { RongHttpDocuments } from './documents';
import type { SecretCache } from './secretCache';

const KIND: Record<CompletionKind, vscode.CompletionItemKind> = {
  method: vscode.CompletionItemKind.Keyword,
  endpoint: vscode.CompletionItemKind.Reference,
  param: vscode.CompletionItemKind.Field,
  header: vscode.CompletionItemKind.Property,
  variable: vscode.CompletionItemKind.Variable,
  systemVariable: vscode.CompletionItemKind.Function,
  directive: vscode.CompletionItemKind.Keyword,
  profile: vscode.CompletionItemKind.Value,
};

/** `"` opens a JSON body's key (field names are offered). */
export const COMPLETION_TRIGGERS = ['{', '/', '@', '&', '$', ' ', '"'];

export class RongCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly documents: RongHttpDocuments, private readonly secrets: SecretCache) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
    const { document: doc } = this.documents.get(document);
    return loadRongHttp().completionsAt(doc, position.line, position.character, {
      locale: toLocale(vscode.env.language),
      profiles: this.secrets.profileNames(),
    }).map((c) => {
      const item = new vscode.CompletionItem(c.label, KIND[c.kind]);
      item.insertText = c.insertText;
      item.range = toRange(c.range);
      item.detail = c.detail;
      if (c.sortText !== undefined) item.sortText = c.sortText;
      if (c.filterText !== undefined) item.filterText = c.filterText;
      if (c.documentation) item.documentation = new vscode.MarkdownString(c.documentation);
      return item;
    });
  }
}
