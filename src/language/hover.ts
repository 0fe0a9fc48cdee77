/**
 * Hover: the signing string with the secret masked on signing headers (signed through
 * RequestService.sign, the one signing path); parameters with their rule and bytes; variables.
 */
import * as vscode from 'vscode';
import { toLocale } from '../core/text';
import { loadRongHttp } from '../services/bundles';
import { toRange } from './convert';
import type { RongHttpDocuments } from './documents';
import type { RequestSigner } from './signer';

export class RongHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly documents: RongHttpDocuments,
    private readonly signer: RequestSigner,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const { document: doc } = this.documents.get(document);
    const rongHttp = loadRongHttp();
    const locale = toLocale(vscode.env.language);
    let hover = rongHttp.hoverAt(doc, position.line, position.character, { locale });
    if (hover?.signingOf !== undefined) {
      const signed = await this.signer.signBlock(doc, hover.signingOf);
      if (signed?.signing) hover = rongHttp.hoverAt(doc, position.line, position.character, { locale, signing: signed.signing });
    }
    if (!hover) return undefined;
    const md = new vscode.MarkdownString(hover.markdown);
    md.isTrusted = false;
    md.supportHtml = false;
    return new vscode.Hover(md, toRange(hover.range));
  }
}
