/** The sticky action bar: Send (disabled with the reason), Cancel, Copy as cURL, Save, Paste cURL. */
import { button } from '../controls';
import { fill, h } from '../dom';
import { post } from '../host';
import { sendProblems, signingPreview } from '../select';
import { dispatch, getState, subscribe, type State } from '../store';

export function doSend(): void {
  const state = getState();
  if (state.sendingId !== undefined) return;
  const { shown, pending } = sendProblems(state);
  // Send on an untouched form: now every finding shows, and nothing goes.
  if (pending.length > 0 && !state.attempted) return dispatch({ type: 'attempt' });
  if (shown.length > 0 || pending.length > 0) return;
  post({ type: 'send', form: state.form });
}

export function buildActions({ t }: State): HTMLElement {
  const send = button(t.send, doSend, false, 'send');
  const cancel = button(t.cancel, () => post({ type: 'cancel' }), true, 'cancel');
  const copyCurl = button(t.copyCurl, () => post({ type: 'copyCurl', form: getState().form }), true, 'copy-curl');
  const saveHttp = button(t.saveHttp, () => post({ type: 'saveHttp', form: getState().form }), true, 'save-http');
  const pasteCurl = button(t.pasteCurl, () => post({ type: 'importCurl' }), true, 'paste-curl');
  const status = h('p', { id: 'send-status', class: 'status', role: 'status', 'aria-live': 'polite' });
  const notice = h('p', { id: 'notice', class: 'notice', role: 'status', 'aria-live': 'polite' });
  subscribe(['derived', 'history'], (state) => {
    const { t, form, profiles } = state;
    const p = signingPreview(state);
    const { shown: problems, pending } = sendProblems(state);
    const sending = state.sendingId !== undefined;
    send.disabled = sending || problems.length > 0;
    send.textContent = sending ? t.sending : t.send;
    cancel.disabled = !sending;
    copyCurl.disabled = !p?.curl;
    const host = profiles.find((x) => x.name === form.profile)?.host ?? '';
    status.textContent = sending
      ? t.sending
      : problems.length > 0
        ? fill(t.fixFirst, { problems: problems.join(' · ') })
        : pending.length > 0
          ? fill(t.fillIn, { fields: pending.join(', ') })
          : p
            ? fill(t.ready, { host })
            : t.waitSigning;
    status.classList.toggle('blocked', !sending && problems.length > 0);
  });
  subscribe(['notice'], ({ notice: n }) => {
    if (!n) return;
    notice.textContent = n.text;
    notice.className = `notice ${n.level}`;
  });
  // Sticky at the bottom of the view: Send and the reason it is disabled stay in sight.
  return h('div', { class: 'action-bar' }, h('div', { class: 'actions' }, send, cancel, copyCurl, saveHttp, pasteCurl), status, notice);
}
