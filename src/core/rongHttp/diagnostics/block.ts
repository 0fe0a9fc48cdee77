/** One block's diagnostics: each rule group in the order a reader meets the lines. */
import type { RequestBlock } from '../model';
import { message } from '../messages';
import { blockContent } from '../parser';
import { callbackDiagnostics } from './callback';
import { endpointDiagnostics } from './endpoint';
import type { DiagnosticEnvironment } from './environment';
import { headerDiagnostics } from './headers';
import { jsonBodyDiagnostics } from './jsonBody';
import { paramDiagnostics } from './parameters';
import { record, type DiagnosticRecord } from './record';
import { referenceDiagnostics } from './references';
import { syntaxDiagnostics } from './syntax';

/** Reused for every block: most blocks have no diagnostics, and an empty result is shared. */
const scratch: DiagnosticRecord[] = [];
const NONE: readonly DiagnosticRecord[] = Object.freeze([]);

/** Diagnostics of one block (syntax, references, endpoint, headers, signing, parameters, profile). */
export function blockDiagnostics(block: RequestBlock, env: DiagnosticEnvironment): readonly DiagnosticRecord[] {
  const out = scratch;
  out.length = 0;
  collectBlockDiagnostics(blockContent(block), env, out);
  if (out.length === 0) return NONE;
  const result = out.slice();
  out.length = 0;
  return result;
}

function collectBlockDiagnostics(block: RequestBlock, env: DiagnosticEnvironment, out: DiagnosticRecord[]): void {
  syntaxDiagnostics(block, env, out);
  referenceDiagnostics(block, env, out);
  if (!block.request) return;
  // A callback goes to the user's own server: the contract's rules do not apply to it.
  if (callbackDiagnostics(block, env, out)) return;
  const named = endpointDiagnostics(block, env, out);
  headerDiagnostics(block, env, out, named?.endpoint);
  if (block.jsonBody) jsonBodyDiagnostics(block, block.jsonBody, named, env, out);
  else paramDiagnostics(block, named, env, out);
  profileDiagnostics(block, env, out);
}

function profileDiagnostics(block: RequestBlock, env: DiagnosticEnvironment, out: DiagnosticRecord[]): void {
  const profile = block.profile;
  if (profile && env.context.profiles && !env.context.profiles.includes(profile.value)) {
    out.push(record(profile.valueRange, 'warning', 'unknownProfile', message('unknownProfile', env.locale, { name: profile.value })));
  }
}
