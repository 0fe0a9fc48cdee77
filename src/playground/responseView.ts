/** A SendResult as the playground shows it: plain data for the webview, bounded, never a secret. */
import type { SendResult } from '../core/sendResult';
import { failureSummary, nextStep, sourceLabel } from '../views/outcomeText';
import type { ResponseView } from './protocol';

/** Response bodies are shown up to this many characters (a getToken answer is well under 1 KB). */
export const MAX_SHOWN_BODY = 64 * 1024;

const header = (headers: ReadonlyArray<readonly [string, string]>, name: string) =>
  headers.find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];

export function toResponseView(result: SendResult, profileName: string, redact: (text: string) => string): ResponseView {
  const ok = result.outcome === 'success';
  const bodyText = result.body?.text;
  const sent = result.request.headers;
  return {
    outcome: result.outcome,
    ok,
    httpStatus: result.httpStatus,
    code: result.code,
    // The meaning with its source when that is not the contract (the real service's table, rong.errorCodes).
    meaning: result.meaning === undefined ? undefined : `${result.meaning}${sourceLabel(result)}`,
    summary: redact(ok ? `${result.code ?? ''} · ${result.meaning ?? ''}` : failureSummary(result)),
    nextStep: ok || result.outcome === 'cancelled' ? undefined : redact(nextStep(result, profileName)),
    token: result.token,
    userId: result.userId,
    expiresAt: result.expiresAt,
    responseHeaders: Object.entries(result.responseHeaders ?? {}),
    bodyText: bodyText === undefined ? undefined : redact(bodyText.slice(0, MAX_SHOWN_BODY)),
    bodyTruncated: bodyText !== undefined && (bodyText.length > MAX_SHOWN_BODY || result.body?.truncated === true),
    totalMs: Math.round(result.totalMs),
    attempts: result.attempts.map((a) => ({
      host: a.host,
      status: a.status,
      code: a.code,
      error: a.error ? redact(a.error.message) : undefined,
      ms: Math.round(a.ms),
      waitedMs: Math.round(a.waitedMs),
      nonce: a.nonce,
      timestamp: a.timestamp,
    })),
    nonce: header(sent, 'Nonce'),
    timestamp: header(sent, 'Timestamp'),
    signature: header(sent, 'Signature'),
    request: { method: result.request.method, url: result.request.url, headers: sent, body: result.request.body },
  };
}
