/**
 * The one way a command ends: an automated caller gets the result object and nothing on screen; a
 * person gets a notification for a failure, with the next step and the actions that take it.
 */
import * as vscode from 'vscode';
import type { CommandEnding } from '../core/commandResult';
import type { EndpointSpec } from '../core/contract';
import type { Services } from '../services';
import { failureSummary, nextStep, type Outcome } from './outcomeText';

/** Who called: a person (prompts, notifications) or code (a result, no prompts). */
export type Caller = 'person' | 'automation';

export interface EndingContext {
  /** What was attempted, e.g. "Registering alice" or a request's title. */
  readonly title: string;
  readonly profile?: string;
  readonly endpoint?: EndpointSpec;
}

interface Action {
  readonly label: string;
  readonly run: () => unknown;
}

function actionsFor(s: Services, result: Outcome): Action[] {
  const setCredentials = { label: vscode.l10n.t('Set Credentials'), run: () => vscode.commands.executeCommand('rong.setCredentials') };
  const sandbox = { label: vscode.l10n.t('Start Local Sandbox'), run: () => vscode.commands.executeCommand('rong.startSandbox') };
  const log = { label: vscode.l10n.t('Open Log'), run: () => s.log.show() };
  if (result.reason === 'noProfile') return [setCredentials, sandbox];
  if (result.reason === 'noSecret' || result.httpStatus === 401) return [setCredentials, log];
  if (result.outcome === 'networkError') return [sandbox, log];
  if (result.outcome === 'invalid') return [];
  return [log];
}

/** Shows a failure to a person: what went wrong, what to do next, and buttons for it. */
export async function showFailure(s: Services, result: Outcome, context: EndingContext): Promise<void> {
  if (result.outcome === 'success' || result.outcome === 'cancelled') return;
  const actions = actionsFor(s, result);
  const text = `${context.title}: ${failureSummary(result)}. ${nextStep(result, context.profile ?? s.credentials.active()?.name ?? '', context.endpoint)}`;
  const choice = await vscode.window.showErrorMessage(s.credentials.redact(text), ...actions.map((a) => a.label));
  await actions.find((a) => a.label === choice)?.run();
}

/** Ends a command: returns the result; for a person, a failure is also shown (without waiting for it). */
export function endCommand<T extends CommandEnding>(s: Services, caller: Caller, result: T, context: EndingContext): T {
  if (caller === 'person') void showFailure(s, result, context);
  return result;
}
