/**
 * rong.importCurl: a pasted cURL command (the provider docs' examples, a log line) opened in the
 * playground with its Nonce and Timestamp kept, or as an untitled `.rong.http` request, and a word
 * on whether its Signature matches the stored secret of the profile with its App-Key. With
 * `{ curl, target? }` it runs without prompts and returns an ImportCurlResult.
 */
import * as vscode from 'vscode';
import { parseCurl, MAX_CURL_CHARS, type ImportedCurl } from '../core/curlImport';
import { validateParams, type Finding } from '../core/validation';
import { valuesFromPairs } from '../playground/formValues';
import { loadRongHttp } from '../services/bundles';
import type { Profile } from '../services/credentials';
import type { Services } from '../services';

export type ImportTarget = 'playground' | 'rongHttp';

/** What the Signature of the command says about the stored secret. */
export type SignatureCheck = 'matches' | 'differs' | 'noSignature' | 'noSigningValues' | 'noAppKey' | 'noProfile' | 'noSecret';

export interface ImportCurlResult {
  readonly outcome: 'imported' | 'invalid' | 'cancelled';
  /** What happened, in the UI language (the problem when invalid). */
  readonly message: string;
  readonly target?: ImportTarget;
  readonly endpointId?: string;
  readonly profile?: string;
  readonly signature?: SignatureCheck;
  /** The imported values' findings against the contract (shown at their fields in the playground). */
  readonly findings: readonly Finding[];
  /** The first finding's code, as every automation result carries it. */
  readonly code?: number;
}

interface ImportArgs {
  readonly curl: string;
  readonly target: ImportTarget;
}

function parseArgs(value: unknown): ImportArgs | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return "expected { curl: string, target?: 'playground' | 'rongHttp' }";
  const a = value as Record<string, unknown>;
  for (const k of Object.keys(a)) if (k !== 'curl' && k !== 'target') return `unexpected property ${k.slice(0, 40)}`;
  if (typeof a.curl !== 'string') return 'curl must be a string';
  if (a.target !== undefined && a.target !== 'playground' && a.target !== 'rongHttp') return "target must be 'playground' or 'rongHttp'";
  return { curl: a.curl, target: (a.target as ImportTarget | undefined) ?? 'playground' };
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}

/** The profile the command was made for: its App-Key, preferring the same host, then the active one. */
function matchingProfile(s: Services, r: ImportedCurl): Profile | undefined {
  const candidates = s.credentials.list().filter((p) => p.appKey === r.appKey);
  const host = hostOf(r.baseUrl);
  return candidates.find((p) => p.baseUrl !== undefined && hostOf(p.baseUrl) === host) ?? candidates.find((p) => p.name === s.credentials.active()?.name) ?? candidates[0];
}

async function checkSignature(s: Services, r: ImportedCurl, profile: Profile | undefined): Promise<SignatureCheck> {
  if (r.signature === undefined) return 'noSignature';
  if (r.nonce === undefined || r.timestamp === undefined) return 'noSigningValues';
  if (r.appKey === undefined) return 'noAppKey';
  if (!profile) return 'noProfile';
  // The one signing path: the stored secret signs the given nonce and timestamp; only the signature comes back.
  const signed = await s.requests.sign({ profile, endpoint: r.endpoint, params: r.params, nonce: r.nonce, timestamp: r.timestamp });
  if (!signed.request) return 'noSecret';
  return signed.request.signing.signature === r.signature.toLowerCase() ? 'matches' : 'differs';
}

function verdict(check: SignatureCheck, r: ImportedCurl, profile: Profile | undefined): string {
  const name = profile?.name ?? '';
  switch (check) {
    case 'matches':
      return vscode.l10n.t('its Signature matches the stored App Secret of profile "{0}"', name);
    case 'differs':
      return vscode.l10n.t('its Signature does NOT match the stored App Secret of profile "{0}"', name);
    case 'noSignature':
      return vscode.l10n.t('it has no Signature header to check');
    case 'noSigningValues':
      return vscode.l10n.t('it has no Nonce or no Timestamp, so its Signature cannot be checked');
    case 'noAppKey':
      return vscode.l10n.t('it has no App-Key header, so its Signature was not checked');
    case 'noProfile':
      return vscode.l10n.t('no profile has App Key {0}, so its Signature was not checked', r.appKey ?? '');
    case 'noSecret':
      return vscode.l10n.t('profile "{0}" has no App Secret stored, so its Signature was not checked', name);
    default: {
      const never: never = check;
      return never;
    }
  }
}

async function openImported(r: ImportedCurl, target: ImportTarget, profile: Profile | undefined, comment: string): Promise<void> {
  if (target === 'playground') {
    await vscode.commands.executeCommand('rong.openPlayground', {
      endpointId: r.endpoint.id,
      params: valuesFromPairs(r.endpoint, r.params),
      ...(profile ? { profile: profile.name } : {}),
      ...(r.nonce !== undefined ? { nonce: r.nonce } : {}),
      ...(r.timestamp !== undefined ? { timestamp: r.timestamp } : {}),
    });
    return;
  }
  // Without a matching profile the request keeps the command's own host.
  const content = loadRongHttp().requestToText({ endpoint: r.endpoint, params: r.params, nonce: r.nonce, timestamp: r.timestamp, profile: profile?.name, baseUrl: profile ? undefined : r.baseUrl, comment });
  let doc: vscode.TextDocument;
  try {
    doc = await vscode.workspace.openTextDocument({ language: 'rong-http', content });
  } catch {
    doc = await vscode.workspace.openTextDocument({ content });
  }
  await vscode.window.showTextDocument(doc, { preview: false });
}

export async function importCurl(s: Services, args: ImportArgs): Promise<ImportCurlResult> {
  const parsed = parseCurl(args.curl);
  if (!parsed.ok) return { outcome: 'invalid', message: vscode.l10n.t('Cannot import this cURL command: {0}', parsed.problem), findings: [] };
  const r = parsed.request;
  const profile = r.appKey !== undefined ? matchingProfile(s, r) : undefined;
  const signature = await checkSignature(s, r, profile);
  const findings = validateParams(r.endpoint, r.params);
  const message = vscode.l10n.t('Imported {0}: {1}.', r.endpoint.path, verdict(signature, r, profile));
  await openImported(r, args.target, profile, message);
  return { outcome: 'imported', message, target: args.target, endpointId: r.endpoint.id, profile: profile?.name, signature, findings, code: findings[0]?.code };
}

/** The prompts of the palette command: the command (from the clipboard when it holds one), then where. */
async function ask(): Promise<ImportArgs | undefined> {
  const clip = (await vscode.env.clipboard.readText()).trim();
  const curl = await vscode.window.showInputBox({
    title: vscode.l10n.t('Rong: Import cURL'),
    prompt: vscode.l10n.t('Paste a cURL command, as the provider docs or a log write it'),
    value: clip.startsWith('curl') && clip.length <= MAX_CURL_CHARS ? clip : '',
    ignoreFocusOut: true,
    validateInput: (v) => {
      const p = parseCurl(v);
      return p.ok ? undefined : { message: p.problem, severity: vscode.InputBoxValidationSeverity.Error };
    },
  });
  if (curl === undefined) return undefined;
  const items: Array<vscode.QuickPickItem & { target: ImportTarget }> = [
    { label: vscode.l10n.t('Open in the Playground'), target: 'playground' },
    { label: vscode.l10n.t('Open as a .rong.http request'), target: 'rongHttp' },
  ];
  const chosen = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Rong: Import cURL') });
  return chosen ? { curl, target: chosen.target } : undefined;
}

/** The command's body; registered in extension.ts, loaded from the `commands` bundle on its first run. */
export async function runImportCurl(s: Services, rawArgs?: unknown): Promise<ImportCurlResult | undefined> {
  if (rawArgs !== undefined && !(rawArgs instanceof vscode.Uri)) {
    const parsed = parseArgs(rawArgs);
    if (typeof parsed === 'string') throw new Error(`rong.importCurl: ${parsed}`);
    return importCurl(s, parsed);
  }
  const args = await ask();
  if (!args) return { outcome: 'cancelled', message: '', findings: [] };
  const result = await importCurl(s, args);
  if (result.outcome === 'invalid') void vscode.window.showErrorMessage(result.message);
  else if (result.signature === 'differs') void vscode.window.showWarningMessage(result.message);
  else void vscode.window.showInformationMessage(result.message);
  return result;
}
