/**
 * A usage or file error: the run stops before anything is sent and the process exits 2. The
 * message names the flag, or the file and line, and what was expected.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** `file:line: message`, the shape compilers use, so that terminals and CI link to the line. */
export function at(file: string, line: number | undefined, message: string): string {
  return line === undefined ? `${file}: ${message}` : `${file}:${line}: ${message}`;
}
