/** What the commands and providers share; built once in activate(). */
import type * as vscode from 'vscode';
import type { CredentialStore } from './credentials';
import type { IssuedTokenStore } from './issuedTokens';
import type { RongLog } from './log';
import type { RequestService } from './requests';
import type { SandboxHost } from './sandboxHost';
import type { Settings } from './settings';

export interface Services {
  readonly context: vscode.ExtensionContext;
  readonly settings: Settings;
  readonly credentials: CredentialStore;
  readonly tokens: IssuedTokenStore;
  readonly log: RongLog;
  readonly requests: RequestService;
  readonly sandbox: SandboxHost;
}
