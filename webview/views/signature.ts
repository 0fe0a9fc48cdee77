/** Nonce, timestamp and the lock; the masked signing string and the signature the host computed. */
import { button, checkbox, textField } from '../controls';
import { h } from '../dom';
import { post } from '../host';
import { signingPreview } from '../select';
import { dispatch, subscribe, type State } from '../store';

export function buildSignature({ t, form }: State): HTMLElement {
  const nonce = textField('nonce', t.nonce, form.nonce);
  const timestamp = textField('timestamp', t.timestamp, form.timestamp);
  timestamp.setAttribute('inputmode', 'numeric');
  // Typing a value means "use this one": the lock follows, so a signature from a log is reproduced.
  nonce.addEventListener('input', () => dispatch({ type: 'typeSigning', nonce: nonce.value }));
  timestamp.addEventListener('input', () => dispatch({ type: 'typeSigning', timestamp: timestamp.value }));
  const lock = checkbox('lock', t.lock, form.locked);
  lock.addEventListener('change', () => dispatch({ type: 'lock', locked: lock.checked }));
  const nonceError = h('p', { id: 'nonce-error', class: 'error', 'aria-live': 'polite' });
  const nonceWarning = h('p', { id: 'nonce-warning', class: 'warning', 'aria-live': 'polite' });
  const timestampError = h('p', { id: 'timestamp-error', class: 'error', 'aria-live': 'polite' });
  const lockHint = h('p', { id: 'lock-hint', class: 'hint' });
  const signingString = h('code', { id: 'signing-string', class: 'mono' });
  const signature = h('code', { id: 'signature', class: 'mono' });
  const signProblem = h('p', { id: 'sign-problem', class: 'error', 'aria-live': 'polite' });
  // After the host replaced them (a fresh pair, another form): the controls show the state's values.
  subscribe(['signing'], ({ form }) => {
    nonce.value = form.nonce;
    timestamp.value = form.timestamp;
    lock.checked = form.locked;
  });
  subscribe(['derived'], (state) => {
    const { t, form } = state;
    const p = signingPreview(state);
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
  });
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
