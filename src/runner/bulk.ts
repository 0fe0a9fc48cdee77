/**
 * What "Register Users from File…" in VS Code shares with --data: reading a data file and checking
 * its rows (checkDataRows), the journal (--resume) and its lock, and the tokens file. The entry of the
 * lazily loaded `bulk` bundle (dist/bulk.js).
 */
export { checkDataRows, readDataFile, repeatedRows, type DataFile, type DataRow, type MalformedRow, type RowRequest, type UsableRow } from './data';
export { isAnswered, Journal, type JournalAnswer, type JournalHeader, type JournalState } from './journal';
export { JournalInUseError, lockJournal, type JournalHolder, type JournalLock } from './journalLock';
export { TokenFile, TOKENS_HEADER } from './tokens';
export { UsageError } from './usage';
