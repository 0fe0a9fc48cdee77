/** The request as it will go (signed by the host), its cURL command and the code snippets. */
import '@vscode-elements/elements/dist/vscode-tab-header/index.js';
import '@vscode-elements/elements/dist/vscode-tab-panel/index.js';
import '@vscode-elements/elements/dist/vscode-tabs/index.js';
import type { SnippetId } from '../../src/core/snippets';
import { SNIPPET_IDS, type Preview, type RequestView } from '../../src/playground/protocol';
import { button, codeBlock } from '../controls';
import { append, h } from '../dom';
import { post } from '../host';
import { currentPreview } from '../select';
import { getState, subscribe, type State } from '../store';

export const requestLines = (r: RequestView): string => `${r.method} ${r.url}\n${r.headers.map(([k, v]) => `${k}: ${v}`).join('\n')}\n\n${r.body}`;

function header(label: string): HTMLElement {
  const el = document.createElement('vscode-tab-header');
  el.textContent = label;
  return el;
}

function panel(...children: HTMLElement[]): HTMLElement {
  const el = document.createElement('vscode-tab-panel');
  append(el, ...children);
  return el;
}

const unsigned = (q: Preview) => q.problem ?? [q.nonceProblem, q.timestampProblem].filter(Boolean).join('\n');

export function buildPreview({ t }: State): HTMLElement {
  const tabs = document.createElement('vscode-tabs');
  tabs.id = 'preview-tabs';
  const requestText = codeBlock('request-text', t.request);
  const curlText = codeBlock('curl-text', 'cURL');
  const snippetText = new Map<SnippetId, HTMLElement>();
  const snippetHeader = new Map<SnippetId, HTMLElement>();
  const snippetPanel = new Map<SnippetId, HTMLElement>();
  append(tabs, header(t.request), panel(requestText));
  append(tabs, header('cURL'), panel(h('div', { class: 'toolbar' }, button(t.copy, () => post({ type: 'copyCurl', form: getState().form }))), curlText));
  for (const id of SNIPPET_IDS) {
    const code = codeBlock(`snippet-${id}`, id);
    const head = header(id);
    const body = panel(h('div', { class: 'toolbar' }, button(t.copy, () => post({ type: 'copySnippet', snippet: id, form: getState().form }))), code);
    snippetText.set(id, code);
    snippetHeader.set(id, head);
    snippetPanel.set(id, body);
    // An SDK's tab waits hidden until the host's preview says the endpoint has that SDK's snippet.
    head.hidden = body.hidden = id.endsWith('-sdk');
    append(tabs, head, body);
  }
  subscribe(['derived'], (state) => {
    const full = currentPreview(state);
    if (!full) {
      requestText.textContent = state.t.computing;
      curlText.textContent = state.t.computing;
    } else if (full.request) {
      requestText.textContent = requestLines(full.request);
      curlText.textContent = full.curl ?? '';
    } else {
      requestText.textContent = unsigned(full);
      curlText.textContent = unsigned(full);
    }
    const snippets = state.preview?.snippets;
    for (const s of snippets ?? []) {
      const el = snippetText.get(s.id);
      if (el && el.textContent !== s.code) el.textContent = s.code;
      const head = snippetHeader.get(s.id);
      if (head && head.textContent !== s.label) head.textContent = s.label;
    }
    // An SDK's tab shows only for the endpoints that SDK implements (the host sends only those snippets).
    if (snippets) {
      const offered = new Set(snippets.map((s) => s.id));
      const selected = tabs.querySelectorAll('vscode-tab-header')[(tabs as HTMLElement & { selectedIndex: number }).selectedIndex] as HTMLElement | undefined;
      for (const [id, head] of snippetHeader) {
        const hidden = !offered.has(id);
        if (head.hidden !== hidden) head.hidden = hidden;
        const body = snippetPanel.get(id);
        if (body && body.hidden !== hidden) body.hidden = hidden;
      }
      // A tab that has just been hidden must not stay the shown one: back to the request.
      if (selected?.hidden) (tabs as HTMLElement & { selectedIndex: number }).selectedIndex = 0;
    }
  });
  return h('div', {}, h('h2', {}, t.preview), tabs);
}
