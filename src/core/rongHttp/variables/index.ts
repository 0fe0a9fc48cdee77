/**
 * Variables of `.rong.http` files: file variables (`@name = value`, file-wide, the last definition
 * wins, values may reference other variables) and system variables with an injectable clock and
 * random source. Substitution happens in the raw text, before form decoding, as REST Client sends
 * the substituted body text. Cycles, runaway nesting and runaway growth are reported, never thrown.
 */
export * from './system';
export * from './resolver';
export * from './request';
