/**
 * Above each request: "Send Request", "Open in Playground", and the signature — exact when Nonce
 * and Timestamp are fixed, labelled as a preview (changing on every send) otherwise. The signature
 * lens is resolved when VS Code shows it, signing through RequestService.sign (the one signing path).
 */
import * as vscode from 'vscode';
import { DEFAULT_REGION, resolveHosts, type HostList } from '../core/contract/regions';
import type { HostDescription, ResolvedRequest } from '../core/rongHttp';
import { maskedSigningString } from '../core/secrets';
import { pick, toLocale } from '../core/text';
import type { Profile } from '../services/credentials';
import { loadRongHttp } from '../services/bundles';
import { toRange } from './convert';
import type { RongHttpDocuments } from './documents';
import type { SecretCache } from './secretCache';
import type { RequestSigner, SignedBlock } from './signer';

/** A signature lens before VS Code resolves it: which request of which document. */
class SignatureLens extends vscode.CodeLens {
  constructor(
    range: vscode.Range,
    readonly document: vscode.TextDocument,
    readonly index: number,
  ) {
    super(range);
  }
}

export class RongCodeLensProvider implements vscode.CodeLensProvider {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.emitter.event;

  constructor(
    private readonly documents: RongHttpDocuments,
    private readonly signer: RequestSigner,
    private readonly secrets: SecretCache,
    private readonly profileHosts: ProfileHosts = defaultProfileHosts,
  ) {
    secrets.onDidChange(() => this.emitter.fire());
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const { document: doc } = this.documents.get(document);
    const rongHttp = loadRongHttp();
    const lenses: vscode.CodeLens[] = [];
    for (const index of rongHttp.requestBlockIndexes(doc)) {
      const range = toRange(doc.blocks[index].request!.range);
      const args = [document.uri, index, 'lens'];
      const resolved = rongHttp.resolveRequest(doc, index);
      lenses.push(new vscode.CodeLens(range, { title: `$(play) ${this.sendTitle(resolved)}`, command: 'rong.sendRequest', arguments: args }));
      lenses.push(new vscode.CodeLens(range, { title: vscode.l10n.t('Open in Playground'), command: 'rong.openRequestInPlayground', arguments: args }));
      // Only a known endpoint can be signed (and sent); the diagnostics say what is wrong with the others.
      if (resolved?.endpoint) lenses.push(new SignatureLens(range, document, index));
    }
    return lenses;
  }

  /** "Send Request → 127.0.0.1:1234 · local": where this request goes, named by it or by its profile. */
  private sendTitle(resolved: ResolvedRequest | undefined): string {
    const send = vscode.l10n.t('Send Request');
    if (!resolved) return send;
    let base = resolved.baseUrl;
    if (!base) {
      const hosts = this.profileHosts(this.secrets.profileFor(resolved.profile, resolved.explicitAppKey));
      base = 'error' in hosts ? undefined : hosts.primary;
    }
    const host = base ? loadRongHttp().describeHost(base) : undefined;
    return host ? vscode.l10n.t('{0} → {1}', send, `${host.host}${kindSuffix(host)}`) : send;
  }

  async resolveCodeLens(lens: vscode.CodeLens): Promise<vscode.CodeLens> {
    if (!(lens instanceof SignatureLens)) return lens;
    const { document: doc } = this.documents.get(lens.document);
    const signed = await this.signer.signBlock(doc, lens.index);
    lens.command = signed ? signatureCommand(signed) : { title: '', command: '' };
    return lens;
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

/** The hosts of the profile a request signs with (the settings' base URL when the host wires it). */
export type ProfileHosts = (profile: Profile | undefined) => HostList | { error: string };

const defaultProfileHosts: ProfileHosts = (p) => resolveHosts(p?.region ?? DEFAULT_REGION, p?.baseUrl);

function kindSuffix(h: HostDescription): string {
  switch (h.kind) {
    case 'local':
      return ` · ${vscode.l10n.t('local')}`;
    case 'rong':
      return h.region ? ` · ${vscode.l10n.t('Rong {0}', pick(h.region.label, toLocale(vscode.env.language)))}` : '';
    case 'other':
      return '';
    default: {
      const never: never = h.kind;
      return never;
    }
  }
}

function signatureCommand({ resolved, signing }: SignedBlock): vscode.Command {
  const signature = signing?.signature;
  let title: string;
  if (resolved.explicitSignature) {
    title = vscode.l10n.t('Signature (as written): {0}…', resolved.explicitSignature.slice(0, 8));
  } else if (!signature) {
    title = vscode.l10n.t('Signature: no stored secret for this profile');
  } else if (resolved.signing === 'exact') {
    title = vscode.l10n.t('Signature: {0}…', signature.slice(0, 8));
  } else {
    title = vscode.l10n.t('Signature preview: {0}… (changes on every send)', signature.slice(0, 8));
  }
  return {
    title,
    tooltip: signing ? `${maskedSigningString(signing.nonce, signing.timestamp)} → ${signing.signature}` : undefined,
    command: signature ? 'rong.copySignature' : 'rong.setCredentials',
    arguments: signature ? [signature] : [],
  };
}
