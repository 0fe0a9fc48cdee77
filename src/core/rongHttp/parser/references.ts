/** `{{…}}` references in a piece of text: for the parser (with ranges) and for variable resolution. */
import { lineRange, type SyntaxProblem, type VariableReference } from '../model';
import { ReferenceNode } from './nodes';
import { endNonSpace, firstNonSpace, isSpace } from './scan';

/**
 * Finds `{{…}}` references in text[from, to) on `line`. Unterminated and empty references become
 * problems. Used by the parser (with ranges) and by variable resolution (line ignored).
 */
export function scanReferences(
  text: string,
  from: number,
  to: number,
  line: number,
  out: (r: VariableReference) => void,
  problems: ((p: SyntaxProblem) => void) | undefined,
): void {
  let p = text.indexOf('{{', from);
  while (p !== -1 && p + 2 <= to) {
    const close = text.indexOf('}}', p + 2);
    if (close === -1 || close + 2 > to) {
      problems?.({ kind: 'unterminatedReference', range: lineRange(line, p, to) });
      return;
    }
    const innerStart = firstNonSpace(text, p + 2, close);
    const innerEnd = endNonSpace(text, innerStart, close);
    if (innerStart === innerEnd) {
      problems?.({ kind: 'emptyReference', range: lineRange(line, p, close + 2) });
    } else {
      let nameEnd = innerStart;
      while (nameEnd < innerEnd && !isSpace(text.charCodeAt(nameEnd))) nameEnd++;
      const args: string[] = [];
      if (nameEnd < innerEnd) {
        for (const a of text.slice(nameEnd, innerEnd).split(/[ \t\v\f\ufeff]+/)) if (a.length > 0) args.push(a);
      }
      const system = text.charCodeAt(innerStart) === 36; // $
      out(new ReferenceNode(text.slice(innerStart, nameEnd), system, args, line, p, close + 2, innerStart));
    }
    p = text.indexOf('{{', close + 2);
  }
}
