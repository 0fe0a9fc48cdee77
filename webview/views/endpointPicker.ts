/** The profile and endpoint pickers: endpoints grouped by module, whole titles in the UI language, the path and description below. */
import { pick } from '../../src/core/text';
import { endpointGroups } from '../../src/playground/formModel';
import { append, h, replaceChildren } from '../dom';
import { endpointOf } from '../select';
import { dispatch, subscribe, type State } from '../store';

export function buildEndpointPicker({ t, locale }: State): HTMLElement {
  const profile = h('select', { id: 'profile' });
  const profileHint = h('p', { id: 'profile-hint', class: 'hint' });
  const endpoint = h('select', { id: 'endpoint' });
  const description = h('p', { id: 'endpoint-description', class: 'hint' });
  for (const group of endpointGroups(locale)) {
    const optgroup = h('optgroup', { label: group.title, 'data-module': group.module });
    for (const e of group.endpoints) append(optgroup, h('option', { value: e.id, title: `${e.label} — ${e.path}` }, e.label));
    append(endpoint, optgroup);
  }
  profile.addEventListener('change', () => dispatch({ type: 'pickProfile', profile: profile.value }));
  endpoint.addEventListener('change', () => dispatch({ type: 'pickEndpoint', endpointId: endpoint.value }));
  subscribe(['fields'], ({ form, locale }) => {
    const e = endpointOf(form);
    endpoint.value = e.id;
    description.textContent = `${e.path} · ${pick(e.description, locale)}`;
    endpoint.title = `${pick(e.title, locale)} — ${e.path}`;
    profile.value = form.profile;
  });
  subscribe(['profiles'], ({ profiles, form, t }) => {
    const options = profiles.map((p) => h('option', { value: p.name }, `${p.name} — ${p.host}`));
    if (profiles.length === 0) options.push(h('option', { value: '' }, '—'));
    replaceChildren(profile, ...options);
    if (form.profile && !profiles.some((p) => p.name === form.profile)) {
      // A profile from a saved form or a file that no longer exists: show it, so the problem is visible.
      append(profile, h('option', { value: form.profile }, `${form.profile} — ?`));
    }
    profile.value = form.profile;
    profile.disabled = profiles.length === 0;
    const chosen = profiles.find((p) => p.name === form.profile);
    profileHint.textContent = profiles.length === 0 ? t.noProfiles : chosen ? `App Key ${chosen.appKey}` : '';
  });
  return h(
    'div',
    { class: 'row' },
    h('div', { class: 'field grow' }, h('label', { for: 'profile' }, t.profile), profile, profileHint),
    h('div', { class: 'field grow' }, h('label', { for: 'endpoint' }, t.endpoint), endpoint, description),
  );
}
