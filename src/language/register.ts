/** The .rong.http language: documents, diagnostics and one provider each, registered together. */
import * as vscode from 'vscode';
import type { CredentialStore } from '../services/credentials';
import type { RequestService } from '../services/requests';
import { AssertionMarks } from './assertionMarks';
import { RongCodeActionProvider } from './codeActions';
import { RongCodeLensProvider, type ProfileHosts } from './codeLens';
import { COMPLETION_TRIGGERS, RongCompletionProvider } from './completion';
import { selector } from './convert';
import { RongDiagnostics } from './diagnostics';
import { RongHttpDocuments } from './documents';
import { DocumentExchanges } from './exchanges';
import { RongHoverProvider } from './hover';
import { SecretCache } from './secretCache';
import { RequestSigner } from './signer';

export interface RongLanguage {
  readonly documents: RongHttpDocuments;
  readonly diagnostics: RongDiagnostics;
  readonly exchanges: DocumentExchanges;
  readonly assertions: AssertionMarks;
  readonly disposables: vscode.Disposable[];
}

/**
 * `requests` signs for the lens and the hover (RequestService.sign, the one signing path);
 * `profileHosts` (credentials.ts's hostsFor with the settings) names the host the Send lens shows.
 */
export function registerRongLanguage(credentials: CredentialStore, requests: Pick<RequestService, 'sign'>, profileHosts?: ProfileHosts): RongLanguage {
  const secrets = new SecretCache(credentials);
  const signer = new RequestSigner((input) => requests.sign(input), secrets);
  const documents = new RongHttpDocuments(secrets);
  const diagnostics = new RongDiagnostics(documents);
  const exchanges = new DocumentExchanges(documents);
  const assertions = new AssertionMarks(documents);
  const lenses = new RongCodeLensProvider(documents, signer, secrets, profileHosts);
  return {
    documents,
    diagnostics,
    exchanges,
    assertions,
    disposables: [
      secrets,
      documents,
      diagnostics,
      exchanges,
      assertions,
      lenses,
      vscode.languages.registerCodeLensProvider(selector, lenses),
      vscode.languages.registerHoverProvider(selector, new RongHoverProvider(documents, signer, exchanges)),
      vscode.languages.registerCompletionItemProvider(selector, new RongCompletionProvider(documents, secrets), ...COMPLETION_TRIGGERS),
      vscode.languages.registerCodeActionsProvider(selector, new RongCodeActionProvider(documents), RongCodeActionProvider.metadata),
    ],
  };
}
