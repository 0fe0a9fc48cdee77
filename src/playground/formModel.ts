/**
 * The playground's form as a model built from the contract data: which control each parameter
 * gets, its values, counters and findings, and why Send is blocked. Pure (no DOM, no 'vscode'):
 * the webview renders it, the host sends what paramPairs gives, and unit tests cover both.
 */
import { utf8ByteLength } from '../core/bytes';
import type { EndpointSpec, ModuleId, ParamSpec } from '../core/contract';
import type { FormParams } from '../core/form';
import { fill, pick, type Locale } from '../core/text';
import { describeRule, formatFinding, validateParams, type Finding } from '../core/validation';
import { decodeJsonBody, validateJsonBody, type LocatedFinding } from '../core/jsonBody';
import { examplePairs } from '../core/examples';
import { pairsToJson, specOf, splitPairs } from '../core/wire';
import { JSON_BODY_FIELD } from './formValues';
import type { Catalogue, FormState, FormValues, HistoryEntry, Strings } from './protocol';

export { JSON_BODY_FIELD, valuesFromPairs } from './formValues';

const JSON_BODY_TEXT = {
  en: 'The JSON body: {fields}',
  zh: 'JSON 请求体：{fields}',
} as const;

function isJsonBody(endpoint: EndpointSpec): boolean {
  return endpoint.body === 'json';
}

/** The parameters the form shows as fields: every one, or for a JSON body those outside it plus the body's editor. */
export function formSpecs(endpoint: EndpointSpec): ParamSpec[] {
  if (!isJsonBody(endpoint)) return [...endpoint.params];
  const outside = endpoint.params.filter((p) => p.in !== undefined);
  const inside = endpoint.params.filter((p) => p.in === undefined);
  if (inside.length === 0) return outside;
  const names = inside.map((p) => `${p.name}${p.required ? '*' : ''}`).join(', ');
  const body: ParamSpec = {
    name: JSON_BODY_FIELD,
    kind: 'json',
    required: inside.some((p) => p.required),
    code: 1003,
    description: { en: fill(JSON_BODY_TEXT.en, { fields: names }), zh: fill(JSON_BODY_TEXT.zh, { fields: names }) },
    example: jsonSkeleton(endpoint),
  };
  return [...outside, body];
}

/** The body a JSON endpoint's editor starts with: its required fields with example values, pretty-printed. */
export function jsonSkeleton(endpoint: EndpointSpec): string {
  const body = splitPairs(endpoint, examplePairs(endpoint)).body;
  return JSON.stringify(pairsToJson(endpoint, body), undefined, 2);
}

/** How a parameter is edited: a list of rows, a number, a JSON area, a checkbox, or a line of text. */
export type FieldControl = 'list' | 'number' | 'json' | 'flag' | 'text';

export interface FieldRow {
  readonly value: string;
  /** UTF-8 bytes of the value against the limit, where there is one. */
  readonly bytes?: { readonly used: number; readonly limit: number; readonly over: boolean };
  /** Findings about this value (formatted in the UI language). */
  readonly problems: readonly string[];
}

export interface FieldModel {
  readonly spec: ParamSpec;
  readonly name: string;
  readonly control: FieldControl;
  readonly required: boolean;
  readonly description: string;
  /** The rule in a few words ("1–20 values, at most 64 bytes (UTF-8) each …"). */
  readonly rule: string;
  /** One row per value; a single parameter has exactly one. */
  readonly rows: readonly FieldRow[];
  /** Values given (non-empty rows) against the allowed count, for a repeated parameter. */
  readonly count?: { readonly given: number; readonly min: number; readonly max: number; readonly over: boolean };
  readonly range?: { readonly min: number; readonly max: number };
  /** For flags: the values meaning off and on. */
  readonly flag?: { readonly off: string; readonly on: string };
  /** Findings about the parameter as a whole (missing, counts, rules between parameters). */
  readonly problems: readonly string[];
}

export interface FormModel {
  readonly endpoint: EndpointSpec;
  readonly fields: readonly FieldModel[];
  /** Every finding, formatted: Send is disabled while there is one. */
  readonly problems: readonly string[];
  /** The same findings with the parameter each is about (what shownProblems filters by). */
  readonly findings: ReadonlyArray<{ readonly field: string; readonly text: string }>;
}

export function fieldControl(spec: ParamSpec): FieldControl {
  if (spec.repeated) return 'list';
  switch (spec.kind) {
    case 'integer':
      return 'number';
    case 'json':
      return 'json';
    case 'flag':
      return 'flag';
    case 'userId':
    case 'id':
    case 'name':
    case 'httpUri':
    case 'text':
    case 'timestampMs':
    case 'messageType':
      return 'text';
    default: {
      const never: never = spec.kind;
      return never;
    }
  }
}

/** A parameter's values as rows: a list, or the one value (a missing one is ''). A keyed family is a list of `key=value` rows. */
export function valuesOf(spec: ParamSpec, params: FormValues): string[] {
  const v = Object.prototype.hasOwnProperty.call(params, spec.name) ? params[spec.name] : undefined;
  if (v === undefined) return [''];
  const list = typeof v === 'string' ? [v] : [...v];
  if (!spec.repeated) return [list[0] ?? ''];
  return list.length === 0 ? [''] : list;
}

/** A keyed family's row `room-1=Room` as its canonical pair `chatroom[room-1]=Room` (a row without `=` is a key without a value). */
function keyedPair(spec: ParamSpec, row: string): readonly [string, string] {
  const eq = row.indexOf('=');
  return eq < 0 ? [`${spec.name}[${row}]`, ''] : [`${spec.name}[${row.slice(0, eq)}]`, row.slice(eq + 1)];
}

/**
 * The form's parameters as sent, in the endpoint's order; a repeated parameter is one pair per
 * value. An empty value means "not given", so a required one left empty is reported as missing.
 * A JSON body's fields come from its editor's text (none while it does not parse: the form is blocked then).
 */
export function paramPairs(endpoint: EndpointSpec, params: FormValues): FormParams {
  const pairs: Array<readonly [string, string]> = [];
  for (const spec of formSpecs(endpoint)) {
    if (spec.name === JSON_BODY_FIELD && isJsonBody(endpoint)) {
      for (const p of decodeJsonBody(endpoint, valuesOf(spec, params)[0]).pairs) pairs.push([p.name, p.value]);
      continue;
    }
    for (const value of valuesOf(spec, params)) if (value !== '') pairs.push(spec.keyed ? keyedPair(spec, value) : [spec.name, value]);
  }
  return pairs;
}

/** The row of each non-empty value (findings name values by their index among those sent). */
function sentRows(values: readonly string[]): number[] {
  const rows: number[] = [];
  values.forEach((v, i) => {
    if (v !== '') rows.push(i);
  });
  return rows;
}

function rowOf(f: Finding, values: readonly string[], repeated: boolean): number | undefined {
  const sent = sentRows(values);
  if (f.index !== undefined) return sent[f.index];
  // A single value's own problem (not "missing" or a count) belongs to its row.
  const aboutValue = !['missing', 'tooFewValues', 'tooManyValues', 'tooManyWith', 'duplicateParam', 'unknownParam'].includes(f.rule);
  return aboutValue && (!repeated || sent.length === 1) ? sent[0] : undefined;
}

function fieldModel(spec: ParamSpec, values: readonly string[], findings: readonly Finding[], locale: Locale): FieldModel {
  const rowProblems = values.map((): string[] => []);
  const problems: string[] = [];
  for (const f of findings) {
    const row = rowOf(f, values, spec.repeated !== undefined);
    (row === undefined ? problems : rowProblems[row]).push(formatFinding(f, locale));
  }
  const rows = values.map((value, i): FieldRow => {
    const used = utf8ByteLength(value);
    return {
      value,
      bytes: spec.maxBytes !== undefined ? { used, limit: spec.maxBytes, over: used > spec.maxBytes } : undefined,
      problems: rowProblems[i],
    };
  });
  const given = values.filter((v) => v !== '').length;
  return {
    spec,
    name: spec.name,
    control: fieldControl(spec),
    required: spec.required,
    description: pick(spec.description, locale),
    rule: describeRule(spec, locale),
    rows,
    count: spec.repeated ? { given, min: spec.repeated.min, max: spec.repeated.max, over: given > spec.repeated.max } : undefined,
    range: spec.kind === 'integer' && spec.min !== undefined && spec.max !== undefined ? { min: spec.min, max: spec.max } : undefined,
    flag: spec.kind === 'flag' ? { off: (spec.flagValues ?? ['0', '1'])[0], on: (spec.flagValues ?? ['0', '1'])[1] } : undefined,
    problems,
  };
}

/** The form for an endpoint and the values shown, with every finding at its field and value. */
export function buildFormModel(endpoint: EndpointSpec, params: FormValues, locale: Locale): FormModel {
  const specs = formSpecs(endpoint);
  const findings = isJsonBody(endpoint) ? jsonFormFindings(endpoint, params, specs) : validateParams(endpoint, paramPairs(endpoint, params));
  // A keyed family's findings name `chatroom[key]`, a JSON body's its field: they belong to the family's field, the body's editor.
  const owner = (f: Finding): string => {
    if (specs.some((s) => s.name === f.field)) return f.field;
    const spec = specOf(endpoint, f.field);
    if (isJsonBody(endpoint) && (!spec || spec.in === undefined)) return JSON_BODY_FIELD;
    return spec?.name ?? f.field;
  };
  const fields = specs.map((spec) =>
    fieldModel(spec, valuesOf(spec, params), findings.filter((f) => owner(f) === spec.name), locale),
  );
  const texts = findings.map((f) => ({ field: owner(f), text: formatFinding(f, locale) }));
  return { endpoint, fields, problems: texts.map((f) => f.text), findings: texts };
}

/**
 * A JSON endpoint's findings: those of its path and query fields as they are, and those of the
 * body moved onto the editor, each led by its line and column (the field name stays in the text).
 */
function jsonFormFindings(endpoint: EndpointSpec, params: FormValues, specs: readonly ParamSpec[]): Finding[] {
  const outside = paramPairs(endpoint, Object.fromEntries(Object.entries(params).filter(([k]) => k !== JSON_BODY_FIELD)));
  const text = valuesOf({ name: JSON_BODY_FIELD, kind: 'json', required: false, code: 1003, description: JSON_BODY_TEXT }, params)[0];
  const hasEditor = specs.some((s) => s.name === JSON_BODY_FIELD);
  const { findings } = validateJsonBody(endpoint, hasEditor ? text : '', outside);
  return findings.map((f) => (specs.some((s) => s.name === f.field) ? f : { ...f, index: undefined, at: position(text, f) }));
}

/** Where a finding of the JSON body lies, as editors count (line:column from 1); nothing for an empty editor. */
function position(text: string, f: LocatedFinding): string | undefined {
  if (text.length === 0) return undefined;
  const before = text.slice(0, f.offset);
  const line = before.split('\n').length;
  const column = f.offset - before.lastIndexOf('\n');
  return `${line}:${column}`;
}

/** A field a person has typed in (named in `touched`), or one that holds a value (prefilled, loaded). */
export function isTouched(field: FieldModel, touched: ReadonlySet<string>): boolean {
  return touched.has(field.name) || field.rows.some((r) => r.value !== '');
}

/**
 * The findings a person is shown: those of touched fields, and every one once Send was pressed
 * (an untouched form is not an error yet). `pending` names the fields whose findings wait.
 */
export function shownProblems(model: FormModel, touched: ReadonlySet<string>, attempted: boolean): { shown: string[]; pending: string[] } {
  if (attempted) return { shown: [...model.problems], pending: [] };
  const waiting = new Set(model.fields.filter((f) => !isTouched(f, touched)).map((f) => f.name));
  return {
    shown: model.findings.filter((f) => !waiting.has(f.field)).map((f) => f.text),
    pending: [...new Set(model.findings.filter((f) => waiting.has(f.field)).map((f) => f.field))],
  };
}

/** The hint under a field: its description, then its range and default unless the description says them already. */
export function fieldHint(field: FieldModel, t: Pick<Strings, 'range' | 'defaultValue'>): string {
  const extra: string[] = [];
  if (field.range) extra.push(fill(t.range, field.range));
  if (field.spec.defaultValue !== undefined) extra.push(fill(t.defaultValue, { value: field.spec.defaultValue }));
  return [field.description, ...extra.filter((x) => !field.description.includes(x))].join(' · ');
}

/**
 * The form after a send: unlocked, its nonce and timestamp become the ones the send used, so the
 * signing panel shows what was sent (the next send makes its own); locked values stay as typed.
 */
export function formAfterSend(current: FormState, entry: HistoryEntry): FormState {
  const used = entry.response;
  if (current.locked || entry.form.locked || !used?.nonce || !used.timestamp) return current;
  return { ...current, nonce: used.nonce, timestamp: used.timestamp };
}

/** The values with one parameter's value (or one row of a list) replaced. */
export function setValue(params: FormValues, spec: ParamSpec, value: string, row = 0): FormValues {
  if (!spec.repeated) return { ...params, [spec.name]: value };
  const values = valuesOf(spec, params);
  values[row] = value;
  return { ...params, [spec.name]: values };
}

/** A new empty row at the end of a list (at most the allowed count). */
export function addRow(params: FormValues, spec: ParamSpec): FormValues {
  const values = valuesOf(spec, params);
  if (spec.repeated && values.length >= spec.repeated.max) return params;
  return { ...params, [spec.name]: [...values, ''] };
}

/** A list without one row; the last row is emptied instead, so the field stays. */
export function removeRow(params: FormValues, spec: ParamSpec, row: number): FormValues {
  const values = valuesOf(spec, params);
  const rest = values.length <= 1 ? [''] : values.filter((_, i) => i !== row);
  return { ...params, [spec.name]: rest };
}

/** Only the endpoint's own parameters (a form switched from another endpoint keeps what fits); a JSON body's editor starts with its skeleton. */
export function keepKnown(endpoint: EndpointSpec, params: FormValues): FormValues {
  const out: Record<string, string | readonly string[]> = {};
  for (const spec of formSpecs(endpoint)) {
    if (!Object.prototype.hasOwnProperty.call(params, spec.name)) continue;
    const values = valuesOf(spec, params);
    out[spec.name] = spec.repeated ? values : values[0];
  }
  const editor = formSpecs(endpoint).find((s) => s.name === JSON_BODY_FIELD);
  if (editor && out[JSON_BODY_FIELD] === undefined) out[JSON_BODY_FIELD] = editor.example ?? '{}';
  return out;
}

export interface EndpointGroup {
  readonly module: ModuleId;
  readonly title: string;
  /** label: the whole title (a path beside it cut titles in a narrow picker); path: shown under the picker. */
  readonly endpoints: ReadonlyArray<{ readonly id: string; readonly label: string; readonly path: string }>;
}

/** The endpoint picker's groups: one per module, titles in the UI language. */
export function endpointGroups(catalogue: Catalogue, locale: Locale): EndpointGroup[] {
  return catalogue.modules.map(({ id: module, title }) => ({
    module,
    title: pick(title, locale),
    endpoints: catalogue.endpoints.filter((e) => e.module === module).map((e) => ({ id: e.id, label: pick(e.title, locale), path: e.path })),
  }));
}

/** What labels a history entry: the endpoint's labelParam value (and how many more), or its path. */
export function historyLabel(endpoint: EndpointSpec, params: FormValues): string {
  const spec = endpoint.labelParam ? endpoint.params.find((p) => p.name === endpoint.labelParam) : undefined;
  const values = spec ? valuesOf(spec, params).filter((v) => v !== '') : [];
  const label = values.length === 0 ? '' : values.length === 1 ? values[0] : `${values[0]} +${values.length - 1}`;
  return label ? `${endpoint.path} · ${label.slice(0, 64)}` : endpoint.path;
}
