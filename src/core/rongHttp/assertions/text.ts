/** The text operators: `includes`/`contains` (an element of an array, else a substring), `startsWith`, `endsWith`, `matches`. */
import { fillText, type Text } from '../../text';
import type { AssertionOperator } from '../model';
import { equal } from './comparison';
import { asText, stripQuotes } from './values';

export const NOT_A_REGEX: Text = { en: 'not a regular expression ({reason})', zh: '不是合法的正则表达式（{reason}）' };

/** The text operators on a present value (a Text: the expected value is not a regular expression); undefined for another family. */
export function textHolds(op: AssertionOperator, v: unknown, expected: string): boolean | Text | undefined {
  switch (op) {
    case 'includes':
    case 'contains':
      // On an array, an element (as httpyac's Array.includes); on anything else, a substring of its text.
      return Array.isArray(v) ? v.some((element) => equal(element, expected)) : asText(v).includes(stripQuotes(expected));
    case 'startsWith':
      return asText(v).startsWith(stripQuotes(expected));
    case 'endsWith':
      return asText(v).endsWith(stripQuotes(expected));
    case 'matches': {
      let re: RegExp;
      try {
        re = new RegExp(stripQuotes(expected));
      } catch (e) {
        const reason = e instanceof Error ? e.message : String(e);
        return fillText(NOT_A_REGEX, { reason });
      }
      return re.test(asText(v));
    }
    default:
      return undefined;
  }
}
