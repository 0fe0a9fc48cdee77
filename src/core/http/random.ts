import { randomFillSync } from 'node:crypto';
import type { RandomSource } from '../signing';

/**
 * Crypto-random bytes drawn from a 4 KiB block filled at once: a separate randomBytes() per nonce and
 * request ID costs more than the rest of signing (a system call and a fresh ArrayBuffer each).
 * A used block is never refilled in place, so a caller keeping a returned view sees it unchanged.
 */
export function bufferedCryptoRandom(blockSize = 4096): RandomSource {
  let block = new Uint8Array(0);
  let offset = 0;
  return {
    bytes(length: number): Uint8Array {
      if (length > blockSize) return randomFillSync(new Uint8Array(length));
      if (offset + length > block.length) {
        block = randomFillSync(new Uint8Array(blockSize));
        offset = 0;
      }
      const out = block.subarray(offset, offset + length);
      offset += length;
      return out;
    },
  };
}
