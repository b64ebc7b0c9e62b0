// types.UnionType (3.10+, Objects/unionobject.c): what `|` between classes makes — `int | None`,
// `list[int] | str`, above all in the annotations of typed code, which CPython evaluates when a
// `def`, a class body or an annotated assignment runs. Simulated per version:
// - `_Py_union_type_or`, the nb_or slot of type, types.GenericAlias and types.UnionType (one
//   function, so binary_op1 tries it once): both operands must be None, a class, a GenericAlias or
//   a union, else NotImplemented (`int | "str"` is the TypeError). 3.10 packs the two operands in
//   a 2-tuple and `make_union` flattens nested unions into a new tuple (None becomes NoneType),
//   copies the distinct items into a third tuple of the flattened length (GenericAlias items by
//   `==`, the rest by identity), drops the flattened one and resizes the third
//   (`_PyTuple_Resize`); one item left is the result itself (`int | int` is int). 3.11+ merge the
//   operands' items directly: the tuple is made at the first item of the right operand not in
//   the left one, sized for the rest, and resized; no new item returns the left operand itself
//   (`(int | str) | int is` the same union).
// - the object: 48 bytes (the GC header, the object header, args and parameters), tracked, no
//   weak references; `__args__`, `__parameters__` (made on first use, as `_Py_make_parameters`
//   makes it, and kept), `__module__` (the type's), its repr (`int | None`, `list[int] | None`,
//   a class as module.qualname), `==`/`!=` (two sets of the arguments compared), hash (a frozenset
//   of them), and isinstance()/issubclass() against it: 3.10 through its own __instancecheck__/
//   __subclasscheck__ (a TypeError if a GenericAlias is among the arguments), 3.11+ through the
//   argument tuple as if it were a tuple of classes.
// Subscripting a union (type variables substituted) and the method wrappers of its type stop.
import { PyObject, F_GC, F_RUNTIME } from './object';
import { P, T, ST, incref, decref, NotSimulated, allocBlock, freeBlock, gcAllocHook, gcCountFree, gcTrack, gcUntrack, constRefsUnknown, makeStatic, tmPeakInexact } from './core';
import { isType, type TypeInfo, type Hash, type CompareOp, Py_EQ, Py_NE } from './types';
import { S, hash, richCompare, richCompareBool, getAttr, getAttrOpt, genericGetAttr, attributeError } from './abstract';
import { newStr } from './str';
import { newTuple, newTupleSlots, tupleResize } from './tuple';
import { newSet, newFrozenSetFrom, setUpdateImpl } from './set';
import { newModuleType } from './modules/array';
import { defMethods, oneArg } from './methods';
import { raise } from './exc';
import { registerCallKinds } from './recursion';
import { isGenericAlias, reprItem } from './genericalias';
import { objectIsInstanceOf, objectIsSubclassOf } from './builtins';

/** The union's fields (unionobject). */
class UnionData {
  constructor(
    /** the argument tuple (owned) */
    public args: PyObject,
    /** __parameters__, made on first use (NULL until then) */
    public params: PyObject | null,
  ) {}
}

/** sizeof(unionobject) — the object header, args, parameters — plus the GC header. */
const UNION_BYTES = 16 + 32;

const WHY = 'HeapLens simulates making, printing, comparing and hashing types.UnionType objects (int | None) and isinstance()/issubclass() against them, not the rest of their behaviour';

let unionType: PyObject | null = null;

function stop(what: string, why = WHY): never {
  throw new NotSimulated(what, ST.line, why);
}

export function isUnion(o: PyObject): boolean {
  return unionType !== null && o.t === unionType;
}

/** _Py_union_args: the argument tuple (borrowed). */
export function unionArgs(o: PyObject): PyObject {
  return (o.v as UnionData).args;
}

function items(t: PyObject): PyObject[] {
  return t.v as PyObject[];
}

/** is_unionable (3.12's TypeAliasType comes from `type` statements, which HeapLens does not run). */
function isUnionable(o: PyObject): boolean {
  return o === S.None || isType(o) || isGenericAlias(o) || isUnion(o);
}

/** Whether two items are one argument: GenericAliases by `==`, anything else by identity. */
function isSame(a: PyObject, b: PyObject): boolean {
  return isGenericAlias(a) && isGenericAlias(b) ? richCompareBool(a, b, Py_EQ) : a === b;
}

/** PyObject_GC_New + the fields + _PyObject_GC_TRACK; `args` is stolen. */
function newUnion(args: PyObject): PyObject {
  const o = new PyObject(unionType as PyObject, null, null, F_GC);
  try {
    allocBlock(o, UNION_BYTES);
    gcAllocHook();
  } catch (e) {
    decref(args);
    throw e;
  }
  o.v = new UnionData(args, null);
  gcTrack(o);
  return o;
}

/** _Py_union_type_or(self, other): the nb_or slot. */
export function unionOr(a: PyObject, b: PyObject): PyObject {
  if (!isUnionable(a) || !isUnionable(b)) return incref(S.NotImplemented);
  return P.minor === 10 ? or310(a, b) : or311(a, b);
}

/** 3.10: PyTuple_Pack(2, self, other), make_union of it, the pair dropped. */
function or310(a: PyObject, b: PyObject): PyObject {
  const pair = newTuple([incref(a), incref(b)]);
  try {
    return makeUnion310(pair);
  } finally {
    decref(pair);
  }
}

/** 3.10's make_union: dedup_and_flatten_args, then the one item or a new union. */
function makeUnion310(args: PyObject): PyObject {
  // flatten_args: the nested unions' items in place, None as NoneType
  const flat: PyObject[] = [];
  for (const x of items(args)) {
    if (isUnion(x)) for (const y of items(unionArgs(x))) flat.push(incref(y));
    else flat.push(incref(x === S.None ? T.NoneType : x));
  }
  const flattened = newTuple(flat);
  let out: PyObject;
  try {
    out = newTupleSlots(flat.length);
  } catch (e) {
    decref(flattened);
    throw e;
  }
  let added = 0;
  try {
    for (const x of flat) {
      let dup = false;
      for (let j = 0; j < added && !dup; j++) dup = isSame(x, items(out)[j]);
      if (!dup) setSlot(out, added++, incref(x));
    }
  } catch (e) {
    decref(out);
    decref(flattened);
    throw e;
  }
  decref(flattened);
  out = tupleResize(out, added);
  if (items(out).length === 1) {
    const r = incref(items(out)[0]);
    decref(out);
    return r;
  }
  return newUnion(out);
}

/** Slot `i` of a tuple from newTupleSlots (still its placeholder) set to `x` (stolen). */
function setSlot(t: PyObject, i: number, x: PyObject): void {
  const slots = items(t);
  const old = slots[i];
  slots[i] = x;
  // (the placeholder's reference is newTupleSlots's raw one)
  old.rc--;
}

/** 3.11+: get_types of both operands, merge, make_union of the merged tuple (which it keeps). */
function or311(a0: PyObject, b0: PyObject): PyObject {
  const a = a0 === S.None ? T.NoneType : a0;
  const b = b0 === S.None ? T.NoneType : b0;
  const items1 = isUnion(a) ? items(unionArgs(a)) : [a];
  const items2 = isUnion(b) ? items(unionArgs(b)) : [b];
  let merged: PyObject | null = null;
  let pos = 0;
  try {
    for (let i = 0; i < items2.length; i++) {
      const arg = items2[i];
      if (items1.some((x) => isSame(x, arg))) continue;
      if (merged === null) {
        merged = newTupleSlots(items1.length + items2.length - i);
        for (; pos < items1.length; pos++) setSlot(merged, pos, incref(items1[pos]));
      }
      setSlot(merged, pos++, incref(arg));
    }
  } catch (e) {
    if (merged !== null) decref(merged);
    throw e;
  }
  if (merged === null) return incref(a);
  merged = tupleResize(merged, pos);
  const u = newUnion(incref(merged));
  decref(merged);
  return u;
}

// ---------------------------------------------------------------- parameters

/** _Py_make_parameters(args) for arguments without type variables: a tuple of their number,
 * resized to none (3.10: a tuple of length 0 of its own; 3.11+: the () singleton). Classes are
 * skipped; for the other arguments 3.11+ look `__typing_subst__` up first, then every version
 * `__parameters__` — a GenericAlias or union argument makes its own then. Type variables stop.
 * Shared with types.GenericAlias. */
export function makeParameters(args: PyObject, what: string): PyObject {
  const xs = items(args);
  for (const t of xs) {
    if (!isType(t) && !isGenericAlias(t) && !isUnion(t)) stop(`__parameters__ of ${what} with an argument that is not a class, a types.GenericAlias or a union`);
  }
  // (the lookups on an alias or union argument — 3.11+ forward __typing_subst__ to the alias's
  // origin, whose AttributeError is made and cleared — peak higher in CPython than here)
  if (xs.some((t) => !isType(t))) tmPeakInexact(`__parameters__ of ${what} with an alias or union among its arguments`);
  const params = newTupleSlots(xs.length);
  try {
    for (const t of xs) {
      // (classes are skipped: 3.10.13 has this 3.11 change too)
      if (isType(t)) continue;
      if (P.minor >= 11) {
        const subst = getAttrOpt(t, '__typing_subst__');
        if (subst !== null) {
          decref(subst);
          stop(`__parameters__ of ${what} with a type variable among its arguments`);
        }
      }
      const sub = getAttrOpt(t, '__parameters__');
      if (sub === null) continue;
      const n = sub.t === T.tuple ? items(sub).length : 0;
      decref(sub);
      if (n > 0) stop(`__parameters__ of ${what} with type variables among its arguments' parameters`);
    }
  } catch (e) {
    decref(params);
    throw e;
  }
  return tupleResize(params, 0);
}

// ---------------------------------------------------------------- the type

/** union_repr: the items joined by ' | ' (NoneType as None). */
function unionRepr(o: PyObject): PyObject {
  // (3.11's lookups of __origin__ on a class peak higher in CPython than here)
  if (P.minor === 11) tmPeakInexact('the repr of a types.UnionType on 3.11');
  const s = items(unionArgs(o)).map((p) => (p === T.NoneType ? 'None' : reprItem(p))).join(' | ');
  return newStr(s);
}

/** The names of the type's dict CPython has and HeapLens answers no other way (slot wrappers). */
const TYPE_DICT = ['__doc__', '__eq__', '__ge__', '__getattribute__', '__getitem__', '__gt__', '__hash__', '__le__', '__lt__', '__ne__', '__or__', '__repr__', '__ror__'];

/** A PySet_New of the argument tuple (union_richcompare's operands). */
function argSet(o: PyObject): PyObject {
  const s = newSet();
  try {
    setUpdateImpl(s, unionArgs(o));
  } catch (e) {
    decref(s);
    throw e;
  }
  return s;
}

function initUnionType(ti: TypeInfo): void {
  ti.gc = true;
  ti.hasWeakref = false;
  ti.basetype = false;
  ti.basicsize = () => UNION_BYTES - 16;
  ti.new = null;
  ti.dealloc = (o) => {
    gcUntrack(o);
    const d = o.v as UnionData;
    o.v = null;
    decref(d.args);
    if (d.params !== null) decref(d.params);
    freeBlock(o, UNION_BYTES);
    gcCountFree();
  };
  ti.traverse = (o, visit) => {
    const d = o.v as UnionData | null;
    if (d === null) return;
    visit(d.args);
    if (d.params !== null) visit(d.params);
  };
  ti.repr = unionRepr;
  // union_hash: the hash of a frozenset of the arguments
  ti.hash = (o): Hash => {
    const fs = newFrozenSetFrom(unionArgs(o));
    try {
      return hash(fs);
    } finally {
      decref(fs);
    }
  };
  // union_richcompare: == and != of two unions compare sets of their arguments
  ti.richcompare = (a, b, op: CompareOp) => {
    if (!isUnion(b) || (op !== Py_EQ && op !== Py_NE)) return incref(S.NotImplemented);
    const sa = argSet(a);
    let sb: PyObject;
    try {
      sb = argSet(b);
    } catch (e) {
      decref(sa);
      throw e;
    }
    try {
      return richCompare(sa, sb, op);
    } finally {
      decref(sb);
      decref(sa);
    }
  };
  // union_getattro: __module__ is the type's; the rest the generic lookup (members __args__,
  // the getset __parameters__, 3.10's methods)
  ti.getattr = (o, name) => {
    const d = o.v as UnionData;
    if (name === '__module__') return getAttr(o.t, name);
    if (name === '__args__') return incref(d.args);
    if (name === '__parameters__') {
      if (d.params === null) d.params = makeParameters(d.args, 'a types.UnionType');
      return incref(d.params);
    }
    if (TYPE_DICT.includes(name)) stop(`the attribute ${name} of a types.UnionType`);
    const r = genericGetAttr(o, name);
    if (r === null) attributeError(o, name);
    return r;
  };
  ti.getitem = () => stop('subscripting a types.UnionType ((int | str)[...])');
  ti.nb = { ...ti.nb, or: unionOr };
}

/** 3.10's union_instancecheck / union_subclasscheck. */
function check(self: PyObject, x: PyObject, sub: boolean): PyObject {
  const args = items(unionArgs(self));
  if (sub && !isType(x)) raise(T.TypeError, 'issubclass() arg 1 must be a class');
  if (args.some(isGenericAlias)) raise(T.TypeError, `${sub ? 'issubclass' : 'isinstance'}() argument 2 cannot contain a parameterized generic`);
  for (const arg of args) {
    if (!isType(arg)) continue;
    if (sub ? objectIsSubclassOf(x, arg) : objectIsInstanceOf(x, arg)) return incref(S.True);
  }
  return incref(S.False);
}

/** At start-up (3.10+): the static type. */
export function initUnion(): void {
  unionType = null;
  if (P.minor < 10) return;
  const t = newModuleType('types.UnionType', 'types', initUnionType);
  t.f |= F_RUNTIME;
  // (a static type: its count is start-up's references up to 3.11, immortal from 3.12)
  if (P.immortalRefcnt !== null) makeStatic(t, 0);
  else constRefsUnknown.set(t, "types.UnionType is a static type whose count is the references start-up's objects hold");
  if (P.minor === 10) {
    defMethods(t, {
      __instancecheck__: (self, a, kw) => check(self, oneArg('__instancecheck__', a, kw), false),
      __subclasscheck__: (self, a, kw) => check(self, oneArg('__subclasscheck__', a, kw), true),
    });
    registerCallKinds('types.UnionType', { o: '__instancecheck__ __subclasscheck__' });
  }
  unionType = t;
}

/** The type (3.10+), for the types module. */
export function unionTypeObject(): PyObject | null {
  return unionType;
}
