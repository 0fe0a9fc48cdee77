/** Values derived from the store's state (pure): the endpoint, the form model, the current preview, what keeps Send from sending. */
import { findEndpointById, GET_TOKEN, type EndpointSpec } from '../src/core/contract';
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
