/**
 * Responses of .rong.http requests in a read-only side editor: the JSON body with status, the code's
 * meaning, timing and attempts. Documents live under the `rong-response:` scheme, in memory only.
 */
import * as vscode from 'vscode';
import type { SendResult } from '../core/sendResult';

export const RESPONSE_SCHEME = 'rong-response';

/** What is shown: everything a person needs to read the answer, nothing secret (the request holds none). */
export function responseDocument(result: SendResult, title: string): Record<string, unknown> {
  let body: unknown = result.body?.text;
  if (result.body?.parsed.kind === 'json') body = result.body.parsed.json;
  return {
    request: title,
    outcome: result.outcome,
    message: result.message,
    httpStatus: result.httpStatus,
    code: result.code,
    meaning: result.meaning,
    meaningSource: result.meaningSource,
    ...(result.token ? { token: result.token, expiresAt: result.expiresAt ? new Date(result.expiresAt).toISOString() : undefined } : {}),
    ...(result.likelyRegisteredEarlier ? { likelyRegisteredEarlier: true } : {}),
    totalMs: Math.round(result.totalMs),
    attempts: result.attempts.map((a) => ({
      host: a.host,
      status: a.status,
      code: a.code,
      error: a.error?.message,
      ms: Math.round(a.ms),
      waitedMs: Math.round(a.waitedMs),
    })),
    body,
    responseHeaders: result.responseHeaders,
    sent: { method: result.request.method, url: result.request.url, headers: Object.fromEntries(result.request.headers), body: result.request.body },
  };
}

export class ResponseView implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly contents = new Map<string, string>();
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(RESPONSE_SCHEME, this);
  private counter = 0;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }

  /**
   * Opens the response beside the editor, in the preview tab. Every response gets its own URI: an
   * updated document under an old URI would be read stale until VS Code asks for it again.
   */
  async show(result: SendResult | Record<string, unknown>, title: string): Promise<vscode.TextEditor> {
    const slug = title.replace(/[^\w.-]+/g, '-').slice(0, 60) || 'response';
    const uri = vscode.Uri.from({ scheme: RESPONSE_SCHEME, path: `/${slug}-${++this.counter}.json` });
    const value = 'outcome' in result && 'attempts' in result ? responseDocument(result as SendResult, title) : result;
    this.contents.set(uri.toString(), `${JSON.stringify(value, null, 2)}\n`);
    if (this.contents.size > 50) this.contents.delete(this.contents.keys().next().value!);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.languages.setTextDocumentLanguage(doc, 'json');
    return vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
  }

  dispose(): void {
    this.registration.dispose();
  }
}
