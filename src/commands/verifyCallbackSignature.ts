/**
 * rong.verifyCallbackSignature: a pasted callback URL (or its query) checked against the stored App
 * Secret of the active profile (or `profile`), by core/callbackSignature.ts; the verdict is shown with
 * the expected signature, the signing string with the secret masked, the timestamp's distance from
 * now and what to check, and the receiver snippets can be copied from the same list. With
 * `{ url, profile? }` it runs without prompts and returns a CommandResult. Loaded from the `commands` bundle.
 */
import * as vscode from 'vscode';
import { CALLBACK_PARAMS, CALLBACK_WINDOW_MS, LEGACY_CALLBACK_PARAMS, verifyCallback } from '../core/callbackSignature';
import { receiverSnippets, type ReceiverSnippet } from '../core/callbackSnippets';
import { invalid, refused, succeeded, type CommandResult } from '../core/commandResult';
import type { Services } from '../services';

/** What the pasted signature says about the stored secret. */
export type CallbackCheck = 'matches' | 'differs' | 'stale' | 'badTimestamp';

export interface CallbackVerification {
  readonly profile?: string;
  readonly check?: CallbackCheck;
  readonly expected?: string;
  /** The signing string, App Secret masked. */
  readonly signingString?: string;
  /** now − signTimestamp, in ms (positive: signed in the past). */
  readonly skewMs?: number;
}

export type VerifyCallbackResult = CommandResult<CallbackVerification>;

/** Rong's own code for a signature it refuses (the error catalogue's 1004), kept for a callback that fails the same way. */
const SIGNATURE_ERROR = 1004;
/** The error catalogue's "parameter error", for a query that lacks one of the three. */
const PARAMETER_ERROR = 1002;
const MAX_INPUT = 8192;

interface VerifyArgs {
  readonly url: string;
  readonly profile?: string;
}

function parseArgs(value: unknown): VerifyArgs | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected { url: string, profile?: string }';
  const a = value as Record<string, unknown>;
  for (const k of Object.keys(a)) if (k !== 'url' && k !== 'profile') return `unexpected property ${k.slice(0, 40)}`;
  if (typeof a.url !== 'string') return 'url must be a string';
  if (a.profile !== undefined && typeof a.profile !== 'string') return 'profile must be a string';
  return { url: a.url, ...(a.profile !== undefined ? { profile: a.profile } : {}) };
}

function queryOf(text: string): URLSearchParams {
  const t = text.trim();
  return new URLSearchParams((t.includes('?') ? t.slice(t.indexOf('?') + 1) : t).split('#')[0]);
}

/** The signature parameters the pasted text lacks, in the spelling it uses (the current one when it shows neither). */
export function missingCallbackParams(text: string): string[] {
  const q = queryOf(text);
  const legacy = Object.values(LEGACY_CALLBACK_PARAMS).some((n) => q.has(n)) && !Object.values(CALLBACK_PARAMS).some((n) => q.has(n));
  return Object.values(legacy ? LEGACY_CALLBACK_PARAMS : CALLBACK_PARAMS).filter((n) => !q.get(n));
}

function inputProblem(text: string): string | undefined {
  if (text.length > MAX_INPUT) return vscode.l10n.t('Too long: a callback URL is at most {0} characters here.', MAX_INPUT);
  const missing = missingCallbackParams(text);
  return missing.length ? vscode.l10n.t('Missing from the query: {0} (a Rong callback carries {1}, {2} and {3}).', missing.join(', '), CALLBACK_PARAMS.nonce, CALLBACK_PARAMS.timestamp, CALLBACK_PARAMS.signature) : undefined;
}

function checkOf(text: string, v: ReturnType<typeof verifyCallback>): CallbackCheck {
  if (v.ok) return 'matches';
  if (v.skewMs === undefined) return 'badTimestamp';
  const q = queryOf(text);
  const given = (q.get(CALLBACK_PARAMS.signature) ?? q.get(LEGACY_CALLBACK_PARAMS.signature) ?? '').toLowerCase();
  return given === v.expected ? 'stale' : 'differs';
}

function distance(skewMs: number): string {
  const s = Math.round(Math.abs(skewMs) / 1000);
  return skewMs >= 0 ? vscode.l10n.t('{0} s ago', s) : vscode.l10n.t('{0} s in the future', s);
}

function verdictMessage(check: CallbackCheck, profile: string, skewMs: number | undefined): string {
  switch (check) {
    case 'matches':
      return vscode.l10n.t('The callback signature matches the App Secret of profile "{0}".', profile);
    case 'differs':
      return vscode.l10n.t('The callback signature does NOT match the App Secret of profile "{0}".', profile);
    case 'stale':
      return vscode.l10n.t('The callback signature matches profile "{0}", but it was signed {1}: a receiver refuses it beyond ±{2} s.', profile, distance(skewMs ?? 0), CALLBACK_WINDOW_MS / 1000);
    case 'badTimestamp':
      return vscode.l10n.t('The callback cannot be checked: {0} is not a number of milliseconds.', CALLBACK_PARAMS.timestamp);
    default: {
      const never: never = check;
      return never;
    }
  }
}

/** What a person should look at when the verdict is not a match. */
function hints(check: CallbackCheck): string[] {
  switch (check) {
    case 'matches':
      return [];
    case 'differs':
      return [
        vscode.l10n.t('Is the profile the app that sent the callback? Its App Secret signs callbacks, not the App Key.'),
        vscode.l10n.t('Was the URL pasted whole? The nonce, {0} and signature must be exactly as received.', CALLBACK_PARAMS.timestamp),
        vscode.l10n.t('Does the receiver hash App Secret + nonce + {0} (in that order, no separators) with SHA-1, in lowercase hex?', CALLBACK_PARAMS.timestamp),
      ];
    case 'stale':
      return [
        vscode.l10n.t('{0} is in milliseconds; an old or replayed callback is refused by a receiver with a time window.', CALLBACK_PARAMS.timestamp),
        vscode.l10n.t("Is the receiver's clock right? The window is ±{0} s.", CALLBACK_WINDOW_MS / 1000),
      ];
    case 'badTimestamp':
      return [vscode.l10n.t('{0} must be digits only (milliseconds since 1970).', CALLBACK_PARAMS.timestamp)];
    default: {
      const never: never = check;
      return never;
    }
  }
}

export async function verifyCallbackSignature(s: Services, args: VerifyArgs, now = Date.now()): Promise<VerifyCallbackResult> {
  const problem = inputProblem(args.url);
  if (problem) {
    const missing = missingCallbackParams(args.url);
    return invalid(missing.map((field) => ({ field, code: PARAMETER_ERROR, rule: 'missing' as const, message: `${PARAMETER_ERROR} · ${field} is missing` })), problem);
  }
  const profile = args.profile !== undefined ? s.credentials.get(args.profile) : s.credentials.active();
  if (!profile) return refused('noProfile', args.profile !== undefined ? vscode.l10n.t('No profile named "{0}"', args.profile) : vscode.l10n.t('No profile: set credentials first.'));
  const secret = await s.credentials.secret(profile.name);
  if (!secret) return refused('noSecret', vscode.l10n.t('Profile "{0}" has no App Secret stored, so the callback was not checked.', profile.name));
  const v = verifyCallback(args.url, secret, now);
  const check = checkOf(args.url, v);
  const message = verdictMessage(check, profile.name, v.skewMs);
  const data: CallbackVerification = { profile: profile.name, check, expected: v.expected, signingString: v.signingString, skewMs: v.skewMs };
  if (v.ok) return succeeded(message, data);
  return { outcome: 'invalid', code: SIGNATURE_ERROR, findings: [], message, ...data };
}

type ViewItem = vscode.QuickPickItem & { readonly copy?: string; readonly snippet?: ReceiverSnippet; readonly playground?: boolean };

/** The verdict as a list: each value can be copied, and each language's receiver code. */
async function show(result: VerifyCallbackResult, url: string): Promise<void> {
  const ok = result.outcome === 'success';
  const items: ViewItem[] = [{ label: `${ok ? '$(pass)' : '$(error)'} ${result.message}` }];
  if (result.expected) items.push({ label: vscode.l10n.t('Expected signature'), description: result.expected, copy: result.expected });
  if (result.signingString) items.push({ label: vscode.l10n.t('Signing string (App Secret masked)'), description: result.signingString });
  if (result.skewMs !== undefined) items.push({ label: vscode.l10n.t('Signed'), description: distance(result.skewMs) });
  // A callback is signed as a request is (SHA-1 of secret + nonce + timestamp): the playground's signing view shows it the same way.
  if (result.expected && result.profile) items.push({ label: `$(open-preview) ${vscode.l10n.t('Show in the playground\'s signing view')}`, description: result.profile, playground: true });
  const todo = result.check ? hints(result.check) : [];
  if (todo.length) items.push({ label: vscode.l10n.t('What to check'), kind: vscode.QuickPickItemKind.Separator }, ...todo.map((h) => ({ label: `$(info) ${h}` })));
  items.push({ label: vscode.l10n.t('Copy receiver code'), kind: vscode.QuickPickItemKind.Separator });
  for (const snippet of receiverSnippets()) items.push({ label: `$(copy) ${snippet.label}`, snippet });
  const chosen = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Rong: Verify Callback Signature'), placeHolder: result.message, matchOnDescription: true });
  if (chosen?.playground) {
    const q = queryOf(url);
    const nonce = q.get(CALLBACK_PARAMS.nonce) ?? q.get(LEGACY_CALLBACK_PARAMS.nonce) ?? '';
    const timestamp = q.get(CALLBACK_PARAMS.timestamp) ?? q.get(LEGACY_CALLBACK_PARAMS.timestamp) ?? '';
    await vscode.commands.executeCommand('rong.openPlayground', { profile: result.profile, nonce, timestamp });
  } else if (chosen?.copy) {
    await vscode.env.clipboard.writeText(chosen.copy);
    void vscode.window.setStatusBarMessage(vscode.l10n.t('Signature copied'), 3000);
  } else if (chosen?.snippet) {
    await vscode.env.clipboard.writeText(chosen.snippet.code);
    const doc = await vscode.workspace.openTextDocument({ language: chosen.snippet.languageId, content: chosen.snippet.code });
    await vscode.window.showTextDocument(doc, { preview: true });
    void vscode.window.setStatusBarMessage(vscode.l10n.t('Receiver code copied ({0})', chosen.snippet.label), 3000);
  }
}

async function ask(): Promise<string | undefined> {
  const clip = (await vscode.env.clipboard.readText()).trim();
  return vscode.window.showInputBox({
    title: vscode.l10n.t('Rong: Verify Callback Signature'),
    prompt: vscode.l10n.t('Paste a callback URL, or its query, as your server received it'),
    value: clip.length <= MAX_INPUT && missingCallbackParams(clip).length === 0 ? clip : '',
    ignoreFocusOut: true,
    validateInput: (v) => {
      const p = inputProblem(v);
      return p ? { message: p, severity: vscode.InputBoxValidationSeverity.Error } : undefined;
    },
  });
}

/** The command's body; registered in extension.ts, loaded from the `commands` bundle on its first run. */
export async function runVerifyCallbackSignature(s: Services, rawArgs?: unknown): Promise<VerifyCallbackResult> {
  if (rawArgs !== undefined) {
    const parsed = parseArgs(rawArgs);
    if (typeof parsed === 'string') throw new TypeError(`rong.verifyCallbackSignature: ${parsed}`);
    return verifyCallbackSignature(s, parsed);
  }
  const url = await ask();
  if (url === undefined) return { outcome: 'cancelled', findings: [], message: '' };
  const result = await verifyCallbackSignature(s, { url });
  if (result.outcome === 'refused') void vscode.window.showErrorMessage(result.message);
  else await show(result, url);
  return result;
}
