/**
 * The playground in the browser: one form that builds, signs (through the host), sends and reads a
 * request. Never imports 'vscode' nor anything that needs Node: validation and byte counting come
 * from the pure core, the signature from the host, which alone holds the App Secret.
 */
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-checkbox/index.js';
import '@vscode-elements/elements/dist/vscode-tab-header/index.js';
import '@vscode-elements/elements/dist/vscode-tab-panel/index.js';
import '@vscode-elements/elements/dist/vscode-tabs/index.js';
import '@vscode-elements/elements/dist/vscode-textfield/index.js';
import { utf8ByteLength } from '../src/core/bytes';
import { ENDPOINTS, findEndpointById, GET_TOKEN, type EndpointSpec, type ParamSpec } from '../src/core/contract';
import type { Locale } from '../src/core/contract/errorCatalogue';
import type { SnippetId } from '../src/core/snippets';
import { formatFinding, validateParam } from '../src/core/validation';
import type { FormState, HistoryEntry, HostToWebview, Preview, ProfileOption, ResponseView, Strings } from '../src/playground/protocol';
import { append, byId, fmt, h, replaceChildren } from './dom';
import { onHostMessage, post, saveForm } from './host';

type TextField = HTMLElementTagNameMap['vscode-textfield'];
type Button = HTMLElementTagNameMap['vscode-button'];
type Checkbox = HTMLElementTagNameMap['vscode-checkbox'];

const PREVIEW_DELAY_MS = 150;
const SNIPPETS: readonly SnippetId[] = ['javascript', 'python', 'java'];

let t: Strings;
let locale: Locale = 'en';
let profiles: readonly ProfileOption[] = [];
let form: FormState = { profile: '', endpointId: GET_TOKEN.id, params: {}, nonce: '', timestamp: '', locked: false };
let preview: Preview | undefined;
let seq = 0;
let previewTimer: ReturnType<typeof setTimeout> | undefined;
let history: HistoryEntry[] = [];
let selectedId: number | undefined;
let sendingId: number | undefined;
let noticeTimer: ReturnType<typeof setTimeout> | undefined;
let built = false;

/** Elements updated after the first build. */
interface Ui {
  profile: HTMLSelectElement;
  profileHint: HTMLElement;
  endpoint: HTMLSelectElement;
  target: HTMLElement;
  params: HTMLElement;
  fields: Map<string, { input: TextField; bytes: HTMLElement; error: HTMLElement; spec: ParamSpec }>;
  nonce: TextField;
  nonceError: HTMLElement;
  timestamp: TextField;
  timestampError: HTMLElement;
  lock: Checkbox;
  lockHint: HTMLElement;
  signingString: HTMLElement;
  signature: HTMLElement;
  signProblem: HTMLElement;
  send: Button;
  cancel: Button;
  copyCurl: Button;
  status: HTMLElement;
  notice: HTMLElement;
  requestText: HTMLElement;
  curlText: HTMLElement;
  snippetText: Map<SnippetId, HTMLElement>;
  snippetHeader: Map<SnippetId, HTMLElement>;
  response: HTMLElement;
  history: HTMLElement;
}
let ui: Ui;

const endpointOf = (f: FormState): EndpointSpec => findEndpointById(f.endpointId) ?? GET_TOKEN;
const localeTag = () => (locale === 'zh-cn' ? 'zh-CN' : 'en');
const time = (ms: number) => new Date(ms).toLocaleTimeString(localeTag());
const dateTime = (ms: number) => new Date(ms).toLocaleString(localeTag());

function textField(id: string, label: string, value: string): TextField {
  const f = document.createElement('vscode-textfield');
  f.id = id;
  f.label = label;
  f.value = value;
  f.setAttribute('autocomplete', 'off');
  f.setAttribute('spellcheck', 'false');
  return f;
}

function button(label: string, onClick: () => void, secondary = true, id?: string): Button {
  const b = document.createElement('vscode-button');
  if (id) b.id = id;
  b.secondary = secondary;
  b.textContent = label;
  b.addEventListener('click', () => {
    if (!b.disabled) onClick();
  });
  return b;
}

function codeBlock(id: string, label: string): HTMLElement {
  // Focusable so that a keyboard user can scroll it.
  return h('pre', { id, class: 'code', tabindex: 0, 'aria-label': label });
}

// ---- building ---------------------------------------------------------------------------------

function build(): void {
  const app = byId('app');
  const profile = h('select', { id: 'profile' });
  const endpoint = h('select', { id: 'endpoint' });
  for (const e of ENDPOINTS) {
    append(endpoint, h('option', { value: e.id }, `${locale === 'zh-cn' ? e.title.zh : e.title.en} — ${e.method} ${e.path}`));
  }
  profile.addEventListener('change', () => {
    update({ profile: profile.value });
    renderProfiles();
  });
  endpoint.addEventListener('change', () => {
    update({ endpointId: endpoint.value });
    buildParams();
    refresh();
  });

  const nonce = textField('nonce', t.nonce, form.nonce);
  const timestamp = textField('timestamp', t.timestamp, form.timestamp);
  nonce.setAttribute('inputmode', 'numeric');
  timestamp.setAttribute('inputmode', 'numeric');
  // Typing a value means "use this one": the lock follows, so a signature from a log is reproduced.
  nonce.addEventListener('input', () => update({ nonce: nonce.value, locked: true }));
  timestamp.addEventListener('input', () => update({ timestamp: timestamp.value, locked: true }));
  const lock = document.createElement('vscode-checkbox');
  lock.id = 'lock';
  lock.label = t.lock;
  lock.checked = form.locked;
  lock.addEventListener('change', () => update({ locked: lock.checked }));

  const send = button(t.send, () => doSend(), false, 'send');
  const cancel = button(t.cancel, () => post({ type: 'cancel' }), true, 'cancel');
  const copyCurl = button(t.copyCurl, () => post({ type: 'copyCurl', form }), true, 'copy-curl');
  const saveHttp = button(t.saveHttp, () => post({ type: 'saveHttp', form }), true, 'save-http');

  const tabs = document.createElement('vscode-tabs');
  tabs.id = 'preview-tabs';
  const snippetText = new Map<SnippetId, HTMLElement>();
  const snippetHeader = new Map<SnippetId, HTMLElement>();
  const requestText = codeBlock('request-text', t.request);
  const curlText = codeBlock('curl-text', 'cURL');
  const header = (label: string) => {
    const el = document.createElement('vscode-tab-header');
    el.textContent = label;
    return el;
  };
  const panel = (...children: HTMLElement[]) => {
    const el = document.createElement('vscode-tab-panel');
    append(el, ...children);
    return el;
  };
  append(tabs, header(t.request), panel(requestText));
  append(tabs, header('cURL'), panel(h('div', { class: 'toolbar' }, button(t.copy, () => post({ type: 'copyCurl', form }))), curlText));
  for (const id of SNIPPETS) {
    const code = codeBlock(`snippet-${id}`, id);
    const head = header(id);
    snippetText.set(id, code);
    snippetHeader.set(id, head);
    append(tabs, head, panel(h('div', { class: 'toolbar' }, button(t.copy, () => post({ type: 'copySnippet', snippet: id, form }))), code));
  }

  const status = h('p', { id: 'send-status', class: 'status', role: 'status', 'aria-live': 'polite' });
  const notice = h('p', { id: 'notice', class: 'notice', role: 'status', 'aria-live': 'polite' });

  ui = {
    profile,
    profileHint: h('p', { id: 'profile-hint', class: 'hint' }),
    endpoint,
    target: h('code', { id: 'target', class: 'target' }),
    params: h('div', { id: 'params', class: 'params' }),
    fields: new Map(),
    nonce,
    nonceError: h('p', { id: 'nonce-error', class: 'error', 'aria-live': 'polite' }),
    timestamp,
    timestampError: h('p', { id: 'timestamp-error', class: 'error', 'aria-live': 'polite' }),
    lock,
    lockHint: h('p', { id: 'lock-hint', class: 'hint' }),
    signingString: h('code', { id: 'signing-string', class: 'mono' }),
    signature: h('code', { id: 'signature', class: 'mono' }),
    signProblem: h('p', { id: 'sign-problem', class: 'error', 'aria-live': 'polite' }),
    send,
    cancel,
    copyCurl,
    status,
    notice,
    requestText,
    curlText,
    snippetText,
    snippetHeader,
    response: h('div', { id: 'response', class: 'response', 'aria-live': 'polite' }),
    history: h('ol', { id: 'history', class: 'history' }),
  };

  replaceChildren(
    app,
    h('header', { class: 'title' }, h('h1', {}, t.title), ui.target),
    h(
      'div',
      { class: 'columns' },
      h(
        'section',
        { class: 'column', 'aria-label': t.request },
        h(
          'div',
          { class: 'row' },
          h('div', { class: 'field grow' }, h('label', { for: 'profile' }, t.profile), profile, ui.profileHint),
          h('div', { class: 'field grow' }, h('label', { for: 'endpoint' }, t.endpoint), endpoint),
        ),
        h('fieldset', {}, h('legend', {}, t.parameters), ui.params),
        h(
          'fieldset',
          { class: 'signing' },
          h('legend', {}, t.signing),
          h(
            'div',
            { class: 'row' },
            h('div', { class: 'field grow' }, h('label', { for: 'nonce' }, t.nonce), nonce, ui.nonceError),
            h('div', { class: 'field grow' }, h('label', { for: 'timestamp' }, t.timestamp), timestamp, ui.timestampError),
          ),
          h('div', { class: 'signing-actions' }, button(t.regenerate, () => post({ type: 'regenerate' }), true, 'regenerate'), lock),
          ui.lockHint,
          h(
            'dl',
            { class: 'signature' },
            h('dt', {}, t.signingString),
            h('dd', {}, ui.signingString),
            h('dt', {}, t.signature),
            h('dd', {}, ui.signature),
          ),
          ui.signProblem,
        ),
        // Sticky at the bottom of the view: Send and the reason it is disabled stay in sight.
        h('div', { class: 'action-bar' }, h('div', { class: 'actions' }, send, cancel, copyCurl, saveHttp), status, notice),
        h('h2', {}, t.preview),
        tabs,
      ),
      h(
        'section',
        { class: 'column', 'aria-label': t.response },
        h('h2', {}, t.response),
        ui.response,
        h('h2', {}, t.history),
        ui.history,
      ),
    ),
  );
  app.removeAttribute('aria-busy');
  if (!built) {
    document.addEventListener('keydown', (e) => {
      // Ctrl/Cmd+Enter sends from anywhere in the form.
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        doSend();
      }
    });
  }
  built = true;
  buildParams();
}

function buildParams(): void {
  const endpoint = endpointOf(form);
  ui.fields.clear();
  const rows = endpoint.params.map((spec) => {
    const id = `param-${spec.name}`;
    const input = textField(id, `${spec.name} (${spec.required ? t.required : t.optional})`, form.params[spec.name] ?? '');
    input.name = spec.name;
    input.addEventListener('input', () => update({ params: { ...form.params, [spec.name]: input.value } }));
    const bytes = h('span', { id: `${id}-bytes`, class: 'bytes' });
    const error = h('p', { id: `${id}-error`, class: 'error', 'aria-live': 'polite' });
    ui.fields.set(spec.name, { input, bytes, error, spec });
    return h(
      'div',
      { class: 'field', 'data-param': spec.name },
      h(
        'div',
        { class: 'label-row' },
        h('label', { for: id }, spec.name),
        h('span', { class: spec.required ? 'badge required' : 'badge' }, spec.required ? t.required : t.optional),
        bytes,
      ),
      input,
      h('p', { class: 'hint' }, locale === 'zh-cn' ? spec.description.zh : spec.description.en),
      error,
    );
  });
  replaceChildren(ui.params, ...rows);
}

// ---- state changes ----------------------------------------------------------------------------

function update(change: Partial<FormState>): void {
  form = { ...form, ...change };
  if (change.locked !== undefined && ui.lock.checked !== form.locked) ui.lock.checked = form.locked;
  saveForm(form);
  refresh();
  schedulePreview(PREVIEW_DELAY_MS);
}

/** Puts the form's values into the controls (after the host replaced the form). */
function syncControls(): void {
  ui.profile.value = form.profile;
  ui.endpoint.value = endpointOf(form).id;
  buildParams();
  ui.nonce.value = form.nonce;
  ui.timestamp.value = form.timestamp;
  ui.lock.checked = form.locked;
}

function schedulePreview(delay: number): void {
  // The number moves at once, so that an answer for the form as it was is never shown as current.
  seq += 1;
  if (previewTimer) clearTimeout(previewTimer);
  previewTimer = setTimeout(() => {
    previewTimer = undefined;
    post({ type: 'preview', seq, form });
  }, delay);
}

/** The last preview's signing part, when made for the profile, nonce and timestamp shown now. */
function signingPreview(): Preview | undefined {
  return preview && preview.profile === form.profile && preview.nonce === form.nonce && preview.timestamp === form.timestamp ? preview : undefined;
}

/** The preview, when it was made for exactly the form shown now (parameters included). */
function currentPreview(): Preview | undefined {
  return preview && preview.seq === seq ? signingPreview() : undefined;
}

function renderProfiles(): void {
  const options = profiles.map((p) => h('option', { value: p.name }, `${p.name} — ${p.host}`));
  if (profiles.length === 0) options.push(h('option', { value: '' }, '—'));
  replaceChildren(ui.profile, ...options);
  if (form.profile && !profiles.some((p) => p.name === form.profile)) {
    // A profile from a saved form or a file that no longer exists: show it, so the problem is visible.
    append(ui.profile, h('option', { value: form.profile }, `${form.profile} — ?`));
  }
  if (!form.profile && profiles.length > 0) {
    form = { ...form, profile: (profiles.find((p) => p.active) ?? profiles[0]).name };
    saveForm(form);
  }
  ui.profile.value = form.profile;
  ui.profile.disabled = profiles.length === 0;
  const chosen = profiles.find((p) => p.name === form.profile);
  ui.profileHint.textContent = profiles.length === 0 ? t.noProfiles : chosen ? `App Key ${chosen.appKey}` : '';
}

/** Everything derived from the form and the last preview: counters, findings, signature, Send. */
function refresh(): void {
  const endpoint = endpointOf(form);
  const problems: string[] = [];
  for (const [name, f] of ui.fields) {
    const value = form.params[name] ?? '';
    const bytes = utf8ByteLength(value);
    f.bytes.textContent = fmt(t.bytes, bytes, f.spec.maxBytes ?? 0);
    f.bytes.classList.toggle('over', bytes > (f.spec.maxBytes ?? Infinity));
    const finding = validateParam(f.spec, value === '' ? undefined : value);
    const text = finding ? formatFinding(finding, locale) : '';
    f.error.textContent = text;
    f.input.invalid = finding !== undefined && (value !== '' || f.input.dataset.touched === 'true');
    if (value !== '') f.input.dataset.touched = 'true';
    if (!f.input.invalid) f.error.textContent = '';
    if (finding) problems.push(text);
  }

  const p = signingPreview();
  const full = currentPreview();
  ui.signingString.textContent = p ? p.signingString : t.computing;
  ui.signature.textContent = p ? (p.signature ?? '—') : t.computing;
  ui.signature.classList.toggle('pending', !p);
  ui.nonceError.textContent = p?.nonceProblem ?? '';
  ui.timestampError.textContent = p?.timestampProblem ?? '';
  ui.nonce.invalid = Boolean(p?.nonceProblem);
  ui.timestamp.invalid = Boolean(p?.timestampProblem);
  ui.signProblem.textContent = p?.problem && !p.nonceProblem && !p.timestampProblem ? p.problem : '';
  ui.lockHint.textContent = form.locked ? t.lockedHint : t.freshHint;
  ui.target.textContent = p?.request ? `${p.request.method} ${p.request.url}` : `${endpoint.method} ${endpoint.path}`;

  if (!form.profile) problems.unshift(t.noProfiles);
  if (p && form.locked && (p.nonceProblem || p.timestampProblem)) problems.push(...[p.nonceProblem, p.timestampProblem].filter((x): x is string => !!x));
  if (p?.problem && form.profile && !p.nonceProblem && !p.timestampProblem) problems.push(p.problem);

  const sending = sendingId !== undefined;
  ui.send.disabled = sending || problems.length > 0;
  ui.send.textContent = sending ? t.sending : t.send;
  ui.cancel.disabled = !sending;
  ui.copyCurl.disabled = !p?.curl;
  const host = profiles.find((x) => x.name === form.profile)?.host ?? '';
  ui.status.textContent = sending ? t.sending : problems.length > 0 ? fmt(t.fixFirst, problems.join(' · ')) : p ? fmt(t.ready, host) : t.waitSigning;
  ui.status.classList.toggle('blocked', !sending && problems.length > 0);

  const unsigned = (q: Preview) => q.problem ?? [q.nonceProblem, q.timestampProblem].filter(Boolean).join('\n');
  if (!full) {
    ui.requestText.textContent = t.computing;
    ui.curlText.textContent = t.computing;
  } else if (full.request) {
    const r = full.request;
    ui.requestText.textContent = `${r.method} ${r.url}\n${r.headers.map(([k, v]) => `${k}: ${v}`).join('\n')}\n\n${r.body}`;
    ui.curlText.textContent = full.curl ?? '';
  } else {
    ui.requestText.textContent = unsigned(full);
    ui.curlText.textContent = unsigned(full);
  }
  for (const s of preview?.snippets ?? []) {
    const el = ui.snippetText.get(s.id);
    if (el && el.textContent !== s.code) el.textContent = s.code;
    const head = ui.snippetHeader.get(s.id);
    if (head && head.textContent !== s.label) head.textContent = s.label;
  }
}

function doSend(): void {
  if (ui.send.disabled || sendingId !== undefined) return;
  post({ type: 'send', form });
}

function showNotice(level: 'info' | 'error', text: string): void {
  ui.notice.textContent = text;
  ui.notice.className = `notice ${level}`;
  if (noticeTimer) clearTimeout(noticeTimer);
  if (level === 'info') noticeTimer = setTimeout(() => (ui.notice.textContent = ''), 6000);
}

// ---- response and history ---------------------------------------------------------------------

function table(head: readonly string[], rows: ReadonlyArray<ReadonlyArray<string>>, label: string): HTMLTableElement {
  return h(
    'table',
    { 'aria-label': label },
    h('thead', {}, h('tr', {}, ...head.map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((c) => h('td', {}, c))))),
  );
}

function renderResponse(): void {
  const entry = history.find((e) => e.id === selectedId) ?? history[0];
  if (!entry) {
    replaceChildren(ui.response, h('p', { class: 'hint' }, t.noResponse));
    return;
  }
  const r = entry.response;
  const when = h('p', { class: 'hint' }, `${dateTime(entry.at)} · ${entry.host} · ${entry.form.profile}`);
  if (!r) {
    replaceChildren(ui.response, h('div', { class: 'outcome fail', id: 'outcome' }, t.notSent), h('p', { class: 'error', id: 'send-error' }, entry.error ?? ''), when);
    return;
  }
  const headline = [
    r.httpStatus !== undefined ? `HTTP ${r.httpStatus}` : undefined,
    r.outcome === 'cancelled' ? t.cancelled : r.summary,
    `${r.totalMs} ms`,
  ].filter(Boolean).join(' · ');
  const facts = h('dl', { class: 'facts' });
  const fact = (label: string, ...value: Array<Node | string>) => append(facts, h('dt', {}, label), h('dd', {}, ...value));
  if (r.httpStatus !== undefined) fact(t.httpStatus, String(r.httpStatus));
  if (r.code !== undefined) fact(t.code, `${r.code}${r.meaning ? ` · ${r.meaning}` : ''}`);
  if (r.token) {
    fact(
      t.token,
      h('code', { id: 'token', class: 'mono token' }, r.token),
      h('span', { class: 'inline-actions' }, button(t.copyToken, () => post({ type: 'copyToken', entryId: entry.id }), true, 'copy-token')),
      r.expiresAt ? h('span', { class: 'hint' }, fmt(t.expires, dateTime(r.expiresAt))) : '',
    );
  }
  if (r.userId) fact(t.userId, r.userId);
  if (r.nonce !== undefined) fact(t.signing, h('span', { id: 'used-values' }, fmt(t.usedValues, r.nonce, r.timestamp ?? '')), h('br'), h('code', { class: 'mono' }, r.signature ?? ''));
  fact(t.timing, `${r.totalMs} ms`);

  const parts: Node[] = [h('div', { class: `outcome ${r.ok ? 'ok' : 'fail'}`, id: 'outcome' }, headline)];
  if (r.nextStep) parts.push(h('p', { class: 'next-step' }, r.nextStep));
  parts.push(when, facts);
  if (r.attempts.length > 1) {
    parts.push(
      h('h3', {}, t.attempts),
      table(
        ['#', t.attemptHost, t.attemptResult, t.timing],
        r.attempts.map((a, i) => [
          String(i + 1),
          a.host,
          [a.status !== undefined ? `HTTP ${a.status}` : '', a.code !== undefined ? `code ${a.code}` : '', a.error ?? ''].filter(Boolean).join(' · '),
          `${a.ms} ms${a.waitedMs > 0 ? ` (${fmt(t.waited, a.waitedMs)})` : ''}`,
        ]),
        t.attempts,
      ),
    );
  }
  parts.push(
    h('details', {}, h('summary', {}, t.responseHeaders), table(['', ''], r.responseHeaders.map(([k, v]) => [k, v]), t.responseHeaders)),
    h('details', { open: true }, h('summary', {}, t.body), h('pre', { class: 'code', tabindex: 0, 'aria-label': t.body, id: 'response-body' }, `${r.bodyText ?? ''}${r.bodyTruncated ? '\n…' : ''}`)),
    h('details', {}, h('summary', {}, t.sentRequest), h('pre', { class: 'code', tabindex: 0, 'aria-label': t.sentRequest }, requestText(r))),
  );
  replaceChildren(ui.response, ...parts);
}

function requestText(r: ResponseView): string {
  const q = r.request;
  return `${q.method} ${q.url}\n${q.headers.map(([k, v]) => `${k}: ${v}`).join('\n')}\n\n${q.body}`;
}

function renderHistory(): void {
  if (history.length === 0) {
    replaceChildren(ui.history, h('li', { class: 'hint' }, t.noHistory));
    return;
  }
  const shown = selectedId ?? history[0].id;
  replaceChildren(
    ui.history,
    ...history.map((e) => {
      const r = e.response;
      const result = r ? (r.outcome === 'cancelled' ? t.cancelled : `${r.httpStatus ?? '—'} · ${r.code ?? r.outcome}`) : t.notSent;
      const label = `${time(e.at)} · ${e.form.params.userId ?? ''} · ${result}`;
      const show = h('button', { type: 'button', class: 'history-item', 'aria-pressed': e.id === shown ? 'true' : 'false' }, label);
      show.classList.toggle('ok', r?.ok === true);
      show.addEventListener('click', () => {
        selectedId = e.id;
        renderResponse();
        renderHistory();
        (ui.history.querySelector(`[data-entry="${e.id}"] .history-item`) as HTMLElement | null)?.focus();
      });
      const load = button(t.loadIntoForm, () => {
        form = { ...e.form, locked: e.form.locked };
        saveForm(form);
        syncControls();
        refresh();
        schedulePreview(0);
      });
      return h('li', { 'data-entry': e.id }, show, load);
    }),
  );
}

// ---- messages from the host ---------------------------------------------------------------------

function onMessage(message: HostToWebview): void {
  switch (message.type) {
    case 'init':
      t = message.strings;
      locale = message.locale;
      document.documentElement.lang = localeTag();
      profiles = message.profiles;
      form = message.form;
      history = [...message.history];
      sendingId = message.sending;
      build();
      renderProfiles();
      syncControls();
      saveForm(form);
      renderResponse();
      renderHistory();
      refresh();
      schedulePreview(0);
      return;
    case 'profiles':
      if (!built) return;
      profiles = message.profiles;
      renderProfiles();
      refresh();
      schedulePreview(0);
      return;
    case 'form':
      if (!built) return;
      form = message.form;
      saveForm(form);
      renderProfiles();
      syncControls();
      refresh();
      schedulePreview(0);
      return;
    case 'fresh':
      if (!built) return;
      form = { ...form, nonce: message.nonce, timestamp: message.timestamp };
      ui.nonce.value = form.nonce;
      ui.timestamp.value = form.timestamp;
      saveForm(form);
      refresh();
      schedulePreview(0);
      return;
    case 'preview':
      if (!built || message.preview.seq !== seq) return; // an answer to an older form
      preview = message.preview;
      refresh();
      return;
    case 'sending':
      if (!built) return;
      sendingId = message.id;
      refresh();
      return;
    case 'result':
      if (!built) return;
      if (sendingId === message.entry.id) sendingId = undefined;
      history = [message.entry, ...history.filter((e) => e.id !== message.entry.id)];
      selectedId = message.entry.id;
      renderResponse();
      renderHistory();
      refresh();
      return;
    case 'notice':
      if (!built) return;
      showNotice(message.level, message.text);
      return;
    default: {
      const never: never = message;
      console.warn('unknown message from the host', never);
    }
  }
}

onHostMessage(onMessage);
post({ type: 'ready' });
