// The descriptors behind attributes that builtin types serve from their own getattr
// (`slice.start`, `property.fget`, `gen.gi_code`, `len.__name__`, ...), as CPython's type dicts
// hold them: a READONLY PyMemberDef (assigning or deleting: AttributeError "readonly attribute"),
// a PyGetSetDef without a setter ("attribute 'x' of 'T' objects is not writable") or with one
// (cell.cell_contents, a generator's __name__). The types' getattr keeps answering reads; these
// descriptors decide assignment and deletion through PyObject_GenericSetAttr, and are what the
// class attribute gives (`slice.start` is `<member 'start' of 'slice' objects>`).
import { PyObject, F_RUNTIME } from './object';
import { P, T, ST, NotSimulated, decref, incref, xdecref } from './core';
import { getAttr } from './abstract';
import type { TypeInfo } from './types';
import { isSubtype, typeName } from './types';
import { raise } from './exc';
import { dictGetStr, dictSetStr } from './dict';
import { defReadonlyMembers, defMembers } from './classes';
import { GetSet } from './slotwrappers';
import { MethodDescr } from './methods';
import { newStr, identifier } from './str';
import { GenData } from './gen';
import { PropertyData, SuperData } from './classes';
import { S } from './abstract';
import { WeakrefData } from './weakrefs';

type Kind = 'member' | 'getset';
type Getter = (o: PyObject) => PyObject;

/** The type's own getattr, as a descriptor's getter: only for names that getattr answers before
 * it falls back to the type dict (else the descriptor would call itself). */
function served(type: PyObject, name: string): Getter {
  const ti = type.v as TypeInfo;
  return (o) => {
    const r = (ti.getattr as NonNullable<TypeInfo['getattr']>)(o, name);
    if (r === null) raise(T.AttributeError, `'${typeName(o)}' object has no attribute '${name}'`);
    return r;
  };
}

/** A getter for a value HeapLens does not have (a builtin's docstring, its text signature). */
function unknown(what: string): Getter {
  return () => {
    throw new NotSimulated(what, ST.line);
  };
}

function define(type: PyObject, kinds: Record<string, Kind>, getters: Record<string, Getter> = {}): void {
  const ti = type.v as TypeInfo;
  for (const [name, kind] of Object.entries(kinds)) {
    if (dictGetStr(ti.dict, name) !== null) continue;
    const get = getters[name] ?? served(type, name);
    if (kind === 'member') defReadonlyMembers(type, { [name]: get });
    else defGetSet(type, name, get, null);
  }
}

function defGetSet(type: PyObject, name: string, get: (o: PyObject) => PyObject, set: ((o: PyObject, v: PyObject | null) => void) | null): void {
  const d = new PyObject(T.getset_descriptor, new GetSet(name, get, set, type), null, 1 | F_RUNTIME);
  dictSetStr((type.v as TypeInfo).dict, name, d);
  d.rc--;
}

export function addServedAttrDescriptors(): void {
  const m = P.minor;
  const members = (...names: string[]): Record<string, Kind> => Object.fromEntries(names.map((n) => [n, 'member' as Kind]));
  const getsets = (...names: string[]): Record<string, Kind> => Object.fromEntries(names.map((n) => [n, 'getset' as Kind]));

  // sliceobject.c slice_members / rangeobject.c range_members
  define(T.slice, members('start', 'stop', 'step'));
  define(T.range, members('start', 'stop', 'step'));
  // descrobject.c property_members: fget/fset/fdel READONLY, __doc__ a plain T_OBJECT member
  define(T.property, members('fget', 'fset', 'fdel'));
  defMembers(T.property, {
    __doc__: {
      kind: 'object',
      get: (o) => (o.v as PropertyData).doc,
      set: (o, v) => {
        const pd = o.v as PropertyData;
        const old = pd.doc;
        pd.doc = v === null ? null : incref(v);
        xdecref(old);
      },
    },
  });
  // codeobject.c code_memberlist: READONLY members
  define(T.code, members('co_name', 'co_filename', 'co_firstlineno', 'co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_nlocals', 'co_stacksize', 'co_flags', ...(m >= 11 ? ['co_qualname'] : [])));
  // cellobject.c cell_getsetlist: cell_contents, settable and deletable (an empty cell)
  defGetSet(T.cell, 'cell_contents', served(T.cell, 'cell_contents'), (o, v) => {
    const old = o.v as PyObject | null;
    o.v = v === null ? null : incref(v);
    xdecref(old);
  });
  // genobject.c: gi_running/gi_code/gi_frame were READONLY members until they became getsets
  // (gi_running 3.10, gi_frame 3.11, gi_code 3.12); __name__ and __qualname__ take a str
  define(T.generator, {
    gi_running: m >= 10 ? 'getset' : 'member',
    gi_frame: m >= 11 ? 'getset' : 'member',
    gi_code: m >= 12 ? 'getset' : 'member',
    gi_yieldfrom: 'getset',
    ...(m >= 11 ? { gi_suspended: 'getset' as Kind } : {}),
  });
  for (const which of ['__name__', '__qualname__'] as const) {
    defGetSet(T.generator, which, served(T.generator, which), (o, v) => {
      if (v === null || !isSubtype(v.t, T.str)) raise(T.TypeError, `${which} must be set to a string object`);
      const gd = o.v as GenData;
      const key = which === '__name__' ? 'name' : 'qualname';
      const old = gd[key];
      gd[key] = incref(v);
      decref(old);
    });
  }
  // classobject.c method_memberlist / method_getset (method_get_doc: the function's __doc__)
  define(T.method, { ...members('__self__', '__func__'), ...getsets('__doc__') }, { __doc__: (o) => getAttr(o.v as PyObject, '__doc__') });
  // methodobject.c meth_getsets
  define(T.builtin_function, getsets('__name__', '__self__', '__qualname__', '__doc__', '__text_signature__'), {
    __qualname__: unknown('builtin_function_or_method.__qualname__'),
    __doc__: unknown("a builtin function's docstring"),
    __text_signature__: unknown("a builtin function's __text_signature__"),
  });
  // descrobject.c descr_members / method_getset / member_getset / getset_getset / wrapperdescr_getset
  const docs = { __doc__: unknown("a builtin method's docstring"), __text_signature__: unknown("a builtin method's __text_signature__") };
  for (const t of [T.method_descriptor, T.classmethod_descriptor, T.wrapper_descriptor]) {
    define(t, { ...members('__objclass__', '__name__'), ...getsets('__qualname__', '__doc__', '__text_signature__') }, t === T.classmethod_descriptor ? { ...docs, __objclass__: (o) => incref((o.v as MethodDescr).owner), __name__: (o) => identifier((o.v as MethodDescr).name), __qualname__: unknown('classmethod_descriptor.__qualname__') } : docs);
  }
  define(T.member_descriptor, { ...members('__objclass__', '__name__'), ...getsets('__qualname__', '__doc__') });
  // getset_descriptor (descr_members, getset_getset): d_name is interned (a class's __dict__ and
  // __weakref__ getsets keep the name object they were made with); __qualname__ is computed once
  // and cached in d_qualname
  define(T.getset_descriptor, { ...members('__objclass__', '__name__'), ...getsets('__qualname__', '__doc__') }, {
    __objclass__: (o) => incref((o.v as GetSet).owner),
    __name__: (o) => {
      const gs = o.v as GetSet;
      return gs.nameObj !== null ? incref(gs.nameObj) : identifier(gs.name);
    },
    __qualname__: (o) => {
      const gs = o.v as GetSet;
      if (gs.qualname === null) {
        const q = getAttr(gs.owner, '__qualname__');
        gs.qualname = newStr(`${q.v as string}.${gs.name}`);
        decref(q);
      }
      return incref(gs.qualname);
    },
    __doc__: unknown("a getset descriptor's docstring"),
  });
  // typeobject.c super_members: READONLY
  defReadonlyMembers(T.super, {
    __thisclass__: (o) => incref((o.v as SuperData).type),
    __self__: (o) => incref((o.v as SuperData).obj ?? S.None),
    __self_class__: (o) => incref((o.v as SuperData).objType ?? S.None),
  });
  // weakrefobject.c weakref_members: __callback__ READONLY
  defReadonlyMembers(T.weakref, { __callback__: (o) => incref((o.v as WeakrefData).callback ?? S.None) });
  // funcobject.c sm_memberlist / cm_memberlist
  for (const t of [T.staticmethod, T.classmethod]) define(t, members('__func__', ...(m >= 10 ? ['__wrapped__'] : [])), { __wrapped__: (o) => incref(o.v as PyObject) });
}
