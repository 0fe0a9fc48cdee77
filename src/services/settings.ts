/** The one typed accessor for the `rong.*` settings; follows changes. */
import * as vscode from 'vscode';
import { DEFAULT_REGION, isRegionId, type RegionId } from '../core/contract/regions';
import { baseCatalogue, mergeCatalogue, type ErrorCatalogue } from '../core/contract/errorCatalogue';

export type ResponseView = 'editor' | 'playground';

export interface RongSettings {
  readonly region: RegionId;
  /** Overrides the region when not empty (private deployments). */
  readonly baseUrl: string;
  readonly timeoutMs: number;
  readonly retries: number;
  /** rong.proxy, else VS Code's http.proxy; undefined lets the client read the environment. */
  readonly proxy: string | undefined;
  /** rong.errorCatalogue: whose meanings codes get, and how the embedded sandbox behaves. */
  readonly catalogueBase: 'contract' | 'realService';
  /** The base catalogue (rong.errorCatalogue) merged with rong.errorCodes. */
  readonly catalogue: ErrorCatalogue;
  /** Why entries of rong.errorCodes were ignored. */
  readonly catalogueProblems: readonly string[];
  readonly responseView: ResponseView;
  readonly sandboxAutoStart: boolean;
  /** rong.sandbox.callbacks: where the embedded sandbox POSTs Rong's callbacks (the sandbox checks each URL). */
  readonly sandboxCallbacks: SandboxCallbackUrls;
}

export interface SandboxCallbackUrls {
  readonly routing?: string;
  readonly status?: string;
  readonly audit?: string;
}

const clamp = (value: unknown, min: number, max: number, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;

export function readSettings(): RongSettings {
  const c = vscode.workspace.getConfiguration('rong');
  const region = c.get<string>('region');
  const catalogueBase = c.get<string>('errorCatalogue') === 'realService' ? 'realService' : 'contract';
  const base = baseCatalogue(catalogueBase);
  const merged = mergeCatalogue(base, c.get('errorCodes'));
  const proxy = (c.get<string>('proxy') ?? '').trim() || (vscode.workspace.getConfiguration('http').get<string>('proxy') ?? '').trim();
  return {
    region: isRegionId(region) ? region : DEFAULT_REGION,
    baseUrl: (c.get<string>('baseUrl') ?? '').trim(),
    timeoutMs: clamp(c.get('timeoutSeconds'), 1, 300, 10) * 1000,
    retries: Math.round(clamp(c.get('retries'), 0, 10, 2)),
    proxy: proxy || undefined,
    catalogueBase,
    catalogue: merged.catalogue,
    catalogueProblems: merged.problems,
    responseView: c.get<string>('responseView') === 'playground' ? 'playground' : 'editor',
    sandboxAutoStart: c.get<boolean>('sandbox.autoStart') === true,
    sandboxCallbacks: callbackUrls(c.get('sandbox.callbacks')),
  };
}

/** The non-empty string URLs of the setting (routing, status, audit); anything else is left out. */
function callbackUrls(raw: unknown): SandboxCallbackUrls {
  const o = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const urls: Record<string, string> = {};
  for (const kind of ['routing', 'status', 'audit']) if (typeof o[kind] === 'string' && (o[kind] as string).trim() !== '') urls[kind] = (o[kind] as string).trim();
  return urls;
}

export class Settings implements vscode.Disposable {
  private value = readSettings();
  private readonly emitter = new vscode.EventEmitter<RongSettings>();
  readonly onDidChange = this.emitter.event;
  private readonly listener = vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('rong') || e.affectsConfiguration('http.proxy')) {
      this.value = readSettings();
      this.emitter.fire(this.value);
    }
  });

  get current(): RongSettings {
    return this.value;
  }

  dispose(): void {
    this.listener.dispose();
    this.emitter.dispose();
  }
}
