/**
 * Variables from outside the file: --env-file (dotenv lines), data rows and --var. They are laid
 * over the file's own `@name = value` definitions as more definitions, so the core's resolver
 * substitutes them exactly as it does the file's: env file < file < data row < --var (last wins).
 */
import { readFile } from 'node:fs/promises';
import type { RongHttpDocument, VariableDefinition } from '../core/rongHttp';
import { isSecretVariableName } from '../core/secrets';
import { at, UsageError } from './usage';

export type VariablePairs = ReadonlyArray<readonly [string, string]>;

const NOWHERE = { startLine: 0, startCharacter: 0, endLine: 0, endCharacter: 0 };

function definition(name: string, value: string): VariableDefinition {
  return { name, value, range: NOWHERE, nameRange: NOWHERE, valueRange: NOWHERE, references: [] };
}

/** The document as the resolver should see it: outside variables around the file's own. */
export function withVariables(doc: RongHttpDocument, below: VariablePairs, above: VariablePairs): RongHttpDocument {
  if (below.length === 0 && above.length === 0) return doc;
  // An env file often holds RONG_APP_SECRET for the run's credentials: it never becomes a variable.
  const outside = (pairs: VariablePairs) => pairs.filter(([n]) => !isSecretVariableName(n)).map(([n, v]) => definition(n, v));
  return { ...doc, variables: [...outside(below), ...doc.variables, ...outside(above)] };
}

/** `NAME=value` lines (dotenv): `#` comments, an optional `export `, values optionally quoted. */
export async function readEnvFile(path: string): Promise<VariablePairs> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new UsageError(at(path, undefined, `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`));
  }
  const out: Array<readonly [string, string]> = [];
  text.split(/\r\n|\n|\r/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const m = /^(?:export\s+)?([A-Za-z_][\w.-]*)\s*=\s*(.*)$/.exec(line);
    if (!m) throw new UsageError(at(path, i + 1, 'expected NAME=value'));
    out.push([m[1], unquote(m[2])]);
  });
  return out;
}

function unquote(value: string): string {
  const q = value[0];
  if ((q === '"' || q === "'") && value.length >= 2 && value.endsWith(q)) {
    const inner = value.slice(1, -1);
    return q === '"' ? inner.replace(/\\n/g, '\n').replace(/\\"/g, '"') : inner;
  }
  // An unquoted value ends at " #" (a trailing comment), as dotenv reads it.
  const hash = value.search(/\s#/);
  return (hash === -1 ? value : value.slice(0, hash)).trim();
}
