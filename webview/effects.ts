/** What follows a change of state outside the page: the form saved for a reload, the preview asked for, an info notice expiring. */
import { post, saveForm } from './host';
import { dispatch, getState, subscribe } from './store';

const NOTICE_MS = 6000;

export function startEffects(): void {
  // The one preview request waiting to go: a newer form replaces it.
  let previewTimer: ReturnType<typeof setTimeout> | undefined;
  subscribe(['form'], (state, previous) => {
    if (state.form !== previous.form) saveForm(state.form);
    if (previewTimer) clearTimeout(previewTimer);
    previewTimer = setTimeout(() => {
      previewTimer = undefined;
      const { seq, form } = getState();
      post({ type: 'preview', seq, form });
    }, state.previewDelay);
  });
  subscribe(['notice'], ({ notice }) => {
    if (notice?.level === 'info' && notice.text) setTimeout(() => dispatch({ type: 'noticeExpired', id: notice.id }), NOTICE_MS);
  });
}
