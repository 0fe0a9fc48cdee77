/**
 * The first screen of `npm start` in code-server, which has no command line to open a file in a window
 * that does not exist yet: the example .rong.http file, the walkthrough beside it and the Rong Sandbox
 * view expanded. scripts/start.mjs sets RONG_START_GUIDE = {"file": <example>, "run": <id of that run>}
 * in code-server's environment (the extension host inherits it); each run shows it once, so a reload or a
 * second browser keeps what the person arranged.
 */
import * as vscode from 'vscode';

export const START_GUIDE_ENV = 'RONG_START_GUIDE';
const SHOWN_KEY = 'rong.startGuideShown';
export const WALKTHROUGH_ID = 'rong-playground.rong-playground#rong.gettingStarted';

/** Opens the guide when `raw` (the env value) names a run that has not shown it; returns whether it did. */
export async function showStartGuide(state: vscode.Memento, raw: string | undefined, warn: (line: string) => void): Promise<boolean> {
  if (!raw) return false;
  const guide = parseGuide(raw);
  if (typeof guide === 'string') {
    warn(`${START_GUIDE_ENV} is ignored: ${guide}`);
    return false;
  }
  if (state.get(SHOWN_KEY) === guide.run) return false;
  await state.update(SHOWN_KEY, guide.run);
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(guide.file));
  await vscode.window.showTextDocument(document, { preview: false, viewColumn: vscode.ViewColumn.One });
  await vscode.commands.executeCommand('rong.sandboxView.focus');
  await vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH_ID, true);
  return true;
}

function parseGuide(raw: string): { file: string; run: string } | string {
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return 'not JSON';
  }
  const g = (v && typeof v === 'object' ? v : {}) as Record<string, unknown>;
  if (typeof g.file !== 'string' || !g.file.endsWith('.rong.http')) return '"file" must name a .rong.http file';
  if (typeof g.run !== 'string' || g.run.length === 0 || g.run.length > 64) return '"run" must be a string of 1–64 characters';
  return { file: g.file, run: g.run };
}
