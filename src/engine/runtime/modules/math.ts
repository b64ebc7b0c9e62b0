// The math module (Modules/mathmodule.c), per version: its functions with CPython's argument
// conversion (PyFloat_AsDouble, PyNumber_Index, __floor__/__ceil__/__trunc__), error messages,
// result objects (which ones are new and which are an argument returned again), and its module
// dict (the same keys in the same order, so its size is CPython's).
//
// The numbers come from mathlib.ts: exactly defined functions are computed for every argument;
// the C library's transcendental functions only where their result does not depend on the
// library (docs/math-libm.md) — elsewhere the run stops.
import { PyObject, F_RUNTIME } from '../object';
import { P, T, NotSimulated, decref, incref, ST, allocBuffer, freeBuffer, moduleIdentifier, tmInexact } from '../core';
import { isSubtype, typeName, type TypeInfo } from '../types';
import { raise } from '../exc';
import { S, getIter, iterNext, index, lookupSpecial, call, binaryOp, newBool, typeLookup } from '../abstract';
import { builtinMethodOf, releaseBuiltinMethod } from '../classes';
import { dictSetStr, newDict, dictEntries, dictSet } from '../dict';
import { newStr } from '../str';
import { newInt, newIntSsize, newFloat, intToFloat, longFromDouble, intDigits, type IntVal } from '../numbers';
import { newTuple } from '../tuple';
import { builtinFunction, oneArg, argRange, parseArgs, noKw } from '../methods';
import { registerModule, ModuleData } from './registry';
import * as L from './mathlib';

type Fn = (self: PyObject | null, args: PyObject[], kw: string[] | null) => PyObject;

function big(v: IntVal): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

function norm(v: bigint): IntVal {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

function isInt(o: PyObject): boolean {
  return o.t === T.int || o.t === T.bool || isSubtype(o.t, T.int);
}

function isFloat(o: PyObject): boolean {
  return o.t === T.float || isSubtype(o.t, T.float);
}

/** The run stops: the C library decides the last bit of this result. */
function libmDependent(name: string): never {
  throw new NotSimulated(
    `math.${name}() for this argument`,
    ST.line,
    "its last bit depends on the C library (glibc's libm), which HeapLens does not reproduce; only exactly defined results (special values, domain errors, exactly representable results) are simulated",
  );
}

// ---------------------------------------------------------------- argument conversion

/** PyFloat_AsDouble. */
export function asDouble(o: PyObject): number {
  if (isFloat(o)) return o.v as number;
  if (o.t === T.int || o.t === T.bool) return intToFloat(o.v as IntVal);
  const ti = o.t.v as TypeInfo;
  if (ti.nb.float === undefined) {
    if (ti.nb.index !== undefined) {
      const r = index(o);
      try {
        return intToFloat(r.v as IntVal);
      } finally {
        decref(r);
      }
    }
    raise(T.TypeError, `must be real number, not ${typeName(o)}`);
  }
  const r = ti.nb.float(o);
  if (r.t !== T.float) {
    const sub = isSubtype(r.t, T.float);
    const msg = `${typeName(o)}.__float__ returned non-float (type ${typeName(r)})`;
    decref(r);
    if (!sub) raise(T.TypeError, msg);
    throw new NotSimulated(`a __float__ that returns a float subclass`, ST.line, 'CPython writes a DeprecationWarning');
  }
  const v = r.v as number;
  decref(r);
  return v;
}

/** PyNumber_Index, then an exact int (3.8's perm/comb copy a subclass's value). */
function exactIndex(o: PyObject): PyObject {
  const r = index(o);
  if (r.t === T.int) return r;
  const v = newInt(r.v as IntVal);
  decref(r);
  return v;
}

function intOf(o: PyObject): bigint {
  return big(o.v as IntVal);
}

// ---------------------------------------------------------------- result helpers

function domainError(): never {
  raise(T.ValueError, 'math domain error');
}

function rangeError(): never {
  raise(T.OverflowError, 'math range error');
}

/** Raise CPython's error for an outcome, or make the float. */
function fromOutcome(name: string, r: L.Outcome): PyObject {
  if (r === null) libmDependent(name);
  if (r === 'ValueError') domainError();
  if (r === 'OverflowError') rangeError();
  return newFloat(r);
}

/** math_1 and friends on a float argument. */
function math1(name: string, arg: PyObject): PyObject {
  return fromOutcome(name, L.outcome1(name, asDouble(arg)));
}

/** math_2: a two-argument function of doubles. */
function math2(name: string, args: PyObject[], kw: string[] | null, f: (x: number, y: number) => number | null): PyObject {
  argRange(name, args, kw, 2, 2);
  const x = asDouble(args[0]);
  const y = asDouble(args[1]);
  return fromOutcome(name, L.outcome2(f, x, y));
}

/** PyLong_FromDouble */
function intFromDouble(x: number): PyObject {
  return longFromDouble(x);
}

/** _PyObject_LookupSpecial + call: the result of x.__name__(), or null if the type lacks it. */
function callDunder(x: PyObject, name: string): PyObject | null {
  // (its name: a _Py_IDENTIFIER up to 3.11)
  moduleIdentifier(name, 'math');
  const descr = typeLookup(x.t, name);
  if (descr === null) return null;
  if (descr.t === T.method_descriptor) {
    // a C method (int.__floor__, float.__trunc__): bound to x as a builtin method object for the
    // call (3.8 takes it from and returns it to its free list), then called
    const bm = builtinMethodOf(name, x);
    try {
      return call(descr, [x]);
    } finally {
      releaseBuiltinMethod(bm);
    }
  }
  const m = lookupSpecial(x, name);
  if (m === null) return null;
  try {
    return call(m, []);
  } finally {
    decref(m);
  }
}

// ---------------------------------------------------------------- integer functions

/** _PyLong_GCD: a new int, except that a non-negative exact int of more than two digits comes
 * back itself when the other operand is zero. */
function longGcd(a: PyObject, b: PyObject): PyObject {
  const va = a.v as IntVal, vb = b.v as IntVal;
  if (intDigits(va) <= 2 && intDigits(vb) <= 2) return newInt(norm(L.gcd(big(va), big(vb))));
  let x = big(va), y = big(vb);
  let ox: PyObject | null = x >= 0n && a.t === T.int ? a : null;
  let oy: PyObject | null = y >= 0n && b.t === T.int ? b : null;
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  if (x < y) {
    [x, y] = [y, x];
    [ox, oy] = [oy, ox];
  }
  if (y === 0n && ox !== null) return incref(ox);
  return newInt(norm(L.gcd(x, y)));
}

/** PyNumber_Absolute of an exact int: itself when non-negative. */
function intAbs(o: PyObject): PyObject {
  const v = o.v as IntVal;
  if (o.t === T.int && (typeof v === 'number' ? v >= 0 : v >= 0n)) return incref(o);
  return newInt(typeof v === 'number' ? Math.abs(v) : v < 0n ? -v : v);
}

function isZero(o: PyObject): boolean {
  const v = o.v as IntVal;
  return v === 0 || v === 0n;
}

function isOne(o: PyObject): boolean {
  const v = o.v as IntVal;
  return v === 1 || v === 1n;
}

function gcdFn(args: PyObject[], kw: string[] | null): PyObject {
  if (P.minor < 10) {
    // 3.8: math.gcd(x, y, /)
    argRange('gcd', args, kw, 2, 2);
    const a = index(args[0]);
    let b: PyObject;
    try {
      b = index(args[1]);
    } catch (e) {
      decref(a);
      throw e;
    }
    try {
      return longGcd(a, b);
    } finally {
      decref(a);
      decref(b);
    }
  }
  noKw('gcd', kw);
  // the fast path once the result is the small int 1 (an identity test in CPython)
  return foldIndexes(args, 0, isOne, (res, x) => longGcd(res, x));
}

function lcmFn(args: PyObject[], kw: string[] | null): PyObject {
  noKw('lcm', kw);
  return foldIndexes(args, 1, isZero, (res, x) => {
    if (isZero(res) || isZero(x)) return newInt(0);
    const a = intOf(res), b = intOf(x);
    const m = (a / L.gcd(a, b)) * b;
    return newInt(norm(m < 0n ? -m : m));
  });
}

/** math_gcd / math_lcm (3.9+): no arguments give `empty`, one its absolute value; otherwise each
 * argument's __index__ is combined into the result in turn, skipped once `settled(result)`. */
function foldIndexes(args: PyObject[], empty: number, settled: (res: PyObject) => boolean, combine: (res: PyObject, x: PyObject) => PyObject): PyObject {
  if (args.length === 0) return newInt(empty);
  let res = index(args[0]);
  if (args.length === 1) {
    const r = intAbs(res);
    decref(res);
    return r;
  }
  for (let i = 1; i < args.length; i++) {
    let x: PyObject;
    try {
      x = index(args[i]);
    } catch (e) {
      decref(res);
      throw e;
    }
    if (res.t === T.int && settled(res)) {
      decref(x);
      continue;
    }
    let r: PyObject;
    try {
      r = combine(res, x);
    } finally {
      decref(res);
      decref(x);
    }
    res = r;
  }
  return res;
}

const LONG_MAX = 9223372036854775807n;

function factorialOf(arg: PyObject): PyObject {
  let n: bigint;
  if (P.minor < 10) {
    if (isFloat(arg)) {
      const dx = arg.v as number;
      if (!(Number.isFinite(dx) && dx === Math.floor(dx))) raise(T.ValueError, 'factorial() only accepts integral values');
      n = BigInt(dx);
    } else {
      const i = index(arg);
      n = intOf(i);
      decref(i);
    }
  } else {
    // PyLong_AsLongAndOverflow: __index__ for non-ints
    const i = index(arg);
    n = intOf(i);
    decref(i);
  }
  if (n > LONG_MAX) raise(T.OverflowError, `factorial() argument should not exceed ${LONG_MAX}`);
  if (n < 0n) raise(T.ValueError, 'factorial() not defined for negative values');
  if (n > 100000n) throw new NotSimulated(`math.factorial(${n})`, ST.line, 'a factorial this large is beyond what HeapLens computes');
  // up to 20! a value of the SmallFactorials table, PyLong_FromUnsignedLong (its digits only);
  // beyond, factorial_odd_part's products
  if (n <= 20n) return newIntSsize(norm(L.factorial(Number(n))));
  tmInexact('math.factorial() of more than 20 (the products it multiplies up)');
  return newInt(norm(L.factorial(Number(n))));
}

const LLONG_MAX = 9223372036854775807n;

function permComb(name: 'perm' | 'comb', args: PyObject[], kw: string[] | null): PyObject {
  const iscomb = name === 'comb';
  if (iscomb) argRange('comb', args, kw, 2, 2);
  else {
    argRange('perm', args, kw, 1, 2);
    if (args.length === 1 || args[1] === S.None) return factorialOf(args[0]);
  }
  const n = exactIndex(args[0]);
  let k: PyObject;
  try {
    k = exactIndex(args[1]);
  } catch (e) {
    decref(n);
    throw e;
  }
  try {
    const nv = intOf(n), kv = intOf(k);
    if (nv < 0n) raise(T.ValueError, 'n must be a non-negative integer');
    if (kv < 0n) raise(T.ValueError, 'k must be a non-negative integer');
    if (kv > nv) return newInt(0);
    let ki = kv;
    if (iscomb && nv - kv < kv) ki = nv - kv;
    if (ki > LLONG_MAX) raise(T.OverflowError, iscomb ? `min(n - k, k) must not exceed ${LLONG_MAX}` : `k must not exceed ${LLONG_MAX}`);
    if (ki === 0n) return newInt(1);
    if (ki === 1n) return incref(n);
    if (ki > 100000n) throw new NotSimulated(`math.${name}() with k = ${ki}`, ST.line, 'a result this large is beyond what HeapLens computes');
    return newInt(norm(L.permComb(nv, ki, iscomb)));
  } finally {
    decref(n);
    decref(k);
  }
}

function isqrtOf(arg: PyObject): PyObject {
  const n = index(arg);
  const v = intOf(n);
  decref(n);
  if (v < 0n) raise(T.ValueError, 'isqrt() argument must be nonnegative');
  return newInt(norm(L.isqrt(v)));
}

// ---------------------------------------------------------------- logarithms

/** loghelper: ints are taken exactly (a huge int as mantissa * 2**e); anything else by math_1.
 * With `signOnly`, a result the C library decides comes back as a float of the right sign
 * (+-1.0) and `exact` false: math.log(x, base) needs only the divisor's sign when the dividend is
 * zero, infinite or NaN. */
function logValue(name: 'log' | 'log2' | 'log10', arg: PyObject, signOnly = false): { obj: PyObject; exact: boolean } {
  const inexact = (positive: boolean): { obj: PyObject; exact: boolean } => {
    if (!signOnly) libmDependent(name);
    return { obj: newFloat(positive ? 1 : -1), exact: false };
  };
  if (isInt(arg)) {
    const v = intOf(arg);
    if (v <= 0n) domainError();
    const x = Number(v);
    if (Number.isFinite(x)) {
      const r = L.libm1(name, x);
      if (r === null) return inexact(x > 1);
      return { obj: newFloat(r), exact: true };
    }
    // _PyLong_Frexp: the value as m * 2**e, m in [0.5, 1) correctly rounded; the result is
    // func(m) + func(2.0) * e, exact only for log2 of a (rounded) power of two
    const bits = v.toString(2).length;
    let m = L.roundScaled(v, -bits);
    let e = bits;
    if (m === 1) {
      m = 0.5;
      e += 1;
    }
    if (name === 'log2' && m === 0.5) return { obj: newFloat(-1 + e), exact: true };
    return inexact(true);
  }
  const x = asDouble(arg);
  const r = L.outcome1(name, x);
  if (r === null) return inexact(x > 1);
  return { obj: fromOutcome(name, r), exact: true };
}

/** loghelper for log2, log10 and one-argument log. */
function logHelper(name: 'log' | 'log2' | 'log10', arg: PyObject): PyObject {
  return logValue(name, arg).obj;
}

function logFn(args: PyObject[], kw: string[] | null): PyObject {
  if (P.minor >= 12) argRange('log', args, kw, 1, 2);
  else {
    noKw('log', kw, true);
    if (args.length < 1 || args.length > 2) raise(T.TypeError, 'math.log requires 1 to 2 arguments');
  }
  if (args.length === 1) return logHelper('log', args[0]);
  // log(x) / log(base): both logarithms are computed (either may raise) before the division
  const num = logValue('log', args[0], true);
  let den: { obj: PyObject; exact: boolean };
  try {
    den = logValue('log', args[1], true);
  } catch (e) {
    decref(num.obj);
    throw e;
  }
  try {
    const n = num.obj.v as number, d = den.obj.v as number;
    // the quotient is known when both are, when the divisor is exactly zero (ZeroDivisionError),
    // or when the dividend is zero, infinite or NaN and the divisor's sign is known
    const known = (num.exact && den.exact) || (den.exact && d === 0) || (num.exact && (n === 0 || !Number.isFinite(n)));
    if (!known) libmDependent('log');
    return binaryOp(num.obj, den.obj, 'truediv');
  } finally {
    decref(num.obj);
    decref(den.obj);
  }
}

// ---------------------------------------------------------------- pow

function powFn(args: PyObject[], kw: string[] | null): PyObject {
  argRange('pow', args, kw, 2, 2);
  const x = asDouble(args[0]);
  const y = asDouble(args[1]);
  return fromOutcome('pow', L.outcomePow(P.minor, x, y));
}

// ---------------------------------------------------------------- fsum, prod, sumprod, hypot, dist

function fsumFn(seq: PyObject): PyObject {
  const it = getIter(seq);
  const st = new L.FsumState();
  // the partials array is on the C stack up to 32 items, then PyMem_Malloc'd and doubled
  let buf = 0;
  const grow = (newCap: number, oldCap: number): void => {
    const nb = allocBuffer(newCap * 8);
    if (buf !== 0) freeBuffer(buf, oldCap * 8);
    buf = nb;
  };
  try {
    for (;;) {
      const item = iterNext(it);
      if (item === null) break;
      let x: number;
      try {
        x = asDouble(item);
      } finally {
        decref(item);
      }
      if (st.add(x, grow) === 'overflow') raise(T.OverflowError, 'intermediate overflow in fsum');
    }
    const r = st.result();
    if (r === 'infnan') raise(T.ValueError, '-inf + inf in fsum');
    return newFloat(r);
  } finally {
    decref(it);
    if (buf !== 0) freeBuffer(buf, st.cap * 8);
  }
}

/** math.prod: start * each item in turn, with CPython's fast paths for ints and floats only
 * where they give the same objects as the generic multiplication (new results either way). */
function prodFn(args: PyObject[], kw: string[] | null): PyObject {
  const [iterable, startO] = parseArgs('prod', args, kw, ['iterable', 'start'], 1, 1, { posonly: 1 });
  const it = getIter(iterable as PyObject);
  let result = startO === null ? newInt(1) : incref(startO);
  try {
    for (;;) {
      const item = iterNext(it);
      if (item === null) break;
      try {
        const r = binaryOp(result, item, 'mul');
        decref(result);
        result = r;
      } finally {
        decref(item);
      }
    }
    const out = result;
    result = null as unknown as PyObject;
    return out;
  } finally {
    decref(it);
    if (result !== null) decref(result);
  }
}

function coordinates(items: PyObject[]): [number[], number, boolean] {
  const vec: number[] = [];
  let max = 0;
  let nan = false;
  for (const item of items) {
    const x = Math.abs(asDouble(item));
    vec.push(x);
    if (x !== x) nan = true;
    if (x > max) max = x;
  }
  return [vec, max, nan];
}

function hypotFn(args: PyObject[], kw: string[] | null): PyObject {
  noKw('hypot', kw);
  // more than 16 coordinates are copied into a PyObject_Malloc'd array
  const addr = args.length > 16 ? allocBuffer(args.length * 8) : 0;
  let r: number;
  try {
    const [vec, max, nan] = coordinates(args);
    r = L.vectorNorm(P.minor, vec, max, nan);
  } finally {
    if (addr !== 0) freeBuffer(addr, args.length * 8);
  }
  // (the array is freed before the result is made)
  return newFloat(r);
}

function tupleItems(o: PyObject): PyObject[] {
  return o.v as PyObject[];
}

/** PySequence_Tuple for dist's points. */
function asTuple(o: PyObject): PyObject {
  if (o.t === T.tuple || isSubtype(o.t, T.tuple)) return incref(o);
  const it = getIter(o);
  const items: PyObject[] = [];
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) break;
      items.push(x);
    }
  } catch (e) {
    for (const x of items) decref(x);
    throw e;
  } finally {
    decref(it);
  }
  return newTuple(items);
}

function distFn(args: PyObject[], kw: string[] | null): PyObject {
  argRange('dist', args, kw, 2, 2);
  const p = asTuple(args[0]);
  let q: PyObject;
  try {
    q = asTuple(args[1]);
  } catch (e) {
    decref(p);
    throw e;
  }
  const pi = tupleItems(p), qi = tupleItems(q);
  if (pi.length !== qi.length) {
    // 3.8 returns here without releasing the tuples it made from non-tuple arguments (a leak)
    if (P.minor >= 10) {
      decref(p);
      decref(q);
    } else {
      if (p === args[0]) decref(p);
      if (q === args[1]) decref(q);
    }
    raise(T.ValueError, 'both points must have the same number of dimensions');
  }
  const n = pi.length;
  const addr = n > 16 ? allocBuffer(n * 8) : 0;
  let r: number;
  try {
    const vec: number[] = [];
    let max = 0;
    let nan = false;
    for (let i = 0; i < n; i++) {
      const px = asDouble(pi[i]);
      const qx = asDouble(qi[i]);
      const x = Math.abs(px - qx);
      vec.push(x);
      if (x !== x) nan = true;
      if (x > max) max = x;
    }
    r = L.vectorNorm(P.minor, vec, max, nan);
  } finally {
    if (addr !== 0) freeBuffer(addr, n * 8);
    decref(p);
    decref(q);
  }
  // (the array and the tuples made of the arguments go before the result is made)
  return newFloat(r);
}

function sumprodFn(args: PyObject[], kw: string[] | null): PyObject {
  argRange('sumprod', args, kw, 2, 2);
  // Only the all-float and all-int cases, whose arithmetic is exactly defined, are simulated:
  // sumprod switches between int, float and generic accumulation item by item.
  const p = getIter(args[0]);
  let q: PyObject;
  try {
    q = getIter(args[1]);
  } catch (e) {
    decref(p);
    throw e;
  }
  const xs: PyObject[] = [];
  const ys: PyObject[] = [];
  try {
    for (;;) {
      const a = iterNext(p);
      const b = iterNext(q);
      if (a === null && b === null) break;
      if (a === null || b === null) {
        if (a !== null) decref(a);
        if (b !== null) decref(b);
        raise(T.ValueError, 'Inputs are not the same length');
      }
      xs.push(a);
      ys.push(b);
    }
    const all = [...xs, ...ys];
    if (all.every((o) => o.t === T.int)) {
      let s = 0n;
      for (let i = 0; i < xs.length; i++) s += intOf(xs[i]) * intOf(ys[i]);
      return newInt(norm(s));
    }
    if (all.every((o) => o.t === T.float)) {
      const acc = new L.TripleLength();
      for (let i = 0; i < xs.length; i++) acc.fma(xs[i].v as number, ys[i].v as number);
      const r = acc.toDouble();
      if (Number.isFinite(r)) return newFloat(r);
    }
    throw new NotSimulated('math.sumprod() of mixed or non-finite values', ST.line);
  } finally {
    for (const o of xs) decref(o);
    for (const o of ys) decref(o);
    decref(p);
    decref(q);
  }
}

// ---------------------------------------------------------------- the module

const DOC = 'This module provides access to the mathematical functions\ndefined by the C standard.';

/** The module's functions in PyMethodDef order, per version. */
function functionNames(): string[] {
  const names = [
    'acos', 'acosh', 'asin', 'asinh', 'atan', 'atan2', 'atanh', 'cbrt', 'ceil', 'copysign', 'cos', 'cosh', 'degrees', 'dist',
    'erf', 'erfc', 'exp', 'exp2', 'expm1', 'fabs', 'factorial', 'floor', 'fma', 'fmod', 'frexp', 'fsum', 'gamma', 'gcd', 'hypot',
    'isclose', 'isfinite', 'isinf', 'isnan', 'isqrt', 'lcm', 'ldexp', 'lgamma', 'log', 'log1p', 'log10', 'log2', 'modf', 'pow',
    'radians', 'remainder', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'sumprod', 'trunc', 'prod', 'perm', 'comb', 'nextafter', 'ulp',
  ];
  const since: Record<string, number> = { cbrt: 11, exp2: 11, fma: 13, lcm: 10, sumprod: 12, nextafter: 10, ulp: 10 };
  return names.filter((n) => P.minor >= (since[n] ?? 0));
}

function impl(name: string): Fn {
  if (name in L.FUNC1_OVERFLOW || name === 'erf' || name === 'erfc' || name === 'gamma' || name === 'lgamma') {
    if (name !== 'log' && name !== 'log2' && name !== 'log10') return (_s, args, kw) => math1(name, oneArg(name, args, kw));
  }
  switch (name) {
    case 'atan2':
      return (_s, args, kw) => math2('atan2', args, kw, L.libmAtan2);
    case 'copysign':
      return (_s, args, kw) => math2('copysign', args, kw, L.copysign);
    case 'remainder':
      return (_s, args, kw) => math2('remainder', args, kw, L.remainder);
    case 'ceil':
    case 'floor':
      return (_s, args, kw) => {
        const x = oneArg(name, args, kw);
        const f = name === 'floor' ? Math.floor : Math.ceil;
        // 3.10+ take an exact float directly; 3.8 looks the method up (floats lack it there)
        if (x.t === T.float && P.minor >= 10) return intFromDouble(f(x.v as number));
        const r = callDunder(x, `__${name}__`);
        if (r !== null) return r;
        return intFromDouble(f(asDouble(x)));
      };
    case 'trunc':
      return (_s, args, kw) => {
        const x = oneArg('trunc', args, kw);
        if (x.t === T.float && P.minor >= 10) return intFromDouble(Math.trunc(x.v as number));
        const r = callDunder(x, '__trunc__');
        if (r === null) raise(T.TypeError, `type ${typeName(x)} doesn't define __trunc__ method`);
        return r;
      };
    case 'degrees':
      return (_s, args, kw) => newFloat(asDouble(oneArg('degrees', args, kw)) * (180.0 / Math.PI));
    case 'radians':
      return (_s, args, kw) => newFloat(asDouble(oneArg('radians', args, kw)) * (Math.PI / 180.0));
    case 'isfinite':
      return (_s, args, kw) => newBool(Number.isFinite(asDouble(oneArg('isfinite', args, kw))));
    case 'isnan':
      return (_s, args, kw) => {
        const x = asDouble(oneArg('isnan', args, kw));
        return newBool(x !== x);
      };
    case 'isinf':
      return (_s, args, kw) => {
        const x = asDouble(oneArg('isinf', args, kw));
        return newBool(x === Infinity || x === -Infinity);
      };
    case 'isclose':
      return (_s, args, kw) => {
        const [a, b, rt, at] = parseArgs('isclose', args, kw, ['a', 'b', 'rel_tol', 'abs_tol'], 2, 2);
        const x = asDouble(a as PyObject);
        const y = asDouble(b as PyObject);
        const relTol = rt === null ? 1e-9 : asDouble(rt);
        const absTol = at === null ? 0.0 : asDouble(at);
        if (relTol < 0 || absTol < 0) raise(T.ValueError, 'tolerances must be non-negative');
        return newBool(L.isclose(x, y, relTol, absTol));
      };
    case 'frexp':
      return (_s, args, kw) => {
        const [m, e] = L.frexp(asDouble(oneArg('frexp', args, kw)));
        return newTuple([newFloat(m), newInt(e)]);
      };
    case 'ldexp':
      return (_s, args, kw) => {
        argRange('ldexp', args, kw, 2, 2);
        const x = asDouble(args[0]);
        const i = args[1];
        if (!isInt(i)) raise(T.TypeError, 'Expected an int as second argument to ldexp.');
        const e = intOf(i);
        let r: number;
        if (x === 0 || !Number.isFinite(x)) r = x;
        else if (e > 2147483647n) r = L.copysign(Infinity, x);
        else if (e < -2147483648n) r = L.copysign(0, x);
        else r = L.ldexp(x, Number(e));
        if ((r === Infinity || r === -Infinity) && Number.isFinite(x)) rangeError();
        return newFloat(r);
      };
    case 'modf':
      return (_s, args, kw) => {
        const [f, i] = L.modf(asDouble(oneArg('modf', args, kw)));
        return newTuple([newFloat(f), newFloat(i)]);
      };
    case 'fmod':
      return (_s, args, kw) => {
        argRange('fmod', args, kw, 2, 2);
        const x = asDouble(args[0]);
        const y = asDouble(args[1]);
        if ((y === Infinity || y === -Infinity) && Number.isFinite(x)) return newFloat(x);
        const r = L.fmod(x, y);
        if (r !== r && x === x && y === y) domainError();
        return newFloat(r);
      };
    case 'log':
      return (_s, args, kw) => logFn(args, kw);
    case 'log2':
    case 'log10':
      return (_s, args, kw) => logHelper(name, oneArg(name, args, kw));
    case 'pow':
      return (_s, args, kw) => powFn(args, kw);
    case 'fsum':
      return (_s, args, kw) => fsumFn(oneArg('fsum', args, kw));
    case 'prod':
      return (_s, args, kw) => prodFn(args, kw);
    case 'sumprod':
      return (_s, args, kw) => sumprodFn(args, kw);
    case 'hypot':
      return (_s, args, kw) => hypotFn(args, kw);
    case 'dist':
      return (_s, args, kw) => distFn(args, kw);
    case 'gcd':
      return (_s, args, kw) => gcdFn(args, kw);
    case 'lcm':
      return (_s, args, kw) => lcmFn(args, kw);
    case 'factorial':
      return (_s, args, kw) => factorialOf(oneArg('factorial', args, kw));
    case 'perm':
    case 'comb':
      return (_s, args, kw) => permComb(name, args, kw);
    case 'isqrt':
      return (_s, args, kw) => isqrtOf(oneArg('isqrt', args, kw));
    case 'nextafter':
      return (_s, args, kw) => {
        let stepsO: PyObject | null = null;
        if (P.minor >= 12) {
          const r = parseArgs('nextafter', args, kw, ['x', 'y', 'steps'], 2, 2, { posonly: 2 });
          stepsO = r[2];
        } else argRange('nextafter', args, kw, 2, 2);
        const x = asDouble(args[0]);
        const y = asDouble(args[1]);
        if (stepsO === null || stepsO === S.None) return newFloat(L.nextafter(x, y));
        const s = index(stepsO);
        const sv = intOf(s);
        decref(s);
        if (sv < 0n) raise(T.ValueError, 'steps must be a non-negative integer');
        const max = 0xffffffffffffffffn;
        return newFloat(L.nextafterSteps(x, y, sv > max ? max : sv));
      };
    case 'ulp':
      return (_s, args, kw) => newFloat(L.ulp(asDouble(oneArg('ulp', args, kw))));
    case 'fma':
      return (_s, args, kw) => {
        argRange('fma', args, kw, 3, 3);
        const x = asDouble(args[0]);
        const y = asDouble(args[1]);
        const z = asDouble(args[2]);
        const r = L.fma(x, y, z);
        if (Number.isFinite(r)) return newFloat(r);
        if (r !== r) {
          if (x === x && y === y && z === z) raise(T.ValueError, 'invalid operation in fma');
        } else if (Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(z)) {
          raise(T.OverflowError, 'overflow in fma');
        }
        return newFloat(r);
      };
    default:
      throw new Error(`math.${name}: no implementation`);
  }
}

registerModule('math', (mod) => {
  const d = mod.d as PyObject;
  const data = mod.v as ModuleData;
  data.opaque = new Set(['__loader__', '__spec__', '__file__', '__dict__']);
  const set = (name: string, v: PyObject): void => {
    dictSetStr(d, name, v);
    decref(v);
  };
  const doc = newStr(DOC);
  doc.f |= F_RUNTIME;
  set('__doc__', doc);
  // the values of __loader__, __spec__ and __file__ are not HeapLens's to give (the module's
  // getattr stops on them); None holds their places so the dict has CPython's keys and size
  const pkg = newStr('');
  dictSetStr(d, '__package__', pkg);
  decref(pkg);
  dictSetStr(d, '__loader__', S.None);
  dictSetStr(d, '__spec__', S.None);
  for (const name of functionNames()) set(name, builtinFunction(name, impl(name), 'math'));
  const constants = (): void => {
    set('pi', newFloat(Math.PI));
    set('e', newFloat(Math.E));
    set('tau', newFloat(2 * Math.PI));
    set('inf', newFloat(Infinity));
    set('nan', newFloat(NaN));
  };
  if (P.minor >= 10) {
    // multi-phase init: the import sets __file__ before math_exec adds the constants
    dictSetStr(d, '__file__', S.None);
    constants();
  } else {
    constants();
    // single-phase init (3.8): the import keeps a copy of the module's dict as it was after
    // PyInit_math (m_copy), holding a reference to every key and value; __file__ comes later
    const copy = newDict();
    copy.f |= F_RUNTIME;
    for (const [k, v] of dictEntries(d)) {
      // __package__ was still None then
      dictSet(copy, k, k.v === '__package__' ? S.None : v);
    }
    data.keep.push(copy);
    dictSetStr(d, '__file__', S.None);
  }
});
