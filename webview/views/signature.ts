/** Nonce, timestamp and the lock; the masked signing string and the signature the host computed. */
import { checkbox, button, textField, type Checkbox, type TextField } from '../controls';
import { h } from '../dom';
import { post } from '../host';
import { on, session, signingPreview, update } from '../state';

let nonce: TextField;
let timestamp: TextField;
let lock: Checkbox;
let nonceError: HTMLElement;
let nonceWarning: HTMLElement;
let timestampError: HTMLElement;
let lockHint: HTMLElement;
let signingString: HTMLElement;
let signature: HTMLElement;
let signProblem: HTMLElement;

export function buildSignature(): HTMLElement {
  const { t, form } = session;
  nonce = textField('nonce', t.nonce, form.nonce);
  timestamp = textField('timestamp', t.timestamp, form.timestamp);
  timestamp.setAttribute('inputmode', 'numeric');
  // Typing a value means "use this one": the lock follows, so a signature from a log is reproduced.
  nonce.addEventListener('input', () => update({ nonce: nonce.value, locked: true }));
  timestamp.addEventListener('input', () => update({ timestamp: timestamp.value, locked: true }));
  lock = checkbox('lock', t.lock, form.locked);
  lock.addEventListener('change', () => update({ locked: lock.checked }));
  nonceError = h('p', { id: 'nonce-error', class: 'error', 'aria-live': 'polite' });
  nonceWarning = h('p', { id: 'nonce-warning', class: 'warning', 'aria-live': 'polite' });
  timestampError = h('p', { id: 'timestamp-error', class: 'error', 'aria-live': 'polite' });
  lockHint = h('p', { id: 'lock-hint', class: 'hint' });
  signingString = h('code', { id: 'signing-string', class: 'mono' });
  signature = h('code', { id: 'signature', class: 'mono' });
  signProblem = h('p', { id: 'sign-problem', class: 'error', 'aria-live': 'polite' });
  on('fields', sync);
  on('derived', render);
  return h(
    'fieldset',
    { class: 'signing' },
    h('legend', {}, t.signing),
    h(
      'div',
      { class: 'row' },
      h('div', { class: 'field grow' }, h('label', { for: 'nonce' }, t.nonce), nonce, nonceError, nonceWarning),
      h('div', { class: 'field grow' }, h('label', { for: 'timestamp' }, t.timestamp), timestamp, timestampError),
    ),
    h('div', { class: 'signing-actions' }, button(t.regenerate, () => post({ type: 'regenerate' }), true, 'regenerate'), lock),
    lockHint,
    h('dl', { class: 'signature' }, h('dt', {}, t.signingString), h('dd', {}, signingString), h('dt', {}, t.signature), h('dd', {}, signature)),
    signProblem,
  );
}

/** Puts the state's nonce, timestamp and lock into the controls (after the host replaced them). */
export function sync(): void {
  nonce.value = session.form.nonce;
  timestamp.value = session.form.timestamp;
  lock.checked = session.form.locked;
}

function render(): void {
  const { t, form } = session;
  const p = signingPreview();
  if (lock.checked !== form.locked) lock.checked = form.locked;
  signingString.textContent = p ? p.signingString : t.computing;
  signature.textContent = p ? (p.signature ?? '—') : t.computing;
  signature.classList.toggle('pending', !p);
  nonceError.textContent = p?.nonceProblem ?? '';
  nonceWarning.textContent = p?.nonceWarning ?? '';
  timestampError.textContent = p?.timestampProblem ?? '';
  nonce.invalid = Boolean(p?.nonceProblem);
  timestamp.invalid = Boolean(p?.timestampProblem);
  signProblem.textContent = p?.problem && !p.nonceProblem && !p.timestampProblem ? p.problem : '';
  lockHint.textContent = form.locked ? t.lockedHint : t.freshHint;
}
