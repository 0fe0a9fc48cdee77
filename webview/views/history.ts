/** This session's sends, newest first: each labelled by its endpoint's labelParam, shown or loaded. */
import { findEndpointById, GET_TOKEN } from '../../src/core/contract';
import { historyLabel } from '../../src/playground/formModel';
import { button } from '../controls';
import { h, replaceChildren } from '../dom';
import { emit, on, replaceForm, session, time } from '../state';

let list: HTMLElement;

export function buildHistory(): HTMLElement {
  list = h('ol', { id: 'history', class: 'history' });
  on('history', render);
  return h('div', {}, h('h2', {}, session.t.history), list);
}

function render(): void {
  const { t, history, selectedId } = session;
  if (history.length === 0) return replaceChildren(list, h('li', { class: 'hint' }, t.noHistory));
  const shown = selectedId ?? history[0].id;
  replaceChildren(
    list,
    ...history.map((e) => {
      const r = e.response;
      const result = r ? (r.outcome === 'cancelled' ? t.cancelled : `${r.httpStatus ?? '—'} · ${r.code ?? r.outcome}`) : t.notSent;
      const endpoint = findEndpointById(e.form.endpointId) ?? GET_TOKEN;
      const show = h('button', { type: 'button', class: 'history-item', 'aria-pressed': e.id === shown ? 'true' : 'false' }, `${time(e.at)} · ${historyLabel(endpoint, e.form.params)} · ${result}`);
      show.classList.toggle('ok', r?.ok === true);
      show.addEventListener('click', () => {
        session.selectedId = e.id;
        emit('history');
        (list.querySelector(`[data-entry="${e.id}"] .history-item`) as HTMLElement | null)?.focus();
      });
      const load = button(t.loadIntoForm, () => replaceForm({ ...e.form }));
      return h('li', { 'data-entry': e.id }, show, load);
    }),
  );
}
