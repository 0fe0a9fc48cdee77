/**
 * rong.registerUser: User ID → Name → Portrait URI, validated as the user types, then
 * POST /user/getToken.json with cancellable progress. With `{ userId, name, portraitUri?, profile? }`
 * it runs without prompts; every ending is a result (a 65-byte userId: 'invalid' with code 1005).
 */
import * as vscode from 'vscode';
import { cancelled, fromSend, invalid, refused, type SendCommandResult } from '../core/commandResult';
import type { EndpointSpec, ParamSpec } from '../core/contract';
import { loadContract } from '../services/bundles';
import { pick, toLocale } from '../core/text';
import { formatFinding, validateParam, validateParams } from '../core/validation';
import type { Services } from '../services';
import { endCommand, type Caller } from '../views/commandEnding';
import { findingsText } from '../views/outcomeText';
import { withCancellableProgress } from '../views/progress';

export interface RegisterUserArgs {
  readonly userId: string;
  readonly name: string;
  readonly portraitUri?: string;
  /** Profile to use instead of the active one. */
  readonly profile?: string;
}

/** Arguments of the wrong type are a programming error: thrown, never a result. */
function parseArgs(value: unknown): RegisterUserArgs {
  const usage = 'rong.registerUser expects { userId: string, name: string, portraitUri?: string, profile?: string }';
  if (!value || typeof value !== 'object') throw new TypeError(usage);
  const a = value as Record<string, unknown>;
  for (const k of ['userId', 'name'] as const) if (typeof a[k] !== 'string') throw new TypeError(`${usage}: ${k} must be a string`);
  for (const k of ['portraitUri', 'profile'] as const) if (a[k] !== undefined && typeof a[k] !== 'string') throw new TypeError(`${usage}: ${k} must be a string when given`);
  return a as unknown as RegisterUserArgs;
}

/** getToken's record, from the contract bundle (loaded on first use). */
const getToken = (): EndpointSpec => loadContract().GET_TOKEN;
const spec = (name: string): ParamSpec => loadContract().findParam(getToken(), name)!;

async function ask(param: ParamSpec, step: number): Promise<string | undefined> {
  const locale = toLocale(vscode.env.language);
  return vscode.window.showInputBox({
    title: vscode.l10n.t('Rong: Register User ({0}/3)', step),
    prompt: `${param.name}${param.required ? '' : vscode.l10n.t(' (optional: Enter skips)')} — ${pick(param.description, locale)}`,
    ignoreFocusOut: true,
    validateInput: (v) => {
      const f = validateParam(param, param.required ? v : v === '' ? undefined : v);
      return f ? { message: formatFinding(f, locale), severity: vscode.InputBoxValidationSeverity.Error } : undefined;
    },
  });
}

/** No profile yet: offer to store one or start the sandbox, then start over. */
async function offerProfile(): Promise<SendCommandResult> {
  const set = vscode.l10n.t('Set Credentials');
  const sandbox = vscode.l10n.t('Start Local Sandbox');
  const choice = await vscode.window.showWarningMessage(
    vscode.l10n.t('No Rong credentials yet. Store your App Key and Secret, or try the local sandbox (no account needed).'),
    set,
    sandbox,
  );
  if (choice === set) {
    const stored = await vscode.commands.executeCommand<{ outcome?: string } | undefined>('rong.setCredentials');
    if (stored?.outcome === 'success') return vscode.commands.executeCommand<SendCommandResult>('rong.registerUser');
  }
  if (choice === sandbox) {
    await vscode.commands.executeCommand('rong.startSandbox');
    return vscode.commands.executeCommand<SendCommandResult>('rong.registerUser');
  }
  return cancelled();
}

/** The three input boxes; undefined when the person cancels one. */
async function askArgs(): Promise<RegisterUserArgs | undefined> {
  const userId = await ask(spec('userId'), 1);
  if (userId === undefined) return undefined;
  const name = await ask(spec('name'), 2);
  if (name === undefined) return undefined;
  const portraitUri = await ask(spec('portraitUri'), 3);
  if (portraitUri === undefined) return undefined;
  return { userId, name, portraitUri: portraitUri || undefined };
}

async function register(s: Services, caller: Caller, args: RegisterUserArgs): Promise<SendCommandResult> {
  const context = { title: vscode.l10n.t('Registering {0} failed', args.userId), profile: args.profile, endpoint: getToken() };
  const profile = args.profile ? s.credentials.get(args.profile) : s.credentials.active();
  if (!profile) {
    return endCommand(s, caller, refused('noProfile', args.profile
      ? vscode.l10n.t('No profile named "{0}"', args.profile)
      : vscode.l10n.t('No Rong credentials yet. Run "Rong: Set Credentials" or "Rong: Start Local Sandbox".')), context);
  }
  const params: Array<[string, string]> = [['userId', args.userId], ['name', args.name]];
  if (args.portraitUri !== undefined) params.push(['portraitUri', args.portraitUri]);
  const findings = validateParams(getToken(), params);
  if (findings.length > 0) return endCommand(s, caller, invalid(findings, findingsText(findings)), context);
  const result = fromSend(await withCancellableProgress(
    vscode.l10n.t('Registering {0} with {1}…', args.userId, profile.name),
    (signal) => s.requests.send({ profile, endpoint: getToken(), params, signal }),
  ));
  if (caller === 'person' && result.outcome === 'success') void presentSuccess(s, result, args);
  return endCommand(s, caller, result, { ...context, profile: profile.name });
}

export function registerRegisterUser(s: Services): vscode.Disposable {
  return vscode.commands.registerCommand('rong.registerUser', async (rawArgs?: unknown): Promise<SendCommandResult> => {
    if (rawArgs !== undefined && !(rawArgs instanceof vscode.Uri)) return register(s, 'automation', parseArgs(rawArgs));
    if (!s.credentials.active()) return offerProfile();
    const args = await askArgs();
    return args ? register(s, 'person', args) : cancelled();
  });
}

async function presentSuccess(s: Services, result: SendCommandResult, args: RegisterUserArgs): Promise<void> {
  if (!result.token) return;
  const copy = vscode.l10n.t('Copy Token');
  const openLog = vscode.l10n.t('Open Log');
  const playground = vscode.l10n.t('Open in Playground');
  const expires = result.expiresAt ? new Date(result.expiresAt).toLocaleString() : '?';
  const choice = await vscode.window.showInformationMessage(
    vscode.l10n.t('Registered {0}. Token: {1} (expires {2})', result.userId ?? args.userId, result.token, expires),
    copy,
    openLog,
    playground,
  );
  if (choice === copy) {
    await vscode.env.clipboard.writeText(result.token);
  } else if (choice === openLog) {
    s.log.show();
  } else if (choice === playground) {
    const params = { userId: args.userId, name: args.name, ...(args.portraitUri ? { portraitUri: args.portraitUri } : {}) };
    await vscode.commands.executeCommand('rong.openPlayground', { endpointId: getToken().id, params });
  }
}
