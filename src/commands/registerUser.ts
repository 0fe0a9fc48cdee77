/**
 * rong.registerUser: User ID → Name → Portrait URI, validated as the user types, then
 * POST /user/getToken.json with cancellable progress. With `{ userId, name, portraitUri? }` it runs
 * without prompts and returns the client's result object.
 */
import * as vscode from 'vscode';
import { GET_TOKEN, type ParamSpec } from '../core/contract';
import { toLocale } from '../core/contract/errorCatalogue';
import type { SendResult } from '../core/sendResult';
import { formatFinding, validateParam, validateParams } from '../core/validation';
import { failureSummary, nextStep } from '../views/outcomeText';
import type { Services } from '../services';

export interface RegisterUserArgs {
  readonly userId: string;
  readonly name: string;
  readonly portraitUri?: string;
  /** Profile to use instead of the active one. */
  readonly profile?: string;
}

function parseArgs(value: unknown): RegisterUserArgs | string {
  if (!value || typeof value !== 'object') return 'expected { userId, name, portraitUri?, profile? }';
  const a = value as Record<string, unknown>;
  for (const k of ['userId', 'name'] as const) if (typeof a[k] !== 'string') return `${k} must be a string`;
  for (const k of ['portraitUri', 'profile'] as const) if (a[k] !== undefined && typeof a[k] !== 'string') return `${k} must be a string when given`;
  return a as unknown as RegisterUserArgs;
}

const spec = (name: string): ParamSpec => GET_TOKEN.params.find((p) => p.name === name)!;

async function ask(param: ParamSpec, step: number, value?: string): Promise<string | undefined> {
  const locale = toLocale(vscode.env.language);
  return vscode.window.showInputBox({
    title: vscode.l10n.t('Rong: Register User ({0}/3)', step),
    prompt: `${param.name}${param.required ? '' : vscode.l10n.t(' (optional: Enter skips)')} — ${locale === 'zh-cn' ? param.description.zh : param.description.en}`,
    value,
    ignoreFocusOut: true,
    validateInput: (v) => {
      const f = validateParam(param, param.required ? v : v === '' ? undefined : v);
      return f ? { message: formatFinding(f, locale), severity: vscode.InputBoxValidationSeverity.Error } : undefined;
    },
  });
}

export function registerRegisterUser(s: Services): vscode.Disposable {
  return vscode.commands.registerCommand('rong.registerUser', async (rawArgs?: unknown): Promise<SendResult | undefined> => {
    const automated = rawArgs !== undefined && !(rawArgs instanceof vscode.Uri);
    let args: RegisterUserArgs;
    if (automated) {
      const parsed = parseArgs(rawArgs);
      if (typeof parsed === 'string') throw new Error(`rong.registerUser: ${parsed}`);
      args = parsed;
    } else {
      if (!s.credentials.active()) {
        const set = vscode.l10n.t('Set Credentials');
        const sandbox = vscode.l10n.t('Start Local Sandbox');
        const choice = await vscode.window.showWarningMessage(
          vscode.l10n.t('No Rong credentials yet. Store your App Key and Secret, or try the local sandbox (no account needed).'),
          set,
          sandbox,
        );
        if (choice === set && (await vscode.commands.executeCommand('rong.setCredentials'))) {
          return vscode.commands.executeCommand('rong.registerUser');
        }
        if (choice === sandbox) {
          await vscode.commands.executeCommand('rong.startSandbox');
          return vscode.commands.executeCommand('rong.registerUser');
        }
        return undefined;
      }
      const userId = await ask(spec('userId'), 1);
      if (userId === undefined) return undefined;
      const name = await ask(spec('name'), 2);
      if (name === undefined) return undefined;
      const portraitUri = await ask(spec('portraitUri'), 3);
      if (portraitUri === undefined) return undefined;
      args = { userId, name, portraitUri: portraitUri || undefined };
    }

    const profile = args.profile ? s.credentials.get(args.profile) : s.credentials.active();
    if (!profile) {
      throw new Error(args.profile
        ? vscode.l10n.t('No profile named "{0}"', args.profile)
        : vscode.l10n.t('No Rong credentials yet. Run "Rong: Set Credentials" or "Rong: Start Local Sandbox".'));
    }
    const params: Array<[string, string]> = [['userId', args.userId], ['name', args.name]];
    if (args.portraitUri !== undefined) params.push(['portraitUri', args.portraitUri]);
    const findings = validateParams(GET_TOKEN, params);
    if (findings.length > 0) {
      const locale = toLocale(vscode.env.language);
      const message = findings.map((f) => formatFinding(f, locale)).join('; ');
      if (automated) throw new Error(message);
      void vscode.window.showErrorMessage(message);
      return undefined;
    }

    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Registering {0} with {1}…', args.userId, profile.name), cancellable: true },
      (_progress, token) => {
        const abort = new AbortController();
        token.onCancellationRequested(() => abort.abort());
        return s.requests.send({ profile, endpoint: GET_TOKEN, params, signal: abort.signal });
      },
    ).then(undefined, (err: unknown) => {
      if (automated) throw err;
      void vscode.window.showErrorMessage(s.credentials.redact(err instanceof Error ? err.message : String(err)));
      return undefined;
    });
    if (!result) return undefined;
    if (!automated) void presentResult(s, result, profile.name, args);
    return result;
  });
}

async function presentResult(s: Services, result: SendResult, profileName: string, args: RegisterUserArgs): Promise<void> {
  if (result.outcome === 'cancelled') return;
  const openLog = vscode.l10n.t('Open Log');
  if (result.outcome === 'success' && result.token) {
    const copy = vscode.l10n.t('Copy Token');
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
      await vscode.commands.executeCommand('rong.openPlayground', { endpointId: GET_TOKEN.id, params: { userId: args.userId, name: args.name, portraitUri: args.portraitUri ?? '' } });
    }
    return;
  }
  const choice = await vscode.window.showErrorMessage(
    `${vscode.l10n.t('Registering {0} failed', args.userId)}: ${failureSummary(result)}. ${nextStep(result, profileName)}`,
    openLog,
  );
  if (choice === openLog) s.log.show();
}
