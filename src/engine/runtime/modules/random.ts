// The random module: Lib/random.py over _random.Random (Modules/_randommodule.c).
//
// The C part is the Mersenne Twister (MT19937) with CPython's seeding: init_genrand,
// init_by_array over the 32-bit words of abs(seed) (least significant first; a seed that is not an
// int is hashed), random()'s 53-bit float from two outputs (a>>5, b>>6), getrandbits(k) (one
// output shifted for k <= 32, else little-endian words, the last one shifted, made an int by
// _PyLong_FromByteArray), getstate()/setstate() as a tuple of 625 ints. Seeding without a value
// (the module's initial state, seed(), seed(None)) takes os.urandom's bytes in CPython: here a
// JavaScript random source, so those values differ from run to run there as here.
//
// The Python part (Random, a subclass of _random.Random, and the module functions, bound methods of
// its hidden instance random._inst) is TypeScript doing each version's operations on the same
// objects: seed's str/bytes conversion with the SHA-512 digest appended, randrange's argument
// handling and errors, _randbelow_with_getrandbits, choice, shuffle, sample (counts, the pool list
// or the selected set), choices (accumulated weights, bisect), uniform, triangular, randbytes,
// getstate/setstate. Each Python function runs in a frame of its own (runStdlibFrame: recursion
// level, 3.8/3.10 frame objects); the temporaries of its frames are not reproduced, so the
// collector's counts are unknown after a call (pythonLevelCall). The distributions that go through
// the C library's log/exp/cos/... (gauss, normalvariate, expovariate, ...) stop: their last bit is
// glibc's (docs/math-libm.md). Subclasses work as in CPython (Random.__init_subclass__ picks their
// _randbelow; the code calls their overrides); SystemRandom and seeding version 1 stop. The
// functions are stand-ins of standin.ts's function-like type.
import { PyObject, F_GC } from '../object';
import { P, T, ST, PyErr, NotSimulated, decref, incref, allocBlock, freeBlock, allocBuffer, freeBuffer, gcAllocHook, gcTrack } from '../core';
import { type TypeInfo, isSubtype, typeName, Py_LT, Py_LE, Py_GT, Py_GE, Py_EQ, Py_NE } from '../types';
import { raise } from '../exc';
import { S, typeLookup, call, getAttr, setAttr, getItem, setItem, len, index, binaryOp, richCompare, richCompareBool, strJs, getIter, iterNext, hash, reprJs } from '../abstract';
import { newTuple } from '../tuple';
import { newList, listAppendSteal } from '../list';
import { newDict, dictGetStr, dictSetStr } from '../dict';
import { newStr } from '../str';
import { newInt, newIntSsize, newIntAllocated, newFloat, intDigits, type IntVal } from '../numbers';
import { newBytes, bufferStr } from '../bytes';
import { encodeToString } from '../codecs';
import { runStdlibFrame, stdlibCode, callStack, type Code } from '../func';
import { defMethods, noArgs, oneArg } from '../methods';
import { typeNew, existingInstanceDict, newWrapper } from '../classes';
import { bindPy, type PySig } from '../pysig';
import { StandIn, newStandInType, newStandIn, type StandInKind, callMethodAt, clearMethodCaches } from '../standin';
import { warnEx } from '../warnings';
import { Site, registerCallKinds } from '../recursion';
import { RT } from '../../compile/rt';
import { sha512 } from '../../util/sha512';
import { registerModule, importModule, pythonLevelCall, sourceModuleHeader, type ModuleData } from './registry';
import { docStandIn } from './docstandin';
import { newModuleType } from './array';

// ================================================================ the Mersenne Twister

const N = 624;
const M = 397;

class MTState {
  mt = new Uint32Array(N);
  index = N + 1;
  constructor(public bytes: number) {}
}

function initGenrand(s: MTState, seed: number): void {
  const mt = s.mt;
  mt[0] = seed >>> 0;
  for (let i = 1; i < N; i++) {
    const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
    mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
  }
  s.index = N;
}

function initByArray(s: MTState, key: Uint32Array): void {
  initGenrand(s, 19650218);
  const mt = s.mt;
  const klen = key.length;
  let i = 1;
  let j = 0;
  for (let k = N > klen ? N : klen; k > 0; k--) {
    const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
    mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) + key[j] + j) >>> 0;
    i++;
    j++;
    if (i >= N) {
      mt[0] = mt[N - 1];
      i = 1;
    }
    if (j >= klen) j = 0;
  }
  for (let k = N - 1; k > 0; k--) {
    const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
    mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) - i) >>> 0;
    i++;
    if (i >= N) {
      mt[0] = mt[N - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000;
}

function genrand(s: MTState): number {
  const mt = s.mt;
  if (s.index >= N) {
    let kk = 0;
    for (; kk < N - M; kk++) {
      const y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
      mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    }
    for (; kk < N - 1; kk++) {
      const y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
      mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    }
    const y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
    mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    s.index = 0;
  }
  let y = mt[s.index++];
  y ^= y >>> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  y ^= y >>> 18;
  return y >>> 0;
}

function randomFloat(s: MTState): number {
  const a = genrand(s) >>> 5;
  const b = genrand(s) >>> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

/** init_by_array over the 32-bit words of a non-negative value (at least one word). */
function seedFromBig(s: MTState, n: bigint): void {
  const words: number[] = [];
  while (n > 0n) {
    words.push(Number(n & 0xffffffffn));
    n >>= 32n;
  }
  if (words.length === 0) words.push(0);
  initByArray(s, Uint32Array.from(words));
}

/** random_seed_urandom: N words of the OS's randomness (here JavaScript's). */
function seedRandomly(s: MTState): void {
  const key = new Uint32Array(N);
  for (let i = 0; i < N; i++) key[i] = Math.floor(Math.random() * 0x100000000) >>> 0;
  initByArray(s, key);
}

function bigOf(v: IntVal): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

/** getrandbits(k) for k > 0, as an int value and the digits _PyLong_FromByteArray allocates. */
function randBits(s: MTState, k: number): [IntVal, number] {
  if (k <= 32) return [genrand(s) >>> (32 - k), 0];
  const words = Math.floor((k - 1) / 32) + 1;
  let v = 0n;
  let rem = k;
  for (let i = 0; i < words; i++, rem -= 32) {
    let r = genrand(s);
    if (rem < 32) r >>>= 32 - rem;
    v |= BigInt(r) << BigInt(32 * i);
  }
  // _PyLong_FromByteArray: digits for the bytes up to the most significant non-zero one
  let nbytes = words * 4;
  while (nbytes > 0 && ((v >> BigInt(8 * (nbytes - 1))) & 0xffn) === 0n) nbytes--;
  const ndigits = Math.floor((nbytes * 8 + 29) / 30);
  return [v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v, ndigits];
}

function newBitsInt(s: MTState, k: number): PyObject {
  if (k === 0) return newInt(0);
  // (PyLong_FromUnsignedLong: exactly the digits the value needs)
  if (k <= 32) return newIntSsize(randBits(s, k)[0]);
  // the word array (PyMem_Malloc), the int made from it, the array freed
  const bytes = (Math.floor((k - 1) / 32) + 1) * 4;
  const buf = allocBuffer(bytes);
  const [v, nd] = randBits(s, k);
  try {
    // (a value of the small-int range goes back to the cache, as maybe_small_long does)
    return newIntAllocated(v, Math.max(nd, intDigits(v)));
  } finally {
    freeBuffer(buf, bytes);
  }
}

// ================================================================ _random.Random

let baseType: PyObject = undefined as unknown as PyObject;

function mtOf(o: PyObject): MTState {
  return o.v as MTState;
}

/** random_seed(self, arg): None seeds from the OS, an int by its absolute value, anything else by
 * its hash (as an unsigned size_t). */
function cSeed(self: PyObject, arg: PyObject | null): void {
  const s = mtOf(self);
  if (arg === null || arg === S.None) {
    seedRandomly(s);
    return;
  }
  if (arg.t === T.int || arg.t === T.bool || isSubtype(arg.t, T.int)) {
    const v = bigOf(arg.v as IntVal);
    seedFromBig(s, v < 0n ? -v : v);
    return;
  }
  if (arg.t !== T.float) throw new NotSimulated(`seeding random with a '${typeName(arg)}' object`, ST.line, 'its hash decides the state (str and bytes hashes change per process)');
  const h = bigOf(hash(arg));
  seedFromBig(s, h < 0n ? h + (1n << 64n) : h);
}

function randomNew(type: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const ti = type.v as TypeInfo;
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - nkw;
  if (type === baseType && nkw > 0) raise(T.TypeError, 'Random() takes no keyword arguments');
  if (P.minor === 10 && npos > 1) raise(T.TypeError, 'Random() requires 0 or 1 argument');
  const bytes = ti.basicsize();
  const s = new MTState(bytes);
  const o = new PyObject(type, s, null, ti.gc ? F_GC : 0);
  allocBlock(o, bytes);
  if (ti.gc) gcAllocHook();
  if (ti.heap) type.rc++;
  if (ti.gc) gcTrack(o);
  // 3.8/3.10 random_new seeds from its argument (hashing what is not an int); 3.11+ leaves the
  // seeding to __init__
  try {
    if (P.minor < 11) {
      const a = npos === 1 ? args[0] : null;
      if (a !== null && a !== S.None && !(a.t === T.int || a.t === T.bool || isSubtype(a.t, T.int)) && a.t !== T.float) {
        hash(a);
      }
      seedRandomly(s);
    } else seedRandomly(s);
  } catch (e) {
    decref(o);
    throw e;
  }
  return o;
}

function initBaseType(ti: TypeInfo): void {
  ti.basicsize = () => 16 + 8 + 4 * N;
  ti.sizeof = (o) => (o.t.v as TypeInfo).basicsize();
  ti.new = randomNew;
  ti.dealloc = (o) => {
    const s = o.v as MTState;
    o.v = null;
    freeBlock(o, s.bytes);
  };
}

function checkBits(name: string, a: PyObject): number {
  if (a.t === T.float) raise(T.TypeError, P.minor >= 10 ? "'float' object cannot be interpreted as an integer" : 'integer argument expected, got float');
  const iv = index(a);
  const v = iv.v as IntVal;
  decref(iv);
  if (typeof v === 'bigint' || v > 2147483647 || v < -2147483648) raise(T.OverflowError, 'Python int too large to convert to C int');
  if (v > 1 << 24) throw new NotSimulated(`${name}() of more than 2**24 bits`, ST.line);
  return v;
}

function getrandbitsC(self: PyObject, a: PyObject): PyObject {
  const k = checkBits('getrandbits', a);
  if (P.minor < 10) {
    if (k <= 0) raise(T.ValueError, 'number of bits must be greater than zero');
  } else if (k < 0) raise(T.ValueError, 'number of bits must be non-negative');
  return newBitsInt(mtOf(self), k);
}

function getstateC(self: PyObject): PyObject {
  const s = mtOf(self);
  const items: PyObject[] = [];
  for (let i = 0; i < N; i++) items.push(newIntSsize(s.mt[i]));
  items.push(newInt(s.index));
  return newTuple(items);
}

function setstateC(self: PyObject, state: PyObject): void {
  if (state.t !== T.tuple && !isSubtype(state.t, T.tuple)) raise(T.TypeError, 'state vector must be a tuple');
  const items = state.v as PyObject[];
  if (items.length !== N + 1) raise(T.ValueError, 'state vector is the wrong size');
  const vals = new Uint32Array(N);
  for (let i = 0; i < N; i++) {
    const it = items[i];
    if (it.t !== T.int) throw new NotSimulated(`random.setstate() with a state item of type '${typeName(it)}'`, ST.line);
    const v = bigOf(it.v as IntVal);
    if (v < 0n || v > 0xffffffffffffffffn) throw new NotSimulated('random.setstate() with a state word beyond an unsigned long', ST.line);
    vals[i] = Number(v & 0xffffffffn);
  }
  const ix = items[N];
  if (ix.t !== T.int || typeof ix.v === 'bigint') throw new NotSimulated('random.setstate() with this index', ST.line);
  const index_ = ix.v as number;
  if (index_ < 0 || index_ > N) raise(T.ValueError, 'invalid state');
  const s = mtOf(self);
  s.mt.set(vals);
  s.index = index_;
}

function defineBaseMethods(t: PyObject): void {
  defMethods(t, {
    random: (self, args, kw) => (noArgs('random', args, kw), newFloat(randomFloat(mtOf(self)))),
    seed: (self, args, kw) => {
      if (kw !== null && kw.length > 0) raise(T.TypeError, 'seed() takes no keyword arguments');
      if (args.length > 1) raise(T.TypeError, `seed expected at most 1 argument, got ${args.length}`);
      cSeed(self, args.length > 0 ? args[0] : null);
      return incref(S.None);
    },
    getstate: (self, args, kw) => (noArgs('getstate', args, kw), getstateC(self)),
    setstate: (self, args, kw) => {
      setstateC(self, oneArg('setstate', args, kw));
      return incref(S.None);
    },
    getrandbits: (self, args, kw) => getrandbitsC(self, oneArg('getrandbits', args, kw)),
  });
}

// ================================================================ stand-ins for random.py's functions

/** The stand-ins of Lib/random.py's functions (the shared function-like type of standin.ts). */
const KIND: StandInKind = { module: 'random' };

let standInType: PyObject = undefined as unknown as PyObject;

/** A random.py function: its call binds the arguments as the Python function's signature does
 * (defaults, keyword-only parameters with theirs) and runs `run` on them (borrowed). */
type RandomBody = (a: PyObject[], kwonly: Map<string, PyObject>) => PyObject;

function bindRun(si: StandIn, args: PyObject[], kw: string[] | null, defaults: PyObject[], kwDefaults: Record<string, PyObject>, run: RandomBody): PyObject {
  const sig = si.sig as PySig;
  const b = bindPy(sig, args, kw);
  const np = sig.params.length;
  const nd = sig.ndefaults;
  const a: PyObject[] = [];
  for (let i = 0; i < np; i++) a.push(b.args[i] ?? defaults[i - (np - nd)]);
  const kwonly = new Map<string, PyObject>();
  for (const k of sig.kwonly ?? []) kwonly.set(k, b.kwonly.get(k) ?? kwDefaults[k]);
  return run(a, kwonly);
}

/** Per-run state: the module's dict (the frames' globals), the Random class and its stand-ins. */
interface RandomState {
  moduleDict: PyObject;
  cls: PyObject;
  fns: Record<string, PyObject>;
  codes: Map<string, Code>;
  sites: Map<string, Site>;
}
let st: RandomState | null = null;
/** While the module is being built (its import runs Random() for _inst). */
let importing = false;

/** co_stacksize and co_nlocals (+ cells) of random.py's code objects per version (f.__code__). */
const FRAMES: Record<string, Record<number, [number, number]>> = {
  __init__: { 8: [3, 2] },
  __init_subclass__: { 8: [3, 3] },
  seed: { 8: [5, 6], 10: [8, 6], 11: [9, 6] },
  getstate: { 8: [3, 2], 12: [4, 2] },
  setstate: { 8: [10, 6], 11: [6, 6] },
  _randbelow_with_getrandbits: { 8: [2, 5], 11: [3, 5] },
  randbytes: { 10: [4, 2] },
  randrange: { 8: [5, 10], 10: [8, 9], 11: [6, 9], 12: [9, 9] },
  randint: { 8: [5, 3] },
  choice: { 8: [8, 3], 10: [5, 2], 11: [6, 2] },
  shuffle: { 8: [5, 7], 11: [8, 5] },
  sample: { 8: [6, 12], 10: [6, 18], 11: [8, 18] },
  'sample.<locals>.<listcomp>': { 10: [6, 5], 11: [7, 5] },
  choices: { 8: [6, 13], 10: [8, 13], 11: [6, 13], 12: [10, 12] },
  'choices.<locals>.<listcomp>': { 8: [8, 8], 11: [9, 8] },
  uniform: { 8: [4, 3] },
  triangular: { 8: [8, 6], 11: [6, 6] },
};

function codeFor(rs: RandomState, qualname: string): Code {
  let c = rs.codes.get(qualname);
  if (c === undefined) {
    const sizes = FRAMES[qualname] ?? {};
    let best: [number, number] = [8, 8];
    for (const m of [8, 10, 11, 12, 13]) if (m <= P.minor && sizes[m] !== undefined) best = sizes[m];
    const short = qualname.includes('<listcomp>') ? '<listcomp>' : qualname;
    c = stdlibCode('random', short, `Random.${qualname}`, best[0], best[1]);
    rs.codes.set(qualname, c);
  }
  return c;
}

/** A frame of random.py's code (its locals: `locals`, borrowed). */
function frame(qualname: string, locals: PyObject[], body: () => PyObject): PyObject {
  const rs = st as RandomState;
  // (the import's own calls, _inst = Random(): part of the import, whose effect is measured)
  if (!importing) pythonLevelCall(`random.${qualname.replace(/\.<locals>.*/, '')}()`, `random.Random.${qualname} is Python code in CPython (Lib/random.py), which HeapLens runs as TypeScript: its frames' temporary objects are not reproduced`);
  return runStdlibFrame(codeFor(rs, qualname), rs.moduleDict, locals, () => body());
}

/** The Random methods the stand-ins call on `self` must be Random's own: an instance attribute or a
 * class attribute replacing one (CPython would call it) stops the run. */
function checkSelf(self: PyObject, _uses: string[] = []): void {
  const rs = st as RandomState;
  if (!isSubtype(self.t, rs.cls)) throw new NotSimulated(`random.Random's methods called on a '${typeName(self)}' object`, ST.line);
}

/** Whether `self.name` is Random's own method (the instance's dict does not hold the name and its
 * class does not override it): the TypeScript runs it directly; anything else is called as the
 * Python code calls it. */
function isOriginal(self: PyObject, name: string): boolean {
  const rs = st as RandomState;
  const inst = existingInstanceDict(self);
  if (inst !== null && dictGetStr(inst, name) !== null) return false;
  const expected = name === '_randbelow' ? rs.fns._randbelow_with_getrandbits : rs.fns[name] ?? dictGetStr((baseType.v as TypeInfo).dict, name);
  return typeLookup(self.t, name) === expected;
}

/** `self.name(*args)` (borrowed arguments) through the object's own attribute. */
function callOwn(self: PyObject, name: string, args: PyObject[]): PyObject {
  const f = getAttr(self, name);
  try {
    return call(f, args);
  } finally {
    decref(f);
  }
}

/** `self._randbelow(n)`. */
function randbelowOf(self: PyObject, n: bigint): PyObject {
  if (isOriginal(self, '_randbelow')) return randbelow(self, n);
  const rs = st as RandomState;
  const inst = existingInstanceDict(self);
  if ((inst === null || dictGetStr(inst, '_randbelow') === null) && typeLookup(self.t, '_randbelow') === rs.fns._randbelow_without_getrandbits) return randbelowWithout(self, n);
  const nObj = intObj(n);
  let r: PyObject;
  try {
    r = callOwn(self, '_randbelow', [nObj]);
  } finally {
    decref(nObj);
  }
  if (!isInt(r)) {
    decref(r);
    throw new NotSimulated('a _randbelow() override that returns a non-int', ST.line);
  }
  return r;
}

/** `random = self.random` and its calls as floats (`done` releases the bound method). */
function randomSource(self: PyObject, site: Site): { next: () => number; done: () => void } {
  const bound = getAttr(self, 'random');
  return {
    next: () => {
      const r = callAt(site, bound, []);
      const v = r.v;
      const t = r.t;
      decref(r);
      if (t !== T.float) throw new NotSimulated(`a random() override that returns a '${(t.v as TypeInfo).name}'`, ST.line);
      return v as number;
    },
    done: () => decref(bound),
  };
}

/** CALL of `f` with `args` (borrowed; pushed as the bytecode pushes them): through the call
 * machinery, so a builtin's recursion checks are its calling convention's. */
function callAt(site: Site, f: PyObject, args: PyObject[]): PyObject {
  f.rc++;
  for (const a of args) a.rc++;
  return RT.callv(f, args.slice(), null, site);
}


/** The call sites of random.py's code (their adaptive state on 3.11+), per run. */
function site(name: string): Site {
  const rs = st as RandomState;
  let x = rs.sites.get(name);
  if (x === undefined) {
    x = new Site();
    rs.sites.set(name, x);
  }
  return x;
}

/** Random._randbelow_without_getrandbits(n, maxsize=1<<53): from random() alone. */
function randbelowWithout(self: PyObject, n: bigint): PyObject {
  const nObj = intObj(n);
  try {
    return frame('_randbelow_without_getrandbits', [self, nObj], () => {
      const maxsize = 1n << 53n;
      if (n >= maxsize) throw new NotSimulated('random.Random._randbelow_without_getrandbits() of n >= 2**53', ST.line, 'it warns through the warnings module');
      if (n <= 0n) {
        if (n === 0n) raise(T.ZeroDivisionError, P.minor >= 12 ? 'integer modulo by zero' : 'integer division or modulo by zero');
      }
      const src = randomSource(self, site('rbw_random'));
      try {
        const rem = ((maxsize % n) + n) % n;
        const limit = Number(maxsize - rem) / 2 ** 53;
        let r = src.next();
        while (r >= limit) r = src.next();
        const f = BigInt(Math.floor(r * 2 ** 53));
        return intObj(((f % n) + n) % n);
      } finally {
        src.done();
      }
    });
  } finally {
    decref(nObj);
  }
}

/** Random.__init_subclass__: the first class of the MRO that defines _randbelow, getrandbits or
 * random decides the subclass's _randbelow. */
function initSubclassImpl(cls: PyObject): PyObject {
  return frame('__init_subclass__', [cls], () => {
    for (const c of (cls.v as TypeInfo).mro.slice()) {
      const cd = (c.v as TypeInfo).dict;
      if (dictGetStr(cd, '_randbelow') !== null) break;
      const which = dictGetStr(cd, 'getrandbits') !== null ? '_randbelow_with_getrandbits' : dictGetStr(cd, 'random') !== null ? '_randbelow_without_getrandbits' : null;
      if (which !== null) {
        const f = getAttr(cls, which);
        try {
          setAttr(cls, '_randbelow', f);
        } finally {
          decref(f);
        }
        break;
      }
    }
    return incref(S.None);
  });
}

function isInt(o: PyObject): boolean {
  return o.t === T.int || o.t === T.bool || isSubtype(o.t, T.int);
}

function iv(o: PyObject): bigint {
  return bigOf(o.v as IntVal);
}

function intObj(v: bigint): PyObject {
  return newInt(v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v);
}

/** _randbelow_with_getrandbits(n), n an int >= 0 (3.10: 0 gives 0; 3.8: getrandbits(0) raises, 3.11+
 * gives 0): `getrandbits = self.getrandbits`, then getrandbits(k) until it is below n. */
function randbelow(self: PyObject, n: bigint): PyObject {
  const nObj = intObj(n);
  try {
    return frame('_randbelow_with_getrandbits', [self, nObj], () => {
      if (P.minor === 10 && n === 0n) return newInt(0);
      const bound = getAttr(self, 'getrandbits');
      const k = n === 0n ? 0 : n.toString(2).length;
      const kObj = newInt(k);
      try {
        for (;;) {
          const r = callAt(site('rb_getrandbits'), bound, [kObj]);
          if (!isInt(r)) {
            decref(r);
            throw new NotSimulated('a getrandbits() override that returns a non-int', ST.line);
          }
          if (iv(r) < n) return r;
          decref(r);
        }
      } finally {
        decref(kObj);
        decref(bound);
      }
    });
  } finally {
    decref(nObj);
  }
}

/** The DeprecationWarning random.py raises with stacklevel=2: attributed to the caller (none when
 * the caller is random.py's own code, whose module's warnings are ignored by default). */
function warnCaller(msg: string): void {
  const top = callStack.pop();
  try {
    const caller = callStack.length > 0 ? callStack[callStack.length - 1] : null;
    if (caller !== null && caller.code.stdlib === 'random') return;
    warnEx(T.DeprecationWarning, msg);
  } finally {
    if (top !== undefined) callStack.push(top);
  }
}

/** randrange's conversion of one argument: 3.8 int() with the equality check; 3.10/3.11 index(),
 * else int() with DeprecationWarnings; 3.12+ index(). */
function rrArg(o: PyObject, what: string): bigint {
  if (P.minor >= 12) {
    const r = index(o);
    const v = iv(r);
    decref(r);
    return v;
  }
  if (P.minor === 10 || P.minor === 11) {
    try {
      const r = index(o);
      const v = iv(r);
      decref(r);
      return v;
    } catch (e) {
      if (!(e instanceof PyErr) || !isSubtype(e.exc.t, T.TypeError)) throw e;
      decref(e.exc);
    }
  }
  const r = call(T.int, [o]);
  try {
    const ne = richCompareBool(r, o, Py_NE);
    if (ne) {
      if (P.minor >= 10) warnCaller('randrange() will raise TypeError in the future');
      raise(T.ValueError, `non-integer ${what} for randrange()`);
    }
    if (P.minor >= 10) warnCaller('non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version');
    return iv(r);
  } finally {
    decref(r);
  }
}

function randrangeImpl(self: PyObject, start: PyObject, stop: PyObject, step: PyObject): PyObject {
  checkSelf(self, ['_randbelow', 'getrandbits']);
  return frame('randrange', [self, start, stop, step], () => {
    const istart = rrArg(start, 'arg 1');
    if (stop === S.None) {
      if (P.minor >= 10 && step !== oneObj) raise(T.TypeError, 'Missing a non-None stop argument');
      if (istart > 0n) return randbelowOf(self, istart);
      raise(T.ValueError, 'empty range for randrange()');
    }
    const istop = rrArg(stop, 'stop');
    const width = istop - istart;
    if (P.minor < 10) {
      // 3.8: `step == 1` before the step's conversion
      const one = newInt(1);
      const isOne = richCompareBool(step, one, Py_EQ);
      decref(one);
      if (isOne && width > 0n) return addInt(istart, randbelowOf(self, width));
      if (isOne) raise(T.ValueError, `empty range for randrange() (${istart}, ${istop}, ${width})`);
    }
    const istep = rrArg(step, 'step');
    if (P.minor >= 10 && istep === 1n) {
      if (width > 0n) return addInt(istart, randbelowOf(self, width));
      if (P.minor >= 12) raise(T.ValueError, `empty range in randrange(${strJs(start)}, ${strJs(stop)})`);
      raise(T.ValueError, `empty range for randrange() (${istart}, ${istop}, ${width})`);
    }
    let n: bigint;
    if (istep > 0n) n = floorDiv(width + istep - 1n, istep);
    else if (istep < 0n) n = floorDiv(width + istep + 1n, istep);
    else raise(T.ValueError, 'zero step for randrange()');
    if (n <= 0n) {
      if (P.minor >= 12) raise(T.ValueError, `empty range in randrange(${strJs(start)}, ${strJs(stop)}, ${strJs(step)})`);
      raise(T.ValueError, 'empty range for randrange()');
    }
    const r = randbelowOf(self, n);
    const v = istart + istep * iv(r);
    decref(r);
    return intObj(v);
  });
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** `istart + r` (r owned). */
function addInt(a: bigint, r: PyObject): PyObject {
  const v = a + iv(r);
  decref(r);
  return intObj(v);
}

let oneObj: PyObject = undefined as unknown as PyObject;

function lenOf(o: PyObject): bigint {
  return BigInt(len(o));
}

function choiceImpl(self: PyObject, seq: PyObject): PyObject {
  checkSelf(self, ['_randbelow', 'getrandbits']);
  return frame('choice', [self, seq], () => {
    if (P.minor >= 11) {
      if (len(seq) === 0) raise(T.IndexError, 'Cannot choose from an empty sequence');
    }
    let i: PyObject;
    if (P.minor < 10) {
      try {
        i = randbelowOf(self, lenOf(seq));
      } catch (e) {
        if (!(e instanceof PyErr) || !isSubtype(e.exc.t, T.ValueError)) throw e;
        decref(e.exc);
        raise(T.IndexError, 'Cannot choose from an empty sequence');
      }
    } else i = randbelowOf(self, lenOf(seq));
    try {
      return getItem(seq, i);
    } finally {
      decref(i);
    }
  });
}

function shuffleImpl(self: PyObject, x: PyObject, rnd: PyObject | null): PyObject {
  checkSelf(self, ['_randbelow', 'getrandbits']);
  return frame('shuffle', rnd === null ? [self, x] : [self, x, rnd], () => {
    if (rnd !== null && rnd !== S.None) throw new NotSimulated('random.shuffle() with a random function', ST.line);
    const n = len(x);
    for (let i = n - 1; i >= 1; i--) {
      const jo = randbelowOf(self, BigInt(i + 1));
      const j = Number(iv(jo));
      if (x.t === T.list) {
        // x[i], x[j] = x[j], x[i] on a list: the items trade places
        const items = x.v as PyObject[];
        if (i >= items.length || j >= items.length) raise(T.IndexError, 'list index out of range');
        const t = items[i];
        items[i] = items[j];
        items[j] = t;
        decref(jo);
        continue;
      }
      const io = newInt(i);
      try {
        const a = getItem(x, jo);
        let b: PyObject;
        try {
          b = getItem(x, io);
        } catch (e) {
          decref(a);
          throw e;
        }
        try {
          setItem(x, io, a);
          setItem(x, jo, b);
        } finally {
          decref(a);
          decref(b);
        }
      } finally {
        decref(io);
        decref(jo);
      }
    }
    return incref(S.None);
  });
}

/** isinstance(population, collections.abc.Sequence) / Set for the types HeapLens has. */
function abcKind(o: PyObject): 'seq' | 'set' | 'no' {
  const mro = (o.t.v as TypeInfo).mro;
  for (const b of mro) {
    if (b === T.list || b === T.tuple || b === T.str || b === T.range || b === T.bytes || b === T.bytearray || b === T.memoryview) return 'seq';
    if (b === T.set || b === T.frozenset) return 'set';
    if ((b.v as TypeInfo).name === 'collections.deque' || (b.v as TypeInfo).name === 'deque' || (b.v as TypeInfo).name === 'array.array') return 'seq';
  }
  for (const b of mro) {
    const bi = b.v as TypeInfo;
    if (bi.heap || b === T.object) continue;
    if (b === T.dict || b === T.int || b === T.float || b === T.NoneType || b === T.bool || b === T.complex) return 'no';
    throw new NotSimulated(`random.sample() of a '${typeName(o)}' object`, ST.line, 'whether it is a collections.abc.Sequence is not known to HeapLens');
  }
  return 'no';
}

function sampleImpl(self: PyObject, population: PyObject, k: PyObject, counts: PyObject | null): PyObject {
  checkSelf(self, ['_randbelow', 'getrandbits', 'sample']);
  return frame('sample', [self, population, k], () => {
    let pop = incref(population);
    try {
      const kind = abcKind(pop);
      if (P.minor < 10 && kind === 'set') {
        const t = call(T.tuple, [pop]);
        decref(pop);
        pop = t;
      }
      if (kind !== 'seq') {
        if (P.minor < 10 && kind !== 'set') raise(T.TypeError, 'Population must be a sequence or set.  For dicts, use list(d).');
        if (P.minor === 10 && kind === 'set') {
          warnCaller('Sampling from a set deprecated\nsince Python 3.9 and will be removed in a subsequent version.');
          const t = call(T.tuple, [pop]);
          decref(pop);
          pop = t;
        } else if (P.minor >= 10) raise(T.TypeError, 'Population must be a sequence.  For dicts or sets, use sorted(d).');
      }
      const n = len(pop);
      if (counts !== null && counts !== S.None) return sampleCounts(self, pop, n, k, counts);
      if (!isInt(k)) {
        // `0 <= k <= n`, then `[None] * k`
        if ((k.t.v as TypeInfo).nb.index !== undefined) throw new NotSimulated(`random.sample() with k of type '${typeName(k)}'`, ST.line);
        const zero = newInt(0);
        const nObj = newInt(n);
        try {
          if (!(richCompareBool(zero, k, Py_LE) && richCompareBool(k, nObj, Py_LE))) raise(T.ValueError, 'Sample larger than population or is negative');
        } finally {
          decref(zero);
          decref(nObj);
        }
        raise(T.TypeError, `can't multiply sequence by non-int of type '${typeName(k)}'`);
      }
      const kv = iv(k);
      if (!(0n <= kv && kv <= BigInt(n))) raise(T.ValueError, 'Sample larger than population or is negative');
      const kn = Number(kv);
      let setsize = 21;
      if (kn > 5) {
        // 4 ** _ceil(_log(k * 3, 4)): log(3k)/log(4) is never within a rounding error of an integer
        const e = Math.log(kn * 3) / Math.log(4);
        if (Math.abs(e - Math.round(e)) < 1e-9) throw new NotSimulated('random.sample() with this k', ST.line, "math.log's last bit would decide the table size");
        setsize += 4 ** Math.ceil(e);
      }
      const result: PyObject[] = [];
      for (let i = 0; i < kn; i++) result.push(incref(S.None));
      const out = newList(result);
      try {
        if (n <= setsize) {
          const pool = call(T.list, [pop]);
          try {
            const pitems = pool.v as PyObject[];
            for (let i = 0; i < kn; i++) {
              const jo = randbelowOf(self, BigInt(n - i));
              const j = Number(iv(jo));
              decref(jo);
              const v = pitems[j];
              const old = result[i];
              result[i] = incref(v);
              decref(old);
              const mv = pitems[n - i - 1];
              const old2 = pitems[j];
              pitems[j] = incref(mv);
              decref(old2);
            }
          } finally {
            decref(pool);
          }
        } else {
          const selected = new Set<number>();
          for (let i = 0; i < kn; i++) {
            let jo = randbelowOf(self, BigInt(n));
            while (selected.has(Number(iv(jo)))) {
              decref(jo);
              jo = randbelowOf(self, BigInt(n));
            }
            selected.add(Number(iv(jo)));
            try {
              const v = getItem(pop, jo);
              const old = result[i];
              result[i] = v;
              decref(old);
            } finally {
              decref(jo);
            }
          }
        }
      } catch (e) {
        decref(out);
        throw e;
      }
      return out;
    } finally {
      decref(pop);
    }
  });
}

/** accumulate(iterable) as a list of owned objects (the running sums by `+`). */
function accumulateList(it0: PyObject): PyObject[] {
  const it = getIter(it0);
  const out: PyObject[] = [];
  try {
    for (;;) {
      const v = iterNext(it);
      if (v === null) break;
      if (out.length === 0) out.push(v);
      else {
        try {
          out.push(binaryOp(out[out.length - 1], v, 'add'));
        } finally {
          decref(v);
        }
      }
    }
  } catch (e) {
    for (const o of out) decref(o);
    throw e;
  } finally {
    decref(it);
  }
  return out;
}

/** bisect_right(a, x, 0, hi) over JS-held items. */
function bisectRight(a: PyObject[], x: PyObject, hi: number): number {
  let lo = 0;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (richCompareBool(x, a[mid], Py_LT)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function sampleCounts(self: PyObject, pop: PyObject, n: number, k: PyObject, counts: PyObject): PyObject {
  const cum = accumulateList(counts);
  try {
    if (cum.length !== n) raise(T.ValueError, 'The number of counts does not match the population');
    const total = cum.pop() as PyObject;
    try {
      if (!isInt(total)) raise(T.TypeError, 'Counts must be integers');
      if (iv(total) <= 0n) raise(T.ValueError, 'Total of counts must be greater than zero');
      if (!isOriginal(self, 'sample')) throw new NotSimulated('random.sample() with counts on a class that overrides sample()', ST.line);
      const rng = call(T.range, [total]);
      let sel: PyObject;
      try {
        sel = sampleImpl(self, rng, k, null);
      } finally {
        decref(rng);
      }
      try {
        return listcomp('sample', (out) => {
          for (const s of (sel.v as PyObject[]).slice()) {
            const ix = newInt(bisectRight(cum, s, cum.length));
            try {
              listAppendSteal(out, getItem(pop, ix));
            } finally {
              decref(ix);
            }
          }
        });
      } finally {
        decref(sel);
      }
    } finally {
      decref(total);
    }
  } finally {
    for (const o of cum) decref(o);
  }
}


/** A list comprehension: its own frame up to 3.11, inlined from 3.12; the list grows by appends. */
function listcomp(owner: string, fill: (out: PyObject) => void): PyObject {
  const build = (): PyObject => {
    const out = newList([]);
    try {
      fill(out);
    } catch (e) {
      decref(out);
      throw e;
    }
    return out;
  };
  if (P.minor >= 12) return build();
  return frame(`${owner}.<locals>.<listcomp>`, [], build);
}

function repeatCount(k: PyObject): number {
  if (k.t === T.float) raise(T.TypeError, P.minor >= 10 ? "'float' object cannot be interpreted as an integer" : 'integer argument expected, got float');
  if (!isInt(k)) throw new NotSimulated(`random.choices() with k of type '${typeName(k)}'`, ST.line);
  const v = iv(k);
  if (v > 100000000n) throw new NotSimulated('random.choices() with k this large', ST.line);
  return v < 0n ? 0 : Number(v);
}

function choicesImpl(self: PyObject, population: PyObject, weights: PyObject, cumWeights: PyObject, k: PyObject): PyObject {
  checkSelf(self, ['random']);
  return frame('choices', [self, population, weights], () => {
    const src = randomSource(self, site('choices_random'));
    try {
    const n = len(population);
    let cum: PyObject[] | null = null;
    try {
      if (cumWeights === S.None) {
        if (weights === S.None) {
          const nf = n + 0.0;
          const times = repeatCount(k);
          return listcomp('choices', (out) => {
            for (let i = 0; i < times; i++) {
              const ix = newInt(Math.floor(src.next() * nf));
              try {
                listAppendSteal(out, getItem(population, ix));
              } finally {
                decref(ix);
              }
            }
          });
        }
        try {
          cum = accumulateList(weights);
        } catch (e) {
          if (P.minor < 10 || !(e instanceof PyErr) || !isSubtype(e.exc.t, T.TypeError) || !isInt(weights)) throw e;
          decref(e.exc);
          raise(T.TypeError, `The number of choices must be a keyword argument: k=${reprJs(weights)}`);
        }
      } else if (weights !== S.None) raise(T.TypeError, 'Cannot specify both weights and cumulative weights');
      else {
        // cum_weights as given: len() and items of the object
        const m = len(cumWeights);
        cum = [];
        for (let i = 0; i < m; i++) {
          const io = newInt(i);
          try {
            cum.push(getItem(cumWeights, io));
          } finally {
            decref(io);
          }
        }
      }
      const cw = cum as PyObject[];
      if (cw.length !== n) raise(T.ValueError, 'The number of weights does not match the population');
      if (cw.length === 0) {
        if (cumWeights === S.None) raise(T.IndexError, 'list index out of range');
        const m1 = newInt(-1);
        try {
          decref(getItem(cumWeights, m1));
        } finally {
          decref(m1);
        }
      }
      const zero = newFloat(0.0);
      let totalObj: PyObject;
      try {
        totalObj = binaryOp(cw[cw.length - 1], zero, 'add');
      } finally {
        decref(zero);
      }
      try {
        if (totalObj.t !== T.float) throw new NotSimulated(`random.choices() with weights of type '${typeName(cw[cw.length - 1])}'`, ST.line);
        const total = totalObj.v as number;
        if (P.minor >= 10) {
          if (total <= 0.0) raise(T.ValueError, 'Total of weights must be greater than zero');
          if (!Number.isFinite(total)) raise(T.ValueError, 'Total of weights must be finite');
        }
        const hi = n - 1;
        const times = repeatCount(k);
        return listcomp('choices', (out) => {
          for (let i = 0; i < times; i++) {
            const x = newFloat(src.next() * total);
            let ix: PyObject;
            try {
              ix = newInt(bisectRight(cw, x, hi));
            } finally {
              decref(x);
            }
            try {
              listAppendSteal(out, getItem(population, ix));
            } finally {
              decref(ix);
            }
          }
        });
      } finally {
        decref(totalObj);
      }
    } finally {
      if (cum !== null) for (const o of cum) decref(o);
    }
    } finally {
      src.done();
    }
  });
}

/** `self.random()` (LOAD_METHOD + CALL at the caller's site). */
function randomCall(self: PyObject, where: string): PyObject {
  return callMethodAt(site(where), self, 'random', []);
}

function uniformImpl(self: PyObject, a: PyObject, b: PyObject): PyObject {
  checkSelf(self, ['random']);
  return frame('uniform', [self, a, b], () => {
    const d = binaryOp(b, a, 'sub');
    let p: PyObject;
    try {
      const r = randomCall(self, 'uniform_random');
      try {
        p = binaryOp(d, r, 'mul');
      } finally {
        decref(r);
      }
    } finally {
      decref(d);
    }
    try {
      return binaryOp(a, p, 'add');
    } finally {
      decref(p);
    }
  });
}

function triangularImpl(self: PyObject, low0: PyObject, high0: PyObject, mode: PyObject): PyObject {
  checkSelf(self, ['random']);
  return frame('triangular', [self, low0, high0, mode], () => {
    let low = low0;
    let high = high0;
    let u = randomCall(self, 'triangular_random');
    let c: PyObject;
    const held: PyObject[] = [u];
    try {
      if (mode === S.None) c = newFloat(0.5);
      else {
        const num = binaryOp(mode, low, 'sub');
        held.push(num);
        const den = binaryOp(high, low, 'sub');
        held.push(den);
        try {
          c = binaryOp(num, den, 'truediv');
        } catch (e) {
          if (!(e instanceof PyErr) || !isSubtype(e.exc.t, T.ZeroDivisionError)) throw e;
          decref(e.exc);
          return incref(low);
        }
      }
      held.push(c);
      if (richCompareBool(u, c, Py_GT)) {
        const one = newFloat(1.0);
        held.push(one);
        u = binaryOp(one, u, 'sub');
        held.push(u);
        c = binaryOp(one, c, 'sub');
        held.push(c);
        const t = low;
        low = high;
        high = t;
      }
      const uc = binaryOp(u, c, 'mul');
      held.push(uc);
      if (uc.t !== T.float) throw new NotSimulated('random.triangular() with these arguments', ST.line);
      const sq = newFloat(Math.sqrt(uc.v as number));
      held.push(sq);
      const span = binaryOp(high, low, 'sub');
      held.push(span);
      const prod = binaryOp(span, sq, 'mul');
      held.push(prod);
      return binaryOp(low, prod, 'add');
    } finally {
      for (const h of held) decref(h);
    }
  });
}

function randbytesImpl(self: PyObject, n: PyObject): PyObject {
  checkSelf(self, ['getrandbits']);
  return frame('randbytes', [self, n], () => {
    const n8 = binaryOp(n, eightObj(), 'mul');
    let bits: PyObject;
    try {
      bits = callMethodAt(site('randbytes_getrandbits'), self, 'getrandbits', [n8]);
      if (!isInt(bits)) {
        decref(bits);
        throw new NotSimulated('a getrandbits() override that returns a non-int', ST.line);
      }
    } finally {
      decref(n8);
    }
    try {
      if (!isInt(n)) throw new NotSimulated(`random.randbytes() of a '${typeName(n)}'`, ST.line);
      const nn = Number(iv(n));
      let v = iv(bits);
      let s = '';
      for (let i = 0; i < nn; i++) {
        s += String.fromCharCode(Number(v & 0xffn));
        v >>= 8n;
      }
      return newBytes(s);
    } finally {
      decref(bits);
    }
  });
}

function eightObj(): PyObject {
  return newInt(8);
}

function seedImpl(self: PyObject, a: PyObject, version: PyObject): PyObject {
  checkSelf(self, []);
  return frame('seed', [self, a, version], () => {
    if (version.t !== T.int) throw new NotSimulated(`random.seed() with version of type '${typeName(version)}'`, ST.line);
    const isStrLike = a.t === T.str || a.t === T.bytes || a.t === T.bytearray || isSubtype(a.t, T.str) || isSubtype(a.t, T.bytes) || isSubtype(a.t, T.bytearray);
    const v1 = version.t === T.int && version.v === 1;
    const v2 = version.t === T.int && version.v === 2;
    let seedObj: PyObject;
    if (v1 && isStrLike && a.t !== T.bytearray) throw new NotSimulated('random.seed() version 1 of a str or bytes', ST.line);
    if (v2 && isStrLike) {
      if (P.minor < 10 && a.t === T.bytearray) throw new NotSimulated('random.seed() of a bytearray on 3.8', ST.line, "3.8's `a += digest` extends the caller's bytearray");
      const raw = a.t === T.str || isSubtype(a.t, T.str) ? encodeToString(a, 'utf-8', null) : (bufferStr(a, true) as string);
      const bytes = new Uint8Array(raw.length);
      for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
      const dig = sha512(bytes);
      let v = 0n;
      for (const b of bytes) v = (v << 8n) | BigInt(b);
      for (const b of dig) v = (v << 8n) | BigInt(b);
      seedObj = intObj(v);
    } else {
      const ok = a === S.None || isInt(a) || a.t === T.float || isStrLike;
      if (!ok) {
        if (P.minor >= 13) raise(T.TypeError, 'The only supported seed types are:\nNone, int, float, str, bytes, and bytearray.');
        if (P.minor >= 11) raise(T.TypeError, 'The only supported seed types are: None,\nint, float, str, bytes, and bytearray.');
        if (P.minor === 10) warnCaller('Seeding based on hashing is deprecated\nsince Python 3.9 and will be removed in a subsequent version. The only \nsupported seed types are: None, int, float, str, bytes, and bytearray.');
        // super().seed(a): random_seed hashes it (an unhashable object raises there)
        hash(a);
        throw new NotSimulated(`random.seed() of a '${typeName(a)}' object`, ST.line, 'CPython seeds from its hash');
      }
      if (isStrLike) throw new NotSimulated(`random.seed() of a str or bytes with version ${reprJs(version)}`, ST.line, 'CPython seeds from its hash, which changes per process');
      seedObj = incref(a);
    }
    try {
      cSeed(self, seedObj);
    } finally {
      decref(seedObj);
    }
    setAttr(self, 'gauss_next', S.None);
    return incref(S.None);
  });
}

function initImpl(self: PyObject, x: PyObject): PyObject {
  const rs = st as RandomState;
  return frame('__init__', [self, x], () => {
    checkSelf(self, ['seed']);
    decref(isOriginal(self, 'seed') ? seedImpl(self, x, twoObj) : callOwn(self, 'seed', [x]));
    setAttr(self, 'gauss_next', S.None);
    void rs;
    return incref(S.None);
  });
}

let twoObj: PyObject = undefined as unknown as PyObject;

function getstateImpl(self: PyObject): PyObject {
  checkSelf(self, ['getstate']);
  return frame('getstate', [self], () => {
    const ver = getAttr(self, 'VERSION');
    const inner = getstateC(self);
    const g = getAttr(self, 'gauss_next');
    return newTuple([ver, inner, g]);
  });
}

function setstateImpl(self: PyObject, state: PyObject): PyObject {
  checkSelf(self, ['setstate']);
  return frame('setstate', [self, state], () => {
    const zero = newInt(0);
    let version: PyObject;
    try {
      version = getItem(state, zero);
    } finally {
      decref(zero);
    }
    try {
      if (isInt(version) && iv(version) === 3n) {
        if (state.t !== T.tuple) throw new NotSimulated(`random.setstate() of a '${typeName(state)}'`, ST.line);
        const items = state.v as PyObject[];
        if (items.length !== 3) raise(T.ValueError, items.length < 3 ? `not enough values to unpack (expected 3, got ${items.length})` : 'too many values to unpack (expected 3)');
        setAttr(self, 'gauss_next', items[2]);
        setstateC(self, items[1]);
        return incref(S.None);
      }
      if (isInt(version) && iv(version) === 2n) {
        // version, internalstate, self.gauss_next = state
        // internalstate = tuple(x % (2 ** 32) for x in internalstate)  (a ValueError becomes TypeError)
        if (state.t !== T.tuple) throw new NotSimulated(`random.setstate() of a '${typeName(state)}'`, ST.line);
        const items = state.v as PyObject[];
        if (items.length !== 3) raise(T.ValueError, items.length < 3 ? `not enough values to unpack (expected 3, got ${items.length})` : 'too many values to unpack (expected 3)');
        setAttr(self, 'gauss_next', items[2]);
        const mod = intObj(1n << 32n);
        const words: PyObject[] = [];
        try {
          const it = getIter(items[1]);
          try {
            for (;;) {
              const x = iterNext(it);
              if (x === null) break;
              try {
                words.push(binaryOp(x, mod, 'mod'));
              } catch (e) {
                if (e instanceof PyErr && isSubtype(e.exc.t, T.ValueError)) {
                  decref(e.exc);
                  raise(T.TypeError);
                }
                throw e;
              } finally {
                decref(x);
              }
            }
          } finally {
            decref(it);
          }
        } finally {
          decref(mod);
        }
        const t = newTuple(words);
        try {
          setstateC(self, t);
        } finally {
          decref(t);
        }
        return incref(S.None);
      }
      raise(T.ValueError, `state with version ${strJs(version)} passed to Random.setstate() of version 3`);
    } finally {
      decref(version);
    }
  });
}

/** `x OP c` for a float constant c (borrowed x). */
function cmpFloat(x: PyObject, c: number, op: 0 | 1 | 2 | 3 | 4 | 5): boolean {
  const f = newFloat(c);
  try {
    return richCompareBool(x, f, op);
  } finally {
    decref(f);
  }
}

/** vonmisesvariate: only its `kappa <= 1e-6` branch (TWOPI * random()) is free of the C library. */
function vonmisesImpl(self: PyObject, mu: PyObject, kappa: PyObject): PyObject {
  checkSelf(self, ['random']);
  return frame('vonmisesvariate', [self, mu, kappa], () => {
    if (!cmpFloat(kappa, 1e-6, Py_LE)) return libmStop('vonmisesvariate');
    const twopi = dictGetStr((st as RandomState).moduleDict, 'TWOPI');
    if (twopi === null || twopi.t !== T.float) throw new NotSimulated('random.vonmisesvariate() with random.TWOPI rebound', ST.line);
    const r = randomCall(self, 'vonmises_random');
    try {
      return binaryOp(twopi, r, 'mul');
    } finally {
      decref(r);
    }
  });
}

/** gammavariate: its argument check; any result goes through log/exp. */
function gammaImpl(self: PyObject, alpha: PyObject, beta: PyObject): PyObject {
  checkSelf(self, ['random']);
  return frame('gammavariate', [self, alpha, beta], () => {
    if (cmpFloat(alpha, 0.0, Py_LE) || cmpFloat(beta, 0.0, Py_LE)) raise(T.ValueError, 'gammavariate: alpha and beta must be > 0.0');
    return libmStop('gammavariate');
  });
}

/** binomialvariate (3.12+): the argument checks, p of 0 or 1, n == 1 and p > 0.5's reflection; the
 * general case takes log2 of random() values. */
function binomialImpl(self: PyObject, n: PyObject, p: PyObject): PyObject {
  checkSelf(self, ['random', 'binomialvariate']);
  return frame('binomialvariate', [self, n, p], () => {
    const zero = newInt(0);
    let neg: boolean;
    try {
      neg = richCompareBool(n, zero, Py_LT);
    } finally {
      decref(zero);
    }
    if (neg) raise(T.ValueError, 'n must be non-negative');
    if (cmpFloat(p, 0.0, Py_LE) || cmpFloat(p, 1.0, Py_GE)) {
      if (cmpFloat(p, 0.0, Py_EQ)) return newInt(0);
      if (cmpFloat(p, 1.0, Py_EQ)) return incref(n);
      raise(T.ValueError, 'p must be in the range 0.0 <= p <= 1.0');
    }
    const one = newInt(1);
    let isOne: boolean;
    try {
      isOne = richCompareBool(n, one, Py_EQ);
    } finally {
      decref(one);
    }
    if (isOne) {
      const r = randomCall(self, 'binomial_random');
      let lt: PyObject;
      try {
        lt = richCompare(r, p, Py_LT);
      } finally {
        decref(r);
      }
      // operator.index (PyNumber_Index): a bool becomes an exact int
      try {
        if (lt === S.True || lt === S.False) return newInt(lt === S.True ? 1 : 0);
        return index(lt);
      } finally {
        decref(lt);
      }
    }
    return libmStop('binomialvariate');
  });
}

/** The line of `class Random` in 3.13's Lib/random.py (its __firstlineno__). */
const RANDOM_FIRSTLINENO = 103;

function libmStop(name: string): PyObject {
  throw new NotSimulated(`random.${name}()`, ST.line, "its result goes through the C library's log/exp/sin/cos/..., whose last bit is glibc's (docs/math-libm.md)");
}

// ================================================================ the module

const SIG = (name: string, params: string[], ndefaults: number, kwonly?: string[]): PySig => ({
  name, qualname: `Random.${name}`, params, posonly: 0, ndefaults, kwonly, kwonlyDefaults: kwonly,
});

/** The module dict's names in CPython's order per version (values HeapLens lacks hold None and
 * stop when read). */
function moduleNames(): string[] {
  const m = P.minor;
  const head = [
    ...(m < 13 ? ['_warn'] : []), '_log', '_exp', '_pi', '_e', '_ceil', '_sqrt', '_acos', '_cos', '_sin',
  ];
  if (m === 8) {
    return [...head, '_urandom', '_Set', '_Sequence', '_accumulate', '_repeat', '_bisect', '_os', '_sha512', '__all__',
      'NV_MAGICCONST', 'TWOPI', 'LOG4', 'SG_MAGICCONST', 'BPF', 'RECIP_BPF', '_random', 'Random', 'SystemRandom',
      '_test_generator', '_test', '_inst', 'seed', 'random', 'uniform', 'triangular', 'randint', 'choice', 'randrange',
      'sample', 'shuffle', 'choices', 'normalvariate', 'lognormvariate', 'expovariate', 'vonmisesvariate', 'gammavariate',
      'gauss', 'betavariate', 'paretovariate', 'weibullvariate', 'getstate', 'setstate', 'getrandbits'];
  }
  const mathNames = ['TWOPI', '_floor', '_isfinite', ...(m >= 12 ? ['_lgamma', '_fabs', '_log2'] : [])];
  const abc = m >= 12 ? ['_Sequence'] : ['_Set', '_Sequence'];
  const tail = ['Random', 'SystemRandom', '_inst', 'seed', 'random', 'uniform', 'triangular', 'randint', 'choice', 'randrange',
    'sample', 'shuffle', 'choices', 'normalvariate', 'lognormvariate', 'expovariate', 'vonmisesvariate', 'gammavariate',
    'gauss', 'betavariate', ...(m >= 12 ? ['binomialvariate'] : []), 'paretovariate', 'weibullvariate', 'getstate', 'setstate',
    'getrandbits', 'randbytes', '_test_generator', '_test', ...(m >= 13 ? ['_parse_args', 'main'] : [])];
  const consts = ['NV_MAGICCONST', 'LOG4', 'SG_MAGICCONST', 'BPF', 'RECIP_BPF', '_ONE'];
  return [...head, ...mathNames, '_urandom', ...abc, '_index', '_accumulate', '_repeat', '_bisect', '_os', '_random',
    ...(m < 13 ? ['_sha512', '__all__', ...consts] : ['__all__', ...consts, '_sha512']), ...tail];
}

const ALL: Record<string, string[]> = {
  8: ['Random', 'seed', 'random', 'uniform', 'randint', 'choice', 'sample', 'randrange', 'shuffle', 'normalvariate', 'lognormvariate', 'expovariate', 'vonmisesvariate', 'gammavariate', 'triangular', 'gauss', 'betavariate', 'paretovariate', 'weibullvariate', 'getstate', 'setstate', 'getrandbits', 'choices', 'SystemRandom'],
  10: ['Random', 'SystemRandom', 'betavariate', 'choice', 'choices', 'expovariate', 'gammavariate', 'gauss', 'getrandbits', 'getstate', 'lognormvariate', 'normalvariate', 'paretovariate', 'randbytes', 'randint', 'random', 'randrange', 'sample', 'seed', 'setstate', 'shuffle', 'triangular', 'uniform', 'vonmisesvariate', 'weibullvariate'],
};

const LIBM = ['normalvariate', 'lognormvariate', 'expovariate', 'vonmisesvariate', 'gammavariate', 'gauss', 'betavariate', 'paretovariate', 'weibullvariate', 'binomialvariate'];

registerModule('random', (mod) => {
  const d = mod.d as PyObject;
  const md = mod.v as ModuleData;
  sourceModuleHeader(mod);
  md.stops = new Map();
  importing = true;
  try {
    buildModule(mod, d, md);
  } finally {
    importing = false;
  }
});

function buildModule(mod: PyObject, d: PyObject, md: ModuleData): void {
  void mod;
  // the simulated modules random.py imports (3.8's does not import operator)
  const math = importModule('math', ST.line);
  const operator = P.minor >= 10 ? importModule('operator', ST.line) : null;
  const itertools = importModule('itertools', ST.line);
  const bisect = importModule('bisect', ST.line);
  const from = (m: PyObject, name: string): PyObject => {
    const v = dictGetStr(m.d as PyObject, name);
    if (v === null) throw new Error(`random: ${name} missing`);
    return v;
  };

  baseType = newModuleType('_random.Random', '_random', initBaseType);
  defineBaseMethods(baseType);
  standInType = newStandInType(KIND);
  oneObj = newInt(1);
  twoObj = newInt(2);
  const rs: RandomState = { moduleDict: d, cls: undefined as unknown as PyObject, fns: {}, codes: new Map(), sites: new Map() };
  clearMethodCaches();
  registerCallKinds('_random.Random', { noargs: 'random getstate', o: 'setstate getrandbits', fast: 'seed' });
  st = rs;

  // class Random(_random.Random): its namespace in the order of the class body
  const ns = newDict();
  const put = (dict: PyObject, k: string, v: PyObject): void => {
    dictSetStr(dict, k, v);
    decref(v);
  };
  const mk = (name: string, sig: PySig, defaults: PyObject[], run: RandomBody, kwDefaults: Record<string, PyObject> = {}): PyObject => {
    // (the defaults and keyword-only defaults are what the function holds)
    const held = [...defaults, ...Object.values(kwDefaults)];
    const si = new StandIn(KIND, 'random', name, sig.qualname, (me, args, kw) => bindRun(me, args, kw, defaults, kwDefaults, run), held, sig);
    const o = newStandIn(standInType, si);
    rs.fns[name] = o;
    return o;
  };
  const m = P.minor;
  const method = (name: string): void => {
    const f = rs.fns[name];
    f.rc++;
    put(ns, name, f);
  };
  put(ns, '__module__', newStr('random'));
  put(ns, '__qualname__', newStr('Random'));
  // (3.13: __firstlineno__ before __doc__; the docstring's text is CPython's, which HeapLens does
  // not have: a placeholder whose use stops the run)
  if (m >= 13) put(ns, '__firstlineno__', newInt(RANDOM_FIRSTLINENO));
  put(ns, '__doc__', docStandIn('random.Random'));
  put(ns, 'VERSION', newInt(3));
  mk('__init__', SIG('__init__', ['self', 'x'], 1), [incref(S.None)], (a) => initImpl(a[0], a[1]));
  mk('seed', SIG('seed', ['self', 'a', 'version'], 2), [incref(S.None), newInt(2)], (a) => seedImpl(a[0], a[1], a[2]));
  mk('getstate', SIG('getstate', ['self'], 0), [], (a) => getstateImpl(a[0]));
  mk('setstate', SIG('setstate', ['self', 'state'], 0), [], (a) => setstateImpl(a[0], a[1]));
  mk('__getstate__', SIG('__getstate__', ['self'], 0), [], () => { throw new NotSimulated('random.Random.__getstate__()', ST.line); });
  mk('__setstate__', SIG('__setstate__', ['self', 'state'], 0), [], () => { throw new NotSimulated('random.Random.__setstate__()', ST.line); });
  mk('__reduce__', SIG('__reduce__', ['self'], 0), [], () => { throw new NotSimulated('random.Random.__reduce__() (pickling or copying a Random)', ST.line); });
  mk('__init_subclass__', { name: '__init_subclass__', qualname: 'Random.__init_subclass__', params: ['cls'], posonly: 1, ndefaults: 0, varkw: true }, [], (a) => initSubclassImpl(a[0]));
  mk('_randbelow_with_getrandbits', SIG('_randbelow_with_getrandbits', ['self', 'n'], 0), [], (a) => {
    checkSelf(a[0], ['getrandbits']);
    if (!isInt(a[1])) throw new NotSimulated(`random.Random._randbelow() of a '${typeName(a[1])}'`, ST.line);
    return randbelow(a[0], iv(a[1]));
  });
  mk('_randbelow_without_getrandbits', SIG('_randbelow_without_getrandbits', ['self', 'n', 'maxsize'], 1), [newInt(2n ** 53n)], () => {
    throw new NotSimulated('random.Random._randbelow_without_getrandbits()', ST.line);
  });
  if (m >= 10) mk('randbytes', SIG('randbytes', ['self', 'n'], 0), [], (a) => randbytesImpl(a[0], a[1]));
  const rrDefaults = m < 10 ? [incref(S.None), newInt(1), incref(T.int)] : [incref(S.None), incref(oneObj)];
  mk('randrange', SIG('randrange', m < 10 ? ['self', 'start', 'stop', 'step', '_int'] : ['self', 'start', 'stop', 'step'], m < 10 ? 3 : 2), rrDefaults, (a) => {
    if (m < 10 && a[4] !== T.int) throw new NotSimulated('random.randrange() with _int', ST.line);
    return randrangeImpl(a[0], a[1], a[2], a[3]);
  });
  if (m < 10) oneObj = rrDefaults[1];
  mk('randint', SIG('randint', ['self', 'a', 'b'], 0), [], (a) => {
    checkSelf(a[0], ['randrange', '_randbelow', 'getrandbits']);
    return frame('randint', [a[0], a[1], a[2]], () => {
      const b1 = binaryOp(a[2], oneObj, 'add');
      try {
        if (!isOriginal(a[0], 'randrange')) return callOwn(a[0], 'randrange', [a[1], b1]);
        return randrangeImpl(a[0], a[1], b1, oneObj);
      } finally {
        decref(b1);
      }
    });
  });
  mk('choice', SIG('choice', ['self', 'seq'], 0), [], (a) => choiceImpl(a[0], a[1]));
  if (m < 11) mk('shuffle', SIG('shuffle', ['self', 'x', 'random'], 1), [incref(S.None)], (a) => {
    if (a[2] !== S.None) {
      if (m === 10) warnCaller('The *random* parameter to shuffle() has been deprecated\nsince Python 3.9 and will be removed in a subsequent version.');
      throw new NotSimulated('random.shuffle() with a random function', ST.line);
    }
    return shuffleImpl(a[0], a[1], null);
  });
  else mk('shuffle', SIG('shuffle', ['self', 'x'], 0), [], (a) => shuffleImpl(a[0], a[1], null));
  if (m < 10) mk('sample', SIG('sample', ['self', 'population', 'k'], 0), [], (a) => sampleImpl(a[0], a[1], a[2], null));
  else mk('sample', SIG('sample', ['self', 'population', 'k'], 0, ['counts']), [], (a, kw) => sampleImpl(a[0], a[1], a[2], kw.get('counts') as PyObject), { counts: incref(S.None) });
  mk('choices', SIG('choices', ['self', 'population', 'weights'], 1, ['cum_weights', 'k']), [incref(S.None)],
    (a, kw) => choicesImpl(a[0], a[1], a[2], kw.get('cum_weights') as PyObject, kw.get('k') as PyObject), { cum_weights: incref(S.None), k: newInt(1) });
  mk('uniform', SIG('uniform', ['self', 'a', 'b'], 0), [], (a) => uniformImpl(a[0], a[1], a[2]));
  mk('triangular', SIG('triangular', ['self', 'low', 'high', 'mode'], 3), [newFloat(0.0), newFloat(1.0), incref(S.None)], (a) => triangularImpl(a[0], a[1], a[2], a[3]));
  for (const name of LIBM) {
    if (name === 'binomialvariate' && m < 12) continue;
    if (name === 'vonmisesvariate') {
      mk(name, SIG(name, ['self', 'mu', 'kappa'], 0), [], (a) => vonmisesImpl(a[0], a[1], a[2]));
      continue;
    }
    if (name === 'gammavariate') {
      mk(name, SIG(name, ['self', 'alpha', 'beta'], 0), [], (a) => gammaImpl(a[0], a[1], a[2]));
      continue;
    }
    if (name === 'binomialvariate') {
      mk(name, SIG(name, ['self', 'n', 'p'], 2), [newInt(1), newFloat(0.5)], (a) => binomialImpl(a[0], a[1], a[2]));
      continue;
    }
    mk(name, { name, qualname: `Random.${name}`, params: ['self'], posonly: 0, ndefaults: 0, varargs: true, varkw: true }, [], () => libmStop(name));
  }
  // the class body's order
  const order = m < 10
    ? ['__init__', '__init_subclass__', 'seed', 'getstate', 'setstate', '__getstate__', '__setstate__', '__reduce__', 'randrange', 'randint', '_randbelow_with_getrandbits', '_randbelow_without_getrandbits', '_randbelow', 'choice', 'shuffle', 'sample', 'choices', 'uniform', 'triangular', 'normalvariate', 'lognormvariate', 'expovariate', 'vonmisesvariate', 'gammavariate', 'gauss', 'betavariate', 'paretovariate', 'weibullvariate']
    : ['__init__', 'seed', 'getstate', 'setstate', '__getstate__', '__setstate__', '__reduce__', '__init_subclass__', '_randbelow_with_getrandbits', '_randbelow_without_getrandbits', '_randbelow', 'randbytes', 'randrange', 'randint', 'choice', 'shuffle', 'sample', 'choices', 'uniform', 'triangular', 'normalvariate', 'gauss', 'lognormvariate', 'expovariate', 'vonmisesvariate', 'gammavariate', 'betavariate', 'paretovariate', 'weibullvariate', ...(m >= 12 ? ['binomialvariate'] : [])];
  if (m >= 13) put(ns, '__static_attributes__', newTuple([newStr('gauss_next')]));
  for (const name of order) {
    if (name === '_randbelow') {
      const f = rs.fns._randbelow_with_getrandbits;
      f.rc++;
      put(ns, '_randbelow', f);
    } else if (name === '__init_subclass__') {
      // (implicitly a classmethod)
      put(ns, name, newWrapper(T.classmethod, rs.fns[name]));
    } else method(name);
  }
  let cls: PyObject;
  try {
    cls = typeNew(T.type, 'Random', [baseType], ns);
  } finally {
    decref(ns);
  }
  rs.cls = cls;

  // the module dict, in random.py's order
  const stops = md.stops as Map<string, string>;
  const lack = (name: string, what: string): void => {
    dictSetStr(d, name, S.None);
    stops.set(name, `HeapLens does not have ${what}`);
  };
  const mathAlias: Record<string, string> = {
    _log: 'log', _exp: 'exp', _pi: 'pi', _e: 'e', _ceil: 'ceil', _sqrt: 'sqrt', _acos: 'acos', _cos: 'cos', _sin: 'sin',
    TWOPI: 'tau', _floor: 'floor', _isfinite: 'isfinite', _lgamma: 'lgamma', _fabs: 'fabs', _log2: 'log2',
  };
  let inst: PyObject | null = null;
  for (const name of moduleNames()) {
    if (m === 8 && name === 'TWOPI') {
      put(d, name, newFloat(2 * Math.PI));
      continue;
    }
    if (name in mathAlias) {
      dictSetStr(d, name, from(math, mathAlias[name]));
      continue;
    }
    switch (name) {
      case '_warn': lack(name, 'warnings.warn (the warnings module)'); break;
      case '_urandom': lack(name, 'os.urandom'); break;
      case '_Set': case '_Sequence': lack(name, `collections.abc.${name.slice(1)}`); break;
      case '_index': dictSetStr(d, name, from(operator as PyObject, 'index')); break;
      case '_accumulate': dictSetStr(d, name, from(itertools, 'accumulate')); break;
      case '_repeat': dictSetStr(d, name, from(itertools, 'repeat')); break;
      case '_bisect': dictSetStr(d, name, from(bisect, 'bisect')); break;
      case '_os': lack(name, 'the os module'); break;
      case '_random': lack(name, 'the _random module as a module object'); break;
      case '_sha512': lack(name, 'hashlib.sha512 as an object (seeding from a str uses its digest)'); break;
      case '__all__': put(d, name, newList((ALL[m] ?? [...ALL[10].slice(0, 3), ...(m >= 12 ? ['binomialvariate'] : []), ...ALL[10].slice(3)]).map((n) => newStr(n)))); break;
      case 'NV_MAGICCONST': put(d, name, newFloat(4 * Math.exp(-0.5) / Math.sqrt(2.0))); break;
      case 'LOG4': put(d, name, newFloat(Math.LN2 * 2)); break;
      case 'SG_MAGICCONST': put(d, name, newFloat(1.0 + Math.log(4.5))); break;
      case 'BPF': put(d, name, newInt(53)); break;
      case 'RECIP_BPF': put(d, name, newFloat(2 ** -53)); break;
      case '_ONE': dictSetStr(d, name, oneObj); break;
      case 'Random': dictSetStr(d, name, cls); break;
      case 'SystemRandom': lack(name, 'random.SystemRandom (os.urandom)'); break;
      case '_test_generator': case '_test': case '_parse_args': case 'main': lack(name, `random.${name} (Python code HeapLens does not run)`); break;
      case '_inst': {
        inst = call(cls, []);
        put(d, name, inst);
        break;
      }
      default: {
        // the module functions: _inst's bound methods
        const bound = getAttr(inst as PyObject, name);
        put(d, name, bound);
      }
    }
  }
  decref(math);
  if (operator !== null) decref(operator);
  decref(itertools);
  decref(bisect);
}
