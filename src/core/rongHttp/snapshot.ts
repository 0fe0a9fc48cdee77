/**
 * Plain-object copies of parsed documents: every token with its text and range, no getters, no
 * classes. For comparing documents (tests: incremental equals full), for logs, and for JSON.
 */
import type { Range, RequestBlock, RongHttpDocument, Token, VariableDefinition, VariableReference } from './model';

export interface PlainToken {
  readonly text: string;
  readonly range: Range;
}

function range(r: Range): Range {
  return { startLine: r.startLine, startCharacter: r.startCharacter, endLine: r.endLine, endCharacter: r.endCharacter };
}

function token(t: Token | undefined): PlainToken | undefined {
  return t === undefined ? undefined : { text: t.text, range: range(t.range) };
}

function reference(r: VariableReference) {
  return { name: r.name, system: r.system, args: [...r.args], range: range(r.range), nameRange: range(r.nameRange) };
}

function variable(v: VariableDefinition) {
  return {
    name: v.name,
    value: v.value,
    range: range(v.range),
    nameRange: range(v.nameRange),
    valueRange: range(v.valueRange),
    references: v.references.map(reference),
  };
}

export type PlainBlock = ReturnType<typeof snapshotBlock>;

export function snapshotBlock(b: RequestBlock) {
  const request = b.request;
  return {
    range: range(b.range),
    startLine: b.startLine,
    endLine: b.endLine,
    separator: b.separator ? { range: range(b.separator.range), name: token(b.separator.name) } : undefined,
    name: b.name,
    profile: b.profile ? { name: b.profile.name, value: b.profile.value, range: range(b.profile.range), valueRange: range(b.profile.valueRange) } : undefined,
    directives: b.directives.map((d) => ({ name: d.name, value: d.value, range: range(d.range), nameRange: range(d.nameRange), valueRange: range(d.valueRange) })),
    comments: b.comments.map((c) => ({ text: c.text, range: range(c.range) })),
    variables: b.variables.map(variable),
    request: request
      ? { range: range(request.range), method: token(request.method), target: token(request.target), version: token(request.version) }
      : undefined,
    headers: b.headers.map((h) => ({ name: h.name, value: h.value, range: range(h.range), nameRange: range(h.nameRange), valueRange: range(h.valueRange) })),
    bodyLines: b.bodyLines.map((l) => token(l)),
    params: b.params.map((p) => ({
      name: p.name,
      rawName: p.rawName,
      rawValue: p.rawValue,
      value: p.value,
      hasEquals: p.hasEquals,
      hasReferences: p.hasReferences,
      range: range(p.range),
      nameRange: range(p.nameRange),
      valueRange: range(p.valueRange),
    })),
    jsonBody: b.jsonBody ? { text: b.jsonBody.text, lines: b.jsonBody.lines.map((l) => token(l)) } : undefined,
    assertions: b.assertions.map((a) => ({ text: a.text, range: range(a.range), subject: a.subject, path: a.path, operator: a.operator, expected: a.expected })),
    references: b.references.map(reference),
    problems: b.problems.map((p) => ({ kind: p.kind, range: range(p.range), detail: p.detail })),
  };
}

export function snapshotDocument(doc: RongHttpDocument) {
  return { lines: [...doc.lines], blocks: doc.blocks.map(snapshotBlock), variables: doc.variables.map(variable) };
}
