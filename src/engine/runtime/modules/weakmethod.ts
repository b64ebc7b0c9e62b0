// weakref.WeakMethod: a Python subclass of weakref.ref in CPython (Lib/weakref.py) with the slots
// _func_ref, _meth_type, _alive and __weakref__. Here it is a type deriving from weakref.ref whose
// instances are laid out as CPython's (four pointers more than a ref), made as WeakMethod.__new__
// makes them: the `_cb` closure (a stand-in function holding what its two cells hold: the
// callback, then the weak reference to the WeakMethod itself), `ref.__new__(cls, obj, _cb)` (a
// reference to the method's object with `_cb` as its callback, placed in the object's list as a
// subclass instance with a callback is), `self._func_ref = ref(func, _cb)`,
// `self._meth_type = type(meth)`, `self._alive = True` and `self_wr = ref(self)`. Calling one,
// `==`/`!=` and the callbacks do what the Python code does; the class's attributes that are
// Python objects in CPython (its __doc__, __slots__, the functions) stop.
import { PyObject } from '../object';
import { P, R, T, PyErr, NotSimulated, ST, decref, incref, xdecref, constRefsUnknown } from '../core';
import type { TypeInfo } from '../types';
import { newBuiltinType, isSubtype } from '../types';
import { raise } from '../exc';
import { S, call, genericGetAttr, getAttr, setAttr, setItem, callMethod, truthy, newBool, notImpl, idOf, contains as pyContains, repr as pyRepr, str as pyStr } from '../abstract';
import { newDict, dictSetStr, dictGetStr, dictEntries } from '../dict';
import { newTuple } from '../tuple';
import { newStr } from '../str';
import { newInt } from '../numbers';
import { newBuiltin } from '../func';
import { typeNew, fixupSlots } from '../classes';
import { defMethods, pythonStandIns, type MethodFn } from '../methods';
import { WeakrefData, newRefOfType, initWeakrefType, clearWeakrefs } from '../weakrefs';
import { bindPy, type PySig } from '../pysig';
import { pythonLevelCall } from './registry';
import { newWeakrefFunction } from './weakdict';
import { markStandInClass, framedMethods, inStdlibFrame } from '../standin';

const WHY = 'WeakMethod is Python code in CPython (Lib/weakref.py), whose frames and temporary objects HeapLens does not reproduce';

let wmType: PyObject = undefined as unknown as PyObject;
let wmDict: PyObject = undefined as unknown as PyObject;

class WeakMethodData extends WeakrefData {
  funcRef: PyObject | null = null;
  methType: PyObject | null = null;
  alive: PyObject | null = null;
}

const SLOTS = ['_func_ref', '_meth_type', '_alive'] as const;
const FIELDS: Record<string, 'funcRef' | 'methType' | 'alive'> = { _func_ref: 'funcRef', _meth_type: 'methType', _alive: 'alive' };

function setSlot(wd: WeakMethodData, f: 'funcRef' | 'methType' | 'alive', v: PyObject | null): void {
  const old = wd[f];
  wd[f] = v === null ? null : incref(v);
  xdecref(old);
}

/** `_cb(arg)`: self = self_wr(); if self._alive: self._alive = False; callback(self). */
function cbBody(held: PyObject[]): PyObject {
  pythonLevelCall('the WeakMethod callback', WHY);
  const selfWr = held[1];
  const self = selfWr !== undefined ? (selfWr.v as WeakrefData).referent : null;
  if (self === null) throw new NotSimulated("a WeakMethod's callback after the WeakMethod died (CPython's raises AttributeError on None)", ST.line);
  self.rc++;
  try {
    const wd = self.v as WeakMethodData;
    if (wd.alive !== null && truthy(wd.alive)) {
      setSlot(wd, 'alive', S.False);
      const callback = held[0];
      if (callback !== S.None) decref(call(callback, [self]));
    }
  } finally {
    decref(self);
  }
  S.None.rc++;
  return S.None;
}

/** WeakMethod.__new__(cls, meth, callback=None) */
function wmNew(args: PyObject[], kw: string[] | null): PyObject {
  const b = bindPy({ name: '__new__', qualname: 'WeakMethod.__new__', params: ['cls', 'meth', 'callback'], posonly: 0, ndefaults: 1 }, [wmType, ...args], kw);
  pythonLevelCall('WeakMethod.__new__()', WHY);
  const meth = b.args[1] as PyObject;
  const callback = b.args[2] ?? S.None;
  let obj: PyObject | null = null;
  let func: PyObject;
  try {
    obj = getAttr(meth, '__self__');
    func = getAttr(meth, '__func__');
  } catch (e) {
    if (!(e instanceof PyErr) || !isSubtype(e.exc.t, T.AttributeError)) throw e;
    decref(e.exc);
    xdecref(obj);
    const t = pyStr(meth.t);
    try {
      raise(T.TypeError, `argument should be a bound method, not ${t.v as string}`);
    } finally {
      decref(t);
    }
  }
  try {
    // def _cb(arg): ... (its cells: callback, self_wr)
    const cb = newWeakrefFunction('weakref', '_cb', 'WeakMethod.__new__.<locals>._cb', 'WeakMethod', (held) => cbBody(held), [incref(callback)]);
    try {
      // self = ref.__new__(cls, obj, _cb)
      const self = newRefOfType(wmType, obj as PyObject, cb, 32 + (P.minor >= 12 ? 8 : 0));
      const base = self.v as WeakrefData;
      const wd = new WeakMethodData(base.referent, base.callback);
      self.v = wd;
      try {
        const fr = newRefOfType(T.weakref, func, cb);
        setSlot(wd, 'funcRef', fr);
        decref(fr);
        setSlot(wd, 'methType', meth.t);
        setSlot(wd, 'alive', S.True);
        // self_wr = ref(self): the closure's second cell
        const selfWr = newRefOfType(T.weakref, self, null);
        (cb.v as { held: PyObject[] }).held.push(selfWr);
      } catch (e) {
        decref(self);
        throw e;
      }
      return self;
    } finally {
      decref(cb);
    }
  } finally {
    decref(obj as PyObject);
    decref(func);
  }
}

function initWeakMethodType(ti: TypeInfo): void {
  initWeakrefType(ti);
  const base = T.weakref.v as TypeInfo;
  // three slot pointers and the weak reference list's (3.12+: a managed weak reference list in the
  // pre-header, two pointers before the object)
  ti.basicsize = () => base.basicsize() + (P.minor >= 12 ? 24 : 32);
  ti.sizeof = () => ti.basicsize() + (P.minor >= 12 ? 16 : 0);
  ti.basetype = false;
  ti.hasWeakref = true;
  ti.new = (_t, args, kw) => inStdlibFrame('weakref', 'WeakMethod.__new__', wmDict, [wmType, ...args], () => wmNew(args, kw));
  // ref.__init__ (weakref___init__) accepts the arguments and does nothing
  ti.init = () => {};
  const refDealloc = base.dealloc;
  // subtype_dealloc: the weak references to it, the slots, then weakref_dealloc
  ti.dealloc = (r) => {
    clearWeakrefs(r);
    const wd = r.v as WeakMethodData;
    for (const name of SLOTS) {
      const f = FIELDS[name];
      const x = wd[f];
      wd[f] = null;
      xdecref(x);
    }
    refDealloc(r);
  };
  const refTraverse = base.traverse;
  ti.traverse = (r, visit) => {
    const wd = r.v as WeakMethodData | null;
    if (wd !== null) for (const name of SLOTS) if (wd[FIELDS[name]] !== null) visit(wd[FIELDS[name]] as PyObject);
    if (refTraverse) refTraverse(r, visit);
  };
  ti.getattr = (r, name) => {
    const f = FIELDS[name];
    if (f !== undefined) {
      const x = (r.v as WeakMethodData)[f];
      if (x === null) raise(T.AttributeError, name);
      return incref(x);
    }
    return genericGetAttr(r, name);
  };
  const refSetattr = ti.setattr;
  ti.setattr = (r, name, v) => {
    const f = FIELDS[name];
    if (f !== undefined) {
      if (v === null && (r.v as WeakMethodData)[f] === null) raise(T.AttributeError, name);
      setSlot(r.v as WeakMethodData, f, v);
      return;
    }
    if (refSetattr) refSetattr(r, name, v);
    else throw new NotSimulated(`setting the attribute ${name} of a WeakMethod`, ST.line);
  };
  // def __call__(self): obj = super().__call__(); func = self._func_ref(); ...
  ti.call = (r, args, kw) => inStdlibFrame('weakref', 'WeakMethod.__call__', wmDict, [r, ...args], () => wmCall(r, args, kw));
  const wmCall = (r: PyObject, args: PyObject[], kw: string[] | null): PyObject => {
    bindPy({ name: '__call__', qualname: 'WeakMethod.__call__', params: ['self'], posonly: 0, ndefaults: 0 }, [r, ...args], kw);
    pythonLevelCall('WeakMethod.__call__()', WHY);
    const wd = r.v as WeakMethodData;
    const obj = incref(wd.referent ?? S.None);
    try {
      const func = call(wd.funcRef as PyObject, []);
      try {
        if (obj === S.None || func === S.None) return incref(S.None);
        return call(wd.methType as PyObject, [func, obj]);
      } finally {
        decref(func);
      }
    } finally {
      decref(obj);
    }
  };
  const refCompare = base.richcompare;
  // __eq__ / __ne__: with another WeakMethod, identity once either is dead, else the referents
  // (ref.__eq__) and the functions' references compared
  ti.richcompare = (a, b, op) => inStdlibFrame('weakref', op === 2 ? 'WeakMethod.__eq__' : 'WeakMethod.__ne__', wmDict, [a, b], () => wmCompare(a, b, op));
  const wmCompare = (a: PyObject, b: PyObject, op: number): PyObject => {
    if ((op !== 2 && op !== 3) || !(b.t === wmType)) return notImpl();
    pythonLevelCall(`WeakMethod.${op === 2 ? '__eq__' : '__ne__'}()`, WHY);
    const x = a.v as WeakMethodData, y = b.v as WeakMethodData;
    if (!truthy(x.alive as PyObject) || !truthy(y.alive as PyObject)) return newBool((a === b) === (op === 2));
    const r1 = (refCompare as NonNullable<TypeInfo['richcompare']>)(a, b, op);
    const t1 = truthy(r1);
    if (t1 === (op === 3)) return r1;
    decref(r1);
    const fa = x.funcRef as PyObject, fb = y.funcRef as PyObject;
    return (refCompare as NonNullable<TypeInfo['richcompare']>)(fa, fb, op);
  };
}

export function installWeakMethod(md: PyObject): void {
  wmDict = md;
  wmType = newBuiltinType('weakref.WeakMethod', T.weakref, initWeakMethodType, 'weakref');
  const ti = wmType.v as TypeInfo;
  ti.dict = newDict();
  // __slots__ = "_func_ref", "_meth_type", "_alive", "__weakref__"
  const slots = newTuple(['_func_ref', '_meth_type', '_alive', '__weakref__'].map((n) => newStr(n)));
  dictSetStr(ti.dict, '__slots__', slots);
  decref(slots);
  markStandInClass(wmType, 'weakref.WeakMethod', null, ['__doc__', '__new__', '__call__', '__eq__', '__ne__', '__sizeof__']);
  // its count holds the references of its descriptors and MRO, which HeapLens's type does not
  constRefsUnknown.set(wmType, "CPython's WeakMethod is a Python class whose slot descriptors and MRO hold references to it that HeapLens's type does not have");
  dictSetStr(md, 'WeakMethod', wmType);
  decref(wmType);
}

// ================================================================ weakref.finalize
//
// A Python class in CPython (`__slots__ = ()`: its instances are bare objects, not tracked by the
// collector) whose state lives in class attributes: the `_registry` dict mapping each live
// finalizer to its `_Info` (a class with six slots: weakref, func, args, kwargs, atexit, index),
// `_shutdown`, `_dirty`, `_registered_with_atexit` and the `_index_iter` counter. Here the class and
// `_Info` are real heap classes (so their instances are laid out and tracked as CPython's), the
// registry a real dict, and the methods builtins doing what Lib/weakref.py does: `info.weakref` is
// `ref(obj, self)` (the finalizer is the weak reference's callback), calling the finalizer pops its
// info and calls `func(*args, **kwargs)` unless the interpreter is shutting down, `detach()`,
// `peek()`, `alive` and `atexit`. At exit `_exitfunc` (registered with atexit by the first
// finalizer) calls the live finalizers marked atexit, newest first, with the collector disabled,
// then sets `_shutdown`.

const WHY_FIN = 'finalize is Python code in CPython (Lib/weakref.py), whose frames and temporary objects HeapLens does not reproduce';

let finType: PyObject = undefined as unknown as PyObject;
let infoType: PyObject = undefined as unknown as PyObject;
let finIndex = 0;

function fin(what: string): void {
  pythonLevelCall(`finalize.${what}()`, WHY_FIN);
}

function clsAttr(name: string): PyObject {
  return getAttr(finType, name);
}

function registry(): PyObject {
  return clsAttr('_registry');
}

/** `self._registry.get(self)` / `.pop(self, None)`: the info or None (owned). */
function registryInfo(self: PyObject, pop: boolean): PyObject {
  const reg = registry();
  try {
    return pop ? callMethod(reg, 'pop', [self, S.None]) : callMethod(reg, 'get', [self]);
  } finally {
    decref(reg);
  }
}

function slot(info: PyObject, name: string): PyObject {
  return getAttr(info, name);
}

/** `info and info.weakref()`: the referent, or None (owned). */
function infoReferent(info: PyObject): PyObject {
  if (info === S.None) return incref(S.None);
  const wr = slot(info, 'weakref');
  try {
    return call(wr, []);
  } finally {
    decref(wr);
  }
}

/** (obj, info.func, info.args, info.kwargs or {}) */
function infoTuple(obj: PyObject, info: PyObject): PyObject {
  const func = slot(info, 'func');
  const args = slot(info, 'args');
  const kwargs = slot(info, 'kwargs');
  let kw = kwargs;
  if (!truthy(kwargs)) {
    decref(kwargs);
    kw = newDict();
  }
  return newTuple([incref(obj), func, args, kw]);
}

/** finalize.__call__(self, _=None) */
function finCall(self: PyObject): PyObject {
  fin('__call__');
  const info = registryInfo(self, true);
  try {
    if (info === S.None || !truthy(info)) return incref(S.None);
    const shut = clsAttr('_shutdown');
    const down = truthy(shut);
    decref(shut);
    if (down) return incref(S.None);
    const func = slot(info, 'func');
    const args = slot(info, 'args');
    const kwargs = slot(info, 'kwargs');
    try {
      if (args.t !== T.tuple) throw new NotSimulated('calling a finalizer whose args are not a tuple', ST.line);
      const items = args.v as PyObject[];
      if (!truthy(kwargs)) return call(func, items, null, args);
      if (kwargs.t !== T.dict) throw new NotSimulated('calling a finalizer whose kwargs are not a dict', ST.line);
      const names: string[] = [];
      const vals: PyObject[] = [];
      for (const [k, v] of dictEntries(kwargs)) {
        if (k.t !== T.str) throw new NotSimulated('calling a finalizer with keywords that are not strings', ST.line);
        names.push(k.v as string);
        vals.push(v);
      }
      return call(func, [...items, ...vals], names);
    } finally {
      decref(kwargs);
      decref(args);
      decref(func);
    }
  } finally {
    decref(info);
  }
}

function finInit(self: PyObject, args: PyObject[], kw: string[] | null): void {
  if (P.minor < 9) {
    // 3.8 parses (*args, **kwargs) itself, warning about obj/func passed by keyword
    if (kw !== null && (kw.includes('obj') || kw.includes('func'))) throw new NotSimulated("finalize() with 'obj' or 'func' passed by keyword on 3.8", ST.line);
    const npos = args.length - (kw === null ? 0 : kw.length);
    if (npos < 2) throw new NotSimulated('finalize() with fewer than 2 positional arguments on 3.8', ST.line);
  }
  const b = bindPy({ name: '__init__', qualname: 'finalize.__init__', params: ['self', 'obj', 'func'], posonly: 3, ndefaults: 0, varargs: true, varkw: true }, [self, ...args], kw);
  fin('__init__');
  const obj = b.args[1] as PyObject;
  const func = b.args[2] as PyObject;
  const reg = clsAttr('_registered_with_atexit');
  const registered = truthy(reg);
  decref(reg);
  if (!registered) {
    // import atexit; atexit.register(self._exitfunc)
    R.atexit.push(exitFunc);
    setAttr(finType, '_registered_with_atexit', S.True);
  }
  const info = call(infoType, []);
  try {
    const wr = newRefOfType(T.weakref, obj, self);
    try {
      setAttr(info, 'weakref', wr);
    } finally {
      decref(wr);
    }
    setAttr(info, 'func', func);
    const argt = newTuple(b.rest.map((a) => incref(a)));
    try {
      setAttr(info, 'args', argt);
    } finally {
      decref(argt);
    }
    if (b.kw.length > 0) {
      const kwd = newDict();
      try {
        for (const [k, v] of b.kw) dictSetStr(kwd, k, v);
        setAttr(info, 'kwargs', kwd);
      } finally {
        decref(kwd);
      }
    } else setAttr(info, 'kwargs', S.None);
    setAttr(info, 'atexit', S.True);
    const idx = newInt(finIndex++);
    try {
      setAttr(info, 'index', idx);
    } finally {
      decref(idx);
    }
    const r = registry();
    try {
      setItem(r, self, info);
    } finally {
      decref(r);
    }
    setAttr(finType, '_dirty', S.True);
  } finally {
    decref(info);
  }
}

/** _select_for_exit: the live finalizers marked atexit, oldest first (owned list). */
function selectForExit(): PyObject[] {
  const reg = registry();
  try {
    const live: [PyObject, number][] = [];
    for (const [f, info] of dictEntries(reg)) {
      const ax = slot(info, 'atexit');
      const on = truthy(ax);
      decref(ax);
      if (!on) continue;
      const ix = slot(info, 'index');
      const n = Number(ix.v);
      decref(ix);
      live.push([incref(f), n]);
    }
    live.sort((a, b) => a[1] - b[1]);
    return live.map(([f]) => f);
  } finally {
    decref(reg);
  }
}

/** finalize._exitfunc, run by atexit at shutdown. */
function exitFunc(): void {
  let reenable = false;
  try {
    const reg = registry();
    const any = truthy(reg);
    decref(reg);
    if (!any) return;
    fin('_exitfunc');
    if (R.gcEnabled) {
      reenable = true;
      R.gcEnabled = false;
    }
    let pending: PyObject[] | null = null;
    try {
      for (;;) {
        const dirty = clsAttr('_dirty');
        const isDirty = truthy(dirty);
        decref(dirty);
        if (pending === null || isDirty) {
          if (pending !== null) for (const f of pending) decref(f);
          pending = selectForExit();
          setAttr(finType, '_dirty', S.False);
        }
        if (pending.length === 0) break;
        const f = pending.pop() as PyObject;
        try {
          decref(call(f, []));
        } catch (e) {
          if (e instanceof PyErr) throw new NotSimulated('an exception in a weakref.finalize callback at exit (sys.excepthook prints it)', ST.line);
          throw e;
        } finally {
          decref(f);
        }
      }
    } finally {
      if (pending !== null) for (const f of pending) decref(f);
    }
  } finally {
    setAttr(finType, '_shutdown', S.True);
    if (reenable) R.gcEnabled = true;
  }
  const reg = registry();
  const left = truthy(reg);
  decref(reg);
  if (left) {
    throw new NotSimulated('interpreter shutdown with weakref.finalize objects still registered (atexit set to False)', ST.line,
      "CPython's module teardown frees what their functions and arguments hold (the registry is a class attribute of the weakref module), which HeapLens's shutdown does not reproduce");
  }
}

/** peek(): `info = self._registry.get(self); obj = info and info.weakref(); if obj is not None:
 * return (obj, info.func, info.args, info.kwargs or {})`; detach() also needs
 * `self._registry.pop(self, None)` to be true. */
function peekOrDetach(self: PyObject, detach: boolean): PyObject {
  const info = registryInfo(self, false);
  try {
    const obj = infoReferent(info);
    try {
      if (obj === S.None) return incref(S.None);
      if (detach) {
        const popped = registryInfo(self, true);
        const ok = truthy(popped);
        decref(popped);
        if (!ok) return incref(S.None);
      }
      return infoTuple(obj, info);
    } finally {
      decref(obj);
    }
  } finally {
    decref(info);
  }
}

function finMethods(): Record<string, MethodFn> {
  const sig0 = (name: string): PySig => ({ name, qualname: `finalize.${name}`, params: ['self'], posonly: 0, ndefaults: 0 });
  const m: Record<string, MethodFn> = {
    __init__: (self, args, kw) => {
      finInit(self, args, kw);
      return incref(S.None);
    },
    __call__: (self, args, kw) => {
      bindPy({ name: '__call__', qualname: 'finalize.__call__', params: ['self', '_'], posonly: 0, ndefaults: 1 }, [self, ...args], kw);
      return finCall(self);
    },
    detach: (self, args, kw) => {
      bindPy(sig0('detach'), [self, ...args], kw);
      fin('detach');
      return peekOrDetach(self, true);
    },
    peek: (self, args, kw) => {
      bindPy(sig0('peek'), [self, ...args], kw);
      fin('peek');
      return peekOrDetach(self, false);
    },
    __repr__: (self, args, kw) => {
      bindPy(sig0('__repr__'), [self, ...args], kw);
      fin('__repr__');
      const info = registryInfo(self, false);
      try {
        const obj = infoReferent(info);
        try {
          const me = `<${(self.t.v as TypeInfo).name} object at 0x${idOf(self).toString(16)}`;
          if (obj === S.None) return newStr(`${me}; dead>`);
          const tn = pyRepr(newStr((obj.t.v as TypeInfo).name));
          try {
            return newStr(`${me}; for ${tn.v as string} at 0x${idOf(obj).toString(16)}>`);
          } finally {
            decref(tn);
          }
        } finally {
          decref(obj);
        }
      } finally {
        decref(info);
      }
    },
  };
  for (const name of ['_select_for_exit', '_exitfunc']) {
    m[name] = () => {
      throw new NotSimulated(`finalize.${name}()`, ST.line);
    };
  }
  return m;
}

/** A property whose getter (and setter) are builtins standing in for Python functions. */
function standInProperty(name: string, get: (self: PyObject) => PyObject, set: ((self: PyObject, v: PyObject) => void) | null): PyObject {
  const g = newBuiltin(name, (_s, a) => {
    if (a.length !== 1) raise(T.TypeError, `${name}() takes 1 positional argument but ${a.length} were given`);
    fin(name);
    return get(a[0]);
  }, null, 'weakref', false);
  pythonStandIns.add(g.v as object);
  const fns = [g];
  if (set !== null) {
    const s = newBuiltin(name, (_s, a) => {
      if (a.length !== 2) raise(T.TypeError, `${name}() takes 2 positional arguments but ${a.length} were given`);
      fin(name);
      set(a[0], a[1]);
      return incref(S.None);
    }, null, 'weakref', false);
    pythonStandIns.add(s.v as object);
    fns.push(s);
  }
  try {
    return call(T.property, fns);
  } finally {
    for (const f of fns) decref(f);
  }
}

function heapClassNs(name: string, qualname: string, base: PyObject, slots: string[], extra: [string, PyObject][] = []): PyObject {
  const ns = newDict();
  try {
    const put = (k: string, v: PyObject): void => {
      dictSetStr(ns, k, v);
      decref(v);
    };
    put('__module__', newStr('weakref'));
    put('__qualname__', newStr(qualname));
    put('__slots__', newTuple(slots.map((s) => newStr(s))));
    for (const [k, v] of extra) put(k, v);
    return typeNew(T.type, name, [base], ns);
  } finally {
    decref(ns);
  }
}

export function installFinalize(md: PyObject): void {
  finIndex = 0;
  infoType = heapClassNs('_Info', 'finalize._Info', T.object, ['weakref', 'func', 'args', 'kwargs', 'atexit', 'index']);
  const ms = framedMethods('weakref', 'finalize', md, finMethods());
  finType = heapClassNs('finalize', 'finalize', T.object, [], [
    ['_registry', newDict()],
    ['_shutdown', incref(S.False)],
    ['_dirty', incref(S.False)],
    ['_registered_with_atexit', incref(S.False)],
    ['_Info', infoType],
    ['alive', standInProperty('alive', (self) => {
      const reg = registry();
      try {
        return incref(pyContains(reg, self) ? S.True : S.False);
      } finally {
        decref(reg);
      }
    }, null)],
    ['atexit', standInProperty('atexit', (self) => {
      const info = registryInfo(self, false);
      try {
        if (!truthy(info)) return incref(S.False);
        return slot(info, 'atexit');
      } finally {
        decref(info);
      }
    }, (self, v) => {
      const info = registryInfo(self, false);
      try {
        if (truthy(info)) setAttr(info, 'atexit', truthy(v) ? S.True : S.False);
      } finally {
        decref(info);
      }
    })],
  ]);
  defMethods(finType, ms);
  const d = (finType.v as TypeInfo).dict;
  for (const n of Object.keys(ms)) {
    const f = dictGetStr(d, n);
    if (f !== null) pythonStandIns.add(f.v as object);
  }
  markStandInClass(finType, 'weakref.finalize', null, ['__doc__', '_index_iter'], ['alive', 'atexit', '_Info']);
  markStandInClass(infoType, 'weakref.finalize._Info', null, ['__doc__']);
  fixupSlots(finType);
  constRefsUnknown.set(finType, "CPython's finalize class is referenced by the method atexit keeps and its descriptors, which HeapLens's class does not have");
  constRefsUnknown.set(infoType, "CPython's _Info class is referenced by its slot descriptors, which HeapLens's class does not have");
  dictSetStr(md, 'finalize', finType);
  decref(finType);
}
