/**
 * One playground panel: the host side of the webview. It owns the form's truth, signs (the secret
 * never leaves the host), sends through RequestService, keeps this session's history, and checks
 * every message from the webview with parseWebviewMessage before acting on it.
 */
import * as vscode from 'vscode';
import { findEndpointById, GET_TOKEN, type EndpointSpec } from '../core/contract';
import { toLocale } from '../core/contract/errorCatalogue';
import { generateRequestId, toCurl } from '../core/request';
import { checkNonce, checkTimestamp, generateNonce, nonceWarning } from '../core/signing';
import { maskedSigningString } from '../core/secrets';
import { renderSdkSnippet, sdkSnippetIds, type SdkSnippetInput } from '../core/sdkSnippets';
import { HTTP_SNIPPET_IDS, renderSnippet, sdkOfSnippet, SNIPPET_LABELS, snippetIdOfSdk, snippetInputFor, type HttpSnippetId, type SnippetId, type SnippetInput } from '../core/snippets';
import { formatFinding, validateParams } from '../core/validation';
import { hostLabel, hostsFor, type Profile } from '../services/credentials';
import {
  parseWebviewMessage,
  type FormState,
  type HistoryEntry,
  type HostToWebview,
  type Preview,
  type ProfileOption,
  type WebviewToHost,
} from './protocol';
import type { SendResult } from '../core/sendResult';
import type { Services } from '../services';
import { loadRongHttp } from '../services/bundles';
import type { Signed } from '../services/requests';
import { playgroundCatalogue, specsFor } from './catalogue';
import { formAfterSend, keepKnown } from './formModel';
import { formParams, saveInput } from './formRequest';
import { localResourceRoots, playgroundHtml } from './html';
import { toResponseView } from './responseView';
import { webviewStrings } from './strings';

/** Entries of this session's history kept per panel. */
export const MAX_HISTORY = 50;
/** Ignored messages logged per panel (a misbehaving webview must not flood the log). */
const MAX_WARNINGS = 20;
/**
 * workspaceState key of the last form ({ form, savedAt }). The webview's own state is written by VS
 * Code only when it saves the window's state, which a browser reload can outrun; this is written at
 * once. The restore takes the newer of the two. A form never holds a secret.
 */
export const FORM_STATE_KEY = 'rong.playground.form';

export interface RecordedMessage {
  readonly direction: 'toWebview' | 'fromWebview';
  /** JSON of the message as posted or received. */
  readonly text: string;
}

export interface PanelHooks {
  /** Test mode: every message both ways. */
  readonly record?: (message: RecordedMessage) => void;
  readonly onDidSend?: () => void;
  readonly onDidDispose: () => void;
}

export function freshSigningValues(): { nonce: string; timestamp: string } {
  return { nonce: generateNonce(), timestamp: String(Date.now()) };
}

export class PlaygroundPanel implements vscode.Disposable {
  private form: FormState;
  private readonly history: HistoryEntry[] = [];
  private nextId = 1;
  private sending: { readonly id: number; readonly abort: AbortController } | undefined;
  private warnings = 0;
  /** X-Request-ID per previewed nonce, so that a copied cURL equals the preview. */
  private readonly requestIds = new Map<string, string>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private disposed = false;

  constructor(
    private readonly s: Services,
    readonly panel: vscode.WebviewPanel,
    form: FormState,
    private readonly hooks: PanelHooks,
  ) {
    this.form = form;
    this.remember(form);
    const extensionUri = s.context.extensionUri;
    panel.webview.options = { enableScripts: true, localResourceRoots: localResourceRoots(extensionUri) };
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'icon.png');
    panel.webview.html = playgroundHtml(panel.webview, extensionUri, panel.title, this.locale);
    this.subscriptions.push(
      panel.webview.onDidReceiveMessage((raw: unknown) => this.receive(raw)),
      s.credentials.onDidChange(() => this.post({ type: 'profiles', profiles: this.profiles() })),
      s.settings.onDidChange(() => this.post({ type: 'profiles', profiles: this.profiles() })),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  private get locale() {
    return toLocale(vscode.env.language);
  }

  get currentForm(): FormState {
    return this.form;
  }

  get entries(): readonly HistoryEntry[] {
    return this.history;
  }

  reveal(): void {
    this.panel.reveal();
  }

  /** Replaces the form (pre-fill from a command, another endpoint picked) and shows it. */
  setForm(form: FormState): void {
    this.remember(form);
    this.post({ type: 'form', form, specs: this.specs() });
  }

  /** The records the webview needs: the form's endpoint and the history's (it has no others). */
  private specs(): EndpointSpec[] {
    return specsFor(this.form, this.history);
  }

  /** Handles one message from the webview; anything malformed is logged and ignored. */
  async receive(raw: unknown): Promise<void> {
    this.record('fromWebview', raw);
    const message = parseWebviewMessage(raw, findEndpointById);
    if ('error' in message) {
      if (this.warnings++ < MAX_WARNINGS) this.s.log.warn(`playground: ignored a message from the webview (${message.error})`);
      return;
    }
    try {
      await this.handle(message);
    } catch (err) {
      const text = this.s.credentials.redact(err instanceof Error ? err.message : String(err));
      this.s.log.error(`playground: ${message.type} failed: ${text}`);
      this.notice('error', text);
    }
  }

  private async handle(message: WebviewToHost): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.post({
          type: 'init',
          locale: this.locale,
          strings: webviewStrings(this.locale),
          profiles: this.profiles(),
          catalogue: playgroundCatalogue(),
          form: this.form,
          history: this.history,
          sending: this.sending?.id,
          specs: this.specs(),
        });
        return;
      case 'preview':
        this.remember(message.form);
        this.post({ type: 'preview', preview: await this.preview(message.seq, message.form) });
        return;
      case 'regenerate': {
        const fresh = freshSigningValues();
        this.remember({ ...this.form, ...fresh });
        this.post({ type: 'fresh', ...fresh });
        return;
      }
      case 'send':
        await this.send(message.form);
        return;
      case 'cancel':
        this.sending?.abort.abort();
        return;
      case 'pickEndpoint': {
        // The validator let through only an endpoint the contract has; values it also takes (a userId) stay.
        const next = this.endpoint({ ...message.form, endpointId: message.endpointId });
        this.setForm({ ...message.form, endpointId: next.id, params: keepKnown(next, message.form.params) });
        return;
      }
      case 'copyCurl': {
        const signed = await this.sign(message.form);
        if (!signed.request) return this.notice('error', signed.problem ?? '');
        await vscode.env.clipboard.writeText(toCurl(signed.request));
        return this.notice('info', vscode.l10n.t('Copied the cURL command (with the signature, without the App Secret).'));
      }
      case 'copySnippet':
        await vscode.env.clipboard.writeText(this.snippet(message.snippet, message.form));
        return this.notice('info', vscode.l10n.t('Copied the {0} snippet. It reads the App Secret from RONG_APP_SECRET.', SNIPPET_LABELS[message.snippet]));
      case 'copyToken': {
        const token = this.history.find((e) => e.id === message.entryId)?.response?.token;
        if (!token) return this.notice('error', vscode.l10n.t('That history entry has no token.'));
        await vscode.env.clipboard.writeText(token);
        return this.notice('info', vscode.l10n.t('Copied the token.'));
      }
      case 'saveHttp':
        await this.saveHttp(message.form);
        return;
      case 'importCurl': {
        // The palette command does the work; it opens the imported request here and says how it went.
        const curl = await vscode.env.clipboard.readText();
        const result = await vscode.commands.executeCommand<{ outcome: string; message: string } | undefined>('rong.importCurl', { curl, target: 'playground' });
        if (result) this.notice(result.outcome === 'imported' ? 'info' : 'error', result.message);
        return;
      }
      case 'openDocs':
        // The validator let through only a docs page the contract names for this endpoint.
        await vscode.env.openExternal(vscode.Uri.parse(message.url, true));
        return;
      default: {
        const never: never = message;
        throw new Error(`unhandled message ${String(never)}`);
      }
    }
  }

  private profiles(): ProfileOption[] {
    const active = this.s.credentials.active()?.name;
    return this.s.credentials.list().map((p) => ({
      name: p.name,
      appKey: p.appKey,
      host: hostLabel(hostsFor(p, this.s.settings.current)),
      active: p.name === active,
    }));
  }

  private endpoint(form: FormState): EndpointSpec {
    const endpoint = findEndpointById(form.endpointId);
    if (!endpoint) throw new Error(vscode.l10n.t('Unknown endpoint "{0}"', form.endpointId.slice(0, 64)));
    return endpoint;
  }

  private profile(form: FormState): Profile | undefined {
    return form.profile ? this.s.credentials.get(form.profile) : undefined;
  }

  private requestIdFor(nonce: string): string {
    let id = this.requestIds.get(nonce);
    if (!id) {
      id = generateRequestId();
      if (this.requestIds.size >= 32) this.requestIds.delete(this.requestIds.keys().next().value as string);
      this.requestIds.set(nonce, id);
    }
    return id;
  }

  /** The signed request for the form's nonce and timestamp (through RequestService.sign), or why there is none. */
  private async sign(form: FormState): Promise<Signed> {
    const endpoint = this.endpoint(form);
    const nonceProblem = checkNonce(form.nonce);
    const timestampProblem = checkTimestamp(form.timestamp);
    if (nonceProblem || timestampProblem) return { problem: [nonceProblem, timestampProblem].filter(Boolean).join('; ') };
    const profile = this.profile(form);
    if (!profile) {
      return { problem: form.profile ? vscode.l10n.t('No profile named "{0}"', form.profile) : vscode.l10n.t('Choose a profile first.') };
    }
    return this.s.requests.sign({
      profile,
      endpoint,
      params: formParams(endpoint, form),
      nonce: form.nonce,
      timestamp: form.timestamp,
      requestId: this.requestIdFor(form.nonce),
    });
  }

  /** What the snippets are made from: the raw-HTTP ones take the request as the wire codec encodes it, the SDK ones the form's pairs. */
  private snippetInput(form: FormState): { readonly http: SnippetInput; readonly sdk: SdkSnippetInput } {
    const endpoint = this.endpoint(form);
    const profile = this.profile(form);
    const hosts = hostsFor(profile, this.s.settings.current);
    const base = 'error' in hosts ? 'https://api.rong-api.com' : hosts.primary;
    const backup = 'error' in hosts ? undefined : hosts.backup;
    const appKey = profile?.appKey ?? 'your-app-key';
    const params = formParams(endpoint, form);
    return { http: snippetInputFor(endpoint, base, appKey, params), sdk: { endpoint, host: base, backup, appKey, params } };
  }

  /** The snippets this endpoint has: the raw-HTTP ones, then one per SDK that implements it. */
  private snippetIds(endpoint: EndpointSpec): SnippetId[] {
    return [...HTTP_SNIPPET_IDS, ...sdkSnippetIds(endpoint).map(snippetIdOfSdk)];
  }

  private renderSnippetFor(id: SnippetId, input: { readonly http: SnippetInput; readonly sdk: SdkSnippetInput }): string {
    const sdk = sdkOfSnippet(id);
    if (!sdk) return renderSnippet(id as HttpSnippetId, input.http);
    return renderSdkSnippet(sdk, input.sdk) ?? vscode.l10n.t('The {0} does not implement {1}.', SNIPPET_LABELS[id], input.sdk.endpoint.path);
  }

  private snippet(id: SnippetId, form: FormState): string {
    return this.renderSnippetFor(id, this.snippetInput(form));
  }

  private async preview(seq: number, form: FormState): Promise<Preview> {
    const signed = await this.sign(form);
    const input = this.snippetInput(form);
    const r = signed.request;
    return {
      seq,
      profile: form.profile,
      nonce: form.nonce,
      timestamp: form.timestamp,
      signingString: maskedSigningString(form.nonce, form.timestamp),
      signature: r?.signing.signature,
      nonceProblem: checkNonce(form.nonce),
      nonceWarning: nonceWarning(form.nonce),
      timestampProblem: checkTimestamp(form.timestamp),
      problem: signed.problem,
      request: r ? { method: r.method, url: r.url, headers: r.headers, body: r.body } : undefined,
      curl: r ? toCurl(r) : undefined,
      snippets: this.snippetIds(input.sdk.endpoint).map((id) => ({ id, label: SNIPPET_LABELS[id], code: this.renderSnippetFor(id, input) })),
    };
  }

  private async send(form: FormState): Promise<void> {
    if (this.sending) return this.notice('error', vscode.l10n.t('A request is being sent; cancel it or wait for its answer.'));
    const endpoint = this.endpoint(form);
    const profile = this.profile(form);
    if (!profile) return this.notice('error', vscode.l10n.t('Choose a profile first.'));
    const params = formParams(endpoint, form);
    const findings = validateParams(endpoint, params);
    if (findings.length > 0) return this.notice('error', findings.map((f) => formatFinding(f, this.locale)).join('; '));
    if (form.locked) {
      const problem = checkNonce(form.nonce) ?? checkTimestamp(form.timestamp);
      if (problem) return this.notice('error', problem);
    }
    const id = this.nextId++;
    const abort = new AbortController();
    this.sending = { id, abort };
    this.remember(form);
    const at = Date.now();
    const host = hostLabel(hostsFor(profile, this.s.settings.current));
    this.post({ type: 'sending', id });
    this.hooks.onDidSend?.();
    let entry: HistoryEntry;
    try {
      const result = await this.s.requests.send({
        profile,
        endpoint,
        params,
        nonce: form.locked ? form.nonce : undefined,
        timestamp: form.locked ? form.timestamp : undefined,
        signal: abort.signal,
      });
      entry = this.entryFor(id, at, host, form, result, profile);
    } catch (err) {
      entry = { id, at, host, form, error: this.s.credentials.redact(err instanceof Error ? err.message : String(err)) };
    } finally {
      this.sending = undefined;
    }
    if (this.disposed) return;
    this.addEntry(entry);
    const after = formAfterSend(this.form, entry);
    if (after !== this.form) {
      this.remember(after);
      this.post({ type: 'fresh', nonce: after.nonce, timestamp: after.timestamp });
    }
  }

  /** Shows a send made elsewhere (a .rong.http file) as the newest history entry. */
  showResult(result: SendResult, form: FormState, profile: Profile): void {
    this.addEntry(this.entryFor(this.nextId++, Date.now(), hostLabel(hostsFor(profile, this.s.settings.current)), form, result, profile));
  }

  /** A history entry for a result; its form shows the nonce and timestamp actually used. */
  private entryFor(id: number, at: number, host: string, form: FormState, result: SendResult, profile: Profile): HistoryEntry {
    const response = toResponseView(result, profile.name, (t) => this.s.credentials.redact(t));
    return { id, at, host, form: { ...form, nonce: response.nonce ?? form.nonce, timestamp: response.timestamp ?? form.timestamp }, response };
  }

  private addEntry(entry: HistoryEntry): void {
    this.history.unshift(entry);
    this.history.splice(MAX_HISTORY);
    this.post({ type: 'result', entry, specs: this.specs() });
  }

  /**
   * Keeps the form, and writes it to workspaceState for the restore after a reload. The webview
   * debounces its previews, so this runs a few times a second at most while a person types.
   */
  private remember(form: FormState): void {
    this.form = form;
    void Promise.resolve(this.s.context.workspaceState.update(FORM_STATE_KEY, { form, savedAt: Date.now() })).catch(() => undefined);
  }

  private async saveHttp(form: FormState): Promise<void> {
    const endpoint = this.endpoint(form);
    if (form.locked) {
      const problem = checkNonce(form.nonce) ?? checkTimestamp(form.timestamp);
      if (problem) return this.notice('error', problem);
    }
    const content = loadRongHttp().requestToText(saveInput(endpoint, form)); // the one .rong.http writer
    let doc: vscode.TextDocument;
    try {
      doc = await vscode.workspace.openTextDocument({ language: 'rong-http', content });
    } catch {
      // The .rong.http language may not be registered in this build: plain text keeps the content.
      doc = await vscode.workspace.openTextDocument({ content });
    }
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  }

  private notice(level: 'info' | 'error', text: string): void {
    this.post({ type: 'notice', level, text });
  }

  private post(message: HostToWebview): void {
    if (this.disposed) return;
    this.record('toWebview', message);
    void this.panel.webview.postMessage(message);
  }

  private record(direction: RecordedMessage['direction'], message: unknown): void {
    if (!this.hooks.record) return;
    let text: string;
    try {
      text = JSON.stringify(message) ?? String(message);
    } catch {
      text = String(message);
    }
    this.hooks.record({ direction, text });
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.sending?.abort.abort();
    for (const d of this.subscriptions) d.dispose();
    this.panel.dispose();
    this.hooks.onDidDispose();
  }
}

/** The form a new panel starts with. */
export function initialForm(s: Services, prefill?: Partial<FormState>): FormState {
  const locked = prefill?.locked ?? false;
  const fresh = freshSigningValues();
  return {
    profile: prefill?.profile ?? s.credentials.active()?.name ?? '',
    endpointId: prefill?.endpointId && findEndpointById(prefill.endpointId) ? prefill.endpointId : GET_TOKEN.id,
    params: prefill?.params ?? {},
    nonce: prefill?.nonce ?? fresh.nonce,
    timestamp: prefill?.timestamp ?? fresh.timestamp,
    locked,
  };
}
