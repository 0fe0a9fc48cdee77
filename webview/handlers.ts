/**
 * What the webview does with each message from the host: a table keyed by message type. The
 * mapped type makes the table exhaustive (a new message type without a handler does not compile).
 */
import type { HostToWebview } from '../src/playground/protocol';
import { saveForm } from './host';
import { build } from './layout';
import { emit, localeTag, replaceForm, schedulePreview, session } from './state';
import { showNotice } from './views/actions';
import { renderProfiles } from './views/endpointPicker';
import { sync as syncSigning } from './views/signature';

type Message<K extends HostToWebview['type']> = Extract<HostToWebview, { type: K }>;
type Handlers = { readonly [K in HostToWebview['type']]: (message: Message<K>) => void };

export const handlers: Handlers = {
  init(m) {
    Object.assign(session, { t: m.strings, locale: m.locale, profiles: m.profiles, form: m.form, history: [...m.history], sendingId: m.sending });
    document.documentElement.lang = localeTag();
    if (!session.built) build();
    renderProfiles();
    saveForm(session.form);
    replaceForm(session.form);
    emit('history');
  },
  profiles(m) {
    session.profiles = m.profiles;
    renderProfiles();
    schedulePreview(0);
  },
  form(m) {
    replaceForm(m.form);
    renderProfiles();
  },
  fresh(m) {
    session.form = { ...session.form, nonce: m.nonce, timestamp: m.timestamp };
    saveForm(session.form);
    syncSigning();
    emit('derived');
    schedulePreview(0);
  },
  preview(m) {
    if (m.preview.seq !== session.seq) return; // an answer to an older form
    session.preview = m.preview;
    emit('derived');
  },
  sending(m) {
    session.sendingId = m.id;
    emit('derived');
  },
  result(m) {
    if (session.sendingId === m.entry.id) session.sendingId = undefined;
    session.history = [m.entry, ...session.history.filter((e) => e.id !== m.entry.id)];
    session.selectedId = m.entry.id;
    emit('history', 'derived');
  },
  notice(m) {
    showNotice(m.level, m.text);
  },
};

/** Hands a message to its handler; before `init` only `init` is handled. */
export function dispatch(message: HostToWebview): void {
  const type: HostToWebview['type'] = message.type;
  if (!Object.prototype.hasOwnProperty.call(handlers, type)) {
    console.warn('unknown message from the host', type);
    return;
  }
  if (!session.built && type !== 'init') return;
  (handlers[type] as (m: HostToWebview) => void)(message);
}
