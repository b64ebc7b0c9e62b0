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

/** Compression rounds of the str/bytes hash: SipHash-2-4 up to 3.10, SipHash-1-3 from 3.11
 * (bpo-29410). Set with the profile (setSipRounds). */
let sipRounds = 2;
export function setSipRounds(minor: number): void {
  sipRounds = minor >= 11 ? 1 : 2;
}

// The SipHash state as 32-bit halves (v0..v3 high and low words): 64-bit arithmetic without BigInt.
let v0h = 0, v0l = 0, v1h = 0, v1l = 0, v2h = 0, v2l = 0, v3h = 0, v3l = 0;

/** One SipRound (two of CPython's HALF_ROUNDs). */
function sipRound(): void {
  let lo: number, h: number, l: number;
  // v0 += v1; v2 += v3
  lo = (v0l + v1l) >>> 0; v0h = (v0h + v1h + (lo < v0l ? 1 : 0)) >>> 0; v0l = lo;
  lo = (v2l + v3l) >>> 0; v2h = (v2h + v3h + (lo < v2l ? 1 : 0)) >>> 0; v2l = lo;
  // v1 = rotl(v1, 13) ^ v0; v3 = rotl(v3, 16) ^ v2
  h = ((v1h << 13) | (v1l >>> 19)) >>> 0; l = ((v1l << 13) | (v1h >>> 19)) >>> 0;
  v1h = (h ^ v0h) >>> 0; v1l = (l ^ v0l) >>> 0;
  h = ((v3h << 16) | (v3l >>> 16)) >>> 0; l = ((v3l << 16) | (v3h >>> 16)) >>> 0;
  v3h = (h ^ v2h) >>> 0; v3l = (l ^ v2l) >>> 0;
  // v0 = rotl(v0, 32)
  h = v0h; v0h = v0l; v0l = h;
  // v2 += v1; v0 += v3
  lo = (v2l + v1l) >>> 0; v2h = (v2h + v1h + (lo < v2l ? 1 : 0)) >>> 0; v2l = lo;
  lo = (v0l + v3l) >>> 0; v0h = (v0h + v3h + (lo < v0l ? 1 : 0)) >>> 0; v0l = lo;
  // v1 = rotl(v1, 17) ^ v2; v3 = rotl(v3, 21) ^ v0
  h = ((v1h << 17) | (v1l >>> 15)) >>> 0; l = ((v1l << 17) | (v1h >>> 15)) >>> 0;
  v1h = (h ^ v2h) >>> 0; v1l = (l ^ v2l) >>> 0;
  h = ((v3h << 21) | (v3l >>> 11)) >>> 0; l = ((v3l << 21) | (v3h >>> 11)) >>> 0;
  v3h = (h ^ v0h) >>> 0; v3l = (l ^ v0l) >>> 0;
  // v2 = rotl(v2, 32)
  h = v2h; v2h = v2l; v2l = h;
}

/**
 * _Py_HashBytes over a byte string (each char code one byte 0..255): SipHash keyed with the
 * secret PYTHONHASHSEED=0 gives (all zero), so str and bytes hashes — and the order of sets of
 * strings — are those of `PYTHONHASHSEED=0 python` (a real run with a random seed differs from run
 * to run). The empty input hashes to 0, -1 becomes -2.
 */
export function bytesHash(b: string): Hash {
  const n = b.length;
  if (n === 0) return 0;
  // k0 = k1 = 0: the initial state is the constants themselves
  v0h = 0x736f6d65; v0l = 0x70736575;
  v1h = 0x646f7261; v1l = 0x6e646f6d;
  v2h = 0x6c796765; v2l = 0x6e657261;
  v3h = 0x74656462; v3l = 0x79746573;
  const rounds = sipRounds;
  let i = 0;
  for (; i + 8 <= n; i += 8) {
    const ml = (b.charCodeAt(i) | (b.charCodeAt(i + 1) << 8) | (b.charCodeAt(i + 2) << 16) | (b.charCodeAt(i + 3) << 24)) >>> 0;
    const mh = (b.charCodeAt(i + 4) | (b.charCodeAt(i + 5) << 8) | (b.charCodeAt(i + 6) << 16) | (b.charCodeAt(i + 7) << 24)) >>> 0;
    v3h = (v3h ^ mh) >>> 0; v3l = (v3l ^ ml) >>> 0;
    for (let r = 0; r < rounds; r++) sipRound();
    v0h = (v0h ^ mh) >>> 0; v0l = (v0l ^ ml) >>> 0;
  }
  // the last 0-7 bytes, little-endian, with the length's low byte on top
  let tl = 0, th = 0;
  for (let k = 0; i + k < n; k++) {
    const c = b.charCodeAt(i + k);
    if (k < 4) tl |= c << (8 * k);
    else th |= c << (8 * (k - 4));
  }
  th = (th | ((n & 0xff) << 24)) >>> 0;
  tl >>>= 0;
  v3h = (v3h ^ th) >>> 0; v3l = (v3l ^ tl) >>> 0;
  for (let r = 0; r < rounds; r++) sipRound();
  v0h = (v0h ^ th) >>> 0; v0l = (v0l ^ tl) >>> 0;
  v2l = (v2l ^ 0xff) >>> 0;
  const fin = rounds === 2 ? 4 : 3;
  for (let r = 0; r < fin; r++) sipRound();
  const hh = (v0h ^ v1h ^ v2h ^ v3h) >>> 0;
  const hl = (v0l ^ v1l ^ v2l ^ v3l) >>> 0;
  // as a signed 64-bit integer
  const hi = hh | 0;
  if ((hi >= -0x200000 && hi < 0x200000)) {
    const x = hi * 4294967296 + hl;
    return x === -1 ? -2 : x;
  }
  return normHash(BigInt.asIntN(64, (BigInt(hh) << 32n) | BigInt(hl)));
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
