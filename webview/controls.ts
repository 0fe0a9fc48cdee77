/** The few widgets every view uses: a text field, a button, a focusable code block, a table. */
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-checkbox/index.js';
import '@vscode-elements/elements/dist/vscode-textarea/index.js';
import '@vscode-elements/elements/dist/vscode-textfield/index.js';
import { h } from './dom';

export type TextField = HTMLElementTagNameMap['vscode-textfield'];
export type TextArea = HTMLElementTagNameMap['vscode-textarea'];
export type Button = HTMLElementTagNameMap['vscode-button'];
export type Checkbox = HTMLElementTagNameMap['vscode-checkbox'];

export function textField(id: string, label: string, value: string): TextField {
  const f = document.createElement('vscode-textfield');
  f.id = id;
  f.label = label;
  f.value = value;
  f.setAttribute('autocomplete', 'off');
  f.setAttribute('spellcheck', 'false');
  return f;
}

export function button(label: string, onClick: () => void, secondary = true, id?: string): Button {
  const b = document.createElement('vscode-button');
  if (id) b.id = id;
  b.secondary = secondary;
  b.textContent = label;
  b.addEventListener('click', () => {
    if (!b.disabled) onClick();
  });
  return b;
}

export function checkbox(id: string, label: string, checked: boolean): Checkbox {
  const c = document.createElement('vscode-checkbox');
  c.id = id;
  c.label = label;
  c.checked = checked;
  return c;
}

export function codeBlock(id: string, label: string): HTMLElement {
  // Focusable so that a keyboard user can scroll it.
  return h('pre', { id, class: 'code', tabindex: 0, 'aria-label': label });
}

export function table(head: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | Node>>, label: string, id?: string): HTMLTableElement {
  return h(
    'table',
    { 'aria-label': label, id },
    h('thead', {}, h('tr', {}, ...head.map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((c) => h('td', {}, c))))),
  );
}
