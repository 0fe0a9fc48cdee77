/** Messages from the host to the webview. */
import type { Locale } from '../../core/contract/errorCatalogue';
import type { EndpointSpec } from '../../core/contract/types';
import type { Catalogue, FormState, HistoryEntry, Preview, ProfileOption, Strings } from './views';

/** The records of the form's endpoint and of the history's: the webview holds no other (the catalogue stays out of its bundle). */
type WithSpecs = { readonly specs: readonly EndpointSpec[] };

export type HostToWebview =
  | ({
      readonly type: 'init';
      readonly locale: Locale;
      readonly strings: Strings;
      readonly profiles: readonly ProfileOption[];
      readonly catalogue: Catalogue;
      readonly form: FormState;
      readonly history: readonly HistoryEntry[];
      /** Id of the send in flight, if any. */
      readonly sending?: number;
    } & WithSpecs)
  | { readonly type: 'profiles'; readonly profiles: readonly ProfileOption[] }
  /** Replaces the form (pre-fill from a command, another endpoint picked, fresh values after a send). */
  | ({ readonly type: 'form'; readonly form: FormState } & WithSpecs)
  /** Signing values to show: regenerated ones, or after an unlocked send the ones it used. */
  | { readonly type: 'fresh'; readonly nonce: string; readonly timestamp: string }
  | { readonly type: 'preview'; readonly preview: Preview }
  | { readonly type: 'sending'; readonly id: number }
  | ({ readonly type: 'result'; readonly entry: HistoryEntry } & WithSpecs)
  | { readonly type: 'notice'; readonly level: 'info' | 'error'; readonly text: string };
