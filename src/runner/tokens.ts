/**
 * --tokens FILE: `userId,token,expiresAt` per issued token, created with mode 0600 and never
 * logged. Appends are fsynced before the journal records the rows as answered (see journal.ts).
 */
import { chmod, open, readFile, stat, truncate, type FileHandle } from 'node:fs/promises';
import { at, UsageError } from './usage';

export const TOKENS_HEADER = 'userId,token,expiresAt';

export class TokenFile {
  private constructor(private readonly handle: FileHandle) {}

  /** A new file (refusing to overwrite one), or, when resuming, the earlier run's file to append to. */
  static async open(path: string, resume: boolean): Promise<TokenFile> {
    const exists = await stat(path).then(() => true, () => false);
    if (exists && !resume) throw new UsageError(at(path, undefined, 'exists already: tokens are never overwritten (move it away, or --resume the run that wrote it)'));
    if (exists) {
      // A line cut short by a crash is cut off; its row was not yet answered in the journal.
      const text = await readFile(path, 'utf8');
      const end = text.lastIndexOf('\n') + 1;
      if (end < text.length) await truncate(path, end);
      await chmod(path, 0o600);
    }
    const handle = await open(path, 'a', 0o600);
    if (!exists) {
      await handle.write(`${TOKENS_HEADER}\n`);
      await handle.datasync();
    }
    return new TokenFile(handle);
  }

  static line(userId: string, token: string, expiresAt: number | undefined): string {
    return [userId, token, expiresAt === undefined ? '' : new Date(expiresAt).toISOString()].map(csvField).join(',');
  }

  async append(lines: readonly string[]): Promise<void> {
    await this.handle.write(lines.map((l) => `${l}\n`).join(''));
    await this.handle.datasync();
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
