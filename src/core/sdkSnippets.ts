/**
 * Snippets in the official server SDKs' own words: the call template of `EndpointSpec.sdks` (grammar
 * in types.ts, `SdkCalls`) filled with the form's values, inside the SDK's construction with the
 * App Secret read from RONG_APP_SECRET. A snippet never holds a secret or a signature (the SDK signs).
 * Pure: data and strings in, a string out.
 */
import type { EndpointSpec, ParamSpec, SdkId } from './contract/types';
import { JAVA_MODEL_PACKAGES } from './javaModels';
import { JAVA_VOID_SETTERS } from './javaVoidSetters';
import { javaString, jsString, pyString, SECRET_ENV } from './snippets';

export const SDK_IDS: readonly SdkId[] = ['go', 'java', 'node', 'php', 'python'];


/**
 * A coercion a template may ask for when the SDK's type differs from the parameter's kind: `string`,
 * `int`, `bool` for a scalar (`minute:string`); `map` for a JSON object the SDK takes as a map (Go
 * `map[string]interface{}`, Java `HashMap<String, String>`); `pairs` for a keyed family the SDK takes as
 * a list of (key, value) pairs (Python `[("room-1", "Room")]`); `key` for the key of a keyed family's
 * entry inside a list's one element (`[{id: chatroom:key, name: chatroom}]`: one object per entry);
 * outside a list, `key` and `value` are the first entry's (Go's ChatRoomCreate(id, name) takes one);
 * `stringmap` for a JSON object the SDK takes as strings to strings (Go `map[string]string`, elsewhere as `map`);
 * `set` for a JSON array of strings (Go `[]string` or, spread, one argument each; Java `Set.of(…)`; else a list).
 */
export type Coercion = 'string' | 'int' | 'bool' | 'map' | 'stringmap' | 'set' | 'pairs' | 'key' | 'value';

export type SdkArg =
  | { readonly t: 'param'; readonly name: string; readonly as?: Coercion; readonly spread?: boolean }
  | { readonly t: 'string'; readonly value: string }
  | { readonly t: 'number'; readonly value: string }
  | { readonly t: 'bool'; readonly value: boolean }
  | { readonly t: 'nil' }
  | { readonly t: 'model'; readonly type: string; readonly pointer: boolean; readonly fields: readonly SdkField[] }
  | { readonly t: 'object'; readonly fields: readonly SdkField[] }
  | { readonly t: 'list'; readonly items: readonly SdkArg[] }
  | { readonly t: 'call'; readonly name: string; readonly args: readonly SdkArg[] }
  | { readonly t: 'kw'; readonly name: string; readonly value: SdkArg };

export interface SdkField {
  readonly name: string;
  readonly value: SdkArg;
}

/** A parsed template: the callee as written (`getUser()->Block()->add`) and its arguments; `args` absent for a bare name. */
export interface SdkCall {
  readonly callee: string;
  readonly args?: readonly SdkArg[];
}

const CALLEE = /^[A-Za-z_$][\w$]*(?:\(\))?(?:(?:\.|->)[A-Za-z_$][\w$]*(?:\(\))?)*/;
const IDENT = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*/;

class Parser {
  i = 0;
  constructor(readonly s: string) {}

  fail(what: string): never {
    throw new Error(`${what} at ${this.i} in "${this.s}"`);
  }

  ws(): void {
    while (this.i < this.s.length && /\s/.test(this.s[this.i])) this.i++;
  }

  eat(ch: string): boolean {
    this.ws();
    if (this.s.startsWith(ch, this.i)) {
      this.i += ch.length;
      return true;
    }
    return false;
  }

  expect(ch: string): void {
    if (!this.eat(ch)) this.fail(`expected ${ch}`);
  }

  match(re: RegExp): string | undefined {
    this.ws();
    const m = re.exec(this.s.slice(this.i));
    if (!m) return undefined;
    this.i += m[0].length;
    return m[0];
  }

  list<T>(close: string, item: () => T): T[] {
    const out: T[] = [];
    if (this.eat(close)) return out;
    for (;;) {
      out.push(item());
      if (this.eat(close)) return out;
      this.expect(',');
      if (this.eat(close)) return out; // a trailing comma
    }
  }

  fields(): SdkField[] {
    return this.list('}', () => {
      const name = this.match(/^[A-Za-z_$][\w$]*/) ?? this.fail('expected a field name');
      this.expect(':');
      return { name, value: this.arg() };
    });
  }

  arg(): SdkArg {
    this.ws();
    const c = this.s[this.i];
    if (c === '"') {
      const m = /^"(?:[^"\\]|\\.)*"/.exec(this.s.slice(this.i)) ?? this.fail('unterminated string');
      this.i += m[0].length;
      return { t: 'string', value: JSON.parse(m[0]) as string };
    }
    const num = this.match(/^-?\d+(?:\.\d+)?(?![\w$])/);
    if (num !== undefined) return { t: 'number', value: num };
    if (this.eat('[')) return { t: 'list', items: this.list(']', () => this.arg()) };
    if (this.eat('{')) return { t: 'object', fields: this.fields() };
    if (this.eat('...')) {
      const name = this.match(IDENT) ?? this.fail('expected a parameter after ...');
      return { t: 'param', name, spread: true, ...this.coercion() };
    }
    const pointer = this.eat('&');
    const name = this.match(IDENT) ?? this.fail('expected an argument');
    if (this.eat('{')) return { t: 'model', type: name, pointer, fields: this.fields() };
    if (pointer) this.fail('expected a model after &');
    if (this.eat('(')) return { t: 'call', name, args: this.list(')', () => this.arg()) };
    this.ws();
    if (this.s[this.i] === '=' && this.s[this.i + 1] !== '=') {
      this.i++;
      return { t: 'kw', name, value: this.arg() };
    }
    if (name === 'true' || name === 'false') return { t: 'bool', value: name === 'true' };
    if (name === 'nil' || name === 'null' || name === 'None') return { t: 'nil' };
    return { t: 'param', name, ...this.coercion() };
  }

  coercion(): { as?: Coercion } {
    if (!this.eat(':')) return {};
    const as = this.match(/^(?:stringmap|string|int|bool|map|set|pairs|key|value)\b/) ?? this.fail('expected string, int, bool, map, stringmap, set, pairs, key or value after :');
    return { as: as as Coercion };
  }
}

/** Parses a call template; throws with the position when it does not follow the grammar. */
export function parseSdkCall(template: string): SdkCall {
  const p = new Parser(template.trim());
  let callee = p.match(CALLEE) ?? p.fail('expected a method name');
  p.ws();
  if (p.i === p.s.length) {
    // `getUser()->Block()->getList()`: the last empty parentheses are the call itself.
    if (callee.endsWith('()')) return { callee: callee.slice(0, -2), args: [] };
    return { callee };
  }
  p.expect('(');
  const args = p.list(')', () => p.arg());
  p.ws();
  if (p.i !== p.s.length) p.fail('unexpected text after the call');
  callee = callee.trim();
  return { callee, args };
}

function walk(args: readonly SdkArg[], visit: (a: SdkArg) => void): void {
  for (const a of args) {
    visit(a);
    if (a.t === 'model' || a.t === 'object') walk(a.fields.map((f) => f.value), visit);
    else if (a.t === 'list') walk(a.items, visit);
    else if (a.t === 'call') walk(a.args, visit);
    else if (a.t === 'kw') walk([a.value], visit);
  }
}

/** What is wrong with an endpoint's call templates: parse errors and parameters it does not have. Empty when all is well. */
export function sdkTemplateProblems(endpoint: EndpointSpec): string[] {
  const problems: string[] = [];
  const names = new Set(endpoint.params.map((p) => p.name));
  for (const sdk of SDK_IDS) {
    const template = endpoint.sdks?.[sdk];
    if (template === undefined) continue;
    let call: SdkCall;
    try {
      call = parseSdkCall(template);
    } catch (e) {
      problems.push(`${endpoint.id} ${sdk}: ${(e as Error).message}`);
      continue;
    }
    walk(call.args ?? [], (a) => {
      if (a.t === 'param' && !names.has(a.name)) problems.push(`${endpoint.id} ${sdk}: "${a.name}" is not a parameter of ${endpoint.path}`);
      if (a.t === 'kw' && sdk !== 'python') problems.push(`${endpoint.id} ${sdk}: keyword argument ${a.name}= is Python only`);
    });
  }
  return problems;
}

/** The SDK method a template names (`Chatroom.Block.add` of `Chatroom.Block.add({…})`), for the coverage table; the template itself when it does not parse. */
export function sdkMethodName(template: string): string {
  try {
    return parseSdkCall(template).callee;
  } catch {
    return template;
  }
}

/** The SDKs whose template for this endpoint is a call (a bare method name gets no snippet). */
export function sdkSnippetIds(endpoint: EndpointSpec): SdkId[] {
  return SDK_IDS.filter((sdk) => {
    const template = endpoint.sdks?.[sdk];
    if (template === undefined) return false;
    try {
      return parseSdkCall(template).args !== undefined;
    } catch {
      return false;
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Literals

const hex = (c: number, n: number) => c.toString(16).padStart(n, '0');

function isLoneSurrogate(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const n = s.charCodeAt(i + 1);
    return !(n >= 0xdc00 && n <= 0xdfff);
  }
  if (c >= 0xdc00 && c <= 0xdfff) {
    const p = s.charCodeAt(i - 1);
    return !(p >= 0xd800 && p <= 0xdbff);
  }
  return false;
}

const invisible = (c: number) => c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029;
const BASIC: Readonly<Record<string, string>> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A Go interpreted string literal; Go source is UTF-8, so a lone surrogate becomes U+FFFD. */
export function goString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const c = s.charCodeAt(i);
    if (BASIC[ch]) out += BASIC[ch];
    else if (isLoneSurrogate(s, i)) out += '\\uFFFD';
    else if (c < 0x80 && invisible(c)) out += `\\x${hex(c, 2)}`;
    else if (invisible(c)) out += `\\u${hex(c, 4)}`;
    else out += ch;
  }
  return `${out}"`;
}

/** A PHP double-quoted string: `$` escaped so nothing is interpolated; `\u{…}` (PHP 7) for invisible characters. */
export function phpString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const c = s.charCodeAt(i);
    if (BASIC[ch]) out += BASIC[ch];
    else if (ch === '$') out += '\\$';
    else if (isLoneSurrogate(s, i)) out += '\\u{fffd}';
    else if (c < 0x80 && invisible(c)) out += `\\x${hex(c, 2)}`;
    else if (invisible(c)) out += `\\u{${hex(c, 4)}}`;
    else out += ch;
  }
  return `${out}"`;
}

const STRING: Readonly<Record<SdkId, (s: string) => string>> = {
  go: goString,
  java: javaString,
  node: jsString,
  php: phpString,
  python: pyString,
};

// ---------------------------------------------------------------------------------------------
// Values

export interface SdkSnippetInput {
  readonly endpoint: EndpointSpec;
  readonly appKey: string;
  /** The API host the form sends to (region primary or a custom base URL), without a trailing slash. */
  readonly host: string;
  /** The region's backup host, when there is one. */
  readonly backup?: string;
  /** Form parameters in order (decoded values), as the raw-HTTP snippets get them. */
  readonly params: ReadonlyArray<readonly [string, string]>;
}

type Scalar = 'string' | 'int' | 'bool';

/** What a value of this parameter is in a program: its coercion, else its kind's natural type. */
function scalarOf(spec: ParamSpec | undefined, as?: Coercion): Scalar {
  if (as === 'string' || as === 'int' || as === 'bool') return as;
  if (!spec) return 'string';
  if (spec.kind === 'integer' || spec.kind === 'timestampMs') return 'int';
  if (spec.kind === 'flag') return spec.flagValues?.[1] === 'true' ? 'bool' : 'int';
  return 'string';
}

function scalarLiteral(sdk: SdkId, type: Scalar, value: string | undefined, spec: ParamSpec | undefined): string {
  if (type === 'bool') {
    const on = value !== undefined && (value === (spec?.flagValues?.[1] ?? '1') || value === 'true' || value === '1');
    if (sdk === 'python') return on ? 'True' : 'False';
    return on ? 'true' : 'false';
  }
  if (type === 'int') {
    if (value === undefined || value === '') return '0';
    // Leading zeros would make Go read octal and Python refuse; a non-integer stays text, as the form holds it.
    if (!/^-?\d+$/.test(value)) return STRING[sdk](value);
    const n = BigInt(value);
    // Java reads a bare literal as an int: a timestamp in milliseconds needs the long suffix.
    return sdk === 'java' && (n > 2_147_483_647n || n < -2_147_483_648n) ? `${n}L` : n.toString();
  }
  return STRING[sdk](value ?? '');
}

/** Statements a call needs before it: Java models whose setters return void, declared one variable each. */
class Prelude {
  readonly lines: string[] = [];
  private readonly used = new Map<string, number>();

  /** Declares a variable of this type set field by field, and returns its name (`tagModel`, `tagModel2`…). */
  declare(type: string, fields: ReadonlyArray<readonly [string, string]>): string {
    const n = (this.used.get(type) ?? 0) + 1;
    this.used.set(type, n);
    const name = `${type.charAt(0).toLowerCase()}${type.slice(1)}${n > 1 ? n : ''}`;
    this.lines.push(`${type} ${name} = new ${type}();`, ...fields.map(([k, v]) => `${name}.set${capitalize(k)}(${v});`));
    return name;
  }
}

class Values {
  readonly specs: ReadonlyMap<string, ParamSpec>;
  constructor(
    readonly sdk: SdkId,
    endpoint: Pick<EndpointSpec, 'params'>,
    readonly pairs: ReadonlyArray<readonly [string, string]>,
    /** Inside a list's element: the one entry of a keyed family that element stands for. */
    readonly entry?: { readonly name: string; readonly key: string; readonly value: string },
    readonly prelude: Prelude = new Prelude(),
  ) {
    this.specs = new Map(endpoint.params.map((p) => [p.name, p]));
  }

  all(name: string): string[] {
    return this.pairs.filter(([k]) => k === name).map(([, v]) => v);
  }

  keyed(name: string): Array<[string, string]> {
    const prefix = `${name}[`;
    return this.pairs.filter(([k]) => k.startsWith(prefix) && k.endsWith(']')).map(([k, v]) => [k.slice(prefix.length, -1), v]);
  }

  /** Whether the argument has a value in the form (a literal always has one). */
  present(a: SdkArg): boolean {
    if (a.t === 'param') {
      const spec = this.specs.get(a.name);
      return spec?.keyed ? this.keyed(a.name).length > 0 : this.all(a.name).length > 0;
    }
    if (a.t === 'model' || a.t === 'object') return a.fields.some((f) => this.present(f.value));
    if (a.t === 'list') return a.items.some((x) => this.present(x));
    if (a.t === 'kw') return this.present(a.value);
    if (a.t === 'call') return a.args.length === 0 || a.args.some((x) => this.present(x));
    return true;
  }
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A list's element type in Go and Java, from its first item. */
function elementType(sdk: 'go' | 'java', item: SdkArg | undefined, values: Values): string {
  if (item?.t === 'model') return sdk === 'go' ? `${item.pointer ? '*' : ''}sdk.${item.type}` : item.type;
  const scalar = item?.t === 'param' ? scalarOf(values.specs.get(item.name), item.as) : item?.t === 'number' ? 'int' : item?.t === 'bool' ? 'bool' : 'string';
  if (sdk === 'go') return scalar === 'int' ? 'int' : scalar === 'bool' ? 'bool' : item?.t === 'object' ? 'map[string]interface{}' : 'string';
  return scalar === 'int' ? 'Integer' : scalar === 'bool' ? 'Boolean' : 'String';
}

function listLiteral(sdk: SdkId, items: string[], elem: string): string {
  switch (sdk) {
    case 'go':
      return `[]${elem}{${items.join(', ')}}`;
    case 'java':
      return `new ${elem}[]{${items.join(', ')}}`;
    default:
      return `[${items.join(', ')}]`;
  }
}

function mapLiteral(sdk: SdkId, entries: Array<[string, string]>): string {
  const s = STRING[sdk];
  switch (sdk) {
    case 'go':
      return `map[string]string{${entries.map(([k, v]) => `${s(k)}: ${v}`).join(', ')}}`;
    case 'java':
      // Map.of takes at most ten pairs; Map.ofEntries any number.
      return `Map.ofEntries(${entries.map(([k, v]) => `Map.entry(${s(k)}, ${v})`).join(', ')})`;
    case 'php':
      return `[${entries.map(([k, v]) => `${s(k)} => ${v}`).join(', ')}]`;
    default:
      return `{${entries.map(([k, v]) => `${s(k)}: ${v}`).join(', ')}}`;
  }
}

/** A JSON object's members as the SDK's map of strings (a value that is not a string as its JSON text); other text stays a string. */
function jsonMapLiteral(sdk: SdkId, value: string | undefined, goType = 'map[string]interface{}'): string {
  let parsed: unknown;
  try {
    parsed = value === undefined || value === '' ? {} : JSON.parse(value);
  } catch {
    return STRING[sdk](value ?? '');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return STRING[sdk](value ?? '');
  const s = STRING[sdk];
  const entries = Object.entries(parsed as Record<string, unknown>).map(([k, v]): [string, string] => [k, s(typeof v === 'string' ? v : JSON.stringify(v))]);
  switch (sdk) {
    case 'go':
      return `${goType}{${entries.map(([k, v]) => `${s(k)}: ${v}`).join(', ')}}`;
    case 'java':
      return `new HashMap<>(${mapLiteral(sdk, entries)})`;
    default:
      return mapLiteral(sdk, entries);
  }
}

/** A JSON array's items as string literals (an item that is not a string as its JSON text); other text is one item. */
function jsonItems(sdk: SdkId, value: string | undefined): string[] {
  let parsed: unknown;
  try {
    parsed = value === undefined || value === '' ? [] : JSON.parse(value);
  } catch {
    return [STRING[sdk](value ?? '')];
  }
  const items = Array.isArray(parsed) ? parsed : [value ?? ''];
  return items.map((x) => STRING[sdk](typeof x === 'string' ? x : JSON.stringify(x)));
}

/** A JSON array as the SDK's collection of strings (Java's ExpansionModel takes a Set). */
function setLiteral(sdk: SdkId, items: string[]): string {
  if (sdk === 'java') return `Set.of(${items.join(', ')})`;
  return listLiteral(sdk, items, 'string');
}

/** A keyed family as a list of (key, value) pairs. */
function pairsLiteral(sdk: SdkId, entries: Array<[string, string]>): string {
  const s = STRING[sdk];
  switch (sdk) {
    case 'go':
      return `[][2]string{${entries.map(([k, v]) => `{${s(k)}, ${v}}`).join(', ')}}`;
    case 'java':
      return `new String[][]{${entries.map(([k, v]) => `{${s(k)}, ${v}}`).join(', ')}}`;
    case 'python':
      return `[${entries.map(([k, v]) => `(${s(k)}, ${v})`).join(', ')}]`;
    default:
      return `[${entries.map(([k, v]) => `[${s(k)}, ${v}]`).join(', ')}]`;
  }
}

function objectLiteral(sdk: SdkId, fields: Array<[string, string]>, type?: { name: string; pointer: boolean }): string {
  switch (sdk) {
    case 'go':
      return type
        ? `${type.pointer ? '&' : ''}sdk.${type.name}{${fields.map(([k, v]) => `${capitalize(k)}: ${v}`).join(', ')}}`
        : `map[string]interface{}{${fields.map(([k, v]) => `${goString(k)}: ${v}`).join(', ')}}`;
    case 'java':
      return type
        ? `new ${type.name}()${fields.map(([k, v]) => `.set${capitalize(k)}(${v})`).join('')}`
        : `Map.ofEntries(${fields.map(([k, v]) => `Map.entry(${javaString(k)}, ${v})`).join(', ')})`;
    case 'node':
      return `{ ${fields.map(([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : jsString(k)}: ${v}`).join(', ')} }`.replace('{  }', '{}');
    case 'php':
      return `[${fields.map(([k, v]) => `${phpString(k)} => ${v}`).join(', ')}]`;
    case 'python':
      return type ? `${type.name}(${fields.map(([k, v]) => `${k}=${v}`).join(', ')})` : `{${fields.map(([k, v]) => `${pyString(k)}: ${v}`).join(', ')}}`;
  }
}

/** Renders one argument (a spread renders as several); inside models and objects an absent optional field is left out. */
function render(a: SdkArg, v: Values): string[] {
  const sdk = v.sdk;
  switch (a.t) {
    case 'string':
      return [STRING[sdk](a.value)];
    case 'number':
      return [a.value];
    case 'bool':
      return [sdk === 'python' ? (a.value ? 'True' : 'False') : String(a.value)];
    case 'nil':
      return [sdk === 'go' ? 'nil' : sdk === 'python' ? 'None' : 'null'];
    case 'param': {
      const spec = v.specs.get(a.name);
      const type = scalarOf(spec, a.as);
      if (spec?.keyed && v.entry?.name === a.name) {
        return [a.as === 'key' ? STRING[sdk](v.entry.key) : scalarLiteral(sdk, type, v.entry.value, spec)];
      }
      if (spec?.keyed && (a.as === 'key' || a.as === 'value')) {
        const [key, value] = v.keyed(a.name)[0] ?? ['', ''];
        return [a.as === 'key' ? STRING[sdk](key) : scalarLiteral(sdk, type, value, spec)];
      }
      if (spec?.keyed) {
        const entries = v.keyed(a.name).map(([k, x]): [string, string] => [k, scalarLiteral(sdk, type, x, spec)]);
        return [a.as === 'pairs' ? pairsLiteral(sdk, entries) : mapLiteral(sdk, entries)];
      }
      const values = v.all(a.name);
      if (a.as === 'map') return [jsonMapLiteral(sdk, values[0])];
      if (a.as === 'stringmap') return [jsonMapLiteral(sdk, values[0], 'map[string]string')];
      if (a.as === 'set') return a.spread ? jsonItems(sdk, values[0]) : [setLiteral(sdk, jsonItems(sdk, values[0]))];
      if (a.spread) return values.map((x) => scalarLiteral(sdk, type, x, spec));
      if (spec?.repeated) {
        const elem = sdk === 'go' || sdk === 'java' ? elementType(sdk, a, v) : '';
        return [listLiteral(sdk, values.map((x) => scalarLiteral(sdk, type, x, spec)), elem)];
      }
      // An absent optional one: the server's default when the data names it (PHP's getList(page = 1, …)), else the zero value.
      return [scalarLiteral(sdk, type, values[0] ?? spec?.defaultValue, spec)];
    }
    case 'list': {
      // `[Member{id: userId}]` with a repeated parameter inside: one element per value of it.
      const only = a.items.length === 1 ? a.items[0] : undefined;
      const repeatedName = only ? repeatedInside(only, v) : undefined;
      const keyedName = only && !repeatedName ? keyedInside(only, v) : undefined;
      let items: string[];
      if (only && keyedName) {
        items = v.keyed(keyedName).map(([key, value]) => render(only, new Values(v.sdk, { params: [...v.specs.values()] }, v.pairs, { name: keyedName, key, value }, v.prelude))[0]);
      } else if (only && repeatedName) {
        items = v.all(repeatedName).map((x) => render(only, withOnly(v, repeatedName, x))[0]);
      } else {
        items = a.items.flatMap((x) => render(x, v));
      }
      const elem = sdk === 'go' || sdk === 'java' ? elementType(sdk, a.items[0], v) : '';
      return [listLiteral(sdk, items, elem)];
    }
    case 'model':
    case 'object': {
      const fields = a.fields.filter((f) => v.present(f.value)).map((f): [string, string] => [f.name, render(f.value, v).join(', ')]);
      // A chained setter that returns void would not compile: such a model is a variable set one statement at a time.
      if (sdk === 'java' && a.t === 'model' && fields.some(([k]) => JAVA_VOID_SETTERS[a.type]?.includes(k))) return [v.prelude.declare(a.type, fields)];
      return [objectLiteral(sdk, fields, a.t === 'model' ? { name: a.type, pointer: a.pointer } : undefined)];
    }
    case 'call': {
      const inner = a.args.flatMap((x) => render(x, v)).join(', ');
      return [`${sdk === 'go' ? 'sdk.' : ''}${a.name}(${inner})`];
    }
    case 'kw':
      return [`${a.name}=${render(a.value, v).join(', ')}`];
  }
}

function keyedInside(a: SdkArg, v: Values): string | undefined {
  let found: string | undefined;
  walk([a], (x) => {
    if (!found && x.t === 'param' && v.specs.get(x.name)?.keyed && v.entry?.name !== x.name) found = x.name;
  });
  return found;
}

function repeatedInside(a: SdkArg, v: Values): string | undefined {
  let found: string | undefined;
  walk([a], (x) => {
    if (!found && x.t === 'param' && v.specs.get(x.name)?.repeated && !v.specs.get(x.name)?.keyed) found = x.name;
  });
  return found;
}

/** The same values with one repeated parameter narrowed to a single value (a list's element). */
function withOnly(v: Values, name: string, value: string): Values {
  const pairs = v.pairs.filter(([k]) => k !== name).concat([[name, value]]);
  return new Values(v.sdk, { params: [...v.specs.values()].map((p) => (p.name === name ? { ...p, repeated: undefined } : p)) }, pairs, v.entry, v.prelude);
}

function renderArgs(call: SdkCall, v: Values): string {
  // An option call (Go `WithChatroomExtra(extra)`) or a keyword argument without a value is left out: the SDK's default holds.
  const args = (call.args ?? []).filter((a) => !((a.t === 'kw' || a.t === 'call') && !v.present(a)));
  return args.flatMap((a) => render(a, v)).join(', ');
}

// ---------------------------------------------------------------------------------------------
// Programs

/** The Go SDK's region constants (server-sdk-go sdk/rongcloud.go, REGION_*), by primary host. */
const GO_REGIONS: Readonly<Record<string, string>> = {
  'https://api.rong-api.com': 'REGION_BJ',
  'https://api.sg-light-api.com': 'REGION_SG',
  'https://api.sg-b-light-api.com': 'REGION_SG_B',
  'https://api.us-light-api.com': 'REGION_NA',
  'https://api.sau-light-api.com': 'REGION_SAU',
};

/** The Java SDK's data centres (server-sdk-java io.rong.CenterEnum), by primary host. */
const JAVA_CENTERS: Readonly<Record<string, string>> = {
  'https://api.rong-api.com': 'BJ',
  'https://api.sg-light-api.com': 'SG',
  'https://api.sg-b-light-api.com': 'SG_B',
  'https://api.us-light-api.com': 'NA',
  'https://api.sau-light-api.com': 'SAU',
};

/** The default host of the Go, Java and PHP SDKs (the Node and Python SDKs default to retired ronghub.com hosts). */
const DEFAULT_HOST = 'https://api.rong-api.com';


function javaImports(call: SdkCall): string[] {
  const types = new Set<string>();
  walk(call.args ?? [], (a) => {
    if (a.t === 'model') types.add(a.type);
  });
  return [...types].sort().map((t) => (JAVA_MODEL_PACKAGES[t] ? `import ${JAVA_MODEL_PACKAGES[t]}.${t};` : `// import ${t} from its package under io.rong.models`));
}


function goProgram(input: SdkSnippetInput, call: SdkCall, args: string): string {
  const region = GO_REGIONS[input.host];
  const construct = region
    ? `sdk.NewRongCloud(appKey, appSecret, sdk.${region})`
    : `sdk.NewRongCloud(appKey, appSecret, sdk.REGION_BJ, sdk.WithRongCloudURI(${goString(input.host)}))`;
  return `// go get github.com/rongcloud/server-sdk-go/v4 — run with ${SECRET_ENV} set.
package main

import (
	"fmt"
	"log"
	"os"

	"github.com/rongcloud/server-sdk-go/v4/sdk"
)

func main() {
	appKey := ${goString(input.appKey)}
	appSecret := os.Getenv("${SECRET_ENV}")
	if appSecret == "" {
		log.Fatal("Set ${SECRET_ENV} to the App Secret")
	}
	rc := ${construct}
	fmt.Println(rc.${call.callee}(${args}))
}
`;
}

function javaProgram(input: SdkSnippetInput, call: SdkCall, args: string, prelude: readonly string[]): string {
  const center = JAVA_CENTERS[input.host];
  const code = [args, ...prelude].join('\n');
  const util = [
    ...(code.includes('new HashMap<>(') ? ['import java.util.HashMap;'] : []),
    ...(code.includes('Map.ofEntries(') ? ['import java.util.Map;'] : []),
    ...(code.includes('Set.of(') ? ['import java.util.Set;'] : []),
  ];
  const imports = [...(center ? ['import io.rong.CenterEnum;'] : []), 'import io.rong.RongCloud;', ...util, ...javaImports(call)];
  const construct = center
    ? `RongCloud.getInstance(appKey, appSecret, CenterEnum.${center})`
    : `RongCloud.getInstance(appKey, appSecret, ${javaString(input.host)})`;
  return `// Maven: cn.rongcloud.im:server-sdk-java — run with ${SECRET_ENV} set.
${[...new Set(imports)].join('\n')}

public class RongSdkCall {
    public static void main(String[] args) throws Exception {
        String appKey = ${javaString(input.appKey)};
        String appSecret = System.getenv("${SECRET_ENV}");
        if (appSecret == null || appSecret.isEmpty()) throw new IllegalStateException("Set ${SECRET_ENV} to the App Secret");
        RongCloud rongCloud = ${construct};
${prelude.map((line) => `        ${line}\n`).join('')}        System.out.println(rongCloud.${call.callee}(${args}));
    }
}
`;
}

function hostList(input: SdkSnippetInput, s: (x: string) => string, suffix = ''): string[] {
  return [input.host, ...(input.backup ? [input.backup] : [])].map((h) => s(h + suffix));
}

function nodeProgram(input: SdkSnippetInput, call: SdkCall, args: string): string {
  return `// npm install rongcloud-sdk — run with ${SECRET_ENV} set.
const appSecret = process.env.${SECRET_ENV};
if (!appSecret) throw new Error('Set ${SECRET_ENV} to the App Secret');
// The SDK's default hosts are the retired ronghub.com ones: name the region's hosts.
const RongSDK = require('rongcloud-sdk')({
  appkey: ${jsString(input.appKey)},
  secret: appSecret,
  api: [${hostList(input, jsString).join(', ')}],
});

RongSDK.${call.callee}(${args}).then(
  (result) => console.log(result),
  (error) => console.error(error),
);
`;
}

function phpProgram(input: SdkSnippetInput, call: SdkCall, args: string): string {
  // The PHP SDK joins its host and the path without a slash (RongCloud/Lib/Request.php): hosts end with one.
  const hosts = input.host === DEFAULT_HOST ? '' : `, [${hostList(input, phpString, '/').join(', ')}]`;
  return `<?php
// composer require rongcloud/php-sdk — run with ${SECRET_ENV} set.
require 'vendor/autoload.php';

use RongCloud\\RongCloud;

$appSecret = getenv('${SECRET_ENV}');
if ($appSecret === false || $appSecret === '') {
    exit("Set ${SECRET_ENV} to the App Secret\\n");
}
$RongSDK = new RongCloud(${phpString(input.appKey)}, $appSecret${hosts});
$result = $RongSDK->${call.callee}(${args});
var_dump($result);
`;
}

function pythonProgram(input: SdkSnippetInput, call: SdkCall, args: string): string {
  return `# pip install rc-server-sdk — run with ${SECRET_ENV} set.
import os

from rongcloud.rongcloud import RongCloud

app_secret = os.environ.get("${SECRET_ENV}")
if not app_secret:
    raise SystemExit("Set ${SECRET_ENV} to the App Secret")
# The SDK's default hosts are the retired ronghub.com ones: name the region's hosts (";"-separated).
rc = RongCloud(${pyString(input.appKey)}, app_secret, ${pyString([input.host, ...(input.backup ? [input.backup] : [])].join(';'))})
print(rc.${call.callee}(${args}))
`;
}

/**
 * The program that calls this endpoint through the SDK with the form's values, or undefined when the
 * SDK does not implement it (or its template is a bare name). Throws on a template that does not parse.
 */
export function renderSdkSnippet(sdk: SdkId, input: SdkSnippetInput): string | undefined {
  const template = input.endpoint.sdks?.[sdk];
  if (template === undefined) return undefined;
  const call = parseSdkCall(template);
  if (call.args === undefined) return undefined;
  const values = new Values(sdk, input.endpoint, input.params);
  const args = renderArgs(call, values);
  switch (sdk) {
    case 'go':
      return goProgram(input, call, args);
    case 'java':
      return javaProgram(input, call, args, values.prelude.lines);
    case 'node':
      return nodeProgram(input, call, args);
    case 'php':
      return phpProgram(input, call, args);
    case 'python':
      return pythonProgram(input, call, args);
  }
}
