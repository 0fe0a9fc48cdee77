/**
 * The playground host behind rong.openPlayground and the panel serializer (registered by register.ts,
 * this file loads with the lazily loaded `playground` bundle): one playground panel, revealed when
 * open, restored after a window reload with its form (the webview keeps the form in its state; never a secret).
 */
import * as vscode from 'vscode';
import { invalid, succeeded, type CommandEnding } from '../core/commandResult';
import type { SendResult } from '../core/sendResult';
import { findEndpointById } from '../core/contract';
import { isParseError, MESSAGE_LIMITS, parseFormState, parseFormValues, VIEW_TYPE, type FormState, type FormValues, type HistoryEntry } from './protocol';
import type { Services } from '../services';
import { FORM_STATE_KEY, freshSigningValues, initialForm, PlaygroundPanel, type RecordedMessage } from './panel';

export interface PlaygroundArgs {
  readonly endpointId?: string;
  /** Values by parameter name (a list for a repeated parameter), as the endpoint's contract names them. */
  readonly params?: FormValues;
  readonly profile?: string;
  readonly nonce?: string;
  readonly timestamp?: string;
}

const STRING_ARGS = ['endpointId', 'profile', 'nonce', 'timestamp'] as const;
const ARGS_SHAPE = 'expected { endpointId?, params?: { name: string | string[] }, profile?, nonce?, timestamp? }';

/** Checks the command's argument; returns a problem in plain words, or the arguments. */
export function parsePlaygroundArgs(value: unknown): PlaygroundArgs | string {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) return ARGS_SHAPE;
  const a = value as Record<string, unknown>;
  for (const k of Object.keys(a)) {
    if (!(STRING_ARGS as readonly string[]).includes(k) && k !== 'params') return `unexpected property ${k.slice(0, 40)}; ${ARGS_SHAPE}`;
  }
  for (const k of STRING_ARGS) {
    if (a[k] !== undefined && typeof a[k] !== 'string') return `${k} must be a string when given`;
    if (typeof a[k] === 'string' && (a[k] as string).length > MESSAGE_LIMITS.name) return `${k} is ${(a[k] as string).length} characters; the limit is ${MESSAGE_LIMITS.name}`;
  }
  if (typeof a.endpointId === 'string' && !findEndpointById(a.endpointId)) return `unknown endpointId ${a.endpointId.slice(0, 64)}`;
  let params: FormValues | undefined;
  if (a.params !== undefined) {
    const parsed = parseFormValues(a.params, 'params');
    if (isParseError(parsed)) return parsed.error;
    params = parsed;
  }
  return { ...(a as Omit<PlaygroundArgs, 'params'>), params };
}

/** What integration tests may do with the playground (ExtensionMode.Test only). */
export interface PlaygroundTestApi {
  /** Playground panels alive now. */
  panelCount(): number;
  /** Every message between host and webview so far, as JSON. */
  messages(): readonly RecordedMessage[];
  /** Hands a raw message to the open panel's handler, as if the webview had posted it. */
  receive(raw: unknown): Promise<void>;
  /** Sends the playground started so far. */
  sendCount(): number;
  form(): FormState | undefined;
  history(): readonly HistoryEntry[];
}

export class Playground implements vscode.Disposable {
  private readonly panels = new Set<PlaygroundPanel>();
  private recorded: RecordedMessage[] | undefined;
  private sends = 0;

  constructor(private readonly s: Services, testing: boolean) {
    this.recorded = testing ? [] : undefined;
  }

  private get current(): PlaygroundPanel | undefined {
    let last: PlaygroundPanel | undefined;
    for (const p of this.panels) last = p;
    return last;
  }

  private formFromArgs(args: PlaygroundArgs, base?: FormState): FormState {
    const fixed = args.nonce !== undefined || args.timestamp !== undefined;
    const fresh = freshSigningValues();
    const start = base ?? initialForm(this.s);
    const switched = args.endpointId !== undefined && args.endpointId !== start.endpointId;
    return {
      ...start,
      profile: args.profile ?? start.profile,
      endpointId: args.endpointId ?? start.endpointId,
      // Another endpoint starts empty unless values are given; the same one keeps its own.
      params: args.params ?? (switched ? {} : start.params),
      nonce: args.nonce ?? (fixed || start.locked ? start.nonce : fresh.nonce),
      timestamp: args.timestamp ?? (fixed || start.locked ? start.timestamp : fresh.timestamp),
      locked: fixed || start.locked,
    };
  }

  /** Opens the playground, or reveals it; arguments pre-fill the form. */
  open(args: PlaygroundArgs = {}): void {
    const existing = this.current;
    const given = Object.values(args).some((v) => v !== undefined);
    if (existing) {
      existing.reveal();
      if (given) existing.setForm(this.formFromArgs(args, existing.currentForm));
      return;
    }
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, vscode.l10n.t('Rong Playground'), vscode.ViewColumn.Active, {
      enableScripts: true,
    });
    this.attach(panel, given ? this.formFromArgs(args) : initialForm(this.s));
  }

  /** Opens the playground with a request from a .rong.http file and shows its response there. */
  showResult(args: PlaygroundArgs, result: SendResult): void {
    this.open(args);
    const panel = this.current;
    const profile = args.profile ? this.s.credentials.get(args.profile) : this.s.credentials.active();
    if (panel && profile) panel.showResult(result, panel.currentForm, profile);
  }

  /** Restores a panel after a reload; its state comes from the webview, so it is checked first. */
  restore(panel: vscode.WebviewPanel, state: unknown): void {
    const newest = [state, this.s.context.workspaceState.get<unknown>(FORM_STATE_KEY)]
      .map((c) => {
        const o = c && typeof c === 'object' ? (c as { form?: unknown; savedAt?: unknown }) : {};
        return { form: parseFormState(o.form), savedAt: typeof o.savedAt === 'number' ? o.savedAt : 0 };
      })
      .filter((c): c is { form: FormState; savedAt: number } => !('error' in c.form))
      .sort((a, b) => b.savedAt - a.savedAt)[0];
    let form = newest?.form ?? initialForm(this.s);
    if (!form.locked) form = { ...form, ...freshSigningValues() };
    if (this.current) {
      // One playground: a second restored panel is closed in favour of the first.
      panel.dispose();
      return;
    }
    this.attach(panel, form);
  }

  private attach(panel: vscode.WebviewPanel, form: FormState): void {
    const recorded = this.recorded;
    const p: PlaygroundPanel = new PlaygroundPanel(this.s, panel, form, {
      record: recorded
        ? (m) => {
            recorded.push(m);
            if (recorded.length > 5000) recorded.splice(0, 1000);
          }
        : undefined,
      onDidSend: () => this.sends++,
      onDidDispose: () => this.panels.delete(p),
    });
    this.panels.add(p);
  }

  /** rong.openPlayground's body: an unknown endpoint is an ending like any other; arguments of the wrong shape are a programming error. */
  openCommand(rawArgs?: unknown): CommandEnding {
    const endpointId = (rawArgs as { endpointId?: unknown } | undefined)?.endpointId;
    if (typeof endpointId === 'string' && !findEndpointById(endpointId)) return invalid([], `rong.openPlayground: unknown endpointId ${endpointId.slice(0, 64)}`);
    const parsed = rawArgs instanceof vscode.Uri ? {} : parsePlaygroundArgs(rawArgs);
    if (typeof parsed === 'string') throw new TypeError(`rong.openPlayground: ${parsed}`);
    this.open(parsed);
    return succeeded(vscode.l10n.t('Opened the playground.'), { endpointId: parsed.endpointId });
  }

  /** rong.playground.showResult's body (internal: the .rong.http sender's way to show a response here). */
  showResultCommand(rawArgs: unknown, result: SendResult): void {
    const parsed = parsePlaygroundArgs(rawArgs);
    if (typeof parsed === 'string') throw new Error(`rong.playground.showResult: ${parsed}`);
    this.showResult(parsed, result);
  }

  get testApi(): PlaygroundTestApi {
    return {
      panelCount: () => this.panels.size,
      messages: () => this.recorded ?? [],
      receive: async (raw) => {
        const p = this.current;
        if (!p) throw new Error('no playground panel is open');
        await p.receive(raw);
      },
      sendCount: () => this.sends,
      form: () => this.current?.currentForm,
      history: () => this.current?.entries ?? [],
    };
  }

  dispose(): void {
    for (const p of [...this.panels]) p.dispose();
  }
}
