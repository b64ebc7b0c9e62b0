// types.GenericAlias (3.9+, Objects/genericaliasobject.c): what `list[int]`, `dict[str, int]`,
// `tuple[int, ...]`, `type[C]` make — above all in annotations, which 3.9+ code writes with the
// builtin types themselves and which CPython evaluates when a `def` or an annotated assignment
// runs. Simulated: Py_GenericAlias (the alias keeps its origin and its arguments as a tuple — the
// subscript's own tuple, or a new one-item tuple for a single argument), its size (3.10:
// PyObject_HEAD + origin, args, parameters, weakreflist; 3.11+ adds `starred` and `vectorcall`),
// GC tracking, deallocation, `__origin__`/`__args__`/`__parameters__` (computed on first use and
// kept, as ga_parameters does), `==`/`!=` and hash. Everything that runs more of CPython's code
// than that — repr (ga_repr looks attributes up on every argument), attribute delegation to the
// origin, calling an alias, `|`, subscripting an alias, isinstance() — stops the run.
import { PyObject, F_GC, F_RUNTIME } from './object';
import { P, T, ST, incref, decref, NotSimulated, allocBlock, freeBlock, gcAllocHook, gcCountFree, gcTrack, gcUntrack, checksNotSimulated } from './core';
import { isType, type TypeInfo, type Hash, type CompareOp, Py_EQ, Py_NE } from './types';
import { S, hash, richCompare, richCompareBool, genericAliasHooks } from './abstract';
import { newTuple } from './tuple';
import { clearWeakrefs } from './weakrefs';
import { newModuleType } from './modules/array';
import { defClassMethods } from './methods';

/** The alias's fields (gaobject). */
class GenericAliasData {
  constructor(
    public origin: PyObject,
    public args: PyObject,
    /** computed on first use of __parameters__ (NULL until then) */
    public params: PyObject | null,
  ) {}
}

const WHY = 'HeapLens simulates making types.GenericAlias objects (list[int], dict[str, int]) and comparing them, not the rest of their behaviour';

let gaType: PyObject | null = null;

/** sizeof(gaobject) plus the GC header: what the alias's block and sys.getsizeof() take. */
function aliasBytes(): number {
  return (P.minor >= 11 ? 64 : 48) + 16;
}

function stop(what: string, why = WHY): never {
  throw new NotSimulated(what, ST.line, why);
}

const UNION_WHY = 'HeapLens does not have types.UnionType (3.10+), the object `|` makes between classes';

function data(o: PyObject): GenericAliasData {
  return o.v as GenericAliasData;
}

export function isGenericAlias(o: PyObject): boolean {
  return gaType !== null && o.t === gaType;
}

/** Py_GenericAlias(origin, args): `args` is borrowed (a tuple is kept as it is, anything else is
 * wrapped in a new one-item tuple). */
export function newGenericAlias(origin: PyObject, args: PyObject): PyObject {
  if (gaType === null) throw new Error('types.GenericAlias before its type was made');
  // PyType_GenericAlloc (tracked at once), then setup_ga
  const o = new PyObject(gaType, null, null, F_GC);
  allocBlock(o, aliasBytes());
  gcAllocHook();
  gcTrack(o);
  const a = args.t === T.tuple ? incref(args) : newTuple([incref(args)]);
  o.v = new GenericAliasData(incref(origin), a, null);
  return o;
}

/** _Py_make_parameters for arguments that are all classes: a tuple of their length, resized to
 * the empty tuple (no class is a type variable). */
function makeParameters(args: PyObject): PyObject {
  const items = args.v as PyObject[];
  for (const t of items) {
    if (!isType(t)) stop(`__parameters__ of a types.GenericAlias whose arguments are not all classes`);
  }
  if (items.length === 0) return newTuple([]);
  const tmp = newTuple(new Array<PyObject>(items.length).fill(S.None).map(incref));
  decref(tmp);
  return newTuple([]);
}

function initGenericAliasType(ti: TypeInfo): void {
  ti.gc = true;
  ti.hasWeakref = true;
  ti.basicsize = () => aliasBytes() - 16;
  ti.new = null;
  ti.dealloc = (o) => {
    gcUntrack(o);
    clearWeakrefs(o);
    const d = data(o);
    o.v = null;
    decref(d.origin);
    decref(d.args);
    if (d.params !== null) decref(d.params);
    freeBlock(o, aliasBytes());
    gcCountFree();
  };
  ti.traverse = (o, visit) => {
    const d = o.v as GenericAliasData | null;
    if (d === null) return;
    visit(d.origin);
    visit(d.args);
    if (d.params !== null) visit(d.params);
  };
  ti.repr = () => stop('the repr of a types.GenericAlias (list[int])');
  ti.hash = (o): Hash => {
    const d = data(o);
    const h = BigInt.asIntN(64, BigInt(hash(d.origin)) ^ BigInt(hash(d.args)));
    const n = Number(h);
    return Number.isSafeInteger(n) ? n : h;
  };
  ti.richcompare = (a, b, op: CompareOp) => {
    if (!isGenericAlias(b) || (op !== Py_EQ && op !== Py_NE)) return incref(S.NotImplemented);
    const x = data(a);
    const y = data(b);
    if (op === Py_NE) {
      const eq = richCompare(a, b, Py_EQ);
      decref(eq);
      return incref(eq === S.True ? S.False : S.True);
    }
    // (3.11+ first compares `starred`, never set by subscripting)
    if (!richCompareBool(x.origin, y.origin, Py_EQ)) return incref(S.False);
    return richCompare(x.args, y.args, Py_EQ);
  };
  ti.getattr = (o, name) => {
    const d = data(o);
    if (name === '__origin__') return incref(d.origin);
    if (name === '__args__') return incref(d.args);
    if (name === '__parameters__') {
      if (d.params === null) d.params = makeParameters(d.args);
      return incref(d.params);
    }
    if (name === '__class__') return incref(o.t);
    return stop(`the attribute ${name} of a types.GenericAlias (CPython looks it up on the alias's origin)`);
  };
  ti.call = () => stop('calling a types.GenericAlias (list[int](...))');
  ti.getitem = () => stop('subscripting a types.GenericAlias (list[int][...])');
  ti.nb = { ...ti.nb, or: (a, b) => (a === S.None || isType(a) || isGenericAlias(a)) && (b === S.None || isType(b) || isGenericAlias(b)) ? stop('`|` with a types.GenericAlias (a types.UnionType)', UNION_WHY) : incref(S.NotImplemented) };
}

/** At start-up (3.9+): the type — static in CPython, so made while the runtime's own objects
 * are built — and `__class_getitem__` on the builtin classes whose tp_methods have it. */
export function initGenericAlias(): void {
  gaType = null;
  genericAliasHooks.make = newGenericAlias;
  if (P.minor < 9) return;
  gaType = newModuleType('types.GenericAlias', 'types', initGenericAliasType);
  gaType.f |= F_RUNTIME;
  checksNotSimulated.set(gaType, "a types.GenericAlias's __instancecheck__/__subclasscheck__ raise CPython's own TypeError");
  // 3.10+: `int | None` between classes (and aliases) makes a types.UnionType, which HeapLens does
  // not have: it stops rather than raise the TypeError of the versions before
  if (P.minor >= 10) {
    const unionable = (o: PyObject): boolean => o === S.None || isType(o) || isGenericAlias(o);
    const tti = T.type.v as TypeInfo;
    tti.nb = { ...tti.nb, or: (a, b) => unionable(a) && unionable(b) ? stop('`X | Y` between classes (a types.UnionType, as in `int | None`)', UNION_WHY) : incref(S.NotImplemented) };
  }
  for (const t of [T.list, T.dict, T.tuple, T.set, T.frozenset]) {
    defClassMethods(t, {
      __class_getitem__: (cls, a, kw) => {
        if (a.length !== 1 || (kw !== null && kw.length > 0)) stop(`${(t.v as TypeInfo).name}.__class_getitem__ called with other than one argument`);
        return newGenericAlias(cls, a[0]);
      },
    });
  }
}
