/**
 * Quick fixes as plain text edits, computed from a diagnostic's rule, range and data, so the VS Code
 * code-action adapter only maps TextEdits. Positions come from the current document, never from the
 * diagnostic's data (cached diagnostics move with their block).
 */
import { findNodeAtOffset, modify, parseTree, type Edit } from 'jsonc-parser';
import type { EndpointSpec } from '../contract';
import { pick, type Locale, type Text } from '../text';
import { jsonTypeOf, specOf } from '../wire';
import type { DiagnosticRecord } from './diagnostics';
import { blockIndexAt, jsonBodyOffset, jsonBodyRange, lineRange, type BodyParam, type JsonBodyText, type Range, type RequestBlock, type RongHttpDocument } from './model';
import { matchTarget } from './requestParts';
import { targetPath } from './variables';

/** The title of each fix, by fix. */
export const FIX_TITLES = {
  addParam: { en: 'Add parameter {name}', zh: '添加参数 {name}' },
  removeParam: { en: 'Remove parameter {name}', zh: '删除参数 {name}' },
  replaceSignature: { en: 'Replace with the expected Signature', zh: '替换为正确的 Signature' },
  removeHeader: { en: 'Remove the {name} header', zh: '删除请求头 {name}' },
  moveSecret: { en: 'Remove the secret from the file and keep it in the credential store', zh: '从文件中删除该 Secret，并保存到凭据存储' },
  insertBlankLine: { en: 'Insert a blank line before the body', zh: '插入空行' },
  prefixAmpersand: { en: 'Start the line with &', zh: '在行首加 &' },
  setMethod: { en: 'Use {name}', zh: '改用 {name}' },
  replaceEndpoint: { en: 'Change to {name}', zh: '改为 {name}' },
} satisfies Record<string, Text>;

export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

export interface QuickFix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  readonly isPreferred?: boolean;
  /** What the adapter runs after the edit: 'storeSecret' opens the credential store. */
  readonly then?: 'storeSecret';
}

function sameStart(a: Range, b: Range): boolean {
  return a.startLine === b.startLine && a.startCharacter === b.startCharacter;
}

/** The edit that deletes a whole line (with its line break). */
function deleteLine(doc: RongHttpDocument, line: number): TextEdit {
  if (line + 1 < doc.lines.length) return { range: { startLine: line, startCharacter: 0, endLine: line + 1, endCharacter: 0 }, newText: '' };
  if (line > 0) return { range: { startLine: line - 1, startCharacter: doc.lines[line - 1].length, endLine: line, endCharacter: doc.lines[line].length }, newText: '' };
  return { range: lineRange(line, 0, doc.lines[line].length), newText: '' };
}

/** The edit that deletes one `name=value` piece and one of the '&' around it. */
function deleteParam(doc: RongHttpDocument, p: BodyParam): TextEdit {
  const r = p.range;
  const text = doc.lines[r.startLine];
  if (r.startCharacter > 0 && text.charCodeAt(r.startCharacter - 1) === 38) return { range: lineRange(r.startLine, r.startCharacter - 1, r.endCharacter), newText: '' };
  if (text.charCodeAt(r.endCharacter) === 38) return { range: lineRange(r.startLine, r.startCharacter, r.endCharacter + 1), newText: '' };
  return { range: r, newText: '' };
}

/** Edits of a JSON body's text (offsets) as edits of the document. */
function jsonEdits(body: JsonBodyText, edits: readonly Edit[]): TextEdit[] {
  return edits.map((e) => {
    const start = jsonBodyRange(body, e.offset, 0);
    const end = jsonBodyRange(body, e.offset + e.length, 0);
    return { range: { startLine: start.startLine, startCharacter: start.startCharacter, endLine: end.startLine, endCharacter: end.startCharacter }, newText: e.content };
  });
}

function endpointOfBlock(block: RequestBlock): EndpointSpec | undefined {
  const r = block.request;
  return r?.target ? matchTarget(targetPath(r.target.text), r.method?.text ?? 'GET')?.endpoint : undefined;
}

/** An empty value of the field's JSON type, to fill in. */
function emptyJsonValue(endpoint: EndpointSpec | undefined, name: string): unknown {
  const spec = endpoint && specOf(endpoint, name);
  switch (spec ? jsonTypeOf(spec) : 'string') {
    case 'number':
      return 0;
    case 'boolean':
      return false;
    case 'array':
      return [];
    case 'object':
      return {};
    default:
      return '';
  }
}

const JSON_FORMAT = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };

/** Adds a (dotted) field to a JSON body, its parent objects made when missing. */
function addJsonField(body: JsonBodyText, endpoint: EndpointSpec | undefined, name: string): TextEdit[] {
  return jsonEdits(body, modify(body.text, name.split('.'), emptyJsonValue(endpoint, name), JSON_FORMAT));
}

/** Deletes the property whose key starts at the diagnostic, with one comma around it; the rest stays as written. */
function removeJsonField(body: JsonBodyText, at: Range): TextEdit[] {
  const offset = jsonBodyOffset(body, at.startLine, at.startCharacter);
  const root = offset === undefined ? undefined : parseTree(body.text);
  const key = root && offset !== undefined ? findNodeAtOffset(root, offset + 1, true) : undefined;
  const prop = key?.parent;
  const siblings = prop?.parent?.children;
  if (!prop || prop.type !== 'property' || !siblings) return [];
  const i = siblings.indexOf(prop);
  const next = siblings[i + 1];
  const prev = siblings[i - 1];
  const edit: Edit = next
    ? { offset: prop.offset, length: next.offset - prop.offset, content: '' }
    : prev
      ? { offset: prev.offset + prev.length, length: prop.offset + prop.length - prev.offset - prev.length, content: '' }
      : { offset: prop.offset, length: prop.length, content: '' };
  return jsonEdits(body, [edit]);
}

function blockOf(doc: RongHttpDocument, d: DiagnosticRecord): RequestBlock | undefined {
  if (d.range.startLine < 0 || d.range.startLine >= doc.lines.length) return undefined;
  return doc.blocks[blockIndexAt(doc, d.range.startLine)];
}

/** Quick fixes for a diagnostic of `doc` (from diagnose or IncrementalDiagnoser on the same text). */
export function quickFixes(doc: RongHttpDocument, d: DiagnosticRecord, locale: Locale = 'en'): QuickFix[] {
  const data = d.data;
  const block = blockOf(doc, d);
  if (!data || !block) return [];
  switch (data.fix) {
    case 'addParam': {
      const title = pick(FIX_TITLES.addParam, locale, { name: data.param });
      const endpoint = endpointOfBlock(block);
      if (block.jsonBody) {
        const edits = addJsonField(block.jsonBody, endpoint, data.param);
        return edits.length > 0 ? [{ title, edits, isPreferred: true }] : [];
      }
      const last = block.bodyLines[block.bodyLines.length - 1];
      if (!last && endpoint?.body === 'json') {
        // No body yet: a JSON object holding the field.
        const anchor = block.headers.length > 0 ? block.headers[block.headers.length - 1].range.startLine : block.request?.range.startLine;
        if (anchor === undefined) return [];
        const end = doc.lines[anchor].length;
        const json = modify('{}', data.param.split('.'), emptyJsonValue(endpoint, data.param), JSON_FORMAT)[0]?.content ?? '{}';
        return [{ title, edits: [{ range: lineRange(anchor, end, end), newText: `\n\n${json}` }], isPreferred: true }];
      }
      let edit: TextEdit;
      if (last) {
        const r = last.range;
        edit = { range: lineRange(r.endLine, r.endCharacter, r.endCharacter), newText: `\n&${data.param}=` };
      } else {
        const anchor = block.headers.length > 0 ? block.headers[block.headers.length - 1].range.startLine : block.request?.range.startLine;
        if (anchor === undefined) return [];
        const end = doc.lines[anchor].length;
        edit = { range: lineRange(anchor, end, end), newText: `\n\n${data.param}=` };
      }
      return [{ title: pick(FIX_TITLES.addParam, locale, { name: data.param }), edits: [edit], isPreferred: true }];
    }
    case 'removeParam': {
      if (block.jsonBody) {
        const edits = removeJsonField(block.jsonBody, d.range);
        return edits.length > 0 ? [{ title: pick(FIX_TITLES.removeParam, locale, { name: data.param }), edits }] : [];
      }
      const p = block.params.find((x) => sameStart(x.nameRange, d.range));
      if (!p) return [];
      return [{ title: pick(FIX_TITLES.removeParam, locale, { name: data.param }), edits: [deleteParam(doc, p)] }];
    }
    case 'replaceSignature':
      return [{ title: pick(FIX_TITLES.replaceSignature, locale), edits: [{ range: d.range, newText: data.expected }], isPreferred: true }];
    case 'removeHeader': {
      const h = block.headers.find((x) => x.name.toLowerCase() === data.header.toLowerCase());
      if (!h) return [];
      return [{ title: pick(FIX_TITLES.removeHeader, locale, { name: h.name }), edits: [deleteLine(doc, h.range.startLine)] }];
    }
    case 'moveSecret': {
      let edit: TextEdit;
      if (data.kind === 'param') {
        const p = block.params.find((x) => sameStart(x.valueRange, d.range) || sameStart(x.range, d.range));
        if (!p) return [];
        edit = deleteParam(doc, p);
      } else {
        edit = deleteLine(doc, d.range.startLine);
      }
      return [
        {
          title: pick(FIX_TITLES.moveSecret, locale),
          edits: [edit],
          then: 'storeSecret',
          isPreferred: true,
        },
      ];
    }
    case 'insertBlankLine':
      return [{ title: pick(FIX_TITLES.insertBlankLine, locale), edits: [{ range: lineRange(d.range.startLine, 0, 0), newText: '\n' }], isPreferred: true }];
    case 'prefixAmpersand':
      return [{ title: pick(FIX_TITLES.prefixAmpersand, locale), edits: [{ range: lineRange(d.range.startLine, d.range.startCharacter, d.range.startCharacter), newText: '&' }], isPreferred: true }];
    case 'setMethod': {
      const r = block.request;
      if (!r) return [];
      const title = pick(FIX_TITLES.setMethod, locale, { name: data.method });
      if (r.method) return [{ title, edits: [{ range: r.method.range, newText: data.method }], isPreferred: true }];
      if (!r.target) return [];
      const t = r.target.range;
      return [{ title, edits: [{ range: lineRange(t.startLine, t.startCharacter, t.startCharacter), newText: `${data.method} ` }], isPreferred: true }];
    }
    case 'replaceEndpoint': {
      const t = block.request?.target;
      if (!t) return [];
      const path = targetPath(t.text);
      const at = t.text.indexOf(path);
      if (path.length === 0 || at === -1) return [];
      const s = t.range.startCharacter + at;
      return [{ title: pick(FIX_TITLES.replaceEndpoint, locale, { name: data.path }), edits: [{ range: lineRange(t.range.startLine, s, s + path.length), newText: data.path }], isPreferred: true }];
    }
    default: {
      const never: never = data;
      return never;
    }
  }
}
