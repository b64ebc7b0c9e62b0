// Structural pattern matching (PEP 634): the bodies of the opcodes a `match` statement compiles
// to (Python/ceval.c match_class / match_keys, 3.12+ bytecodes.c) with CPython's allocations,
// lookups and messages per version. Arguments are borrowed; results are new references.
import { PyObject } from './object';
import { P, R, T, PyErr, decref, tmInexact } from './core';
import { TypeInfo, isType, typeName } from './types';
import {
  S, getAttr, getAttrOpt, call, typeLookup, genericGetAttr, instanceDictOf, reprJs, len as pyLen,
} from './abstract';
import { raise } from './exc';
import { newTuple, tupleFrom, EMPTY_TUPLE } from './tuple';
import { newList, listAppend } from './list';
import { newSet, setAdd, setContains } from './set';
import { newDict, dictGetStr } from './dict';
import { dictMerge } from './dictmethods';
import { delItem } from './abstract';
import { newInt } from './numbers';
import { instanceGetAttr } from './classes';
import { objectIsInstanceOf } from './builtins';

/** Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING / _Py_TPFLAGS_MATCH_SELF, in TypeInfo.matchFlags. */
export const MATCH_SEQUENCE = 1;
export const MATCH_MAPPING = 2;
export const MATCH_SELF = 4;
export const MATCH_COLLECTION = MATCH_SEQUENCE | MATCH_MAPPING;

/** The builtin types' flags (Objects/*.c tp_flags); array.array and deque set theirs in their
 * modules. */
export function initMatchFlags(): void {
  const set = (name: string, flags: number): void => {
    (T[name].v as TypeInfo).matchFlags |= flags;
  };
  for (const n of ['list', 'tuple']) set(n, MATCH_SEQUENCE | MATCH_SELF);
  set('range', MATCH_SEQUENCE);
  set('dict', MATCH_MAPPING | MATCH_SELF);
  set('mappingproxy', MATCH_MAPPING);
  for (const n of ['bool', 'bytearray', 'bytes', 'float', 'frozenset', 'int', 'set', 'str']) set(n, MATCH_SELF);
}

/** type_ready_inherit for a class statement: _Py_TPFLAGS_MATCH_SELF comes from the best base
 * (inherit_special), the collection flag from the first class of the MRO that has one
 * (inherit_patma_flags). */
export function inheritMatchFlags(ti: TypeInfo): void {
  let flags = ti.base !== null ? (ti.base.v as TypeInfo).matchFlags & MATCH_SELF : 0;
  for (let i = 1; i < ti.mro.length; i++) {
    const c = (ti.mro[i].v as TypeInfo).matchFlags & MATCH_COLLECTION;
    if (c !== 0) {
      flags |= c;
      break;
    }
  }
  ti.matchFlags = flags;
}

/** MATCH_SEQUENCE */
export function matchSequence(o: PyObject): boolean {
  return ((o.t.v as TypeInfo).matchFlags & MATCH_SEQUENCE) !== 0;
}

/** MATCH_MAPPING */
export function matchMapping(o: PyObject): boolean {
  return ((o.t.v as TypeInfo).matchFlags & MATCH_MAPPING) !== 0;
}

/** GET_LEN: len(TOS) as a new int. */
export function getLen(o: PyObject): PyObject {
  return newInt(pyLen(o));
}

/** match_class_attr: the attribute, or null (no match) when looking it up raised AttributeError. */
function matchClassAttr(subject: PyObject, type: PyObject, name: PyObject, seen: PyObject): PyObject | null {
  if (setContains(seen, name) || !setAdd(seen, name)) {
    raise(T.TypeError, `${(type.v as TypeInfo).name}() got multiple sub-patterns for attribute ${reprJs(name)}`);
  }
  return getAttrOpt(subject, name.v as string);
}

/**
 * MATCH_CLASS's match_class(): a new tuple of the extracted attributes, or null when the subject
 * does not match. `kwargs` is the pattern's constant tuple of keyword attribute names.
 */
export function matchClass(subject: PyObject, type: PyObject, nargs: number, kwargs: PyObject): PyObject | null {
  if (!isType(type)) raise(T.TypeError, P.minor >= 12 ? 'called match pattern must be a class' : 'called match pattern must be a type');
  if (!objectIsInstanceOf(subject, type)) return null;
  const tname = (type.v as TypeInfo).name;
  const seen = newSet();
  const attrs = newList([]);
  let matchArgs: PyObject | null = null;
  let ok = false;
  try {
    if (nargs) {
      let matchSelf = false;
      // (3.10-3.12: PyObject_GetAttrString, a decoded name the type's attribute cache may keep
      // for as long as its slot is not reused: which depends on addresses)
      if (P.minor <= 12 && R.tm !== null) tmInexact('a class pattern with positional sub-patterns (3.10-3.12 look __match_args__ up by a decoded name the type attribute cache may keep)');
      matchArgs = getAttrOpt(type, '__match_args__');
      if (matchArgs !== null) {
        if (matchArgs.t !== T.tuple) {
          raise(T.TypeError, `${tname}.__match_args__ must be a tuple (got ${typeName(matchArgs)})`);
        }
      } else {
        // _Py_TPFLAGS_MATCH_SELF only counts when the type does not define __match_args__
        matchArgs = EMPTY_TUPLE();
        matchArgs.rc++;
        matchSelf = ((type.v as TypeInfo).matchFlags & MATCH_SELF) !== 0;
      }
      const allowed = matchSelf ? 1 : (matchArgs.v as PyObject[]).length;
      if (allowed < nargs) {
        raise(T.TypeError, `${tname}() accepts ${allowed} positional sub-pattern${allowed === 1 ? '' : 's'} (${nargs} given)`);
      }
      if (matchSelf) {
        listAppend(attrs, subject);
      } else {
        const names = matchArgs.v as PyObject[];
        for (let i = 0; i < nargs; i++) {
          const name = names[i];
          if (name.t !== T.str) raise(T.TypeError, `__match_args__ elements must be strings (got ${typeName(name)})`);
          const attr = matchClassAttr(subject, type, name, seen);
          if (attr === null) return null;
          listAppend(attrs, attr);
          decref(attr);
        }
      }
      const m = matchArgs;
      matchArgs = null;
      decref(m);
    }
    for (const name of kwargs.v as PyObject[]) {
      const attr = matchClassAttr(subject, type, name, seen);
      if (attr === null) return null;
      listAppend(attrs, attr);
      decref(attr);
    }
    ok = true;
  } finally {
    if (!ok) {
      // fail: (no match, or an error)
      if (matchArgs !== null) decref(matchArgs);
      decref(seen);
      decref(attrs);
    }
  }
  // Py_SETREF(attrs, PyList_AsTuple(attrs)); Py_DECREF(seen)
  const r = tupleFrom((attrs.v as PyObject[]).slice());
  decref(attrs);
  decref(seen);
  return r;
}

/**
 * _PyObject_GetMethod(obj, name): a function or method descriptor found on the type is returned
 * unbound (found = true) unless the instance dict shadows it; anything else is the attribute.
 */
function getMethod(obj: PyObject, name: string): [PyObject, boolean] {
  const ga = (obj.t.v as TypeInfo).getattr;
  if (ga === null || ga === genericGetAttr || ga === instanceGetAttr) {
    const descr = typeLookup(obj.t, name);
    if (descr !== null && (descr.t === T.function || descr.t === T.method_descriptor)) {
      const dict = instanceDictOf(obj);
      if (dict === null || dictGetStr(dict, name) === null) {
        descr.rc++;
        return [descr, true];
      }
    }
  }
  return [getAttr(obj, name), false];
}

/**
 * MATCH_KEYS's match_keys(): a new tuple of the values of `keys` (a tuple) in the subject, or
 * None when one is missing. Each value is fetched with map.get(key, dummy) (a fresh object());
 * 3.10 gets a bound `get` and collects the values in a list, 3.11+ call the method unbound and
 * fill a tuple allocated up front.
 */
export function matchKeys(map: PyObject, keys: PyObject): PyObject {
  const ks = keys.v as PyObject[];
  const nkeys = ks.length;
  if (nkeys === 0) {
    const e = EMPTY_TUPLE();
    e.rc++;
    return e;
  }
  let get: PyObject | null = null;
  let seen: PyObject | null = null;
  let dummy: PyObject | null = null;
  let values: PyObject | null = null;
  let methFound = false;
  try {
    if (P.minor >= 11) [get, methFound] = getMethod(map, 'get');
    else get = getAttr(map, 'get');
    seen = newSet();
    dummy = call(T.object, [], null);
    let items: PyObject[] = [];
    if (P.minor >= 11) {
      // PyTuple_New(nkeys): the slots are filled as the values come (None stands for NULL)
      for (let i = 0; i < nkeys; i++) {
        S.None.rc++;
        items.push(S.None);
      }
      values = newTuple(items);
      items = values.v as PyObject[];
    } else {
      values = newList([]);
    }
    for (let i = 0; i < nkeys; i++) {
      const key = ks[i];
      if (setContains(seen, key) || !setAdd(seen, key)) {
        raise(T.ValueError, `mapping pattern checks duplicate key (${reprJs(key)})`);
      }
      const value: PyObject = methFound ? call(get, [map, key, dummy], null) : call(get, [key, dummy], null);
      if (value === dummy) {
        decref(value);
        const v = values;
        values = null;
        decref(v);
        S.None.rc++;
        return S.None;
      }
      if (P.minor >= 11) {
        items[i] = value;
        S.None.rc--;
      } else {
        listAppend(values, value);
        decref(value);
      }
    }
    if (P.minor >= 11) {
      const r = values;
      values = null;
      return r;
    }
    const r = tupleFrom((values.v as PyObject[]).slice());
    const l = values;
    values = null;
    decref(l);
    return r;
  } finally {
    if (get !== null) decref(get);
    if (seen !== null) decref(seen);
    if (dummy !== null) decref(dummy);
    if (values !== null) decref(values);
  }
}

/** 3.10 COPY_DICT_WITHOUT_KEYS: rest = dict(subject) (PyDict_Update), then del rest[key] for each key. */
export function copyDictWithoutKeys(subject: PyObject, keys: PyObject): PyObject {
  const rest = newDict();
  try {
    dictMerge(rest, subject, true);
    for (const k of keys.v as PyObject[]) delItem(rest, k);
  } catch (e) {
    decref(rest);
    throw e;
  }
  return rest;
}

export { PyErr };
