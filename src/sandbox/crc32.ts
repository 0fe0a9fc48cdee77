/** CRC-32 (IEEE 802.3, as zlib and PNG) of a string's UTF-8 bytes: each journal record carries one. */
import * as zlib from 'node:zlib';

// zlib.crc32 (native, 20× faster) needs Node 20.15; the sandbox package promises any Node 20.
const native = (zlib as { crc32?: (data: string | Uint8Array) => number }).crc32;

export function crc32(data: string | Uint8Array): number {
  return native ? native(data) : crc32Table(typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
}

const TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/** The same in JavaScript, for Node before 20.15. */
export function crc32Table(bytes: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < bytes.length; i++) c = TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
