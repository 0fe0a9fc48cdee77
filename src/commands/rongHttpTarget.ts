/**
 * What the .rong.http commands share: the request a command acts on (a lens's `(uri, blockIndex)`,
 * else the block at the cursor), resolved to what the request service sends, or the ending that
 * says why it cannot be.
 */
import { valuesFromPairs } from '../playground/formValues';
import * as vscode from 'vscode';
import { invalid, refused, type CommandEnding } from '../core/commandResult';
import type { EndpointSpec } from '../core/contract';
import { loadContract } from '../services/bundles';
import type { RongDiagnostics } from '../language/diagnostics';
import type { RongHttpDocuments } from '../language/documents';
import type { AssertionMarks } from '../language/assertionMarks';
import type { DocumentExchanges } from '../language/exchanges';
import { LANGUAGE_ID } from '../language/convert';
import { loadRongHttp } from '../services/bundles';
import type { Profile } from '../services/credentials';
import type { SendRequestInput } from '../services/requests';
import type { Services } from '../services';
import type { ResponseView } from '../views/responseEditor';
import type { Caller } from '../views/commandEnding';

export interface LanguageServices {
  readonly documents: RongHttpDocuments;
  readonly diagnostics: RongDiagnostics;
  readonly responses: ResponseView;
  /** The latest exchange of each named request, per document: what `{{name.response…}}` reads. */
  readonly exchanges: DocumentExchanges;
  /** ✓/✗ and the actual value after each `??` line of the latest send. */
  readonly assertions: AssertionMarks;
}

export interface Target {
  readonly document: vscode.TextDocument;
  readonly blockIndex: number;
}

export interface Prepared extends Omit<SendRequestInput, 'signal'> {
  readonly title: string;
  readonly endpoint: EndpointSpec;
  readonly blockIndex: number;
}

/**
 * A call from code — `(uri, blockIndex)` — gets a result and no prompts. A lens adds 'lens';
 * menus pass `(uri, context)` and the keybinding nothing: those are a person, who gets messages.
 */
export function callerOf(indexArg: unknown, via: unknown): Caller {
  return typeof indexArg === 'number' && via !== 'lens' ? 'automation' : 'person';
}

/** The (uri, blockIndex) arguments: a programming error when of the wrong type. */
export function checkTargetArgs(command: string, uriArg: unknown, indexArg: unknown): void {
  const uriOk = uriArg === undefined || uriArg instanceof vscode.Uri || typeof uriArg === 'string';
  const indexOk = indexArg === undefined || typeof indexArg === 'number' || (typeof indexArg === 'object' && indexArg !== null);
  if (!uriOk || !indexOk) throw new TypeError(`${command} expects (uri?: Uri | string, blockIndex?: number)`);
}

const notARequest = () => vscode.l10n.t('There is no request here: a request starts with a line like "POST /user/getToken.json".');

/** The request a command acts on: (uri, block index) from a lens, else the block at the cursor. */
export async function targetOf(uriArg: unknown, indexArg: unknown): Promise<Target | CommandEnding> {
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
  if (!document || document.languageId !== LANGUAGE_ID) return invalid([], vscode.l10n.t('Open a .rong.http file and put the cursor in a request.'));
  return { document, blockIndex: blockIndex ?? -1 };
}

export function isEnding(value: object): value is CommandEnding {
  return 'outcome' in value && 'findings' in value;
}

export function blockIndexOf(lang: LanguageServices, target: Target): number {
  if (target.blockIndex >= 0) return target.blockIndex;
  const { document: doc } = lang.documents.get(target.document);
  const editor = vscode.window.activeTextEditor;
  const line = editor?.document === target.document ? editor.selection.active.line : 0;
  return loadRongHttp().blockIndexAt(doc, line);
}

function profileFor(s: Services, named: string | undefined): Profile | CommandEnding {
  const profile = named ? s.credentials.get(named) : s.credentials.active();
  if (profile) return profile;
  return refused('noProfile', named
    ? vscode.l10n.t('No profile named "{0}" (from # @profile). Run "Rong: Set Credentials".', named)
    : vscode.l10n.t('No Rong credentials yet. Run "Rong: Set Credentials" or "Rong: Start Local Sandbox".'));
}

export function prepare(s: Services, lang: LanguageServices, target: Target): Prepared | CommandEnding {
  const { document: doc } = lang.documents.get(target.document);
  const index = blockIndexOf(lang, target);
  const block = doc.blocks[index];
  const resolved = block?.request ? loadRongHttp().resolveRequest(doc, index, { exchanges: lang.exchanges.storeFor(target.document.uri) }) : undefined;
  if (!block?.request || !resolved) return invalid([], notARequest());
  const line = block.request.range.startLine + 1;
  // A `# @callback` request goes to the user's own server, signed in the query (core/rongHttp/callback.ts).
  const endpoint = resolved.endpoint ?? resolved.callback?.endpoint;
  if (!endpoint) return invalid([], vscode.l10n.t('Line {0}: unknown endpoint {1}. Known: {2}.', line, resolved.path, loadContract().ENDPOINTS.map((e) => e.path).join(', ')));
  // The endpoint's own method (REST-style /v2 paths take GET, PUT or DELETE too); the path's methods are named.
  if (resolved.method !== endpoint.method) {
    const methods = [...new Set(loadContract().ENDPOINTS.filter((e) => e.path === endpoint.path).map((e) => e.method))].join(', ');
    return invalid([], vscode.l10n.t('Line {0}: {1} takes {2}, not {3}.', line, endpoint.path, methods, resolved.method));
  }
  // An undefined variable is left to the diagnostics' Send Anyway (sent as written, as REST Client does).
  const problem = resolved.problems.find((p) => !p.sendable);
  if (problem) return invalid([], vscode.l10n.t('Line {0}: {1}', problem.range ? problem.range.startLine + 1 : line, problem.message));
  const profile = profileFor(s, resolved.profile);
  if (isEnding(profile)) return profile;
  // The core names the host (full URL, Host header, @host); only a request that names none uses the profile's.
  const baseUrl = resolved.baseUrl;
  if (!baseUrl && /^https?:\/\//i.test(resolved.target)) return invalid([], vscode.l10n.t('Line {0}: "{1}" is not a valid URL.', line, resolved.target));
  return {
    title: resolved.name ?? `${endpoint.path} (line ${line})`,
    profile,
    endpoint,
    params: resolved.params,
    extraHeaders: resolved.headers,
    nonce: resolved.fixedNonce,
    timestamp: resolved.fixedTimestamp,
    baseUrl,
    blockIndex: index,
    callback: resolved.callback,
  };
}

/** The target resolved, or the ending that says why not. */
export async function preparedAt(s: Services, lang: LanguageServices, uriArg: unknown, indexArg: unknown): Promise<{ target: Target; prepared: Prepared } | CommandEnding> {
  const target = await targetOf(uriArg, indexArg);
  if (isEnding(target)) return target;
  const prepared = prepare(s, lang, target);
  return isEnding(prepared) ? prepared : { target, prepared };
}

/** Error diagnostics inside the block, as "line: message" (what a person is warned about). */
export function errorsIn(lang: LanguageServices, target: Target, blockIndex: number): string[] {
  const { document: doc, diagnostics } = lang.documents.get(target.document);
  const b = doc.blocks[blockIndex];
  return diagnostics
    .filter((d) => d.severity === 'error' && d.range.startLine >= b.startLine && d.range.startLine <= b.endLine)
    .map((d) => `${d.range.startLine + 1}: ${d.message}`);
}

export function sendInput(p: Prepared, signal: AbortSignal): SendRequestInput {
  return { profile: p.profile, endpoint: p.endpoint, params: p.params, nonce: p.nonce, timestamp: p.timestamp, extraHeaders: p.extraHeaders, baseUrl: p.baseUrl, signal, callback: p.callback };
}

/** The playground's arguments for a request: its endpoint, its values (repeated keys as lists), profile and fixed signing values. */
export function playgroundArgs(p: Prepared): { endpointId: string; params: Record<string, string | string[]>; profile: string; nonce?: string; timestamp?: string } {
  return { endpointId: p.endpoint.id, params: valuesFromPairs(p.endpoint, p.params), profile: p.profile.name, nonce: p.nonce, timestamp: p.timestamp };
}
