/**
 * The profile and endpoint pickers: endpoints grouped by module, whole titles in the UI language, the
 * path and description below, a search box over both titles, the path and the id (↑/↓ move, Enter
 * picks, Esc clears), and the endpoint's "Docs ↗" link, which the host opens.
 */
import { inEveryLocale, inOtherLocales, pick, type Locale } from '../../src/core/text';
import { endpointGroups } from '../../src/playground/formModel';
import type { CatalogueEndpoint } from '../../src/playground/protocol';
import { append, fill, h, replaceChildren } from '../dom';
import { post } from '../host';
import { endpointOf, endpointSearch, movedSearchCursor } from '../select';
import { dispatch, getState, subscribe, type State } from '../store';

const optionId = (e: CatalogueEndpoint) => `endpoint-option-${e.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** Picks an endpoint: at once when its record is here, else the host answers with the form and the record. */
function pickEndpoint(endpointId: string): void {
  const before = getState();
  dispatch({ type: 'pickEndpoint', endpointId });
  if (!before.specs[endpointId] && before.catalogue.endpoints.some((e) => e.id === endpointId)) post({ type: 'pickEndpoint', endpointId, form: before.form });
}

/** One match: the title in the UI language and in the other one, the path below. */
function matchOption(e: CatalogueEndpoint, active: boolean, locale: Locale): HTMLElement {
  const option = h(
    'div',
    { role: 'option', id: optionId(e), class: active ? 'search-option active' : 'search-option', 'aria-selected': active ? 'true' : 'false', 'data-endpoint': e.id },
    h('div', {}, h('span', { class: 'search-title' }, pick(e.title, locale)), h('span', { class: 'hint' }, ` · ${inOtherLocales(e.title, locale)}`)),
    h('div', { class: 'hint' }, e.path),
  );
  // mousedown, not click: the input keeps the focus, so the list does not close first.
  option.addEventListener('mousedown', (event) => {
    event.preventDefault();
    pickEndpoint(e.id);
  });
  return option;
}

function buildSearch(t: State['t']): { box: HTMLInputElement; results: HTMLElement; empty: HTMLElement } {
  const box = h('input', {
    id: 'endpoint-search',
    type: 'search',
    role: 'combobox',
    'aria-expanded': 'false',
    'aria-controls': 'endpoint-results',
    'aria-autocomplete': 'list',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: t.searchHint,
    'aria-label': t.searchEndpoints,
  });
  const results = h('div', { id: 'endpoint-results', role: 'listbox', class: 'search-results', 'aria-label': t.searchEndpoints, hidden: true });
  const empty = h('p', { id: 'endpoint-no-match', class: 'hint', role: 'status' });
  box.addEventListener('input', () => dispatch({ type: 'searchEndpoints', query: box.value }));
  box.addEventListener('keydown', (event) => {
    const s = getState();
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      dispatch({ type: 'moveSearchCursor', active: movedSearchCursor(s, event.key === 'ArrowDown' ? 1 : -1) });
    } else if (event.key === 'Enter') {
      const active = endpointSearch(s).active;
      event.preventDefault();
      if (active) pickEndpoint(active.id);
    } else if (event.key === 'Escape' && box.value !== '') {
      // Esc clears the search; with nothing typed it is left to VS Code.
      event.preventDefault();
      event.stopPropagation();
      dispatch({ type: 'searchEndpoints', query: '' });
    }
  });
  subscribe(['search'], (s) => {
    const { groups, matches, active } = endpointSearch(s);
    const query = s.search.query;
    if (box.value !== query) box.value = query;
    const open = matches.length > 0;
    replaceChildren(
      results,
      ...groups.map((g) =>
        h(
          'div',
          { role: 'group', 'aria-label': `${g.module.title.en} · ${g.module.title.zh}`, 'data-module': g.module.id },
          h('div', { class: 'search-module', role: 'presentation' }, inEveryLocale(g.module.title, s.locale)),
          ...g.endpoints.map((e) => matchOption(e, e === active, s.locale)),
        ),
      ),
    );
    results.hidden = !open;
    box.setAttribute('aria-expanded', String(open));
    if (active) box.setAttribute('aria-activedescendant', optionId(active));
    else box.removeAttribute('aria-activedescendant');
    if (active) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
    empty.textContent = query.trim() !== '' && !open ? fill(s.t.noEndpointMatches, { query: query.trim() }) : '';
  });
  return { box, results, empty };
}

export function buildEndpointPicker({ t, locale, catalogue }: State): HTMLElement {
  const profile = h('select', { id: 'profile' });
  const profileHint = h('p', { id: 'profile-hint', class: 'hint' });
  const endpoint = h('select', { id: 'endpoint' });
  const description = h('p', { id: 'endpoint-description', class: 'hint' });
  const docs = h('a', { id: 'endpoint-docs', href: '#', title: t.docsTitle, role: 'link' }, t.docs);
  const search = buildSearch(t);
  for (const group of endpointGroups(catalogue, locale)) {
    const optgroup = h('optgroup', { label: group.title, 'data-module': group.module });
    for (const e of group.endpoints) append(optgroup, h('option', { value: e.id, title: `${e.label} — ${e.path}` }, e.label));
    append(endpoint, optgroup);
  }
  profile.addEventListener('change', () => dispatch({ type: 'pickProfile', profile: profile.value }));
  endpoint.addEventListener('change', () => pickEndpoint(endpoint.value));
  docs.addEventListener('click', (event) => {
    event.preventDefault();
    const state = getState();
    const e = endpointOf(state);
    // The host opens it only if it is this endpoint's page in the contract.
    if (e.docs) post({ type: 'openDocs', endpointId: e.id, url: pick(e.docs, state.locale) });
  });
  subscribe(['fields'], (state) => {
    const { form, locale } = state;
    const e = endpointOf(state);
    endpoint.value = e.id;
    description.textContent = `${e.path} · ${pick(e.description, locale)}`;
    endpoint.title = `${pick(e.title, locale)} — ${e.path}`;
    docs.hidden = !e.docs;
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
    h(
      'div',
      { class: 'field grow' },
      h('div', { class: 'endpoint-heading' }, h('label', { for: 'endpoint' }, t.endpoint), docs),
      h('div', { class: 'endpoint-search' }, search.box, search.results),
      search.empty,
      endpoint,
      description,
    ),
  );
}
