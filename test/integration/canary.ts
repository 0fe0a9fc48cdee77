/**
 * The canary App Secret of the integration suite. After the run, scripts/run-integration.mjs searches
 * every file the VS Code server wrote (user data, extension storage, logs) for it: it must appear nowhere.
 */
export const CANARY_SECRET = 'canary0secret0b7e1f0d9a2c4e6f8a1b3c5d7e9f0a2b4';
