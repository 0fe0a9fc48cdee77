/** The unary operators, on existence and type: `exists`, `isTrue`, `isFalse`, `isNumber`, `isBoolean`, `isString`, `isArray`. */
import type { AssertionOperator } from '../model';
import { asNumber, type Found } from './values';

/** A unary operator on what was found (present or not); undefined for a binary operator. */
export function existenceHolds(op: AssertionOperator, found: Found): boolean | undefined {
  const v = found.value;
  switch (op) {
    case 'exists':
      return found.present && v !== null;
    case 'isTrue':
      return found.present && Boolean(v) && v !== 'false';
    case 'isFalse':
      return !found.present || !v || v === 'false';
    case 'isNumber':
      return found.present && (typeof v === 'number' || (typeof v === 'string' && asNumber(v) !== undefined));
    case 'isBoolean':
      return found.present && (typeof v === 'boolean' || v === 'true' || v === 'false');
    case 'isString':
      return found.present && typeof v === 'string';
    case 'isArray':
      return found.present && Array.isArray(v);
    default:
      return undefined;
  }
}
