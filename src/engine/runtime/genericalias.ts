// types.GenericAlias (3.9+, Objects/genericaliasobject.c): what `list[int]`, `dict[str, int]`,
// `tuple[int, ...]`, `type[C]` make — above all in annotations, which 3.9+ code writes with the
// builtin types themselves and which CPython evaluates when a `def` or an annotated assignment
// runs. Simulated: Py_GenericAlias (the alias keeps its origin and its arguments as a tuple — the
// subscript's own tuple, or a new one-item tuple for a single argument), its size (3.10:
// PyObject_HEAD + origin, args, parameters, weakreflist; 3.11+ adds `starred` and `vectorcall`),
// GC tracking, deallocation, `__origin__`/`__args__`/`__parameters__` (computed on first use and
// kept, as ga_parameters does), the other attributes looked up on the origin (ga_getattro), repr,
// `==`/`!=` and hash, `|` (union.ts), and the TypeError of isinstance()/issubclass() against one.
// Calling or subscripting an alias stops.
import { PyObject, F_GC, F_RUNTIME } from './object';
import { P, T, ST, incref, decref, NotSimulated, allocBlock, freeBlock, gcAllocHook, gcCountFree, gcTrack, gcUntrack, constRefsUnknown, makeStatic } from './core';
import { type TypeInfo, type Hash, type CompareOp, Py_EQ, Py_NE } from './types';
import { S, hash, richCompare, richCompareBool, genericAliasHooks, getAttr, getAttrOpt, repr, str } from './abstract';
import { newStr } from './str';
import { fromFormat } from './uwriter';
import { newTuple } from './tuple';
import { clearWeakrefs } from './weakrefs';
import { newModuleType } from './modules/array';
import { defClassMethods, defMethods, oneArg } from './methods';
import { raiseStr } from './exc';
import { registerCallKinds } from './recursion';
import { initUnion, makeParameters, unionOr } from './union';

/** The alias's fields (gaobject). */
class GenericAliasData {
  constructor(
    public origin: PyObject,
    public args: PyObject,
    /** computed on first use of __parameters__ (NULL until then) */
    public params: PyObject | null,
  ) {}
}

const WHY = 'HeapLens simulates making, printing and comparing types.GenericAlias objects (list[int], dict[str, int]), not the rest of their behaviour';

let gaType: PyObject | null = null;

/** sizeof(gaobject) plus the GC header: what the alias's block and sys.getsizeof() take. */
function aliasBytes(): number {
  return (P.minor >= 11 ? 64 : 48) + 16;
}

function stop(what: string, why = WHY): never {
  throw new NotSimulated(what, ST.line, why);
}

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

/** ga_getattro's names looked up on the alias itself (3.10), and those 3.11 added. */
const OWN = ['__origin__', '__args__', '__parameters__', '__mro_entries__', '__reduce_ex__', '__reduce__', '__copy__', '__deepcopy__'];
const OWN_311 = ['__class__', '__unpacked__', '__typing_unpacked_tuple_args__'];

/** ga_repr_item (and union_repr_item, which writes NoneType as None first): `...`, a generic
 * alias's repr, a class's (module.)qualname, or repr(). */
export function reprItem(p: PyObject): string {
  if (p === S.Ellipsis) return '...';
  const origin = getAttrOpt(p, '__origin__');
  if (origin !== null) {
    decref(origin);
    const args = getAttrOpt(p, '__args__');
    if (args !== null) {
      decref(args);
      return useRepr(p);
    }
  }
  const qualname = getAttrOpt(p, '__qualname__');
  if (qualname === null) return useRepr(p);
  let module: PyObject | null = null;
  try {
    module = getAttrOpt(p, '__module__');
    if (module === null || module === S.None) return useRepr(p);
    const r = module.t === T.str && (module.v as string) === 'builtins' ? str(qualname) : fromFormat('%S.%S', [module, qualname]);
    try {
      return r.v as string;
    } finally {
      decref(r);
    }
  } finally {
    decref(qualname);
    if (module !== null) decref(module);
  }
}

function useRepr(p: PyObject): string {
  const r = repr(p);
  try {
    return r.v as string;
  } finally {
    decref(r);
  }
}

/** ga_repr: origin[arg, ...] (`origin[()]` for no arguments). */
function gaRepr(o: PyObject): PyObject {
  const d = data(o);
  const items = d.args.v as PyObject[];
  let s = reprItem(d.origin) + '[';
  items.forEach((p, i) => {
    if (i > 0) s += ', ';
    // (3.11+ writes a list argument — a ParamSpec's — as [a, b])
    if (p.t === T.list) stop('the repr of a types.GenericAlias with a list among its arguments');
    s += reprItem(p);
  });
  if (items.length === 0) s += '()';
  return newStr(s + ']');
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
  ti.repr = gaRepr;
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
    // ga_getattro: its own names go to the generic lookup, every other one to the origin
    // (3.10 forwards __class__ too: list[int].__class__ is type there)
    if (!OWN.includes(name) && !(P.minor >= 11 && OWN_311.includes(name))) return getAttr(d.origin, name);
    if (name === '__origin__') return incref(d.origin);
    if (name === '__args__') return incref(d.args);
    if (name === '__parameters__') {
      if (d.params === null) d.params = makeParameters(d.args, 'a types.GenericAlias');
      return incref(d.params);
    }
    if (name === '__class__') return incref(o.t);
    return stop(`the attribute ${name} of a types.GenericAlias`);
  };
  ti.call = () => stop('calling a types.GenericAlias (list[int](...))');
  ti.getitem = () => stop('subscripting a types.GenericAlias (list[int][...])');
  // (3.9 has no `|`; HeapLens does not simulate 3.9)
  if (P.minor >= 10) ti.nb = { ...ti.nb, or: unionOr };
}

/** At start-up (3.9+): the type — static in CPython, so made while the runtime's own objects
 * are built — and `__class_getitem__` on the builtin classes whose tp_methods have it. */
export function initGenericAlias(): void {
  gaType = null;
  genericAliasHooks.make = newGenericAlias;
  initUnion();
  if (P.minor < 9) return;
  gaType = newModuleType('types.GenericAlias', 'types', initGenericAliasType);
  gaType.f |= F_RUNTIME;
  // ga_instancecheck / ga_subclasscheck (METH_O): found by isinstance()'s special lookup on the
  // type, called, they raise
  defMethods(gaType, {
    __instancecheck__: (_self, a, kw) => (oneArg('__instancecheck__', a, kw), raiseStr(T.TypeError, 'isinstance() argument 2 cannot be a parameterized generic')),
    __subclasscheck__: (_self, a, kw) => (oneArg('__subclasscheck__', a, kw), raiseStr(T.TypeError, 'issubclass() argument 2 cannot be a parameterized generic')),
  });
  registerCallKinds('types.GenericAlias', { o: '__instancecheck__ __subclasscheck__' });
  // (a static type: its count is start-up's references up to 3.11, immortal from 3.12)
  if (P.immortalRefcnt !== null) makeStatic(gaType, 0);
  else constRefsUnknown.set(gaType, 'types.GenericAlias is a static type whose count is the references start-up\'s objects hold');
  // 3.10+: `int | None` between classes (and aliases, unions) makes a types.UnionType: type's
  // nb_or is _Py_union_type_or, as GenericAlias's and UnionType's are
  if (P.minor >= 10) {
    const tti = T.type.v as TypeInfo;
    tti.nb = { ...tti.nb, or: unionOr };
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
