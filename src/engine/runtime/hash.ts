// Python's hash functions for the builtin atomic types (Python/pyhash.c, Objects/longobject.c,
// Objects/floatobject.c). Hashes are exact: a JS number when safe, otherwise a bigint.
import type { Hash } from './types';

/** _PyHASH_MODULUS = 2**61 - 1 (64-bit builds). */
export const HASH_MODULUS = (1n << 61n) - 1n;
const MOD_N = 2305843009213693951; // 2**61 - 1 (not exactly representable; only used for the fast-path bound)

export function normHash(h: bigint): Hash {
  if (h === -1n) h = -2n;
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}

/** long_hash */
export function intHash(v: number | bigint): Hash {
  if (typeof v === 'number') {
    if (v > -MOD_N && v < MOD_N && Number.isSafeInteger(v)) return v === -1 ? -2 : v;
    v = BigInt(v);
  }
  const neg = v < 0n;
  let h = (neg ? -v : v) % HASH_MODULUS;
  if (neg) h = -h;
  return normHash(h);
}

/** _Py_HashDouble (without the NaN identity case, handled by the caller). */
export function floatHash(x: number): Hash {
  if (!Number.isFinite(x)) {
    if (x !== x) return 0;
    return x > 0 ? 314159 : -314159;
  }
  if (Number.isInteger(x)) {
    return intHash(Number.isSafeInteger(x) ? x : BigInt(x));
  }
  // Exact rational reduction: x = m * 2**e with integer m.
  let e = 0;
  let m = Math.abs(x);
  while (!Number.isInteger(m)) {
    m *= 2;
    e--;
  }
  let mm = BigInt(m) % HASH_MODULUS;
  // multiply by 2**e mod P, e < 0: inverse of 2 is 2**60 mod P
  let exp = ((e % 61) + 61) % 61;
  mm = ((mm << BigInt(exp)) | 0n) % HASH_MODULUS;
  exp = 0;
  let h = mm;
  if (x < 0) h = -h;
  return normHash(h);
}

/**
 * _Py_HashBytes over a byte string (each char code one byte 0..255). CPython's is SipHash keyed
 * per process, so programs cannot depend on the value; what they can see is kept: the empty
 * input hashes to 0, and equal bytes hash equally whatever object they belong to.
 */
export function bytesHash(b: string): Hash {
  if (b.length === 0) return 0;
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0x01000193 | 0;
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 + c, 0x5bd1e995) ^ (h2 >>> 13);
  }
  const h = (BigInt(h1 >>> 0) << 29n) ^ BigInt(h2 >>> 0);
  return normHash(BigInt.asIntN(64, h));
}

/**
 * unicode_hash: _Py_HashBytes of the string's canonical representation (PEP 393), 1, 2 or 4
 * bytes per code point, little-endian. So hash('a') == hash(b'a'), hash('\xe9') == hash(b'\xe9')
 * and hash('\u0100') == hash(b'\x00\x01').
 */
export function strHash(s: string): Hash {
  let max = 0;
  let astral = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > max) max = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) astral = true;
    }
  }
  if (max < 0x100) return bytesHash(s);
  const out: string[] = [];
  if (!astral) {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      out.push(String.fromCharCode(c & 0xff, c >> 8));
    }
  } else {
    for (const ch of s) {
      const c = ch.codePointAt(0) as number;
      out.push(String.fromCharCode(c & 0xff, (c >> 8) & 0xff, c >> 16, 0));
    }
  }
  return bytesHash(out.join(''));
}

/** _Py_HashPointer for object identity hashes: the address rotated by 4 bits. */
export function pointerHash(addr: number): Hash {
  const y = BigInt(addr);
  const r = ((y >> 4n) | (y << 60n)) & ((1n << 64n) - 1n);
  return normHash(BigInt.asIntN(64, r));
}
