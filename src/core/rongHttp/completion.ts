/**
 * Completion data for `.rong.http` files: endpoint paths after the method, parameter names in the
 * body, variables inside `{{`, header names, methods and directives. Plain items; the VS Code
 * adapter maps them to CompletionItems.
 */
import { ENDPOINTS, FORM_CONTENT_TYPE, findEndpoint, type EndpointSpec } from '../contract';
import type { Locale } from '../contract/errorCatalogue';
import { blockIndexAt, lineRange, type Range, type RequestBlock, type RongHttpDocument } from './model';
import { isSeparatorLine, trimSpace } from './parser';
import { SAMPLE_SYSTEM_VARIABLES, SYSTEM_VARIABLES, VariableResolver, targetPath } from './variables';

export type CompletionKind = 'method' | 'endpoint' | 'param' | 'header' | 'variable' | 'systemVariable' | 'directive' | 'profile';

export interface CompletionItem {
  readonly label: string;
  readonly kind: CompletionKind;
  /** Replaces `range`. */
  readonly insertText: string;
  /** What is being typed (zero-width at the cursor when nothing is). */
  readonly range: Range;
  readonly detail?: string;
  readonly documentation?: string;
}

export interface CompletionOptions {
  readonly locale?: Locale;
  /** Profile names offered after `# @profile `. */
  readonly profiles?: readonly string[];
}

/** Headers worth offering: the signing ones (used as written when given) and the optional ones. */
const HEADER_NAMES: ReadonlyArray<{ readonly name: string; readonly en: string; readonly zh: string }> = [
  { name: 'Nonce', en: 'Fixed nonce (otherwise a fresh one is generated)', zh: '固定的 Nonce（否则每次生成新的）' },
  { name: 'Timestamp', en: 'Fixed timestamp in milliseconds (otherwise now)', zh: '固定的时间戳，毫秒（否则为当前时间）' },
  { name: 'Signature', en: 'Explicit signature, sent as written (to reproduce a call)', zh: '显式签名，原样发送（用于复现请求）' },
  { name: 'App-Key', en: 'Explicit App Key (otherwise the profile\'s)', zh: '显式 App Key（否则使用凭据配置中的）' },
  { name: 'X-Request-ID', en: 'Trace ID, at most 36 characters', zh: '追踪 ID，最多 36 个字符' },
  { name: 'Content-Type', en: `Always ${FORM_CONTENT_TYPE}`, zh: `始终为 ${FORM_CONTENT_TYPE}` },
];

const DIRECTIVES: ReadonlyArray<{ readonly name: string; readonly en: string; readonly zh: string }> = [
  { name: 'profile', en: 'Credential profile for the request below', zh: '下方请求使用的凭据配置' },
  { name: 'name', en: 'Name of the request below', zh: '下方请求的名称' },
];

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xfeff;
}

/** The word ending at `character`: its start. */
function wordStart(text: string, character: number, stop: (c: number) => boolean): number {
  let i = character;
  while (i > 0 && !stop(text.charCodeAt(i - 1))) i--;
  return i;
}

function endpointOf(doc: RongHttpDocument, block: RequestBlock): EndpointSpec | undefined {
  const target = block.request?.target?.text;
  if (target === undefined) return undefined;
  const text = target.indexOf('{{') === -1 ? target : new VariableResolver(doc.variables, SAMPLE_SYSTEM_VARIABLES).substitute(target).text;
  return findEndpoint(targetPath(text));
}

/** Completion items at a position (0-based line and character, as VS Code gives them). Never throws. */
export function completionsAt(doc: RongHttpDocument, line: number, character: number, options: CompletionOptions = {}): CompletionItem[] {
  if (line < 0 || line >= doc.lines.length) return [];
  const zh = options.locale === 'zh-cn';
  const text = doc.lines[line];
  const ch = Math.max(0, Math.min(character, text.length));
  const before = text.slice(0, ch);

  // Inside `{{`: variables.
  const open = before.lastIndexOf('{{');
  if (open !== -1 && before.indexOf('}}', open) === -1) {
    const start = open + 2;
    const range = lineRange(line, start, ch);
    const close = text.startsWith('}}', ch) ? '' : '}}';
    const items: CompletionItem[] = [];
    const seen = new Set<string>();
    for (let i = doc.variables.length - 1; i >= 0; i--) {
      const v = doc.variables[i];
      if (seen.has(v.name)) continue;
      seen.add(v.name);
      items.push({ label: v.name, kind: 'variable', insertText: v.name + close, range, detail: v.value });
    }
    for (const s of SYSTEM_VARIABLES) {
      items.push({ label: s.name, kind: 'systemVariable', insertText: s.name + close, range, detail: s.usage, documentation: zh ? s.description.zh : s.description.en });
    }
    return items;
  }

  if (isSeparatorLine(text)) return [];
  const fs = firstNonSpace(text);
  const c = text.charCodeAt(fs);

  // Comment lines: directives after `# @`, profiles after `# @profile `.
  if (c === 35 || (c === 47 && text.charCodeAt(fs + 1) === 47)) {
    const m = /^\s*(?:#+|\/\/+)\s*@([A-Za-z0-9_-]*)$/.exec(before);
    if (m) {
      const range = lineRange(line, ch - m[1].length, ch);
      return DIRECTIVES.map((d) => ({ label: d.name, kind: 'directive' as const, insertText: `${d.name} `, range, documentation: zh ? d.zh : d.en }));
    }
    const p = /^\s*(?:#+|\/\/+)\s*@profile\s+(\S*)$/.exec(before);
    if (p && options.profiles) {
      const range = lineRange(line, ch - p[1].length, ch);
      return options.profiles.map((name) => ({ label: name, kind: 'profile' as const, insertText: name, range }));
    }
    return [];
  }

  const block = doc.blocks[blockIndexAt(doc, line)];
  const request = block.request;
  const requestLine = request?.range.startLine ?? -1;

  // The request line (or where it will be): a method, then an endpoint path.
  if (request && line < requestLine) return [];
  if (!request || line === requestLine) {
    if (c === 64) return []; // a variable definition
    const firstSpace = indexOfSpace(text, fs);
    if (fs === text.length || ch <= (firstSpace === -1 ? text.length : firstSpace)) {
      const range = span(line, fs === text.length ? ch : fs, ch);
      return [
        { label: 'POST', kind: 'method', insertText: 'POST ', range, detail: zh ? '融云接口使用 POST' : 'Rong endpoints take POST' },
        ...ENDPOINTS.map((e) => ({
          label: `POST ${e.path}`,
          kind: 'endpoint' as const,
          insertText: `POST ${e.path}`,
          range,
          detail: zh ? e.title.zh : e.title.en,
        })),
      ];
    }
    const start = wordStart(text, ch, isSpaceCode);
    const range = span(line, start, ch);
    return ENDPOINTS.map((e) => ({ label: e.path, kind: 'endpoint' as const, insertText: e.path, range, detail: zh ? e.title.zh : e.title.en }));
  }

  // Headers: from the request line to the first blank line.
  let bodyStart = -1;
  for (let i = requestLine + 1; i <= block.endLine; i++) {
    if (trimSpace(doc.lines[i]) === '') {
      bodyStart = i;
      break;
    }
  }
  const inHeaders = bodyStart === -1 || line < bodyStart;
  const looksLikeBody = text.indexOf('=') !== -1 && (text.indexOf(':') === -1 || text.indexOf('=') < text.indexOf(':'));
  if (inHeaders && !looksLikeBody) {
    if (text.indexOf(':') !== -1 && text.indexOf(':') < ch) return [];
    const range = span(line, fs === text.length ? ch : fs, ch);
    const present = new Set(block.headers.map((h) => h.name.toLowerCase()));
    return HEADER_NAMES.filter((h) => !present.has(h.name.toLowerCase())).map((h) => ({
      label: h.name,
      kind: 'header' as const,
      insertText: `${h.name}: `,
      range,
      documentation: zh ? h.zh : h.en,
    }));
  }

  // Body: parameter names of the endpoint that are not given yet.
  const endpoint = endpointOf(doc, block);
  if (!endpoint) return [];
  const pieceStart = Math.max(before.lastIndexOf('&') + 1, fs === text.length ? ch : fs);
  if (before.indexOf('=', pieceStart) !== -1) return [];
  const present = new Set(block.params.map((p) => p.name));
  const blank = fs === text.length;
  const needsAmpersand = blank && block.params.length > 0;
  const range = span(line, blank ? ch : pieceStart, ch);
  return endpoint.params
    .filter((p) => !present.has(p.name))
    .map((p) => ({
      label: p.name,
      kind: 'param' as const,
      insertText: `${needsAmpersand ? '&' : ''}${p.name}=`,
      range,
      detail: p.required ? (zh ? '必填' : 'required') : zh ? '可选' : 'optional',
      documentation: zh ? p.description.zh : p.description.en,
    }));
}

/** From `start` to the cursor; empty at the cursor when the cursor is before `start`. */
function span(line: number, start: number, ch: number): Range {
  return lineRange(line, Math.min(start, ch), ch);
}

function isSpaceCode(c: number): boolean {
  return isSpace(c);
}

function firstNonSpace(text: string): number {
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function indexOfSpace(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (isSpace(text.charCodeAt(i))) return i;
  return -1;
}
