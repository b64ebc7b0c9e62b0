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
import { P, T, PyErr, NotSimulated, ST, decref, incref, xdecref, constRefsUnknown } from '../core';
import type { TypeInfo } from '../types';
import { newBuiltinType, isSubtype } from '../types';
import { raise } from '../exc';
import { S, call, genericGetAttr, getAttr, truthy, newBool, notImpl, str as pyStr } from '../abstract';
import { newDict, dictSetStr } from '../dict';
import { WeakrefData, newRefOfType, initWeakrefType, clearWeakrefs } from '../weakrefs';
import { bindPy } from '../pysig';
import { pythonLevelCall } from './registry';
import { newWeakrefFunction } from './weakdict';
import { markStandInClass } from '../standin';

const WHY = 'WeakMethod is Python code in CPython (Lib/weakref.py), whose frames and temporary objects HeapLens does not reproduce';

let wmType: PyObject = undefined as unknown as PyObject;

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
  ti.new = (_t, args, kw) => wmNew(args, kw);
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
  ti.call = (r, args, kw) => {
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
  ti.richcompare = (a, b, op) => {
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
  wmType = newBuiltinType('weakref.WeakMethod', T.weakref, initWeakMethodType, 'weakref');
  const ti = wmType.v as TypeInfo;
  ti.dict = newDict();
  markStandInClass(wmType, 'weakref.WeakMethod', null, ['__doc__', '__slots__', '__new__', '__call__', '__eq__', '__ne__', '__sizeof__']);
  // its count holds the references of its descriptors and MRO, which HeapLens's type does not
  constRefsUnknown.set(wmType, "CPython's WeakMethod is a Python class whose slot descriptors and MRO hold references to it that HeapLens's type does not have");
  dictSetStr(md, 'WeakMethod', wmType);
  decref(wmType);
}
