/** The sticky action bar: Send (disabled with the reason), Cancel, Copy as cURL, Save, Paste cURL. */
import { button, type Button } from '../controls';
import { fmt, h } from '../dom';
import { post } from '../host';
import { emit, on, sendProblems, session, signingPreview } from '../state';

let send: Button;
let cancel: Button;
let copyCurl: Button;
let status: HTMLElement;
let notice: HTMLElement;
let noticeTimer: ReturnType<typeof setTimeout> | undefined;

export function doSend(): void {
  if (session.sendingId !== undefined) return;
  const { shown, pending } = sendProblems();
  if (pending.length > 0 && !session.attempted) {
    // Send on an untouched form: now every finding shows, and nothing goes.
    session.attempted = true;
    emit('derived');
    return;
  }
  if (send.disabled || shown.length > 0 || pending.length > 0) return;
  post({ type: 'send', form: session.form });
}

export function buildActions(): HTMLElement {
  const { t } = session;
  send = button(t.send, doSend, false, 'send');
  cancel = button(t.cancel, () => post({ type: 'cancel' }), true, 'cancel');
  copyCurl = button(t.copyCurl, () => post({ type: 'copyCurl', form: session.form }), true, 'copy-curl');
  const saveHttp = button(t.saveHttp, () => post({ type: 'saveHttp', form: session.form }), true, 'save-http');
  const pasteCurl = button(t.pasteCurl, () => post({ type: 'importCurl' }), true, 'paste-curl');
  status = h('p', { id: 'send-status', class: 'status', role: 'status', 'aria-live': 'polite' });
  notice = h('p', { id: 'notice', class: 'notice', role: 'status', 'aria-live': 'polite' });
  on('derived', render);
  on('history', render);
  // Sticky at the bottom of the view: Send and the reason it is disabled stay in sight.
  return h('div', { class: 'action-bar' }, h('div', { class: 'actions' }, send, cancel, copyCurl, saveHttp, pasteCurl), status, notice);
}

function render(): void {
  const { t, form, profiles } = session;
  const p = signingPreview();
  const { shown: problems, pending } = sendProblems();
  const sending = session.sendingId !== undefined;
  send.disabled = sending || problems.length > 0;
  send.textContent = sending ? t.sending : t.send;
  cancel.disabled = !sending;
  copyCurl.disabled = !p?.curl;
  const host = profiles.find((x) => x.name === form.profile)?.host ?? '';
  status.textContent = sending
    ? t.sending
    : problems.length > 0
      ? fmt(t.fixFirst, problems.join(' · '))
      : pending.length > 0
        ? fmt(t.fillIn, pending.join(', '))
        : p
          ? fmt(t.ready, host)
          : t.waitSigning;
  status.classList.toggle('blocked', !sending && problems.length > 0);
}

export function showNotice(level: 'info' | 'error', text: string): void {
  notice.textContent = text;
  notice.className = `notice ${level}`;
  if (noticeTimer) clearTimeout(noticeTimer);
  if (level === 'info') noticeTimer = setTimeout(() => (notice.textContent = ''), 6000);
}
