// What exception objects do (Objects/exceptions.c): str and repr per type, the attributes as
// CPython's descriptors — getsets `args`, `__traceback__`, `__context__`, `__cause__`,
// `__dict__`; members `__suppress_context__`, StopIteration.value, SystemExit.code,
// ImportError.msg/name/path, NameError.name and AttributeError.name/obj (3.10+), OSError's
// errno/strerror/filename/filename2, SyntaxError's fields — each type's __init__ with the
// keyword arguments it takes, and the methods with_traceback, add_note (3.11+), __reduce__,
// __setstate__. Instances keep a __dict__ (created on the first store).
import { PyObject } from './object';
import { P, T, PyErr, NotSimulated, ST, decref, incref, xdecref } from './core';
import { TypeInfo, isSubtype, typeName, isType } from './types';
import { ExcData, argsTuple, type ExcMember, EMPTY_TUPLE, excNew, excNewWithTuple } from './exc';
import { tmPeakInexact, referentsUnknown } from './core';
import { builtinMethodOf, releaseBuiltinMethod } from './classes';
import { truthy } from './abstract';
import { sequenceList } from './listmethods';
import { raise, raiseAttrName, osErrorParsed } from './exc';
import { fromFormat, type FormatArg } from './uwriter';
import { S, genericGetAttr, getAttrOpt, setAttr, str as pyStr, repr as pyRepr, reprJs, typeLookup, indexJs, call } from './abstract';
import { newBytes } from './bytes';
import { newDict, dictGetStr, dictSetStr, dictDelStr, dictEntries } from './dict';
import { newStr } from './str';
import { newTuple } from './tuple';
import { newList, listAppend } from './list';
import { newSet, setAdd } from './set';
import { newInt } from './numbers';
import { sequenceTuple } from './listmethods';
import { defMethods, parseArgs, oneArg, noArgs, type MethodFn } from './methods';
import { defMembers, defReadonlyMembers, type BuiltinMember } from './classes';
import { GetSet } from './slotwrappers';
import { F_RUNTIME } from './object';
import { registerCallKinds } from './recursion';

/** Exceptions whose message (and so args, str, repr) holds something that depends on the
 * installation — an ImportError naming a module's file — with the reason: reading it stops. */
const installationText = new WeakMap<PyObject, string>();

export function markInstallationText(e: PyObject, why: string): void {
  installationText.set(e, why);
}

function guardInstallationText(e: PyObject, what: string): void {
  const why = installationText.get(e);
  if (why !== undefined) throw new NotSimulated(`${what} of this ${typeName(e)}`, ST.line, why);
}

type Init = NonNullable<TypeInfo['init']>;

const ed = (o: PyObject): ExcData => o.v as ExcData;
const npos = (args: PyObject[], kw: string[] | null | undefined): number => args.length - (kw ? kw.length : 0);

/** Replaces `args` with the call's positional arguments (BaseException_init's Py_XSETREF). */
function setArgs(self: PyObject, args: PyObject[], n: number): void {
  const d = ed(self);
  const t = argsTuple(args, n);
  const old = d.args;
  d.args = t;
  decref(old);
}

/** BaseException_init: no keyword arguments (`_PyArg_NoKeywords` with the type's tp_name). */
const baseInit: Init = (self, args, kw) => {
  if (kw && kw.length > 0) raise(T.TypeError, `${(self.t.v as TypeInfo).name}() takes no keyword arguments`);
  setArgs(self, args, args.length);
};

/** BaseException_init(self, args, NULL) then PyArg_ParseTupleAndKeywords(empty_tuple, kwds,
 * "|$O…:fname", names): the keyword-only arguments by name (null where not given). */
function initWithKeywords(self: PyObject, args: PyObject[], kw: string[] | null | undefined, fname: string, names: string[]): (PyObject | null)[] {
  const n = npos(args, kw);
  setArgs(self, args, n);
  if (!kw || kw.length === 0) return names.map(() => null);
  return parseArgs(fname, args.slice(n), kw, names, 0, 0, { legacyKwMessage: false });
}

const stopInit: Init = (self, args, kw) => {
  baseInit(self, args, kw);
  ed(self).set('value', args.length > 0 ? args[0] : S.None);
};

const exitInit: Init = (self, args, kw) => {
  baseInit(self, args, kw);
  const d = ed(self);
  if (args.length === 0) return;
  d.set('code', args.length === 1 ? args[0] : d.args);
};

const importInit: Init = (self, args, kw) => {
  const names = P.minor >= 12 ? ['name', 'path', 'name_from'] : ['name', 'path'];
  const got = initWithKeywords(self, args, kw, 'ImportError', names);
  const d = ed(self);
  d.set('name', got[0]);
  d.set('path', got[1]);
  if (P.minor >= 12) d.set('name_from', got[2]);
  const n = npos(args, kw);
  d.set('msg', n === 1 ? args[0] : null);
};

const nameInit: Init = (self, args, kw) => {
  const got = initWithKeywords(self, args, kw, 'NameError', ['name']);
  ed(self).set('name', got[0]);
};

const attrInit: Init = (self, args, kw) => {
  const got = initWithKeywords(self, args, kw, 'AttributeError', ['name', 'obj']);
  ed(self).set('name', got[0]);
  ed(self).set('obj', got[1]);
};

const syntaxInit: Init = (self, args, kw) => {
  baseInit(self, args, kw);
  const d = ed(self);
  if (args.length >= 1) d.set('msg', args[0]);
  if (args.length !== 2) return;
  const info = sequenceTuple(args[1]);
  try {
    const items = info.v as PyObject[];
    const n = items.length;
    if (P.minor < 10) {
      if (n !== 4) raise(T.TypeError, `function takes exactly 4 arguments (${n} given)`);
    } else if (n < 4) raise(T.TypeError, `function takes at least 4 arguments (${n} given)`);
    else if (n > 6) raise(T.TypeError, `function takes at most 6 arguments (${n} given)`);
    d.set('filename', items[0]);
    d.set('lineno', items[1]);
    d.set('offset', items[2]);
    d.set('text', items[3]);
    if (P.minor >= 10) {
      d.set('end_lineno', items[4] ?? null);
      d.set('end_offset', items[5] ?? null);
      if (n === 5) raise(T.TypeError, 'end_offset must be provided when end_lineno is provided');
    }
  } finally {
    decref(info);
  }
};

/** PyArg_ParseTuple's 'n' (Py_ssize_t): 3.8 refuses a float before __index__. */
function ssizeArg(o: PyObject): number {
  if (P.minor < 10 && (o.t === T.float || isSubtype(o.t, T.float))) raise(T.TypeError, 'integer argument expected, got float');
  return indexJs(o);
}

/** UnicodeEncodeError/UnicodeDecodeError __init__ (UnicodeTranslateError is not simulated):
 * BaseException_init, then PyArg_ParseTuple(args, "UUnnU" / "UOnnU"); UnicodeDecodeError's
 * object becomes bytes (a copy of another bytes-like object). */
function unicodeInit(kind: 'encode' | 'decode' | 'translate'): Init {
  return (self, args, kw) => {
    baseInit(self, args, kw);
    const d = ed(self);
    d.set('encoding', null);
    d.set('object', null);
    d.set('reason', null);
    const want = kind === 'translate' ? 4 : 5;
    if (args.length !== want) raise(T.TypeError, `function takes exactly ${want} arguments (${args.length} given)`);
    const a = kind === 'translate' ? [null, ...args] : args;
    const mustStr = (i: number): PyObject => {
      const o = a[i] as PyObject;
      if (o.t !== T.str && !isSubtype(o.t, T.str)) raise(T.TypeError, `argument ${kind === 'translate' ? i : i + 1} must be str, not ${typeName(o)}`);
      return o;
    };
    const encoding = kind === 'translate' ? null : mustStr(0);
    const object = kind === 'decode' ? (a[1] as PyObject) : mustStr(1);
    const start = ssizeArg(a[2] as PyObject);
    const end = ssizeArg(a[3] as PyObject);
    const reason = mustStr(4);
    if (kind === 'decode' && object.t !== T.bytes) {
      if (object.t !== T.bytearray && !isSubtype(object.t, T.bytes)) raise(T.TypeError, `a bytes-like object is required, not '${typeName(object)}'`);
      const copy = newBytes(object.v as string);
      d.set('object', copy);
      decref(copy);
    } else d.set('object', object);
    d.set('encoding', encoding);
    d.set('reason', reason);
    d.start = start;
    d.end = end;
  };
}

/** UnicodeEncodeError_str / UnicodeDecodeError_str / UnicodeTranslateError_str. */
function unicodeStr(kind: 'encode' | 'decode' | 'translate') {
  return (e: PyObject): PyObject => {
    const d = ed(e);
    const object = d.get('object');
    if (object === null) return newStr('');
    const reason = pyStr(d.get('reason') ?? S.None);
    let encoding: PyObject | null = null;
    try {
      if (kind !== 'translate') encoding = pyStr(d.get('encoding') ?? S.None);
      const { start, end } = d;
      // (PyUnicode_FromFormat: the writer's over-allocated buffer, then the result)
      if (kind === 'decode') {
        const bytes = object.v as string;
        if (start < bytes.length && end === start + 1) {
          const byte = bytes.charCodeAt(start < 0 ? bytes.length + start : start);
          return fromFormat("'%U' codec can't decode byte 0x%02x in position %zd: %U", [encoding as PyObject, byte, start, reason]);
        }
        return fromFormat("'%U' codec can't decode bytes in position %zd-%zd: %U", [encoding as PyObject, start, end - 1, reason]);
      }
      const cps = Array.from(object.v as string, (c) => c.codePointAt(0) as number);
      const head = kind === 'encode' ? "'%U' codec can't encode" : "can't translate";
      const lead: FormatArg[] = kind === 'encode' ? [encoding as PyObject] : [];
      if (start < cps.length && end === start + 1) {
        const cp = cps[start < 0 ? cps.length + start : start];
        const esc = cp <= 0xff ? '\\x%02x' : cp <= 0xffff ? '\\u%04x' : '\\U%08x';
        return fromFormat(`${head} character '${esc}' in position %zd: %U`, [...lead, cp, start, reason]);
      }
      return fromFormat(`${head} characters in position %zd-%zd: %U`, [...lead, start, end - 1, reason]);
    } finally {
      decref(reason);
      if (encoding !== null) decref(encoding);
    }
  };
}

/** A codec's error, as PyUnicodeEncodeError_Create / PyUnicodeDecodeError_Create make it: the
 * type called with (encoding, object, start, end, reason). */
export function raiseUnicodeError(kind: 'encode' | 'decode', encoding: string, object: PyObject, start: number, end: number, reason: string): never {
  const t = kind === 'encode' ? T.UnicodeEncodeError : T.UnicodeDecodeError;
  const parts = [newStr(encoding), incref(object), newInt(start), newInt(end), newStr(reason)];
  let e: PyObject;
  try {
    e = call(t, parts);
  } finally {
    for (const p of parts) decref(p);
  }
  throw new PyErr(e);
}

function member(k: ExcMember): BuiltinMember {
  return {
    kind: 'object',
    get: (o) => ed(o).get(k),
    set: (o, v) => ed(o).set(k, v),
  };
}

function getset(type: PyObject, name: string, get: (o: PyObject) => PyObject, set: ((o: PyObject, v: PyObject | null) => void) | null): void {
  const d = new PyObject(T.getset_descriptor, new GetSet(name, get, set, type), null, 1 | F_RUNTIME);
  dictSetStr((type.v as TypeInfo).dict, name, d);
  d.rc--;
}

/** PyException_SetTraceback / BaseException_set_tb */
export function setTraceback(o: PyObject, v: PyObject | null): void {
  if (v === null) raise(T.TypeError, '__traceback__ may not be deleted');
  if (v !== S.None && v.t !== T.traceback) raise(T.TypeError, '__traceback__ must be a traceback or None');
  const d = ed(o);
  const old = d.tb;
  d.tb = v === S.None ? null : incref(v);
  xdecref(old);
}

function chainSetter(which: 'context' | 'cause') {
  return (o: PyObject, v: PyObject | null): void => {
    if (v === null) raise(T.TypeError, `__${which}__ may not be deleted`);
    if (v !== S.None && !isSubtype(v.t, T.BaseException)) {
      raise(T.TypeError, `exception ${which} must be None or derive from BaseException`);
    }
    const d = ed(o);
    const old = d[which];
    d[which] = v === S.None ? null : incref(v);
    // PyException_SetCause also sets __suppress_context__
    if (which === 'cause') d.suppressContext = true;
    xdecref(old);
  };
}

/** PyObject_GenericSetAttr for exceptions: data descriptors decide, else the instance dict. */
function excSetAttr(o: PyObject, name: string, v: PyObject | null): void {
  const descr = typeLookup(o.t, name);
  if (descr !== null) {
    const dti = descr.t.v as TypeInfo;
    if (dti.descrSet !== null) {
      dti.descrSet(descr, o, v);
      return;
    }
  }
  if (v === null) {
    const dict = o.d as PyObject | null;
    if (dict === null || !dictDelStr(dict, name)) {
      if (P.minor >= 11) raise(T.AttributeError, `'${typeName(o)}' object has no attribute '${name}'`);
      raiseAttrName(name);
    }
    return;
  }
  if (o.d === null) o.d = newDict();
  dictSetStr(o.d as PyObject, name, v);
}

function baseStr(e: PyObject): PyObject {
  const args = ed(e).args.v as PyObject[];
  if (args.length === 0) return newStr('');
  if (args.length === 1) return pyStr(args[0]);
  return pyStr(ed(e).args);
}

/** OR_NONE(x) formatted with %S / %R */
const strOrNone = (v: PyObject | null): string => {
  const s = pyStr(v ?? S.None);
  const t = s.v as string;
  decref(s);
  return t;
};

function osStr(e: PyObject): PyObject {
  const d = ed(e);
  const fn = d.get('filename'), fn2 = d.get('filename2'), no = d.get('errno'), se = d.get('strerror');
  if (fn !== null) {
    const head = `[Errno ${strOrNone(no)}] ${strOrNone(se)}: ${reprJs(fn)}`;
    return newStr(fn2 !== null ? `${head} -> ${reprJs(fn2)}` : head);
  }
  if (no !== null && se !== null) return newStr(`[Errno ${strOrNone(no)}] ${strOrNone(se)}`);
  return baseStr(e);
}

function syntaxStr(e: PyObject): PyObject {
  const d = ed(e);
  const fnObj = d.get('filename');
  let filename: string | null = null;
  if (fnObj !== null && (fnObj.t === T.str || isSubtype(fnObj.t, T.str))) {
    const f = fnObj.v as string;
    filename = f.slice(f.lastIndexOf('/') + 1);
  }
  const ln = d.get('lineno');
  const haveLineno = ln !== null && ln.t === T.int;
  const msg = d.get('msg') ?? S.None;
  if (filename === null && !haveLineno) return pyStr(msg);
  // PyLong_AsLongAndOverflow: an overflow prints -1
  const line = (): string => {
    const v = BigInt(ln!.v as number | bigint);
    return v > 0x7fffffffffffffffn || v < -0x8000000000000000n ? '-1' : String(v);
  };
  const m = strOrNone(msg);
  if (filename !== null && haveLineno) return newStr(`${m} (${filename}, line ${line()})`);
  if (filename !== null) return newStr(`${m} (${filename})`);
  return newStr(`${m} (line ${line()})`);
}

export function initExceptionBehaviour(): void {
  const bt = T.BaseException.v as TypeInfo;
  bt.str = baseStr;
  bt.repr = (e) => {
    guardInstallationText(e, 'the repr');
    const args = ed(e).args;
    const items = args.v as PyObject[];
    // _PyType_Name: tp_name after its last dot
    const tn = (e.t.v as TypeInfo).name;
    const name = tn.slice(tn.lastIndexOf('.') + 1);
    // BaseException_repr: PyUnicode_FromFormat("%s(%R)" / "%s%R")
    if (items.length === 1) return fromFormat('%s(%R)', [name, items[0]]);
    return fromFormat('%s%R', [name, args]);
  };
  bt.hasDict = true;
  bt.getattr = genericGetAttr;
  bt.setattr = excSetAttr;
  bt.init = baseInit;
  const strs = new Map<PyObject, (o: PyObject) => PyObject>([
    [T.KeyError, (e) => {
      const args = ed(e).args.v as PyObject[];
      return args.length === 1 ? pyRepr(args[0]) : baseStr(e);
    }],
    [T.ImportError, (e) => {
      guardInstallationText(e, 'the message');
      const msg = ed(e).get('msg');
      return msg !== null && msg.t === T.str ? incref(msg) : baseStr(e);
    }],
    [T.OSError, osStr],
    [T.SyntaxError, syntaxStr],
    [T.UnicodeEncodeError, unicodeStr('encode')],
    [T.UnicodeDecodeError, unicodeStr('decode')],
  ]);
  if (P.minor >= 11) strs.set(T.BaseExceptionGroup, groupStr);
  const inits = new Map<PyObject, Init>([
    [T.StopIteration, stopInit],
    [T.SystemExit, exitInit],
    [T.ImportError, importInit],
    [T.SyntaxError, syntaxInit],
    [T.OSError, (self, args, kw) => {
      if (!osErrorParsed(self)) baseInit(self, args, kw);
    }],
  ]);
  inits.set(T.UnicodeEncodeError, unicodeInit('encode'));
  inits.set(T.UnicodeDecodeError, unicodeInit('decode'));
  if (P.minor >= 10) {
    inits.set(T.NameError, nameInit);
    inits.set(T.AttributeError, attrInit);
  }
  // every builtin exception type: the slots of the nearest type that defines them
  for (const name of Object.keys(T)) {
    const t = T[name];
    if (!t || !(t.v instanceof TypeInfo) || !isSubtype(t, T.BaseException)) continue;
    const ti = t.v as TypeInfo;
    ti.repr = bt.repr;
    ti.getattr = bt.getattr;
    ti.setattr = bt.setattr;
    ti.hasDict = true;
    ti.str = bt.str;
    ti.init = bt.init;
    for (const b of [...ti.mro].reverse()) {
      const s = strs.get(b);
      if (s) ti.str = s;
      const i = inits.get(b);
      if (i) ti.init = i;
    }
  }
  // BaseException's getsets and member
  getset(T.BaseException, '__dict__', (o) => {
    if (o.d === null) o.d = newDict();
    return incref(o.d as PyObject);
  }, (o, v) => {
    if (v === null) raise(T.TypeError, 'cannot delete __dict__');
    if (v.t !== T.dict && !isSubtype(v.t, T.dict)) raise(T.TypeError, `__dict__ must be set to a dictionary, not a '${typeName(v)}'`);
    const old = o.d as PyObject | null;
    o.d = incref(v);
    xdecref(old);
  });
  getset(T.BaseException, 'args', (o) => {
    guardInstallationText(o, 'the args');
    return incref(ed(o).args);
  }, (o, v) => {
    if (v === null) raise(T.TypeError, 'args may not be deleted');
    const t = sequenceTuple(v);
    installationText.delete(o);
    const old = ed(o).args;
    ed(o).args = t;
    decref(old);
  });
  getset(T.BaseException, '__traceback__', (o) => incref(ed(o).tb ?? S.None), setTraceback);
  getset(T.BaseException, '__context__', (o) => incref(ed(o).context ?? S.None), chainSetter('context'));
  getset(T.BaseException, '__cause__', (o) => incref(ed(o).cause ?? S.None), chainSetter('cause'));
  defMembers(T.BaseException, {
    __suppress_context__: {
      kind: 'bool',
      get: (o) => (ed(o).suppressContext ? S.True : S.False),
      set: (o, v) => {
        ed(o).suppressContext = v === S.True;
      },
    },
  });
  const methods: Record<string, MethodFn> = {
    __reduce__: (self, args, kw) => {
      noArgs('__reduce__', args, kw);
      guardInstallationText(self, 'the args');
      const d = self.d as PyObject | null;
      return newTuple(d !== null ? [incref(self.t), incref(ed(self).args), incref(d)] : [incref(self.t), incref(ed(self).args)]);
    },
    __setstate__: (self, args, kw) => {
      const state = oneArg('__setstate__', args, kw);
      if (state !== S.None) {
        if (state.t !== T.dict && !isSubtype(state.t, T.dict)) raise(T.TypeError, 'state is not a dictionary');
        for (const [k, v] of [...dictEntries(state)]) {
          if (k.t !== T.str) raise(T.TypeError, `attribute name must be string, not '${typeName(k)}'`);
          setAttr(self, k.v as string, v);
        }
      }
      return incref(S.None);
    },
    with_traceback: (self, args, kw) => {
      setTraceback(self, oneArg('with_traceback', args, kw));
      return incref(self);
    },
  };
  if (P.minor >= 11) {
    methods.add_note = (self, args, kw) => {
      const note = oneArg('add_note', args, kw);
      if (note.t !== T.str && !isSubtype(note.t, T.str)) raise(T.TypeError, `note must be a str, not '${typeName(note)}'`);
      let notes = getAttrOpt(self, '__notes__');
      if (notes === null) {
        notes = newList([]);
        try {
          setAttr(self, '__notes__', notes);
        } catch (e) {
          decref(notes);
          throw e;
        }
      } else if (notes.t !== T.list && !isSubtype(notes.t, T.list)) {
        decref(notes);
        raise(T.TypeError, 'Cannot add note: __notes__ is not a list');
      }
      try {
        listAppend(notes, note);
      } finally {
        decref(notes);
      }
      return incref(S.None);
    };
  }
  defMethods(T.BaseException, methods);
  // the members of the bigger structs
  defMembers(T.StopIteration, { value: member('value') });
  defMembers(T.SystemExit, { code: member('code') });
  const guarded = (k: ExcMember): BuiltinMember => ({ ...member(k), get: (o) => {
    guardInstallationText(o, k);
    return ed(o).get(k);
  } });
  const imp: Record<string, BuiltinMember> = { msg: guarded('msg'), name: member('name'), path: guarded('path') };
  if (P.minor >= 12) imp.name_from = member('name_from');
  defMembers(T.ImportError, imp);
  if (P.minor >= 10) {
    defMembers(T.NameError, { name: member('name') });
    defMembers(T.AttributeError, { name: member('name'), obj: member('obj') });
  }
  defMembers(T.OSError, { errno: member('errno'), strerror: member('strerror'), filename: member('filename'), filename2: member('filename2') });
  getset(T.OSError, 'characters_written', (o) => {
    if (ed(o).written === -1) raise(T.AttributeError, 'characters_written');
    return newInt(ed(o).written);
  }, (o, v) => {
    if (v === null) {
      if (ed(o).written === -1) raise(T.AttributeError, 'characters_written');
      ed(o).written = -1;
      return;
    }
    ed(o).written = indexJs(v);
  });
  const syn: Record<string, BuiltinMember> = {
    msg: member('msg'), filename: member('filename'), lineno: member('lineno'), offset: member('offset'), text: member('text'),
  };
  if (P.minor >= 10) {
    syn.end_lineno = member('end_lineno');
    syn.end_offset = member('end_offset');
  }
  syn.print_file_and_line = member('print_file_and_line');
  defMembers(T.SyntaxError, syn);
  // UnicodeError_members: encoding, object, start, end, reason (start and end Py_ssize_t)
  for (const t of [T.UnicodeEncodeError, T.UnicodeDecodeError]) {
    defMembers(t, { encoding: member('encoding'), object: member('object') });
    for (const k of ['start', 'end'] as const) {
      getset(t, k, (o) => newInt(ed(o)[k]), (o, v) => {
        if (v === null) raise(T.TypeError, "can't delete numeric/char attribute");
        if (v.t !== T.int && !isSubtype(v.t, T.int)) raise(T.TypeError, 'an integer is required');
        ed(o)[k] = indexJs(v);
      });
    }
    defMembers(t, { reason: member('reason') });
  }
  if (P.minor >= 11) initExceptionGroups();
  void dictGetStr;
  void isType;
  void EMPTY_TUPLE;
}

// ---------------------------------------------------------------- exception groups (3.11+)

/** PySequence_Check of the exceptions argument: a list or tuple is one; the types without
 * sq_item are not; others (str, range, classes with __getitem__, ...) stop the run. */
function groupSequenceTuple(o: PyObject): PyObject {
  if (o.t === T.list || o.t === T.tuple) return sequenceTuple(o);
  if ([T.int, T.bool, T.float, T.NoneType, T.dict, T.set, T.frozenset].includes(o.t) || isSubtype(o.t, T.BaseException)) {
    raiseStrExact(T.TypeError, 'second argument (exceptions) must be a sequence');
  }
  throw new NotSimulated(`an exception group made from a ${typeName(o)} (HeapLens simulates a list or tuple of exceptions)`, ST.line);
}

function raiseStrExact(type: PyObject, msg: string): never {
  return raise(type, msg);
}

/** BaseExceptionGroup_new after PyArg_ParseTuple("UO"): validates the exceptions, picks the class
 * (BaseExceptionGroup of Exceptions only is an ExceptionGroup) and makes the instance with
 * `makeArgs`'s tuple as its args; msg and the exceptions' tuple are its members. */
function groupNewCore(type: PyObject, message: PyObject, excsIn: PyObject, make: (cls: PyObject) => PyObject): PyObject {
  if ((type.v as TypeInfo).heap) throw new NotSimulated(`a subclass of ${typeName(type)}`, ST.line);
  const excs = groupSequenceTuple(excsIn);
  let o: PyObject;
  try {
    const items = excs.v as PyObject[];
    if (items.length === 0) raiseStrExact(T.ValueError, 'second argument (exceptions) must be a non-empty sequence');
    let nestedBase = false;
    for (let i = 0; i < items.length; i++) {
      if (!isSubtype(items[i].t, T.BaseException)) raise(T.ValueError, `Item ${i} of second argument (exceptions) is not an exception`);
      if (!isSubtype(items[i].t, T.Exception)) nestedBase = true;
    }
    let cls = type;
    if (type === T.ExceptionGroup) {
      if (nestedBase) raiseStrExact(T.TypeError, 'Cannot nest BaseExceptions in an ExceptionGroup');
    } else if (type === T.BaseExceptionGroup && !nestedBase) cls = T.ExceptionGroup;
    o = make(cls);
  } catch (e) {
    decref(excs);
    throw e;
  }
  const d = ed(o);
  d.set('msg', message);
  d.m!.excs = excs;
  return o;
}

const groupNew: NonNullable<TypeInfo['new']> = (type, args, kw) => {
  const n = npos(args, kw);
  if (n !== 2) raise(T.TypeError, `BaseExceptionGroup.__new__() takes exactly 2 arguments (${n} given)`);
  const message = args[0];
  if (message.t !== T.str && !isSubtype(message.t, T.str)) {
    raise(T.TypeError, `BaseExceptionGroup.__new__() argument 1 must be str, not ${typeName(message)}`);
  }
  return groupNewCore(type, message, args[1], (cls) => excNew(cls, args, kw ?? null));
};

function groupStr(e: PyObject): PyObject {
  const d = ed(e);
  const n = (d.get('excs')!.v as PyObject[]).length;
  return fromFormat('%S (%zd sub-exception%s)', [d.get('msg')!, n, n > 1 ? 's' : '']);
}

/** BaseExceptionGroup_derive: PyObject_CallObject(BaseExceptionGroup, (self.msg, excs)) — the
 * new group keeps that tuple as its args. */
function groupDerive(self: PyObject, excs: PyObject): PyObject {
  const msg = ed(self).get('msg')!;
  const initArgs = newTuple([incref(msg), incref(excs)]);
  try {
    return groupNewCore(T.BaseExceptionGroup, msg, excs, (cls) => excNewWithTuple(cls, incref(initArgs)));
  } finally {
    decref(initArgs);
  }
}

type Matcher = (exc: PyObject) => boolean;

/** get_matcher_type: 3.11/3.12 take a Python function as a predicate, 3.13 any callable but a class. */
function groupMatcher(v: PyObject): Matcher {
  const pred = P.minor >= 13 ? (v.t.v as TypeInfo).call !== null && !isType(v) : v.t === T.function;
  if (pred) {
    return (exc) => {
      const r = call(v, [exc]);
      try {
        return truthy(r);
      } finally {
        decref(r);
      }
    };
  }
  const isExcClass = (t: PyObject): boolean => isType(t) && isSubtype(t, T.BaseException);
  if (isExcClass(v)) return (exc) => isSubtype(exc.t, v);
  if (v.t === T.tuple && (v.v as PyObject[]).every(isExcClass)) {
    const ts = v.v as PyObject[];
    return (exc) => ts.some((t) => isSubtype(exc.t, t));
  }
  raiseStrExact(T.TypeError, P.minor >= 13
    ? 'expected an exception type, a tuple of exception types, or a callable (other than a class)'
    : 'expected a function, exception type or tuple of exception types');
}

/** exceptiongroup_subset: the part made by derive() gets the original's traceback, context,
 * cause (so __suppress_context__ is set) and a copy of its __notes__. */
function groupSubset(orig: PyObject, list: PyObject): PyObject | null {
  if ((list.v as PyObject[]).length === 0) return null;
  // PyObject_CallMethod(orig, "derive", "(O)", excs): the bound method and the argument tuple
  const meth = builtinMethodOf('derive', orig);
  const argt = newTuple([incref(list)]);
  // 3.11/3.12: derive is METH_VARARGS, so the bound method's call (_PyObject_MakeTpCall) packs
  // the argument in a tuple of its own
  const packed = P.minor <= 12 ? newTuple([incref(list)]) : null;
  let eg: PyObject;
  try {
    eg = groupDerive(orig, list);
  } finally {
    if (packed !== null) decref(packed);
    decref(argt);
    releaseBuiltinMethod(meth);
  }
  try {
    const od = ed(orig), d = ed(eg);
    if (od.tb !== null) setTraceback(eg, od.tb);
    const ctx = od.context, cause = od.cause;
    const oldCtx = d.context;
    d.context = ctx === null ? null : incref(ctx);
    xdecref(oldCtx);
    const oldCause = d.cause;
    d.cause = cause === null ? null : incref(cause);
    d.suppressContext = true;
    xdecref(oldCause);
    const notes = getAttrOpt(orig, '__notes__');
    if (notes !== null) {
      try {
        if (notes.t !== T.list && notes.t !== T.tuple) {
          throw new NotSimulated(`split() or subgroup() of a group whose __notes__ is a ${typeName(notes)}`, ST.line);
        }
        const copy = sequenceList(notes);
        try {
          setAttr(eg, '__notes__', copy);
        } finally {
          decref(copy);
        }
      } finally {
        decref(notes);
      }
    }
  } catch (e) {
    decref(eg);
    throw e;
  }
  return eg;
}

/** exceptiongroup_split_recursive: the matching and (when asked) the other leaves, as groups
 * derived from each group on the way (a group that matches whole is taken as it is). */
function groupSplit(exc: PyObject, match: Matcher, rest: boolean, depth: number): [PyObject | null, PyObject | null] {
  if (match(exc)) return [incref(exc), null];
  if (!isSubtype(exc.t, T.BaseExceptionGroup)) return [null, rest ? incref(exc) : null];
  if (depth > 200) throw new NotSimulated('split() or subgroup() of exception groups nested this deep', ST.line);
  const matchList = newList([]);
  const restList = rest ? newList([]) : null;
  try {
    for (const e of [...(ed(exc).get('excs')!.v as PyObject[])]) {
      const [m, r] = groupSplit(e, match, rest, depth + 1);
      if (m !== null) {
        listAppend(matchList, m);
        decref(m);
      }
      if (r !== null) {
        listAppend(restList!, r);
        decref(r);
      }
    }
    const m = groupSubset(exc, matchList);
    let r: PyObject | null = null;
    if (restList !== null) {
      try {
        r = groupSubset(exc, restList);
      } catch (e) {
        xdecref(m);
        throw e;
      }
    }
    return [m, r];
  } finally {
    decref(matchList);
    if (restList !== null) decref(restList);
  }
}

/** The one argument of derive/split/subgroup: METH_O from 3.13, METH_VARARGS on 3.11/3.12. */
function groupArg(name: string, args: PyObject[], kw: string[] | null | undefined): PyObject {
  if (kw && kw.length > 0) raise(T.TypeError, `${P.minor >= 13 ? 'BaseExceptionGroup.' : ''}${name}() takes no keyword arguments`);
  if (args.length === 1) return args[0];
  if (P.minor >= 13) raise(T.TypeError, `BaseExceptionGroup.${name}() takes exactly one argument (${args.length} given)`);
  if (name === 'derive') raise(T.TypeError, `function takes exactly 1 argument (${args.length} given)`);
  raise(T.TypeError, `${name} expected 1 argument, got ${args.length}`);
}

function initExceptionGroups(): void {
  const beg = T.BaseExceptionGroup.v as TypeInfo;
  // derive/split/subgroup: METH_VARARGS on 3.11/3.12 (a call packs its argument tuple), METH_O from 3.13
  registerCallKinds('BaseExceptionGroup', P.minor >= 13 ? { o: 'derive split subgroup' } : { varargs: 'derive split subgroup' });
  // an instance of CPython's ExceptionGroup (a heap type) also refers to its type
  referentsUnknown.set(T.ExceptionGroup, "CPython's ExceptionGroup is a heap type, which its instances' tp_traverse visits");
  beg.new = groupNew;
  (T.ExceptionGroup.v as TypeInfo).new = groupNew;
  defReadonlyMembers(T.BaseExceptionGroup, {
    message: (o) => incref(ed(o).get('msg') ?? S.None),
    exceptions: (o) => incref(ed(o).get('excs') ?? S.None),
  });
  const inexact = (): void => {
    if (P.minor >= 11) tmPeakInexact('the temporary objects of an exception group\'s derive, split or subgroup');
  };
  defMethods(T.BaseExceptionGroup, {
    derive: (self, args, kw) => {
      const excs = groupArg('derive', args, kw);
      inexact();
      return groupDerive(self, excs);
    },
    split: (self, args, kw) => {
      const m = groupMatcher(groupArg('split', args, kw));
      inexact();
      const [a, b] = groupSplit(self, m, true, 0);
      return newTuple([a ?? incref(S.None), b ?? incref(S.None)]);
    },
    subgroup: (self, args, kw) => {
      const m = groupMatcher(groupArg('subgroup', args, kw));
      inexact();
      const [a] = groupSplit(self, m, false, 0);
      return a ?? incref(S.None);
    },
  });
}

// ---------------------------------------------------------------- except* (3.11+)

/** _PyExc_CreateExceptionGroup("", excs): PyObject_CallObject(BaseExceptionGroup, ('', excs)) — the
 * new group keeps that tuple (holding `excs` as given, a tuple or a list) as its args. */
function createExceptionGroup(excs: PyObject): PyObject {
  const msg = newStr('');
  const initArgs = newTuple([msg, incref(excs)]);
  try {
    return groupNewCore(T.BaseExceptionGroup, msg, excs, (cls) => excNewWithTuple(cls, incref(initArgs)));
  } finally {
    decref(initArgs);
  }
}

const CANNOT_CATCH_MSG = 'catching classes that do not inherit from BaseException is not allowed';

/** check_except_star_type_valid: exception classes only (each item of a tuple, not nested), and
 * none a subclass of BaseExceptionGroup. */
function checkExceptStarType(t: PyObject): void {
  const isExcClass = (x: PyObject): boolean => isType(x) && isSubtype(x, T.BaseException);
  const items = t.t === T.tuple || isSubtype(t.t, T.tuple) ? (t.v as PyObject[]) : null;
  if (items !== null) {
    for (const x of items) if (!isExcClass(x)) raise(T.TypeError, CANNOT_CATCH_MSG);
  } else if (!isExcClass(t)) raise(T.TypeError, CANNOT_CATCH_MSG);
  for (const x of items ?? [t]) {
    if (isSubtype(x, T.BaseExceptionGroup)) raise(T.TypeError, 'catching ExceptionGroup with except* is not allowed. Use except instead.');
  }
}

/** PyErr_GivenExceptionMatches of an exception instance against a class or a tuple of them. */
function givenMatches(exc: PyObject, t: PyObject): boolean {
  if (t.t === T.tuple || isSubtype(t.t, T.tuple)) return (t.v as PyObject[]).some((x) => givenMatches(exc, x));
  return isType(t) && isSubtype(exc.t, t);
}

/** CHECK_EG_MATCH with exception_group_match: consumes `exc` (the part still unhandled: the
 * exception caught, or what earlier clauses left, or None) and the clause's type `t`, and
 * returns [rest, match]. A full match of a group is the group itself, of a naked exception a new
 * ExceptionGroup('', (exc,)) (without a traceback on 3.11.7/3.12.1/3.13.0); a partial match is
 * the group's split(t) (called as a method); no match is None with `exc` left as the rest. A
 * match becomes the exception being handled (setHandled). */
export function egMatch(exc: PyObject, t: PyObject, setHandled: (m: PyObject) => void): [PyObject, PyObject] {
  let match: PyObject, rest: PyObject;
  try {
    checkExceptStarType(t);
    if (exc === S.None) {
      match = incref(S.None);
      rest = incref(S.None);
    } else if (givenMatches(exc, t)) {
      if (isSubtype(exc.t, T.BaseExceptionGroup)) match = incref(exc);
      else {
        const excs = newTuple([incref(exc)]);
        try {
          match = createExceptionGroup(excs);
        } finally {
          decref(excs);
        }
      }
      rest = incref(S.None);
    } else if (isSubtype(exc.t, T.BaseExceptionGroup)) {
      // PyObject_CallMethod(exc, "split", "(O)", t): the bound method, the argument tuple, the pair
      const meth = getAttrOpt(exc, 'split');
      if (meth === null) throw new NotSimulated('an exception group without a split method', ST.line);
      const argt = newTuple([incref(t)]);
      let pair: PyObject;
      try {
        pair = call(meth, argt.v as PyObject[]);
      } finally {
        decref(argt);
        decref(meth);
      }
      const items = pair.v as PyObject[];
      match = incref(items[0]);
      rest = incref(items[1]);
      decref(pair);
    } else {
      match = incref(S.None);
      rest = incref(exc);
    }
  } catch (e) {
    if (P.minor >= 12) {
      decref(exc);
      decref(t);
    } else {
      decref(t);
      decref(exc);
    }
    throw e;
  }
  if (P.minor >= 12) {
    decref(exc);
    decref(t);
    if (match !== S.None) setHandled(match);
  } else {
    // 3.11: no match leaves the exception on the stack as it was (a rest that split() made is
    // dropped at once); a match replaces it with the rest
    decref(t);
    if (match === S.None) {
      decref(rest);
      return [exc, match];
    }
    setHandled(match);
    decref(exc);
  }
  return [rest, match];
}

/** _PyExc_PrepReraiseStar(orig, excs): what an except* statement raises at its end, from the
 * exceptions its clauses raised or re-raised and the unhandled rest (None items are skipped).
 * A naked exception caught gives the one exception to raise. Otherwise those with orig's
 * traceback, cause and context are re-raised: orig's leaves they contain, kept in orig's nesting
 * (exception_group_projection: orig itself when all its leaves are kept); the others are raised,
 * and with the re-raised part (if any) they become a new ExceptionGroup('', [...]) unless only
 * one exception is left. Returns a new reference (None: nothing to raise). */
export function prepReraiseStar(orig: PyObject, excs: PyObject): PyObject {
  const items = excs.v as PyObject[];
  if (items.length === 0) return incref(S.None);
  if (!isSubtype(orig.t, T.BaseExceptionGroup)) return incref(items[0]);
  const raised = newList([]);
  const reraised = newList([]);
  const od = ed(orig);
  try {
    for (const e of [...items]) {
      if (e === S.None) continue;
      const d = ed(e);
      const same = d.tb === od.tb && d.cause === od.cause && d.context === od.context;
      listAppend(same ? reraised : raised, e);
    }
    // exception_group_projection: a set of the kept leaves' ids, then a split by identity
    tmPeakInexact('the temporary objects of an except* statement\'s re-raise (a set of the leaves\' ids)');
    const leafIds = newSet();
    let reraisedEg: PyObject;
    try {
      const keep = new Set<PyObject>();
      const collect = (x: PyObject, depth: number): void => {
        if (x === S.None) return;
        if (!isSubtype(x.t, T.BaseExceptionGroup)) {
          // PyLong_FromVoidPtr(x): an int of an address's size (two digits) added to the set
          if (!keep.has(x)) {
            const id = newInt(0x7f0000000000 + keep.size * 64);
            setAdd(leafIds, id);
            decref(id);
          }
          keep.add(x);
          return;
        }
        if (depth > 200) throw new NotSimulated('an except* statement over exception groups nested this deep', ST.line);
        for (const c of ed(x).get('excs')!.v as PyObject[]) collect(c, depth + 1);
      };
      for (const e of reraised.v as PyObject[]) collect(e, 0);
      const [m] = groupSplit(orig, (x) => !isSubtype(x.t, T.BaseExceptionGroup) && keep.has(x), false, 0);
      reraisedEg = m ?? incref(S.None);
    } finally {
      decref(leafIds);
    }
    const nRaised = (raised.v as PyObject[]).length;
    if (nRaised === 0) return reraisedEg;
    if (reraisedEg !== S.None) listAppend(raised, reraisedEg);
    decref(reraisedEg);
    if ((raised.v as PyObject[]).length > 1) return createExceptionGroup(raised);
    return incref((raised.v as PyObject[])[0]);
  } finally {
    decref(raised);
    decref(reraised);
  }
}
