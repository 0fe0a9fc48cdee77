/** activate(): wires services, commands and providers together, nothing else. */
import * as vscode from 'vscode';
import { registerClearCredentials } from './commands/clearCredentials';
import { registerCopyAsCurl } from './commands/copyAsCurl';
import { registerCopySandboxToken } from './commands/copySandboxToken';
import { registerCopySignature } from './commands/copySignature';
import { registerCopyToken } from './commands/copyToken';
import { registerNewRequestFile } from './commands/newRequestFile';
import { registerOpenEndpoint } from './commands/openEndpoint';
import { registerOpenRequestInPlayground } from './commands/openRequestInPlayground';
import { registerRefreshSandboxView } from './commands/refreshSandboxView';
import { registerRegisterUser } from './commands/registerUser';
import { registerResetSandbox } from './commands/resetSandbox';
import { registerSendRequest } from './commands/sendRequest';
import { registerSetCredentials } from './commands/setCredentials';
import { registerShowLog } from './commands/showLog';
import { registerStartSandbox } from './commands/startSandbox';
import { registerStopSandbox } from './commands/stopSandbox';
import { registerStoreSecretFromFile } from './commands/storeSecretFromFile';
import { registerSwitchProfile } from './commands/switchProfile';
import { registerRongLanguage } from './language/register';
import { registerRongTests, type RongTestsApi } from './language/tests';
import type { PlaygroundTestApi } from './playground/playground';
import { registerPlayground } from './playground/register';
import { createServices, startServices } from './services';
import { loadCommandsModule } from './services/entryBundles';
import { hostsFor } from './services/credentials';
import type { SandboxHost } from './services/sandboxHost';
import { ResponseView } from './views/responseEditor';
import { createSandboxView, type SandboxTree, type ShownItem } from './views/sandboxTree';
import { createStatusBar } from './views/statusBar';

let sandboxToStop: SandboxHost | undefined;

/** What the integration tests may look at; returned only in ExtensionMode.Test. */
export interface RongTestApi {
  readonly globalState: vscode.Memento;
  readonly workspaceState: vscode.Memento;
  /** The secret store: tests take a secret away as Settings Sync does (profiles sync, secrets do not). */
  readonly secrets: vscode.SecretStorage;
  readonly logLines: () => readonly string[];
  readonly playground: PlaygroundTestApi;
  /** The Rong Sandbox view as shown, and where the embedded sandbox keeps its state. */
  readonly sandboxView: { readonly items: () => Promise<ShownItem[]>; readonly statePath: string };
  /** The Test Explorer's controller and its Run profile's handler. */
  readonly tests: RongTestsApi;
  /** What a document's `??` lines show after their latest send: line → ✓/✗ text. */
  readonly assertionMarks: (document: vscode.TextDocument) => ReadonlyMap<number, { readonly passed: boolean; readonly text: string }>;
  /** How long activate() took, in ms (the benchmark's activation.ms). */
  readonly activationMs: number;
}

export function activate(context: vscode.ExtensionContext): RongTestApi | undefined {
  const started = performance.now();
  const s = createServices(context);
  sandboxToStop = s.sandbox;
  const playground = registerPlayground(s, s.testing);
  const language = registerRongLanguage(s.credentials, s.requests, (p) => hostsFor(p, s.settings.current));
  const sandboxView = createSandboxView(s.sandbox, s.log);
  const lang = { documents: language.documents, diagnostics: language.diagnostics, exchanges: language.exchanges, assertions: language.assertions, responses: new ResponseView() };
  const tests = registerRongTests(s, lang);
  context.subscriptions.push(
    lang.responses,
    tests.disposable,
    ...playground.disposables,
    ...language.disposables,
    createStatusBar(s),
    registerSetCredentials(s),
    registerClearCredentials(s),
    registerSwitchProfile(s),
    registerRegisterUser(s),
    lazyCommand('rong.registerUsersFromFile', (raw) => loadCommandsModule().runRegisterUsersFromFile(s, raw)),
    registerCopyToken(s),
    registerStartSandbox(s),
    registerStopSandbox(s),
    sandboxView.disposable,
    registerResetSandbox(s, sandboxView.tree),
    registerRefreshSandboxView(sandboxView.tree),
    registerCopySandboxToken(sandboxView.tree),
    lazyCommand('rong.sendAsSandboxUser', (raw) => loadCommandsModule().runSendAsSandboxUser(sandboxView.tree, raw)),
    registerShowLog(s),
    registerOpenEndpoint(s),
    lazyCommand('rong.importCurl', (raw) => loadCommandsModule().runImportCurl(s, raw)),
    lazyCommand('rong.verifyCallbackSignature', (raw) => loadCommandsModule().runVerifyCallbackSignature(s, raw)),
    registerSendRequest(s, lang),
    vscode.commands.registerCommand('rong.sendAllRequests', (uri?: unknown, options?: unknown) => loadCommandsModule().runSendAllRequests(s, lang, uri, options)),
    registerCopyAsCurl(s, lang),
    registerOpenRequestInPlayground(s, lang),
    registerCopySignature(),
    registerStoreSecretFromFile(s),
    registerNewRequestFile(s),
    startServices(s),
  );
  const activationMs = performance.now() - started;
  return s.testing
    ? { globalState: context.globalState, workspaceState: context.workspaceState, secrets: context.secrets, logLines: () => s.log.recent ?? [], playground: playground.testApi, sandboxView: sandboxTestApi(sandboxView.tree, s.sandbox), tests: tests.api, assertionMarks: (d) => lang.assertions.current(d), activationMs }
    : undefined;
}

/** A command whose body lives in the lazily loaded `commands` bundle (src/commands/lazy.ts). */
function lazyCommand(id: string, run: (raw?: unknown) => Promise<unknown>): vscode.Disposable {
  return vscode.commands.registerCommand(id, (raw?: unknown) => run(raw));
}

function sandboxTestApi(tree: SandboxTree, host: SandboxHost): RongTestApi['sandboxView'] {
  return {
    items: async () => {
      await tree.refresh();
      return tree.shown();
    },
    statePath: host.statePath,
  };
}

/** Stops the sandbox so that its port and state file are released before the host exits. */
export async function deactivate(): Promise<void> {
  await sandboxToStop?.stop();
  sandboxToStop = undefined;
}
