// The abc module (Lib/abc.py over the C module Modules/_abc.c).
//
// The import: CPython's start-up has imported abc on every version (io's classes are ABCs), so
// `import abc` only binds it; the interpreter's references to the module, to ABCMeta and ABC
// (every ABC of the standard library has ABCMeta as its type, ABC in its MRO) are not measured,
// so sys.getrefcount of them stops.
//
// What is simulated: ABCMeta is a Python class in CPython (abc.py: `__new__` calls
// `super().__new__` then `_abc_init(cls)`; register, __instancecheck__ and __subclasscheck__ call
// _abc's functions) and abstractmethod a Python function: HeapLens compiles a Python text of them
// and of ABC (source() below) and runs it as program code, so the frame of ABCMeta.__new__, the
// class it makes and what that class holds are CPython's. _abc_init is TypeScript doing what
// _abc.c's does: compute_abstract_methods (the class's __dict__ proxy, its items() as a list of
// pairs, each value's __isabstractmethod__, then each base's __abstractmethods__ looked up on the
// class) builds a new frozenset stored as `__abstractmethods__` (type_set_abstractmethods sets
// Py_TPFLAGS_IS_ABSTRACT from its truth, so object_new refuses the class), then a new `_abc_data`
// object stored as `_abc_impl` (3.8: a static, untracked type of 48 bytes; 3.10+: _abc's heap type,
// GC-tracked, 64 bytes, holding its type). isinstance()/issubclass() against an ABC run
// _abc_instancecheck/_abc_subclasscheck and register() _abc_register as _abc.c does: the cache,
// negative cache and registry are sets made on first use, of weak references whose callback is a
// `_destroy` builtin bound to a weak reference to the set (so a dead class leaves them), with the
// invalidation counter register() moves. What stops: the deprecated decorators, the counter's
// value (get_cache_token: start-up's registrations moved it), the introspection helpers, and ABC's
// start-up subclasses (ABC.__subclasses__()).
import { PyObject, F_GC } from '../object';
import { P, T, ST, decref, incref, NotSimulated, constRefsUnknown, allocBlock, freeBlock, gcAllocHook, gcCountFree, gcTrack, gcUntrack, tmInexact, allocBuffer, freeBuffer } from '../core';
import { dictSetStr, dictGetStr, dictDelStr } from '../dict';
import { registerModule, sourceModuleHeader, constRefsUnknownModules, type ModuleData } from './registry';
import { execText } from './dataclasses';
import { RT } from '../../compile/rt';
import { builtinFunction } from '../methods';
import { S, getAttr, getAttrOpt, callMethod, callMethodVector, getIter, iterNext, truthy, setAttr } from '../abstract';
import { sequenceList } from '../listmethods';
import { newFrozenSetEmpty, newSet, setAdd, setContains, setDiscard, setClear, setEntries } from '../set';
import { raise } from '../exc';
import { isType, type TypeInfo } from '../types';
import { newModuleType } from './array';
import { newBuiltin } from '../func';
import { newWeakref, supportsWeakrefs, type WeakrefData } from '../weakrefs';
import { objectIsSubclassOf } from '../builtins';
import { builtinPythonFrame, frameSize, type FuncData } from '../func';
import { presetStartupSubclasses } from '../classes';

const CACHES_WHY = "abc's invalidation counter and its introspection of the registry and caches show what start-up's ABCs (collections.abc's registrations) did, which HeapLens does not replay";

/** Names of CPython's abc module HeapLens does not simulate (reading one stops the run). */
function stopNames(): string[] {
  const names = ['abstractclassmethod', 'abstractstaticmethod', 'abstractproperty', 'get_cache_token',
    '_abc_init', '_abc_register', '_abc_instancecheck', '_abc_subclasscheck', '_get_dump', '_reset_registry', '_reset_caches'];
  if (P.minor >= 10) names.push('update_abstractmethods');
  return names;
}

/** The Python text HeapLens compiles for abc.py's abstractmethod, ABCMeta and ABC (the
 * functions' docstrings are left out: docOpaque below). */
function source(): string {
  const slash = P.minor >= 12 ? ' /,' : '';
  return [
    'def abstractmethod(funcobj):',
    '    funcobj.__isabstractmethod__ = True',
    '    return funcobj',
    '',
    'class ABCMeta(type):',
    '    """Metaclass for defining Abstract Base Classes (ABCs).',
    '',
    '    Use this metaclass to create an ABC.  An ABC can be subclassed',
    '    directly, and then acts as a mix-in class.  You can also register',
    '    unrelated concrete classes (even built-in classes) and unrelated',
    "    ABCs as 'virtual subclasses' -- these and their descendants will",
    '    be considered subclasses of the registering ABC by the built-in',
    "    issubclass() function, but the registering ABC won't show up in",
    '    their MRO (Method Resolution Order) nor will method',
    '    implementations defined by the registering ABC be callable (not',
    '    even via super()).',
    '    """',
    `    def __new__(mcls, name, bases, namespace,${slash} **kwargs):`,
    '        cls = super().__new__(mcls, name, bases, namespace, **kwargs)',
    '        _abc_init(cls)',
    '        return cls',
    '    def register(cls, subclass):',
    '        return _abc_register(cls, subclass)',
    '    def __instancecheck__(cls, instance):',
    '        return _abc_instancecheck(cls, instance)',
    '    def __subclasscheck__(cls, subclass):',
    '        return _abc_subclasscheck(cls, subclass)',
    '    def _dump_registry(cls, file=None):',
    "        _stop('abc.ABCMeta._dump_registry()')",
    '    def _abc_registry_clear(cls):',
    "        _stop('abc.ABCMeta._abc_registry_clear()')",
    '    def _abc_caches_clear(cls):',
    "        _stop('abc.ABCMeta._abc_caches_clear()')",
    '',
    'class ABC(metaclass=ABCMeta):',
    '    """Helper class that provides a standard way to create an ABC using',
    '    inheritance.',
    '    """',
    '    __slots__ = ()',
    '',
  ].join('\n');
}

let abcDataType: PyObject;

/** sizeof(_abc_data): PyObject_HEAD, three pointers, an unsigned long long; 3.10+'s GC header on top. */
const ABC_DATA_SIZE = 48;

/** PySet_GET_SIZE. */
function setSize(s: PyObject): number {
  return (s.v as { used: number }).used;
}

/** The state _abc_data holds: the registry and the two caches (sets of weak references made on
 * first use) and the invalidation counter the negative cache was valid for. */
class AbcData {
  registry: PyObject | null = null;
  cache: PyObject | null = null;
  negCache: PyObject | null = null;
  negVersion: number;
  constructor(v: number) {
    this.negVersion = v;
  }
}

/** abc_invalidation_counter: incremented by every register() (a module global on 3.8, the module
 * state from 3.10). */
let invalidationCounter = 0;

/** abc_data_new: the registry and caches start NULL (they are made on first use). */
function newAbcData(): PyObject {
  const data = new AbcData(invalidationCounter);
  if (P.minor < 10) {
    const o = new PyObject(abcDataType, data, null, 0);
    allocBlock(o, ABC_DATA_SIZE);
    return o;
  }
  const o = new PyObject(abcDataType, data, null, F_GC);
  allocBlock(o, ABC_DATA_SIZE + 16);
  gcAllocHook();
  // (a heap type's instance holds a reference to its type)
  abcDataType.rc++;
  gcTrack(o);
  return o;
}

function initAbcData(ti: TypeInfo): void {
  ti.gc = P.minor >= 10;
  ti.basicsize = () => ABC_DATA_SIZE;
  ti.dealloc = (o) => {
    if (P.minor >= 10) gcUntrack(o);
    // abc_data_dealloc / abc_data_clear: the registry, the cache, the negative cache
    const d = o.v as AbcData;
    const sets = [d.registry, d.cache, d.negCache];
    d.registry = d.cache = d.negCache = null;
    for (const x of sets) if (x !== null) decref(x);
    o.v = null;
    if (P.minor < 10) {
      freeBlock(o, ABC_DATA_SIZE);
      return;
    }
    freeBlock(o, ABC_DATA_SIZE + 16);
    gcCountFree();
    decref(o.t);
  };
  // abc_data_traverse (3.10+): its type and the three sets
  ti.traverse = (o, visit) => {
    if (P.minor < 10) return;
    visit(o.t);
    const d = o.v as AbcData | null;
    if (d === null) return;
    for (const x of [d.registry, d.cache, d.negCache]) if (x !== null) visit(x);
  };
}

/** _get_impl: the class's `_abc_impl` (a TypeError unless an _abc_data). */
function getImpl(self: PyObject): PyObject {
  const impl = getAttr(self, '_abc_impl');
  if (impl.t !== abcDataType) {
    decref(impl);
    raise(T.TypeError, '_abc_impl is set to a wrong type');
  }
  return impl;
}

/** _in_weak_set: a new (or the existing basic) weak reference to obj looked up in the set; an
 * object that cannot be weakly referenced is not in it. */
function inWeakSet(set: PyObject | null, obj: PyObject): boolean {
  if (set === null || setSize(set) === 0) return false;
  if (!supportsWeakrefs(obj)) {
    // (PyWeakref_NewRef's TypeError, made and cleared)
    throw new NotSimulated(`an ABC check of an object that does not support weak references`, ST.line);
  }
  // (a class start-up made already has its basic weak reference, held by its bases'
  // tp_subclasses, which CPython's lookup reuses and HeapLens makes and frees)
  if (isType(obj) && !(obj.v as TypeInfo).heap) tmInexact("an ABC check of a builtin type (CPython reuses the type's weak reference from its bases' tp_subclasses)");
  const ref = newWeakref(obj, null);
  try {
    return setContains(set, ref);
  } finally {
    decref(ref);
  }
}

/** _destroy(setweakref, objweakref): the callback of the cache's weak references, bound to a weak
 * reference to the set; a dead class's entry leaves the set if the set is still alive. */
function destroyCallback(wr: PyObject): PyObject {
  return newBuiltin('_destroy', (self, args) => {
    const set = ((self as PyObject).v as WeakrefData | null)?.referent ?? null;
    if (set === null) return incref(S.None);
    set.rc++;
    try {
      setDiscard(set, args[0]);
    } finally {
      decref(set);
    }
    return incref(S.None);
  }, wr, null, false);
}

/** _add_to_weak_set: the set made on first use; a weak reference to the set (the shared basic one)
 * bound into a new _destroy function, the callback of a new weak reference to obj added to it. */
function addToWeakSet(d: AbcData, which: 'registry' | 'cache' | 'negCache', obj: PyObject): void {
  let set = d[which];
  if (set === null) {
    set = newSet();
    d[which] = set;
  }
  const wr = newWeakref(set, null);
  let ref: PyObject;
  try {
    const cb = destroyCallback(wr);
    try {
      ref = newWeakref(obj, cb);
    } finally {
      decref(cb);
    }
  } catch (e) {
    decref(wr);
    throw e;
  }
  try {
    setAdd(set, ref);
  } finally {
    decref(wr);
    decref(ref);
  }
}

/** _abc__abc_subclasscheck_impl. */
function abcSubclasscheck(self: PyObject, subclass: PyObject): PyObject {
  if (!isType(subclass)) raise(T.TypeError, 'issubclass() arg 1 must be a class');
  const impl = getImpl(self);
  try {
    const d = impl.v as AbcData;
    // 1. the cache
    if (inWeakSet(d.cache, subclass)) return incref(S.True);
    // 2. the negative cache, cleared if a register() happened since it was filled
    if (d.negVersion < invalidationCounter) {
      if (d.negCache !== null) setClear(d.negCache);
      d.negVersion = invalidationCounter;
    } else if (inWeakSet(d.negCache, subclass)) return incref(S.False);
    // 3. the subclass hook
    const ok = callMethodVector(self, '__subclasshook__', [subclass]);
    if (ok === S.True || ok === S.False) {
      decref(ok);
      addToWeakSet(d, ok === S.True ? 'cache' : 'negCache', subclass);
      return incref(ok);
    }
    if (ok !== S.NotImplemented) {
      decref(ok);
      raise(T.AssertionError, '__subclasshook__ must return either False, True, or NotImplemented');
    }
    decref(ok);
    // 4. a direct subclass (self in its MRO)
    for (const m of (subclass.v as TypeInfo).mro) {
      if (m === self) {
        addToWeakSet(d, 'cache', subclass);
        return incref(S.True);
      }
    }
    // 5. a subclass of a registered class
    if (checkRegistry(d, subclass)) return incref(S.True);
    // 6. a subclass of a subclass
    const subs = callMethod(self, '__subclasses__', []);
    try {
      if (subs.t !== T.list) raise(T.TypeError, '__subclasses__() must return a list');
      for (let i = 0; i < (subs.v as PyObject[]).length; i++) {
        const scls = (subs.v as PyObject[])[i];
        scls.rc++;
        let r: boolean;
        try {
          r = objectIsSubclassOf(subclass, scls);
        } finally {
          decref(scls);
        }
        if (r) {
          addToWeakSet(d, 'cache', subclass);
          return incref(S.True);
        }
      }
    } finally {
      decref(subs);
    }
    // no dice: the negative cache
    addToWeakSet(d, 'negCache', subclass);
    return incref(S.False);
  } finally {
    decref(impl);
  }
}

/** subclasscheck_check_registry: the registry's own entry, else each registered class (a snapshot
 * of the set's weak references in table order, in a PyMem block) checked by PyObject_IsSubclass. */
function checkRegistry(d: AbcData, subclass: PyObject): boolean {
  if (inWeakSet(d.registry, subclass)) return true;
  const reg = d.registry;
  if (reg === null || setSize(reg) === 0) return false;
  const n = setSize(reg);
  const copy = [...setEntries(reg)].map(([k]) => incref(k));
  const addr = allocBuffer(8 * n);
  try {
    for (const ref of copy) {
      const rkey = (ref.v as WeakrefData).referent;
      if (rkey === null) continue;
      rkey.rc++;
      let r: boolean;
      try {
        r = objectIsSubclassOf(subclass, rkey);
      } finally {
        decref(rkey);
      }
      if (r) {
        addToWeakSet(d, 'cache', subclass);
        return true;
      }
    }
    return false;
  } finally {
    for (const k of copy) decref(k);
    freeBuffer(addr, 8 * n);
  }
}

/** _abc__abc_register_impl. */
function abcRegister(self: PyObject, subclass: PyObject): PyObject {
  if (!isType(subclass)) raise(T.TypeError, 'Can only register classes');
  // already a subclass: nothing to do
  if (objectIsSubclassOf(subclass, self)) return incref(subclass);
  // (checked after, so X.register(X) is a no-op)
  if (objectIsSubclassOf(self, subclass)) raise(T.RuntimeError, 'Refusing to create an inheritance cycle');
  // 3.10+: an ABC with Py_TPFLAGS_SEQUENCE or _MAPPING (inherited from a builtin base) passes the
  // flag down to the registered class and its subclasses, for pattern matching
  if (P.minor >= 10 && (self.v as TypeInfo).mro.some((b) => b !== T.object && !(b.v as TypeInfo).heap)) {
    throw new NotSimulated('register() on an ABC deriving from a builtin type', ST.line, "_abc_register may set the registered class's sequence/mapping flags, which HeapLens does not follow");
  }
  const impl = getImpl(self);
  try {
    addToWeakSet(impl.v as AbcData, 'registry', subclass);
  } finally {
    decref(impl);
  }
  // the negative caches of every ABC are invalid now
  invalidationCounter++;
  return incref(subclass);
}

/** _abc__abc_instancecheck_impl. */
function abcInstancecheck(self: PyObject, instance: PyObject): PyObject {
  const impl = getImpl(self);
  let subclass: PyObject | null = null;
  try {
    subclass = getAttr(instance, '__class__');
    const d = impl.v as AbcData;
    if (inWeakSet(d.cache, subclass)) return incref(S.True);
    const subtype = instance.t;
    if (subtype === subclass) {
      if (d.negVersion === invalidationCounter && inWeakSet(d.negCache, subclass)) return incref(S.False);
      return callMethodVector(self, '__subclasscheck__', [subclass]);
    }
    // (an object whose __class__ is not its type: both are checked)
    const r = callMethodVector(self, '__subclasscheck__', [subclass]);
    if (truthy(r)) return r;
    decref(r);
    return callMethodVector(self, '__subclasscheck__', [subtype]);
  } finally {
    decref(impl);
    if (subclass !== null) decref(subclass);
  }
}

/** _PyObject_IsAbstract: the object's __isabstractmethod__ (looked up, a miss is False), its truth. */
function isAbstract(v: PyObject): boolean {
  const r = getAttrOpt(v, '__isabstractmethod__');
  if (r === null) return false;
  try {
    return truthy(r);
  } finally {
    decref(r);
  }
}

/** compute_abstract_methods (_abc.c). */
function computeAbstractMethods(cls: PyObject): void {
  const abstracts = newFrozenSetEmpty();
  let ns: PyObject | null = null;
  let items: PyObject | null = null;
  let bases: PyObject | null = null;
  try {
    // Stage 1: the class's own abstract methods, over PyMapping_Items(cls.__dict__): the proxy's
    // items() view made into a list (method_output_as_list)
    ns = getAttr(cls, '__dict__');
    const view = callMethod(ns, 'items', []);
    let it: PyObject;
    try {
      it = getIter(view);
    } finally {
      decref(view);
    }
    try {
      items = sequenceList(it);
    } finally {
      decref(it);
    }
    for (const pair of [...(items.v as PyObject[])]) {
      pair.rc++;
      const [key, value] = pair.v as PyObject[];
      key.rc++;
      try {
        if (isAbstract(value)) setAdd(abstracts, key);
      } finally {
        decref(key);
        decref(pair);
      }
    }
    // Stage 2: the bases' abstract methods still abstract on the class
    bases = getAttr(cls, '__bases__');
    if (bases.t !== T.tuple) raise(T.TypeError, '__bases__ is not tuple');
    for (const item of bases.v as PyObject[]) {
      const baseAbstracts = getAttrOpt(item, '__abstractmethods__');
      if (baseAbstracts === null) continue;
      let bit: PyObject;
      try {
        bit = getIter(baseAbstracts);
      } finally {
        decref(baseAbstracts);
      }
      try {
        for (let key = iterNext(bit); key !== null; key = iterNext(bit)) {
          try {
            if (key.t !== T.str) throw new NotSimulated('an __abstractmethods__ entry that is not a str', ST.line);
            const value = getAttrOpt(cls, key.v as string);
            if (value === null) continue;
            let abs: boolean;
            try {
              abs = isAbstract(value);
            } finally {
              decref(value);
            }
            if (abs) setAdd(abstracts, key);
          } finally {
            decref(key);
          }
        }
      } finally {
        decref(bit);
      }
    }
    setAttr(cls, '__abstractmethods__', abstracts);
  } finally {
    decref(abstracts);
    if (ns !== null) decref(ns);
    if (items !== null) decref(items);
    if (bases !== null) decref(bases);
  }
}

/** _abc._abc_init(cls). */
function abcInit(cls: PyObject): PyObject {
  computeAbstractMethods(cls);
  const data = newAbcData();
  try {
    setAttr(cls, '_abc_impl', data);
  } finally {
    decref(data);
  }
  // 3.10+: __abc_tpflags__ in the class dict (collections.abc's Sequence and Mapping) sets the
  // pattern-matching flags and is deleted
  if (P.minor >= 10 && isType(cls) && dictGetStr((cls.v as TypeInfo).dict, '__abc_tpflags__') !== null) {
    throw new NotSimulated('__abc_tpflags__ in an ABC class body', ST.line);
  }
  return incref(S.None);
}

registerModule('abc', (mod) => {
  const md = mod.v as ModuleData;
  sourceModuleHeader(mod);
  md.partial = true;
  md.stops = new Map(stopNames().map((n) => [n, n.startsWith('abstract') ? "abc's deprecated abstract decorators are subclasses of property, classmethod and staticmethod, whose instances HeapLens does not model (use property, classmethod or staticmethod over abstractmethod)" : n === 'update_abstractmethods' ? "abc.update_abstractmethods is Python code HeapLens does not compile yet" : CACHES_WHY]));
  // (what refers to the module — sys.modules, io, collections.abc, … — is not measured)
  constRefsUnknownModules.add(mod);
  invalidationCounter = 0;
  const d = mod.d as PyObject;
  dictSetStr(d, '__builtins__', RT.builtins);
  abcDataType = newModuleType(P.minor >= 10 ? '_abc._abc_data' : '_abc_data', '_abc', initAbcData);
  if (P.minor < 10) (abcDataType.v as TypeInfo).module = 'builtins';
  constRefsUnknown.set(abcDataType, "_abc's _abc_data type is referred to by every ABC of the standard library, which HeapLens does not count");
  const fns: [string, (args: PyObject[]) => PyObject][] = [
    ['_abc_init', (args) => abcInit(args[0])],
    ['_abc_register', (args) => abcRegister(args[0], args[1])],
    ['_abc_instancecheck', (args) => abcInstancecheck(args[0], args[1])],
    ['_abc_subclasscheck', (args) => abcSubclasscheck(args[0], args[1])],
    ['_stop', (args) => {
      throw new NotSimulated(args[0].v as string, ST.line, CACHES_WHY);
    }],
  ];
  for (const [name, fn] of fns) {
    const f = builtinFunction(name, (_self, args) => fn(args), '_abc');
    dictSetStr(d, name, f);
    decref(f);
  }
  execText(source(), d, d, 'abc');
  dictDelStr(d, '_stop');
  const abcMeta = dictGetStr(d, 'ABCMeta') as PyObject;
  const funcs = [dictGetStr(d, 'abstractmethod') as PyObject];
  for (const [, f] of Object.entries(['__new__', 'register', '__instancecheck__', '__subclasscheck__', '_dump_registry', '_abc_registry_clear', '_abc_caches_clear'])) {
    const m = dictGetStr((abcMeta.v as TypeInfo).dict, f);
    if (m !== null) funcs.push(m.t === T.staticmethod ? (m.v as PyObject) : m);
  }
  for (const f of funcs) {
    const code = (f.v as FuncData).code;
    // (CPython's functions have docstrings, which the compiled text leaves out)
    code.docOpaque = true;
    // 3.8/3.10: start-up has run abstractmethod and ABCMeta's __new__, register and
    // __subclasscheck__ (collections.abc's classes and registrations), so their code objects keep
    // a zombie frame (co_zombieframe) the program's calls reuse; __instancecheck__ has not run
    // (measured: the first isinstance() against an ABC allocates its frame)
    if (P.zombieFrames && [0, 1, 2, 4].includes(funcs.indexOf(f))) builtinPythonFrame(code, 0, (frameSize(code) - P.frameBasicsize - 16) / 8);
  }
  // start-up's subclasses of ABC (os.PathLike; 3.11: contextlib's two abstract context managers)
  // and of ABCMeta (3.11: typing._ProtocolMeta; 3.12+: collections.abc._DeprecateByteStringMeta)
  presetStartupSubclasses(dictGetStr(d, 'ABC') as PyObject, P.minor === 11 ? 3 : 1);
  presetStartupSubclasses(abcMeta, P.minor >= 11 ? 1 : 0);
  for (const name of ['ABCMeta', 'ABC', 'abstractmethod']) {
    constRefsUnknown.set(dictGetStr(d, name) as PyObject, "the standard library's ABCs (collections.abc, io, os.PathLike, …) refer to it, which HeapLens does not count");
  }
});
