// Dunder methods and data attributes of builtin types as Python-visible descriptors
// (Objects/typeobject.c slotdefs/add_operators, Objects/descrobject.c getset descriptors):
// `object.__init__`, `int.__add__`, `list.__getitem__`, `(3j).imag`, `x.real` ...
import { PyObject, F_RUNTIME, F_GC } from './object';
import { P, T, PyErr, tmInexact, tmPeakInexact, lazyIdentifier, decref, incref, NotSimulated, ST, freeBlock, gcUntrack, gcCountFree, allocBlock, gcAllocHook, gcTrack } from './core';
import { stopIfSizeUnknown, type BuiltinData } from './func';
import type { TypeInfo, BinSlot, UnSlot } from './types';
import { isSubtype, typeName, isType, Py_EQ, Py_NE } from './types';
import { raise, ExcData } from './exc';
import { S, newBool, notImpl, richCompare, index as pyIndex, genericGetAttr, hash as pyHash, repr as pyRepr, str as pyStr, len as pyLen, getIter, idOf, identityHash, callHooks, makeTpCall, attributeError, truthy, ssizeArg, call as pyCall, getAttr, typeLookup } from './abstract';
import { dictGetStr, dictSetStr, newDict } from './dict';
import { newStr, identifier } from './str';
import { newInt, newFloat, newComplex, intDigits, floatRepr, floatToInt, intRound, floatRound, intPowMod, type IntVal, newIntSsize, newIntAllocated } from './numbers';
import { floatFromHex } from './floathex';
import { newTuple } from './tuple';
import { fromFormat } from './uwriter';
import { defMethods, defClassMethods, oneArg, noArgs, noKw, parseArgs, MethodDescr, guardStandIn, type MethodFn } from './methods';
import { newBytes, pyBytesFromObject } from './bytes';
import { intHash, normHash } from './hash';
import { genNextRaise } from './gen';
import { defReadonlyMembers, isValueSolid, solidSubtypeInstance, descrRepr, assignClass } from './classes';
import { addServedAttrDescriptors } from './builtinattrs';
import { typeParserInit } from './kwparsers';

export class GetSet {
  /** d_name of a getset made for a class (`__dict__`, `__weakref__`); null for builtin types'. */
  nameObj: PyObject | null = null;
  /** d_qualname, made by the first read of __qualname__. */
  qualname: PyObject | null = null;
  constructor(public name: string, public get: (o: PyObject) => PyObject, public set: ((o: PyObject, v: PyObject | null) => void) | null, public owner: PyObject) {}
}

export function defGetters(type: PyObject, getters: Record<string, (o: PyObject) => PyObject>): void {
  const ti = type.v as TypeInfo;
  for (const name of Object.keys(getters)) {
    const d = new PyObject(T.getset_descriptor, new GetSet(name, getters[name], null, type), null, 1 | F_RUNTIME);
    dictSetStr(ti.dict, name, d);
    d.rc--;
  }
}

function initGetSetType(): void {
  const ti = T.getset_descriptor.v as TypeInfo;
  // descr_dealloc / descr_traverse: the getsets a class statement makes hold their class
  ti.gc = true;
  ti.basicsize = () => 48;
  ti.dealloc = (d) => {
    gcUntrack(d);
    const gs = d.v as GetSet;
    d.v = null;
    decref(gs.owner);
    if (gs.nameObj !== null) decref(gs.nameObj);
    if (gs.qualname !== null) decref(gs.qualname);
    freeBlock(d, 64);
    gcCountFree();
  };
  ti.traverse = (d, visit) => {
    const gs = d.v as GetSet | null;
    if (gs !== null) visit(gs.owner);
  };
  ti.descrGet = (d, obj) => {
    // getset_get: only a missing instance (class access) returns the descriptor; None has attributes too
    if (obj === null) return incref(d);
    const gs = d.v as GetSet;
    return gs.get(obj);
  };
  ti.descrSet = (d, obj, v) => {
    const gs = d.v as GetSet;
    if (gs.set === null) raise(T.AttributeError, P.minor >= 11
      ? `attribute '${gs.name}' of '${(gs.owner.v as TypeInfo).name}' objects is not writable`
      : `attribute '${gs.name}' of '${(gs.owner.v as TypeInfo).name}' objects is not writable`);
    gs.set(obj, v);
  };
  ti.repr = (d) => {
    const gs = d.v as GetSet;
    return descrRepr('<attribute \'%U\' of \'%s\' objects>', gs.name, gs.owner);
  };
}

// ---------------------------------------------------------------- slot wrappers and method-wrappers

/** Slot wrappers (PyWrapperDescrObject, `<slot wrapper '__add__' of 'int' objects>`) in a builtin
 * type's dict: `fn` gets the instance and the arguments after it. */
export function defSlotWrappers(type: PyObject, defs: Record<string, MethodFn>): void {
  const ti = type.v as TypeInfo;
  for (const name of Object.keys(defs)) {
    const d = new PyObject(T.wrapper_descriptor, new MethodDescr(name, defs[name], type), null, 1 | F_RUNTIME);
    dictSetStr(ti.dict, name, d);
    d.rc--;
  }
}

/** descr_get_qualname: "type.name", made on first use and kept by the descriptor (d_qualname):
 * calculate_qualname gets the type's __qualname__ (3.8/3.10 by a _Py_IDENTIFIER) and formats
 * "%S.%S" with the descriptor's name. */
const QUALNAMES = new WeakMap<MethodDescr, PyObject>();
function descrQualname(md: MethodDescr): PyObject {
  let q = QUALNAMES.get(md);
  if (q === undefined) {
    lazyIdentifier('__qualname__', 'calculate_qualname');
    const tq = getAttr(md.owner, '__qualname__');
    const n = identifier(md.name);
    try {
      q = fromFormat('%S.%S', [tq, n]);
    } finally {
      decref(n);
      decref(tq);
    }
    QUALNAMES.set(md, q);
  }
  return incref(q);
}

/** The attributes PyDescr_COMMON types (method_descriptor, wrapper_descriptor) and method-wrapper
 * share (descr_members/descr_getset, wrapper_members/wrapper_getsets). `__getattribute__` is each
 * type's own slot wrapper up to 3.12, which the simulator does not give them. */
function descrAttr(md: MethodDescr, o: PyObject, name: string): PyObject | null {
  guardStandIn(md, `${(md.owner.v as TypeInfo).qualname}.${md.name}`, name, ['__name__', '__qualname__']);
  switch (name) {
    // (d_name: the interned name the descriptor was made with)
    case '__name__': return identifier(md.name);
    case '__qualname__': return descrQualname(md);
    case '__objclass__': return incref(md.owner);
    case '__getattribute__':
      if (P.minor <= 12) throw new NotSimulated(`${typeName(o)}.__getattribute__`, ST.line);
  }
  return null;
}

/** PyWrapper_New: a method-wrapper binding slot wrapper `d` to `self` (both borrowed; it takes
 * its own references). GC-tracked, 32 bytes + the GC head. */
function newMethodWrapper(d: PyObject, self: PyObject): PyObject {
  d.rc++;
  self.rc++;
  const o = new PyObject(T.method_wrapper, d, self, F_GC);
  allocBlock(o, 48);
  gcAllocHook();
  gcTrack(o);
  return o;
}

function initWrapperTypes(): void {
  const wd = T.wrapper_descriptor.v as TypeInfo;
  wd.gc = true;
  wd.basicsize = () => 56;
  wd.new = null;
  wd.basetype = false;
  // wrapperdescr_get: from an instance a method-wrapper; from the class (obj NULL) itself
  wd.descrGet = (d, obj, type) => {
    if (obj === null) return incref(d);
    const md = d.v as MethodDescr;
    if (obj.t !== md.owner && !isSubtype(obj.t, md.owner)) {
      raise(T.TypeError, `descriptor '${md.name}' for '${(md.owner.v as TypeInfo).name}' objects doesn't apply to a '${typeName(obj)}' object`);
    }
    void type;
    return newMethodWrapper(d, obj);
  };
  // wrapperdescr_call: no vectorcall, so the arguments come as a tuple; the instance is split off
  // with PyTuple_GetSlice (a new tuple when arguments follow it)
  wd.call = (d, args, kw) => {
    const md = d.v as MethodDescr;
    const owner = (md.owner.v as TypeInfo).name;
    const nkw = kw === null ? 0 : kw.length;
    if (args.length - nkw < 1) raise(T.TypeError, `descriptor '${md.name}' of '${owner}' object needs an argument`);
    const self = args[0];
    if (self.t !== md.owner && !isSubtype(self.t, md.owner)) {
      raise(T.TypeError, `descriptor '${md.name}' requires a '${owner}' object but received a '${typeName(self)}'`);
    }
    const rest = args.slice(1);
    const npos = rest.length - nkw;
    const slice = npos > 0 ? callHooks.tuple(rest.slice(0, npos)) : null;
    // the slice is the argument tuple the slot function gets (wrap_init passes it to tp_init,
    // which BaseException_init keeps as `args`)
    const prevTuple = makeTpCall.tuple, prevArgs = makeTpCall.args;
    makeTpCall.tuple = slice;
    makeTpCall.args = rest;
    try {
      return md.fn(self, rest, kw);
    } catch (e) {
      // 3.8-3.11 make the exception a C function sets only when it is normalised, after this
      // call's argument tuple went back to the free list, which its own args may then reuse
      if (e instanceof PyErr && P.minor <= 11 && e.exc.v instanceof ExcData && (e.exc.v.args.v as PyObject[]).length > 0) {
        tmInexact(`an exception with arguments raised through the slot wrapper ${md.name} (made when normalised, after the call's argument tuple is freed)`);
      }
      throw e;
    } finally {
      makeTpCall.tuple = prevTuple;
      makeTpCall.args = prevArgs;
      if (slice !== null) decref(slice);
    }
  };
  wd.repr = (d) => {
    const md = d.v as MethodDescr;
    return descrRepr('<slot wrapper \'%U\' of \'%s\' objects>', md.name, md.owner);
  };
  wd.getattr = (d, name) => descrAttr(d.v as MethodDescr, d, name) ?? genericGetAttr(d, name);
  const mdt = T.method_descriptor.v as TypeInfo;
  mdt.gc = true;
  mdt.basicsize = () => 56;
  mdt.new = null;
  mdt.basetype = false;
  mdt.getattr = (d, name) => descrAttr(d.v as MethodDescr, d, name) ?? genericGetAttr(d, name);
  const cmdt = T.classmethod_descriptor.v as TypeInfo;
  cmdt.getattr = (d, name) => {
    const md = d.v as MethodDescr;
    guardStandIn(md, `${(md.owner.v as TypeInfo).qualname}.${md.name}`, name, ['__name__']);
    return genericGetAttr(d, name);
  };

  const mw = T.method_wrapper.v as TypeInfo;
  mw.gc = true;
  mw.basicsize = () => 32;
  mw.basetype = false;
  mw.new = null;
  mw.dealloc = (o) => {
    gcUntrack(o);
    const d = o.v as PyObject, self = o.d as PyObject;
    o.v = o.d = null;
    decref(d);
    decref(self);
    freeBlock(o, 48);
    gcCountFree();
  };
  mw.traverse = (o, visit) => {
    if (o.v !== null) visit(o.v as PyObject);
    if (o.d !== null) visit(o.d as PyObject);
  };
  // wrapper_call: wrapperdescr_raw_call with the bound instance
  mw.call = (o, args, kw) => ((o.v as PyObject).v as MethodDescr).fn(o.d as PyObject, args, kw);
  mw.repr = (o) => {
    const md = (o.v as PyObject).v as MethodDescr;
    const self = o.d as PyObject;
    return newStr(`<method-wrapper '${md.name}' of ${typeName(self)} object at 0x${idOf(self).toString(16)}>`);
  };
  // wrapper_members / wrapper_getsets: entries of the type's dict, as in CPython
  const mdOf = (o: PyObject): MethodDescr => (o.v as PyObject).v as MethodDescr;
  // wrapper_members: __self__ is a READONLY member
  defReadonlyMembers(T.method_wrapper, { __self__: (o) => incref(o.d as PyObject) });
  defGetters(T.method_wrapper, {
    __objclass__: (o) => incref(mdOf(o).owner),
    __name__: (o) => newStr(mdOf(o).name),
    __qualname__: (o) => descrQualname(mdOf(o)),
  });
  mw.getattr = (o, name) => {
    if (name === '__getattribute__' && P.minor <= 12) throw new NotSimulated('method-wrapper.__getattribute__', ST.line);
    return genericGetAttr(o, name);
  };
  // wrapper_richcompare: equal when both wrap the same descriptor and the same instance
  mw.richcompare = (a, b, op) => {
    if ((op !== Py_EQ && op !== Py_NE) || b.t !== T.method_wrapper) return notImpl();
    const eq = a.v === b.v && a.d === b.d;
    return newBool(eq === (op === Py_EQ));
  };
  // wrapper_hash: the pointer hashes of the instance and the descriptor, xored
  mw.hash = (o) => normHash(BigInt.asIntN(64, BigInt(identityHash(o.d as PyObject)) ^ BigInt(identityHash(o.v as PyObject))));
}

const BIN: [string, keyof TypeInfo['nb'], boolean][] = [
  ['__add__', 'add', false], ['__radd__', 'add', true], ['__sub__', 'sub', false], ['__rsub__', 'sub', true],
  ['__mul__', 'mul', false], ['__rmul__', 'mul', true], ['__truediv__', 'truediv', false], ['__rtruediv__', 'truediv', true],
  ['__floordiv__', 'floordiv', false], ['__rfloordiv__', 'floordiv', true], ['__mod__', 'mod', false], ['__rmod__', 'mod', true],
  ['__divmod__', 'divmod', false], ['__rdivmod__', 'divmod', true],
  ['__pow__', 'pow', false], ['__rpow__', 'pow', true], ['__lshift__', 'lshift', false], ['__rshift__', 'rshift', false],
  ['__and__', 'and', false], ['__rand__', 'and', true], ['__or__', 'or', false], ['__ror__', 'or', true],
  ['__xor__', 'xor', false], ['__rxor__', 'xor', true],
];
const UN: [string, keyof TypeInfo['nb']][] = [['__neg__', 'neg'], ['__pos__', 'pos'], ['__abs__', 'abs'], ['__invert__', 'invert'], ['__index__', 'index'], ['__int__', 'int'], ['__float__', 'float']];
const CMP = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];

/** A slot wrapper's argument check (wrapper_call, check_num_args): "expected 0 arguments, got 1";
 * the wrappers that unpack with PyArg_UnpackTuple(args, "", ...) (`prefix` '') put a space first. */
export function wrapArgs(name: string, args: PyObject[], kw: string[] | null, n: number, prefix: string | null = null): void {
  if (kw !== null && kw.length > 0) raise(T.TypeError, `wrapper ${name}() takes no keyword arguments`);
  if (args.length !== n) raise(T.TypeError, `${prefix === null ? '' : prefix + ' '}expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
}

export function wrapArg(name: string, args: PyObject[], kw: string[] | null): PyObject {
  wrapArgs(name, args, kw, 1);
  return args[0];
}

/** PyNumber_AsSsize_t(o, PyExc_OverflowError) as the sequence slot wrappers use it: a
 * TypeError for a non-integer, an OverflowError beyond Py_ssize_t (here: beyond 2**53). */
export function asIndexArg(o: PyObject): PyObject {
  if (!(o.t === T.int || o.t === T.bool) && (o.t.v as TypeInfo).nb.index === undefined) {
    raise(T.TypeError, `'${typeName(o)}' object cannot be interpreted as an integer`);
  }
  const i = pyIndex(o);
  const big = typeof i.v === 'bigint';
  decref(i);
  if (big) raise(T.OverflowError, `cannot fit 'int' into an index-sized integer`);
  return o;
}

/** Slot wrappers for one builtin type: only slots it defines itself (not inherited unchanged). */
function addWrappers(type: PyObject): void {
  const ti = type.v as TypeInfo;
  const base = ti.base !== null ? (ti.base.v as TypeInfo) : null;
  const own = <K extends keyof TypeInfo>(k: K): boolean => ti[k] !== null && (base === null || ti[k] !== base[k]);
  const defs: Record<string, MethodFn> = {};
  const add = (name: string, fn: MethodFn): void => {
    if (dictGetStr(ti.dict, name) === null) defs[name] = fn;
  };
  if (own('init') && ti.init) {
    const init = ti.init;
    add('__init__', (self, args, kw) => {
      init(self, args, kw);
      S.None.rc++;
      return S.None;
    });
  }
  if (type === T.type) {
    // type_getattro / type_setattro: a metaclass's methods reach them through super()
    add('__getattribute__', (self, args, kw) => {
      const n = wrapArg('__getattribute__', args, kw);
      if (n.t !== T.str) raise(T.TypeError, `attribute name must be string, not '${typeName(n)}'`);
      const r = (ti.getattr as NonNullable<TypeInfo['getattr']>)(self, n.v as string);
      if (r === null) attributeError(self, n.v as string);
      return r;
    });
    add('__setattr__', (self, args, kw) => {
      wrapArgs('__setattr__', args, kw, 2, '');
      if (args[0].t !== T.str) raise(T.TypeError, `attribute name must be string, not '${typeName(args[0])}'`);
      (ti.setattr as NonNullable<TypeInfo['setattr']>)(self, args[0].v as string, args[1]);
      S.None.rc++;
      return S.None;
    });
    add('__delattr__', (self, args, kw) => {
      const n = wrapArg('__delattr__', args, kw);
      if (n.t !== T.str) raise(T.TypeError, `attribute name must be string, not '${typeName(n)}'`);
      (ti.setattr as NonNullable<TypeInfo['setattr']>)(self, n.v as string, null);
      S.None.rc++;
      return S.None;
    });
  }
  if (own('repr') && ti.repr) {
    const f = ti.repr;
    add('__repr__', (self, args, kw) => (wrapArgs('__repr__', args, kw, 0), f(self)));
  }
  if (own('str') && ti.str) {
    const f = ti.str;
    add('__str__', (self, args, kw) => (wrapArgs('__str__', args, kw, 0), f(self)));
  }
  if (own('hash') && ti.hash) {
    const f = ti.hash;
    add('__hash__', (self, args, kw) => (wrapArgs('__hash__', args, kw, 0), newInt(f(self))));
  } else if (ti.hash === null && (base === null || base.hash !== null || own('richcompare')) && dictGetStr(ti.dict, '__hash__') === null) {
    // An unhashable type that does not just inherit its base's unhashability: PyType_Ready puts
    // __hash__ = None in its dict (add_operators for an explicit PyObject_HashNotImplemented, the
    // "tp_hash still NULL" hack for a type with its own tp_richcompare), so list.__hash__ is
    // None. The reference to None is one the measured start-up count already holds.
    dictSetStr(ti.dict, '__hash__', S.None);
    S.None.rc--;
  }
  if (own('richcompare') && ti.richcompare) {
    const f = ti.richcompare;
    CMP.forEach((name, op) => add(name, (self, args, kw) => f(self, wrapArg(name, args, kw), op as 0 | 1 | 2 | 3 | 4 | 5)));
  }
  if (own('len') && ti.len) {
    const f = ti.len;
    add('__len__', (self, args, kw) => (wrapArgs('__len__', args, kw, 0), newInt(f(self))));
  }
  if (own('getitem') && ti.getitem) {
    const f = ti.getitem;
    // list and dict define __getitem__ as a method (METH_COEXIST), not a slot wrapper
    const meth = type === T.list || type === T.dict;
    add('__getitem__', (self, args, kw) => f(self, meth ? oneArg('__getitem__', args, kw) : wrapArg('__getitem__', args, kw)));
  }
  if (own('setitem') && ti.setitem) {
    const f = ti.setitem;
    add('__setitem__', (self, args, kw) => {
      wrapArgs('__setitem__', args, kw, 2, '');
      f(self, args[0], args[1]);
      S.None.rc++;
      return S.None;
    });
    add('__delitem__', (self, args, kw) => {
      f(self, wrapArg('__delitem__', args, kw), null);
      S.None.rc++;
      return S.None;
    });
  }
  if (own('contains') && ti.contains) {
    const f = ti.contains;
    const meth = type === T.dict || type === T.set || type === T.frozenset;
    add('__contains__', (self, args, kw) => newBool(f(self, meth ? oneArg('__contains__', args, kw) : wrapArg('__contains__', args, kw))));
  }
  if (own('iter') && ti.iter) {
    const f = ti.iter;
    add('__iter__', (self, args, kw) => (wrapArgs('__iter__', args, kw, 0), f(self)));
  }
  if (own('next') && ti.next) {
    const f = ti.next;
    add('__next__', (self, args, kw) => {
      wrapArgs('__next__', args, kw, 0);
      if (self.t === T.generator) return genNextRaise(self);
      const r = f(self);
      if (r === null) raise(T.StopIteration);
      return r;
    });
  }
  if (own('call') && ti.call) {
    const f = ti.call;
    add('__call__', (self, args, kw) => f(self, args, kw));
  }
  if (own('bool') && ti.bool) {
    const f = ti.bool;
    add('__bool__', (self, args, kw) => (wrapArgs('__bool__', args, kw, 0), newBool(f(self))));
  }
  for (const [name, slot, reflected] of BIN) {
    const f = ti.nb[slot] as BinSlot | undefined;
    if (f === undefined || (base !== null && base.nb[slot] === f)) continue;
    if (slot === 'pow') {
      // wrap_ternaryfunc(_r): PyArg_UnpackTuple(args, "", 1, 2), the modulus None by default
      add(name, (self, args, kw) => {
        if (kw !== null && kw.length > 0) raise(T.TypeError, `wrapper ${name}() takes no keyword arguments`);
        if (args.length < 1 || args.length > 2) raise(T.TypeError, ` expected ${args.length < 1 ? 'at least 1 argument' : 'at most 2 arguments'}, got ${args.length}`);
        const [x, y] = reflected ? [args[0], self] : [self, args[0]];
        if (args.length === 1 || args[1] === S.None) return f(x, y);
        return ternaryPowSlot(type, x, y, args[1]);
      });
      continue;
    }
    add(name, (self, args, kw) => {
      const o = wrapArg(name, args, kw);
      return reflected ? f(o, self) : f(self, o);
    });
  }
  for (const [name, slot] of UN) {
    const f = ti.nb[slot] as UnSlot | undefined;
    if (f === undefined || (base !== null && base.nb[slot] === f)) continue;
    add(name, (self, args, kw) => (wrapArgs(name, args, kw, 0), f(self)));
  }
  // the sequence slots (slotdefs' SQSLOTs come after the number slots: a name a number slot
  // gave stays): sq_concat and sq_inplace_concat take the operand as it is (wrap_binaryfunc),
  // sq_repeat and sq_inplace_repeat a count (wrap_indexargfunc)
  const sq: [keyof TypeInfo, string, boolean][] = [['sqConcat', '__add__', false], ['sqRepeat', '__mul__', true], ['sqRepeat', '__rmul__', true], ['sqInplaceConcat', '__iadd__', false], ['sqInplaceRepeat', '__imul__', true]];
  for (const [slot, name, count] of sq) {
    const f = ti[slot] as BinSlot | undefined;
    if (typeof f !== 'function' || (base !== null && base[slot] === f) || name in defs) continue;
    add(name, (self, args, kw) => {
      if (!count) return f(self, wrapArg(name, args, kw));
      wrapArgs(name, args, kw, 1, '');
      return f(self, asIndexArg(args[0]));
    });
  }
  // list and dict's __getitem__ and dict, set and frozenset's __contains__ are methods
  // (METH_COEXIST) that take the slot wrapper's place; the rest are slot wrappers
  const coexist: Record<string, MethodFn> = {};
  const wrappers: Record<string, MethodFn> = {};
  for (const name of Object.keys(defs)) {
    const meth = (name === '__getitem__' && (type === T.list || type === T.dict))
      || (name === '__contains__' && (type === T.dict || type === T.set || type === T.frozenset));
    (meth ? coexist : wrappers)[name] = defs[name];
  }
  defMethods(type, coexist);
  defSlotWrappers(type, wrappers);
}

/** The nb_power slot of int, float and complex called with a modulus that is not None. */
function ternaryPowSlot(type: PyObject, a: PyObject, b: PyObject, c: PyObject): PyObject {
  const isInt = (o: PyObject): boolean => o.t === T.int || o.t === T.bool || isSubtype(o.t, T.int);
  const isFloatLike = (o: PyObject): boolean => isInt(o) || o.t === T.float || isSubtype(o.t, T.float);
  if (type === T.int) {
    // long_pow: CHECK_BINOP, then a modulus that is not an int declines too
    if (!isInt(a) || !isInt(b) || !isInt(c)) return notImpl();
    return newInt(intPowMod(a.v as IntVal, b.v as IntVal, c.v as IntVal));
  }
  if (type === T.float) {
    // float_pow: CONVERT_TO_DOUBLE of both (NotImplemented for anything else), then the refusal
    if (!isFloatLike(a) || !isFloatLike(b)) return notImpl();
    if (isInt(a)) intToFloatChecked(a);
    if (isInt(b)) intToFloatChecked(b);
    raise(T.TypeError, 'pow() 3rd argument not allowed unless all arguments are integers');
  }
  if (type === T.complex) {
    const ok = (o: PyObject): boolean => o.t === T.complex || isSubtype(o.t, T.complex) || isFloatLike(o);
    if (!ok(a) || !ok(b)) return notImpl();
    if (isInt(a)) intToFloatChecked(a);
    if (isInt(b)) intToFloatChecked(b);
    raise(T.ValueError, 'complex modulo');
  }
  throw new NotSimulated(`${(type.v as TypeInfo).name}.__pow__ with a modulus`, ST.line);
}

/** PyLong_AsDouble of an int operand (OverflowError when it does not fit a float). */
function intToFloatChecked(o: PyObject): void {
  if (!Number.isFinite(Number(o.v as IntVal))) raise(T.OverflowError, 'int too large to convert to float');
}

/** hackcheck: object.__setattr__/__delattr__ refuse an object whose type's (first non-Python)
 * tp_setattro is not PyObject_GenericSetAttr - of the simulated types, only classes (type_setattro). */
function hackcheck(self: PyObject, what: string): void {
  if (self.t === T.type || isSubtype(self.t, T.type)) raise(T.TypeError, `can't apply this ${what} to type object`);
}

function objectMethods(): void {
  const ot = T.object.v as TypeInfo;
  // object.__class__ (typeobject.c object_getsets): the type; object_set_class (classes.ts assignClass)
  const cls = new PyObject(T.getset_descriptor, new GetSet('__class__', (o) => incref(o.t), (_o, v) => {
    // object_set_class checks the value first
    if (v === null) raise(T.TypeError, "can't delete __class__ attribute");
    if (!isType(v)) raise(T.TypeError, `__class__ must be set to a class, not '${typeName(v)}' object`);
    // object_set_class: both classes must be ModuleType subclasses or classes a class statement
    // made (3.8: heap types; 3.10+: types without Py_TPFLAGS_IMMUTABLETYPE)
    const isModule = (t: PyObject): boolean => t === T.module || isSubtype(t, T.module);
    if (!(isModule(v) && isModule(_o.t)) && (!(v.v as TypeInfo).heap || !(_o.t.v as TypeInfo).heap)) {
      raise(T.TypeError, `__class__ assignment only supported for ${P.minor >= 10 ? 'mutable' : 'heap'} types or ModuleType subclasses`);
    }
    assignClass(_o, v);
  }, T.object), null, 1 | F_RUNTIME);
  dictSetStr(ot.dict, '__class__', cls);
  cls.rc--;
  defSlotWrappers(T.object, {
    __init__: (self, args, kw) => {
      (ot.init as NonNullable<TypeInfo['init']>)(self, args, kw);
      S.None.rc++;
      return S.None;
    },
    __repr__: (self, args, kw) => (wrapArgs('__repr__', args, kw, 0), (ot.repr as (o: PyObject) => PyObject)(self)),
    __str__: (self, args, kw) => (wrapArgs('__str__', args, kw, 0), pyStr(self)),
    __hash__: (self, args, kw) => (wrapArgs('__hash__', args, kw, 0), newInt((ot.hash as (o: PyObject) => number)(self))),
    __eq__: (self, args, kw) => (ot.richcompare as NonNullable<TypeInfo['richcompare']>)(self, wrapArg('__eq__', args, kw), 2),
    __ne__: (self, args, kw) => (ot.richcompare as NonNullable<TypeInfo['richcompare']>)(self, wrapArg('__ne__', args, kw), 3),
    // wrap_richcmpfunc checks its one argument before object_richcompare says NotImplemented
    __lt__: (_self, args, kw) => (wrapArg('__lt__', args, kw), notImpl()),
    __le__: (_self, args, kw) => (wrapArg('__le__', args, kw), notImpl()),
    __gt__: (_self, args, kw) => (wrapArg('__gt__', args, kw), notImpl()),
    __ge__: (_self, args, kw) => (wrapArg('__ge__', args, kw), notImpl()),
    __getattribute__: (self, args, kw) => {
      const n = wrapArg('__getattribute__', args, kw);
      if (n.t !== T.str) raise(T.TypeError, `attribute name must be string, not '${typeName(n)}'`);
      const getattr = (self.t.v as TypeInfo).heap ? heapGenericGetAttr : genericGetAttr;
      const r = getattr(self, n.v as string);
      if (r === null) raise(T.AttributeError, `'${typeName(self)}' object has no attribute '${n.v as string}'`);
      return r;
    },
    __setattr__: (self, args, kw) => {
      wrapArgs('__setattr__', args, kw, 2, '');
      hackcheck(self, '__setattr__');
      heapSetAttr(self, args[0].v as string, args[1]);
      S.None.rc++;
      return S.None;
    },
    __delattr__: (self, args, kw) => {
      const n = wrapArg('__delattr__', args, kw);
      hackcheck(self, '__delattr__');
      heapSetAttr(self, n.v as string, null);
      S.None.rc++;
      return S.None;
    },
  });
  defMethods(T.object, {
    __sizeof__: (self, args, kw) => {
      noArgs('__sizeof__', args, kw);
      // the objects whose size sys.getsizeof cannot vouch for (it stops): neither can __sizeof__
      stopIfSizeUnknown(self, true);
      return newIntSsize((self.t.v as TypeInfo).sizeof(self));
    },
    __format__: (self, args, kw) => {
      const spec = oneArg('__format__', args, kw);
      // object___format___impl (Argument Clinic: a str spec; only the empty one is accepted)
      if (spec.t !== T.str && !isSubtype(spec.t, T.str)) raise(T.TypeError, `__format__() argument must be str, not ${spec === S.None ? 'None' : typeName(spec)}`);
      if ((spec.v as string) !== '') raise(T.TypeError, `unsupported format string passed to ${typeName(self)}.__format__`);
      return pyStr(self);
    },
    __dir__: (self, args, kw) => {
      noArgs('__dir__', args, kw);
      return newTuple([]);
    },
  });
  defClassMethods(T.object, {
    // METH_CLASS | METH_NOARGS: the vectorcall checks keywords first, then the count; from 3.10
    // the message names the method by its qualified name (the class it is bound to)
    __init_subclass__: (cls, args, kw) => {
      const fname = P.minor >= 10 ? `${(cls.v as TypeInfo).qualname}.__init_subclass__` : '__init_subclass__';
      if (kw && kw.length > 0) raise(T.TypeError, `${fname}() takes no keyword arguments`);
      if (args.length > 0) raise(T.TypeError, `${fname}() takes no arguments (${args.length} given)`);
      S.None.rc++;
      return S.None;
    },
    __subclasshook__: () => notImpl(),
  });
  // type.__prepare__(name, bases, **kwds): METH_FASTCALL | METH_KEYWORDS | METH_CLASS, takes
  // anything and returns a new empty dict
  defClassMethods(T.type, {
    __prepare__: () => newDict(),
  });
  // object.__new__ / X.__new__: static methods taking the class first (tp_new_wrapper, a
  // METH_VARARGS | METH_KEYWORDS builtin: called through a tuple, which it slices)
  const newDescr = (type: PyObject): void => {
    const ti = type.v as TypeInfo;
    if (ti.new === null || dictGetStr(ti.dict, '__new__') !== null) return;
    const fn = builtinFunctionHook.make('__new__', (_self, args, kw) => {
      // (the type's tp_new as it is now: some are installed after the descriptors)
      const f = ti.new as NonNullable<TypeInfo['new']>;
      if (args.length === 0) raise(T.TypeError, `${ti.name}.__new__(): not enough arguments`);
      const sub = args[0];
      if (!isType(sub)) raise(T.TypeError, `${ti.name}.__new__(X): X is not a type object (${typeName(sub)})`);
      const sn = (sub.v as TypeInfo).name;
      if (!isSubtype(sub, type) && sub !== type) raise(T.TypeError, `${ti.name}.__new__(${sn}): ${sn} is not a subtype of ${ti.name}`);
      // the most derived base whose tp_new is not slot_tp_new must have this very tp_new
      let staticbase: PyObject | null = sub;
      while (staticbase !== null && hasSlotNew(staticbase)) staticbase = (staticbase.v as TypeInfo).base;
      if (staticbase !== null && inheritedNew(staticbase) !== f) {
        raise(T.TypeError, `${ti.name}.__new__(${sn}) is not safe, use ${(staticbase.v as TypeInfo).name}.__new__()`);
      }
      // PyTuple_GetSlice(args, 1, n): the positional arguments after the class, as the tuple
      // tp_new gets (the keywords stay in their dict)
      const rest = args.slice(1);
      // long_subtype_new and its kin: the value built by the base type, copied into the subclass
      if (sub !== type && (sub.v as TypeInfo).heap && isValueSolid(type)) return solidSubtypeInstance(sub, f(type, rest, kw));
      const npos = rest.length - (kw === null ? 0 : kw.length);
      const slice = newTuple(rest.slice(0, npos).map((x) => incref(x)));
      const prevTuple = makeTpCall.tuple, prevArgs = makeTpCall.args;
      makeTpCall.tuple = slice;
      makeTpCall.args = rest;
      // keywords reach the argument parser of a tp_new that parses them (a type without a tp_init
      // of its own): its first use makes the keyword tuple, as a call of the type does
      if (kw !== null && kw.length > 0 && ti.init === (T.object.v as TypeInfo).init) typeParserInit(type, true);
      try {
        return f(sub, rest, kw);
      } finally {
        makeTpCall.tuple = prevTuple;
        makeTpCall.args = prevArgs;
        decref(slice);
      }
    }, true);
    // (tp_new_wrapper's PyCFunction is bound to its type, m_self: `<built-in method __new__ of
    // type object at ...>`; the type is static, its count not simulated one by one)
    (fn.v as BuiltinData).self = type;
    const sm = new PyObject(T.staticmethod, fn, null, 1 | F_RUNTIME);
    dictSetStr(ti.dict, '__new__', sm);
    sm.rc--;
  };
  for (const name of Object.keys(T)) {
    const t = T[name];
    // (CPython's ExceptionGroup is a heap type whose dict has no __new__: it inherits BaseExceptionGroup's)
    if (t && t.t === T.type && !(t.v as TypeInfo).heap && !(P.minor >= 11 && t === T.ExceptionGroup)) newDescr(t);
  }
}

export const builtinFunctionHook = {
  make: (_name: string, _fn: (self: PyObject | null, args: PyObject[], kw: string[] | null) => PyObject, _varargs?: boolean): PyObject => { throw new Error('unbound'); },
};

/** A heap type whose tp_new is slot_tp_new: a class of its MRO, before the first builtin one,
 * defines __new__. */
function hasSlotNew(t: PyObject): boolean {
  const ti = t.v as TypeInfo;
  if (!ti.heap) return false;
  for (const c of ti.mro) {
    const ci = c.v as TypeInfo;
    if (!ci.heap) return false;
    if (dictGetStr(ci.dict, '__new__') !== null) return true;
  }
  return false;
}

/** The builtin tp_new a type without slot_tp_new has (a heap type inherits its base's). */
function inheritedNew(t: PyObject): TypeInfo['new'] {
  let x: PyObject | null = t;
  while (x !== null && (x.v as TypeInfo).heap) x = (x.v as TypeInfo).base;
  return x === null ? null : (x.v as TypeInfo).new;
}
let heapGenericGetAttr: (o: PyObject, name: string) => PyObject | null = genericGetAttr;
let heapSetAttr: (o: PyObject, name: string, v: PyObject | null) => void = () => {};
export function setHeapAttrHooks(get: typeof heapGenericGetAttr, set: typeof heapSetAttr): void {
  heapGenericGetAttr = get;
  heapSetAttr = set;
}

// ---------------------------------------------------------------- numbers' attributes

function intV(o: PyObject): IntVal {
  return o.v as IntVal;
}

function numberAttributes(): void {
  defGetters(T.int, {
    // long_long_meth: the object itself when it is an exact int, else a copy
    real: (o) => intSelf(o),
    imag: () => newInt(0),
    numerator: (o) => intSelf(o),
    denominator: () => newInt(1),
  });
  const bitLength = (v: IntVal): number => {
    const b = typeof v === 'number' ? Math.abs(v) : v < 0n ? -v : v;
    return b === 0 || b === 0n ? 0 : b.toString(2).length;
  };
  const intMethods: Record<string, MethodFn> = {
    bit_length: (self, args, kw) => (noArgs('bit_length', args, kw), newInt(bitLength(intV(self)))),
    conjugate: (self, args, kw) => (noArgs('conjugate', args, kw), intSelf(self)),
    as_integer_ratio: (self, args, kw) => (noArgs('as_integer_ratio', args, kw), newTuple([intSelf(self), newInt(1)])),
    is_integer: (self, args, kw) => (noArgs('is_integer', args, kw), newBool(true)),
    __sizeof__: (self, args, kw) => (noArgs('__sizeof__', args, kw), newIntSsize((self.t.v as TypeInfo).sizeof(self))),
    __format__: (self, args, kw) => formatHook.method(self, oneArg('__format__', args, kw)),
    __getnewargs__: (self, args, kw) => (noArgs('__getnewargs__', args, kw), newTuple([newInt(intV(self))])),
    to_bytes: (self, args, kw) => {
      const [lengthO, orderO, signedO] = parseArgs('to_bytes', args, kw, ['length', 'byteorder', 'signed'], P.minor >= 11 ? 0 : 2, 2);
      // length: Py_ssize_t (the 'n' converter), byteorder: str, signed: bool ('p': any truth value)
      const lengthV = lengthO === null ? 1 : ssizeArg(lengthO);
      const order = byteOrder('to_bytes', orderO);
      if (lengthV < 0) raise(T.ValueError, 'length argument must be non-negative');
      const signed = signedO !== null && truthy(signedO);
      if (typeof lengthV === 'bigint' || lengthV > 1e9) throw new NotSimulated(`int.to_bytes() of ${lengthV} bytes`, ST.line, 'CPython would allocate that many bytes');
      const length = lengthV;
      let v = BigInt(intV(self));
      if (v < 0n && !signed) raise(T.OverflowError, "can't convert negative int to unsigned");
      // signed: -2**(8n-1) <= v < 2**(8n-1), unsigned: v < 2**(8n)
      const lim = 1n << BigInt(8 * length);
      // (with no bytes at all, _PyLong_AsByteArray lets 0 and -1 through as b'')
      const fits = !signed ? v < lim : length === 0 ? v === 0n || v === -1n : v >= -(lim >> 1n) && v < lim >> 1n;
      if (!fits) raise(T.OverflowError, 'int too big to convert');
      if (v < 0n) v += lim;
      let out = '';
      for (let i = 0; i < length; i++) {
        out = String.fromCharCode(Number(v & 255n)) + out;
        v >>= 8n;
      }
      if (order === 'little') out = out.split('').reverse().join('');
      return newBytes(out);
    },
  };
  // int.__trunc__/__floor__/__ceil__ are long_long: an exact int returns itself, a subclass
  // (bool included) a plain int of its value
  const longLong = (name: string): MethodFn => (self, args, kw) => {
    noArgs(name, args, kw);
    if (self.t === T.int) {
      self.rc++;
      return self;
    }
    return newInt(intV(self));
  };
  // int.__round__: METH_VARARGS with "|O" on 3.8, Argument Clinic (0 or 1 argument) after
  intMethods.__round__ = (self, args, kw) => {
    if (P.minor < 10) {
      noKw('__round__', kw, true);
      if (args.length > 1) raise(T.TypeError, `function takes at most 1 argument (${args.length} given)`);
    } else {
      noKw('__round__', kw);
      if (args.length > 1) raise(T.TypeError, `__round__ expected at most 1 argument, got ${args.length}`);
    }
    return intRound(self, args.length === 0 ? null : args[0]);
  };
  intMethods.__trunc__ = longLong('__trunc__');
  intMethods.__floor__ = longLong('__floor__');
  intMethods.__ceil__ = longLong('__ceil__');
  if (P.minor < 12) delete intMethods.is_integer;
  if (P.minor >= 10) {
    intMethods.bit_count = (self, args, kw) => {
      noArgs('bit_count', args, kw);
      const v = intV(self);
      const b = typeof v === 'number' ? BigInt(Math.abs(v)) : v < 0n ? -v : v;
      return newInt(b.toString(2).split('').filter((c) => c === '1').length);
    };
  }
  defMethods(T.int, intMethods);
  /** _PyLong_FromByteArray of the big-endian bytes `s` (value `v`): no bytes give the cached 0;
   * otherwise _PyLong_New of the digits the significant bytes need (leading 0x00 bytes, or 0xff
   * bytes of a negative number, less one, do not count), normalised — and from 3.11 swapped for a
   * cached small int (maybe_small_long); 3.8/3.10 return the new object even for 0 or 1. */
  const longFromByteArray = (s: string, negative: boolean, v: bigint): PyObject => {
    if (s.length === 0) return newInt(0);
    const insignificant = negative ? 0xff : 0;
    let i = 0;
    while (i < s.length && s.charCodeAt(i) === insignificant) i++;
    let significant = s.length - i;
    if (negative && significant < s.length) significant++;
    const ndigits = Math.floor((significant * 8 + 29) / 30);
    const val: IntVal = v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
    if (P.minor >= 11) return newIntAllocated(val, ndigits);
    const o = new PyObject(T.int, val, null, 0);
    allocBlock(o, 24 + 4 * ndigits);
    return o;
  };
  defClassMethods(T.int, {
    from_bytes: (cls, args, kw) => {
      const [bytesO, orderO, signedO] = parseArgs('from_bytes', args, kw, ['bytes', 'byteorder', 'signed'], P.minor >= 11 ? 1 : 2, 2);
      // PyObject_Bytes: bytes, or an iterable of ints; a str or a plain number is refused
      const src = bytesO as PyObject;
      if ([T.str, T.int, T.bool, T.float, T.complex, T.NoneType].includes(src.t)) raise(T.TypeError, `cannot convert '${typeName(src)}' object to bytes`);
      // PyObject_Bytes: the argument itself if it is a bytes; its __bytes__() if it has one (a
      // Python one is not simulated here; 3.11+ bytes.__bytes__ of a subclass instance through a
      // bound method HeapLens does not make); else PyBytes_FromObject, a new bytes object
      if (src.t !== T.bytes && typeLookup(src.t, '__bytes__') !== null) {
        if (!isSubtype(src.t, T.bytes)) throw new NotSimulated(`int.from_bytes() of an object with __bytes__ (${typeName(src)})`, ST.line);
        tmPeakInexact('int.from_bytes() of a bytes subclass instance (bytes.__bytes__ through a bound method)');
      }
      const bo = pyBytesFromObject(src);
      let r: PyObject;
      try {
        let s = bo.v as string;
        if (byteOrder('from_bytes', orderO) === 'little') s = s.split('').reverse().join('');
        const signed = signedO !== null && truthy(signedO);
        let v = 0n;
        for (let i = 0; i < s.length; i++) v = (v << 8n) | BigInt(s.charCodeAt(i));
        const negative = signed && s.length > 0 && (s.charCodeAt(0) & 0x80) !== 0;
        if (negative) v -= 1n << BigInt(8 * s.length);
        r = longFromByteArray(s, negative, v);
      } finally {
        decref(bo);
      }
      // int_from_bytes_impl: a subclass (bool included) gets type(result)
      if (cls === T.int) return r;
      try {
        return pyCall(cls, [r]);
      } finally {
        decref(r);
      }
    },
  });
  defGetters(T.float, {
    // float_getreal is float_float: the object itself when it is an exact float
    real: (o) => floatSelf(o),
    imag: () => newFloat(0),
  });
  const floatToIntBy = (name: string, f: (x: number) => number): MethodFn => (self, args, kw) => {
    noArgs(name, args, kw);
    return floatToInt(f(self.v as number));
  };
  // float.__floor__/__ceil__ exist from 3.9
  if (P.minor >= 10) {
    defMethods(T.float, {
      __floor__: floatToIntBy('__floor__', Math.floor),
      __ceil__: floatToIntBy('__ceil__', Math.ceil),
    });
  }
  defClassMethods(T.float, {
    // float_fromhex (METH_O): exactly a str; a subclass gets type(result)
    fromhex: (cls, args, kw) => {
      const a = oneArg('fromhex', args, kw);
      if (a.t !== T.str && !isSubtype(a.t, T.str)) raise(T.TypeError, 'bad argument type for built-in operation');
      const text = a.v as string;
      if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text)) throw new NotSimulated('float.fromhex() of a str with a lone surrogate', ST.line);
      const r = newFloat(floatFromHex(text));
      if (cls === T.float) return r;
      try {
        return pyCall(cls, [r]);
      } finally {
        decref(r);
      }
    },
    // float___getformat___impl: 'double' or 'float', both IEEE little-endian here
    __getformat__: (_cls, args, kw) => {
      const a = oneArg('__getformat__', args, kw);
      if (a.t !== T.str && !isSubtype(a.t, T.str)) raise(T.TypeError, `__getformat__() argument must be str, not ${typeName(a)}`);
      const v = a.v as string;
      if (v.includes('\0')) raise(T.ValueError, 'embedded null character');
      if (v !== 'double' && v !== 'float') raise(T.ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
      return newStr('IEEE, little-endian');
    },
  });
  defMethods(T.float, {
    // float.__round__ (Argument Clinic, ndigits defaults to None)
    __round__: (self, args, kw) => {
      noKw('__round__', kw);
      if (args.length > 1) raise(T.TypeError, `__round__ expected at most 1 argument, got ${args.length}`);
      return floatRound(self.v as number, args.length === 0 ? S.None : args[0]);
    },
    __trunc__: floatToIntBy('__trunc__', Math.trunc),
    is_integer: (self, args, kw) => (noArgs('is_integer', args, kw), newBool(Number.isInteger(self.v as number))),
    conjugate: (self, args, kw) => (noArgs('conjugate', args, kw), floatSelf(self)),
    __format__: (self, args, kw) => formatHook.method(self, oneArg('__format__', args, kw)),
    __getnewargs__: (self, args, kw) => (noArgs('__getnewargs__', args, kw), newTuple([newFloat(self.v as number)])),
    hex: (self, args, kw) => {
      noArgs('hex', args, kw);
      return newStr(floatHex(self.v as number));
    },
    as_integer_ratio: (self, args, kw) => {
      noArgs('as_integer_ratio', args, kw);
      const x = self.v as number;
      if (!Number.isFinite(x)) raise(x !== x ? T.ValueError : T.OverflowError, x !== x ? 'cannot convert NaN to integer ratio' : 'cannot convert Infinity to integer ratio');
      let m = x;
      let d = 1n;
      while (!Number.isInteger(m)) {
        m *= 2;
        d *= 2n;
      }
      let n = BigInt(m);
      const g = gcd(n < 0n ? -n : n, d);
      n /= g;
      d /= g;
      return newTuple([newInt(n), newInt(d)]);
    },
  });
  // complex_members: T_DOUBLE, READONLY
  defReadonlyMembers(T.complex, {
    real: (o) => newFloat(o.v as number),
    imag: (o) => newFloat(o.d as number),
  });
  defMethods(T.complex, {
    conjugate: (self, args, kw) => (noArgs('conjugate', args, kw), newComplex(self.v as number, -(self.d as number))),
    __format__: (self, args, kw) => formatHook.method(self, oneArg('__format__', args, kw)),
  });
  void intDigits;
  void intHash;
  void floatRepr;
}

/** int.to_bytes / int.from_bytes byteorder ('big' when omitted, 3.11+). */
function byteOrder(fn: string, o: PyObject | null): string {
  if (o === null) return 'big';
  if (o.t !== T.str) raise(T.TypeError, `${fn}() argument 'byteorder' must be str, not ${typeName(o)}`);
  const v = o.v as string;
  if (v !== 'big' && v !== 'little') raise(T.ValueError, "byteorder must be either 'little' or 'big'");
  return v;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function floatHex(x: number): string {
  if (x !== x) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0x0.0p+0' : '0x0.0p+0';
  const neg = x < 0;
  let m = Math.abs(x);
  let e = 0;
  while (m >= 2) { m /= 2; e++; }
  while (m < 1 && e > -1022) { m *= 2; e--; }
  const lead = Math.floor(m);
  let frac = m - lead;
  // float_hex always writes all 13 fraction digits: (1.0).hex() is '0x1.0000000000000p+0'
  let hex = '';
  for (let i = 0; i < 13; i++) {
    frac *= 16;
    const d = Math.floor(frac);
    hex += d.toString(16);
    frac -= d;
  }
  return `${neg ? '-' : ''}0x${lead}.${hex}p${e >= 0 ? '+' : ''}${e}`;
}

export const formatHook = {
  method: (_o: PyObject, _spec: PyObject): PyObject => { throw new Error('unbound'); },
};

/** Run after every builtin type's slots are set. */
export function addBuiltinDescriptors(): void {
  initGetSetType();
  initWrapperTypes();
  objectMethods();
  numberAttributes();
  addServedAttrDescriptors();
  for (const name of Object.keys(T)) {
    const t = T[name];
    if (!t || t.t !== T.type || t === T.object) continue;
    const ti = t.v as TypeInfo;
    if (ti.heap) continue;
    addWrappers(t);
  }
  void pyHash;
  void pyRepr;
  void pyLen;
  void getIter;
  void richCompare;
  void isSubtype;
  void decref;
}

/** long_long: an exact int itself (new reference), a subclass instance's value as an exact int. */
function intSelf(o: PyObject): PyObject {
  if (o.t === T.int) { o.rc++; return o; }
  return newInt(intV(o));
}

/** float_float: an exact float itself (new reference), a subclass instance's value as an exact float. */
function floatSelf(o: PyObject): PyObject {
  if (o.t === T.float) { o.rc++; return o; }
  return newFloat(o.v as number);
}
