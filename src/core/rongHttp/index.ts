/**
 * The `.rong.http` language core: parser, variables, diagnostics, incremental re-checking,
 * printing, completion, hover and quick fixes. Pure TypeScript, never imports 'vscode'; the
 * adapters in src/language map these plain results to VS Code types.
 */
export * from './model';
export { parseDocument, parseLines, parseBlock, splitLines, syntaxProblems, blockContent, HTTP_METHODS } from './parser';
export * from './variables';
export * from './diagnostics';
export { syntaxMessage } from './messages';
export * from './incremental';
export * from './print';
export * from './completion';
export * from './hover';
export * from './fixes';
export * from './snapshot';
export { fileTemplate, requestTemplate } from './templates';
export * from './host';
export * from './exchanges';
export * from './dependencies';
export * from './assertions';
export * from './callback';
