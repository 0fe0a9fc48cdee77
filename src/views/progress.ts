/** The one cancellable progress notification: a person's Cancel aborts the signal the work gets. */
import * as vscode from 'vscode';

export type ProgressReport = (done: number, total: number) => void;

export function withCancellableProgress<T>(title: string, work: (signal: AbortSignal, report: ProgressReport) => Promise<T>): Promise<T> {
  return Promise.resolve(vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title, cancellable: true },
    (progress, token) => {
      const abort = new AbortController();
      const listener = token.onCancellationRequested(() => abort.abort());
      const report: ProgressReport = (done, total) => progress.report({ increment: 100 / total, message: `${done}/${total}` });
      return work(abort.signal, report).finally(() => listener.dispose());
    },
  ));
}
