/**
 * The playground's commands and panel serializer, registered at activation; their bodies live in the
 * lazily loaded `playground` bundle (playground.ts, panel.ts, html.ts, responseView.ts), which loads
 * on the first open, the first response shown there, or the first panel restored after a reload.
 */
import * as vscode from 'vscode';
import type { CommandEnding } from '../core/commandResult';
import type { SendResult } from '../core/sendResult';
import type { Services } from '../services';
import { loadPlaygroundModule } from '../services/entryBundles';
import type { Playground, PlaygroundTestApi } from './playground';
import { VIEW_TYPE } from './protocol';

export function registerPlayground(s: Services, testing: boolean): { disposables: vscode.Disposable[]; testApi: PlaygroundTestApi } {
  let loaded: Playground | undefined;
  // One playground per window, created when first needed; until then there is nothing to show or dispose.
  const playground = (): Playground => (loaded ??= new (loadPlaygroundModule().Playground)(s, testing));
  const disposables = [
    { dispose: () => loaded?.dispose() },
    vscode.commands.registerCommand('rong.openPlayground', (rawArgs?: unknown): CommandEnding => playground().openCommand(rawArgs)),
    // Internal (not in the palette): the .rong.http sender's way to show a response here.
    vscode.commands.registerCommand('rong.playground.showResult', (rawArgs: unknown, result: SendResult) => playground().showResultCommand(rawArgs, result)),
    vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
      deserializeWebviewPanel: async (panel, state) => playground().restore(panel, state),
    }),
  ];
  const testApi: PlaygroundTestApi = {
    panelCount: () => loaded?.testApi.panelCount() ?? 0,
    messages: () => loaded?.testApi.messages() ?? [],
    receive: (raw) => playground().testApi.receive(raw),
    sendCount: () => loaded?.testApi.sendCount() ?? 0,
    form: () => loaded?.testApi.form(),
    history: () => loaded?.testApi.history() ?? [],
  };
  return { disposables, testApi };
}
