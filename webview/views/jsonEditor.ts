/**
 * The JSON body's editor: a monospace area as tall as its text (within bounds), where Tab indents
 * by two spaces (Esc, then Tab, leaves it: no keyboard trap), with its findings one per line below.
 */
import type { TextArea } from '../controls';

/** The editor's height in lines: a push body's skeleton shows whole, a long body scrolls. */
export const EDITOR_ROWS = { min: 8, max: 24 } as const;

/** Two spaces: the indent of the skeleton (JSON.stringify(…, 2)) the editor starts with. */
export const INDENT = '  ';

/** The rows an editor holding `text` gets: its line count, kept within EDITOR_ROWS. */
export function editorRows(text: string): number {
  const lines = text.split('\n').length;
  return Math.min(EDITOR_ROWS.max, Math.max(EDITOR_ROWS.min, lines));
}

/** Whether a key press is the plain Tab the editor takes for indenting (Shift+Tab and chords move focus as usual). */
export function isIndentKey(e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey' | 'isComposing'>): boolean {
  return e.key === 'Tab' && !e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey && !e.isComposing;
}

/** Builds the editor area; `onText` hears every change, typed or indented. */
export function jsonEditor(id: string, label: string, value: string, onText: (text: string) => void): TextArea {
  const area = document.createElement('vscode-textarea');
  area.id = id;
  area.value = value;
  area.rows = editorRows(value);
  area.monospace = true;
  area.resize = 'vertical';
  area.setAttribute('spellcheck', 'false');
  area.setAttribute('aria-label', label);
  area.classList.add('json');
  // Closure state of this one widget, not the form's: whether the last key was Esc (then Tab leaves).
  let leaving = false;
  area.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      leaving = true;
      return;
    }
    const indent = isIndentKey(e) && !leaving;
    leaving = false;
    if (!indent) return;
    e.preventDefault();
    insertIndent(area);
  });
  area.addEventListener('input', () => {
    area.rows = editorRows(area.value);
    onText(area.value);
  });
  return area;
}

/** Puts two spaces at the caret as typing would (undo keeps it), or through the selection API where the browser refuses. */
function insertIndent(area: TextArea): void {
  const inner = area.wrappedElement;
  inner.focus();
  // execCommand is old but still the one way to insert text that the browser's undo stack records.
  if (document.execCommand('insertText', false, INDENT)) return;
  inner.setRangeText(INDENT, inner.selectionStart, inner.selectionEnd, 'end');
  inner.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}
