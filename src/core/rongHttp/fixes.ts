/**
 * Quick fixes as plain text edits, computed from a diagnostic's rule, range and data, so the VS Code
 * code-action adapter only maps TextEdits. Positions come from the current document, never from the
 * diagnostic's data (cached diagnostics move with their block).
 */
import { pick, type Locale, type Text } from '../text';
import type { DiagnosticRecord } from './diagnostics';
import { blockIndexAt, lineRange, type BodyParam, type Range, type RequestBlock, type RongHttpDocument } from './model';
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
      const last = block.bodyLines[block.bodyLines.length - 1];
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
