/** Messages from the webview to the host (validated by validate.ts before the host acts on them). */
import type { SnippetId } from '../../core/snippets';
import type { FormState } from './views';

export type WebviewToHost =
  | { readonly type: 'ready' }
  /** The form changed: store it, and answer with a Preview for the same seq. */
  | { readonly type: 'preview'; readonly seq: number; readonly form: FormState }
  | { readonly type: 'regenerate' }
  | { readonly type: 'send'; readonly form: FormState }
  | { readonly type: 'cancel' }
  /** Another endpoint picked whose record the webview lacks: the host answers with the form (values it also takes kept) and the record. */
  | { readonly type: 'pickEndpoint'; readonly endpointId: string; readonly form: FormState }
  | { readonly type: 'copyCurl'; readonly form: FormState }
  | { readonly type: 'copySnippet'; readonly snippet: SnippetId; readonly form: FormState }
  | { readonly type: 'copyToken'; readonly entryId: number }
  | { readonly type: 'saveHttp'; readonly form: FormState }
  /** "Paste cURL": the host reads the clipboard (or asks) and imports the command into the form. */
  | { readonly type: 'importCurl' }
  /** "Docs ↗": open the endpoint's page; the host opens it only when `url` is one of that endpoint's docs pages in the contract. */
  | { readonly type: 'openDocs'; readonly endpointId: string; readonly url: string };

export type WebviewMessageType = WebviewToHost['type'];
