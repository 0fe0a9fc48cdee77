/**
 * A JSON body read against its endpoint's fields, with the place of everything: the playground's
 * JSON editor and the `.rong.http` diagnostics put each finding on its key or value. Apart from
 * wire.ts because it needs a JSON parser with offsets (jsonc-parser), which activation never loads.
 */
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { PARAMETER_ERROR_CODE, type EndpointSpec, type JsonType } from './contract';
import { finding, validateParams, type Finding } from './validation';
import { elementType, jsonTypeOf, specOf } from './wire';

/** A problem of a JSON body's shape (validation.ts handles the values): where it is, as an offset into the body text. */
export interface JsonShapeProblem {
  readonly field: string;
  readonly rule: 'notJson' | 'notObject' | 'jsonType' | 'unknownParam' | 'duplicateParam';
  /** For jsonType: the type expected; for notJson: the parser's words. */
  readonly detail?: string;
  readonly offset: number;
  readonly length: number;
}

/** One canonical pair decoded from a JSON body, with where its value (and its key) lie in the text. */
export interface JsonPair {
  readonly name: string;
  readonly value: string;
  readonly offset: number;
  readonly length: number;
  readonly keyOffset: number;
  readonly keyLength: number;
  /** Which element of an array, for a repeated parameter. */
  readonly index?: number;
}

export interface DecodedJsonBody {
  readonly pairs: JsonPair[];
  readonly problems: JsonShapeProblem[];
}

/**
 * `lenientScalars`: a JSON string holding a number where the field is a number, or "true"/"false"
 * ("1"/"0" too) where it is a boolean, is read as that value (the Go SDK sends its JSON bodies' numbers
 * and booleans as strings, e.g. buildQueryHistoryMessageBody). Off by default: the editor stays strict.
 */
export interface DecodeJsonOptions {
  readonly lenientScalars?: boolean;
}

/** A JSON body as canonical pairs, against the endpoint's fields; syntax and shape problems located in the text. Never throws. */
export function decodeJsonBody(endpoint: EndpointSpec, text: string, options: DecodeJsonOptions = {}): DecodedJsonBody {
  const pairs: JsonPair[] = [];
  const problems: JsonShapeProblem[] = [];
  if (text.trim().length === 0) return { pairs, problems };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || !root) {
    const e = errors[0];
    problems.push({ field: '(body)', rule: 'notJson', detail: e ? printParseErrorCode(e.error) : 'empty', offset: e?.offset ?? 0, length: Math.max(1, e?.length ?? 1) });
    return { pairs, problems };
  }
  if (root.type !== 'object') {
    problems.push({ field: '(body)', rule: 'notObject', offset: root.offset, length: root.length });
    return { pairs, problems };
  }
  walkObject(endpoint, root, '', text, pairs, problems, options.lenientScalars === true);
  return { pairs, problems };
}

function walkObject(endpoint: EndpointSpec, node: Node, prefix: string, text: string, pairs: JsonPair[], problems: JsonShapeProblem[], lenient: boolean): void {
  const seen = new Set<string>();
  for (const prop of node.children ?? []) {
    const [keyNode, valueNode] = prop.children ?? [];
    if (!keyNode || !valueNode) continue;
    const name = prefix + String(keyNode.value);
    const at = { keyOffset: keyNode.offset, keyLength: keyNode.length };
    if (seen.has(name)) {
      problems.push({ field: name, rule: 'duplicateParam', offset: keyNode.offset, length: keyNode.length });
      continue;
    }
    seen.add(name);
    const spec = specOf(endpoint, name);
    if (!spec || spec.in !== undefined) {
      if (!spec && valueNode.type === 'object' && endpoint.params.some((p) => p.name.startsWith(`${name}.`))) {
        walkObject(endpoint, valueNode, `${name}.`, text, pairs, problems, lenient);
      } else problems.push({ field: name, rule: 'unknownParam', offset: keyNode.offset, length: keyNode.length });
      continue;
    }
    const type = jsonTypeOf(spec);
    if (valueNode.type === 'null') continue; // null is "not given", as the SDKs' omitempty fields read it
    if (spec.repeated && type === 'array' && !spec.jsonType) {
      if (valueNode.type !== 'array') {
        problems.push({ field: name, rule: 'jsonType', detail: 'array', offset: valueNode.offset, length: valueNode.length });
        continue;
      }
      const want = elementType(spec);
      (valueNode.children ?? []).forEach((el, index) => {
        const value = scalarText(want, el, text, lenient);
        if (value === undefined) problems.push({ field: name, rule: 'jsonType', detail: want, offset: el.offset, length: el.length });
        else pairs.push({ name, value, offset: el.offset, length: el.length, index, ...at });
      });
      continue;
    }
    const value = scalarText(type, valueNode, text, lenient);
    if (value === undefined) problems.push({ field: name, rule: 'jsonType', detail: type, offset: valueNode.offset, length: valueNode.length });
    else pairs.push({ name, value, offset: valueNode.offset, length: valueNode.length, ...at });
  }
}

/** A JSON value as its canonical string, or undefined when its JSON type is not the one expected. */
function scalarText(type: JsonType, node: Node, text: string, lenient = false): string | undefined {
  if (lenient && node.type === 'string') {
    const s = String(node.value);
    if (type === 'number' && /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(s)) return s;
    if (type === 'boolean' && (s === 'true' || s === 'false')) return s;
    if (type === 'boolean' && (s === '1' || s === '0')) return s === '1' ? 'true' : 'false';
  }
  switch (type) {
    case 'string':
      return node.type === 'string' ? String(node.value) : undefined;
    case 'number':
      return node.type === 'number' ? text.slice(node.offset, node.offset + node.length) : undefined;
    case 'boolean':
      return node.type === 'boolean' ? String(node.value) : undefined;
    case 'object':
      return node.type === 'object' ? text.slice(node.offset, node.offset + node.length) : undefined;
    case 'array':
      return node.type === 'array' ? text.slice(node.offset, node.offset + node.length) : undefined;
    case 'any':
      return node.type === 'string' ? JSON.stringify(node.value) : text.slice(node.offset, node.offset + node.length);
    default:
      return undefined;
  }
}

/** A finding in a JSON body, with where it lies in the text (offset and length, UTF-16 units). */
export interface LocatedFinding extends Finding {
  readonly offset: number;
  readonly length: number;
}

/**
 * Validates a JSON body against the endpoint's fields, as the playground's JSON editor and the
 * `.rong.http` diagnostics show it: the shape (syntax, an object, each field's JSON type, unknown and
 * repeated fields) and then every value's rule, each finding placed on its field. `others` are the
 * parameters that travel outside the body (path and query) so that their rules run too.
 */
export function validateJsonBody(endpoint: EndpointSpec, text: string, others: ReadonlyArray<readonly [string, string]> = []): {
  readonly pairs: ReadonlyArray<readonly [string, string]>;
  readonly findings: LocatedFinding[];
} {
  const decoded = decodeJsonBody(endpoint, text);
  const findings: LocatedFinding[] = decoded.problems.map((p) => ({
    ...finding({ field: p.field, code: PARAMETER_ERROR_CODE, rule: p.rule === 'notJson' ? 'notJson' : p.rule, ...(p.detail ? { detail: p.detail } : {}) }),
    offset: p.offset,
    length: p.length,
  }));
  const pairs = [...others, ...decoded.pairs.map((p) => [p.name, p.value] as const)];
  // Shape problems already name the fields they cover; a field of the wrong type is not also "missing".
  const covered = new Set(decoded.problems.map((p) => p.field));
  for (const f of validateParams(endpoint, pairs)) {
    if (covered.has(f.field) && f.rule === 'missing') continue;
    const at = decoded.pairs.find((p) => p.name === f.field && (f.index === undefined || p.index === f.index));
    findings.push({ ...f, offset: at?.offset ?? 0, length: at?.length ?? Math.min(1, text.length) });
  }
  return { pairs, findings };
}
