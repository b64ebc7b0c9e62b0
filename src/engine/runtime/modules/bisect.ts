// The bisect module: Lib/bisect.py, whose functions are _bisect's C ones (Modules/_bisectmodule.c)
// once `from _bisect import *` has replaced the Python definitions, with `bisect = bisect_right`
// and `insort = insort_right` bound to the same objects.
//
// Per version: 3.8 parses its arguments with PyArg_ParseTupleAndKeywords (METH_VARARGS: the call
// packs an argument tuple, and a keyword dict when keywords are given; `hi` must be an int), 3.10+
// with Argument Clinic (`hi=None`, keyword-only `key=`). Each step takes the middle item as a new
// reference (PySequence_GetItem; 3.12+ the type's sq_item, checked once before the loop), calls
// `key` on it, and compares with PyObject_RichCompareBool(..., Py_LT) — 3.12+ first call the
// item's own tp_richcompare directly when both are of the same type, under one recursion check
// for the whole search. insort inserts with PyList_Insert (list.insert's growth).
import { PyObject } from '../object';
import { P, T, NotSimulated, ST, decref, incref } from '../core';
import { typeName, Py_LT, type TypeInfo } from '../types';
import { raise } from '../exc';
import { S, richCompareBool, call, truthy, ssizeArg, optionalSsizeArg } from '../abstract';
import { dictSetStr } from '../dict';
import type { BuiltinData } from '../func';
import { newInt } from '../numbers';
import { listResize } from '../list';
import { builtinFunction, parseArgs } from '../methods';
import { registerModule, sourceModuleHeader } from './registry';
import { cEnter, cLeave } from '../recursion';

/** The sequences whose item access HeapLens reproduces exactly (list and tuple: sq_item returns
 * the item with a new reference). Any other object with items stops the run. */
function sequenceKind(a: PyObject): 'seq' | 'none' | 'mapping' {
  if (a.t === T.list || a.t === T.tuple) return 'seq';
  if (a.t === T.dict) return 'mapping';
  const ti = a.t.v as TypeInfo;
  if (ti.len === null && ti.getitem === null) return 'none';
  throw new NotSimulated(`bisect on a '${typeName(a)}' object`, ST.line, "only lists and tuples are simulated (other sequences' item access is theirs to define)");
}

/** PySequence_Size of an object that is not a sequence (a dict: a mapping). */
function noLen(a: PyObject, kind: string): never {
  if (kind === 'mapping') raise(T.TypeError, `${typeName(a)} is not a sequence`);
  raise(T.TypeError, `object of type '${typeName(a)}' has no len()`);
}

/** PySequence_GetItem / get_sq_item of an object that is not a sequence. */
function noIndexing(a: PyObject, kind: string): never {
  if (kind === 'mapping') raise(T.TypeError, `${typeName(a)} is not a sequence`);
  raise(T.TypeError, `'${typeName(a)}' object does not support indexing`);
}

/** internal_bisect_right / internal_bisect_left. */
function search(a: PyObject, item: PyObject, lo: number, hi: number, key: PyObject, right: boolean): number {
  if (lo < 0) raise(T.ValueError, 'lo must be non-negative');
  const kind = sequenceKind(a);
  if (hi === -1) {
    if (kind !== 'seq') noLen(a, kind);
    hi = (a.v as PyObject[]).length;
  }
  const v12 = P.minor >= 12;
  if (v12) {
    if (kind !== 'seq') noIndexing(a, kind);
    cEnter(right ? 'in _bisect.bisect_right' : 'in _bisect.bisect_left');
  }
  try {
    let compare = v12 ? (item.t.v as TypeInfo).richcompare : null;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (kind !== 'seq') noIndexing(a, kind);
      const items = a.v as PyObject[];
      if (mid >= items.length) raise(T.IndexError, a.t === T.list ? 'list index out of range' : 'tuple index out of range');
      let litem = incref(items[mid]);
      let res: boolean;
      try {
        if (key !== S.None) {
          const k = call(key, [litem]);
          decref(litem);
          litem = k;
        }
        // bisect_right: item < litem; bisect_left: litem < item
        const [x, y] = right ? [item, litem] : [litem, item];
        if (compare !== null && litem.t === item.t) {
          const r = compare(x, y, Py_LT);
          if (r === S.NotImplemented) {
            decref(r);
            compare = null;
            res = richCompareBool(x, y, Py_LT);
          } else {
            try {
              res = truthy(r);
            } finally {
              decref(r);
            }
          }
        } else {
          res = richCompareBool(x, y, Py_LT);
        }
      } finally {
        decref(litem);
      }
      if (res === right) hi = mid;
      else lo = mid + 1;
    }
  } finally {
    if (v12) cLeave();
  }
  return lo;
}

/** The arguments of all four functions: (a, x, lo=0, hi=None[, *, key=None]). */
interface Args {
  a: PyObject;
  x: PyObject;
  lo: number;
  hi: number;
  key: PyObject;
}

/** A Py_ssize_t beyond what a JS number holds exactly is not simulated. */
function ssize(v: number | bigint): number {
  if (typeof v === 'bigint') throw new NotSimulated('a bisect bound beyond 2**53', ST.line);
  return v;
}

function parse(fname: string, args: PyObject[], kw: string[] | null): Args {
  if (P.minor < 10) {
    // PyArg_ParseTupleAndKeywords(args, kw, "OO|nn:NAME", {"a", "x", "lo", "hi"})
    const [a, x, lo, hi] = parseArgs(fname, args, kw, ['a', 'x', 'lo', 'hi'], 2);
    return {
      a: a as PyObject, x: x as PyObject,
      lo: lo === null ? 0 : ssize(ssizeArg(lo)),
      hi: hi === null ? -1 : ssize(ssizeArg(hi)),
      key: S.None,
    };
  }
  const [a, x, lo, hi, key] = parseArgs(fname, args, kw, ['a', 'x', 'lo', 'hi', 'key'], 2, 4);
  const hiOpt = hi === null ? null : optionalSsizeArg(hi);
  const hiV = hiOpt === null ? -1 : ssize(hiOpt);
  return { a: a as PyObject, x: x as PyObject, lo: lo === null ? 0 : ssize(ssizeArg(lo)), hi: hiV, key: key ?? S.None };
}

function bisectFn(name: string, right: boolean) {
  return (_s: PyObject | null, args: PyObject[], kw: string[] | null): PyObject => {
    const p = parse(name, args, kw);
    return newInt(search(p.a, p.x, p.lo, p.hi, p.key, right));
  };
}

function insortFn(name: string, right: boolean) {
  return (_s: PyObject | null, args: PyObject[], kw: string[] | null): PyObject => {
    const p = parse(name, args, kw);
    let i: number;
    if (p.key === S.None) i = search(p.a, p.x, p.lo, p.hi, p.key, right);
    else {
      const kx = call(p.key, [p.x]);
      try {
        i = search(p.a, kx, p.lo, p.hi, p.key, right);
      } finally {
        decref(kx);
      }
    }
    if (p.a.t !== T.list) {
      // _PyObject_CallMethod(a, "insert", "nO", index, x): a bound method and an argument tuple
      throw new NotSimulated(`${name}() on a '${typeName(p.a)}' object`, ST.line, 'it calls the object\'s insert method, which HeapLens simulates for exact lists only');
    }
    // PyList_Insert (ins1): clamp, grow by list_resize, shift the tail
    const items = p.a.v as PyObject[];
    const n = items.length;
    let where = i;
    if (where < 0) { where += n; if (where < 0) where = 0; }
    if (where > n) where = n;
    listResize(p.a, n + 1);
    items.splice(where, 0, incref(p.x));
    return incref(S.None);
  };
}

registerModule('bisect', (mod) => {
  const d = mod.d as PyObject;
  sourceModuleHeader(mod);
  // bisect.py binds insort_right, bisect_right, insort_left, bisect_left (its Python definitions,
  // then _bisect's), then bisect = bisect_right and insort = insort_right
  const fns: Record<string, PyObject> = {
    insort_right: builtinFunction('insort_right', insortFn('insort_right', true), '_bisect'),
    bisect_right: builtinFunction('bisect_right', bisectFn('bisect_right', true), '_bisect'),
    insort_left: builtinFunction('insort_left', insortFn('insort_left', false), '_bisect'),
    bisect_left: builtinFunction('bisect_left', bisectFn('bisect_left', false), '_bisect'),
  };
  for (const [name, f] of Object.entries(fns)) {
    // 3.8: METH_VARARGS | METH_KEYWORDS, called with an argument tuple (and a keyword dict)
    if (P.minor < 10) (f.v as BuiltinData).varargs = true;
    dictSetStr(d, name, f);
  }
  dictSetStr(d, 'bisect', fns.bisect_right);
  dictSetStr(d, 'insort', fns.insort_right);
  for (const f of Object.values(fns)) decref(f);
});
