/** Values derived from the store's state (pure): the endpoint, the form model, the current preview, what keeps Send from sending. */
import { ENDPOINTS, findEndpointById, GET_TOKEN, MODULE_TITLES, MODULES, type EndpointSpec } from '../src/core/contract';
import { indexEndpoints, searchEndpoints, type EndpointMatchGroup, type EndpointSearchIndex } from '../src/playground/endpointSearch';
import type { Locale } from '../src/core/text';
import { buildFormModel, shownProblems, type FormModel } from '../src/playground/formModel';
import type { FormState, Preview } from '../src/playground/protocol';
import type { State } from './store';

export const endpointOf = (f: FormState): EndpointSpec => findEndpointById(f.endpointId) ?? GET_TOKEN;

// Built once per form shown (the state replaces the form object on every change).
const models = new WeakMap<FormState, { locale: Locale; model: FormModel }>();

/** The form model for the values shown now. */
export function formModel(s: State): FormModel {
  const known = models.get(s.form);
  if (known?.locale === s.locale) return known.model;
  const model = buildFormModel(endpointOf(s.form), s.form.params, s.locale);
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

// Lower-cased once for the page's life (data, not state): a search is one pass over these.
const SEARCH_INDEX: EndpointSearchIndex<EndpointSpec> = indexEndpoints(ENDPOINTS, MODULES.map((id) => ({ id, title: MODULE_TITLES[id] })));

export interface EndpointSearchView {
  readonly groups: readonly EndpointMatchGroup<EndpointSpec>[];
  /** The matches in the order shown, for ↑/↓. */
  readonly matches: readonly EndpointSpec[];
  /** The match under the cursor, when there is one. */
  readonly active?: EndpointSpec;
}

/** The endpoints the typed search matches, grouped by module, and the one under the cursor; nothing while nothing is typed. */
export function endpointSearch(s: State): EndpointSearchView {
  if (s.search.query.trim() === '') return { groups: [], matches: [] };
  const groups = searchEndpoints(SEARCH_INDEX, s.search.query);
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
