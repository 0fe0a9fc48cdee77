/** How a command's ending reads to a person: what happened, and what to do next. */
import * as vscode from 'vscode';
import type { EndpointSpec } from '../core/contract';
import type { SendCommandResult } from '../core/commandResult';
import { pick, toLocale, type Locale } from '../core/text';
import { describeRule, formatFinding, type Finding } from '../core/validation';
import { loadContract } from '../services/bundles';

/** A command's ending or a bare SendResult (which has no findings). */
export type Outcome = Omit<SendCommandResult, 'findings'> & { readonly findings?: readonly Finding[] };

const uiLocale = (): Locale => toLocale(vscode.env.language);

/** The network failure of the last attempt in the user's language; the client's own words otherwise. */
function networkText(result: Outcome): string {
  const attempts = result.attempts ?? [];
  const last = attempts[attempts.length - 1];
  const error = last?.error;
  const tries = attempts.length > 1 ? ` ${vscode.l10n.t('({0} attempts)', attempts.length)}` : '';
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
export function sourceLabel(result: Pick<Outcome, 'meaningSource'>): string {
  switch (result.meaningSource) {
    case 'realService': return ` (${vscode.l10n.t('real service')})`;
    case 'user': return ` (${vscode.l10n.t('your rong.errorCodes')})`;
    default: return '';
  }
}

/** The findings of a local refusal in the UI language, joined. */
export function findingsText(findings: readonly Finding[], locale: Locale = uiLocale()): string {
  return findings.map((f) => formatFinding(f, locale)).join('; ');
}

export function failureSummary(result: Outcome): string {
  if (result.findings && result.findings.length > 0) return findingsText(result.findings);
  if (result.outcome === 'invalid' || (result.outcome === 'refused' && result.reason !== undefined)) return result.message;
  const parts: string[] = [];
  if (result.code !== undefined) parts.push(`${result.code} · ${result.meaning ?? vscode.l10n.t('unknown code')}${sourceLabel(result)}`);
  if (result.httpStatus !== undefined && result.httpStatus !== 200) parts.push(`HTTP ${result.httpStatus}`);
  if (result.outcome === 'networkError') parts.push(networkText(result));
  else if (parts.length === 0 || result.outcome === 'invalidResponse') parts.push(result.message);
  return parts.join(' · ');
}

/** The endpoint a result is about: the one given, else the one its request went to. */
function endpointOf(result: Outcome, endpoint: EndpointSpec | undefined): EndpointSpec | undefined {
  if (endpoint || !result.request) return endpoint;
  try {
    return loadContract().findEndpoint(new URL(result.request.url, 'http://x').pathname);
  } catch {
    return undefined;
  }
}

/** "Fix userId: at most 64 bytes (UTF-8), no whitespace …": the rule from the contract data, never restated here. */
function parameterHint(endpoint: EndpointSpec | undefined, result: Outcome, locale: Locale): string | undefined {
  if (!endpoint) return undefined;
  const named = result.findings?.map((f) => f.field) ?? [];
  const specs = named.length > 0
    ? endpoint.params.filter((p) => named.includes(p.name))
    // A server's 1005–1007 names no parameter: every parameter with that code is a suspect.
    : result.code !== undefined && result.code >= 1005 && result.code <= 1007 ? endpoint.params.filter((p) => p.code === result.code) : [];
  if (specs.length === 0) return undefined;
  return vscode.l10n.t('Fix {0}.', specs.map((p) => `${p.name}: ${describeRule(p, locale)}`).join('; '));
}

function refusalHint(result: Outcome, profileName: string): string | undefined {
  switch (result.reason) {
    case undefined: return undefined;
    case 'noProfile': return vscode.l10n.t('Run "Rong: Set Credentials" or "Rong: Start Local Sandbox".');
    case 'noSecret': return vscode.l10n.t('Store the App Secret of profile "{0}" again (Rong: Set Credentials).', profileName);
    case 'host': return vscode.l10n.t('Check the base URL of profile "{0}" and the rong.baseUrl and rong.region settings.', profileName);
    case 'noToken': return vscode.l10n.t('Run "Rong: Register User" to get a token.');
    case 'sandbox':
    case 'client': return vscode.l10n.t('See the log for details.');
    case 'secretInRequest': return vscode.l10n.t('Remove the App Secret from the request: sign with Rong: Set Credentials, never put the secret into a variable, header or parameter.');
    default: {
      const never: never = result.reason;
      return String(never);
    }
  }
}

export function nextStep(result: Outcome, profileName: string, endpoint?: EndpointSpec, locale: Locale = uiLocale()): string {
  const refusal = refusalHint(result, profileName);
  if (refusal) return refusal;
  const spec = endpointOf(result, endpoint);
  if (result.outcome === 'invalid') return parameterHint(spec, result, locale) ?? vscode.l10n.t('Fix the request and try again.');
  if (result.likelyRegisteredEarlier) {
    return vscode.l10n.t('An earlier attempt most likely registered this user; its token was not received. Refresh the token or register under another user ID.');
  }
  if (result.httpStatus === 401) return vscode.l10n.t('The signature was refused: check the App Secret of profile "{0}" (Rong: Set Credentials) and the clock.', profileName);
  const hint = result.code !== undefined ? spec?.hints?.[result.code] : undefined;
  if (hint) return pick(hint, locale);
  if (result.code === 1002) return vscode.l10n.t('Check the App Key of profile "{0}" and its host.', profileName);
  const parameter = parameterHint(spec, result, locale);
  if (parameter) return parameter;
  if (result.code === 1003) return vscode.l10n.t('A required parameter is missing or malformed.');
  switch (result.outcome) {
    case 'networkError': return vscode.l10n.t('Check the host, your network or proxy (rong.proxy), or start the local sandbox.');
    case 'invalidResponse': return vscode.l10n.t('The server did not answer like a Rong API: check the base URL.');
    case 'httpError': return result.httpStatus === 429
      ? vscode.l10n.t('Rate limited: wait and try again.')
      : vscode.l10n.t('See the log for details.');
    default: return vscode.l10n.t('See the log for details.');
  }
}
