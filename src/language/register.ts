/** The .rong.http language: documents, diagnostics and one provider each, registered together. */
import * as vscode from 'vscode';
import type { CredentialStore } from '../services/credentials';
import { RongCodeActionProvider } from './codeActions';
import { RongCodeLensProvider } from './codeLens';
import { COMPLETION_TRIGGERS, RongCompletionProvider } from './completion';
import { selector } from './convert';
import { RongDiagnostics } from './diagnostics';
import { RongHttpDocuments } from './documents';
import { RongHoverProvider } from './hover';
import { SecretCache } from './secretCache';

export interface RongLanguage {
  readonly documents: RongHttpDocuments;
  readonly diagnostics: RongDiagnostics;
  readonly disposables: vscode.Disposable[];
}

export function registerRongLanguage(credentials: CredentialStore): RongLanguage {
  const secrets = new SecretCache(credentials);
  const documents = new RongHttpDocuments(secrets);
  const diagnostics = new RongDiagnostics(documents);
  const lenses = new RongCodeLensProvider(documents, secrets);
  return {
    documents,
    diagnostics,
    disposables: [
      secrets,
      documents,
      diagnostics,
      lenses,
      vscode.languages.registerCodeLensProvider(selector, lenses),
      vscode.languages.registerHoverProvider(selector, new RongHoverProvider(documents, secrets)),
      vscode.languages.registerCompletionItemProvider(selector, new RongCompletionProvider(documents, secrets), ...COMPLETION_TRIGGERS),
      vscode.languages.registerCodeActionsProvider(selector, new RongCodeActionProvider(documents), RongCodeActionProvider.metadata),
    ],
  };
}
