/**
 * The one store of the playground: its state, the actions that change it (the host's messages and a
 * person's actions), one reducer whose switch is exhaustive, and `subscribe`. Views and effects
 * read the state; nothing else writes it. Pure apart from the store itself (no DOM, no VS Code API),
 * so the reducer is unit-tested under Node.
 */
import type { EndpointSpec, ParamSpec } from '../src/core/contract';
import type { Locale } from '../src/core/text';
import { addRow, keepKnown, removeRow, setValue } from '../src/playground/formModel';
import type { Catalogue, FormState, HistoryEntry, HostToWebview, Preview, ProfileOption, Strings } from '../src/playground/protocol';

export const PREVIEW_DELAY_MS = 150;

export interface Notice {
  /** Tells a notice from the next one, so an expiry never clears a newer notice. */
  readonly id: number;
  readonly level: 'info' | 'error';
  readonly text: string;
}

export interface State {
  /** `init` arrived: before it, nothing is shown and every other action is ignored. */
  readonly ready: boolean;
  readonly t: Strings;
  readonly locale: Locale;
  readonly profiles: readonly ProfileOption[];
  /** Every endpoint's id, module, path and titles (the picker and the search). */
  readonly catalogue: Catalogue;
  /** Full records, only of the endpoints shown (the form's, the history's): the host sends them with the form. */
  readonly specs: Readonly<Record<string, EndpointSpec>>;
  readonly form: FormState;
  readonly preview?: Preview;
  /** Number of the form as shown now; a preview for an older one is not current. */
  readonly seq: number;
  /** When the preview for `seq` is asked for: at once, or shortly after a person's typing. */
  readonly previewDelay: number;
  readonly history: readonly HistoryEntry[];
  readonly selectedId?: number;
  readonly sendingId?: number;
  /** Fields a person typed in since the form was replaced; only theirs show findings until Send is pressed. */
  readonly touched: ReadonlySet<string>;
  /** Send was pressed: every finding shows. */
  readonly attempted: boolean;
  readonly notice?: Notice;
  /** The endpoint search: what is typed, and which match ↑/↓ put the cursor on (select.ts clamps it). */
  readonly search: { readonly query: string; readonly active: number };
}

/** What a person does in the page. */
export type UserAction =
  | { readonly type: 'pickProfile'; readonly profile: string }
  | { readonly type: 'pickEndpoint'; readonly endpointId: string }
  /** Typing in the endpoint search (Esc types ''): the cursor goes back to the first match. */
  | { readonly type: 'searchEndpoints'; readonly query: string }
  | { readonly type: 'moveSearchCursor'; readonly active: number }
  | { readonly type: 'typeParam'; readonly spec: ParamSpec; readonly value: string; readonly row: number }
  | { readonly type: 'addRow'; readonly spec: ParamSpec }
  | { readonly type: 'removeRow'; readonly spec: ParamSpec; readonly row: number }
  /** Typing a nonce or timestamp means "use this one": the lock follows. */
  | { readonly type: 'typeSigning'; readonly nonce?: string; readonly timestamp?: string }
  | { readonly type: 'lock'; readonly locked: boolean }
  /** Send pressed on a form with untouched fields: every finding shows, nothing goes. */
  | { readonly type: 'attempt' }
  | { readonly type: 'selectEntry'; readonly id: number }
  | { readonly type: 'loadEntry'; readonly id: number }
  | { readonly type: 'noticeExpired'; readonly id: number };

export type Action = HostToWebview | UserAction;

/**
 * What changed, in the order views render it: `page` (init: built at the first), `profiles`,
 * `fields` (the endpoint or the whole form: controls rebuilt), `search` (the endpoint search), `signing` (nonce, timestamp and lock
 * put into their controls), `derived` (counters, findings, signature, Send), `history`, `notice`,
 * `form` (the form to save and preview: `seq` moved).
 */
export type Change = 'page' | 'profiles' | 'fields' | 'search' | 'signing' | 'derived' | 'history' | 'notice' | 'form';

export interface Step {
  readonly state: State;
  readonly changes: readonly Change[];
}

export function initialState(): State {
  return {
    ready: false,
    t: {} as Strings,
    locale: 'en',
    profiles: [],
    catalogue: { modules: [], endpoints: [] },
    specs: {},
    // Nothing is shown before init, which brings the form.
    form: { profile: '', endpointId: '', params: {}, nonce: '', timestamp: '', locked: false },
    seq: 0,
    previewDelay: 0,
    history: [],
    touched: new Set(),
    attempted: false,
    search: NO_SEARCH,
  };
}

const NO_SEARCH = { query: '', active: 0 } as const;

/** A form without a profile takes the active one (or the first), once there are profiles. */
function withProfile(form: FormState, profiles: readonly ProfileOption[]): FormState {
  if (form.profile || profiles.length === 0) return form;
  return { ...form, profile: (profiles.find((p) => p.active) ?? profiles[0]).name };
}

/** The form changed: the number moves at once, so that an answer for the form as it was is never shown as current. */
function edited(state: State, form: FormState, delay: number, touched: ReadonlySet<string> = state.touched): State {
  return { ...state, form: withProfile(form, state.profiles), touched, seq: state.seq + 1, previewDelay: delay };
}

/** The whole form replaced (by the host, a history entry or another endpoint): controls rebuilt, nothing touched. */
function replaced(state: State, form: FormState): State {
  return { ...edited(state, form, 0, new Set()), attempted: false };
}

/** The records a message brings, added to those known (a record never changes during a page's life). */
function withSpecs(state: State, specs: readonly EndpointSpec[]): State {
  return specs.length === 0 ? state : { ...state, specs: { ...state.specs, ...Object.fromEntries(specs.map((e) => [e.id, e])) } };
}

const touching = (touched: ReadonlySet<string>, name: string): ReadonlySet<string> => new Set([...touched, name]);

const REPLACED: readonly Change[] = ['fields', 'signing', 'derived', 'form'];

export function reduce(state: State, action: Action): Step {
  const same: Step = { state, changes: [] };
  // Before init there is no page: nothing else can be shown or done.
  if (!state.ready && action.type !== 'init') return same;
  switch (action.type) {
    // ---- the host's messages
    case 'init': {
      const base: State = withSpecs(
        { ...state, ready: true, t: action.strings, locale: action.locale, profiles: action.profiles, catalogue: action.catalogue, history: [...action.history], sendingId: action.sending },
        action.specs,
      );
      return { state: replaced(base, action.form), changes: ['page', 'profiles', ...REPLACED, 'history'] };
    }
    case 'profiles': {
      const next = { ...state, profiles: action.profiles };
      return { state: edited(next, next.form, 0), changes: ['profiles', 'derived', 'form'] };
    }
    case 'form':
      return { state: replaced(withSpecs(state, action.specs), action.form), changes: ['profiles', ...REPLACED] };
    case 'fresh':
      return { state: edited(state, { ...state.form, nonce: action.nonce, timestamp: action.timestamp }, 0), changes: ['signing', 'derived', 'form'] };
    case 'preview':
      if (action.preview.seq !== state.seq) return same; // an answer to an older form
      return { state: { ...state, preview: action.preview }, changes: ['derived'] };
    case 'sending':
      return { state: { ...state, sendingId: action.id }, changes: ['derived'] };
    case 'result': {
      const entry = action.entry;
      const sendingId = state.sendingId === entry.id ? undefined : state.sendingId;
      const history = [entry, ...state.history.filter((e) => e.id !== entry.id)];
      return { state: { ...withSpecs(state, action.specs), sendingId, history, selectedId: entry.id }, changes: ['history', 'derived'] };
    }
    case 'notice':
      return { state: { ...state, notice: { id: (state.notice?.id ?? 0) + 1, level: action.level, text: action.text } }, changes: ['notice'] };
    // ---- a person's actions
    case 'pickProfile':
      return { state: edited(state, { ...state.form, profile: action.profile }, PREVIEW_DELAY_MS), changes: ['profiles', 'derived', 'form'] };
    case 'pickEndpoint': {
      if (!state.catalogue.endpoints.some((e) => e.id === action.endpointId)) return same;
      // A pick ends the search at once: the list closes and the next search starts empty.
      const picked = { ...state, search: NO_SEARCH };
      const next = state.specs[action.endpointId];
      // Without its record the host answers with the form (views.endpointPicker posts the pick).
      if (!next) return { state: picked, changes: ['search'] };
      // Values the next endpoint also takes (a userId) stay; the rest would be unknown parameters.
      return { state: replaced(picked, { ...state.form, endpointId: next.id, params: keepKnown(next, state.form.params) }), changes: ['search', ...REPLACED] };
    }
    case 'searchEndpoints':
      return { state: { ...state, search: { query: action.query, active: 0 } }, changes: ['search'] };
    case 'moveSearchCursor':
      return { state: { ...state, search: { ...state.search, active: action.active } }, changes: ['search'] };
    case 'typeParam': {
      const params = setValue(state.form.params, action.spec, action.value, action.row);
      return { state: edited(state, { ...state.form, params }, PREVIEW_DELAY_MS, touching(state.touched, action.spec.name)), changes: ['derived', 'form'] };
    }
    case 'addRow':
      return { state: edited(state, { ...state.form, params: addRow(state.form.params, action.spec) }, PREVIEW_DELAY_MS), changes: ['derived', 'fields', 'form'] };
    case 'removeRow': {
      const params = removeRow(state.form.params, action.spec, action.row);
      return { state: edited(state, { ...state.form, params }, PREVIEW_DELAY_MS, touching(state.touched, action.spec.name)), changes: ['derived', 'fields', 'form'] };
    }
    case 'typeSigning': {
      const form = { ...state.form, ...(action.nonce !== undefined ? { nonce: action.nonce } : {}), ...(action.timestamp !== undefined ? { timestamp: action.timestamp } : {}), locked: true };
      return { state: edited(state, form, PREVIEW_DELAY_MS), changes: ['derived', 'form'] };
    }
    case 'lock':
      return { state: edited(state, { ...state.form, locked: action.locked }, PREVIEW_DELAY_MS), changes: ['derived', 'form'] };
    case 'attempt':
      return { state: { ...state, attempted: true }, changes: ['derived'] };
    case 'selectEntry':
      return { state: { ...state, selectedId: action.id }, changes: ['history'] };
    case 'loadEntry': {
      const entry = state.history.find((e) => e.id === action.id);
      return entry ? { state: replaced(state, { ...entry.form }), changes: REPLACED } : same;
    }
    case 'noticeExpired':
      if (state.notice?.id !== action.id) return same; // a newer notice stays
      return { state: { ...state, notice: { ...state.notice, text: '' } }, changes: ['notice'] };
    default: {
      // A message type without a case does not compile; at run time an unknown one is reported and ignored.
      const never: never = action;
      console.warn('unknown action', (never as { type?: unknown }).type);
      return same;
    }
  }
}

// ---- the store

export type Listener = (state: State, previous: State) => void;

let current: State = initialState();
const listeners = new Map<Change, Listener[]>();

export const getState = (): State => current;

/** The only way the state changes: the reducer's next state, then each change's listeners in order. */
export function dispatch(action: Action): void {
  const previous = current;
  const { state, changes } = reduce(previous, action);
  current = state;
  // Listeners added while a change is being shown (the page at init) see the changes after it.
  for (const change of changes) for (const listener of listeners.get(change) ?? []) listener(state, previous);
}

export function subscribe(changes: readonly Change[], listener: Listener): void {
  for (const change of changes) listeners.set(change, [...(listeners.get(change) ?? []), listener]);
}
