/** The page: title, the request column (pickers, form, signing, actions, preview), the response column. */
import { byId, h, replaceChildren } from './dom';
import { on, session } from './state';
import { buildActions, doSend } from './views/actions';
import { buildEndpointPicker } from './views/endpointPicker';
import { buildForm } from './views/form';
import { buildHistory } from './views/history';
import { buildPreview } from './views/preview';
import { buildResponse } from './views/response';
import { buildSignature } from './views/signature';
import { currentPreview, endpointOf, signingPreview } from './state';

let target: HTMLElement;

export function build(): void {
  const { t } = session;
  target = h('code', { id: 'target', class: 'target' });
  on('derived', renderTarget);
  replaceChildren(
    byId('app'),
    h('header', { class: 'title' }, h('h1', {}, t.title), target),
    h(
      'div',
      { class: 'columns' },
      h('section', { class: 'column', 'aria-label': t.request }, buildEndpointPicker(), buildForm(), buildSignature(), buildActions(), buildPreview()),
      h('section', { class: 'column', 'aria-label': t.response }, buildResponse(), buildHistory()),
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
  session.built = true;
}

function renderTarget(): void {
  const p = currentPreview() ?? signingPreview();
  const endpoint = endpointOf();
  target.textContent = p?.request && p.request.url.endsWith(endpoint.path) ? `${p.request.method} ${p.request.url}` : `${endpoint.method} ${endpoint.path}`;
}
