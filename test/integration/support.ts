/** Helpers of the integration suites (they run inside the real extension host). */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { RongTestApi } from '../../src/extension';

export const EXTENSION_ID = 'rong-playground.rong-playground';

export async function activateExtension(): Promise<RongTestApi> {
  const ext = vscode.extensions.getExtension<RongTestApi | undefined>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
  const api = await ext.activate();
  assert.ok(api, 'the extension returns its test API in ExtensionMode.Test');
  return api;
}

/** Everything globalState and workspaceState hold, as one string to search. */
export function allState(api: RongTestApi): string {
  const dump = (m: vscode.Memento) => JSON.stringify(m.keys().map((k) => [k, m.get(k)]));
  return dump(api.globalState) + dump(api.workspaceState);
}

export function uniqueUserId(prefix = 'u'): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Polls `probe` until it returns something truthy; fails naming `what` after `ms`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
