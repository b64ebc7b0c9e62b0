// int, bool, float, complex (Objects/longobject.c, boolobject.c, floatobject.c, complexobject.c).
// An int's value is a JS number while it is a safe integer and a bigint beyond, so everyday
// arithmetic stays fast and big results stay exact.
import { newTuple } from './tuple';
import { PyObject } from './object';
import { P, R, T, ST, NotSimulated, allocBlock, freeBlock, makeStatic, decref, allocBuffer, freeBuffer, untraced, tmInexact, tmPeakInexact, noteReuse, noteRecycle } from './core';
import { powDecided } from './crpow';
import { glibcHypot } from './hypot';
import { cpowOutcome, cquot } from './cpowpure';
import type { TypeInfo, CompareOp } from './types';
import { raise } from './exc';
import { notImpl, newBool, truthy, index as pyIndex } from './abstract';
import { newStr, newStrFresh, internStr } from './str';
import { intHash, floatHash } from './hash';
import { registerFreeList, registerFreeListStats, registerFreeListSwap } from './freelists';

export type IntVal = number | bigint;

// ---------------------------------------------------------------- ints

const NSMALLNEG = 5;
const NSMALLPOS = 257;
let small: PyObject[] = [];

/** Small ints -5..256 (NSMALLNEGINTS/NSMALLPOSINTS): created per run, shared, static. */
/** bool_repr's 'False'/'True' (created on first use in a run). */
let boolReprs: (PyObject | null)[] = [null, null];

export function resetIntState(baseline: (v: number) => number): void {
  boolReprs = [null, null];
  small = new Array(NSMALLNEG + NSMALLPOS);
  for (let i = -NSMALLNEG; i < NSMALLPOS; i++) {
    const o = new PyObject(T.int, i, null, 1024 /* F_RUNTIME */);
    makeStatic(o, baseline(i));
    small[i + NSMALLNEG] = o;
  }
}

export function smallInt(i: number): PyObject {
  return small[i + NSMALLNEG];
}

/** Number of 30-bit digits CPython uses for |v|. */
export function intDigits(v: IntVal): number {
  if (typeof v === 'number') {
    const a = Math.abs(v);
    if (a === 0) return 0;
    if (a < 1073741824) return 1;
    if (a < 1152921504606846976) return 2;
    v = BigInt(v);
  }
  let a = v < 0n ? -v : v;
  let n = 0;
  while (a > 0n) {
    a >>= 30n;
    n++;
  }
  return n;
}

/** int.__sizeof__ */
export function intSizeof(o: PyObject): number {
  const n = intDigits(o.v as IntVal);
  if (o.t === T.bool) return 24 + 4 * Math.max(n, P.falseDigits);
  return 24 + 4 * Math.max(n, P.intZeroDigits);
}

/** The allocation request of a new int: 3.11+ one-digit ints come from _PyLong_FromMedium. */
function intAllocSize(v: IntVal): number {
  const n = intDigits(v);
  if (n <= 1 && P.mediumIntAlloc !== null) return P.mediumIntAlloc;
  return 24 + 4 * Math.max(n, 1);
}

/** A new int (new reference): small ints are shared. */
export function newInt(v: IntVal): PyObject {
  if (typeof v === 'number') {
    if (v >= -NSMALLNEG && v < NSMALLPOS && Number.isInteger(v)) {
      const o = small[v + NSMALLNEG];
      o.rc++;
      return o;
    }
  } else if (v >= -9007199254740991n && v <= 9007199254740991n) {
    return newInt(Number(v));
  }
  const o = new PyObject(T.int, v, null, 0);
  allocBlock(o, intAllocSize(v));
  return o;
}

/** PyLong_FromSsize_t / PyLong_FromSize_t / PyLong_FromUnsignedLong(Long) (len(), hash(), id(),
 * sys.getsizeof, ...): _PyLong_New(ndigits), exactly the digits the value needs — unlike
 * PyLong_FromLong's _PyLong_FromMedium (3.11+), which asks for a whole PyLongObject. */
export function newIntSsize(v: IntVal): PyObject {
  if (typeof v === 'number' && v >= -NSMALLNEG && v < NSMALLPOS && Number.isInteger(v)) return newInt(v);
  if (typeof v === 'bigint' && v >= -9007199254740991n && v <= 9007199254740991n) return newIntSsize(Number(v));
  const o = new PyObject(T.int, v, null, 0);
  allocBlock(o, 24 + 4 * Math.max(intDigits(v), 1));
  return o;
}

export function intDealloc(o: PyObject): void {
  // the allocator knows the block's size (the request may have been larger than the value needs)
  freeBlock(o, 0);
}

export function isIntLike(o: PyObject): boolean {
  return o.t === T.int || o.t === T.bool || (o.t.v as TypeInfo).solid === T.int;
}

function big(v: IntVal): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

function norm(v: bigint): IntVal {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

export function intAdd(a: IntVal, b: IntVal): IntVal {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return norm(big(a) + big(b));
}
export function intSub(a: IntVal, b: IntVal): IntVal {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  return norm(big(a) - big(b));
}
export function intMul(a: IntVal, b: IntVal): IntVal {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  }
  return norm(big(a) * big(b));
}
export function intFloorDiv(a: IntVal, b: IntVal): IntVal {
  if (b === 0 || b === 0n) raise(T.ZeroDivisionError, 'integer division or modulo by zero');
  if (typeof a === 'number' && typeof b === 'number') {
    let q = Math.floor(a / b);
    let r = a - q * b;
    if (b > 0 ? r < 0 : r > 0) { q -= 1; r += b; }
    if (b > 0 ? r >= b : r <= b) { q += 1; }
    return q === 0 ? 0 : q;
  }
  checkDivmod(a, b);
  const x = big(a), y = big(b);
  let q = x / y;
  if ((x % y !== 0n) && ((x < 0n) !== (y < 0n))) q -= 1n;
  return norm(q);
}
export function intMod(a: IntVal, b: IntVal): IntVal {
  // long_mod: its own message from 3.11 (divmod() and // keep the shared one)
  if (b === 0 || b === 0n) raise(T.ZeroDivisionError, P.minor >= 11 ? 'integer modulo by zero' : 'integer division or modulo by zero');
  if (typeof a === 'number' && typeof b === 'number') {
    let r = a % b;
    if (r !== 0 && (r < 0) !== (b < 0)) r += b;
    return r === 0 ? 0 : r;
  }
  const x = big(a), y = big(b);
  let r = x % y;
  if (r !== 0n && (r < 0n) !== (y < 0n)) r += y;
  return norm(r);
}
export function intPow(a: IntVal, b: IntVal): IntVal {
  const x = big(a), y = big(b);
  return norm(x ** y);
}
export function intToFloat(v: IntVal): number {
  const f = Number(v);
  if (!Number.isFinite(f)) raise(T.OverflowError, 'int too large to convert to float');
  return f;
}
function intTrueDiv(a: IntVal, b: IntVal): number {
  if (b === 0 || b === 0n) raise(T.ZeroDivisionError, 'division by zero');
  if (typeof a === 'number' && typeof b === 'number') return a / b;
  return bigTrueDiv(big(a), big(b));
}

/** Correctly rounded a/b for big ints (long_true_divide). */
function bigTrueDiv(a: bigint, b: bigint): number {
  const neg = (a < 0n) !== (b < 0n);
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  const la = a.toString(2).length, lb = b.toString(2).length;
  let shift = 55 - (la - lb);
  let q = shift >= 0 ? (a << BigInt(shift)) / b : a / (b << BigInt(-shift));
  const exact = shift >= 0 ? (a << BigInt(shift)) % b === 0n : a % (b << BigInt(-shift)) === 0n;
  // round to 53 bits, half-even, using the sticky bit
  const qb = q.toString(2).length;
  const extra = qb - 53;
  if (extra > 0) {
    const mask = (1n << BigInt(extra)) - 1n;
    const rem = q & mask;
    const half = 1n << BigInt(extra - 1);
    q >>= BigInt(extra);
    if (rem > half || (rem === half && (!exact || (q & 1n) === 1n))) q += 1n;
    shift -= extra;
  }
  const r = Number(q) * Math.pow(2, -shift);
  if (!Number.isFinite(r)) raise(T.OverflowError, 'integer division result too large for a float');
  return neg ? -r : r;
}

function intCmp(a: IntVal, b: IntVal): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  const x = big(a), y = big(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function cmpResult(c: number, op: CompareOp): boolean {
  switch (op) {
    case 0: return c < 0;
    case 1: return c <= 0;
    case 2: return c === 0;
    case 3: return c !== 0;
    case 4: return c > 0;
    default: return c >= 0;
  }
}

/** long_to_decimal_string_internal's checks: the int max str digits limit
 * (sys.set_int_max_str_digits; "(4300)" in the 3.8/3.10 backport, "(4300 digits)" from 3.11) and,
 * from 3.12, _pylong for ints of more than 1000 digits (when the limit lets them through). */
function checkToDecimal(v: IntVal, ndigits: number): void {
  const lim = R.intMaxStrDigits;
  const msg = (): string => `Exceeds the limit (${lim}${P.minor >= 11 ? ' digits' : ''}) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`;
  if (ndigits <= 640) return;
  const size = intDigits(v);
  // the quick pre-check on the number of 30-bit digits (it only fires for ints over the limit)
  if (lim > 0 && size >= 73 && Math.floor(lim / 90) <= Math.floor((size - 11) / 10)) raise(T.ValueError, msg());
  if (P.minor >= 12 && size > 1000) throw pylongNotSimulated('str() of an int of more than 1000 30-bit digits', 'int_to_decimal_string');
  if (lim > 0 && ndigits > lim) raise(T.ValueError, msg());
}

/** From 3.12 CPython hands very large int conversions and divisions to its _pylong module, Python
 * code whose first use imports re, decimal, collections, enum, functools... */
export function pylongNotSimulated(what: string, fn: string): NotSimulated {
  return new NotSimulated(what, ST.line, `CPython ${P.id} computes it with _pylong.${fn}(), Python code whose first call imports _pylong, re, decimal and a dozen other modules, allocations HeapLens does not reproduce`);
}

/** PyNumber_ToBase / long_to_decimal_string. */
export function intToString(v: IntVal, base = 10): string {
  if (base === 10) {
    const s = typeof v === 'number' ? String(v) : v.toString();
    checkToDecimal(v, s.length - (s.startsWith('-') ? 1 : 0));
    return s;
  }
  const neg = typeof v === 'number' ? v < 0 : v < 0n;
  const abs = typeof v === 'number' ? Math.abs(v) : (v < 0n ? -v : v);
  const digits = abs.toString(base);
  const prefix = base === 16 ? '0x' : base === 8 ? '0o' : base === 2 ? '0b' : '';
  return (neg ? '-' : '') + prefix + digits;
}

/** long_from_string_base's checks for a non-power-of-two base: the int max str digits limit and,
 * from 3.12, _pylong for more than 6000 decimal digits. */
export function checkFromDecimal(ndigits: number, base: number): void {
  if ((base & (base - 1)) === 0) return;
  const lim = R.intMaxStrDigits;
  if (ndigits > 640 && lim > 0 && ndigits > lim) {
    raise(T.ValueError, `Exceeds the limit (${lim}${P.minor >= 11 ? ' digits' : ''}) for integer string conversion: value has ${ndigits} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  if (P.minor >= 12 && ndigits > 6000 && base === 10) throw pylongNotSimulated('int() of a string of more than 6000 digits', 'int_from_string');
}

/** l_divmod's switch to _pylong.int_divmod() (3.12+): a divisor of more than 300 30-bit digits
 * and a quotient of more than 150. */
export function checkDivmod(v: IntVal, w: IntVal): void {
  if (P.minor < 12 || typeof w === 'number' || typeof v === 'number') return;
  const sw = intDigits(w);
  if (sw > 300 && intDigits(v) - sw > 150) throw pylongNotSimulated('dividing an int of more than 450 30-bit digits by one of more than 300', 'int_divmod');
}

/** long_pow with a modulus, for ints: 3.8+ takes a negative exponent as the modular inverse's
 * power (long_invmod's extended Euclid, whose l_divmod steps may go to _pylong on 3.12+). */
export function intPowMod(bi: IntVal, ei: IntVal, mi: IntVal): IntVal {
  let m = BigInt(mi);
  if (m === 0n) raise(T.ValueError, 'pow() 3rd argument cannot be 0');
  const negativeOutput = m < 0n;
  if (negativeOutput) m = -m;
  if (m === 1n) return 0;
  let b = BigInt(bi);
  let e = BigInt(ei);
  if (e < 0n) {
    // long_invmod(a, n): floor divisions from (a, n) down to a zero remainder
    let a = b, n = m, s0 = 1n, s1 = 0n;
    while (n !== 0n) {
      checkDivmod(norm(a), norm(n));
      let q = a / n;
      if (a % n !== 0n && (a < 0n) !== (n < 0n)) q -= 1n;
      [a, n] = [n, a - q * n];
      [s0, s1] = [s1, s0 - q * s1];
    }
    if (a !== 1n) raise(T.ValueError, 'base is not invertible for the given modulus');
    b = ((s0 % m) + m) % m;
    e = -e;
  }
  b = ((b % m) + m) % m;
  let r = 1n;
  while (e > 0n) {
    if (e & 1n) r = (r * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  if (negativeOutput && r !== 0n) r -= m;
  return norm(r);
}

/** int.__round__ (long_round / int___round___impl): without ndigits (or a non-negative one) the
 * value as an exact int; else the nearest multiple of 10**-ndigits, ties to even
 * (_PyLong_DivmodNear). `nd` is the ndigits argument, null when absent. */
export function intRound(v: PyObject, nd: PyObject | null): PyObject {
  const exact = (): PyObject => (v.t === T.int ? (v.rc++, v) : newInt(v.v as IntVal));
  if (nd === null) return exact();
  const ni = pyIndex(nd);
  const n = ni.v as IntVal;
  decref(ni);
  if (n >= 0) return exact();
  // 10 ** -ndigits is computed first: CPython would spend minutes (or run out of memory) on it
  if (n < -1e6) throw new NotSimulated(`round() of an int to ${intToString(n)} digits`, ST.line, 'CPython first computes 10 ** ' + intToString(-BigInt(n)) + ', which takes it minutes or exhausts its memory');
  const m = 10n ** BigInt(-Number(n));
  const b = BigInt(v.v as IntVal);
  let q = b / m;
  let r = b % m;
  if (r < 0n) {
    r += m;
    q -= 1n;
  }
  if (2n * r > m || (2n * r === m && (q & 1n) === 1n)) q += 1n;
  // long_round: _PyLong_DivmodNear(self, 10 ** -ndigits) makes a (quotient, remainder) tuple;
  // the result is self - remainder
  const pair = newTuple([newInt(norm(q)), newInt(norm(b - q * m))]);
  try {
    return newInt(norm(q * m));
  } finally {
    decref(pair);
  }
}

/** float.__round__: `nd` None rounds to an int (ties to even); else a float correctly rounded to
 * ndigits decimals (PyNumber_AsSsize_t clips a huge ndigits). */
export function floatRound(f: number, nd: PyObject): PyObject {
  if (nd.t === T.NoneType) {
    let r = Math.round(f);
    if (Math.abs(f - Math.trunc(f)) === 0.5) r = 2 * Math.round(f / 2);
    return longFromDouble(f !== f || !Number.isFinite(f) ? f : r);
  }
  // double_round's dtoa buffers (a PyMem block for long ones) are not replayed
  tmPeakInexact('round() of a float to a number of digits');
  const ni = pyIndex(nd);
  const nv = ni.v as IntVal;
  decref(ni);
  return newFloat(roundFloat(f, typeof nv === 'number' ? nv : nv < 0n ? -Infinity : Infinity));
}

/**
 * float___round___impl / double_round: x correctly rounded to n decimals, ties to even (dtoa mode 3),
 * then read back; n is clamped to NDIGITS_MIN..NDIGITS_MAX (-308..323).
 */
function roundFloat(x: number, n: number): number {
  if (!Number.isFinite(x)) return x;
  if (n > 323) return x;
  if (n < -308) return 0 * x;
  if (x === 0) return x;
  // x = m / 2**e exactly; round x * 10**n to an integer q, then the result is q * 10**-n
  let m = Math.abs(x);
  let e = 0;
  while (!Number.isInteger(m)) {
    m *= 2;
    e++;
  }
  let num = BigInt(m);
  let den = 1n << BigInt(e);
  if (n >= 0) num *= 10n ** BigInt(n);
  else den *= 10n ** BigInt(-n);
  let q = num / den;
  const r2 = 2n * (num % den);
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) q += 1n;
  const rounded = parseFloat(`${x < 0 ? '-' : ''}${q}e${-n}`);
  if (!Number.isFinite(rounded)) raise(T.OverflowError, 'rounded value too large to represent');
  return rounded;
}

/** long_to_decimal_string: a new str of the int's decimal digits (never a cached 1-char string),
 * made while the conversion's scratch int (`_PyLong_New(1 + size_a + size_a / 99)`, its digits in
 * base 10**9) is alive — a transient block tracemalloc's peak sees. From 3.12 an int of more than
 * 1000 digits goes to _pylong (Python code). */
export function intDecimalStr(v: IntVal): PyObject {
  const sizeA = intDigits(v);
  if (sizeA > 1000 && P.minor >= 12) {
    const tm = R.tm;
    if (tm !== null) tm.taint('str() of an int of more than 1000 digits runs _pylong (Python code) in CPython', ST.line);
  }
  const size = 1 + sizeA + Math.floor(sizeA / 99);
  const scratch = 24 + 4 * size;
  const s = intToString(v);
  const addr = allocBuffer(scratch);
  try {
    return newStrFresh(s);
  } finally {
    freeBuffer(addr, scratch);
  }
}

/** Value of an int-like object. */
export function intVal(o: PyObject): IntVal {
  return o.v as IntVal;
}

export function asInt(o: PyObject): IntVal | null {
  if (o.t === T.int || o.t === T.bool) return o.v as IntVal;
  if ((o.t.v as TypeInfo).solid === T.int) return o.v as IntVal;
  return null;
}

const MEDIUM = 1073741824;

function isNeg(v: IntVal): boolean {
  return typeof v === 'number' ? v < 0 : v < 0n;
}

/** x_sub's result size for two magnitudes of `n` digits each: the index of the highest 30-bit
 * digit in which they differ, plus one (0: equal). */
function subSize(x: IntVal, y: IntVal, n: number): number {
  let a = BigInt(x), b = BigInt(y);
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  for (let i = n - 1; i >= 0; i--) {
    const sh = BigInt(30 * i);
    if (((a >> sh) & 0x3fffffffn) !== ((b >> sh) & 0x3fffffffn)) return i + 1;
  }
  return 0;
}

const enum Arith {
  Add,
  Sub,
  Mul,
}

/** long_add / long_sub / long_mul. Outside the fast path for two one-digit operands, CPython
 * allocates the result at its largest possible size (x_add: the longer operand's digits + 1,
 * x_sub: the longer operand's, x_mul: the sum) and normalises it in place, so the block can be a
 * size class above what getsizeof reports; x_sub frees it again for a small result. */
function intArith(f: (a: IntVal, b: IntVal) => IntVal, op: Arith) {
  return (a: PyObject, b: PyObject): PyObject => {
    const x = asInt(a), y = asInt(b);
    if (x === null || y === null) return notImpl();
    const r = f(x, y);
    if (typeof x === 'number' && typeof y === 'number' && x > -MEDIUM && x < MEDIUM && y > -MEDIUM && y < MEDIUM) return newInt(r);
    const da = intDigits(x), db = intDigits(y);
    let n: number;
    if (op === Arith.Mul) {
      if (da === 0 || db === 0) return newInt(0);
      // k_mul (Karatsuba) splits and allocates its halves beyond 70 digits
      if (Math.min(da, db) >= 70 && R.tm !== null) tmInexact('multiplication of ints of 70 digits or more (Karatsuba)');
      n = da + db;
    } else if ((op === Arith.Add) === (isNeg(x) === isNeg(y))) {
      // x_add: the longer operand's digits + 1
      n = Math.max(da, db) + 1;
    } else {
      // x_sub: the longer operand's digits; operands of equal length are compared from the top
      // digit down: equal magnitudes give the cached 0 without a block, else the block has the
      // digits up to the highest that differs
      n = da !== db ? Math.max(da, db) : subSize(x, y, da);
      if (n === 0) return newInt(0);
      if (P.minor <= 8) {
        // 3.8's x_sub returns long_normalize(z) itself: a small result is a new int, not the
        // cached one (`d - (d - 1) is 1` is False there)
        const o = new PyObject(T.int, r, null, 0);
        allocBlock(o, 24 + 4 * n);
        return o;
      }
    }
    return newIntAllocated(r, n);
  };
}

/** A new int whose block was allocated for `ndigits` digits before normalisation. */
export function newIntAllocated(v: IntVal, ndigits: number): PyObject {
  const o = new PyObject(T.int, v, null, 0);
  allocBlock(o, 24 + 4 * Math.max(ndigits, 1));
  if (typeof v === 'number' && v >= -NSMALLNEG && v < NSMALLPOS) {
    // maybe_small_long: the block goes back and the cached small int is returned
    freeBlock(o, 0);
    return newInt(v);
  }
  return o;
}

function intBin(f: (a: IntVal, b: IntVal) => IntVal) {
  return (a: PyObject, b: PyObject): PyObject => {
    const x = asInt(a), y = asInt(b);
    if (x === null || y === null) return notImpl();
    const r = f(x, y);
    bigIntOp(x, y, r);
    return newInt(r);
  };
}

/** Division, modulo, powers, shifts and bitwise operations on ints of more than one 30-bit digit
 * allocate their results and temporaries (x_divrem, long_pow's squarings, ...) in ways HeapLens
 * does not replay: tracemalloc's numbers stop being CPython's. */
function bigIntOp(x: IntVal, y: IntVal, r: IntVal): void {
  if (R.tm === null) return;
  if (intDigits(x) > 1 || intDigits(y) > 1 || intDigits(r) > 1) tmInexact('int arithmetic (other than +, - and *) on ints of more than one 30-bit digit');
}

function shiftCount(y: IntVal): number {
  if (typeof y === 'number' ? y < 0 : y < 0n) raise(T.ValueError, 'negative shift count');
  return Number(y);
}

export function initIntType(ti: TypeInfo): void {
  ti.basicsize = () => 24;
  ti.itemsize = 4;
  ti.dealloc = intDealloc;
  ti.sizeof = intSizeof;
  ti.hash = (o) => intHash(o.v as IntVal);
  ti.repr = (o) => intDecimalStr(o.v as IntVal);
  ti.bool = (o) => o.v !== 0 && o.v !== 0n;
  ti.richcompare = (a, b, op) => {
    const x = asInt(a);
    const y = asInt(b);
    if (x === null) return notImpl();
    if (y === null) {
      if (b.t === T.float) return newBool(cmpResult(compareIntFloat(x, b.v as number), op));
      return notImpl();
    }
    return newBool(cmpResult(intCmp(x, y), op));
  };
  ti.nb = {
    add: intArith(intAdd, Arith.Add),
    sub: intArith(intSub, Arith.Sub),
    mul: intArith(intMul, Arith.Mul),
    floordiv: intBin(intFloorDiv),
    mod: intBin(intMod),
    // long_divmod: the quotient and remainder, then the tuple
    divmod: (a, b) => {
      const x = asInt(a), y = asInt(b);
      if (x === null || y === null) return notImpl();
      if (y === 0 || y === 0n) raise(T.ZeroDivisionError, 'integer division or modulo by zero');
      const qv = intFloorDiv(x, y);
      bigIntOp(x, y, qv);
      const q = newInt(qv);
      const r = newInt(intMod(x, y));
      return newTuple([q, r]);
    },
    truediv: (a, b) => {
      const x = asInt(a), y = asInt(b);
      if (x === null || y === null) return notImpl();
      return newFloat(intTrueDiv(x, y));
    },
    pow: (a, b) => {
      const x = asInt(a), y = asInt(b);
      if (x === null || y === null) return notImpl();
      if (typeof y === 'number' ? y < 0 : y < 0n) {
        // long_pow: a negative exponent without a modulus is float_pow of the two as floats
        const fx = intToFloat(x), fy = intToFloat(y);
        try {
          return newFloat(floatPow(fx, fy));
        } catch (e) {
          if (e instanceof ComplexResult) return complexPowFloat(fx, fy);
          throw e;
        }
      }
      const pv = intPow(x, y);
      bigIntOp(x, y, pv);
      return newInt(pv);
    },
    lshift: intBin((x, y) => {
      const n = shiftCount(y);
      if (typeof x === 'number' && n < 31 && Math.abs(x) < 2 ** 21) return x * 2 ** n;
      return norm(big(x) << BigInt(n));
    }),
    rshift: intBin((x, y) => {
      const n = shiftCount(y);
      if (typeof x === 'number') return n >= 53 ? (x < 0 ? -1 : 0) : Math.floor(x / 2 ** n);
      return norm(x >> BigInt(n));
    }),
    and: (a, b) => bitop(a, b, (x, y) => x & y),
    or: (a, b) => bitop(a, b, (x, y) => x | y),
    xor: (a, b) => bitop(a, b, (x, y) => x ^ y),
    neg: (a) => newInt(typeof a.v === 'number' ? (a.v === 0 ? 0 : -a.v) : norm(-(a.v as bigint))),
    pos: (a) => (a.t === T.int ? (a.rc++, a) : newInt(a.v as IntVal)),
    // long_abs: long_neg of a negative int, else long_long (the object itself when it is an exact int)
    abs: (a) => (a.t === T.int && (typeof a.v === 'number' ? a.v >= 0 : (a.v as bigint) >= 0n)
      ? (a.rc++, a)
      : newInt(typeof a.v === 'number' ? Math.abs(a.v) : ((a.v as bigint) < 0n ? -(a.v as bigint) : (a.v as bigint)))),
    invert: (a) => newInt(intSub(typeof a.v === 'number' ? -a.v : norm(-(a.v as bigint)), 1)),
    index: (a) => (a.t === T.int ? (a.rc++, a) : newInt(a.v as IntVal)),
    int: (a) => (a.t === T.int ? (a.rc++, a) : newInt(a.v as IntVal)),
    float: (a) => newFloat(intToFloat(a.v as IntVal)),
  };
}

function bitop(a: PyObject, b: PyObject, f: (x: bigint, y: bigint) => bigint): PyObject {
  const x = asInt(a), y = asInt(b);
  if (x === null || y === null) return notImpl();
  if (a.t === T.bool && b.t === T.bool) return newBool(f(big(x), big(y)) !== 0n);
  if (typeof x === 'number' && typeof y === 'number' && Math.abs(x) < 2 ** 31 && Math.abs(y) < 2 ** 31) {
    return newInt(Number(f(BigInt(x), BigInt(y))));
  }
  return newInt(norm(f(big(x), big(y))));
}

/** Exact comparison of an int with a float (float_richcompare). */
export function compareIntFloat(i: IntVal, f: number): number {
  if (f !== f) return NaN;
  if (f === Infinity) return -1;
  if (f === -Infinity) return 1;
  if (typeof i === 'number') return i < f ? -1 : i > f ? 1 : 0;
  const fi = Math.trunc(f);
  const bi = BigInt(fi);
  if (i < bi) return -1;
  if (i > bi) return 1;
  const frac = f - fi;
  return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}

// ---------------------------------------------------------------- bool

export function initBoolType(ti: TypeInfo): void {
  // bool_repr returns one shared string: an interned one cached by bool_repr (3.8/3.10), the
  // static _Py_ID(True) (3.11: not the interned 'True' a program's literal is; 3.12+: interned)
  ti.repr = (o) => {
    const i = o.v ? 1 : 0;
    let r = boolReprs[i];
    if (r === null) {
      const s = i ? 'True' : 'False';
      if (P.minor === 11) {
        r = new PyObject(T.str, s, 0, 1024 /* F_RUNTIME */);
        makeStatic(r, 999999999);
      } else {
        // 3.12+: &_Py_ID(True), a static string; 3.8/3.10: bool_repr's first call caches
        // PyUnicode_InternFromString("True"), the start-up's interned string (a decoded copy is
        // made and dropped)
        r = untraced(() => internStr(s, P.minor >= 12));
        if (P.minor <= 10) {
          const bytes = P.strAsciiHeader + s.length + 1;
          freeBuffer(allocBuffer(bytes), bytes);
        }
      }
      boolReprs[i] = r;
    }
    r.rc++;
    return r;
  };
  ti.basetype = false;
  ti.new = (_t, args, kw) => {
    // bool_new / bool_vectorcall: _PyArg_NoKeywords, then at most one positional
    if (kw && kw.length) raise(T.TypeError, 'bool() takes no keyword arguments');
    if (args.length > 1) raise(T.TypeError, `bool expected at most 1 argument, got ${args.length}`);
    return newBool(args.length > 0 && truthy(args[0]));
  };
}

// ---------------------------------------------------------------- floats

const FLOAT_FREELIST_MAX = 100;
let freeFloats: PyObject[] = [];

registerFreeList(() => {
  for (const o of freeFloats) freeBlock(o, 24);
  freeFloats = [];
});

registerFreeListSwap((next) => {
  const prev = freeFloats;
  freeFloats = (next as PyObject[] | undefined) ?? [];
  return prev;
});

registerFreeListStats('Float', () => [{ name: 'PyFloatObject', count: freeFloats.length, size: 24 }]);

export function resetFloatState(): void {
  freeFloats = [];
}

export function newFloat(x: number): PyObject {
  if (freeFloats.length > 0) {
    const o = freeFloats.pop() as PyObject;
    o.rc = 1;
    o.v = x;
    noteReuse(o);
    return o;
  }
  const o = new PyObject(T.float, x, null, 0);
  allocBlock(o, 24);
  return o;
}

export function floatDealloc(o: PyObject): void {
  if (o.t === T.float && freeFloats.length < FLOAT_FREELIST_MAX) {
    freeFloats.push(o);
    noteRecycle(o);
    return;
  }
  freeBlock(o, (o.t.v as TypeInfo).basicsize());
}

export { floatRepr } from '../util/repr';
import { floatRepr } from '../util/repr';

/** Coerce an operand for float arithmetic: float, int or bool; null otherwise. */
export function toFloatOperand(o: PyObject): number | null {
  if (o.t === T.float) return o.v as number;
  const i = asInt(o);
  if (i !== null) return intToFloat(i);
  if ((o.t.v as TypeInfo).solid === T.float) return o.v as number;
  return null;
}

function floatBin(f: (a: number, b: number) => number) {
  return (a: PyObject, b: PyObject): PyObject => {
    const x = toFloatOperand(a), y = toFloatOperand(b);
    if (x === null || y === null) return notImpl();
    return newFloat(f(x, y));
  };
}

export function floatFloorDiv(x: number, y: number): number {
  // 3.8's float_floor_div is float_divmod's first item
  if (y === 0) raise(T.ZeroDivisionError, P.minor >= 10 ? 'float floor division by zero' : 'float divmod()');
  return floatDivmod(x, y)[0];
}
export function floatMod(x: number, y: number): number {
  if (y === 0) raise(T.ZeroDivisionError, P.minor >= 13 ? 'float modulo by zero' : 'float modulo');
  return floatDivmod(x, y)[1];
}
/** float_divmod (Objects/floatobject.c). */
export function floatDivmod(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  // C's `if (mod)` / `if (div)`: a NaN is true there (inf or nan operands give (nan, nan))
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = wx < 0 ? -0.0 : 0.0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    // copysign(0.0, vx / wx)
    const q = vx / wx;
    floordiv = q < 0 || Object.is(q, -0) ? -0.0 : 0.0;
  }
  return [floordiv, mod];
}

const floatFloorDivBin = floatBin(floatFloorDiv);

/** A tuple slot before it is filled (never released). */
const NOT_YET = undefined as unknown as PyObject;

/** Py_BuildValue("(dd)", a, b): the tuple (PyTuple_New), then each float. */
function floatPair([a, b]: [number, number]): PyObject {
  const items: PyObject[] = [NOT_YET, NOT_YET];
  const t = newTuple(items);
  items[0] = newFloat(a);
  items[1] = newFloat(b);
  return t;
}

/** float_pow: its special cases, then C's pow() for a finite base > 0, 1 excluded (crpow.ts). */
export function floatPow(x: number, y: number): number {
  if (y === 0) return 1;
  if (x !== x) return x;
  if (y !== y) return x === 1 ? 1 : y;
  if (!Number.isFinite(y)) {
    const ax = Math.abs(x);
    if (ax === 1) return 1;
    return y > 0 === ax > 1 ? Infinity : 0;
  }
  const yOdd = Number.isInteger(y) && Math.abs(y % 2) === 1;
  if (!Number.isFinite(x)) {
    if (y > 0) return yOdd ? x : Math.abs(x);
    return yOdd ? (x < 0 ? -0 : 0) : 0;
  }
  if (x === 0) {
    if (y < 0) raise(T.ZeroDivisionError, '0.0 cannot be raised to a negative power');
    return yOdd ? x : 0;
  }
  let negate = false;
  if (x < 0) {
    if (!Number.isInteger(y)) throw new ComplexResult();
    x = -x;
    negate = yOdd;
  }
  if (x === 1) return negate ? -1 : 1;
  const r = powDecided(x, y);
  if (r === null) {
    throw new NotSimulated(`${floatRepr(negate ? -x : x)} ** ${floatRepr(y)}`, ST.line,
      Number.isInteger(2 * y)
        ? "the exact result lies so close to halfway between two floats that the last bit of C's pow() depends on the C library"
        : "the last bit of C's pow() for this exponent depends on the C library (HeapLens computes integer and half-integer exponents exactly)");
  }
  if (r === Infinity) raise(T.OverflowError, "(34, 'Numerical result out of range')");
  return negate ? -r : r;
}

/** Thrown by floatPow when a negative base meets a fractional exponent (the result is complex). */
export class ComplexResult {}

/** The buffer PyOS_double_to_string allocates for format_float_short (an upper bound of the
 * text's size): sign, point and NUL, the digits with their zero padding, an exponent. `code` is
 * 'r' (repr, shortest digits) here. */
export function floatShortBufsize(x: number, addDot0: boolean): number {
  if (!Number.isFinite(x)) return 5;
  // the shortest digits that round-trip (what _Py_dg_dtoa's mode 0 gives) and the decimal point
  let digits: string;
  let decpt: number;
  if (x === 0) {
    digits = '0';
    decpt = 1;
  } else {
    const [mant, ex] = Math.abs(x).toExponential().split('e');
    digits = mant.replace('.', '').replace(/0+$/, '') || '0';
    decpt = Number(ex) + 1;
  }
  let useExp = false;
  if (decpt <= -4 || decpt > 16) {
    useExp = true;
    decpt = 1;
  }
  const vstart = decpt <= 0 ? decpt - 1 : 0;
  let vend = digits.length;
  if (!useExp && addDot0) vend = vend > decpt ? vend : decpt + 1;
  else vend = vend > decpt ? vend : decpt;
  return 3 + (vend - vstart) + (useExp ? 5 : 0);
}

/** float_repr: PyOS_double_to_string's buffer, then _PyUnicode_FromASCII of it, then the buffer
 * released. */
export function floatReprStr(x: number): PyObject {
  const bytes = floatShortBufsize(x, true);
  const addr = allocBuffer(bytes);
  try {
    return newStr(floatRepr(x));
  } finally {
    freeBuffer(addr, bytes);
  }
}

export function initFloatType(ti: TypeInfo): void {
  ti.basicsize = () => 24;
  ti.dealloc = floatDealloc;
  ti.hash = (o) => floatHash(o.v as number);
  ti.repr = (o) => floatReprStr(o.v as number);
  ti.bool = (o) => o.v !== 0;
  ti.richcompare = (a, b, op) => {
    const x = a.v as number;
    let c: number;
    if (b.t === T.float || (b.t.v as TypeInfo).solid === T.float) {
      const y = b.v as number;
      c = x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
    } else {
      const i = asInt(b);
      if (i === null) return notImpl();
      c = -compareIntFloat(i, x);
    }
    if (c !== c) return newBool(op === 3);
    return newBool(cmpResult(c, op));
  };
  ti.nb = {
    add: floatBin((x, y) => x + y),
    sub: floatBin((x, y) => x - y),
    mul: floatBin((x, y) => x * y),
    truediv: floatBin((x, y) => {
      if (y === 0) raise(T.ZeroDivisionError, 'float division by zero');
      return x / y;
    }),
    floordiv: (a, b) => {
      if (P.minor >= 10) return floatFloorDivBin(a, b);
      // 3.8's float_floor_div is float_divmod's tuple, its first item kept
      const x = toFloatOperand(a), y = toFloatOperand(b);
      if (x === null || y === null) return notImpl();
      if (y === 0) raise(T.ZeroDivisionError, 'float divmod()');
      const t = floatPair(floatDivmod(x, y));
      const q = (t.v as PyObject[])[0];
      q.rc++;
      decref(t);
      return q;
    },
    mod: floatBin(floatMod),
    divmod: (a, b) => {
      const x = toFloatOperand(a), y = toFloatOperand(b);
      if (x === null || y === null) return notImpl();
      if (y === 0) raise(T.ZeroDivisionError, 'float divmod()');
      return floatPair(floatDivmod(x, y));
    },
    pow: (a, b) => {
      const x = toFloatOperand(a), y = toFloatOperand(b);
      if (x === null || y === null) return notImpl();
      try {
        return newFloat(floatPow(x, y));
      } catch (e) {
        if (e instanceof ComplexResult) return complexPowFloat(x, y);
        throw e;
      }
    },
    neg: (a) => newFloat(-(a.v as number)),
    pos: (a) => (a.t === T.float ? (a.rc++, a) : newFloat(a.v as number)),
    abs: (a) => newFloat(Math.abs(a.v as number)),
    int: (a) => floatToInt(a.v as number),
    float: (a) => (a.t === T.float ? (a.rc++, a) : newFloat(a.v as number)),
  };
}

export function floatToInt(x: number): PyObject {
  if (x !== x) raise(T.ValueError, 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) raise(T.OverflowError, 'cannot convert float infinity to integer');
  const t = Math.trunc(x);
  return newInt(Number.isSafeInteger(t) ? t : BigInt(t));
}

/** PyLong_FromDouble (round(x), 3.8's math.floor/ceil of a float): from 3.9 a value in a C long's
 * range goes through PyLong_FromLong (small ints cached); 3.8 builds a new int of the value's
 * digits (_PyLong_New) for any |x| >= 1 — `round(7.25) is 7` is False there. */
export function longFromDouble(x: number): PyObject {
  if (P.minor <= 8 && Number.isFinite(x) && Math.abs(x) >= 1) {
    const t = Math.trunc(x);
    const v: IntVal = Number.isSafeInteger(t) ? t : BigInt(t);
    const o = new PyObject(T.int, v, null, 0);
    allocBlock(o, 24 + 4 * Math.max(intDigits(v), 1));
    return o;
  }
  return floatToInt(x);
}

// ---------------------------------------------------------------- complex

export function newComplex(re: number, im: number): PyObject {
  const o = new PyObject(T.complex, re, im, 0);
  allocBlock(o, 32);
  return o;
}

/** float_pow with a negative base and a non-integer exponent: complex_pow of the two (3.8+). */
function complexPowFloat(x: number, y: number): PyObject {
  return complexPow([x, 0], [y, 0]);
}

/** complex_pow of two complex values: a new complex, or one whose value is not known (the C
 * library's last bits) when CPython certainly returns a finite complex there. */
function complexPow(a: [number, number], b: [number, number]): PyObject {
  const r = cpow(a, b);
  if (r !== null) return newComplex(r[0], r[1]);
  return newComplexUnknown(`the value of ${complexRepr(a[0], a[1])} ** ${complexRepr(b[0], b[1])}`,
    "CPython computes a complex power with a non-integer exponent (or, on 3.8, beyond +-100) with the C library's hypot, pow, atan2, cos and sin, whose last bits depend on the library (HeapLens computes complex powers with integer exponents exactly)");
}

/** The complexes newComplexUnknown made, with what produced them. */
export const unknownComplexKeys = new WeakMap<PyObject, string>();

/** A complex whose type, size and references are CPython's but whose value is not known: reading
 * it (repr, arithmetic, comparison, hash, .real) stops the run. */
function newComplexUnknown(what: string, why: string): PyObject {
  const o = newComplex(0, 0);
  // equal operands give equal values: the compiler's constant key (constkey.ts)
  unknownComplexKeys.set(o, what);
  const stop = (): never => {
    throw new NotSimulated(what, ST.line, why);
  };
  Object.defineProperty(o, 'v', { get: stop, set: () => {} });
  Object.defineProperty(o, 'd', { get: stop, set: () => {} });
  return o;
}

/** complex_pow of two values: the result, or null where it is the C library's (see cpowpure.ts). */
function cpow(a: [number, number], b: [number, number]): [number, number] | null {
  const r = cpowOutcome(a, b, P.minor);
  switch (r.k) {
    case 'value': return [r.re, r.im];
    case 'zerodiv': return raise(T.ZeroDivisionError, '0.0 to a negative or complex power');
    case 'overflow': return raise(T.OverflowError, 'complex exponentiation');
    case 'libm': return null;
    default:
      throw new NotSimulated(`${complexRepr(a[0], a[1])} ** ${complexRepr(b[0], b[1])}`, ST.line,
        "CPython computes a complex power with a non-integer exponent (or, on 3.8, beyond +-100) with the C library's hypot, pow, atan2, cos and sin, and for this one whether it overflows depends on them");
  }
}

function toComplex(o: PyObject): [number, number] | null {
  if (o.t === T.complex) return [o.v as number, o.d as number];
  const f = toFloatOperand(o);
  return f === null ? null : [f, 0];
}

function complexBin(f: (a: [number, number], b: [number, number]) => [number, number]) {
  return (a: PyObject, b: PyObject): PyObject => {
    const x = toComplex(a), y = toComplex(b);
    if (x === null || y === null) return notImpl();
    const [re, im] = f(x, y);
    return newComplex(re, im);
  };
}

export { complexRepr } from '../util/repr';
import { complexRepr } from '../util/repr';

export function initComplexType(ti: TypeInfo): void {
  ti.basicsize = () => 32;
  ti.dealloc = (o) => freeBlock(o, 32);
  ti.repr = (o) => {
    // complex_repr: PyOS_double_to_string's buffers and PyUnicode_FromFormat's, not replayed
    tmPeakInexact('the repr of a complex number');
    return newStr(complexRepr(o.v as number, o.d as number));
  };
  ti.bool = (o) => o.v !== 0 || o.d !== 0;
  ti.hash = (o) => {
    const hr = floatHash(o.v as number), hi = floatHash(o.d as number);
    const h = BigInt.asIntN(64, BigInt(hr) + 1000003n * BigInt(hi));
    return h === -1n ? -2 : Number.isSafeInteger(Number(h)) ? Number(h) : h;
  };
  ti.richcompare = (a, b, op) => {
    if (op !== 2 && op !== 3) return notImpl();
    const x = toComplex(a), y = toComplex(b);
    if (x === null || y === null) return notImpl();
    const e = x[0] === y[0] && x[1] === y[1];
    return newBool(op === 2 ? e : !e);
  };
  ti.nb = {
    add: complexBin((x, y) => [x[0] + y[0], x[1] + y[1]]),
    sub: complexBin((x, y) => [x[0] - y[0], x[1] - y[1]]),
    mul: complexBin((x, y) => [x[0] * y[0] - x[1] * y[1], x[0] * y[1] + x[1] * y[0]]),
    truediv: complexBin((x, y) => {
      if (y[0] === 0 && y[1] === 0) raise(T.ZeroDivisionError, 'complex division by zero');
      return cquot(x, y);
    }),
    pow: (a, b) => {
      const x = toComplex(a), y = toComplex(b);
      if (x === null || y === null) return notImpl();
      return complexPow(x, y);
    },
    neg: (a) => newComplex(-(a.v as number), -(a.d as number)),
    // 3.8 still has complex //, % and divmod(), which always refuse
    ...(P.minor < 10 ? {
      floordiv: (): PyObject => raise(T.TypeError, "can't take floor of complex number."),
      mod: (): PyObject => raise(T.TypeError, "can't mod complex numbers."),
      divmod: (): PyObject => raise(T.TypeError, "can't take floor or mod of complex number."),
    } : {}),
    pos: (a) => newComplex(a.v as number, a.d as number),
    // complex_abs / _Py_c_abs: C99's infinities first, then the C library's hypot
    abs: (a) => {
      const re = a.v as number, im = a.d as number;
      if (re === Infinity || re === -Infinity || im === Infinity || im === -Infinity) return newFloat(Infinity);
      if (re !== re || im !== im) return newFloat(NaN);
      const r = glibcHypot(re, im);
      if (r === Infinity) raise(T.OverflowError, 'absolute value too large');
      return newFloat(r);
    },
  };
}

export { newBool };
