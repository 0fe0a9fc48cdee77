/**
 * Hover: the signing string with the secret masked on signing headers (signed through
 * RequestService.sign, the one signing path); parameters with their rule and bytes; variables.
 */
import * as vscode from 'vscode';
import type { RongHttpDocument } from '../core/rongHttp';
import { maskToken } from '../core/secrets';
import { toLocale } from '../core/text';
import { loadRongHttp } from '../services/bundles';
import { toRange } from './convert';
import type { RongHttpDocuments } from './documents';
import type { DocumentExchanges } from './exchanges';
import type { RequestSigner } from './signer';

export class RongHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly documents: RongHttpDocuments,
    private readonly signer: RequestSigner,
    private readonly exchanges: DocumentExchanges,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const { document: doc } = this.documents.get(document);
    const rongHttp = loadRongHttp();
    const chained = this.requestReferenceHover(document, doc, position);
    if (chained) return chained;
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

  /** `{{register.response.body.token}}`: its value in the latest exchange (a token masked), or that it has not run yet. */
  private requestReferenceHover(document: vscode.TextDocument, doc: RongHttpDocument, position: vscode.Position): vscode.Hover | undefined {
    const rongHttp = loadRongHttp();
    const block = doc.blocks[rongHttp.blockIndexAt(doc, position.line)];
    const r = block?.references.find((x) => !x.system && toRange(x.range).contains(position));
    const ref = r && rongHttp.parseRequestReference(r.name);
    if (!r || !ref || !rongHttp.requestNames(doc).has(ref.request)) return undefined;
    const exchange = this.exchanges.storeFor(document.uri).get(ref.request);
    let text: string;
    if (!exchange) text = vscode.l10n.t('Not sent yet: sending this request sends "{0}" first.', ref.request);
    else {
      const value = rongHttp.readExchange(exchange, ref);
      if (value === undefined) text = vscode.l10n.t('The latest exchange of "{0}" has no such value.', ref.request);
      else {
        // A token is shown only where the person asked for it (Copy Token), masked elsewhere.
        const shown = /token/i.test(ref.path.at(-1) ?? '') ? maskToken(value) : value.length > 200 ? `${value.slice(0, 200)}…` : value;
        text = vscode.l10n.t('From the latest exchange of "{0}": {1}', ref.request, `\`${shown.replace(/`/g, "'")}\``);
      }
    }
    const md = new vscode.MarkdownString(`\`${r.name}\` — ${text}`);
    md.isTrusted = false;
    md.supportHtml = false;
    return new vscode.Hover(md, toRange(r.range));
  }
}
