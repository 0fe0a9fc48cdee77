/**
 * One parser per kind of line: separator, comment or directive, variable, request line, header,
 * body line (with its `name=value` pieces). Each writes into the block builder.
 */
import { decodeForm } from './decode';
import { lineRange } from '../model';
import { STATE_PRE, type BlockBuilder } from './builder';
import {
  BodyParamNode,
  CommentNode,
  DirectiveNode,
  HAS_EQUALS,
  HeaderNode,
  LineTokenNode,
  NAME_REFS,
  NAME_UNDECODABLE,
  RequestLineNode,
  SeparatorNode,
  VALUE_REFS,
  VALUE_UNDECODABLE,
  VariableNode,
} from './nodes';
import { scanReferences } from './references';
import {
  AMP,
  AT,
  EMPTY,
  EQUALS,
  HASH,
  HTTP_METHODS,
  PERCENT,
  endNonSpace,
  firstNonSpace,
  isDirectiveNameChar,
  isHexDigit,
  isHttpVersion,
  isLetter,
  isSpace,
  isTokenChar,
  looksLikeTarget,
} from './scan';
import type { VariableReference } from '../model';

export function parseSeparator(text: string, line: number): SeparatorNode {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (text.charCodeAt(i) === HASH) i++;
  const ns = firstNonSpace(text, i, text.length);
  const ne = endNonSpace(text, ns, text.length);
  return new SeparatorNode(text, line, ns, ne);
}

export function parseComment(b: BlockBuilder, text: string, line: number, fs: number, le: number, state: number): void {
  const marker = text.charCodeAt(fs);
  let i = fs;
  while (i < le && text.charCodeAt(i) === marker) i++;
  i = firstNonSpace(text, i, le);
  if (text.charCodeAt(i) === AT && i + 1 < le && isDirectiveNameChar(text.charCodeAt(i + 1))) {
    let ne = i + 1;
    while (ne < le && isDirectiveNameChar(text.charCodeAt(ne))) ne++;
    // `# @profile:dev` is not a directive; the name must end at a space or the line's end.
    if (ne === le || isSpace(text.charCodeAt(ne))) {
      const vs = firstNonSpace(text, ne, le);
      const name = text.slice(i + 1, ne);
      const directive = new DirectiveNode(name, text.slice(vs, le), line, fs, i + 1, vs, le);
      b.directives.push(directive);
      if (name === 'profile') {
        if (state !== STATE_PRE) {
          b.problem({ kind: 'misplacedDirective', range: directive.range, detail: name });
        } else if (directive.value.length === 0) {
          b.problem({ kind: 'malformedDirective', range: directive.range, detail: name });
        } else {
          if (b.profile) b.problem({ kind: 'duplicateDirective', range: directive.range, detail: name });
          b.profile = directive;
        }
      } else if (name === 'name') {
        if (directive.value.length === 0) b.problem({ kind: 'malformedDirective', range: directive.range, detail: name });
        else b.name = directive.value;
      }
      return;
    }
  }
  b.comments.push(new CommentNode(text.slice(fs, le), line, fs, le));
}

export function parseVariable(b: BlockBuilder, text: string, line: number, fs: number, le: number): void {
  let ne = fs + 1;
  while (ne < le) {
    const c = text.charCodeAt(ne);
    if (c === EQUALS || isSpace(c)) break;
    ne++;
  }
  const eq = firstNonSpace(text, ne, le);
  if (ne === fs + 1 || text.charCodeAt(eq) !== EQUALS) {
    b.problem({ kind: 'malformedVariable', range: lineRange(line, fs, le) });
    return;
  }
  const vs = firstNonSpace(text, eq + 1, le);
  let references = EMPTY as VariableReference[];
  if (text.indexOf('{{', vs) !== -1) {
    references = [];
    scanReferences(text, vs, le, line, (r) => references.push(r), b.problem);
  }
  b.variables.push(new VariableNode(text.slice(fs + 1, ne), text.slice(vs, le), line, fs, vs, le, references));
}

export function parseRequestLine(b: BlockBuilder, text: string, line: number, fs: number, le: number): void {
  let we = fs;
  while (we < le && !isSpace(text.charCodeAt(we))) we++;
  let method = false;
  let targetStart: number;
  if (we - fs === 4 && text.startsWith('POST', fs)) method = true;
  else if (isLetter(text.charCodeAt(fs)) && we - fs <= 10) {
    const word = text.slice(fs, we);
    method = HTTP_METHODS.has(word) || HTTP_METHODS.has(word.toUpperCase());
  }
  if (method) {
    targetStart = firstNonSpace(text, we, le);
    if (targetStart === le) {
      b.request = new RequestLineNode(text, line, fs, le, we, -1, -1, -1);
      b.problem({ kind: 'malformedRequestLine', range: lineRange(line, fs, le), detail: text.slice(fs, we) });
      return;
    }
  } else if (looksLikeTarget(text, fs)) {
    targetStart = fs;
  } else {
    b.request = new RequestLineNode(text, line, fs, le, -1, -1, -1, -1);
    b.problem({ kind: 'malformedRequestLine', range: lineRange(line, fs, le), detail: text.slice(fs, Math.min(we, fs + 40)) });
    return;
  }
  // An optional trailing `HTTP/1.1`.
  let targetEnd = le;
  let versionStart = -1;
  let ls = le;
  while (ls > targetStart && !isSpace(text.charCodeAt(ls - 1))) ls--;
  if (ls > targetStart && isHttpVersion(text, ls, le)) {
    versionStart = ls;
    targetEnd = endNonSpace(text, targetStart, ls);
  }
  b.request = new RequestLineNode(text, line, fs, le, method ? we : -1, targetStart, targetEnd, versionStart);
  if (!method) b.problem({ kind: 'missingMethod', range: lineRange(line, targetStart, targetEnd) });
  for (let i = targetStart; i < targetEnd; i++) {
    // `{{$randomInt 1 9}}` has spaces between its braces: they are substituted, not sent.
    if (text.charCodeAt(i) === 123 && text.charCodeAt(i + 1) === 123) {
      const close = text.indexOf('}}', i + 2);
      if (close !== -1 && close < targetEnd) {
        i = close + 1;
        continue;
      }
    }
    if (isSpace(text.charCodeAt(i))) {
      b.problem({ kind: 'malformedTarget', range: lineRange(line, targetStart, targetEnd), detail: 'whitespace' });
      break;
    }
  }
  if (!looksLikeTarget(text, targetStart)) {
    b.problem({ kind: 'malformedTarget', range: lineRange(line, targetStart, targetEnd), detail: 'relative' });
  }
  const refs = text.indexOf('{{', targetStart);
  if (refs !== -1 && refs < targetEnd) scanReferences(text, targetStart, targetEnd, line, b.addReference, b.problem);
}


/** Returns false when the line looks like a form body (an '=' before any ':'). */
export function parseHeader(b: BlockBuilder, text: string, line: number, fs: number, le: number): boolean {
  const colon = text.indexOf(':', fs);
  const eq = text.indexOf('=', fs);
  if (eq !== -1 && eq < le && (colon === -1 || eq < colon)) return false;
  const nameEnd = colon === -1 ? fs : endNonSpace(text, fs, colon);
  let valid = colon !== -1 && nameEnd > fs;
  for (let i = fs; valid && i < nameEnd; i++) if (!isTokenChar(text.charCodeAt(i))) valid = false;
  if (!valid) {
    b.problem({ kind: 'malformedHeader', range: lineRange(line, fs, le) });
    return true;
  }
  const vs = firstNonSpace(text, colon + 1, le);
  const ve = Math.max(vs, le);
  b.headers.push(new HeaderNode(text, line, fs, nameEnd, vs, ve));
  if (vs < ve && text.indexOf('{{', vs) !== -1) scanReferences(text, vs, ve, line, b.addReference, b.problem);
  return true;
}

/**
 * `    ?a=1` / `    &b=2` right after the request line: REST Client and httpyac append it to the
 * URL. Rong reads the form body only, so it is reported (and sending refuses), never read as a body.
 */
export function parseQueryContinuation(b: BlockBuilder, text: string, line: number, fs: number, le: number): boolean {
  const c = text.charCodeAt(fs);
  if (fs === 0 || (c !== 63 && c !== AMP) || b.headers.length > 0 || !b.request) return false;
  b.problem({ kind: 'queryContinuation', range: lineRange(line, fs, le) });
  return true;
}

export function parseBodyLine(b: BlockBuilder, text: string, line: number, fs: number, le: number): void {
  // `< ./file` (REST Client, httpyac): the body is that file's content. Not read here: refused.
  if (text.charCodeAt(fs) === 60 && (fs + 1 === le || isSpace(text.charCodeAt(fs + 1)) || text.charCodeAt(fs + 1) === 64)) {
    b.problem({ kind: 'fileBody', range: lineRange(line, fs, le), detail: text.slice(fs, Math.min(le, fs + 60)) });
    return;
  }
  if (b.bodyLines.length === 0) b.json = text.charCodeAt(fs) === 123 || (b.headers.length > 0 && !looksLikeFormPiece(text, fs, le) && hasJsonContentType(b));
  if (b.json) {
    // A JSON body is read whole against the endpoint's fields: no pieces, only its references.
    b.bodyLines.push(new LineTokenNode(text, line, fs, le));
    const refs = text.indexOf('{{', fs);
    if (refs !== -1 && refs < le) scanReferences(text, fs, le, line, b.addReference, b.problem);
    return;
  }
  if (b.bodyLines.length > 0 && text.charCodeAt(fs) !== AMP) b.problem({ kind: 'bodyLineWithoutAmpersand', range: lineRange(line, fs, le) });
  b.bodyLines.push(new LineTokenNode(text, line, fs, le));
  let p = fs;
  // The next `{{` of the line, found once for all pieces before it: searching from each piece was quadratic.
  let refs = -1;
  while (p < le) {
    let amp = text.indexOf('&', p);
    if (amp === -1 || amp > le) amp = le;
    if (refs < p) {
      const next = text.indexOf('{{', p);
      refs = next === -1 ? Infinity : next;
    }
    if (amp > p) parsePiece(b, text, line, p, amp, refs);
    p = amp + 1;
  }
}

/** Whether a Content-Type header of the block names JSON (`application/json`, `…+json`). */
function hasJsonContentType(b: BlockBuilder): boolean {
  for (const h of b.headers) if (h.name.toLowerCase() === 'content-type' && /json/i.test(h.value)) return true;
  return false;
}

/** `name=…` with no quote before the '=': a form piece, whatever the Content-Type says (the header is reported instead). */
function looksLikeFormPiece(text: string, fs: number, le: number): boolean {
  const eq = text.indexOf('=', fs);
  if (eq === -1 || eq >= le) return false;
  const quote = text.indexOf('"', fs);
  return quote === -1 || quote > eq;
}

/** `refs`: the first `{{` at or after `ps` (Infinity when none). Every search stays within the piece. */
function parsePiece(b: BlockBuilder, text: string, line: number, ps: number, pe: number, refs: number): void {
  let eq = ps;
  while (eq < pe && text.charCodeAt(eq) !== EQUALS) eq++;
  let flags = 0;
  if (eq < pe) flags |= HAS_EQUALS;
  if (eq === ps) b.problem({ kind: 'emptyParamName', range: lineRange(line, ps, pe) });
  if (refs < pe) {
    if (refs < eq) flags |= NAME_REFS;
    const later = refs < eq ? text.indexOf('{{', eq) : refs;
    if (later !== -1 && later < pe) flags |= VALUE_REFS;
    scanReferences(text, ps, pe, line, b.addReference, b.problem);
  }
  if ((flags & NAME_REFS) === 0 && !checkEncoding(b, text, line, ps, eq)) flags |= NAME_UNDECODABLE;
  if ((flags & VALUE_REFS) === 0 && eq < pe && !checkEncoding(b, text, line, eq + 1, pe)) flags |= VALUE_UNDECODABLE;
  b.params.push(new BodyParamNode(text, line, ps, eq, pe, flags));
}

/**
 * Whether text[s, e) form-decodes, reporting the first bad escape. Allocates only for escapes of
 * non-ASCII bytes, which need a real UTF-8 decode to be judged.
 */
export function checkEncoding(b: BlockBuilder, text: string, line: number, s: number, e: number): boolean {
  // Scanned within the piece: indexOf('%') would search the rest of the line, quadratic in a body's `&` pieces.
  let nonAscii = false;
  for (let p = s; p < e; p++) {
    if (text.charCodeAt(p) !== PERCENT) continue;
    const h1 = text.charCodeAt(p + 1);
    // A lone % (not two hex digits after it) is a literal %, sent as %25 as REST Client does.
    if (p + 2 >= e || !isHexDigit(h1) || !isHexDigit(text.charCodeAt(p + 2))) continue;
    if (h1 >= 56) nonAscii = true; // %8x and above
  }
  if (nonAscii && decodeForm(text.slice(s, e)) === undefined) {
    b.problem({ kind: 'badPercentEncoding', range: lineRange(line, s, e) });
    return false;
  }
  return true;
}
