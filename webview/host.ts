/** The webview's link to the extension host: typed posting and the saved form (never a secret). */
import type { FormState, HostToWebview, WebviewToHost } from '../src/playground/protocol';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const api = acquireVsCodeApi();

export function post(message: WebviewToHost): void {
  api.postMessage(message);
}

/** Kept by VS Code across reloads and handed to the panel serializer. */
export function saveForm(form: FormState): void {
  api.setState({ form, savedAt: Date.now() });
}

export function onHostMessage(handler: (message: HostToWebview) => void): void {
  window.addEventListener('message', (event: MessageEvent<HostToWebview>) => {
    const data = event.data as unknown;
    // Only the host posts to this frame; still, a message without a string type is not ours.
    if (data && typeof data === 'object' && typeof (data as { type?: unknown }).type === 'string') handler(data as HostToWebview);
  });
}
