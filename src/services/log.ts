/** The "Rong" log: one line per request and every failure's cause; never a secret, no full token. */
import * as vscode from 'vscode';
import { maskToken } from '../core/secrets';
import type { SendResult } from '../core/sendResult';

export class RongLog implements vscode.Disposable {
  readonly channel: vscode.LogOutputChannel;
  /** The lines written, kept only when tests ask (ExtensionMode.Test), to check what a log says. */
  readonly recent: string[] | undefined;

  constructor(private readonly redact: (text: string) => string, keepLines = false) {
    this.channel = vscode.window.createOutputChannel('Rong', { log: true });
    this.recent = keepLines ? [] : undefined;
  }

  info(message: string): void {
    this.channel.info(this.keep(this.redact(message)));
  }

  warn(message: string): void {
    this.channel.warn(this.keep(this.redact(message)));
  }

  error(message: string): void {
    this.channel.error(this.keep(this.redact(message)));
  }

  trace(message: string): void {
    this.channel.trace(this.keep(this.redact(message)));
  }

  private keep(line: string): string {
    if (this.recent) {
      this.recent.push(line);
      if (this.recent.length > 2000) this.recent.splice(0, 1000);
    }
    return line;
  }

  /** method URL → HTTP status, code, attempts, ms; then the cause of a failure. */
  request(result: SendResult): void {
    const r = result.request;
    const parts = [
      `${r.method} ${r.url}`,
      `→ HTTP ${result.httpStatus ?? '-'}`,
      `code ${result.code ?? '-'}`,
      `${result.attempts.length} attempt${result.attempts.length === 1 ? '' : 's'}`,
      `${Math.round(result.totalMs)} ms`,
    ];
    if (result.token) parts.push(`token ${maskToken(result.token)}`);
    const line = parts.join(' · ');
    if (result.outcome === 'success') this.info(line);
    else this.warn(`${line} · ${result.outcome}: ${result.message}`);
    if (result.attempts.length > 1) {
      for (const [i, a] of result.attempts.entries()) {
        this.info(`  attempt ${i + 1}: ${a.url} → ${a.status ?? a.error?.kind ?? '-'}${a.error ? ` (${a.error.message})` : ''} ${Math.round(a.ms)} ms`);
      }
    }
  }

  show(): void {
    this.channel.show(true);
  }

  dispose(): void {
    this.channel.dispose();
  }
}
