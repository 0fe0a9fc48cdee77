/**
 * The `.rong.http` parser. The text is split into lines once, the lines into blocks at `###` lines
 * (column 0, as REST Client does), and each block is parsed by a pure function over its lines, so
 * an edit re-parses only the blocks it touches (incremental.ts). Hand-written scanning, no
 * backtracking regular expressions; never throws: any text yields a document plus problems.
 */
export { HTTP_METHODS, splitLines, trimSpace, isSeparatorLine, hasHttpScheme } from './scan';
export { scanReferences } from './references';
export { blockContent, parseBlock, blockFromLines, blockMayReference, linesOfBlock } from './block';
export { blockStarts, collectVariables, parseDocument, parseLines, syntaxProblems } from './document';
