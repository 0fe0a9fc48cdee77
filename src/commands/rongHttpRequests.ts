/**
 * Sending from .rong.http files: rong.sendRequest (the request at the cursor or the one a lens
 * names), rong.sendAllRequests (bounded concurrency, ≤ 200/s, with a summary), rong.copyAsCurl,
 * rong.copySignature, rong.openRequestInPlayground, rong.newRequestFile and rong.storeSecretFromFile.
 */
import * as vscode from 'vscode';
import { DEFAULT_BATCH_CONCURRENCY, runBatch } from '../core/batch';
import type { EndpointSpec } from '../core/contract';
import { ENDPOINTS } from '../core/contract';
import { buildRequest, toCurl } from '../core/request';
import { decodeFormComponent } from '../core/form';
import type { Range } from '../core/rongHttp';
import { loadRongHttp } from '../services/bundles';
import type { SendResult } from '../core/sendResult';
import { hostsFor, type Profile } from '../services/credentials';
import { LANGUAGE_ID, toRange } from '../language/convert';
import type { RongDiagnostics } from '../language/diagnostics';
import type { RongHttpDocuments } from '../language/documents';
import { failureSummary } from '../views/outcomeText';
import type { SendRequestInput } from '../services/requests';
import type { ResponseView } from '../views/responseEditor';
import type { Services } from '../services';
import { valuesFromPairs } from '../playground/formModel';
import type { PlaygroundArgs } from '../playground/playground';

export interface LanguageServices {
  readonly documents: RongHttpDocuments;
  readonly diagnostics: RongDiagnostics;
  readonly responses: ResponseView;
}

interface Target {
  readonly document: vscode.TextDocument;
  readonly blockIndex: number;
}

interface Prepared extends Omit<SendRequestInput, 'signal'> {
  readonly title: string;
  readonly endpoint: EndpointSpec;
  readonly blockIndex: number;
}

/** The request a command acts on: (uri, block index) from a lens, else the block at the cursor. */
async function targetOf(uriArg: unknown, indexArg: unknown): Promise<Target | string> {
  let document: vscode.TextDocument | undefined;
  let blockIndex: number | undefined;
  if (uriArg instanceof vscode.Uri || typeof uriArg === 'string') {
    const uri = typeof uriArg === 'string' ? vscode.Uri.parse(uriArg, true) : uriArg;
    document = await vscode.workspace.openTextDocument(uri);
    if (typeof indexArg === 'number' && Number.isInteger(indexArg)) blockIndex = indexArg;
  } else {
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.languageId === LANGUAGE_ID) document = editor.document;
  }
  if (!document || document.languageId !== LANGUAGE_ID) return vscode.l10n.t('Open a .rong.http file and put the cursor in a request.');
  return { document, blockIndex: blockIndex ?? -1 };
}

function prepare(s: Services, lang: LanguageServices, target: Target): Prepared | string {
  const { document: doc } = lang.documents.get(target.document);
  let index = target.blockIndex;
  if (index < 0) {
    const line = vscode.window.activeTextEditor?.document === target.document ? vscode.window.activeTextEditor.selection.active.line : 0;
    index = loadRongHttp().blockIndexAt(doc, line);
  }
  const block = doc.blocks[index];
  if (!block?.request) return vscode.l10n.t('There is no request here: a request starts with a line like "POST /user/getToken.json".');
  const resolved = loadRongHttp().resolveRequest(doc, index);
  if (!resolved) return vscode.l10n.t('There is no request here: a request starts with a line like "POST /user/getToken.json".');
  const line = block.request.range.startLine + 1;
  if (resolved.method !== 'POST') return vscode.l10n.t('Line {0}: {1} is not supported; the Rong Server API takes POST.', line, resolved.method);
  const endpoint = resolved.endpoint;
  if (!endpoint) {
    return vscode.l10n.t('Line {0}: unknown endpoint {1}. Known: {2}.', line, resolved.path, ENDPOINTS.map((e) => e.path).join(', '));
  }
  // An undefined variable is left to the diagnostics' Send Anyway (sent as written, as REST Client does).
  const problem = resolved.problems.find((p) => !p.sendable);
  if (problem) return vscode.l10n.t('Line {0}: {1}', problem.range ? problem.range.startLine + 1 : line, problem.message);
  const profile: Profile | undefined = resolved.profile ? s.credentials.get(resolved.profile) : s.credentials.active();
  if (!profile) {
    return resolved.profile
      ? vscode.l10n.t('No profile named "{0}" (from # @profile). Run "Rong: Set Credentials".', resolved.profile)
      : vscode.l10n.t('No Rong credentials yet. Run "Rong: Set Credentials" or "Rong: Start Local Sandbox".');
  }
  // The core names the host (full URL, Host header, @host); only a request that names none uses the profile's.
  const baseUrl = resolved.baseUrl;
  if (!baseUrl && /^https?:\/\//i.test(resolved.target)) return vscode.l10n.t('Line {0}: "{1}" is not a valid URL.', line, resolved.target);
  const title = resolved.name ?? `${endpoint.path} (line ${line})`;
  return {
    title,
    profile,
    endpoint,
    params: resolved.params,
    extraHeaders: resolved.headers,
    nonce: resolved.fixedNonce,
    timestamp: resolved.fixedTimestamp,
    baseUrl,
    blockIndex: index,
  };
}

function errorsIn(lang: LanguageServices, target: Target, blockIndex: number): string[] {
  const { document: doc, diagnostics } = lang.documents.get(target.document);
  const b = doc.blocks[blockIndex];
  return diagnostics
    .filter((d) => d.severity === 'error' && d.range.startLine >= b.startLine && d.range.startLine <= b.endLine)
    .map((d) => `${d.range.startLine + 1}: ${d.message}`);
}

export function registerRongHttpCommands(s: Services, lang: LanguageServices): vscode.Disposable[] {
  const sendOne = async (uriArg?: unknown, indexArg?: unknown, via?: unknown): Promise<SendResult | undefined> => {
    const automated = isAutomated(indexArg, via);
    const target = await targetOf(uriArg, indexArg);
    if (typeof target === 'string') return fail(target, automated);
    const prepared = prepare(s, lang, target);
    if (typeof prepared === 'string') return fail(prepared, automated);
    const blockIndex = prepared.blockIndex;
    const errors = errorsIn(lang, target, blockIndex);
    if (errors.length > 0 && !automated) {
      const anyway = vscode.l10n.t('Send Anyway');
      const choice = await vscode.window.showWarningMessage(
        vscode.l10n.t('This request has {0} problem(s): {1}', errors.length, errors.slice(0, 3).join('; ')),
        anyway,
      );
      if (choice !== anyway) return undefined;
    }
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Sending {0}…', prepared.title), cancellable: true },
      (_p, token) => {
        const abort = new AbortController();
        token.onCancellationRequested(() => abort.abort());
        return s.requests.send(sendInput(prepared, abort.signal));
      },
    ).then(undefined, (err: unknown) => fail(s.credentials.redact(err instanceof Error ? err.message : String(err)), automated));
    if (!result) return undefined;
    if (result.outcome !== 'cancelled') lang.diagnostics.markResponse(target.document, blockIndex, result.code, result.meaning);
    if (s.settings.current.responseView === 'playground') {
      await vscode.commands.executeCommand('rong.playground.showResult', playgroundArgs(prepared), result);
    } else {
      await lang.responses.show(result, prepared.title);
    }
    if (!automated && result.outcome !== 'success' && result.outcome !== 'cancelled') {
      void vscode.window.showWarningMessage(`${prepared.title}: ${failureSummary(result)}`);
    }
    return result;
  };

  const sendAll = async (uriArg?: unknown, options?: { concurrency?: number }) => {
    const target = await targetOf(uriArg, undefined);
    if (typeof target === 'string') return fail(target, false);
    const { document: doc } = lang.documents.get(target.document);
    const indexes = loadRongHttp().requestBlockIndexes(doc);
    if (indexes.length === 0) return fail(vscode.l10n.t('This file has no requests.'), false);
    const started = performance.now();
    const outcomes = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Sending {0} requests…', indexes.length), cancellable: true },
      (progress, token) => {
        const abort = new AbortController();
        token.onCancellationRequested(() => abort.abort());
        return runBatch(indexes, async (blockIndex) => {
          const prepared = prepare(s, lang, { document: target.document, blockIndex });
          if (typeof prepared === 'string') return { blockIndex, error: prepared };
          const result = await s.requests.send(sendInput(prepared, abort.signal));
          lang.diagnostics.markResponse(target.document, blockIndex, result.code, result.meaning);
          return { blockIndex, title: prepared.title, result };
        }, {
          concurrency: options?.concurrency ?? DEFAULT_BATCH_CONCURRENCY,
          signal: abort.signal,
          onProgress: (done, total) => progress.report({ increment: 100 / total, message: `${done}/${total}` }),
        });
      },
    );
    const rows = outcomes.map((o) => o.result ?? { blockIndex: indexes[o.index], error: o.skipped ? 'cancelled' : String(o.error) });
    const succeeded = rows.filter((r) => 'result' in r && r.result?.outcome === 'success').length;
    const codes = new Map<string, number>();
    for (const r of rows) {
      const key = 'result' in r && r.result ? (r.result.outcome === 'success' ? '' : String(r.result.code ?? r.result.httpStatus ?? r.result.outcome)) : 'not sent';
      if (key) codes.set(key, (codes.get(key) ?? 0) + 1);
    }
    const summary = {
      sent: rows.length,
      succeeded,
      failed: rows.length - succeeded,
      byCode: Object.fromEntries(codes),
      totalMs: Math.round(performance.now() - started),
      requests: rows.map((r) => ('result' in r && r.result
        ? { line: doc.blocks[r.blockIndex].startLine + 1, request: r.title, outcome: r.result.outcome, httpStatus: r.result.httpStatus, code: r.result.code, meaning: r.result.meaning, userId: r.result.userId, ms: Math.round(r.result.totalMs) }
        : { line: doc.blocks[r.blockIndex].startLine + 1, notSent: (r as { error?: string }).error })),
    };
    await lang.responses.show(summary, `${target.document.uri.path.split('/').pop()}-summary`);
    const byCode = [...codes].map(([k, n]) => `${k} ×${n}`).join(', ');
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Sent {0} requests: {1} succeeded, {2} failed{3}.', rows.length, succeeded, rows.length - succeeded, byCode ? ` (${byCode})` : ''),
    );
    return summary;
  };

  return [
    vscode.commands.registerCommand('rong.sendRequest', sendOne),
    vscode.commands.registerCommand('rong.sendAllRequests', sendAll),
    vscode.commands.registerCommand('rong.copyAsCurl', async (uriArg?: unknown, indexArg?: unknown, via?: unknown) => {
      const automated = isAutomated(indexArg, via);
      const target = await targetOf(uriArg, indexArg);
      if (typeof target === 'string') return fail(target, automated);
      const prepared = prepare(s, lang, target);
      if (typeof prepared === 'string') return fail(prepared, automated);
      const creds = await s.credentials.credentials(prepared.profile);
      if (!creds) return fail(vscode.l10n.t('Profile "{0}" has no App Secret stored. Run "Rong: Set Credentials".', prepared.profile.name), automated);
      const hosts = prepared.baseUrl ? { primary: prepared.baseUrl } : hostsFor(prepared.profile, s.settings.current);
      if ('error' in hosts) return fail(hosts.error, automated);
      const curl = toCurl(buildRequest({
        endpoint: prepared.endpoint, params: prepared.params, baseUrl: hosts.primary, credentials: creds,
        nonce: prepared.nonce, timestamp: prepared.timestamp, extraHeaders: prepared.extraHeaders,
      }));
      await vscode.env.clipboard.writeText(curl);
      void vscode.window.showInformationMessage(vscode.l10n.t('Copied the request as cURL (signed for its nonce and timestamp; the secret is not in it).'));
      return curl;
    }),
    vscode.commands.registerCommand('rong.copySignature', async (signature?: unknown) => {
      if (typeof signature !== 'string' || !/^[0-9a-f]{40}$/.test(signature)) return;
      await vscode.env.clipboard.writeText(signature);
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Signature copied'), 3000);
    }),
    vscode.commands.registerCommand('rong.openRequestInPlayground', async (uriArg?: unknown, indexArg?: unknown) => {
      const target = await targetOf(uriArg, indexArg);
      if (typeof target === 'string') return fail(target, false);
      const prepared = prepare(s, lang, target);
      if (typeof prepared === 'string') return fail(prepared, false);
      return vscode.commands.executeCommand('rong.openPlayground', playgroundArgs(prepared));
    }),
    vscode.commands.registerCommand('rong.newRequestFile', async () => {
      const doc = await vscode.workspace.openTextDocument({
        language: LANGUAGE_ID,
        content: '# Signed with the active profile: no secret goes into this file.\n\n### Register a user\nPOST /user/getToken.json\n\nuserId=jlk456j5&name=Ironman\n',
      });
      return vscode.window.showTextDocument(doc);
    }),
    vscode.commands.registerCommand('rong.storeSecretFromFile', (args?: unknown) => storeSecretFromFile(s, args)),
  ];
}

function sendInput(p: Prepared, signal: AbortSignal): SendRequestInput {
  return { profile: p.profile, endpoint: p.endpoint, params: p.params, nonce: p.nonce, timestamp: p.timestamp, extraHeaders: p.extraHeaders, baseUrl: p.baseUrl, signal };
}

function playgroundArgs(p: Prepared): PlaygroundArgs {
  return { endpointId: p.endpoint.id, params: valuesFromPairs(p.endpoint, p.params), profile: p.profile.name, nonce: p.nonce, timestamp: p.timestamp };
}

/**
 * A call from code — `(uri, blockIndex)` — gets errors thrown and no prompts. A lens adds 'lens';
 * menus pass `(uri, context)` and the keybinding nothing: those are a person, who gets messages.
 */
function isAutomated(indexArg: unknown, via: unknown): boolean {
  return typeof indexArg === 'number' && via !== 'lens';
}

function fail(message: string, automated: boolean): undefined {
  if (automated) throw new Error(message);
  void vscode.window.showErrorMessage(message);
  return undefined;
}

/** The "move the secret to the credential store" fix: store first, then remove the literal. */
async function storeSecretFromFile(s: Services, args: unknown): Promise<boolean> {
  const a = args as { uri?: unknown; version?: unknown; range?: Range; edits?: Array<{ range: Range; newText: string }> } | undefined;
  if (!a || typeof a.uri !== 'string' || !a.range || !Array.isArray(a.edits)) return false;
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(a.uri, true));
  if (document.version !== a.version) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The file changed; run the quick fix again.'));
    return false;
  }
  const written = document.getText(toRange(a.range)).trim();
  // Not form-encoded: keep it as written.
  const secret = decodeFormComponent(written) ?? written;
  if (!secret) return false;
  const newProfile = vscode.l10n.t('New profile…');
  const pick = await vscode.window.showQuickPick([...s.credentials.list().map((p) => ({ label: p.name, description: p.appKey })), { label: newProfile, description: '' }], {
    title: vscode.l10n.t('Keep this App Secret in the credential store of profile…'),
  });
  if (!pick) return false;
  let profile = s.credentials.get(pick.label);
  if (!profile || pick.label === newProfile) {
    const appKey = await vscode.window.showInputBox({ title: vscode.l10n.t('App Key for this App Secret'), ignoreFocusOut: true });
    if (!appKey) return false;
    const name = await vscode.window.showInputBox({ title: vscode.l10n.t('Profile name'), value: 'default', ignoreFocusOut: true });
    if (!name) return false;
    profile = { name: name.trim(), appKey: appKey.trim() };
  }
  await s.credentials.save(profile, secret, false);
  const edit = new vscode.WorkspaceEdit();
  for (const e of a.edits) edit.replace(document.uri, toRange(e.range), e.newText);
  await vscode.workspace.applyEdit(edit);
  void vscode.window.showInformationMessage(vscode.l10n.t('The App Secret is now in the credential store of profile "{0}" and no longer in the file.', profile.name));
  return true;
}
