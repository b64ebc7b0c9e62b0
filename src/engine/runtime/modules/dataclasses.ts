// The dataclasses module (Lib/dataclasses.py, Python code in every version).
//
// The import: CPython's `import dataclasses` loads copy and functools (which bring weakref,
// collections and itertools); HeapLens's import loads them likewise, so the interpreter's
// references on each module and the collector's tracked objects after a full collection are the
// measured ones (scripts/record-baselines.mjs, import sets with 'dataclasses').
//
// The decorator (`_process_class`) is TypeScript doing what that Python code does, on the same
// objects: Field objects (instances of a slotted class `Field`, as CPython's), the
// `__dataclass_params__` object, `__dataclass_fields__`, the class attributes replaced by their
// defaults, `__match_args__`, the `__hash__` table, `__doc__` (the text inspect.signature gives).
// The methods it adds are real Python functions: HeapLens compiles, with its own compiler, the
// exact source text each version's `_create_fn` (3.13: `_FuncBuilder`) execs, runs it with the same
// globals and locals, and calls `__create_fn__` with the same keyword arguments, so the functions
// have CPython's code, defaults, annotations, closure cells and __qualname__. `__repr__`'s
// recursion guard (3.8-3.12 dataclasses._recursive_repr with functools.wraps, 3.13
// reprlib.recursive_repr) is compiled likewise, as Python code doing what those functions do; its
// code objects are marked as standard-library code, so a traceback through them stops the run.
// The decorator's own frames and temporaries are not reproduced: the collector's counts are
// unknown until the next full collection (pythonLevelCall), tracemalloc is tainted.
//
// What stops: `make_dataclass`, a metaclass, a class of a module other than __main__, slots=True
// under bases that define __slots__, a default whose type has __set_name__, metadata that is not
// a dict, the __doc__ of a class whose __init__ inspect.signature would read elsewhere, and the
// reprs of Field and __dataclass_params__ objects (Python methods in CPython).
import { isGenericAlias } from '../genericalias';
import { isUnion } from '../union';
import { PyObject } from '../object';
import { P, T, ST, incref, decref, xdecref, NotSimulated } from '../core';
import { isSubtype, type TypeInfo } from '../types';
import { S, call, getAttr, getAttrOpt, setAttr, reprJs, truthy } from '../abstract';
import { dictSetStr, dictGetStr, newDict, dictEntries, dictDelStr, dictSet } from '../dict';
import { newStr, internStr } from '../str';
import { newTuple } from '../tuple';
import { newList, listAppend } from '../list';
import { newInt } from '../numbers';
import { raise } from '../exc';
import { builtinFunction, parseArgs, pythonStandIns, defMethods } from '../methods';
import { bindPy, type PySig } from '../pysig';
import { typeNew, newMappingProxy } from '../classes';
import { Frame, callStack, allocHeapFrame, finishFrame, runStdlibFrame, stdlibCode, programLine, type CodeRunner, type Code } from '../func';
import { pyEnter, pyLeave } from '../recursion';
import { parse } from '../../parse/parser';
import { Compiler } from '../../compile/codegen';
import { RT } from '../../compile/rt';
import { isClassVarObj } from './typing';
import { loadedModules, registerModule, importModule, pythonLevelCall, sourceModuleHeader, newModule, type ModuleData } from './registry';

const WHY = 'dataclasses is Python code in CPython (Lib/dataclasses.py), whose frames and temporary objects HeapLens does not reproduce';

interface DcState {
  mod: PyObject;
  dict: PyObject;
  fieldType: PyObject;
  paramsType: PyObject;
  frozenError: PyObject;
  missing: PyObject;
  hasDefaultFactory: PyObject;
  fieldMarker: PyObject;
  initVarMarker: PyObject;
  classVarMarker: PyObject;
  initVarType: PyObject;
  /** 3.10+ KW_ONLY */
  kwOnly: PyObject | null;
  emptyMetadata: PyObject;
  /** 3.8-3.12 dataclasses._recursive_repr, 3.13 reprlib.recursive_repr (compiled Python) */
  recursiveRepr: PyObject;
  /** 3.13 dataclasses._replace */
  replaceFn: PyObject | null;
}
let st: DcState = undefined as unknown as DcState;

function stop(what: string): never {
  throw new NotSimulated(what, ST.line, 'HeapLens simulates the common dataclass forms only');
}

/** Compile `text` with HeapLens's compiler as exec() compiles a string, and run it with the given
 * globals and locals (a module-level frame, as exec's). Code objects made from text that is not
 * CPython's own generated source are marked as standard-library code (`stdlib`). */
export function execText(text: string, globals: PyObject, ns: PyObject, stdlib: string): void {
  const mod = parse(text, { version: P.historical ? '3.8' : P.id });
  const comp = new Compiler({ filename: stdlib !== '' ? `<${stdlib}>` : '<string>', trace: false, foreign: true });
  const { code, arena } = comp.compileModule(mod);
  markForeign(code, stdlib);
  const parent = callStack.length > 0 ? callStack[callStack.length - 1] : null;
  const fr = new Frame(code, globals, ns, null);
  fr.back = parent;
  pyEnter();
  if (P.heapFrames) allocHeapFrame(fr, parent);
  callStack.push(fr);
  let ok = false;
  try {
    decref((code.run as CodeRunner)(fr));
    ok = true;
  } finally {
    callStack.pop();
    pyLeave();
    if (P.heapFrames) finishFrame(fr, ok);
    if (parent !== null) ST.line = programLine(parent);
    for (const o of arena) decref(o);
  }
}

function markForeign(code: Code, stdlib: string): void {
  code.foreign = true;
  if (stdlib !== '') code.stdlib = stdlib;
  for (const c of code.children) markForeign(c, stdlib);
}

// ---------------------------------------------------------------- fields

interface FieldInfo {
  obj: PyObject;
  name: string;
}

function slot(f: PyObject, name: string): PyObject {
  return getAttr(f, name);
}
function slotIs(f: PyObject, name: string, v: PyObject): boolean {
  const x = getAttr(f, name);
  decref(x);
  return x === v;
}
function slotTrue(f: PyObject, name: string): boolean {
  const x = getAttr(f, name);
  try {
    return truthy(x);
  } finally {
    decref(x);
  }
}
function setSlot(f: PyObject, name: string, v: PyObject): void {
  setAttr(f, name, v);
}

const FIELD_KW = (): string[] => ['default', 'default_factory', 'init', 'repr', 'hash', 'compare', 'metadata', ...(P.minor >= 10 ? ['kw_only'] : [])];

/** Field(default, default_factory, init, repr, hash, compare, metadata[, kw_only]). */
function newField(vals: Map<string, PyObject>): PyObject {
  const f = call(st.fieldType, []);
  setSlot(f, 'name', S.None);
  setSlot(f, 'type', S.None);
  for (const k of ['default', 'default_factory', 'init', 'repr', 'hash', 'compare']) setSlot(f, k, vals.get(k) as PyObject);
  const md = vals.get('metadata') as PyObject;
  if (md === S.None) setSlot(f, 'metadata', st.emptyMetadata);
  else {
    // types.MappingProxyType(metadata)
    if (md.t !== T.dict) stop('dataclasses.field(metadata=...) with something other than a dict');
    const mp = newMappingProxy(md);
    setSlot(f, 'metadata', mp);
    decref(mp);
  }
  if (P.minor >= 10) setSlot(f, 'kw_only', vals.get('kw_only') as PyObject);
  setSlot(f, '_field_type', S.None);
  return f;
}

function fieldImpl(args: PyObject[], kwnames: string[] | null): PyObject {
  const sig: PySig = { name: 'field', qualname: 'field', params: [], posonly: 0, ndefaults: 0, kwonly: FIELD_KW(), kwonlyDefaults: FIELD_KW() };
  const b = bindPy(sig, args, kwnames);
  pythonLevelCall('dataclasses.field()', WHY);
  const vals = new Map<string, PyObject>();
  const dflt: Record<string, PyObject> = { default: st.missing, default_factory: st.missing, init: S.True, repr: S.True, hash: S.None, compare: S.True, metadata: S.None, kw_only: st.missing };
  for (const k of FIELD_KW()) vals.set(k, b.kwonly.get(k) ?? dflt[k]);
  if (vals.get('default') !== st.missing && vals.get('default_factory') !== st.missing) raise(T.ValueError, 'cannot specify both default and default_factory');
  return newField(vals);
}

// ---------------------------------------------------------------- the generated source

interface Gen {
  name: string;
  args: string[];
  body: string[];
  locals: [string, PyObject][];
  returnNone: boolean;
}

function tupleStr(obj: string, flds: FieldInfo[]): string {
  if (flds.length === 0) return '()';
  return `(${flds.map((f) => `${obj}.${f.name}`).join(',')},)`;
}

function pyRepr(s: string): string {
  // repr() of a field name (an identifier): single quotes
  return `'${s}'`;
}

// ---------------------------------------------------------------- the decorator

interface Params {
  init: boolean; repr: boolean; eq: boolean; order: boolean; unsafeHash: boolean; frozen: boolean;
  matchArgs: boolean; kwOnly: boolean; slots: boolean; weakrefSlot: boolean;
  objs: PyObject[];
}

function dataclassSig(): PySig {
  const kw = ['init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen', ...(P.minor >= 10 ? ['match_args', 'kw_only', 'slots'] : []), ...(P.minor >= 11 ? ['weakref_slot'] : [])];
  return { name: 'dataclass', qualname: 'dataclass', params: ['cls'], posonly: 1, ndefaults: 1, kwonly: kw, kwonlyDefaults: kw };
}

function dataclassImpl(args: PyObject[], kwnames: string[] | null): PyObject {
  const b = bindPy(dataclassSig(), args, kwnames);
  pythonLevelCall('dataclasses.dataclass()', WHY);
  const get = (k: string, d: PyObject): PyObject => b.kwonly.get(k) ?? d;
  const objs = [get('init', S.True), get('repr', S.True), get('eq', S.True), get('order', S.False), get('unsafe_hash', S.False), get('frozen', S.False)];
  if (P.minor >= 10) objs.push(get('match_args', S.True), get('kw_only', S.False), get('slots', S.False));
  if (P.minor >= 11) objs.push(get('weakref_slot', S.False));
  const p: Params = {
    init: truthy(objs[0]), repr: truthy(objs[1]), eq: truthy(objs[2]), order: truthy(objs[3]), unsafeHash: truthy(objs[4]), frozen: truthy(objs[5]),
    matchArgs: P.minor >= 10 ? truthy(objs[6]) : false, kwOnly: P.minor >= 10 ? truthy(objs[7]) : false, slots: P.minor >= 10 ? truthy(objs[8]) : false,
    weakrefSlot: P.minor >= 11 ? truthy(objs[9]) : false, objs,
  };
  const cls = b.args[0];
  if (cls === null || cls === S.None) {
    // @dataclass(...): the `wrap` closure
    const held = objs.map((o) => incref(o));
    const wrap = builtinFunction('wrap', (_s, a2, kw2) => {
      const [c] = parseArgs('wrap', a2, kw2, ['cls'], 1) as PyObject[];
      return processClass(c, p);
    }, null);
    pythonStandIns.add(wrap.v as object);
    void held;
    return wrap;
  }
  return processClass(cls, p);
}

function processClass(cls: PyObject, p: Params): PyObject {
  pythonLevelCall('dataclasses.dataclass()', WHY);
  const code = stdlibCode('dataclasses', '_process_class', '_process_class', 20, 40);
  return runStdlibFrame(code, st.dict, [cls], () => processClassBody(cls, p));
}

function clsDict(cls: PyObject): PyObject {
  return (cls.v as TypeInfo).dict;
}

function processClassBody(cls: PyObject, p: Params): PyObject {
  if (!isSubtype(cls.t, T.type)) stop('@dataclass on something other than a class');
  if (cls.t !== T.type) stop('@dataclass on a class with a metaclass');
  const ti = cls.v as TypeInfo;
  // globals = sys.modules[cls.__module__].__dict__
  const modName = getAttr(cls, '__module__');
  const isMain = modName.t === T.str && modName.v === '__main__';
  decref(modName);
  if (!isMain || callStack.length === 0) stop('@dataclass on a class whose __module__ is not __main__');
  const globals = callStack[0].g;

  // setattr(cls, _PARAMS, _DataclassParams(...))
  const params = call(st.paramsType, []);
  const pnames = ['init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen', ...(P.minor >= 12 ? ['match_args', 'kw_only', 'slots', 'weakref_slot'] : [])];
  pnames.forEach((n, i) => setAttr(params, n, p.objs[i]));
  setAttr(cls, '__dataclass_params__', params);
  decref(params);

  // the bases, in reverse MRO order: getattr(b, _FIELDS, None)
  const fields = newDict();
  try {
    const mro = ti.mro.slice();
    let anyFrozenBase = false;
    let hasDataclassBases = false;
    for (let i = mro.length - 1; i >= 1; i--) {
      const bf = getAttrOpt(mro[i], '__dataclass_fields__');
      if (bf !== null) {
        try {
          if (bf.t !== T.dict) stop('a dataclass base whose __dataclass_fields__ is not a dict');
          hasDataclassBases = true;
          for (const [, f] of dictEntries(bf)) {
            const nm = getAttr(f, 'name');
            try {
              if (nm.t !== T.str) stop('a dataclass base field whose name is not a str');
              dictSetStr(fields, nm.v as string, f);
            } finally {
              decref(nm);
            }
          }
        } finally {
          decref(bf);
        }
        const bp = getAttr(mro[i], '__dataclass_params__');
        try {
          if (slotTrue(bp, 'frozen')) anyFrozenBase = true;
        } finally {
          decref(bp);
        }
      }
    }
    // cls_annotations
    const ann = dictGetStr(clsDict(cls), '__annotations__');
    if (ann !== null && ann.t !== T.dict) stop('@dataclass on a class whose __annotations__ is not a dict');
    const annItems: [string, PyObject, PyObject][] = [];
    if (ann !== null) {
      for (const [k, v] of dictEntries(ann)) {
        if (k.t !== T.str) stop('a dataclass annotation with a non-str key');
        annItems.push([k.v as string, k, v]);
      }
    }
    const clsFields: FieldInfo[] = [];
    let kwOnly = p.kwOnly;
    let kwOnlySeen = false;
    for (const [name, key, type] of annItems) {
      // _is_kw_only: the KW_ONLY sentinel switches the default to keyword-only (3.10+)
      if (st.kwOnly !== null && (type === st.kwOnly || (type.t === T.str && isTypeString(type, globals, (o) => o === st.kwOnly)))) {
        if (kwOnlySeen) raise(T.TypeError, `'${name}' is KW_ONLY, but KW_ONLY has already been specified`);
        kwOnlySeen = true;
        kwOnly = true;
        continue;
      }
      if (isSubtype(type.t, T.str) && type.t !== T.str) stop(`the annotation of dataclass field '${name}' (a str subclass)`);
      clsFields.push({ obj: getField(cls, name, key, type, kwOnly, globals), name });
    }
    try {
      for (const f of clsFields) {
        dictSetStr(fields, f.name, f.obj);
        const cur = getAttrOpt(cls, f.name);
        const isField = cur !== null && isSubtype(cur.t, st.fieldType);
        xdecref(cur);
        if (isField) {
          const d = slot(f.obj, 'default');
          try {
            if (d === st.missing) setAttr(cls, f.name, null);
            else setAttr(cls, f.name, d);
          } finally {
            decref(d);
          }
        }
      }
    } finally {
      for (const f of clsFields) decref(f.obj);
    }
    // Field members without annotations
    for (const [k, v] of dictEntries(clsDict(cls))) {
      if (isSubtype(v.t, st.fieldType) && !annItems.some(([n]) => n === k.v)) raise(T.TypeError, `'${k.v as string}' is a field but has no type annotation`);
    }
    if (hasDataclassBases) {
      if (anyFrozenBase && !p.frozen) raise(T.TypeError, 'cannot inherit non-frozen dataclass from a frozen one');
      if (!anyFrozenBase && p.frozen) raise(T.TypeError, 'cannot inherit frozen dataclass from a non-frozen one');
    }
    setAttr(cls, '__dataclass_fields__', fields);
    const classHash = dictGetStr(clsDict(cls), '__hash__');
    const hasExplicitHash = !(classHash === null || (classHash === S.None && dictGetStr(clsDict(cls), '__eq__') !== null));
    if (p.order && !p.eq) raise(T.ValueError, 'eq must be true if order is true');

    const all: FieldInfo[] = [...dictEntries(fields)].map(([k, v]) => ({ name: k.v as string, obj: v }));
    // all_init_fields: the _FIELD and _FIELD_INITVAR entries (not the ClassVars)
    const initFields = all.filter((f) => !slotIs(f.obj, '_field_type', st.classVarMarker));
    const std = P.minor >= 10 ? initFields.filter((f) => slotTrue(f.obj, 'init') && !slotTrue(f.obj, 'kw_only')) : initFields.filter((f) => slotTrue(f.obj, 'init'));
    const kwo = P.minor >= 10 ? initFields.filter((f) => slotTrue(f.obj, 'init') && slotTrue(f.obj, 'kw_only')) : [];

    const gens: Gen[] = [];
    const builder = P.minor >= 13;
    /** 3.8-3.12: each method is made (and set) as it is generated */
    const makeNow = (g: Gen): PyObject => createFn(g, globals);
    const setNew = (name: string, v: PyObject): boolean => {
      if (dictGetStr(clsDict(cls), name) !== null) return true;
      // (3.10-3.12 _set_qualname; 3.13 names the generated functions itself)
      if (P.minor >= 10 && P.minor <= 12 && v.t === T.function) setQualname(cls, v);
      setAttr(cls, name, v);
      return false;
    };

    // (inspect.signature for __doc__ reads the __init__ the class ends up with)
    const ownInit = dictGetStr(clsDict(cls), '__init__') !== null;
    if (p.init) {
      const hasPostInit = (() => {
        const x = getAttrOpt(cls, '__post_init__');
        xdecref(x);
        return x !== null;
      })();
      const selfName = dictGetStr(fields, 'self') !== null ? '__dataclass_self__' : 'self';
      const g = initFn(initFields, std, kwo, p.frozen, hasPostInit, selfName, p.slots);
      if (builder) gens.push(g);
      else {
        const fn = makeNow(g);
        setNew('__init__', fn);
        decref(fn);
      }
    }
    if (builder) {
      // _set_new_attribute(cls, '__replace__', _replace)
      setNew('__replace__', st.replaceFn as PyObject);
    }
    const fieldList = all.filter((f) => slotIs(f.obj, '_field_type', st.fieldMarker));
    if (p.repr) {
      const flds = fieldList.filter((f) => slotTrue(f.obj, 'repr'));
      const inner = flds.map((f) => `${f.name}={self.${f.name}!r}`).join(', ');
      if (builder) {
        gens.push({ name: '__repr__', args: ['self'], body: [`  return f"{self.__class__.__qualname__}(${inner})"`], locals: [['__dataclasses_recursive_repr', st.recursiveRepr]], returnNone: false, decorator: '@__dataclasses_recursive_repr()' } as Gen & { decorator: string });
      } else {
        const fn = makeNow({ name: '__repr__', args: ['self'], body: [`return self.__class__.__qualname__ + f"(${inner})"`], locals: [], returnNone: false });
        const wrapped = call(st.recursiveRepr, [fn]);
        decref(fn);
        setNew('__repr__', wrapped);
        decref(wrapped);
      }
    }
    if (p.eq) {
      const flds = fieldList.filter((f) => slotTrue(f.obj, 'compare'));
      if (builder) {
        const terms = flds.map((f) => `self.${f.name}==other.${f.name}`).join(' and ') || 'True';
        gens.push({ name: '__eq__', args: ['self', 'other'], body: ['  if self is other:', '   return True', '  if other.__class__ is self.__class__:', `   return ${terms}`, '  return NotImplemented'], locals: [], returnNone: false });
      } else {
        const fn = makeNow(cmpFn('__eq__', '==', tupleStr('self', flds), tupleStr('other', flds)));
        setNew('__eq__', fn);
        decref(fn);
      }
    }
    if (p.order) {
      const flds = fieldList.filter((f) => slotTrue(f.obj, 'compare'));
      for (const [name, op] of [['__lt__', '<'], ['__le__', '<='], ['__gt__', '>'], ['__ge__', '>=']]) {
        const g = cmpFn(name, op, tupleStr('self', flds), tupleStr('other', flds));
        if (builder) {
          g.body = g.body.map((l) => '  ' + l);
          (g as Gen & { overwrite?: string }).overwrite = 'Consider using functools.total_ordering';
          gens.push(g);
        } else {
          const fn = makeNow(g);
          const exists = setNew(name, fn);
          decref(fn);
          if (exists) raise(T.TypeError, `Cannot overwrite attribute ${name} in class ${ti.name}. Consider using functools.total_ordering`);
        }
      }
    }
    if (p.frozen) {
      const names = fieldList.map((f) => pyRepr(f.name));
      let cond = 'type(self) is cls';
      if (P.minor >= 12) {
        if (names.length > 0) cond += ' or name in {' + names.join(', ') + '}';
      } else {
        cond += ` or name in ${names.length > 0 ? '(' + names.join(',') + ',)' : '()'}`;
      }
      const locals: [string, PyObject][] = [['cls', cls], ['FrozenInstanceError', st.frozenError]];
      const ind = builder ? '  ' : '';
      const sa: Gen = { name: '__setattr__', args: ['self', 'name', 'value'], body: [`${ind}if ${cond}:`, `${ind} raise FrozenInstanceError(f"cannot assign to field {name!r}")`, `${ind}super(cls, self).__setattr__(name, value)`], locals, returnNone: false };
      const da: Gen = { name: '__delattr__', args: ['self', 'name'], body: [`${ind}if ${cond}:`, `${ind} raise FrozenInstanceError(f"cannot delete field {name!r}")`, `${ind}super(cls, self).__delattr__(name)`], locals, returnNone: false };
      if (builder) {
        (sa as Gen & { overwrite?: string }).overwrite = '';
        (da as Gen & { overwrite?: string }).overwrite = '';
        gens.push(sa, da);
      } else {
        // both made before either is set (_frozen_get_del_attr returns a tuple)
        const fns = [makeNow(sa), makeNow(da)];
        try {
          for (const fn of fns) {
            const nm = fn === fns[0] ? '__setattr__' : '__delattr__';
            if (setNew(nm, fn)) raise(T.TypeError, `Cannot overwrite attribute ${nm} in class ${ti.name}`);
          }
        } finally {
          fns.forEach((f) => decref(f));
        }
      }
    }
    // __hash__
    const action = hashAction(p.unsafeHash, p.eq, p.frozen, hasExplicitHash);
    if (action === 'exception') raise(T.TypeError, `Cannot overwrite attribute __hash__ in class ${ti.name}`);
    if (action === 'none') setAttr(cls, '__hash__', S.None);
    if (action === 'add') {
      const flds = fieldList.filter((f) => {
        const h = slot(f.obj, 'hash');
        try {
          return h === S.None ? slotTrue(f.obj, 'compare') : truthy(h);
        } finally {
          decref(h);
        }
      });
      const g: Gen = { name: '__hash__', args: ['self'], body: [`${builder ? '  ' : ''}return hash(${tupleStr('self', flds)})`], locals: [], returnNone: false };
      if (builder) {
        (g as Gen & { unconditional?: boolean }).unconditional = true;
        gens.push(g);
      } else {
        const fn = makeNow(g);
        if (P.minor >= 10) setQualname(cls, fn);
        setAttr(cls, '__hash__', fn);
        decref(fn);
      }
    }
    if (builder) addFnsToClass(cls, gens, globals);

    // __doc__: cls.__name__ + str(inspect.signature(cls)).replace(' -> None', '')
    const doc = getAttr(cls, '__doc__');
    const hasDoc = truthy(doc);
    decref(doc);
    if (!hasDoc) {
      let sig: string;
      if (p.init && !ownInit) {
        const initFn0 = dictGetStr(clsDict(cls), '__init__');
        // inspect.signature reads __init__'s annotations (3.10+ makes its dict then)
        if (initFn0 !== null) decref(getAttr(initFn0, '__annotations__'));
        sig = signatureText(std, kwo);
      } else {
        // no generated __init__: inspect.signature of a class whose __init__ and __new__ are
        // object's is '()'; anything else it would read from the class's own methods
        for (let i = 0; i < ti.mro.length - 1; i++) {
          const md = (ti.mro[i].v as TypeInfo).dict;
          if (dictGetStr(md, '__init__') !== null || dictGetStr(md, '__new__') !== null || dictGetStr(md, '__signature__') !== null) stop('the __doc__ of a dataclass whose __init__ is not the generated one (inspect.signature of the class)');
        }
        sig = '()';
      }
      const ds = newStr(ti.name + sig);
      setAttr(cls, '__doc__', ds);
      decref(ds);
    }
    if (P.minor >= 10 && p.matchArgs) {
      const t = newTuple(std.map((f) => getAttr(f.obj, 'name')));
      setNew('__match_args__', t);
      decref(t);
    }
    if (P.minor >= 11 && p.weakrefSlot && !p.slots) raise(T.TypeError, 'weakref_slot is True but slots is False');
    if (p.slots) return addSlots(cls, p, fieldList);
    return incref(cls);
  } finally {
    decref(fields);
  }
}

function setQualname(cls: PyObject, fn: PyObject): void {
  const q = getAttr(cls, '__qualname__');
  const n = getAttr(fn, '__name__');
  const s = newStr(`${q.v as string}.${n.v as string}`);
  decref(q);
  decref(n);
  setAttr(fn, '__qualname__', s);
  decref(s);
}

function hashAction(unsafe: boolean, eq: boolean, frozen: boolean, explicit: boolean): 'none' | 'add' | 'exception' | null {
  if (!unsafe) {
    if (!eq) return null;
    if (!frozen) return explicit ? null : 'none';
    return explicit ? null : 'add';
  }
  return explicit ? 'exception' : 'add';
}

function cmpFn(name: string, op: string, selfT: string, otherT: string): Gen {
  return { name, args: ['self', 'other'], body: ['if other.__class__ is self.__class__:', ` return ${selfT}${op}${otherT}`, 'return NotImplemented'], locals: [], returnNone: false };
}

/** _is_type: whether a string annotation names, by the regex `^(?:\s*(\w+)\s*\.)?\s*(\w+)`, an
 * object of dataclasses that `pred` accepts: the bare name looked up in the class's module
 * (__main__), `dataclasses.NAME` when __main__'s `dataclasses` is the module. (ClassVar is only
 * checked when typing is imported.) */
function isTypeString(ann: PyObject, globals: PyObject, pred: (o: PyObject | null) => boolean): boolean {
  const text = ann.v as string;
  if (/[^\x00-\x7f]/.test(text)) stop('a non-ASCII string annotation of a dataclass field');
  const m = /^(?:\s*(\w+)\s*\.)?\s*(\w+)/.exec(text);
  if (m === null) return false;
  let ns: PyObject | null = null;
  // (typing.ClassVar named through __main__'s typing module: typing's ClassVar is not simulated)
  if (m[1] !== undefined && m[1] !== '' && loadedModules().get('typing') !== undefined && dictGetStr(globals, m[1]) === loadedModules().get('typing')) stop('a dataclass field annotated with a string naming typing\'s objects');
  if (m[1] === undefined || m[1] === '') ns = globals;
  else if (dictGetStr(globals, m[1]) === st.mod) ns = st.dict;
  if (ns === null) return false;
  return pred(dictGetStr(ns, m[2]));
}

function getField(cls: PyObject, name: string, key: PyObject, type: PyObject, kwOnlyDefault: boolean, globals: PyObject): PyObject {
  // default = getattr(cls, a_name, MISSING)
  let dflt = getAttrOpt(cls, name);
  let f: PyObject;
  if (dflt !== null && isSubtype(dflt.t, st.fieldType)) {
    f = dflt;
  } else {
    // a __slots__ member descriptor is no default
    if (dflt !== null && dflt.t === T.member_descriptor) {
      decref(dflt);
      dflt = null;
    }
    const d = dflt ?? incref(st.missing);
    dflt = d;
    const vals = new Map<string, PyObject>([['default', d], ['default_factory', st.missing], ['init', S.True], ['repr', S.True], ['hash', S.None], ['compare', S.True], ['metadata', S.None], ['kw_only', st.missing]]);
    f = newField(vals);
    decref(d);
  }
  setAttr(f, 'name', key);
  setAttr(f, 'type', type);
  // _is_initvar: a_type is InitVar or type(a_type) is InitVar
  // _is_classvar, when sys.modules has typing: a_type is typing.ClassVar or a _GenericAlias whose
  // origin it is, or a string naming it (_is_type); checked before InitVar
  const classVar = loadedModules().get('typing') !== undefined && (isClassVarObj(type) || (type.t === T.str && isTypeString(type, globals, isClassVarObj)));
  const isInitVar = (o: PyObject | null): boolean => o !== null && (o === st.initVarType || o.t === st.initVarType);
  const initVar = !classVar && (isInitVar(type) || (type.t === T.str && isTypeString(type, globals, isInitVar)));
  setAttr(f, '_field_type', classVar ? st.classVarMarker : initVar ? st.initVarMarker : st.fieldMarker);
  if ((initVar || classVar) && !slotIs(f, 'default_factory', st.missing)) {
    decref(f);
    raise(T.TypeError, `field ${name} cannot have a default factory`);
  }
  if (classVar) {
    // 3.10+: a ClassVar keeps kw_only MISSING, and may not set it
    if (P.minor >= 10 && !slotIs(f, 'kw_only', st.missing)) {
      decref(f);
      raise(T.TypeError, `field ${name} is a ClassVar but specifies kw_only`);
    }
    return f;
  }
  if (P.minor >= 10 && slotIs(f, 'kw_only', st.missing)) setAttr(f, 'kw_only', kwOnlyDefault ? S.True : S.False);
  // mutable defaults (real fields only)
  if (initVar) return f;
  const d = slot(f, 'default');
  try {
    let mutable: boolean;
    if (P.minor >= 11) {
      const h = getAttrOpt(d.t, '__hash__');
      mutable = h === S.None;
      xdecref(h);
    } else mutable = isSubtype(d.t, T.list) || isSubtype(d.t, T.dict) || isSubtype(d.t, T.set);
    if (mutable) {
      const tr = reprJs(d.t);
      decref(f);
      raise(T.ValueError, `mutable default ${tr} for field ${name} is not allowed: use default_factory`);
    }
  } finally {
    decref(d);
  }
  return f;
}

function initFn(fields: FieldInfo[], std: FieldInfo[], kwo: FieldInfo[], frozen: boolean, hasPostInit: boolean, selfName: string, slots: boolean): Gen {
  const v = P.minor;
  const builder = v >= 13;
  const names = v >= 12 ? { type: (n: string) => `__dataclass_type_${n}__`, dflt: (n: string) => `__dataclass_dflt_${n}__`, hdf: '__dataclass_HAS_DEFAULT_FACTORY__' } : { type: (n: string) => `_type_${n}`, dflt: (n: string) => `_dflt_${n}`, hdf: '_HAS_DEFAULT_FACTORY' };
  let seen: FieldInfo | null = null;
  for (const f of std) {
    if (!slotTrue(f.obj, 'init')) continue;
    if (!(slotIs(f.obj, 'default', st.missing) && slotIs(f.obj, 'default_factory', st.missing))) seen = f;
    else if (seen !== null) raise(T.TypeError, v >= 13 ? `non-default argument '${f.name}' follows default argument '${seen.name}'` : `non-default argument '${f.name}' follows default argument`);
  }
  const locals: [string, PyObject][] = fields.map((f) => [names.type(f.name), slot(f.obj, 'type')]);
  locals.forEach(([, o]) => decref(o));
  if (v <= 11) locals.push(['MISSING', st.missing]);
  locals.push([names.hdf, st.hasDefaultFactory]);
  if (v >= 10) locals.push(['__dataclass_builtins_object__', T.object]);
  const body: string[] = [];
  const ind = builder ? '  ' : '';
  for (const f of fields) {
    const dn = names.dflt(f.name);
    const df = slot(f.obj, 'default_factory');
    const d = slot(f.obj, 'default');
    decref(df);
    decref(d);
    const init = slotTrue(f.obj, 'init');
    let value: string | null;
    if (df !== st.missing) {
      locals.push([dn, df]);
      value = init ? `${dn}() if ${f.name} is ${names.hdf} else ${f.name}` : `${dn}()`;
    } else if (init) {
      if (d !== st.missing) locals.push([dn, d]);
      value = f.name;
    } else if (v >= 10 && slots && d !== st.missing) {
      locals.push([dn, d]);
      value = dn;
    } else value = null;
    if (value === null) continue;
    // (an InitVar's default is passed, but nothing is assigned)
    if (slotIs(f.obj, '_field_type', st.initVarMarker)) continue;
    if (frozen) body.push(`${ind}${v >= 10 ? '__dataclass_builtins_object__' : 'BUILTINS.object'}.__setattr__(${selfName},${pyRepr(f.name)},${value})`);
    else body.push(`${ind}${selfName}.${f.name}=${value}`);
  }
  if (hasPostInit) {
    const params = fields.filter((f) => slotIs(f.obj, '_field_type', st.initVarMarker)).map((f) => f.name).join(',');
    body.push(`${ind}${selfName}.__post_init__(${params})`);
  }
  if (body.length === 0) body.push(`${ind}pass`);
  const param = (f: FieldInfo): string => {
    const d = slot(f.obj, 'default');
    const df = slot(f.obj, 'default_factory');
    decref(d);
    decref(df);
    const suffix = d === st.missing && df === st.missing ? '' : d !== st.missing ? `=${names.dflt(f.name)}` : `=${names.hdf}`;
    return `${f.name}:${names.type(f.name)}${suffix}`;
  };
  const args = [selfName, ...std.map(param)];
  if (kwo.length > 0) args.push('*', ...kwo.map(param));
  return { name: '__init__', args, body, locals, returnNone: true };
}

/** _create_fn (3.8-3.12): exec the text and call __create_fn__(**locals). */
function createFn(g: Gen, globals: PyObject): PyObject {
  const locals = [...g.locals];
  if (P.minor === 8 && !locals.some(([k]) => k === 'BUILTINS')) locals.push(['BUILTINS', builtinsModuleObj()]);
  let ret = '';
  if (g.returnNone) {
    const rn = P.minor >= 12 ? '__dataclass_return_type__' : '_return_type';
    locals.push([rn, S.None]);
    ret = `->${rn}`;
  }
  const body = g.body.map((b) => `  ${b}`).join('\n');
  let txt = ` def ${g.name}(${g.args.join(',')})${ret}:\n${body}`;
  txt = `def __create_fn__(${locals.map(([k]) => k).join(', ')}):\n${txt}\n return ${g.name}`;
  return runCreateFn(txt, globals, locals);
}

function runCreateFn(txt: string, globals: PyObject, locals: [string, PyObject][]): PyObject {
  const ns = newDict();
  try {
    execText(txt, globals, ns, '');
    const cf = dictGetStr(ns, '__create_fn__') as PyObject;
    return call(cf, locals.map(([, o]) => o), locals.map(([k]) => k));
  } finally {
    decref(ns);
  }
}

/** 3.13's _FuncBuilder.add_fns_to_class. */
function addFnsToClass(cls: PyObject, gens: Gen[], globals: PyObject): void {
  const locals: [string, PyObject][] = [];
  const put = (k: string, v: PyObject): void => {
    const i = locals.findIndex(([n]) => n === k);
    if (i >= 0) locals[i] = [k, v];
    else locals.push([k, v]);
  };
  const src: string[] = [];
  for (const g of gens) {
    for (const [k, v] of g.locals) put(k, v);
    let ret = '';
    if (g.returnNone) {
      put(`__dataclass_${g.name}_return_type__`, S.None);
      ret = `->__dataclass_${g.name}_return_type__`;
    }
    const dec = (g as Gen & { decorator?: string }).decorator;
    src.push(`${dec ? ` ${dec}\n` : ''} def ${g.name}(${g.args.join(',')})${ret}:\n${g.body.join('\n')}`);
  }
  const names = gens.map((g) => g.name);
  const rn = names.length === 0 ? '()' : `(${names.join(',')},)`;
  const txt = `def __create_fn__(${locals.map(([k]) => k).join(',')}):\n${src.join('\n')}\n return ${rn}`;
  const fns = runCreateFn(txt, globals, locals);
  try {
    const items = fns.v as PyObject[];
    const tiName = (cls.v as TypeInfo).name;
    gens.forEach((g, i) => {
      const fn = items[i];
      setQualname(cls, fn);
      if ((g as Gen & { unconditional?: boolean }).unconditional) setAttr(cls, g.name, fn);
      else {
        const exists = dictGetStr(clsDict(cls), g.name) !== null;
        if (!exists) setAttr(cls, g.name, fn);
        const ow = (g as Gen & { overwrite?: string }).overwrite;
        if (exists && ow !== undefined) raise(T.TypeError, `Cannot overwrite attribute ${g.name} in class ${tiName}${ow !== '' ? ' ' + ow : ''}`);
      }
    });
  } finally {
    decref(fns);
  }
}

function builtinsModuleObj(): PyObject {
  const m = dictGetStr(callStack[0].g, '__builtins__');
  if (m === null) stop('dataclasses on 3.8 without __builtins__');
  return m;
}

/** str(inspect.signature(cls)) without ' -> None', for the generated __init__. */
function signatureText(std: FieldInfo[], kwo: FieldInfo[]): string {
  const param = (f: FieldInfo): string => {
    const t = slot(f.obj, 'type');
    const d = slot(f.obj, 'default');
    const df = slot(f.obj, 'default_factory');
    try {
      const ann = formatAnnotation(t);
      if (d !== st.missing) return `${f.name}: ${ann} = ${reprJs(d)}`;
      if (df !== st.missing) return `${f.name}: ${ann} = <factory>`;
      return `${f.name}: ${ann}`;
    } finally {
      decref(t);
      decref(d);
      decref(df);
    }
  };
  const parts = std.map(param);
  if (kwo.length > 0) parts.push('*', ...kwo.map(param));
  return `(${parts.join(', ')})`;
}

function formatAnnotation(a: PyObject): string {
  // inspect.formatannotation: typing's objects (their __module__ is 'typing') by their repr
  // without the 'typing.' prefixes
  if ((a.t.v as TypeInfo).module === 'typing' && !isSubtype(a.t, T.type)) return reprJs(a).split('typing.').join('');
  if (isSubtype(a.t, T.type)) {
    const m = getAttr(a, '__module__');
    const q = getAttr(a, '__qualname__');
    try {
      if (m.t !== T.str || q.t !== T.str) stop('the __doc__ of a dataclass annotated with an unusual class');
      if (m.v === 'typing') stop('the __doc__ of a dataclass annotated with a typing construct');
      return m.v === 'builtins' ? (q.v as string) : `${m.v as string}.${q.v as string}`;
    } finally {
      decref(m);
      decref(q);
    }
  }
  if (a === S.None) return 'None';
  // (3.9+: `isinstance(annotation, types.GenericAlias)` -> str(annotation), list[int])
  if (isGenericAlias(a)) return reprJs(a);
  // (a types.UnionType, int | None: its __module__ is 'types', so repr())
  if (isUnion(a)) return reprJs(a);
  if (a.t === T.str || a.t === st.initVarType) return reprJs(a);
  stop('the __doc__ of a dataclass annotated with something other than a class or None');
}

/** _add_slots: a new class with __slots__ replaces the decorated one. */
function addSlots(cls: PyObject, p: Params, all: FieldInfo[]): PyObject {
  const ti = cls.v as TypeInfo;
  if (dictGetStr(ti.dict, '__slots__') !== null) raise(T.TypeError, `${ti.name} already specifies __slots__`);
  for (let i = 1; i < ti.mro.length - 1; i++) {
    if (dictGetStr((ti.mro[i].v as TypeInfo).dict, '__slots__') !== null) stop('@dataclass(slots=True) on a class whose bases define __slots__');
  }
  // cls_dict = dict(cls.__dict__)
  const proxy = getAttr(cls, '__dict__');
  let cd: PyObject;
  try {
    cd = call(T.dict, [proxy]);
  } finally {
    decref(proxy);
  }
  try {
    const names = all.map((f) => getAttr(f.obj, 'name'));
    if (p.weakrefSlot) names.push(internStr('__weakref__', false));
    const slotsT = newTuple(names);
    dictSetStr(cd, '__slots__', slotsT);
    decref(slotsT);
    for (const f of all) dictDelStr(cd, f.name);
    dictDelStr(cd, '__dict__');
    if (P.minor >= 11) dictDelStr(cd, '__weakref__');
    const qn = getAttrOpt(cls, '__qualname__');
    // type(cls)(cls.__name__, cls.__bases__, cls_dict): the new class shares the bases tuple
    const nameObj = getAttr(cls, '__name__');
    const basesObj = getAttr(cls, '__bases__');
    let nc: PyObject;
    try {
      nc = call(cls.t, [nameObj, basesObj, cd]);
    } finally {
      decref(nameObj);
      decref(basesObj);
    }
    if (qn !== null) {
      setAttr(nc, '__qualname__', qn);
      decref(qn);
    }
    if (p.frozen) {
      // pickling support for frozen classes with slots (3.11+: unless the class defines them)
      for (const [name, fn] of [['__getstate__', '_dataclass_getstate'], ['__setstate__', '_dataclass_setstate']]) {
        if (P.minor >= 11 && dictGetStr(cd, name) !== null) continue;
        setAttr(nc, name, dictGetStr(st.dict, fn) as PyObject);
      }
    }
    return nc;
  } finally {
    decref(cd);
  }
}

// ---------------------------------------------------------------- fields()

function fieldsImpl(args: PyObject[], kwnames: string[] | null): PyObject {
  const b = bindPy({ name: 'fields', qualname: 'fields', params: ['class_or_instance'], posonly: 0, ndefaults: 0 }, args, kwnames);
  const obj = b.args[0] as PyObject;
  pythonLevelCall('dataclasses.fields()', WHY);
  const code = stdlibCode('dataclasses', 'fields', 'fields', 10, 4);
  return runStdlibFrame(code, st.dict, [obj], () => {
    const fs = getAttrOpt(obj, '__dataclass_fields__');
    if (fs === null) raise(T.TypeError, 'must be called with a dataclass type or instance');
    try {
      if (fs.t !== T.dict) stop('dataclasses.fields() of a class whose __dataclass_fields__ is not a dict');
      const out: PyObject[] = [];
      for (const [, f] of dictEntries(fs)) {
        if (slotIs(f, '_field_type', st.fieldMarker)) out.push(incref(f));
      }
      return newTuple(out);
    } finally {
      decref(fs);
    }
  });
}

function replaceImpl(args: PyObject[], kwnames: string[] | null): PyObject {
  const b = bindPy({ name: 'replace', qualname: 'replace', params: ['obj'], posonly: 1, ndefaults: 0, varkw: true }, args, kwnames);
  const obj = b.args[0] as PyObject;
  pythonLevelCall('dataclasses.replace()', WHY);
  const code = stdlibCode('dataclasses', P.minor >= 13 ? '_replace' : 'replace', P.minor >= 13 ? '_replace' : 'replace', 10, 4);
  return runStdlibFrame(code, st.dict, [obj], () => {
    const fl = getAttrOpt(obj.t, '__dataclass_fields__');
    if (fl === null) raise(T.TypeError, 'replace() should be called on dataclass instances');
    const changes = new Map(b.kw);
    try {
      if (fl.t !== T.dict) stop('dataclasses.replace() of a class whose __dataclass_fields__ is not a dict');
      for (const [k, f] of dictEntries(fl)) {
        const name = k.v as string;
        // (only normal fields and InitVars)
        if (slotIs(f, '_field_type', st.classVarMarker)) continue;
        if (!slotTrue(f, 'init')) {
          if (changes.has(name)) raise(P.minor >= 13 ? T.TypeError : T.ValueError, `field ${name} is declared with init=False, it cannot be specified with replace()`);
          continue;
        }
        if (!changes.has(name)) {
          if (slotIs(f, '_field_type', st.initVarMarker) && slotIs(f, 'default', st.missing)) raise(P.minor >= 13 ? T.TypeError : T.ValueError, `InitVar '${name}' must be specified with replace()`);
          const v = getAttr(obj, name);
          changes.set(name, v);
          held.push(v);
        }
      }
      const kc = getAttr(obj, '__class__');
      try {
        return call(kc, [...changes.values()], [...changes.keys()]);
      } finally {
        decref(kc);
      }
    } finally {
      decref(fl);
      for (const h of held) decref(h);
      held.length = 0;
    }
  });
}
const held: PyObject[] = [];

// ---------------------------------------------------------------- asdict(), astuple()

function isDataclassInstance(obj: PyObject): boolean {
  const v = getAttrOpt(obj.t, '__dataclass_fields__');
  xdecref(v);
  return v !== null;
}

/** fields(obj): the _FIELD entries of __dataclass_fields__ (new references). */
function fieldObjs(obj: PyObject): PyObject[] {
  const fs = getAttr(obj, '__dataclass_fields__');
  try {
    if (fs.t !== T.dict) stop('a dataclass whose __dataclass_fields__ is not a dict');
    const out: PyObject[] = [];
    for (const [, f] of dictEntries(fs)) if (slotIs(f, '_field_type', st.fieldMarker)) out.push(incref(f));
    return out;
  } finally {
    decref(fs);
  }
}

let atomic: Set<PyObject> | null = null;
function atomicTypes(): Set<PyObject> {
  atomic ??= new Set([T.NoneType, T.bool, T.int, T.float, T.str, T.complex, T.bytes, T.ellipsis, T.NotImplementedType, T.code, T.builtin_function, T.function, T.type, T.range, T.property]);
  return atomic;
}

/** type(obj)(<generator over obj>) for an exact list or tuple: built from an iterator without a
 * length (list_extend's guess of 8, tuple's of 10, then cut back), as CPython's generator is. */
function fromLazy(type: PyObject, source: PyObject, each: (x: PyObject) => PyObject): PyObject {
  const mapType = dictGetStr(RT.builtins, 'map') as PyObject;
  const fn = builtinFunction('<genexpr>', (_s, a) => each(a[0]), null);
  try {
    const m = call(mapType, [fn, source]);
    try {
      return call(type, [m]);
    } finally {
      decref(m);
    }
  } finally {
    decref(fn);
  }
}

function pairOf(k: PyObject, v: PyObject, each: (x: PyObject) => PyObject): PyObject {
  const a = each(k);
  let b: PyObject;
  try {
    b = each(v);
  } catch (e) {
    decref(a);
    throw e;
  }
  return newTuple([a, b]);
}

function deepcopy(obj: PyObject): PyObject {
  const cp = dictGetStr(st.dict, 'copy') as PyObject;
  const dc = getAttr(cp, 'deepcopy');
  try {
    return call(dc, [obj]);
  } finally {
    decref(dc);
  }
}

function asdictInner(obj: PyObject): PyObject {
  const v = P.minor;
  const t = obj.t;
  if (v >= 12 && atomicTypes().has(t)) return incref(obj);
  if (isDataclassInstance(obj)) {
    const fs = fieldObjs(obj);
    try {
      if (v >= 12) {
        // {f.name: _asdict_inner(getattr(obj, f.name), dict) for f in fields(obj)}
        const d = newDict();
        try {
          for (const f of fs) {
            const name = getAttr(f, 'name');
            try {
              const val = getAttr(obj, name.v as string);
              let r: PyObject;
              try {
                r = asdictInner(val);
              } finally {
                decref(val);
              }
              try {
                dictSet(d, name, r);
              } finally {
                decref(r);
              }
            } finally {
              decref(name);
            }
          }
        } catch (e) {
          decref(d);
          throw e;
        }
        return d;
      }
      // result = [(f.name, value), ...]; return dict_factory(result)
      const result = newList([]);
      try {
        for (const f of fs) {
          const name = getAttr(f, 'name');
          let value: PyObject;
          try {
            const val = getAttr(obj, name.v as string);
            try {
              value = asdictInner(val);
            } finally {
              decref(val);
            }
          } catch (e) {
            decref(name);
            throw e;
          }
          const pair = newTuple([name, value]);
          listAppend(result, pair);
          decref(pair);
        }
        return call(T.dict, [result]);
      } finally {
        decref(result);
      }
    } finally {
      fs.forEach((f) => decref(f));
    }
  }
  return containerCopy(obj, asdictInner, 'asdict');
}

function containerCopy(obj: PyObject, each: (x: PyObject) => PyObject, what: string): PyObject {
  const v = P.minor;
  const t = obj.t;
  const isTuple = isSubtype(t, T.tuple);
  if (isTuple) {
    const nf = getAttrOpt(obj, '_fields');
    xdecref(nf);
    if (nf !== null) stop(`dataclasses.${what}() of a namedtuple field`);
  }
  if (isTuple || isSubtype(t, T.list)) {
    if (t !== T.tuple && t !== T.list) stop(`dataclasses.${what}() of a list or tuple subclass`);
    if (v >= 13 && what === 'asdict') {
      // [_asdict_inner(v) for v in obj] (3.13), tuple([...]) for a tuple
      const l = newList([]);
      try {
        for (const x of [...(obj.v as PyObject[])]) {
          const r = each(x);
          listAppend(l, r);
          decref(r);
        }
        return t === T.list ? incref(l) : call(T.tuple, [l]);
      } finally {
        decref(l);
      }
    }
    return fromLazy(t, obj, each);
  }
  if (isSubtype(t, T.dict)) {
    if (t !== T.dict) stop(`dataclasses.${what}() of a dict subclass`);
    if (v >= 13 && what === 'asdict') {
      const d = newDict();
      try {
        for (const [k, x] of [...dictEntries(obj)]) {
          const a = each(k);
          let b: PyObject;
          try {
            b = each(x);
          } catch (e) {
            decref(a);
            throw e;
          }
          try {
            dictSet(d, a, b);
          } finally {
            decref(a);
            decref(b);
          }
        }
      } catch (e) {
        decref(d);
        throw e;
      }
      return d;
    }
    // type(obj)((inner(k), inner(v)) for k, v in obj.items())
    const items = getAttr(obj, 'items');
    let it: PyObject;
    try {
      it = call(items, []);
    } finally {
      decref(items);
    }
    try {
      return fromLazy(t, it, (kv) => pairOf((kv.v as PyObject[])[0], (kv.v as PyObject[])[1], each));
    } finally {
      decref(it);
    }
  }
  return deepcopy(obj);
}

function astupleInner(obj: PyObject): PyObject {
  const v = P.minor;
  if (v >= 12 && atomicTypes().has(obj.t)) return incref(obj);
  if (isDataclassInstance(obj)) {
    const fs = fieldObjs(obj);
    const result = newList([]);
    try {
      for (const f of fs) {
        const name = getAttr(f, 'name');
        try {
          const val = getAttr(obj, name.v as string);
          let r: PyObject;
          try {
            r = astupleInner(val);
          } finally {
            decref(val);
          }
          listAppend(result, r);
          decref(r);
        } finally {
          decref(name);
        }
      }
      return call(T.tuple, [result]);
    } finally {
      decref(result);
      fs.forEach((f) => decref(f));
    }
  }
  return containerCopy(obj, astupleInner, 'astuple');
}

function asdictImpl(which: 'asdict' | 'astuple', args: PyObject[], kwnames: string[] | null): PyObject {
  const factory = which === 'asdict' ? 'dict_factory' : 'tuple_factory';
  const b = bindPy({ name: which, qualname: which, params: ['obj'], posonly: 0, ndefaults: 0, kwonly: [factory], kwonlyDefaults: [factory] }, args, kwnames);
  const obj = b.args[0] as PyObject;
  const fac = b.kwonly.get(factory);
  if (fac !== undefined && fac !== (which === 'asdict' ? T.dict : T.tuple)) stop(`dataclasses.${which}(${factory}=...)`);
  pythonLevelCall(`dataclasses.${which}()`, WHY);
  const code = stdlibCode('dataclasses', which, which, 10, 4);
  return runStdlibFrame(code, st.dict, [obj], () => {
    if (!isDataclassInstance(obj)) raise(T.TypeError, `${which}() should be called on dataclass instances`);
    return which === 'asdict' ? asdictInner(obj) : astupleInner(obj);
  });
}

// ---------------------------------------------------------------- the module

/** The recursion guard around __repr__, as Python code doing what CPython's does (3.8-3.12
 * dataclasses._recursive_repr decorated with functools.wraps; 3.13 reprlib.recursive_repr). */
function reprGuardSource(): string {
  if (P.minor >= 13) {
    return [
      "def recursive_repr(fillvalue='...'):",
      '    def decorating_function(user_function):',
      '        repr_running = set()',
      '        def wrapper(self):',
      '            key = id(self), get_ident()',
      '            if key in repr_running:',
      '                return fillvalue',
      '            repr_running.add(key)',
      '            try:',
      '                result = user_function(self)',
      '            finally:',
      '                repr_running.discard(key)',
      '            return result',
      "        wrapper.__module__ = getattr(user_function, '__module__')",
      "        wrapper.__doc__ = getattr(user_function, '__doc__')",
      "        wrapper.__name__ = getattr(user_function, '__name__')",
      "        wrapper.__qualname__ = getattr(user_function, '__qualname__')",
      "        wrapper.__annotations__ = getattr(user_function, '__annotations__', {})",
      "        wrapper.__type_params__ = getattr(user_function, '__type_params__', ())",
      '        wrapper.__wrapped__ = user_function',
      '        return wrapper',
      '    return decorating_function',
      '',
    ].join('\n');
  }
  return [
    'def _recursive_repr(user_function):',
    '    repr_running = set()',
    '    @functools.wraps(user_function)',
    '    def wrapper(self):',
    '        key = id(self), _thread.get_ident()',
    '        if key in repr_running:',
    "            return '...'",
    '        repr_running.add(key)',
    '        try:',
    '            result = user_function(self)',
    '        finally:',
    '            repr_running.discard(key)',
    '        return result',
    '    return wrapper',
    '',
  ].join('\n');
}

/** A thread identifier as _thread.get_ident() returns it on Linux (a pthread_t: an int of two
 * 30-bit digits; its value is not observable here). */
const THREAD_IDENT = 140_000_000_000_000;

function slottedClass(name: string, slots: string[], bases: PyObject[] = [T.object]): PyObject {
  const ns = newDict();
  try {
    const put = (k: string, v: PyObject): void => {
      dictSetStr(ns, k, v);
      decref(v);
    };
    put('__module__', newStr('dataclasses'));
    put('__qualname__', newStr(name));
    if (slots.length > 0 || bases[0] === T.object) put('__slots__', newTuple(slots.map((s) => newStr(s))));
    return typeNew(T.type, name, bases, ns);
  } finally {
    decref(ns);
  }
}

function plainClass(name: string, bases: PyObject[] = [T.object]): PyObject {
  const ns = newDict();
  try {
    const put = (k: string, v: PyObject): void => {
      dictSetStr(ns, k, v);
      decref(v);
    };
    put('__module__', newStr('dataclasses'));
    put('__qualname__', newStr(name));
    return typeNew(T.type, name, bases, ns);
  } finally {
    decref(ns);
  }
}

/** The recursion guard's answer for a repr already running on the same object ('...'). */
const reprRunning = new Set<PyObject>();
function guardedRepr(o: PyObject, f: () => PyObject): PyObject {
  if (reprRunning.has(o)) return newStr('...');
  reprRunning.add(o);
  try {
    return f();
  } finally {
    reprRunning.delete(o);
  }
}

/** Methods of the module's classes (CPython's are Python functions), set as a class attribute
 * is so the type's slots see them. */
function defDunders(t: PyObject, defs: Record<string, (self: PyObject, args: PyObject[], kw: string[] | null) => PyObject>): void {
  defMethods(t, defs);
  for (const name of Object.keys(defs)) {
    const descr = incref(dictGetStr((t.v as TypeInfo).dict, name) as PyObject);
    setAttr(t, name, descr);
    decref(descr);
  }
}

registerModule('dataclasses', (mod) => {
  // (the builtin types are made per run)
  atomic = null;
  const md = mod.v as ModuleData;
  sourceModuleHeader(mod);
  md.partial = true;
  md.stops = new Map([
    ['make_dataclass', 'dataclasses.make_dataclass() is not simulated'],
  ]);
  const d = mod.d as PyObject;
  // modules' __builtins__ is the builtins dict (the generated code's globals come from __main__)
  dictSetStr(d, '__builtins__', RT.builtins);
  const put = (k: string, v: PyObject): void => {
    dictSetStr(d, k, v);
    decref(v);
  };
  // import copy; import functools (3.13: through inspect): functools brings collections and
  // itertools, copy brings weakref
  // (the measured module counts include these globals' references: not counted again)
  const cp = importModule('copy', ST.line);
  put('copy', cp);
  cp.rc--;
  const ft = importModule('functools', ST.line);
  if (P.minor <= 12) {
    put('functools', ft);
    ft.rc--;
  } else decref(ft);
  st = {
    mod, dict: d,
    fieldType: slottedClass('Field', ['name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init', 'compare', 'metadata', ...(P.minor >= 10 ? ['kw_only'] : []), '_field_type']),
    paramsType: slottedClass('_DataclassParams', ['init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen', ...(P.minor >= 12 ? ['match_args', 'kw_only', 'slots', 'weakref_slot'] : [])]),
    frozenError: plainClass('FrozenInstanceError', [T.AttributeError]),
    missing: undefined as unknown as PyObject,
    hasDefaultFactory: undefined as unknown as PyObject,
    fieldMarker: undefined as unknown as PyObject,
    initVarMarker: undefined as unknown as PyObject,
    classVarMarker: undefined as unknown as PyObject,
    initVarType: undefined as unknown as PyObject,
    kwOnly: null,
    emptyMetadata: undefined as unknown as PyObject,
    recursiveRepr: undefined as unknown as PyObject,
    replaceFn: null,
  };
  const missingType = plainClass('_MISSING_TYPE');
  st.missing = call(missingType, []);
  decref(missingType);
  const hdfType = plainClass('_HAS_DEFAULT_FACTORY_CLASS');
  defDunders(hdfType, { __repr__: () => newStr('<factory>') });
  st.hasDefaultFactory = call(hdfType, []);
  decref(hdfType);
  const fbType = plainClass('_FIELD_BASE');
  defDunders(fbType, {
    __repr__: (self) => getAttr(self, 'name'),
  });
  const marker = (name: string): PyObject => {
    const o = call(fbType, []);
    const nm = newStr(name);
    setAttr(o, 'name', nm);
    decref(nm);
    return o;
  };
  st.fieldMarker = marker('_FIELD');
  st.classVarMarker = marker('_FIELD_CLASSVAR');
  st.initVarMarker = marker('_FIELD_INITVAR');
  decref(fbType);
  // InitVar: InitVar[T] makes an InitVar(T) (3.8 through a metaclass's __getitem__, later
  // __class_getitem__)
  const newInitVar = (t: PyObject): PyObject => {
    const o = call(st.initVarType, []);
    setAttr(o, 'type', t);
    return o;
  };
  if (P.minor <= 8) {
    const meta = plainClass('_InitVarMeta', [T.type]);
    defDunders(meta, { __getitem__: (_self, a) => newInitVar(a[0]) });
    const ns = newDict();
    try {
      const putNs = (k: string, v: PyObject): void => {
        dictSetStr(ns, k, v);
        decref(v);
      };
      putNs('__module__', newStr('dataclasses'));
      putNs('__qualname__', newStr('InitVar'));
      putNs('__slots__', newTuple([newStr('type')]));
      st.initVarType = typeNew(meta, 'InitVar', [T.object], ns);
    } finally {
      decref(ns);
      decref(meta);
    }
  } else {
    st.initVarType = slottedClass('InitVar', ['type']);
    const cg = builtinFunction('__class_getitem__', (_s, a) => newInitVar(a[0]), null);
    pythonStandIns.add(cg.v as object);
    setAttr(st.initVarType, '__class_getitem__', cg);
    decref(cg);
  }
  defDunders(st.initVarType, {
    __repr__: (self) => {
      const t = getAttr(self, 'type');
      try {
        let name: string;
        if (isSubtype(t.t, T.type)) {
          const n = getAttr(t, '__name__');
          name = n.v as string;
          decref(n);
        } else name = reprJs(t);
        return newStr(`dataclasses.InitVar[${name}]`);
      } finally {
        decref(t);
      }
    },
  });
  const empty = newDict();
  st.emptyMetadata = newMappingProxy(empty);
  decref(empty);
  defDunders(st.fieldType, {
    // Field.__repr__ (behind the recursion guard, as CPython's)
    __repr__: (self) => guardedRepr(self, () => {
      const parts = ['name', 'type', 'default', 'default_factory', 'init', 'repr', 'hash', 'compare', 'metadata', ...(P.minor >= 10 ? ['kw_only'] : [])].map((k) => {
        const v = getAttr(self, k);
        try {
          return `${k}=${reprJs(v)}`;
        } finally {
          decref(v);
        }
      });
      // f'_field_type={self._field_type}': str() of the marker, its name
      const ft = getAttr(self, '_field_type');
      try {
        let text: string;
        if (ft === S.None) text = 'None';
        else {
          const n = getAttr(ft, 'name');
          text = n.v as string;
          decref(n);
        }
        return newStr(`Field(${parts.join(',')},_field_type=${text})`);
      } finally {
        decref(ft);
      }
    }),
    // Field.__set_name__: forwards to the default's type's __set_name__
    __set_name__: (self) => {
      pythonLevelCall('dataclasses.Field.__set_name__()', WHY);
      const dv = getAttr(self, 'default');
      const fn = getAttrOpt(dv.t, '__set_name__');
      decref(dv);
      if (fn !== null) {
        decref(fn);
        stop('a dataclass field default whose type has __set_name__');
      }
      return incref(S.None);
    },
  });
  defDunders(st.paramsType, {
    __repr__: (self) => {
      const names = ['init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen', ...(P.minor >= 12 ? ['match_args', 'kw_only', 'slots', 'weakref_slot'] : [])];
      const parts = names.map((k) => {
        const v = getAttr(self, k);
        try {
          return `${k}=${reprJs(v)}`;
        } finally {
          decref(v);
        }
      });
      return newStr(`_DataclassParams(${parts.join(',')})`);
    },
  });
  put('Field', incref(st.fieldType));
  put('FrozenInstanceError', incref(st.frozenError));
  put('MISSING', incref(st.missing));
  put('_HAS_DEFAULT_FACTORY', incref(st.hasDefaultFactory));
  if (P.minor >= 10) {
    const kt = plainClass('_KW_ONLY_TYPE');
    st.kwOnly = call(kt, []);
    decref(kt);
    put('KW_ONLY', incref(st.kwOnly));
  } else {
    // (3.8 has no KW_ONLY: importing it is an ImportError naming the module's file)
    md.stops.set('KW_ONLY', 'from dataclasses import KW_ONLY on 3.8 raises an ImportError that names the module\'s file, which depends on the installation');
  }
  put('_FIELD', incref(st.fieldMarker));
  put('_FIELD_CLASSVAR', incref(st.classVarMarker));
  put('_FIELD_INITVAR', incref(st.initVarMarker));
  put('InitVar', incref(st.initVarType));
  put('_DataclassParams', incref(st.paramsType));
  // the recursion guard of __repr__
  if (P.minor >= 13) {
    const g = newDict();
    const gn = newStr('reprlib');
    dictSetStr(g, '__name__', gn);
    decref(gn);
    dictSetStr(g, '__builtins__', RT.builtins);
    const gi = builtinFunction('get_ident', () => newInt(THREAD_IDENT), '_thread');
    dictSetStr(g, 'get_ident', gi);
    decref(gi);
    execText(reprGuardSource(), g, g, 'reprlib');
    st.recursiveRepr = incref(dictGetStr(g, 'recursive_repr') as PyObject);
    decref(g);
    put('recursive_repr', incref(st.recursiveRepr));
    // _replace(self, /, **changes)
    const rp = builtinFunction('_replace_impl', (_s, a, k) => replaceImpl(a, k), 'dataclasses');
    dictSetStr(d, '__heaplens_replace', rp);
    decref(rp);
    execText('def _replace(self, /, **changes):\n    return __heaplens_replace(self, **changes)\n', d, d, 'dataclasses');
    st.replaceFn = dictGetStr(d, '_replace');
  } else {
    const th = builtinFunction('get_ident', () => newInt(THREAD_IDENT), '_thread');
    const thMod = newModule('_thread');
    setAttr(thMod, 'get_ident', th);
    decref(th);
    put('_thread', thMod);
    execText(reprGuardSource(), d, d, 'dataclasses');
    st.recursiveRepr = incref(dictGetStr(d, '_recursive_repr') as PyObject);
  }
  if (P.minor >= 10) {
    // _dataclass_getstate / _dataclass_setstate (what _add_slots gives a frozen class)
    execText([
      'def _dataclass_getstate(self):',
      '    return [getattr(self, f.name) for f in fields(self)]',
      'def _dataclass_setstate(self, state):',
      '    for field, value in zip(fields(self), state):',
      '        object.__setattr__(self, field.name, value)',
      '',
    ].join('\n'), d, d, 'dataclasses');
  }
  const fn = (name: string, impl: (a: PyObject[], k: string[] | null) => PyObject): void => {
    const f = builtinFunction(name, (_s, a, k) => impl(a, k), 'dataclasses');
    pythonStandIns.add(f.v as object);
    put(name, f);
  };
  fn('dataclass', dataclassImpl);
  fn('field', fieldImpl);
  fn('fields', fieldsImpl);
  fn('replace', replaceImpl);
  fn('asdict', (a, k) => asdictImpl('asdict', a, k));
  fn('astuple', (a, k) => asdictImpl('astuple', a, k));
  // def is_dataclass(obj):
  //     cls = obj if isinstance(obj, type) else type(obj)
  //     return hasattr(cls, _FIELDS)
  fn('is_dataclass', (args, kw) => {
    const [obj] = parseArgs('is_dataclass', args, kw, ['obj'], 1) as PyObject[];
    pythonLevelCall('dataclasses.is_dataclass()', WHY);
    const cls = isSubtype(obj.t, T.type) ? obj : obj.t;
    const v = getAttrOpt(cls, '__dataclass_fields__');
    if (v === null) return incref(S.False);
    decref(v);
    return incref(S.True);
  });
});
