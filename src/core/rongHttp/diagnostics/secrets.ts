/** App Secrets written into the file: by a name that says secret, or the stored secret's own text. */
import type { Locale } from '../../text';
import type { Range } from '../model';
import { message } from '../messages';
import { record, type DiagnosticRecord } from './record';

export const SECRET_NAME = /secret/i;
export const SECRET_VARIABLE_NAME = /secret|passw(?:or)?d|pwd/i;
/** Shorter stored secrets are not searched for in values (too many accidental matches). */
export const MIN_SECRET_MATCH = 6;

export function containsSecret(value: string, secret: string | undefined): boolean {
  return secret !== undefined && secret.length >= MIN_SECRET_MATCH && value.indexOf(secret) !== -1;
}

/** `{{name}}` and nothing else: a value that names a variable holds no secret itself. */
export function isOnlyReferences(value: string): boolean {
  return value.startsWith('{{') && value.endsWith('}}') && value.indexOf('}}') === value.length - 2;
}

export function secretRecord(range: Range, kind: 'header' | 'param' | 'variable', name: string, locale: Locale): DiagnosticRecord {
  return record(range, 'warning', 'secretInFile', message('secretInFile', locale), undefined, { fix: 'moveSecret', kind, name });
}
