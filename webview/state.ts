/**
 * The webview's session state: the form as shown, the host's last preview, this session's history,
 * and the events views listen to. One place changes the form (update/replaceForm), so the saved
 * state, the preview request and every view stay in step.
 */
import { findEndpointById, GET_TOKEN, type EndpointSpec } from '../src/core/contract';
import type { Locale } from '../src/core/text';
import { buildFormModel, shownProblems, type FormModel } from '../src/playground/formModel';
import type { FormState, HistoryEntry, Preview, ProfileOption, Strings } from '../src/playground/protocol';
import { dateTimeText, timeText } from '../src/playground/timeText';
import { post, saveForm } from './host';

const PREVIEW_DELAY_MS = 150;

export interface Session {
  t: Strings;
  locale: Locale;
  profiles: readonly ProfileOption[];
  form: FormState;
  preview?: Preview;
  /** Number of the form as shown now; a preview for an older one is not current. */
  seq: number;
  history: HistoryEntry[];
  selectedId?: number;
  sendingId?: number;
  built: boolean;
  /** Fields a person typed in since the form was replaced; only theirs show findings until Send is pressed. */
  touched: Set<string>;
  /** Send was pressed: every finding shows. */
  attempted: boolean;
}

export const session: Session = {
  t: {} as Strings,
  locale: 'en',
  profiles: [],
  form: { profile: '', endpointId: GET_TOKEN.id, params: {}, nonce: '', timestamp: '', locked: false },
  seq: 0,
  history: [],
  built: false,
  touched: new Set(),
  attempted: false,
};

/**
 * What changed: `fields` = the endpoint or the whole form (controls rebuilt from the state),
 * `derived` = values (counters, findings, signature, Send), `history`, `profiles`.
 */
export type Change = 'fields' | 'derived' | 'history' | 'profiles';
const listeners = new Map<Change, Array<() => void>>();

export function on(change: Change, listener: () => void): void {
  listeners.set(change, [...(listeners.get(change) ?? []), listener]);
}

export function emit(...changes: Change[]): void {
  for (const c of changes) for (const l of listeners.get(c) ?? []) l();
}

export const endpointOf = (f: FormState = session.form): EndpointSpec => findEndpointById(f.endpointId) ?? GET_TOKEN;
export const localeTag = (): string => (session.locale === 'zh-cn' ? 'zh-CN' : 'en');
export const time = (ms: number): string => timeText(ms);
export const dateTime = (ms: number): string => dateTimeText(ms);

let model: { form: FormState; locale: Locale; model: FormModel } | undefined;

/** The form model for the values shown now (built once per change of the form). */
export function formModel(): FormModel {
  if (model?.form !== session.form || model.locale !== session.locale) {
    model = { form: session.form, locale: session.locale, model: buildFormModel(endpointOf(), session.form.params, session.locale) };
  }
  return model.model;
}

let previewTimer: ReturnType<typeof setTimeout> | undefined;

export function schedulePreview(delay = PREVIEW_DELAY_MS): void {
  // The number moves at once, so that an answer for the form as it was is never shown as current.
  session.seq += 1;
  if (previewTimer) clearTimeout(previewTimer);
  previewTimer = setTimeout(() => {
    previewTimer = undefined;
    post({ type: 'preview', seq: session.seq, form: session.form });
  }, delay);
}

/** A change typed by a person: kept, saved for a reload, shown, and previewed shortly. */
export function update(change: Partial<FormState>): void {
  session.form = { ...session.form, ...change };
  saveForm(session.form);
  emit('derived');
  schedulePreview();
}

/** The whole form replaced (by the host, a history entry or another endpoint): controls rebuilt. */
export function replaceForm(form: FormState): void {
  session.form = form;
  session.touched = new Set();
  session.attempted = false;
  saveForm(form);
  emit('fields', 'derived');
  schedulePreview(0);
}

/** The last preview's signing part, when made for the profile, nonce and timestamp shown now. */
export function signingPreview(): Preview | undefined {
  const { preview, form } = session;
  return preview && preview.profile === form.profile && preview.nonce === form.nonce && preview.timestamp === form.timestamp ? preview : undefined;
}

/** The preview, when it was made for exactly the form shown now (parameters included). */
export function currentPreview(): Preview | undefined {
  return session.preview && session.preview.seq === session.seq ? signingPreview() : undefined;
}

/**
 * What keeps Send from sending, in the order a person would fix it: `shown` (profile, signing, and
 * the findings of touched fields, all of them once Send was pressed) and `pending` (untouched fields).
 */
export function sendProblems(): { shown: string[]; pending: string[] } {
  const { form, t } = session;
  const p = signingPreview();
  const { shown, pending } = shownProblems(formModel(), session.touched, session.attempted);
  const problems = [...shown];
  if (!form.profile) problems.unshift(t.noProfiles);
  if (p && form.locked) problems.push(...[p.nonceProblem, p.timestampProblem].filter((x): x is string => !!x));
  if (p?.problem && form.profile && !p.nonceProblem && !p.timestampProblem) problems.push(p.problem);
  return { shown: problems, pending };
}
