/** `# @callback KIND`: one of the three kinds, once, and never on a Rong Server API path (../callback.ts). */
import { CALLBACK_DIRECTIVE, callbackOnApiPathMessage, duplicateCallbackMessage, isCallbackKind, unknownCallbackKindMessage } from '../callback';
import type { RequestBlock } from '../model';
import { matchTarget } from '../requestParts';
import { targetPath } from '../variables';
import type { DiagnosticEnvironment } from './environment';
import { record, type DiagnosticRecord } from './record';

/** True when the block is a callback (its diagnostics replace the endpoint's, which do not apply). */
export function callbackDiagnostics(block: RequestBlock, env: DiagnosticEnvironment, out: DiagnosticRecord[]): boolean {
  const directives = block.directives.filter((d) => d.name === CALLBACK_DIRECTIVE);
  if (directives.length === 0) return false;
  for (const d of directives.slice(0, -1)) out.push(record(d.range, 'warning', 'duplicateDirective', duplicateCallbackMessage(env.locale)));
  const last = directives[directives.length - 1];
  const kind = last.value.trim();
  if (!isCallbackKind(kind)) out.push(record(kind ? last.valueRange : last.range, 'error', 'callbackKind', unknownCallbackKindMessage(kind, env.locale)));
  const target = block.request?.target;
  if (target && !target.text.includes('{{')) {
    const path = targetPath(target.text);
    if (matchTarget(path, undefined)) out.push(record(target.range, 'warning', 'callbackOnApiPath', callbackOnApiPathMessage(path, env.locale)));
  }
  return true;
}
