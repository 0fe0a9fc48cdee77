/** Tokens and message UIDs, drawn from a pool of random bytes because one random call per request is costly. */
import type { RandomSource } from '../core/signing';

const TOKEN_BYTES = 32;
const DRAW_BYTES = TOKEN_BYTES * 64;
const UID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export class IdSource {
  private pool = Buffer.alloc(0);
  private offset = 0;

  constructor(private readonly random: RandomSource) {}

  /** 32 random bytes, base64url (43 characters). */
  newToken(): string {
    const at = this.take(TOKEN_BYTES);
    return this.pool.toString('base64url', at, at + TOKEN_BYTES);
  }

  /** 16 base32 characters in groups of four, like the live service's `BTLN-U3OS-4GC5-9G6R`. */
  newMessageUID(): string {
    const at = this.take(16);
    let uid = '';
    for (let i = 0; i < 16; i++) uid += (i > 0 && i % 4 === 0 ? '-' : '') + UID_ALPHABET[this.pool[at + i] & 31];
    return uid;
  }

  private take(n: number): number {
    if (this.offset + n > this.pool.length) {
      this.pool = Buffer.from(this.random.bytes(DRAW_BYTES));
      if (this.pool.length < DRAW_BYTES) throw new Error(`the random source gave ${this.pool.length} bytes, not ${DRAW_BYTES}`);
      this.offset = 0;
    }
    const at = this.offset;
    this.offset += n;
    return at;
  }
}
