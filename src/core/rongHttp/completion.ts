/**
 * Completion data for `.rong.http` files: endpoint paths after the method (every endpoint of the
 * contract, by module), parameter names in the body with their rules, variables inside `{{`,
 * header names, methods and directives. Plain items; the VS Code adapter maps them to CompletionItems.
 */
import { getLocation } from 'jsonc-parser';
import { ENDPOINTS, FORM_CONTENT_TYPE, MODULES, MODULE_TITLES, type EndpointSpec, type ParamSpec } from '../contract';
import { JSON_CONTENT_TYPE } from '../wire';
import { pick, type Locale, type Text } from '../text';
import { describeRule } from '../validation';
import { ASSERTION_OPERATORS, ASSERTION_SUBJECTS, isAssertionLine, isUnaryOperator, type AssertionSubject } from './assertions';
import { blockIndexAt, jsonBodyOffset, lineRange, type Range, type RequestBlock, type RongHttpDocument } from './model';
import { matchTarget } from './requestParts';
import { jsonSkeleton } from './templates';
import { CALLBACK_DIRECTIVE, CALLBACK_DIRECTIVE_TEXT, CALLBACK_KINDS, CALLBACK_KIND_TEXTS } from './callback';
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
  /** Orders items (endpoints by module, then as the contract lists them); the label when absent. */
  readonly sortText?: string;
  /** What the typed text is matched against when it differs from the label (a JSON key typed with its quote). */
  readonly filterText?: string;
}

export interface CompletionOptions {
  readonly locale?: Locale;
  /** Profile names offered after `# @profile `. */
  readonly profiles?: readonly string[];
}

/** Headers worth offering: the signing ones (used as written when given) and the optional ones. */
const HEADER_NAMES: ReadonlyArray<{ readonly name: string; readonly description: Text }> = [
  { name: 'Nonce', description: { en: 'Fixed nonce (otherwise a fresh one is generated)', zh: '固定的 Nonce（否则每次生成新的）' } },
  { name: 'Timestamp', description: { en: 'Fixed timestamp in milliseconds (otherwise now)', zh: '固定的时间戳，毫秒（否则为当前时间）' } },
  { name: 'Signature', description: { en: 'Explicit signature, sent as written (to reproduce a call)', zh: '显式签名，原样发送（用于复现请求）' } },
  { name: 'App-Key', description: { en: 'Explicit App Key (otherwise the profile\'s)', zh: '显式 App Key（否则使用凭据配置中的）' } },
  { name: 'X-Request-ID', description: { en: 'Trace ID, at most 36 characters', zh: '追踪 ID，最多 36 个字符' } },
  {
    name: 'Content-Type',
    description: { en: `The endpoint's: ${FORM_CONTENT_TYPE}, or ${JSON_CONTENT_TYPE} for a JSON body`, zh: `由接口决定：${FORM_CONTENT_TYPE}，JSON 请求体为 ${JSON_CONTENT_TYPE}` },
  },
];

const DIRECTIVES: ReadonlyArray<{ readonly name: string; readonly description: Text }> = [
  { name: 'profile', description: { en: 'Credential profile for the request below', zh: '下方请求使用的凭据配置' } },
  { name: 'name', description: { en: 'Name of the request below', zh: '下方请求的名称' } },
  {
    name: 'prompt',
    description: {
      en: 'httpyac and REST Client ask for this variable\'s value when sending; Rong Playground does not ask: define @NAME = value (or rong-http run --var NAME=value), else {{NAME}} is reported as undefined',
      zh: 'httpyac 与 REST Client 会在发送时询问该变量的值；Rong Playground 不询问：请定义 @NAME = value（或 rong-http run --var NAME=value），否则 {{NAME}} 会被报告为未定义',
    },
  },
  { name: CALLBACK_DIRECTIVE, description: CALLBACK_DIRECTIVE_TEXT },
];

const POST_DETAIL: Text = { en: 'Rong endpoints take POST', zh: '融云接口使用 POST' };
const REST_DETAIL: Text = { en: 'Some REST-style /v2 endpoints take {method}', zh: '部分 REST 风格的 /v2 接口使用 {method}' };
const REQUIRED: Text = { en: 'required', zh: '必填' };
const OPTIONAL: Text = { en: 'optional', zh: '可选' };

/** Where the cursor is, as every completion context needs it. */
interface Cursor {
  readonly doc: RongHttpDocument;
  readonly line: number;
  readonly ch: number;
  readonly text: string;
  readonly before: string;
  /** First non-space character of the line (its length when blank). */
  readonly fs: number;
  readonly locale: Locale;
  readonly options: CompletionOptions;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xfeff;
}

/** Completion items at a position (0-based line and character, as VS Code gives them). Never throws. */
export function completionsAt(doc: RongHttpDocument, line: number, character: number, options: CompletionOptions = {}): CompletionItem[] {
  if (line < 0 || line >= doc.lines.length) return [];
  const text = doc.lines[line];
  const ch = Math.max(0, Math.min(character, text.length));
  const before = text.slice(0, ch);
  const cursor: Cursor = { doc, line, ch, text, before, fs: firstNonSpace(text), locale: options.locale ?? 'en', options };
  const open = before.lastIndexOf('{{');
  if (open !== -1 && before.indexOf('}}', open) === -1) return variableItems(cursor, open + 2);
  if (isSeparatorLine(text)) return [];
  const c = text.charCodeAt(cursor.fs);
  if (c === 35 || (c === 47 && text.charCodeAt(cursor.fs + 1) === 47)) return commentItems(cursor);
  if (isAssertionLine(text, cursor.fs)) return assertionItems(cursor);

  const block = doc.blocks[blockIndexAt(doc, line)];
  const requestLine = block.request?.range.startLine ?? -1;
  // The request line (or where it will be): a method, then an endpoint path.
  if (block.request && line < requestLine) return [];
  if (!block.request || line === requestLine) return c === 64 ? [] : requestLineItems(cursor);
  if (inHeaders(cursor, block, requestLine)) return headerItems(cursor, block);
  if (block.jsonBody) return jsonFieldItems(cursor, block);
  return paramItems(cursor, block);
}

const SUBJECT_DOCS: Readonly<Record<AssertionSubject, { readonly insert: string; readonly description: Text }>> = {
  status: { insert: 'status ', description: { en: 'The HTTP status, e.g. ?? status == 200', zh: 'HTTP 状态码，例如 ?? status == 200' } },
  body: { insert: 'body ', description: { en: 'The body, or a field of the JSON body: ?? body code == 200, ?? body $.data.token exists', zh: '响应正文，或 JSON 正文中的字段：?? body code == 200、?? body $.data.token exists' } },
  header: { insert: 'header ', description: { en: 'A response header by name: ?? header content-type includes json', zh: '按名称取响应头：?? header content-type includes json' } },
  duration: { insert: 'duration ', description: { en: 'The time the request took in milliseconds: ?? duration < 500', zh: '请求耗时（毫秒）：?? duration < 500' } },
};

/** `?? ` lines: the subject first, then (after a body path or header name) httpyac's operators. */
function assertionItems(cur: Cursor): CompletionItem[] {
  const after = cur.before.slice(cur.fs + 2);
  const words = after.trimStart().split(/\s+/);
  const typing = words[words.length - 1];
  const done = words.slice(0, -1);
  const range = lineRange(cur.line, cur.ch - typing.length, cur.ch);
  const kind = 'directive' as const;
  if (done.length === 0) {
    return ASSERTION_SUBJECTS.map((s) => ({ label: s, kind, insertText: SUBJECT_DOCS[s].insert, range, documentation: pick(SUBJECT_DOCS[s].description, cur.locale) }));
  }
  const subject = done[0];
  const operatorAt = subject === 'header' ? 2 : subject === 'body' ? (done.length >= 2 ? 2 : 1) : 1;
  if (done.length !== operatorAt && !(subject === 'body' && done.length === 1)) return [];
  if (!(ASSERTION_SUBJECTS as readonly string[]).includes(subject)) return [];
  return ASSERTION_OPERATORS.map((op) => ({ label: op, kind, insertText: isUnaryOperator(op) ? op : `${op} `, range }));
}

/** Inside `{{`: file variables (the last definition of each) and system variables. */
function variableItems(cur: Cursor, start: number): CompletionItem[] {
  const range = lineRange(cur.line, start, cur.ch);
  const close = cur.text.startsWith('}}', cur.ch) ? '' : '}}';
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  for (let i = cur.doc.variables.length - 1; i >= 0; i--) {
    const v = cur.doc.variables[i];
    if (seen.has(v.name)) continue;
    seen.add(v.name);
    items.push({ label: v.name, kind: 'variable', insertText: v.name + close, range, detail: v.value });
  }
  for (const s of SYSTEM_VARIABLES) {
    items.push({ label: s.name, kind: 'systemVariable', insertText: s.name + close, range, detail: s.usage, documentation: pick(s.description, cur.locale) });
  }
  return items;
}

/** Comment lines: directives after `# @`, profiles after `# @profile `. */
function commentItems(cur: Cursor): CompletionItem[] {
  const m = /^\s*(?:#+|\/\/+)\s*@([A-Za-z0-9_-]*)$/.exec(cur.before);
  if (m) {
    const range = lineRange(cur.line, cur.ch - m[1].length, cur.ch);
    return DIRECTIVES.map((d) => ({ label: d.name, kind: 'directive' as const, insertText: `${d.name} `, range, documentation: pick(d.description, cur.locale) }));
  }
  const c = /^\s*(?:#+|\/\/+)\s*@callback\s+(\S*)$/.exec(cur.before);
  if (c) {
    const range = lineRange(cur.line, cur.ch - c[1].length, cur.ch);
    return CALLBACK_KINDS.map((kind) => ({ label: kind, kind: 'directive' as const, insertText: kind, range, documentation: pick(CALLBACK_KIND_TEXTS[kind], cur.locale) }));
  }
  const p = /^\s*(?:#+|\/\/+)\s*@profile\s+(\S*)$/.exec(cur.before);
  if (p && cur.options.profiles) {
    const range = lineRange(cur.line, cur.ch - p[1].length, cur.ch);
    return cur.options.profiles.map((name) => ({ label: name, kind: 'profile' as const, insertText: name, range }));
  }
  return [];
}

let byModule: readonly EndpointSpec[] | undefined;
/** Every endpoint, by module (user, message, group) and then in the contract's order; made on first completion. */
function endpointsByModule(): readonly EndpointSpec[] {
  return (byModule ??= MODULES.flatMap((m) => ENDPOINTS.filter((e) => e.module === m)));
}

function endpointItem(e: EndpointSpec, order: number, label: string, range: Range, locale: Locale): CompletionItem {
  const module = pick(MODULE_TITLES[e.module], locale);
  return {
    label,
    kind: 'endpoint',
    insertText: label,
    range,
    detail: pick(e.title, locale),
    documentation: `**${module}** · ${pick(e.description, locale)}`,
    sortText: `${String(MODULES.indexOf(e.module)).padStart(2, '0')}-${String(order).padStart(3, '0')}`,
  };
}

/** The method first, then `POST /path`; after the method, the path alone. */
function requestLineItems(cur: Cursor): CompletionItem[] {
  const { text, fs, ch, line, locale } = cur;
  const firstSpace = indexOfSpace(text, fs);
  if (fs === text.length || ch <= (firstSpace === -1 ? text.length : firstSpace)) {
    const range = span(line, fs === text.length ? ch : fs, ch);
    const others = [...new Set(endpointsByModule().map((e) => e.method))].filter((m) => m !== 'POST');
    return [
      { label: 'POST', kind: 'method', insertText: 'POST ', range, detail: pick(POST_DETAIL, locale), sortText: '!' },
      ...others.map((m) => ({ label: m, kind: 'method' as const, insertText: `${m} `, range, detail: pick(REST_DETAIL, locale, { method: m }), sortText: `!${m}` })),
      ...endpointsByModule().map((e, i) => endpointItem(e, i, `${e.method} ${e.path}`, range, locale)),
    ];
  }
  const range = span(line, wordStart(text, ch), ch);
  // After the method: every path (a REST one as its template, `{groupId}` to fill in).
  return endpointsByModule().map((e, i) => endpointItem(e, i, e.path, range, locale));
}

/** From the request line to the first blank line, on a line that is not a form body. */
function inHeaders(cur: Cursor, block: RequestBlock, requestLine: number): boolean {
  let bodyStart = -1;
  for (let i = requestLine + 1; i <= block.endLine; i++) {
    if (trimSpace(cur.doc.lines[i]) === '') {
      bodyStart = i;
      break;
    }
  }
  const { text } = cur;
  const looksLikeBody = text.indexOf('=') !== -1 && (text.indexOf(':') === -1 || text.indexOf('=') < text.indexOf(':'));
  return (bodyStart === -1 || cur.line < bodyStart) && !looksLikeBody;
}

function headerItems(cur: Cursor, block: RequestBlock): CompletionItem[] {
  const { text, fs, ch } = cur;
  if (text.indexOf(':') !== -1 && text.indexOf(':') < ch) return [];
  const range = span(cur.line, fs === text.length ? ch : fs, ch);
  const present = new Set(block.headers.map((h) => h.name.toLowerCase()));
  return HEADER_NAMES.filter((h) => !present.has(h.name.toLowerCase())).map((h) => ({
    label: h.name,
    kind: 'header' as const,
    insertText: `${h.name}: `,
    range,
    documentation: pick(h.description, cur.locale),
  }));
}

function endpointOf(doc: RongHttpDocument, block: RequestBlock): EndpointSpec | undefined {
  const target = block.request?.target?.text;
  if (target === undefined) return undefined;
  const text = target.indexOf('{{') === -1 ? target : new VariableResolver(doc.variables, SAMPLE_SYSTEM_VARIABLES).substitute(target).text;
  return matchTarget(targetPath(text), block.request?.method?.text ?? 'GET')?.endpoint;
}

/** Whether the parameter takes another value: not given yet, or repeated below its maximum count. */
function offered(spec: ParamSpec, block: RequestBlock): boolean {
  let count = 0;
  for (const p of block.params) if (p.name === spec.name) count++;
  return count === 0 || (spec.repeated !== undefined && count < spec.repeated.max);
}

function paramDocumentation(spec: ParamSpec, locale: Locale): string {
  const lines = [pick(spec.description, locale), '', describeRule(spec, locale)];
  if (spec.example !== undefined) lines.push('', `\`${spec.name}=${spec.example}\``);
  return lines.join('\n');
}

/** Body: the endpoint's parameter names that may be given (again). */
function paramItems(cur: Cursor, block: RequestBlock): CompletionItem[] {
  const endpoint = endpointOf(cur.doc, block);
  if (!endpoint) return [];
  if (endpoint.body === 'json') return jsonBodyStart(cur, block, endpoint);
  const { before, fs, text, ch, locale } = cur;
  const pieceStart = Math.max(before.lastIndexOf('&') + 1, fs === text.length ? ch : fs);
  if (before.indexOf('=', pieceStart) !== -1) return [];
  const blank = fs === text.length;
  const needsAmpersand = blank && block.params.length > 0;
  const range = span(cur.line, blank ? ch : pieceStart, ch);
  return endpoint.params
    .filter((spec) => offered(spec, block))
    .map((spec, i) => ({
      label: spec.name,
      kind: 'param' as const,
      insertText: `${needsAmpersand ? '&' : ''}${spec.name}=`,
      range,
      detail: pick(spec.required ? REQUIRED : OPTIONAL, locale),
      documentation: paramDocumentation(spec, locale),
      // Required first, then in the contract's order.
      sortText: `${spec.required ? 0 : 1}-${String(i).padStart(3, '0')}`,
    }));
}

/**
 * Inside a JSON body: the field names of the object the cursor is in (top level, or the children
 * of `audience` inside `"audience": {…}`), as `"name": ` with an object's opening brace for a parent.
 */
function jsonFieldItems(cur: Cursor, block: RequestBlock): CompletionItem[] {
  const body = block.jsonBody;
  const endpoint = endpointOf(cur.doc, block);
  if (!body || !endpoint || endpoint.body !== 'json') return [];
  const offset = jsonBodyOffset(body, cur.line, cur.ch);
  if (offset === undefined) return [];
  const location = getLocation(body.text, offset);
  if (!location.isAtPropertyKey || location.path.some((p) => typeof p !== 'string')) return [];
  const parent = location.path.slice(0, -1).join('.');
  const prefix = parent ? `${parent}.` : '';
  let start = cur.ch;
  while (start > 0 && !isSpace(cur.text.charCodeAt(start - 1)) && !'{,'.includes(cur.text[start - 1])) start--;
  const range = span(cur.line, start, cur.ch);
  const seen = new Set<string>();
  const items: CompletionItem[] = [];
  endpoint.params.forEach((spec, i) => {
    if (spec.in !== undefined || !spec.name.startsWith(prefix)) return;
    const rest = spec.name.slice(prefix.length);
    const dot = rest.indexOf('.');
    const key = dot === -1 ? rest : rest.slice(0, dot);
    if (key.length === 0 || seen.has(key)) return;
    seen.add(key);
    const leaf = dot === -1;
    items.push({
      label: key,
      kind: 'param',
      insertText: leaf ? `"${key}": ` : `"${key}": {`,
      filterText: `"${key}"`,
      range,
      detail: leaf ? pick(spec.required ? REQUIRED : OPTIONAL, cur.locale) : `${prefix}${key}.…`,
      documentation: leaf ? paramDocumentation(spec, cur.locale) : undefined,
      sortText: `${leaf && spec.required ? 0 : 1}-${String(i).padStart(3, '0')}`,
    });
  });
  return items;
}

const JSON_BODY: Text = { en: 'JSON body with the required fields', zh: '包含必填字段的 JSON 请求体' };

/** A JSON endpoint's body not begun yet: its required fields as an indented JSON object (no form pieces). */
function jsonBodyStart(cur: Cursor, block: RequestBlock, endpoint: EndpointSpec): CompletionItem[] {
  if (block.params.length > 0 || cur.fs !== cur.text.length) return [];
  const body = jsonSkeleton(endpoint);
  return [{ label: '{…}', kind: 'param', insertText: body, range: span(cur.line, cur.ch, cur.ch), detail: pick(JSON_BODY, cur.locale), documentation: `\`\`\`json\n${body}\n\`\`\`` }];
}

/** From `start` to the cursor; empty at the cursor when the cursor is before `start`. */
function span(line: number, start: number, ch: number): Range {
  return lineRange(line, Math.min(start, ch), ch);
}

/** The start of the word that ends at `character`. */
function wordStart(text: string, character: number): number {
  let i = character;
  while (i > 0 && !isSpace(text.charCodeAt(i - 1))) i--;
  return i;
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
