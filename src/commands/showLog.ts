/** rong.showLog: the Rong output channel (requests, outcomes, timings; never a secret). */
import * as vscode from 'vscode';
import { succeeded, type CommandResult } from '../core/commandResult';
import type { Services } from '../services';

export function registerShowLog(s: Services): vscode.Disposable {
  return vscode.commands.registerCommand('rong.showLog', (): CommandResult => {
    s.log.show();
    return succeeded('log shown', {});
  });
}
