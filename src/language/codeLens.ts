/**
 * Above each request: "Send Request", "Open in Playground", and the signature preview — exact when
 * Nonce and Timestamp are fixed, labelled as a preview (changing on every send) otherwise.
 */
import * as vscode from 'vscode';
import { toLocale } from '../core/contract/errorCatalogue';
import { loadRongHttp } from '../services/bundles';
import { toRange } from './convert';
import type { RongHttpDocuments } from './documents';
import type { SecretCache } from './secretCache';

export class RongCodeLensProvider implements vscode.CodeLensProvider {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.emitter.event;

  constructor(private readonly documents: RongHttpDocuments, private readonly secrets: SecretCache) {
    secrets.onDidChange(() => this.emitter.fire());
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const { document: doc } = this.documents.get(document);
    const locale = toLocale(vscode.env.language);
    const lenses: vscode.CodeLens[] = [];
    for (const index of loadRongHttp().requestBlockIndexes(doc)) {
      const block = doc.blocks[index];
      const range = toRange(block.request!.range);
      const args = [document.uri, index, 'lens'];
      lenses.push(new vscode.CodeLens(range, { title: `$(play) ${vscode.l10n.t('Send Request')}`, command: 'rong.sendRequest', arguments: args }));
      lenses.push(new vscode.CodeLens(range, { title: vscode.l10n.t('Open in Playground'), command: 'rong.openRequestInPlayground', arguments: args }));
      const resolved = loadRongHttp().resolveRequest(doc, index);
      const secret = this.secrets.secretFor(resolved?.profile, resolved?.explicitAppKey);
      const preview = loadRongHttp().signingHover(doc, index, { secret, locale });
      if (!preview) continue;
      let title: string;
      if (preview.explicitSignature) {
        title = vscode.l10n.t('Signature (as written): {0}…', preview.explicitSignature.slice(0, 8));
      } else if (!preview.signature) {
        title = vscode.l10n.t('Signature: no stored secret for this profile');
      } else if (preview.mode === 'exact') {
        title = vscode.l10n.t('Signature: {0}…', preview.signature.slice(0, 8));
      } else {
        title = vscode.l10n.t('Signature preview: {0}… (changes on every send)', preview.signature.slice(0, 8));
      }
      lenses.push(new vscode.CodeLens(range, {
        title,
        tooltip: `${preview.masked}${preview.signature ? ` → ${preview.signature}` : ''}`,
        command: preview.signature ? 'rong.copySignature' : 'rong.setCredentials',
        arguments: preview.signature ? [preview.signature] : [],
      }));
    }
    return lenses;
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
