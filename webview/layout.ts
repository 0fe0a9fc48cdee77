/** The page: title, the request column (pickers, form, signing, actions, preview), the response column. */
import { localeTag } from '../src/core/text';
import { byId, h, replaceChildren } from './dom';
import { currentPreview, endpointOf, signingPreview } from './select';
import { subscribe, type State } from './store';
import { buildActions, doSend } from './views/actions';
import { buildEndpointPicker } from './views/endpointPicker';
import { buildForm } from './views/form';
import { buildHistory } from './views/history';
import { buildPreview } from './views/preview';
import { buildResponse } from './views/response';
import { buildSignature } from './views/signature';

/** Builds the page at the first init (each view subscribes then, and renders the rest of that init). */
export function mountPage(): void {
  subscribe(['page'], (state, previous) => {
    document.documentElement.lang = localeTag(state.locale);
    if (!previous.ready) build(state);
  });
}

function build(state: State): void {
  const { t } = state;
  const target = h('code', { id: 'target', class: 'target' });
  subscribe(['derived'], (s) => {
    const p = currentPreview(s) ?? signingPreview(s);
    const endpoint = endpointOf(s);
    target.textContent = p?.request && p.request.url.endsWith(endpoint.path) ? `${p.request.method} ${p.request.url}` : `${endpoint.method} ${endpoint.path}`;
  });
  replaceChildren(
    byId('app'),
    h('header', { class: 'title' }, h('h1', {}, t.title), target),
    h(
      'div',
      { class: 'columns' },
      h('section', { class: 'column', 'aria-label': t.request }, buildEndpointPicker(state), buildForm(state), buildSignature(state), buildActions(state), buildPreview(state)),
      h('section', { class: 'column', 'aria-label': t.response }, buildResponse(state), buildHistory(state)),
    ),
  );
  byId('app').removeAttribute('aria-busy');
  document.addEventListener('keydown', (e) => {
    // Ctrl/Cmd+Enter sends from anywhere in the form.
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      doSend();
    }
  });
}
