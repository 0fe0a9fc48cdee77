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

/** Reads a journal (isJournal must hold); throws JournalCorruptError for corruption before the end. */
export function decodeJournal(bytes: Buffer): DecodedJournal {
  const records: unknown[] = [];
  let pos = Buffer.byteLength(encodeFrame(JOURNAL_HEADER), 'utf8');
  let line = 2;
  while (pos < bytes.length) {
    const nl = bytes.indexOf(NEWLINE, pos);
    const end = nl < 0 ? bytes.length : nl;
    const framed = checkFrame(bytes.subarray(pos, end));
    if (typeof framed === 'string') {
      if (isTornEnd(bytes, pos, nl)) return { records, validBytes: pos, torn: { offset: pos, bytes: bytes.length - pos, problem: framed } };
      throw new JournalCorruptError(framed, pos, line);
    }
    try {
      records.push(parseStrictJson(framed.json));
    } catch (err) {
      // The checksum matched, so this line was written whole: a bad record is corruption, never torn.
      if (err instanceof StrictJsonError) throw new JournalCorruptError(err.problem, pos + framed.jsonOffset + err.offset, line);
      throw err;
    }
    pos = end + 1;
    line++;
  }
  return { records, validBytes: bytes.length };
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

// A crash can leave only the last append partly written (without its newline, or ending in NUL bytes
// where the file system had allocated but not yet written it).
function isTornEnd(bytes: Buffer, pos: number, nl: number): boolean {
  if (nl < 0 || nl === bytes.length - 1) return true;
  for (let i = pos; i < bytes.length; i++) if (bytes[i] !== 0 && bytes[i] !== NEWLINE) return false;
  return true;
}
