/** What the commands and providers share; built once in activate() by createServices(). */
import * as vscode from 'vscode';
import { CredentialStore } from './credentials';
import { IssuedTokenStore } from './issuedTokens';
import { RongLog } from './log';
import { RequestService } from './requests';
import { SandboxHost } from './sandboxHost';
import { Settings } from './settings';
import { showStartGuide, START_GUIDE_ENV } from '../views/startGuide';

export interface Services {
  readonly context: vscode.ExtensionContext;
  readonly settings: Settings;
  readonly credentials: CredentialStore;
  readonly tokens: IssuedTokenStore;
  readonly log: RongLog;
  readonly requests: RequestService;
  readonly sandbox: SandboxHost;
  /** ExtensionMode.Test: the test API is returned and the log keeps its recent lines. */
  readonly testing: boolean;
}

/** Builds the services; each is disposed with the extension. */
export function createServices(context: vscode.ExtensionContext): Services {
  const testing = context.extensionMode === vscode.ExtensionMode.Test;
  const settings = new Settings();
  const credentials = new CredentialStore(context.globalState, context.secrets);
  const log = new RongLog((text) => credentials.redact(text), testing);
  const tokens = new IssuedTokenStore(context.secrets);
  const requests = new RequestService(settings, credentials, tokens, log);
  const sandbox = new SandboxHost(credentials, context.globalStorageUri, log, () => settings.current.catalogueBase, () => settings.current.sandboxCallbacks);
  context.subscriptions.push(settings, credentials, log, requests, sandbox);
  return { context, settings, credentials, tokens, log, requests, sandbox, testing };
}

/**
 * What the services do once activate() has wired them: log rong.errorCodes problems (now and on
 * every change), with rong.sandbox.autoStart start the sandbox after activation returns (its
 * bundle loads off the activation path), and show `npm start`'s first screen (views/startGuide.ts).
 */
export function startServices(s: Services): vscode.Disposable {
  const logCatalogueProblems = () => s.settings.current.catalogueProblems.forEach((problem) => s.log.warn(problem));
  logCatalogueProblems();
  if (s.settings.current.sandboxAutoStart) {
    setTimeout(() => s.sandbox.start().catch((err: unknown) => s.log.error(`sandbox did not start: ${String(err)}`)), 0);
  }
  const guide = process.env[START_GUIDE_ENV];
  if (guide) {
    setTimeout(() => showStartGuide(s.context.globalState, guide, (l) => s.log.warn(l)).catch((err: unknown) => s.log.warn(`npm start's guide did not open: ${String(err)}`)), 0);
  }
  return s.settings.onDidChange(() => {
    logCatalogueProblems();
    s.sandbox.applyCallbacks().catch((err: unknown) => s.log.warn(`rong.sandbox.callbacks: ${String(err)}`));
  });
}
