/**
 * What "Register Users from File…" in VS Code shares with --data: reading a data file, the journal
 * (--resume) and the tokens file. The entry of the lazily loaded `bulk` bundle (dist/bulk.js).
 */
export { readDataFile, type DataFile, type DataRow } from './data';
export { isAnswered, Journal, type JournalAnswer, type JournalHeader, type JournalState } from './journal';
export { TokenFile, TOKENS_HEADER } from './tokens';
export { UsageError } from './usage';
