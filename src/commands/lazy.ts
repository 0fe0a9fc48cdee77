/**
 * The `commands` bundle (dist/commands.js): the bodies of the commands that are heavy and only
 * needed when they run, loaded by src/services/bundles.ts on their first run so that activation
 * does not parse them. Each stays in its own command file; extension.ts registers them.
 */
export { runImportCurl } from './importCurl';
export { runRegisterUsersFromFile } from './registerUsersFromFile';
export { runSendAllRequests } from './sendAllRequests';
export { runSendAsSandboxUser } from './sendAsSandboxUser';
export { runVerifyCallbackSignature } from './verifyCallbackSignature';
