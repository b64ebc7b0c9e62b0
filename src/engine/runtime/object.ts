// The simulated object: what CPython calls a PyObject. One JS class for every Python object so
// the refcount and type accesses on the interpreter's hot path stay monomorphic.
//
//   t   ob_type          the type object
//   rc  ob_refcnt        the reference count, kept exactly as CPython keeps it
//   v   payload          int value, str text, list items, TypeInfo of a type object, ...
//   d   second payload   instance attributes, dict/set bookkeeping, ...
//   f   flags            GC state bits (see F_*), like the bits CPython keeps in PyGC_Head
//   a   address          the simulated address of the object's block (id() returns it)
//   gn/gp                the GC generation list links (PyGC_Head's _gc_next/_gc_prev)
//   gr                   gc_refs while a collection runs (CPython keeps it in _gc_prev)

/* eslint-disable @typescript-eslint/no-explicit-any */

export class PyObject {
  t: PyObject;
  rc: number;
  v: any;
  d: any;
  f: number;
  a: number;
  gn: PyObject | null;
  gp: PyObject | null;
  gr: number;
  constructor(t: PyObject | null, v: any, d: any, f: number) {
    // `type` is its own type: pass null and fix up after construction.
    this.t = t as PyObject;
    this.rc = 1;
    this.v = v;
    this.d = d;
    this.f = f;
    this.a = 0;
    this.gn = null;
    this.gp = null;
    this.gr = 0;
  }
}

// ---- flag bits
/** Instances of a Py_TPFLAGS_HAVE_GC type: allocated with a PyGC_Head. */
export const F_GC = 1;
/** Currently in a GC generation list (gc.is_tracked). */
export const F_TRACKED = 2;
/** Generation index lives in bits 2-3. */
export const F_GEN_SHIFT = 2;
export const F_GEN_MASK = 3 << F_GEN_SHIFT;
/** PEP 683 immortal (3.12+): refcount reported as the profile's immortal constant, never freed. */
export const F_IMMORTAL = 16;
/** PEP 442: __del__ already ran (the _PyGC_PREV_MASK_FINALIZED bit). */
export const F_FINALIZED = 32;
/** A shared singleton whose absolute count includes references made by the interpreter before the
 * program started (None on 3.8-3.11, 3.11 deep-frozen small ints): reported as a measured baseline
 * plus the program's own references. */
export const F_STATIC = 64;
/** In the interned-strings table. */
export const F_INTERNED = 128;
/** Being deallocated (guards against re-entrant dealloc through __del__ resurrection). */
export const F_DEALLOCATING = 256;
/** In a GC collection's unreachable set (NEXT_MASK_UNREACHABLE). */
export const F_UNREACHABLE = 512;
/** Created by the runtime before the program ran (type objects, builtins): not program memory. */
export const F_RUNTIME = 1024;
/** A heap-type instance whose managed dict has been materialised (3.11+ `__dict__` access). */
export const F_DICT_MATERIALISED = 2048;

/** A str whose UTF-8 form is cached (PyUnicode_AsUTF8): sys.getsizeof counts it. */
export const F_STR_UTF8 = 4096;
/** A str whose hash CPython has computed and cached (dict or set key, hash()): PyUnicode_Append
 * no longer resizes it in place (unicode_modifiable). */
export const F_HASHED = 32768;

/** Weak references to the object exist (weakrefs.ts keeps them; saves a lookup on every dealloc). */
export const F_WEAKREFS = 8192;
// (16384: gc.ts's F_COLLECTING, set on the objects of a running collection)

/** Internal refcount given to immortal and static objects so ordinary INCREF/DECREF never free them. */
export const IMMORTAL_RC = 1 << 29;
