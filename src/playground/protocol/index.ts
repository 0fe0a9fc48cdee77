/**
 * The messages between the playground's host (src/playground) and its webview (webview/), as
 * discriminated unions on `type`, and the validators the host runs on everything the webview sends.
 * Pure: imported by both sides, never imports 'vscode' or Node modules.
 */
export * from './views';
export type * from './hostToWebview';
export type * from './webviewToHost';
export * from './validate';
