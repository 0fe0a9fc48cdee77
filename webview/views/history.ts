/** This session's sends, newest first: each labelled by its endpoint's labelParam, shown or loaded. */
import { historyLabel } from '../../src/playground/formModel';
import { timeText } from '../../src/playground/timeText';
import { button } from '../controls';
import { specOf } from '../select';
import { h, replaceChildren } from '../dom';
import { dispatch, subscribe, type State } from '../store';

export function buildHistory({ t }: State): HTMLElement {
  const list = h('ol', { id: 'history', class: 'history' });
  subscribe(['history'], (state) => render(list, state));
  return h('div', {}, h('h2', {}, t.history), list);
}

function render(list: HTMLElement, state: State): void {
  const { t, history, selectedId } = state;
  if (history.length === 0) return replaceChildren(list, h('li', { class: 'hint' }, t.noHistory));
  const shown = selectedId ?? history[0].id;
  replaceChildren(
    list,
    ...history.map((e) => {
      const r = e.response;
      const result = r ? (r.outcome === 'cancelled' ? t.cancelled : `${r.httpStatus ?? '—'} · ${r.code ?? r.outcome}`) : t.notSent;
      const endpoint = specOf(state, e.form.endpointId);
      const show = h('button', { type: 'button', class: 'history-item', 'aria-pressed': e.id === shown ? 'true' : 'false' }, `${timeText(e.at)} · ${historyLabel(endpoint, e.form.params)} · ${result}`);
      show.classList.toggle('ok', r?.ok === true);
      show.addEventListener('click', () => {
        dispatch({ type: 'selectEntry', id: e.id });
        (list.querySelector(`[data-entry="${e.id}"] .history-item`) as HTMLElement | null)?.focus();
      });
      const load = button(t.loadIntoForm, () => dispatch({ type: 'loadEntry', id: e.id }));
      return h('li', { 'data-entry': e.id }, show, load);
    }),
  );
}
