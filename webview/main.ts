/**
 * The playground in the browser: state (state.ts), one module per view (views/), and a table of
 * handlers for the host's messages (handlers.ts). Never imports 'vscode' nor anything that needs
 * Node: the form model and validation come from the pure core, the signature from the host, which
 * alone holds the App Secret.
 */
import { dispatch } from './handlers';
import { onHostMessage, post } from './host';

onHostMessage(dispatch);
post({ type: 'ready' });
