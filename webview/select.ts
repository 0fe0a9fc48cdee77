/** Values derived from the store's state (pure): the endpoint, the form model, the current preview, what keeps Send from sending. */
import type { EndpointSpec } from '../src/core/contract';
import { indexEndpoints, searchEndpoints, type EndpointMatchGroup, type EndpointSearchIndex } from '../src/playground/endpointSearch';
import type { Locale } from '../src/core/text';
import { buildFormModel, shownProblems, type FormModel } from '../src/playground/formModel';
import type { Catalogue, CatalogueEndpoint, FormState, Preview } from '../src/playground/protocol';
import type { State } from './store';

/** A record the host did not send (it always sends the form's and the history's): shown as its id, with no parameters. */
const unknownEndpoint = (id: string): EndpointSpec => ({
  id,
  module: 'user',
  method: 'POST',
  path: '',
  title: { en: id, zh: id },
  description: { en: '', zh: '' },
  source: '',
  params: [],
  success: [],
  issuesToken: false,
});

/** The record of an endpoint shown, from those the host sent. */
export const specOf = (s: Pick<State, 'specs'>, id: string): EndpointSpec => s.specs[id] ?? unknownEndpoint(id);

/** The form's endpoint. */
export const endpointOf = (s: Pick<State, 'specs' | 'form'>): EndpointSpec => specOf(s, s.form.endpointId);

// Built once per form shown (the state replaces the form object on every change).
const models = new WeakMap<FormState, { locale: Locale; model: FormModel }>();

/** The form model for the values shown now. */
export function formModel(s: State): FormModel {
  const known = models.get(s.form);
  if (known?.locale === s.locale) return known.model;
  const model = buildFormModel(endpointOf(s), s.form.params, s.locale);
  models.set(s.form, { locale: s.locale, model });
  return model;
}

/** The last preview's signing part, when made for the profile, nonce and timestamp shown now. */
export function signingPreview(s: State): Preview | undefined {
  const { preview, form } = s;
  return preview && preview.profile === form.profile && preview.nonce === form.nonce && preview.timestamp === form.timestamp ? preview : undefined;
}

/** The preview, when it was made for exactly the form shown now (parameters included). */
export function currentPreview(s: State): Preview | undefined {
  return s.preview && s.preview.seq === s.seq ? signingPreview(s) : undefined;
}

/**
 * What keeps Send from sending, in the order a person would fix it: `shown` (profile, signing, and
 * the findings of touched fields, all of them once Send was pressed) and `pending` (untouched fields).
 */
export function sendProblems(s: State): { shown: string[]; pending: string[] } {
  const { form, t } = s;
  const p = signingPreview(s);
  const { shown, pending } = shownProblems(formModel(s), s.touched, s.attempted);
  const problems = [...shown];
  if (!form.profile) problems.unshift(t.noProfiles);
  if (p && form.locked) problems.push(...[p.nonceProblem, p.timestampProblem].filter((x): x is string => !!x));
  if (p?.problem && form.profile && !p.nonceProblem && !p.timestampProblem) problems.push(p.problem);
  return { shown: problems, pending };
}

// Lower-cased once per catalogue (init brings it once for the page's life): a search is one pass over these.
const searchIndexes = new WeakMap<Catalogue, EndpointSearchIndex<CatalogueEndpoint>>();

function searchIndex(catalogue: Catalogue): EndpointSearchIndex<CatalogueEndpoint> {
  let index = searchIndexes.get(catalogue);
  if (!index) searchIndexes.set(catalogue, (index = indexEndpoints(catalogue.endpoints, catalogue.modules)));
  return index;
}

export interface EndpointSearchView {
  readonly groups: readonly EndpointMatchGroup<CatalogueEndpoint>[];
  /** The matches in the order shown, for ↑/↓. */
  readonly matches: readonly CatalogueEndpoint[];
  /** The match under the cursor, when there is one. */
  readonly active?: CatalogueEndpoint;
}

/** The endpoints the typed search matches, grouped by module, and the one under the cursor; nothing while nothing is typed. */
export function endpointSearch(s: State): EndpointSearchView {
  if (s.search.query.trim() === '') return { groups: [], matches: [] };
  const groups = searchEndpoints(searchIndex(s.catalogue), s.search.query);
  const matches = groups.flatMap((g) => g.endpoints);
  return { groups, matches, active: matches[Math.min(Math.max(s.search.active, 0), matches.length - 1)] };
}

/** The cursor after ↑ (-1) or ↓ (+1): it wraps around the matches. */
export function movedSearchCursor(s: State, by: -1 | 1): number {
  const { matches, active } = endpointSearch(s);
  if (matches.length === 0) return 0;
  const at = active ? matches.indexOf(active) : 0;
  return (at + by + matches.length) % matches.length;
}
