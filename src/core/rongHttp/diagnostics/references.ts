/** References to variables: undefined, cyclic, too deep or too long; system variables with bad arguments. */
import type { RequestBlock, VariableReference } from '../model';
import { message } from '../messages';
import { MAX_VARIABLE_DEPTH, MAX_VARIABLE_LENGTH, SYSTEM_VARIABLES, checkSystemVariable } from '../variables';
import type { DiagnosticEnvironment } from './environment';
import { record, type DiagnosticRecord } from './record';

export function referenceDiagnostic(r: VariableReference, env: DiagnosticEnvironment): DiagnosticRecord | undefined {
  const locale = env.locale;
  if (r.system) {
    const problem = checkSystemVariable(r.name, r.args);
    if (problem === 'unknown') return record(r.range, 'error', 'unknownSystemVariable', message('unknownSystemVariable', locale, { name: r.name }));
    if (problem === 'badArgs') {
      const usage = SYSTEM_VARIABLES.find((s) => s.name === r.name)?.usage ?? r.name;
      return record(r.range, 'error', 'badSystemVariableArgs', message('badSystemVariableArgs', locale, { name: r.name, usage }));
    }
    return undefined;
  }
  const v = env.resolver.variable(r.name);
  switch (v.state) {
    case 'ok':
      return undefined;
    case 'undefined':
      return record(r.range, 'error', 'undefinedVariable', message('undefinedVariable', locale, { name: r.name }));
    case 'cycle':
      return record(r.range, 'error', 'variableCycle', message('variableCycle', locale, { cycle: (v.cycle ?? []).join(' → ') }));
    case 'tooDeep':
      return record(r.range, 'error', 'variableTooDeep', message('variableTooDeep', locale, { name: r.name, limit: String(MAX_VARIABLE_DEPTH) }));
    case 'tooLong':
      return record(r.range, 'error', 'variableTooLong', message('variableTooLong', locale, { name: r.name, limit: String(MAX_VARIABLE_LENGTH) }));
    default:
      return record(r.range, 'error', 'unresolvedVariable', message('unresolvedVariable', locale, { name: r.name }));
  }
}

export function referenceDiagnostics(block: RequestBlock, env: DiagnosticEnvironment, out: DiagnosticRecord[]): void {
  for (const r of block.references) {
    const d = referenceDiagnostic(r, env);
    if (d) out.push(d);
  }
}
