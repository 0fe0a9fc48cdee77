/** Diagnostics that look across blocks: file variable definitions (duplicates, cycles, secrets). */
import type { RongHttpDocument } from '../model';
import { message } from '../messages';
import { MAX_VARIABLE_DEPTH, MAX_VARIABLE_LENGTH } from '../variables';
import type { DiagnosticEnvironment } from './environment';
import { record, type DiagnosticRecord } from './record';
import { referenceDiagnostic } from './references';
import { MIN_SECRET_MATCH, SECRET_VARIABLE_NAME, isOnlyReferences, secretRecord } from './secrets';

/** The active profile's secret and those of the known profiles (reading every block's @profile would parse every block). */
function knownSecrets(env: DiagnosticEnvironment): string[] {
  const secrets: string[] = [];
  if (!env.context.secretFor) return secrets;
  for (const p of [undefined, ...(env.context.profiles ?? [])]) {
    const s = env.secret(p);
    if (s !== undefined && s.length >= MIN_SECRET_MATCH) secrets.push(s);
  }
  return secrets;
}

export function variableDiagnostics(doc: RongHttpDocument, env: DiagnosticEnvironment): DiagnosticRecord[] {
  const out: DiagnosticRecord[] = [];
  if (doc.variables.length === 0) return out;
  const locale = env.locale;
  const secrets = knownSecrets(env);
  for (const def of doc.variables) {
    const effective = env.resolver.definition(def.name) === def;
    if (!effective) {
      out.push(record(def.nameRange, 'warning', 'duplicateVariable', message('duplicateVariable', locale, { name: def.name })));
    } else {
      const v = env.resolver.variable(def.name);
      if (v.state === 'cycle') {
        out.push(record(def.nameRange, 'error', 'variableCycle', message('variableCycle', locale, { cycle: (v.cycle ?? []).join(' → ') })));
      } else if (v.state === 'tooDeep') {
        out.push(record(def.nameRange, 'error', 'variableTooDeep', message('variableTooDeep', locale, { name: def.name, limit: String(MAX_VARIABLE_DEPTH) })));
      } else if (v.state === 'tooLong') {
        out.push(record(def.nameRange, 'error', 'variableTooLong', message('variableTooLong', locale, { name: def.name, limit: String(MAX_VARIABLE_LENGTH) })));
      }
    }
    for (const r of def.references) {
      if (!r.system && env.resolver.variable(r.name).state !== 'undefined') continue;
      const d = referenceDiagnostic(r, env);
      if (d) out.push(d);
    }
    const literal = def.value.length > 0 && !isOnlyReferences(def.value);
    const namedLikeSecret = SECRET_VARIABLE_NAME.test(def.name) && literal && def.value.indexOf('{{') === -1 && def.value.length >= MIN_SECRET_MATCH;
    if (namedLikeSecret || secrets.some((s) => def.value.indexOf(s) !== -1)) {
      out.push(secretRecord(def.valueRange, 'variable', def.name, locale));
    }
  }
  return out;
}
