/**
 * The journal's file format: UTF-8 lines, each one framed record
 *   `<byte length of JSON> <CRC-32 of the JSON bytes, 8 lowercase hex digits> <JSON>\n`
 * The first line is the header record JOURNAL_HEADER; the others are the sandbox's records in order
 * (after a compaction, the snapshot's records, then whatever was appended since).
 * A frame whose length or checksum does not match is either the torn end of an append that a crash
 * interrupted (only if nothing but it, or only NUL bytes, follows) or corruption.
 */
import { crc32 } from './crc32';
import { StrictJsonError, parseStrictJson } from '../core/strictJson';

export const JOURNAL_HEADER = { journal: 'rong-sandbox', version: 1 } as const;

const NEWLINE = 0x0a;
const FRAME_PREFIX = /^(\d{1,10}) ([0-9a-f]{8}) /;

/** One record as a line of the journal. */
export function encodeFrame(record: unknown): string {
  const json = JSON.stringify(record);
  return `${Buffer.byteLength(json, 'utf8')} ${crc32(json).toString(16).padStart(8, '0')} ${json}\n`;
}

/** Records as lines, ready to append. */
export function encodeFrames(records: readonly unknown[]): Buffer {
  return Buffer.from(records.map(encodeFrame).join(''), 'utf8');
}

/** The whole file for a journal that holds `records` (a new file or a compaction). */
export function encodeJournal(records: readonly unknown[]): Buffer {
  return encodeFrames([JOURNAL_HEADER, ...records]);
}

export interface DecodedJournal {
  readonly records: unknown[];
  /** Bytes of whole records (the header included): where the next append goes. */
  readonly validBytes: number;
  /** The torn end of an interrupted append, dropped. */
  readonly torn?: { readonly offset: number; readonly bytes: number; readonly problem: string };
}

/** Corruption that is not a torn end: names the byte offset and the 1-based line. */
export class JournalCorruptError extends Error {
  constructor(
    readonly problem: string,
    readonly offset: number,
    readonly line: number,
  ) {
    super(`${problem} at byte ${offset} (line ${line})`);
  }
}

/** True when the bytes begin with a well-formed journal header line. */
export function isJournal(bytes: Uint8Array): boolean {
  const header = Buffer.from(encodeFrame(JOURNAL_HEADER), 'utf8');
  return bytes.length >= header.length && Buffer.from(bytes.buffer, bytes.byteOffset, header.length).equals(header);
}

/** What the header line takes: the first record starts here. */
export const HEADER_BYTES = Buffer.byteLength(encodeFrame(JOURNAL_HEADER), 'utf8');

/** Bytes read at a time: a journal is never held whole (one record at most, plus a chunk). */
const CHUNK_BYTES = 1024 * 1024;

/** Bytes of encoded records gathered before one write of a compaction. */
const WRITE_BYTES = 1024 * 1024;

/** Where readJournal reads from: a file handle's positional read (node:fs/promises FileHandle). */
export interface JournalSource {
  read(buffer: Buffer, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
}

/** Where writeJournal writes to (node:fs/promises FileHandle). */
export interface JournalSink {
  write(buffer: Buffer, offset: number, length: number): Promise<{ bytesWritten: number }>;
}

/**
 * Reads the records of the journal of `size` bytes in `source` (isJournal must hold), a chunk at a
 * time, handing each to `onRecord` in order: a file past V8's longest string (512 MB) opens too.
 * Throws JournalCorruptError for corruption before the end.
 */
export async function readJournal(source: JournalSource, size: number, onRecord: (record: unknown) => void): Promise<Omit<DecodedJournal, 'records'>> {
  const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  let pos = HEADER_BYTES; // where the current line starts
  let line = 2;
  let partial: Buffer[] = []; // the current line's bytes from earlier chunks (copied: the chunk is reused)
  for (let at = HEADER_BYTES; at < size; ) {
    const { bytesRead } = await source.read(chunk, 0, Math.min(CHUNK_BYTES, size - at), at);
    if (bytesRead === 0) break;
    const bytes = chunk.subarray(0, bytesRead);
    let from = 0;
    for (let nl = bytes.indexOf(NEWLINE, from); nl >= 0; nl = bytes.indexOf(NEWLINE, from)) {
      const piece = bytes.subarray(from, nl);
      const frame = partial.length === 0 ? piece : Buffer.concat([...partial, piece]);
      partial = [];
      const end = at + nl; // the newline's offset in the file
      const problem = takeFrame(frame, pos, line, onRecord);
      if (problem !== undefined) {
        if (end === size - 1 || (await onlyNulFrom(source, pos, size))) return { validBytes: pos, torn: { offset: pos, bytes: size - pos, problem } };
        throw new JournalCorruptError(problem, pos, line);
      }
      pos = end + 1;
      line++;
      from = nl + 1;
    }
    if (from < bytes.length) partial.push(Buffer.from(bytes.subarray(from)));
    at += bytesRead;
  }
  if (pos < size) {
    // A last line without its newline was never acknowledged (an append ends with it): torn, even if whole.
    const frame = Buffer.concat(partial);
    const problem = checkFrameProblem(frame) ?? 'the record has no newline after it';
    return { validBytes: pos, torn: { offset: pos, bytes: size - pos, problem } };
  }
  return { validBytes: pos };
}

/** Parses one framed line and hands its record over; returns what is wrong with the frame instead. */
function takeFrame(frame: Buffer, pos: number, line: number, onRecord: (record: unknown) => void): string | undefined {
  const framed = checkFrame(frame);
  if (typeof framed === 'string') return framed;
  let record: unknown;
  try {
    record = parseStrictJson(framed.json);
  } catch (err) {
    // The checksum matched, so this line was written whole: a bad record is corruption, never torn.
    if (err instanceof StrictJsonError) throw new JournalCorruptError(err.problem, pos + framed.jsonOffset + err.offset, line);
    throw err;
  }
  onRecord(record);
  return undefined;
}

function checkFrameProblem(frame: Buffer): string | undefined {
  const framed = checkFrame(frame);
  return typeof framed === 'string' ? framed : undefined;
}

// A crash can leave the last append ending in NUL bytes where the file system had allocated but
// not yet written it: from `pos` on, nothing but NUL bytes and newlines.
async function onlyNulFrom(source: JournalSource, pos: number, size: number): Promise<boolean> {
  const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  for (let at = pos; at < size; ) {
    const { bytesRead } = await source.read(chunk, 0, Math.min(CHUNK_BYTES, size - at), at);
    if (bytesRead === 0) break;
    for (let i = 0; i < bytesRead; i++) if (chunk[i] !== 0 && chunk[i] !== NEWLINE) return false;
    at += bytesRead;
  }
  return true;
}

/** Writes the journal that holds `records` (the header first), a megabyte at a time. */
export async function writeJournal(sink: JournalSink, records: Iterable<unknown>): Promise<number> {
  let lines: string[] = [encodeFrame(JOURNAL_HEADER)];
  let gathered = 0;
  let written = 0;
  const flush = async () => {
    const bytes = Buffer.from(lines.join(''), 'utf8');
    lines = [];
    gathered = 0;
    for (let done = 0; done < bytes.length; ) done += (await sink.write(bytes, done, bytes.length - done)).bytesWritten;
    written += bytes.length;
  };
  for (const record of records) {
    const line = encodeFrame(record);
    lines.push(line);
    gathered += line.length;
    if (gathered >= WRITE_BYTES) await flush();
  }
  await flush();
  return written;
}

/** The record's JSON bytes, or what is wrong with the frame. */
function checkFrame(frame: Buffer): { json: Buffer; jsonOffset: number } | string {
  const m = FRAME_PREFIX.exec(frame.subarray(0, 21).toString('latin1'));
  if (!m) return 'the line does not start with "<length> <crc32> "';
  const json = frame.subarray(m[0].length);
  if (json.length !== Number(m[1])) return `the record is ${json.length} bytes where its frame says ${m[1]}`;
  const crc = crc32(json).toString(16).padStart(8, '0');
  if (crc !== m[2]) return `the record's CRC-32 is ${crc} where its frame says ${m[2]}`;
  return { json, jsonOffset: m[0].length };
}
