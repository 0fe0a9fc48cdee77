/**
 * --output FILE: checked before the run (a folder that cannot take the file is exit 2 with nothing
 * sent), written at the end to a temporary file beside it and renamed over it. The rename is atomic:
 * two runs on one -o each leave a whole report (the last one wins) and never interleave, and a
 * reader or a crash never sees half a report. A lock would refuse the second run instead; runs
 * that share -o without --data share nothing else, so that would stop a run for no loss it prevents.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Locale } from '../core/text';
import { say } from './messages';
import { at, UsageError } from './usage';

export class ReportFile {
  private constructor(private readonly path: string) {}

  /** Proves now that the report can be written: the path is no folder, no read-only file, and its folder takes a new file. */
  static async check(path: string, locale: Locale): Promise<ReportFile> {
    const refuse = (reason: string) => new UsageError(at(path, undefined, say('outputUnwritable', locale, { reason })));
    const existing = await stat(path).catch(() => undefined);
    if (existing?.isDirectory()) throw refuse('EISDIR');
    if (existing) await access(path, constants.W_OK).catch((err: NodeJS.ErrnoException) => Promise.reject(refuse(err.code ?? String(err))));
    const probe = tempPath(path);
    try {
      await (await open(probe, 'wx', 0o666)).close();
    } catch (err) {
      throw refuse((err as NodeJS.ErrnoException).code ?? String(err));
    }
    await unlink(probe).catch(() => undefined);
    return new ReportFile(path);
  }

  /** The whole report, made durable under a temporary name, then renamed over the path. */
  async write(text: string): Promise<void> {
    const tmp = tempPath(this.path);
    try {
      const fh = await open(tmp, 'wx', 0o666);
      try {
        await fh.writeFile(text);
        await fh.sync();
      } finally {
        await fh.close();
      }
      await rename(tmp, this.path);
    } catch (err) {
      await unlink(tmp).catch(() => undefined);
      throw new UsageError(at(this.path, undefined, `the report cannot be written (${(err as NodeJS.ErrnoException).code ?? String(err)})`));
    }
  }
}

function tempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}
