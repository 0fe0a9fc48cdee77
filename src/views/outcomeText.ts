/** How a send's result reads to a person: what happened, and what to do next. */
import * as vscode from 'vscode';
import { USER_EXISTS_CODE } from '../core/contract';
import type { SendResult } from '../core/sendResult';

/** The network failure of the last attempt in the user's language; the client's own words otherwise. */
function networkText(result: SendResult): string {
  const last = result.attempts[result.attempts.length - 1];
  const error = last?.error;
  const tries = result.attempts.length > 1 ? ` ${vscode.l10n.t('({0} attempts)', result.attempts.length)}` : '';
  if (!error || !last) return result.message;
  switch (error.kind) {
    case 'dns': return vscode.l10n.t('DNS lookup failed for {0}', last.host) + tries;
    case 'refused': return vscode.l10n.t('Connection refused by {0}', last.host) + tries;
    case 'reset': return vscode.l10n.t('The connection to {0} was reset', last.host) + tries;
    case 'timeout': return vscode.l10n.t('{0} did not answer in time', last.host) + tries;
    case 'tls': return vscode.l10n.t('TLS error with {0}', last.host) + tries;
    case 'other': return result.message;
    default: {
      const never: never = error.kind;
      return String(never);
    }
  }
}

/** Where a meaning comes from, when it is not the contract's own table (api-notes: "shown with its source"). */
export function sourceLabel(result: SendResult): string {
  switch (result.meaningSource) {
    case 'realService': return ` (${vscode.l10n.t('real service')})`;
    case 'user': return ` (${vscode.l10n.t('your rong.errorCodes')})`;
    default: return '';
  }
}

export function failureSummary(result: SendResult): string {
  const parts: string[] = [];
  if (result.code !== undefined) parts.push(`${result.code} · ${result.meaning ?? vscode.l10n.t('unknown code')}${sourceLabel(result)}`);
  if (result.httpStatus !== undefined && result.httpStatus !== 200) parts.push(`HTTP ${result.httpStatus}`);
  if (result.outcome === 'networkError') parts.push(networkText(result));
  else if (parts.length === 0 || result.outcome === 'invalidResponse') parts.push(result.message);
  return parts.join(' · ');
}

export function nextStep(result: SendResult, profileName: string): string {
  if (result.likelyRegisteredEarlier) {
    return vscode.l10n.t('An earlier attempt most likely registered this user; its token was not received. Refresh the token or register under another user ID.');
  }
  if (result.httpStatus === 401) return vscode.l10n.t('The signature was refused: check the App Secret of profile "{0}" (Rong: Set Credentials) and the clock.', profileName);
  switch (result.code) {
    case 1002: return vscode.l10n.t('Check the App Key of profile "{0}" and its host.', profileName);
    case 1003: return vscode.l10n.t('A required parameter is missing or malformed.');
    case USER_EXISTS_CODE: return vscode.l10n.t('This user ID is registered already: use another user ID, or "Rong: Copy Issued Token" if it was issued here.');
    case 1005: return vscode.l10n.t('Fix the user ID: 1–64 bytes, no spaces or control characters.');
    case 1006: return vscode.l10n.t('Fix the name: 1–128 bytes, no control characters.');
    case 1007: return vscode.l10n.t('Fix the portrait URI: an absolute http(s) URI of at most 1024 bytes.');
  }
  switch (result.outcome) {
    case 'networkError': return vscode.l10n.t('Check the host, your network or proxy (rong.proxy), or start the local sandbox.');
    case 'invalidResponse': return vscode.l10n.t('The server did not answer like a Rong API: check the base URL.');
    case 'httpError': return result.httpStatus === 429
      ? vscode.l10n.t('Rate limited: wait and try again.')
      : vscode.l10n.t('See the log for details.');
    default: return vscode.l10n.t('See the log for details.');
  }
}
