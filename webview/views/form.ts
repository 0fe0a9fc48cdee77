/**
 * The parameters, built from the endpoint's contract data through the form model: a list of rows
 * for a repeated value (with its count), a number with its range, a JSON area that validates as
 * you type, a checkbox for a flag, a byte counter where there is a byte limit, and each finding at
 * its field and value.
 */
import { fieldHint, isTouched, type FieldModel, type FieldRow } from '../../src/playground/formModel';
import type { ParamSpec } from '../../src/core/contract';
import { sampleValue } from '../../src/core/examples';
import type { Strings } from '../../src/playground/protocol';
import { button, checkbox, textField, type TextArea, type TextField } from '../controls';
import { jsonEditor } from './jsonEditor';
import { fill, h, replaceChildren } from '../dom';
import { formModel } from '../select';
import { dispatch, subscribe, type State } from '../store';

/** The parts of a row that change as a person types. */
interface RowParts {
  readonly input?: TextField | TextArea;
  readonly bytes?: HTMLElement;
  readonly error: HTMLElement;
  readonly extra?: HTMLElement;
}

/** The controls of the form as built now, by row id and by field name. */
interface Parts {
  readonly rows: Map<string, RowParts>;
  readonly fields: Map<string, { error: HTMLElement; count?: HTMLElement; add?: HTMLElement }>;
}

const rowId = (name: string, i: number, list: boolean) => (list ? `param-${name}-${i}` : `param-${name}`);

export function buildForm({ t }: State): HTMLElement {
  const container = h('div', { id: 'params', class: 'params' });
  const parts: Parts = { rows: new Map(), fields: new Map() };
  subscribe(['fields'], (state) => {
    parts.rows.clear();
    parts.fields.clear();
    const { fields } = formModel(state);
    if (fields.length === 0) return replaceChildren(container, h('p', { class: 'hint' }, state.t.noParams));
    replaceChildren(container, ...fields.map((f) => fieldView(state.t, parts, container, f)));
    render(state, parts);
  });
  subscribe(['derived'], (state) => render(state, parts));
  return h('fieldset', {}, h('legend', {}, t.parameters), container);
}

/** A new field renders its input a moment later (Lit): focus it then, so the keyboard goes on from there. */
function focusWhenRendered(el: TextField | null): void {
  if (el) void el.updateComplete.then(() => el.focus());
}

function rowLabel(t: Strings, field: FieldModel, i: number): string {
  if (field.spec.keyed) return fill(t.keyedValueLabel, { field: field.name, n: i + 1 });
  if (field.control === 'list') return fill(t.valueLabel, { field: field.name, n: i + 1 });
  return `${field.name} (${field.required ? t.required : t.optional})`;
}

/** A keyed family's row is `key=value` (sent as `chatroom[key]=value`): the placeholder shows one, with the example key sampleName uses. */
function keyedPlaceholder(spec: ParamSpec): string {
  return `${spec.name}-1=${spec.example ?? sampleValue(spec)}`;
}

function textRow(t: Strings, parts: Parts, field: FieldModel, row: FieldRow, i: number): HTMLElement {
  const list = field.control === 'list';
  const id = rowId(field.name, i, list);
  const input = textField(id, rowLabel(t, field, i), row.value);
  input.name = field.name;
  const placeholder = field.spec.keyed ? keyedPlaceholder(field.spec) : field.spec.example;
  if (placeholder) input.placeholder = placeholder;
  if (field.range) {
    input.type = 'number';
    input.min = field.range.min;
    input.max = field.range.max;
    input.setAttribute('inputmode', 'numeric');
  }
  input.addEventListener('input', () => dispatch({ type: 'typeParam', spec: field.spec, value: input.value, row: i }));
  const bytes = row.bytes ? h('span', { id: `${id}-bytes`, class: 'bytes' }) : undefined;
  const error = h('p', { id: `${id}-error`, class: 'error', 'aria-live': 'polite' });
  parts.rows.set(id, { input, bytes, error });
  const remove = list ? button('×', () => dispatch({ type: 'removeRow', spec: field.spec, row: i }), true, `${id}-remove`) : undefined;
  remove?.setAttribute('aria-label', fill(t.removeValue, { n: i + 1 }));
  return h('div', { class: list ? 'value-row' : 'value' }, h('div', { class: 'value-input' }, input, remove), bytes, error);
}

function jsonRow(t: Strings, parts: Parts, field: FieldModel, row: FieldRow): HTMLElement {
  const id = rowId(field.name, 0, false);
  const area = jsonEditor(id, field.name, row.value, (text) => dispatch({ type: 'typeParam', spec: field.spec, value: text, row: 0 }));
  if (field.spec.example) area.placeholder = field.spec.example;
  const bytes = row.bytes ? h('span', { id: `${id}-bytes`, class: 'bytes' }) : undefined;
  const error = h('p', { id: `${id}-error`, class: 'error findings', 'aria-live': 'polite' });
  const extra = h('span', { id: `${id}-json`, class: 'hint' });
  area.setAttribute('aria-describedby', `${id}-keys ${id}-error`);
  parts.rows.set(id, { input: area, bytes, error, extra });
  return h(
    'div',
    { class: 'value' },
    area,
    h('div', { class: 'label-row' }, extra, bytes),
    h('p', { id: `${id}-keys`, class: 'hint' }, t.jsonKeys),
    error,
  );
}

function flagRow(parts: Parts, field: FieldModel, row: FieldRow): HTMLElement {
  const flag = field.flag ?? { off: '0', on: '1' };
  const id = rowId(field.name, 0, false);
  const box = checkbox(id, `${field.name} = ${flag.on}`, row.value === flag.on);
  // Unchecking sends the off value explicitly; a flag never touched is not sent at all.
  box.addEventListener('change', () => dispatch({ type: 'typeParam', spec: field.spec, value: box.checked ? flag.on : flag.off, row: 0 }));
  const error = h('p', { id: `${id}-error`, class: 'error', 'aria-live': 'polite' });
  const extra = h('span', { id: `${id}-sent`, class: 'hint' });
  parts.rows.set(id, { error, extra });
  return h('div', { class: 'value' }, box, extra, error);
}

function fieldView(t: Strings, parts: Parts, container: HTMLElement, field: FieldModel): HTMLElement {
  const list = field.control === 'list';
  const values = field.rows.map((row, i) => {
    switch (field.control) {
      case 'json':
        return jsonRow(t, parts, field, row);
      case 'flag':
        return flagRow(parts, field, row);
      case 'list':
      case 'number':
      case 'text':
        return textRow(t, parts, field, row, i);
      default: {
        const never: never = field.control;
        return never;
      }
    }
  });
  const error = h('p', { id: `param-${field.name}${list ? '' : '-field'}-error`, class: field.control === 'json' ? 'error findings' : 'error', 'aria-live': 'polite' });
  const count = field.count ? h('span', { id: `param-${field.name}-count`, class: 'count' }) : undefined;
  const add = list
    ? button(t.addValue, () => {
        dispatch({ type: 'addRow', spec: field.spec });
        focusWhenRendered(container.querySelector<TextField>(`#param-${field.name}-${field.rows.length}`));
      }, true, `param-${field.name}-add`)
    : undefined;
  parts.fields.set(field.name, { error, count, add });
  return h(
    'div',
    { class: 'field', 'data-param': field.name, 'data-control': field.control },
    h(
      'div',
      { class: 'label-row' },
      h('label', { for: rowId(field.name, 0, list) }, field.name),
      h('span', { class: field.required ? 'badge required' : 'badge' }, field.required ? t.required : t.optional),
      count,
    ),
    ...values,
    add ? h('div', { class: 'toolbar' }, add) : undefined,
    h('p', { id: `param-${field.name}-hint`, class: 'hint' }, fieldHint(field, t)),
    error,
  );
}

/** Counters and findings for the values shown now; controls are left alone so focus stays. */
function render(state: State, parts: Parts): void {
  const { t } = state;
  for (const field of formModel(state).fields) {
    const list = field.control === 'list';
    field.rows.forEach((row, i) => renderRow(t, field, row, parts.rows.get(rowId(field.name, i, list))));
    const shown = parts.fields.get(field.name);
    if (!shown) continue;
    const touched = isTouched(field, state.touched) || state.attempted;
    shown.error.textContent = touched ? field.problems.join(findingSeparator(field)) : '';
    if (shown.count && field.count) {
      shown.count.textContent = fill(t.valueCount, { given: field.count.given, max: field.count.max });
      shown.count.classList.toggle('over', field.count.over || (touched && field.count.given < field.count.min));
    }
    if (shown.add && field.count) (shown.add as HTMLElementTagNameMap['vscode-button']).disabled = field.rows.length >= field.count.max;
  }
}

/** A JSON body's findings each start with their line:column, so they read as a list, one per line (CSS pre-line). */
function findingSeparator(field: FieldModel): string {
  return field.control === 'json' ? '\n' : ' · ';
}

function renderRow(t: Strings, field: FieldModel, row: FieldRow, parts: RowParts | undefined): void {
  if (!parts) return;
  if (parts.bytes && row.bytes) {
    parts.bytes.textContent = fill(t.bytes, { used: row.bytes.used, limit: row.bytes.limit });
    parts.bytes.classList.toggle('over', row.bytes.over);
  }
  parts.error.textContent = row.value !== '' ? row.problems.join(findingSeparator(field)) : '';
  if (parts.input) (parts.input as TextField).invalid = row.value !== '' && row.problems.length > 0;
  if (parts.extra && field.control === 'json') parts.extra.textContent = row.value !== '' && row.problems.length === 0 ? t.jsonOk : '';
  if (parts.extra && field.control === 'flag') parts.extra.textContent = row.value === '' ? t.flagUnset : `${field.name}=${row.value}`;
}
