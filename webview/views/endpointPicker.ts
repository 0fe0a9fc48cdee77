/** The profile and endpoint pickers: endpoints grouped by module, whole titles in the UI language, the path and description below. */
import { findEndpointById } from '../../src/core/contract';
import { pick } from '../../src/core/text';
import { endpointGroups, keepKnown } from '../../src/playground/formModel';
import { append, h, replaceChildren } from '../dom';
import { saveForm } from '../host';
import { emit, endpointOf, on, replaceForm, session, update } from '../state';

let profile: HTMLSelectElement;
let profileHint: HTMLElement;
let endpoint: HTMLSelectElement;
let description: HTMLElement;

export function buildEndpointPicker(): HTMLElement {
  const { t } = session;
  profile = h('select', { id: 'profile' });
  profileHint = h('p', { id: 'profile-hint', class: 'hint' });
  endpoint = h('select', { id: 'endpoint' });
  description = h('p', { id: 'endpoint-description', class: 'hint' });
  for (const group of endpointGroups(session.locale)) {
    const optgroup = h('optgroup', { label: group.title, 'data-module': group.module });
    for (const e of group.endpoints) append(optgroup, h('option', { value: e.id, title: `${e.label} — ${e.path}` }, e.label));
    append(endpoint, optgroup);
  }
  profile.addEventListener('change', () => {
    update({ profile: profile.value });
    renderProfiles();
  });
  endpoint.addEventListener('change', () => {
    const next = findEndpointById(endpoint.value);
    // Values the next endpoint also takes (a userId) stay; the rest would be unknown parameters.
    if (next) replaceForm({ ...session.form, endpointId: next.id, params: keepKnown(next, session.form.params) });
  });
  on('fields', sync);
  on('profiles', renderProfiles);
  return h(
    'div',
    { class: 'row' },
    h('div', { class: 'field grow' }, h('label', { for: 'profile' }, t.profile), profile, profileHint),
    h('div', { class: 'field grow' }, h('label', { for: 'endpoint' }, t.endpoint), endpoint, description),
  );
}

function sync(): void {
  const e = endpointOf();
  endpoint.value = e.id;
  description.textContent = `${e.path} · ${pick(e.description, session.locale)}`;
  endpoint.title = `${pick(e.title, session.locale)} — ${e.path}`;
  profile.value = session.form.profile;
}

export function renderProfiles(): void {
  const { profiles, form, t } = session;
  const options = profiles.map((p) => h('option', { value: p.name }, `${p.name} — ${p.host}`));
  if (profiles.length === 0) options.push(h('option', { value: '' }, '—'));
  replaceChildren(profile, ...options);
  if (form.profile && !profiles.some((p) => p.name === form.profile)) {
    // A profile from a saved form or a file that no longer exists: show it, so the problem is visible.
    append(profile, h('option', { value: form.profile }, `${form.profile} — ?`));
  }
  if (!form.profile && profiles.length > 0) {
    session.form = { ...form, profile: (profiles.find((p) => p.active) ?? profiles[0]).name };
    saveForm(session.form);
  }
  profile.value = session.form.profile;
  profile.disabled = profiles.length === 0;
  const chosen = profiles.find((p) => p.name === session.form.profile);
  profileHint.textContent = profiles.length === 0 ? t.noProfiles : chosen ? `App Key ${chosen.appKey}` : '';
  emit('derived');
}
