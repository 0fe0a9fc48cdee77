/** activate(): wires services, commands and providers together, nothing else. */
import * as vscode from 'vscode';
import { registerClearCredentials } from './commands/clearCredentials';
import { registerCopyToken } from './commands/copyToken';
import { registerImportCurl } from './commands/importCurl';
import { registerRegisterUser } from './commands/registerUser';
import { registerSandboxCommands } from './commands/sandbox';
import { registerSetCredentials } from './commands/setCredentials';
import { registerSwitchProfile } from './commands/switchProfile';
import { CredentialStore, hostsFor } from './services/credentials';
import { IssuedTokenStore } from './services/issuedTokens';
import { RongLog } from './services/log';
import { RequestService } from './services/requests';
import { SandboxHost } from './services/sandboxHost';
import type { Services } from './services';
import { Settings } from './services/settings';
import { createStatusBar } from './views/statusBar';
import { registerRongHttpCommands } from './commands/rongHttpRequests';
import { registerRongLanguage } from './language/register';
import { ResponseView } from './views/responseEditor';
import { registerPlayground, type PlaygroundTestApi } from './playground/playground';

let sandboxToStop: SandboxHost | undefined;

/** What the integration tests may look at; returned only in ExtensionMode.Test. */
export interface RongTestApi {
  readonly globalState: vscode.Memento;
  readonly workspaceState: vscode.Memento;
  readonly logLines: () => readonly string[];
  readonly playground: PlaygroundTestApi;
  /** How long activate() took, in ms (the benchmark's activation.ms). */
  readonly activationMs: number;
}

export function activate(context: vscode.ExtensionContext): RongTestApi | undefined {
  const started = performance.now();
  const testing = context.extensionMode === vscode.ExtensionMode.Test;
  const settings = new Settings();
  const credentials = new CredentialStore(context.globalState, context.secrets);
  const log = new RongLog((text) => credentials.redact(text), testing);
  const tokens = new IssuedTokenStore(context.secrets);
  const requests = new RequestService(settings, credentials, tokens, log);
  const sandbox = new SandboxHost(credentials, context.globalStorageUri, log);
  sandboxToStop = sandbox;
  const s: Services = { context, settings, credentials, tokens, log, requests, sandbox };
  const playground = registerPlayground(s, testing);
  const language = registerRongLanguage(credentials, requests, (p) => hostsFor(p, settings.current));
  const responses = new ResponseView();
  context.subscriptions.push(
    settings,
    credentials,
    log,
    requests,
    sandbox,
    registerSetCredentials(s),
    registerClearCredentials(s),
    registerSwitchProfile(s),
    registerRegisterUser(s),
    registerCopyToken(s),
    registerImportCurl(s),
    ...registerSandboxCommands(s),
    vscode.commands.registerCommand('rong.showLog', () => log.show()),
    createStatusBar(s),
    ...playground.disposables,
    ...language.disposables,
    responses,
    ...registerRongHttpCommands(s, { documents: language.documents, diagnostics: language.diagnostics, responses }),
  );
  const logCatalogueProblems = () => settings.current.catalogueProblems.forEach((problem) => log.warn(problem));
  logCatalogueProblems();
  context.subscriptions.push(settings.onDidChange(logCatalogueProblems));
  if (settings.current.sandboxAutoStart) {
    // After activation returns: the sandbox bundle loads off the activation path.
    setTimeout(() => sandbox.start().catch((err: unknown) => log.error(`sandbox did not start: ${String(err)}`)), 0);
  }
  const activationMs = performance.now() - started;
  return testing
    ? { globalState: context.globalState, workspaceState: context.workspaceState, logLines: () => log.recent ?? [], playground: playground.testApi, activationMs }
    : undefined;
}

/** Stops the sandbox so that its port and state file are released before the host exits. */
export async function deactivate(): Promise<void> {
  await sandboxToStop?.stop();
  sandboxToStop = undefined;
}
