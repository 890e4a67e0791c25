/** Byte values and number-parsing constants shared by the byte-level readers. */
export const PLUS = 43;
export const MINUS = 45;
export const DOT = 46;
export const ZERO = 48;
/** FNV-1a, the hash of category bytes. */
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;
/** Mantissas up to 2^53 and powers of ten up to 1e22 are exact doubles: their quotient is correctly rounded. */
export const MAX_EXACT_INTEGER = 2 ** 53;
export const POW10 = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));
