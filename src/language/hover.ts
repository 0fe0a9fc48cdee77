/** Hover: the signing string with the secret masked on signing headers; parameters with their bytes; variables. */
import * as vscode from 'vscode';
import { toLocale } from '../core/contract/errorCatalogue';
import { loadRongHttp } from '../services/bundles';
import { toRange } from './convert';
import type { RongHttpDocuments } from './documents';
import type { SecretCache } from './secretCache';

export class RongHoverProvider implements vscode.HoverProvider {
  constructor(private readonly documents: RongHttpDocuments, private readonly secrets: SecretCache) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const { document: doc } = this.documents.get(document);
    const hover = loadRongHttp().hoverAt(doc, position.line, position.character, { secretFor: this.secrets.secretFor, locale: toLocale(vscode.env.language) });
    if (!hover) return undefined;
    const md = new vscode.MarkdownString(hover.markdown);
    md.isTrusted = false;
    md.supportHtml = false;
    return new vscode.Hover(md, toRange(hover.range));
  }
}
