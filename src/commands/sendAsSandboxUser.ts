/**
 * rong.sendAsSandboxUser (*Send as User…* on a user of the Rong Sandbox view): sends a message as that
 * user's simulated client (POST /_sandbox/clients/send) and shows its messageUID. From the view it asks
 * for the target kind and ID, the objectName (RC:TxtMsg by default) and the content, each checked as
 * the sandbox checks it; automation passes them all: `{ userId, toUserId | groupId | chatroomId |
 * ultragroupId [, channelId], objectName?, content? }`.
 */
import * as vscode from 'vscode';
import { cancelled, refused, succeeded, type CommandEnding, type CommandResult } from '../core/commandResult';
import {
  channelProblem, contentProblem, DEFAULT_CONTENT, DEFAULT_OBJECT_NAME, idProblem, objectNameProblem, SEND_TARGET_KINDS, sendAsClient, TARGET_MAX_BYTES,
  type ClientSend, type Problem, type SendTargetKind,
} from '../views/sendAsUser';
import type { SandboxTree } from '../views/sandboxTree';

type Sent = CommandEnding | CommandResult<{ messageUID: string; msgTimestamp: number }> | CommandResult<{ httpStatus: number }>;

function kindLabel(kind: SendTargetKind): string {
  switch (kind) {
    case 'toUserId':
      return vscode.l10n.t('A user (private message)');
    case 'groupId':
      return vscode.l10n.t('A group');
    case 'chatroomId':
      return vscode.l10n.t('A chatroom');
    case 'ultragroupId':
      return vscode.l10n.t('An ultragroup');
    default: {
      const never: never = kind;
      return never;
    }
  }
}

/** The sentence shown under an input box for a problem. */
function problemText(problem: Problem): string | undefined {
  if (problem === undefined) return undefined;
  if (problem === 'empty') return vscode.l10n.t('Enter a value.');
  return problem.unit === 'bytes'
    ? vscode.l10n.t('{0} bytes of UTF-8; at most {1}.', problem.size, problem.limit)
    : vscode.l10n.t('{0} characters; at most {1}.', problem.size, problem.limit);
}

/** Automation's arguments, or undefined for the view's user node (then the command asks). */
function parseArgs(raw: unknown): { fromUserId: string; send?: ClientSend } {
  const args = raw as Record<string, unknown> | null;
  if (typeof raw !== 'object' || args === null || typeof args.userId !== 'string') {
    throw new TypeError('rong.sendAsSandboxUser expects a user of the Rong Sandbox view or { userId: string, toUserId | groupId | chatroomId | ultragroupId: string, … }');
  }
  const kind = SEND_TARGET_KINDS.find((k) => typeof args[k] === 'string');
  if (kind === undefined) return { fromUserId: args.userId };
  const text = (key: string, fallback: string) => (typeof args[key] === 'string' ? args[key] : fallback);
  return {
    fromUserId: args.userId,
    send: {
      fromUserId: args.userId, kind, targetId: args[kind] as string,
      ...(typeof args.channelId === 'string' ? { channelId: args.channelId } : {}),
      objectName: text('objectName', DEFAULT_OBJECT_NAME), content: text('content', DEFAULT_CONTENT),
    },
  };
}

/** Asks for the target kind, its ID (and channel), objectName and content; undefined when the user cancels. */
async function ask(fromUserId: string): Promise<ClientSend | undefined> {
  const title = vscode.l10n.t('Send as {0}', fromUserId);
  const picked = await vscode.window.showQuickPick(SEND_TARGET_KINDS.map((target) => ({ label: kindLabel(target), target })), { title, placeHolder: vscode.l10n.t('Send to') });
  if (!picked) return undefined;
  const kind = picked.target;
  const targetId = await vscode.window.showInputBox({
    title, prompt: vscode.l10n.t('{0}: its ID', picked.label), validateInput: (v) => problemText(idProblem(v, TARGET_MAX_BYTES[kind])),
  });
  if (targetId === undefined) return undefined;
  let channelId: string | undefined;
  if (kind === 'ultragroupId') {
    channelId = await vscode.window.showInputBox({ title, prompt: vscode.l10n.t('Channel ID (empty: the default channel)'), validateInput: (v) => problemText(channelProblem(v)) });
    if (channelId === undefined) return undefined;
  }
  const objectName = await vscode.window.showInputBox({ title, prompt: vscode.l10n.t('Message type (objectName)'), value: DEFAULT_OBJECT_NAME, validateInput: (v) => problemText(objectNameProblem(v)) });
  if (objectName === undefined) return undefined;
  const content = await vscode.window.showInputBox({ title, prompt: vscode.l10n.t('Content (the message body, usually JSON)'), value: DEFAULT_CONTENT, validateInput: (v) => problemText(contentProblem(v)) });
  if (content === undefined) return undefined;
  return { fromUserId, kind, targetId, ...(channelId ? { channelId } : {}), objectName, content };
}

/** The command's body; registered in extension.ts, loaded from the `commands` bundle on its first run. */
export async function runSendAsSandboxUser(tree: SandboxTree, raw?: unknown): Promise<Sent> {
  const { fromUserId, send: given } = parseArgs(raw);
  const endpoint = tree.endpoint;
  if (!endpoint) {
    const message = vscode.l10n.t('The sandbox is not running: start it to send as a user.');
    void vscode.window.showWarningMessage(message);
    return refused('sandbox', message);
  }
  const send = given ?? (await ask(fromUserId));
  if (!send) return cancelled();
  const answer = await sendAsClient(endpoint.url, endpoint.appKey, send);
  if (!answer.ok) {
    const message = vscode.l10n.t('The sandbox refused the message (HTTP {0}): {1}', answer.status, answer.error);
    void vscode.window.showErrorMessage(message);
    return { outcome: 'httpError', findings: [], message, httpStatus: answer.status };
  }
  await tree.refresh();
  const message = vscode.l10n.t('Sent as {0}: messageUID {1}.', fromUserId, answer.messageUID);
  void vscode.window.showInformationMessage(message);
  return succeeded(message, { messageUID: answer.messageUID, msgTimestamp: answer.msgTimestamp });
}
