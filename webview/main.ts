/**
 * The playground in the browser: one store (store.ts) changed only by the host's messages and a
 * person's actions, values derived from it (select.ts), one module per view (views/) rendering
 * from it, and the effects outside the page (effects.ts). Never imports 'vscode' nor anything that
 * needs Node: the form model and validation come from the pure core, the signature from the host,
 * which alone holds the App Secret.
 */
import { startEffects } from './effects';
import { onHostMessage, post } from './host';
import { mountPage } from './layout';
import { dispatch } from './store';

startEffects();
mountPage();
onHostMessage(dispatch);
post({ type: 'ready' });
