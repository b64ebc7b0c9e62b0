// Stand-ins for functions the standard library writes in Python (functools' update_wrapper and
// lru_cache, copy's deepcopy and _reconstruct, the `_remove` callback of weakref's dictionaries and
// sets) that HeapLens runs as TypeScript. In CPython each is a `function` object; here it is an
// object of a type named `function` (one per module that makes them, created when the module is
// imported), allocated, sized and tracked as a function object is, whose call runs a TypeScript
// body. type(), repr() and the attributes HeapLens cannot answer (all but __name__, __qualname__
// and __module__) stop the run. The body usually enters a frame of its own (runStdlibFrame).
import { PyObject, F_GC } from './object';
import { P, R, T, ST, NotSimulated, decref, incref, allocBlock, freeBlock, gcAllocHook, gcCountFree, gcTrack, gcUntrack } from './core';
import { type TypeInfo, isSubtype, newBuiltinType } from './types';
import { raise } from './exc';
import { S } from './abstract';
import { newStr } from './str';
import { dictEntries, dictSetStr, dictGetStr } from './dict';
import { newMethod, stdlibCode, runStdlibFrame, type Code } from './func';
import { pythonStandInTypes, type MethodFn } from './methods';
import { clearWeakrefs } from './weakrefs';
import { bindPy, type PySig } from './pysig';
import { newModuleType } from './modules/array';
import { RT } from '../compile/rt';
import type { Site } from './recursion';

/** What the stand-ins of one module share. */
export interface StandInKind {
  /** the module whose Python code they stand for (what type() of one names when it stops) */
  module: string;
  /** __name__ may be assigned (func_set_name); otherwise setting any attribute stops */
  renamable?: boolean;
  /** a collection that frees one frees CPython's function with its closure cells or defaults
   * tuple, which HeapLens does not have: gc.collect() then stops (R.gcFreedUnsimulated) */
  collectUnsimulated?: boolean;
  /** a bytecode CALL on 3.11+ hands the caller's stack references over to the call (`moved`) */
  steal?: boolean;
}

/** The body of a stand-in: `args` borrowed; `moved` the caller's stack references the call takes
 * over (3.11+ bytecode CALL of a `steal` kind), to be released by the callee, or null. */
export type StandInBody = (si: StandIn, args: PyObject[], kwnames: string[] | null, moved: PyObject[] | null) => PyObject;

export class StandIn {
  constructor(
    public kind: StandInKind,
    /** the module it belongs to (__module__; copy's include copyreg's) */
    public module: string,
    /** func_name: a str object (owned) where it can be renamed, else the name */
    public name: PyObject | string,
    public qualname: string,
    public body: StandInBody,
    /** what its closure cells or defaults hold (owned; the defaults are the last of `held`) */
    public held: PyObject[] = [],
    /** its signature, when bindDefaults binds its calls */
    public sig: PySig | null = null,
  ) {}
  /** the attributes of a stand-in the program may read and set (withAttributes): the function's
   * own slots update_wrapper assigns (__module__, __qualname__, __doc__, __annotations__,
   * __type_params__; owned) and its __dict__ (owned, or null until made) */
  slots: Map<string, PyObject> | null = null;
  dict: PyObject | null = null;
}

/** The slots of a function object update_wrapper may assign, in func_clear's order. */
const FUNC_SLOTS = ['__module__', '__doc__', '__annotations__', '__qualname__', '__type_params__'];
/** The other attributes a function object answers itself (not from its __dict__). */
const FUNC_OWN = ['__code__', '__defaults__', '__kwdefaults__', '__globals__', '__closure__', '__builtins__', '__dict__', '__name__', '__class__', '__call__', '__get__'];

/** Let a stand-in answer and take attributes as a function object does: the slots of FUNC_SLOTS
 * and a __dict__ (for the functions Lib/functools.py sets attributes on, e.g. singledispatch's
 * wrapper). Its other function attributes (__code__, __defaults__ …) still stop. */
export function withAttributes(o: PyObject, dict: PyObject): void {
  const si = o.v as StandIn;
  si.slots = new Map();
  si.dict = dict;
}

/** Why something about a stand-in is not simulated. */
export function standInWhy(si: StandIn): string {
  return `${si.module}.${si.qualname} is Python code in CPython (Lib/${si.module}.py), which HeapLens runs as TypeScript`;
}

/** The type of a module's stand-ins (`function` to the program, which stops at type()). */
export function newStandInType(kind: StandInKind): PyObject {
  const t = newModuleType('function', 'builtins', (ti) => initStandInType(ti, kind));
  pythonStandInTypes.set(t, kind.module);
  return t;
}

function initStandInType(ti: TypeInfo, kind: StandInKind): void {
  ti.gc = true;
  ti.hasWeakref = true;
  ti.methodDescriptor = true;
  // a function's vectorcall (no argument tuple, no tp_call recursion check)
  ti.instVectorcall = () => true;
  ti.basicsize = () => P.functionSize - 16;
  ti.new = null;
  ti.dealloc = (o) => {
    gcUntrack(o);
    clearWeakrefs(o);
    const si = o.v as StandIn;
    o.v = null;
    const slots = si.slots;
    const dict = si.dict;
    si.slots = null;
    si.dict = null;
    // func_clear: __module__, __doc__, __dict__, the closure, __annotations__, __qualname__
    if (slots !== null) for (const n of ['__module__', '__doc__']) { const v = slots.get(n); if (v !== undefined) decref(v); }
    if (dict !== null) decref(dict);
    for (const x of si.held) decref(x);
    if (slots !== null) for (const n of ['__annotations__', '__qualname__', '__type_params__']) { const v = slots.get(n); if (v !== undefined) decref(v); }
    if (typeof si.name !== 'string') decref(si.name);
    freeBlock(o, P.functionSize);
    gcCountFree();
    if (kind.collectUnsimulated && R.gcCollecting) R.gcFreedUnsimulated = `${si.module}.${si.qualname}`;
  };
  ti.traverse = (o, visit) => {
    const si = o.v as StandIn | null;
    if (si === null) return;
    if (typeof si.name !== 'string') visit(si.name);
    if (si.slots !== null) for (const v of si.slots.values()) visit(v);
    if (si.dict !== null) visit(si.dict);
    for (const x of si.held) visit(x);
  };
  ti.call = (f, args, kw) => {
    const si = f.v as StandIn;
    return si.body(si, args, kw, null);
  };
  if (kind.steal) {
    ti.callSteal = (f, args, kw) => {
      const si = f.v as StandIn;
      return si.body(si, args, kw, args);
    };
  }
  // func_descr_get: a bound method
  ti.descrGet = (self, obj) => {
    if (obj === null || obj === S.None) return incref(self);
    return newMethod(self, obj);
  };
  ti.repr = (o) => {
    const si = o.v as StandIn;
    throw new NotSimulated(`the repr of ${si.module}.${si.qualname}`, ST.line, standInWhy(si));
  };
  ti.getattr = (o, name) => {
    const si = o.v as StandIn;
    if (name === '__name__') return typeof si.name === 'string' ? newStr(si.name) : incref(si.name);
    if (si.slots !== null) {
      const v = si.slots.get(name);
      if (v !== undefined) return incref(v);
      if (name === '__dict__' && si.dict !== null) return incref(si.dict);
      if (si.dict !== null) {
        const d = dictGetStr(si.dict, name);
        if (d !== null) return incref(d);
      }
    }
    if (name === '__qualname__') return newStr(si.qualname);
    if (name === '__module__') return newStr(si.module);
    throw new NotSimulated(`${si.module}.${si.qualname}.${name}`, ST.line, standInWhy(si));
  };
  ti.setattr = (o, name, v) => {
    const si = o.v as StandIn;
    if (kind.renamable && name === '__name__' && typeof si.name !== 'string') {
      // func_set_name
      if (v === null || !isSubtype(v.t, T.str)) raise(T.TypeError, '__name__ must be set to a string object');
      const old = si.name;
      si.name = incref(v);
      decref(old);
      return;
    }
    if (si.slots !== null && v !== null && name !== '__name__') {
      if (FUNC_SLOTS.includes(name)) {
        if (name === '__qualname__' && !isSubtype(v.t, T.str)) raise(T.TypeError, '__qualname__ must be set to a string object');
        if (name === '__annotations__' && v !== S.None && v.t !== T.dict && !isSubtype(v.t, T.dict)) raise(T.TypeError, '__annotations__ must be set to a dict object');
        if (name === '__type_params__' && v.t !== T.tuple) throw new NotSimulated(`setting ${si.module}.${si.qualname}.__type_params__ to a non-tuple`, ST.line, standInWhy(si));
        const old = si.slots.get(name);
        si.slots.set(name, incref(v));
        if (old !== undefined) decref(old);
        return;
      }
      // anything but the function's own getset/member names goes to its __dict__
      if (si.dict !== null && !FUNC_OWN.includes(name)) {
        dictSetStr(si.dict, name, v);
        return;
      }
    }
    throw new NotSimulated(`setting ${si.module}.${si.qualname}.${name}`, ST.line, standInWhy(si));
  };
}

/** A stand-in function object of type `type`: allocated and tracked as a function object is. */
export function newStandIn(type: PyObject, si: StandIn): PyObject {
  const o = new PyObject(type, si, null, F_GC);
  allocBlock(o, P.functionSize);
  gcAllocHook();
  gcTrack(o);
  return o;
}

/** Bind a call's arguments to the stand-in's parameters, defaults (the last of `held`) filled in;
 * keyword-only arguments stop. The result is borrowed. */
export function bindDefaults(si: StandIn, args: PyObject[], kw: string[] | null): PyObject[] {
  const sig = si.sig as PySig;
  const b = bindPy(sig, args, kw);
  const out: PyObject[] = [];
  const nd = sig.ndefaults;
  const np = sig.params.length;
  const d0 = si.held.length - nd;
  for (let i = 0; i < np; i++) out.push(b.args[i] ?? si.held[d0 + i - (np - nd)]);
  if (sig.varargs) out.push(...b.rest);
  if (b.kw.length > 0 || b.kwonly.size > 0) throw new NotSimulated(`${si.module}.${si.qualname}() with keyword-only arguments`, ST.line);
  return out;
}

/** bindDefaults for a call whose arguments' stack references were moved to the callee (3.11+,
 * `moved`, or null): when binding fails, the callee releases them before the error propagates. */
export function bindOrRelease(si: StandIn, args: PyObject[], kw: string[] | null, moved: PyObject[] | null): PyObject[] {
  try {
    return bindDefaults(si, args, kw);
  } catch (e) {
    if (moved !== null) for (const a of moved) decref(a);
    throw e;
  }
}

/** The code object a stand-in's frames run (its frame's size), per qualified name: `sizes` gives
 * [co_stacksize, co_nlocals + cells + free variables] from the version that introduced them. */
export function stdlibCodeFor(cache: Map<string, Code>, module: string, qualname: string, sizes: Record<string, [number, number]> | undefined): Code {
  let c = cache.get(qualname);
  if (c === undefined) {
    let best: [number, number] = [8, 8];
    if (sizes !== undefined) for (const m of [8, 10, 11, 12, 13]) if (m <= P.minor && sizes[m] !== undefined) best = sizes[m];
    const dot = qualname.lastIndexOf('.');
    c = stdlibCode(module, dot < 0 ? qualname : qualname.slice(dot + 1), qualname, best[0], best[1]);
    cache.set(qualname, c);
  }
  return c;
}

// ---------------------------------------------------------------- classes of abc.ABCMeta

/** The names collections.abc's classes (and ABCMeta) give a class deriving from one of them, which
 * HeapLens's class does not have: read on an instance they stop (class-level reads stop anyway,
 * TypeInfo.foreign). `__reversed__` is Mapping's None, which HeapLens's class has itself. */
const ABC_NAMES = ['__slots__', '__abstractmethods__', '_abc_impl', '__class_getitem__', '__subclasshook__', '__doc__', '__dir__'];

let stopDescrType: PyObject | null = null;

/** Make `cls` (a heap class HeapLens creates for a Python class of the standard library) answer
 * only what it can answer as CPython does. `bases`: the collections.abc classes CPython's derives
 * from (its metaclass then abc.ABCMeta), or null for a plain class. Its own methods and names are
 * answered; for an ABC class the rest of the class's attributes stop, for a plain one its __dict__
 * and `stopNames`; read on an instance, the names of `stopNames` (and for an ABC class the
 * names collections.abc gives it) stop (see TypeInfo.foreign). `opts.why` replaces the reason
 * given; `opts.abc` marks a class HeapLens compiled from Python code whose CPython metaclass is
 * abc.ABCMeta (contextlib's): type(), isinstance() and issubclass() against it stop, while its own
 * attributes (all but `classOnly`) are answered. */
export function markStandInClass(cls: PyObject, what: string, bases: string | null, stopNames: string[] = [], classOnly: string[] = [], opts: { why?: string; abc?: boolean } = {}): void {
  const ti = cls.v as TypeInfo;
  const why = opts.why !== undefined ? opts.why : bases !== null
    ? `CPython's ${what} is a class of abc.ABCMeta deriving from ${bases}, which HeapLens's stand-in class does not have`
    : `CPython's ${what} is a Python class whose functions HeapLens runs as builtins of its own class`;
  if (stopDescrType === null) stopDescrType = newBuiltinType('abc_attribute', T.object, () => {}, 'builtins');
  const sti = stopDescrType.v as TypeInfo;
  sti.descrGet = (d, obj) => {
    const [owner, name] = d.v as [string, string];
    throw new NotSimulated(`${obj === null || obj === S.None ? owner : `a ${owner} object`}.${name}`, ST.line, whys.get(owner));
  };
  whys.set(what, why);
  const own = new Set<string>(['__name__', '__qualname__', '__module__']);
  for (const [k] of dictEntries(ti.dict)) if (k.t === T.str) own.add(k.v as string);
  own.delete('__dict__');
  own.delete('__doc__');
  const names = bases !== null ? [...ABC_NAMES, ...stopNames] : stopNames;
  for (const name of names) {
    const d = new PyObject(stopDescrType, [what, name], null, 1);
    dictSetStr(ti.dict, name, d);
    decref(d);
  }
  // Mapping.__reversed__ = None
  if (bases !== null && bases.includes('Mapping')) {
    dictSetStr(ti.dict, '__reversed__', S.None);
    own.add('__reversed__');
  }
  ti.foreign = { what, why, abc: bases !== null || opts.abc === true, classAttrs: bases !== null ? own : null, blocked: new Set(['__dict__', ...stopNames, ...classOnly]) };
}

const whys = new Map<string, string>();

const framedCodes = new Map<string, Code>();

/** A new run's weakref import: the code objects (3.8's zombie frames) and the attribute type of
 * the previous run are not reused. */
export function resetStandInClasses(): void {
  framedCodes.clear();
  stopDescrType = null;
  whys.clear();
}

/** Run `body` in a frame of the standard-library function `module`.`qualname` (runStdlibFrame):
 * the recursion level of a Python frame, and a traceback through it, which printing stops. */
export function inStdlibFrame(module: string, qualname: string, g: PyObject, locals: PyObject[], body: () => PyObject): PyObject {
  return runStdlibFrame(stdlibCodeFor(framedCodes, module, qualname, undefined), g, locals, () => body());
}

/** A class's builtin methods, each run in a frame of the Python method it stands for (but those
 * named in `generators`: calling a generator function runs no code). */
export function framedMethods(module: string, cls: string, g: PyObject, ms: Record<string, MethodFn>, generators: string[] = []): Record<string, MethodFn> {
  const out: Record<string, MethodFn> = {};
  for (const [name, fn] of Object.entries(ms)) {
    out[name] = generators.includes(name) ? fn : (self, args, kw) => inStdlibFrame(module, `${cls}.${name}`, g, [self, ...args], () => fn(self, args, kw));
  }
  return out;
}

const methodCaches = new Map<string, InstanceType<typeof RT.MethodCache>>();
/** LOAD_METHOD `name` on `obj` + CALL in a stand-in's Python code (borrowed arguments). */
export function callMethodAt(site: Site, obj: PyObject, name: string, args: PyObject[]): PyObject {
  let mc = methodCaches.get(name);
  if (mc === undefined) {
    mc = new RT.MethodCache();
    methodCaches.set(name, mc);
  }
  obj.rc++;
  const f = RT.loadMethod(obj, name, mc);
  const meth = ST.meth === 1;
  ST.meth = 0;
  for (const a of args) a.rc++;
  if (meth) return RT.callm(f, obj, args.slice(), null, site);
  return RT.callv(f, args.slice(), null, site);
}

/** Forget the method caches (a module using callMethodAt is imported afresh in each run). */
export function clearMethodCaches(): void {
  methodCaches.clear();
}
