// The compiler: Python AST -> one JavaScript function per code object, evaluated with
// `new Function`. It follows CPython's bytecode compiler (Python/compile.c) in what it evaluates
// when and in which order, and in every reference it takes and releases: a value CPython keeps
// on its value stack is held in a JS temporary here, released at the same point. Temporaries
// are nulled when consumed, so a statement's `catch` releases exactly the live ones when an
// exception unwinds through it, as CPython's unwinding pops the stack.
import type * as A from '../parse/ast';
import { moduleTokens } from '../parse/parser';
import { T as TT, type Token } from '../parse/tokenizer';
import { replayParse, type ReplayToken } from '../parse/pegenreplay';
import { parseNumber, stringPrefix } from '../parse/literals';
import { PyObject, F_RUNTIME, F_TRACKED } from '../runtime/object';
import { P, R, T, NotSimulated, gcUntrack, constRefsUnknown, MERGED_CONSTS, decref, allocBuffer, freeBuffer } from '../runtime/core';
import { setItems, newFrozenSetFrom } from '../runtime/set';
import { F_IMMORTAL, F_STATIC } from '../runtime/object';
import { Code, CO_VARARGS, CO_VARKEYWORDS, CO_GENERATOR, CO_OPTIMIZED, CO_NEWLOCALS, CO_NESTED, newCodeObject } from '../runtime/func';
import { buildSymtable, mangle, type Scope, SyntaxErr, DEF_FREE_CLASS, DEF_IMPORT } from './symtable';
import { stringifyAnnotations } from './future563';
import { hasFutureAnnotations } from '../parse/validate';
import { ConstTable, foldModule } from './fold';
import { stackSize, codeNames, type StackVersion, type CodeNames, codeUnitsBound, StackUnsupported } from './stackdepth';
import { constKey } from './constkey';
import { internInPlace, allNameChars, internStr, internedString, latin1Borrowed } from '../runtime/str';
import { identifier } from '../runtime/classes';
import { newTuple } from '../runtime/tuple';
import { newStr, cacheUtf8, utf8Length } from '../runtime/str';
import { newInt } from '../runtime/numbers';
import { RT } from './rt';
import { compileMatch } from './match';
import { S, truthy } from '../runtime/abstract';

export interface CompileOptions {
  filename: string;
  /** Emit per-line trace hooks. */
  trace: boolean;
  /** The compiler's SyntaxWarnings (compiler_warn), in CPython's order. */
  onWarning?: (msg: string, lineno: number) => void;
  /** Text that is not the program's file (Code.foreign): line events leave ST.line alone. */
  foreign?: boolean;
}

export interface CompiledModule {
  code: Code;
  /** References the compilation's arena holds (released when the module finishes). */
  arena: PyObject[];
}

const BINOP_FN: Record<A.OperatorKind, string> = {
  Add: 'add', Sub: 'sub', Mult: 'mul', MatMult: 'matmul', Div: 'truediv', Mod: 'mod', Pow: 'pow',
  LShift: 'lshift', RShift: 'rshift', BitOr: 'or', BitXor: 'xor', BitAnd: 'and', FloorDiv: 'floordiv',
};
const CMP_OP: Record<string, number> = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 };

/** An instruction's source location as CPython's compiler records it: the start line (what
 * tracebacks and f_lineno show) and, from 3.11, the end line and the UTF-8 column offsets
 * (co_positions; -1: none), which place a traceback's carets. */
export interface Loc { l: number; el: number; c: number; ec: number }

/** The location of a node (SET_LOC / LOC(x)). */
export function locOf(n: A.Pos): Loc {
  return { l: n.lineno, el: n.end_lineno ?? n.lineno, c: n.col_offset, ec: n.end_col_offset ?? -1 };
}

const js = (s: string): string => JSON.stringify(s);

class Block {
  constructor(
    public kind: 'loop' | 'finally' | 'with' | 'except' | 'for',
    public label: string,
    /** for loops: the temp holding the iterator */
    public iterTemp: string | null = null,
  ) {}
}

/** Compiles one code object. */
/** Code units of slack kept below CPython's 256 small-int limit when trusting the code-size bound. */
const LASTI_MARGIN = 8;

export class Unit {
  out: string[] = [];
  /** The code has a try/finally or a with: a `return` records its value in `rv$` so that a
   * finally body or an __exit__ that overrides the return (raise, return, break, continue)
   * releases the value the return had pushed, as CPython pops it off the value stack. */
  usesRv = false;
  ind = '  ';
  tempCount = 0;
  freeTemps: string[] = [];
  /** Temps live in the statement currently being compiled (for its catch clause). */
  stmtTemps: string[][] = [];
  /** The same temps in value-stack order (see stackBefore), for a yield's Frame.stk. */
  stmtStack: string[][] = [];
  consts: PyObject[] = [];
  constIndex = new Map<string, number>();
  /** 3.10/3.11: K slots of tuples the CFG optimizer folds (see Compiler.cfgFoldedTuple). */
  cfgFolds: number[] = [];
  children: Code[] = [];
  blocks: Block[] = [];
  /** The iterators of the `for` loops and the `__exit__` methods of the `with` blocks enclosing
   * the code being compiled, outermost first: a generator suspended at a yield in them holds
   * these on its value stack (Frame.stk). */
  stackIters: string[] = [];
  labelCount = 0;
  code: Code;
  /** fast-local slot by name */
  slots = new Map<string, number>();
  /** 3.12 inlined comprehensions: names whose outer binding is saved while the comprehension runs */
  className: string | null;
  maxTemps = 0;
  /** Names of inlined-comprehension variables currently in scope (3.12+). */
  inlined = new Set<string>();
  /** Depth of inlined comprehensions being compiled (u_in_inlined_comp, 3.12+). */
  inInlinedComp = 0;
  /** JS constants hoisted into the factory (keyword-name arrays). */
  statics: string[] = [];
  /** try/with blocks enclosing the code being compiled (3.13: a yield at depth 0 lets gen_close
   * skip throwing GeneratorExit). */
  excDepth = 0;
  /** 3.11+: whether an exception handler's `lasti` int may be a new block here (Compiler.lastiBig) */
  lastiBigCache: boolean | null = null;
  /** 3.8/3.10: index in `children` of each lambda/comprehension code compiled here, by
   * mergeKey (the compiler merges equal code objects among the constants) */
  mergeable = new Map<string, number>();
  /** A fresh LOAD_METHOD-site cache (see rt.ts MethodCache). */
  methodCache(): string {
    const id = `M${this.statics.length}`;
    this.statics.push(`const ${id} = new MethodCache();`);
    return id;
  }
  /** 3.11+: an adaptive instruction's state (CALL, COMPARE_OP: recursion.ts); `discard`: a CALL
   * whose result is popped at once. */
  site(discard = false): string {
    if (P.minor < 11) return 'null';
    const id = `Z${this.statics.length}`;
    this.statics.push(`const ${id} = new Site(${discard});`);
    return id;
  }
  /** 3.11+: an UNPACK_SEQUENCE's adaptive state (rt.ts UnpackSite). */
  unpackSite(): string {
    const id = `U${this.statics.length}`;
    this.statics.push(`const ${id} = new UnpackSite(${P.minor});`);
    return id;
  }
  /** STORE_SUBSCR `o[k] = v`: 3.11+ through its adaptive state (rt.ts StoreSubscrSite). */
  storeSubscr(o: string, k: string, v: string): string {
    if (P.minor < 11) return `setItem(${o}, ${k}, ${v});`;
    const id = `W${this.statics.length}`;
    this.statics.push(`const ${id} = new StoreSubscrSite(${P.minor});`);
    return `storeSubscr(${o}, ${k}, ${v}, ${id}, f.code);`;
  }
  /** 3.11+: a `+`/`+=` BINARY_OP's adaptive state (rt.ts BinopSite). */
  binopSite(): string {
    const id = `B${this.statics.length}`;
    this.statics.push(`const ${id} = new BinopSite(${P.minor});`);
    return id;
  }
  /** A fresh name-site cache (see rt.ts NameCache); `at`: where a NameError there is raised
   * (the frame's location then, [location index, line]). */
  nameCache(at: [number, number] | null = null): string {
    const id = `N${this.statics.length}`;
    this.statics.push(`const ${id} = new NameCache(${at === null ? '' : `${at[0]}, ${at[1]}`});`);
    return id;
  }
  kwnames(names: string[]): string {
    // CALL_FUNCTION_KW / KW_NAMES: the keyword names are a constant tuple of the code object
    this.c.constObject(this, newTuple(names.map((n) => internStr(n, P.interning !== 'mortal'))));
    const id = `KW${this.statics.length}`;
    this.statics.push(`const ${id} = ${JSON.stringify(names)};`);
    return id;
  }
  constructor(public c: Compiler, public scope: Scope, public kind: 'module' | 'function' | 'class' | 'comprehension', public qualname: string, className: string | null) {
    this.code = new Code();
    this.className = className;
  }

  /** The code object's instruction locations (co_positions, 3.11+): four numbers each. */
  locs: number[] = [];
  locIndex = new Map<string, number>();
  /** The location (3.11+ `f.li`) and line (`f.line`) the code emitted last set, along straight-line
   * code: a block boundary (any `{` or `}`) forgets them. */
  emLi = -1;
  emLine = -1;
  /** The line of the last statement (or header) event emitted in this unit: a statement on the
   * same line (`a = 1; b = 2`, `for x in y: f(x)`) continues that line rather than running it
   * again, as CPython's line events see it. */
  evLine = 0;

  // ------------------------------------------------------------ emission helpers
  emit(line: string): void {
    this.out.push(this.ind + line);
    if (line.includes('{') || line.includes('}')) this.emLi = this.emLine = -1;
  }
  locIdx(l: Loc): number {
    const key = `${l.l},${l.el},${l.c},${l.ec}`;
    let i = this.locIndex.get(key);
    if (i === undefined) {
      i = this.locs.length >> 2;
      this.locs.push(l.l, l.el, l.c, l.ec);
      this.locIndex.set(key, i);
    }
    return i;
  }
  indent(): void {
    this.ind += '  ';
  }
  dedent(): void {
    this.ind = this.ind.slice(2);
  }
  label(prefix = 'L'): string {
    return `${prefix}${this.labelCount++}`;
  }
  temp(): string {
    const t = this.freeTemps.pop() ?? `t${this.tempCount++}`;
    if (this.tempCount > this.maxTemps) this.maxTemps = this.tempCount;
    const cur = this.stmtTemps[this.stmtTemps.length - 1];
    if (cur) cur.push(t);
    const st = this.stmtStack[this.stmtStack.length - 1];
    if (st) st.push(t);
    return t;
  }
  /** Value-stack order (Frame.stk at a yield): temp `a` sits below temp `b`. */
  stackBefore(a: string, b: string): void {
    const cur = this.stmtStack[this.stmtStack.length - 1];
    if (!cur) return;
    const rest = cur.filter((t) => t !== a);
    const i = rest.indexOf(b);
    if (i < 0) return;
    rest.splice(i, 0, a);
    cur.length = 0;
    cur.push(...rest);
  }
  /** The temp's reference was consumed or released: null it and recycle the name. */
  done(t: string): void {
    this.emit(`${t} = null;`);
    this.recycle(t);
  }
  recycle(t: string): void {
    if (!this.freeTemps.includes(t)) this.freeTemps.push(t);
  }
  /** Release the temp's reference now. */
  release(t: string): void {
    this.emit(`if (--${t}.rc === 0) dealloc(${t}); ${t} = null;`);
    this.recycle(t);
  }
  constIdx(o: PyObject): number {
    const key = constKey(o);
    let i = this.constIndex.get(key);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(o);
      this.constIndex.set(key, i);
    }
    return i;
  }

  /** Compile `body` as one statement region: temps it allocates are released if it throws. */
  stmtRegion(fn: () => void): void {
    const mark = this.out.length;
    const ind = this.ind;
    this.stmtTemps.push([]);
    this.stmtStack.push([]);
    this.indent();
    fn();
    this.dedent();
    this.stmtStack.pop();
    const temps = this.stmtTemps.pop() as string[];
    const uniq = [...new Set(temps)];
    if (uniq.length === 0) {
      // no temps: unwrap (re-indent the lines one level less)
      for (let i = mark; i < this.out.length; i++) this.out[i] = this.out[i].slice(2);
      return;
    }
    this.out.splice(mark, 0, `${ind}try {`);
    this.out.push(`${ind}} catch (e$) {`);
    // the traceback entry of this frame is made where the exception is raised, before the
    // evaluation stack is unwound (PyTraceBack_Here, then the pops)
    this.out.push(`${ind}  if (e$ instanceof PyErr) tb(e$, f, false);`);
    this.out.push(`${ind}  ${uniq.map((t) => `if (${t} !== null) { if (--${t}.rc === 0) dealloc(${t}); ${t} = null; }`).join(' ')}`);
    this.out.push(`${ind}  throw e$;`);
    this.out.push(`${ind}}`);
  }
}

export class Compiler {
  readonly ct = new ConstTable();
  /** PEP 563: annotated assignments whose annotation the compiler drops (complex targets). */
  readonly droppedAnnotations = new Set<A.Node>();
  byNode = new Map<A.Node, Scope>();
  /** The module's symbol table (is_import_originated looks names up there). */
  topScope: Scope = undefined as unknown as Scope;
  /** The compilation's constant cache (c_const_cache): value key -> canonical object. */
  constCache = new Map<string, PyObject>();
  /** Constant sets of the code objects without nested code objects (see markSharedConsts). */
  leafConsts = new Map<string, PyObject[]>();
  readonly minor: number;
  readonly filename: string;
  readonly trace: boolean;
  /** ST.line's assignment in line events ('' for foreign code, see CompileOptions.foreign) */
  readonly stLine: (n: number) => string;
  keepSource = false;
  /** 3.8/3.10 (3.12 constant lambdas): the unit whose constants hold the code object of each
   * mergeKey (see mergeKey) */
  private readonly mergeOwner = new Map<string, Unit>();
  private nanCount = 0;
  readonly onWarning: ((msg: string, lineno: number) => void) | null;
  constructor(opts: CompileOptions) {
    this.onWarning = opts.onWarning ?? null;
    this.minor = P.minor;
    this.filename = opts.filename;
    this.trace = opts.trace;
    this.stLine = opts.foreign === true ? () => '' : (n) => ` ST.line = ${n};`;
  }

  /** The name tuples (and co_name) of the code objects made so far: references they hold. */
  private nameRefs: PyObject[] = [];
  /** CPython's code objects by AST node, whose name tuples are not made yet (see nameTuples). */
  private pendingNames = new Map<A.Node, CodeNames[]>();
  /** The AST nodes whose code object's names are counted already. */
  private namedNodes = new Set<A.Node>();
  /** co_names of CPython's code objects by AST node (every version). */
  private coNames = new Map<A.Node, string[]>();
  /** co_consts of CPython's code objects by AST node, as constant keys (null: not known). */
  private coConstKeys = new Map<A.Node, string[] | null>();
  /** 3.8-3.11: the co_names tuple each node's code object holds (null: the empty tuple). */
  private coNamesTuples = new Map<A.Node, PyObject | null>();

  /**
   * makecode() for one code object: its name tuples — co_names, co_varnames, co_cellvars,
   * co_freevars (3.11: co_names and co_localsplusnames, each local once) — go through the
   * compilation's constant cache like its constants (merge_const_tuple / merge_const_one): a tuple
   * equal to one made before is that one (two methods whose only parameter is `self` share
   * ('self',); a constant tuple ('x', 'y') made later is the co_names tuple of an earlier method,
   * while the parser's own folded tuple keeps its items too). Plus co_name (3.11: and co_qualname,
   * the same object at the top level).
   */
  private nameTuples(c: CodeNames): void {
    const tuple = (names: string[]): PyObject | null => {
      if (names.length === 0) return null; // the () singleton
      const t = newTuple(names.map((n) => internStr(n, false)));
      t.f |= F_RUNTIME;
      const k = this.canonical(t);
      // intern_strings: the tuple's items are the interned names (3.11: the runtime's own
      // 1-char strings, where a constant made the cache hold the Latin-1 one)
      internTupleStrings(k);
      this.nameRefs.push(k);
      decref(t);
      return k;
    };
    // trim_unused_consts (3.10/3.11) dropped these from the code object's co_consts where dead
    // code was their only use: whether the simulated code holds them is not known
    for (const key of c.trimmed) {
      const o = this.constCache.get(key);
      if (o !== undefined && (o.f & F_IMMORTAL) === 0) {
        constRefsUnknown.set(o, `CPython ${P.id} drops the constants at the end of a code object's co_consts that only unreachable code loads (trim_unused_consts): whether this one stays depends on where the optimizer leaves it`);
      }
    }
    this.coNamesTuples.set(c.node, tuple(c.names));
    if (this.minor >= 11) {
      tuple([...new Set([...c.varnames, ...c.cellvars, ...c.freevars])]);
      if (c.topLevel) this.nameRefs.push(internStr(c.name, false));
    } else {
      tuple(c.varnames);
      tuple(c.cellvars);
      tuple(c.freevars);
    }
    this.nameRefs.push(internStr(c.name, false));
  }

  compileModule(mod: A.Module): CompiledModule {
    // co_stacksize of every code object, from the AST before folding (stackdepth.ts re-runs
    // CPython's optimizer itself); a construct it does not know stops the run when reached.
    try {
      stackSize(mod, this.stackVersion());
    } catch (e) {
      this.stackError = e instanceof Error ? e : new Error(String(e));
    }
    // the code objects' names (3.8-3.11), from the same compiler pass: a construct it does not
    // know (async def) leaves them empty; the run stops when it reaches that construct
    let names: CodeNames[] = [];
    try {
      names = codeNames(mod, this.stackVersion());
    } catch (e) {
      if (this.minor <= 11) this.stackError ??= e instanceof Error ? e : new Error(String(e));
    }
    // co_names of each code object (the first compilation of a node)
    for (const c of names) {
      if (this.coNames.has(c.node)) continue;
      this.coNames.set(c.node, c.names);
      this.coConstKeys.set(c.node, c.consts);
    }
    if (this.minor <= 11) {
      for (const c of names) {
        const list = this.pendingNames.get(c.node);
        if (list) list.push(c);
        else this.pendingNames.set(c.node, [c]);
      }
    }
    internIdentifiers(mod, this.ct, this.minor);
    internCompilerNames(mod.body);
    // PEP 563: 3.10+ neither fold annotations nor see their names in the symbol table (an
    // annotation block of its own); 3.8 folds them first and its symbol table visits them
    const future563 = hasFutureAnnotations(mod);
    const uPrefixed = future563 && (moduleTokens.get(mod)?.tokens ?? []).some((t) => t.type === TT.STRING && /^[uU]/.test(t.str));
    if (future563 && this.minor >= 10) stringifyAnnotations(mod, this.ct, this.minor, this.droppedAnnotations, uPrefixed);
    // (3.8 unparses the folded annotations: `1+2` is '3'; it folds them whatever the future
    // import, but HeapLens evaluates an unfolded annotation to the same value otherwise)
    foldModule(mod, this.ct, this.minor, future563 && this.minor < 10);
    let st;
    try {
      st = buildSymtable(mod, this.minor);
    } catch (e) {
      throw e instanceof SyntaxErr ? e : e;
    }
    if (future563 && this.minor < 10) stringifyAnnotations(mod, this.ct, this.minor, this.droppedAnnotations, uPrefixed);
    this.byNode = st.byNode;
    this.topScope = st.top;
    const u = new Unit(this, st.top, 'module', '<module>', null);
    u.code.name = '<module>';
    u.code.isModule = true;
    u.code.firstlineno = 1;
    this.moduleBody(u, mod.body);
    const code = this.finish(u);
    this.ct.releaseCompilerConsts();
    this.markTupleCoConsts();
    if (this.minor <= 11) {
      // a code object CPython compiled more than once (a def in a `finally` body, which 3.9+
      // compile for the normal and the exceptional path) is one constant: equal code objects are
      // merged (_PyCode_ConstantKey); CPython code objects the simulator made none for count once
      for (const [node, list] of this.pendingNames) if (!this.namedNodes.has(node)) this.nameTuples(list[0]);
      // compiler_set_qualname's static "." identifier (3.8/3.10), made for the first qualified
      // name built from an enclosing one, is the Latin-1 '.'
      if (this.minor <= 10 && names.some((c) => c.dotted)) this.nameRefs.push(internStr('.', false));
      code.nameRefs = this.nameRefs;
    }
    return { code, arena: this.ct.arena };
  }

  /** co_consts as the objects this unit's code holds (null: a key this code holds no object for,
   * or none known). Borrowed: the code object's `consts` keep them. */
  private coConstObjects(u: Unit, keys: string[] | null): PyObject[] | null {
    if (keys === null) return null;
    const out: PyObject[] = [];
    for (const k of keys) {
      const single = k === 'N' ? S.None : k === 'B1' ? S.True : k === 'B0' ? S.False : k === 'E' ? S.Ellipsis : null;
      if (single !== null) {
        out.push(single);
        continue;
      }
      const i = u.constIndex.get(k);
      // (a function's docstring: the enclosing code's constant, which makes its __doc__)
      const o = i !== undefined ? u.consts[i] : this.constCache.get(k);
      if (o === undefined) return null;
      out.push(o);
    }
    return out;
  }

  /** merge_consts_recursive: the canonical object for a constant (new reference). */
  canonical(o: PyObject): PyObject {
    const key = constKey(o);
    const hit = this.constCache.get(key);
    if (hit !== undefined) {
      hit.rc++;
      return hit;
    }
    if (o.t === T.tuple) {
      const items = o.v as PyObject[];
      for (let i = 0; i < items.length; i++) {
        const m = this.canonical(items[i]);
        if (m !== items[i]) {
          const old = items[i];
          items[i] = m;
          old.rc--;
        } else m.rc--;
      }
    }
    if (o.t === T.frozenset && setItems(o).length > 0) {
      // merge_consts_recursive: a new frozenset of the canonical items replaces it in the cache
      // (the original keeps its own items, in the arena)
      const canon = setItems(o).map((x) => this.canonical(x));
      const tup = newTuple(canon);
      const merged = newFrozenSetFrom(tup);
      decref(tup);
      this.constCache.set(key, merged);
      merged.rc++;
      return merged;
    }
    this.constCache.set(key, o);
    o.rc++;
    return o;
  }

  /** Load a constant object in unit `u`: returns the K index. */
  /** The object a docstring compiles to: the literal's, except that 3.13's _PyCompile_CleanDoc
   * expands its tabs (a new string when there are any), reads it as UTF-8 (a non-ASCII one caches
   * its UTF-8 form) and, when the first line starts with spaces or the later lines share an
   * indentation, writes the cleaned text into a scratch buffer and makes a new string of it. A new
   * string is owned by the compiler until compilation ends (co_consts then keeps it). */
  private docObject(doc: A.Constant): PyObject {
    const o = this.ct.get(doc);
    if (this.minor < 13) return o;
    const text = o.v as string;
    const expanded = expandTabs(text);
    let cur = o;
    if (expanded !== text) cur = newStr(expanded);
    cacheUtf8(cur);
    const cleaned = cleanDoc(expanded);
    if (cleaned === null) {
      if (cur !== o) this.ct.compilerOwned.push(cur);
      return cur;
    }
    const size = utf8Length(expanded);
    const buf = allocBuffer(size);
    const res = newStr(cleaned);
    freeBuffer(buf, size);
    if (cur !== o) decref(cur);
    this.ct.compilerOwned.push(res);
    return res;
  }

  constRef(u: Unit, o: PyObject): string {
    let obj = this.canonical(o);
    if (obj.t === T.str && allNameChars(obj.v as string)) {
      // intern_string_constants (codeobject.c): identifier-like str constants are interned.
      const immortal = P.interning === 'all-immortal';
      const interned = internInPlace(obj, immortal);
      if (interned !== obj) {
        this.constCache.set(constKey(interned), interned);
        obj = interned;
      }
    }
    // intern_string_constants also goes into constant tuples (last item first) and frozensets
    if (obj.t === T.tuple) internTupleStrings(obj);
    // co_consts holds one reference per distinct constant of the code object
    const key = constKey(obj);
    const existing = u.constIndex.get(key);
    if (existing !== undefined) {
      obj.rc--;
      return `K[${existing}]`;
    }
    if (obj.t === T.frozenset) {
      // (a code object's own new frozenset when interning changed an item)
      const w = internedFrozenSet(obj);
      if (w !== obj) {
        decref(obj);
        obj = w;
      }
    }
    return `K[${u.constIdx(obj)}]`;
  }

  /**
   * 3.8's peephole optimizer (Python/peephole.c fold_tuple_on_constants): LOAD_CONSTs followed by
   * BUILD_TUPLE become one LOAD_CONST of a new tuple, appended to co_consts as an object of its own
   * (not merged; the loaded constants stay in co_consts too). Returns the K reference.
   */
  peepholeTuple38(u: Unit, elts: A.Constant[]): string {
    const objs = elts.map((x) => this.ct.get(x));
    for (const o of objs) this.constRef(u, o);
    const tup = newTuple(objs.map((o) => this.canonical(o)));
    tup.f |= F_RUNTIME;
    const i = u.consts.length;
    u.consts.push(tup);
    return `K[${i}]`;
  }

  /**
   * 3.10/3.11: a tuple the CFG optimizer folds from LOAD_CONSTs + BUILD_TUPLE (a function's constant
   * defaults, a match mapping's keys, constant annotations). It does so when the code object is
   * assembled, after every constant the compiler loaded: the fold finds an equal tuple loaded
   * earlier in this code object's co_consts (that same object), else it goes through the constant
   * cache then (merge_const_one) — after the rest of the code's constants. `tup` (a new reference)
   * is consumed; returns the K reference.
   */
  cfgFoldedTuple(u: Unit, tup: PyObject): string {
    const key = constKey(tup);
    const existing = u.constIndex.get(key);
    if (existing !== undefined) {
      decref(tup);
      return `K[${existing}]`;
    }
    const i = u.consts.length;
    u.consts.push(tup);
    u.constIndex.set(key, i);
    u.cfgFolds.push(i);
    return `K[${i}]`;
  }

  /** Add `o` (a new reference, consumed) to unit `u`'s constants: the canonical object. */
  constObject(u: Unit, o: PyObject): PyObject {
    const ref = this.constRef(u, o);
    const k = u.consts[Number(ref.slice(2, -1))];
    decref(o);
    return k;
  }

  /**
   * The name objects functions made from `code` (nested in `u`) share: func_name is co_name, the
   * interned identifier; func_qualname is, on 3.8/3.10, the qualified name MAKE_FUNCTION takes from
   * the enclosing code's constants (the identifier itself at the top level) and, from 3.11, the
   * code's co_qualname (the name itself at the top level, its own string below).
   */
  functionNames(u: Unit, code: Code): void {
    const immortal = P.interning !== 'mortal';
    code.nameObj = internedString(code.name) ?? null;
    if (code.nameObj === null || this.minor >= 12) code.nameObj = internStr(code.name, immortal);
    const top = code.qualname === code.name;
    if (this.minor <= 10) {
      code.qualnameObj = this.constObject(u, top ? internStr(code.name, immortal) : newStr(code.qualname));
    } else if (top) {
      code.qualnameObj = code.nameObj;
    } else {
      code.qualnameObj = newStr(code.qualname);
      code.qualnameObj.f |= F_RUNTIME;
    }
  }

  // ------------------------------------------------------------ merged co_consts tuples

  /**
   * makecode() merges each code object's co_consts tuple through the constant cache, so two code
   * objects with equal constants (`def f(): return 123456` and `def g(): return 123456` both
   * have (None, 123456)) share one tuple that holds each constant once, and a constant tuple
   * such as `(None, 123456)` can itself be a code object's co_consts. The simulator's per-code
   * constant lists are not CPython's exact co_consts (docstring slots, keyword-name tuples and
   * the peephole's leftovers differ per version), so it cannot tell when this happens: when two
   * code objects without nested code objects (a nested code object makes a tuple unique) use
   * the same set of constants, sys.getrefcount of those constants stops as not simulated.
   */
  private leafKey(consts: PyObject[]): string {
    const keys = [...new Set(consts.map(constKey))].filter((k) => k !== 'N').sort();
    return keys.join('\u0002');
  }

  /** The shared singletons too (3.8-3.11, where their counts are reported): a merged tuple holds
   * its small ints and 1-char strings once for several code objects. */
  private markUnknown(objs: Iterable<PyObject>): void {
    for (const o of objs) if ((o.f & F_IMMORTAL) === 0 && !constRefsUnknown.has(o)) constRefsUnknown.set(o, MERGED_CONSTS);
  }

  markSharedConsts(consts: PyObject[], comprehension = false): void {
    const key = this.leafKey(consts);
    if (key === '') return;
    if (comprehension) this.compLeafKeys.add(key);
    const prev = this.leafConsts.get(key);
    if (prev === undefined) {
      this.leafConsts.set(key, consts);
      return;
    }
    this.markUnknown(prev);
    this.markUnknown(consts);
  }

  /** Keys (leafKey) of the constant sets of comprehensions' code objects. */
  private compLeafKeys = new Set<string>();

  /** A constant tuple with the same constants as a code object may be that code's co_consts
   * (a function's constant defaults (9,) and a comprehension's co_consts (9,) are one tuple). */
  markTupleCoConsts(): void {
    for (const o of this.constCache.values()) {
      if (o.t !== T.tuple) continue;
      const items = o.v as PyObject[];
      const key = this.leafKey(items);
      // function, lambda and class-body co_consts always hold None; a comprehension's only the
      // constants it uses
      if (!items.some((x) => x.t === T.NoneType) && !this.compLeafKeys.has(key)) continue;
      const consts = this.leafConsts.get(key);
      if (consts === undefined) continue;
      this.markUnknown([o, ...items, ...consts]);
    }
  }

  // ------------------------------------------------------------ finishing a code object

  private stackError: Error | null = null;

  /**
   * 3.11+: whether the code object of `u` may be larger than 256 code units, so that the int
   * object a `lasti`-keeping exception handler pushes (the offset of the instruction that raised)
   * may be a new block rather than a cached small int. HeapLens does not assemble the bytecode,
   * so it uses stackdepth.ts's upper bound of the code size (with a margin) and, when that is
   * above, marks the tracemalloc peak inexact where such a handler is entered (rt.ts lastiInt).
   */
  lastiBig(u: Unit): boolean {
    if (this.minor < 11) return false;
    if (u.lastiBigCache === null) {
      let bound: number | null = null;
      try {
        bound = codeUnitsBound(u.scope.node as Parameters<typeof codeUnitsBound>[0], this.stackVersion());
      } catch {
        bound = null;
      }
      u.lastiBigCache = bound === null || bound + LASTI_MARGIN > 256;
    }
    return u.lastiBigCache;
  }

  private stackVersion(): StackVersion {
    const m = this.minor;
    return (m <= 8 ? 8 : m >= 13 ? 13 : m) as StackVersion;
  }

  finish(u: Unit): Code {
    const code = u.code;
    // the tuples the CFG optimizer folded, merged now (see cfgFoldedTuple)
    for (const i of u.cfgFolds) {
      const t = u.consts[i];
      const k = this.canonical(t);
      internTupleStrings(k);
      u.consts[i] = k;
      decref(t);
    }
    code.filename = this.filename;
    code.qualname = u.qualname;
    let size: number;
    try {
      if (this.stackError !== null) throw this.stackError;
      size = stackSize(u.scope.node as Parameters<typeof stackSize>[0], this.stackVersion());
    } catch (e) {
      // the module's analysis stopped at a construct it does not know: that construct stops the
      // run (not the first function whose size was asked for)
      if (e instanceof StackUnsupported) throw new NotSimulated(e.construct, e.line);
      throw new NotSimulated(`the stack size of '${u.qualname}'`, code.firstlineno);
    }
    code.stacksize = size;
    code.lastiBig = this.lastiBig(u);
    code.plainArgs = (code.flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 && code.kwonlyargcount === 0
      && code.argCells.length === 0 && code.cellvars.length === 0 && code.freevars.length === 0;
    code.consts = u.consts;
    code.children = u.children;
    const pending = this.pendingNames.get(u.scope.node as A.Node);
    if (pending !== undefined && !this.namedNodes.has(u.scope.node as A.Node)) {
      this.nameTuples(pending[0]);
      this.namedNodes.add(u.scope.node as A.Node);
    }
    code.coNames = this.coNames.get(u.scope.node as A.Node) ?? null;
    code.coConsts = this.coConstObjects(u, this.coConstKeys.get(u.scope.node as A.Node) ?? null);
    code.coNamesTuple = this.coNamesTuples.get(u.scope.node as A.Node);
    code.locs = Int32Array.from(u.locs);
    if (!code.isModule && u.children.length === 0) this.markSharedConsts(u.consts, u.kind === 'comprehension');
    newCodeObject(code).f |= F_RUNTIME;
    // Constant tuples of co_consts start untracked on 3.12 (the compiler untracks them).
    if (this.minor === 12) for (const k of code.consts) if (k.t === T.tuple && k.f & F_TRACKED) gcUntrack(k);
    const gen = code.isGenerator;
    const temps = [];
    for (let i = 0; i < u.tempCount; i++) temps.push(`t${i} = null`);
    const src = [
      '"use strict";',
      `const {${RT_NAMES.join(', ')}} = rt;`,
      ...u.statics,
      `return function${gen ? '*' : ''} py_${safeName(code.name)}(f) {`,
      '  const L = f.l, ST = rt.ST;',
      temps.length ? `  let ${temps.join(', ')};` : '',
      u.usesRv ? '  let rv$ = null;' : '',
      ...u.out,
      '};',
    ].join('\n');
    let factory: (rt: unknown, K: PyObject[], C: Code[]) => Code['run'];
    try {
      factory = new Function('rt', 'K', 'C', src) as typeof factory;
    } catch (e) {
      throw new Error(`internal compiler error in ${code.qualname}: ${(e as Error).message}\n${src}`);
    }
    code.run = factory(RT, code.consts, u.children);
    if (typeof process !== 'undefined' && process.env.HEAPLENS_DUMP_JS) process.stderr.write(`// ---- ${code.qualname}\n${src}\n`);
    if (this.keepSource) code.source = src;
    return code;
  }

  // ------------------------------------------------------------ scopes and names

  newUnit(parent: Unit, node: A.Node, name: string, kind: 'function' | 'class' | 'comprehension'): Unit {
    const scope = this.byNode.get(node) as Scope;
    const qual = kind === 'class' || kind === 'function' || kind === 'comprehension'
      ? qualnameFor(parent, name, scope)
      : name;
    const u = new Unit(this, scope, kind, qual, kind === 'class' ? name : parent.className);
    return u;
  }

  // ------------------------------------------------------------ module

  moduleBody(u: Unit, body: A.Stmt[]): void {
    this.layoutLocals(u);
    if (hasAnnotations(body)) u.emit('setupAnnotations(f);');
    let i = 0;
    const doc = docstring(body);
    if (doc !== null) {
      // __doc__ = <docstring>
      u.stmtRegion(() => {
        this.lineEvent(u, body[0]);
        const t = u.temp();
        u.emit(`${t} = ${this.constRef(u, this.docObject(doc))}; ${t}.rc++;`);
        u.emit(`storeName(f, "__doc__", ${t}, ${u.nameCache()});`);
        u.done(t);
      });
      i = 1;
    }
    for (; i < body.length; i++) this.stmt(u, body[i]);
    u.emit('S.None.rc++; return S.None;');
  }

  /** Fast-local layout: parameters, other locals in order of first binding, cells, frees. */
  layoutLocals(u: Unit): void {
    const sc = u.scope;
    const code = u.code;
    const names: string[] = [];
    if (u.kind === 'function' || u.kind === 'comprehension') {
      for (const p of sc.params) names.push(p);
      for (const [name, s] of sc.scopes) {
        if (s === 'local' && !names.includes(name)) names.push(name);
      }
    } else if (this.minor >= 12) {
      // module/class code: fast locals only for names of inlined comprehensions
      collectInlinedCompNames(sc, names);
    }
    code.varnames = names;
    code.varnamesOrderUnknown = sc.varnamesOrderUnknown;
    if (code.varnamesOrderUnknown === '' && this.minor >= 12 && sc.inlinedChildren.some((c) => c.inlined)) code.varnamesOrderUnknown = 'an inlined comprehension (3.12+)';
    for (let i = 0; i < names.length; i++) u.slots.set(names[i], i);
    const cells: string[] = [];
    const frees: string[] = [];
    for (const [name, s] of sc.scopes) {
      if (s === 'cell' && !u.slots.has(name)) cells.push(name);
      if (s === 'free') frees.push(name);
    }
    if (u.kind === 'class') {
      for (const [name, flags] of sc.symbols) if (flags & DEF_FREE_CLASS && !frees.includes(name)) frees.push(name);
    }
    if (u.kind === 'class' && sc.needsClassClosure && !cells.includes('__class__')) cells.push('__class__');
    cells.sort();
    frees.sort();
    for (const name of names) if (sc.scopes.get(name) === 'cell' && (u.kind === 'function' || u.kind === 'comprehension')) {
      const idx = u.slots.get(name) as number;
      if (idx < sc.params.length) code.argCells.push(idx);
    }
    code.cellvars = cells;
    code.freevars = frees;
    let k = names.length;
    for (const name of cells) u.slots.set(name, k++);
    for (const name of frees) u.slots.set(name, k++);
    code.nlocalsplus = k;
    if (u.kind === 'class') {
      const idx = cells.indexOf('__class__');
      code.classCell = idx >= 0 ? names.length + idx : -1;
    }
  }

  isCellSlot(u: Unit, name: string): boolean {
    const s = u.scope.scopes.get(name);
    return s === 'cell' || s === 'free';
  }

  // ------------------------------------------------------------ SyntaxWarnings (compiler_warn)

  warn(msg: string, lineno: number): void {
    if (this.onWarning !== null) this.onWarning(msg, lineno);
  }

  /** infer_type: the type a literal display or constant would have (null: unknown). */
  inferType(e: A.Expr): string | null {
    switch (e.type) {
      case 'Tuple': return 'tuple';
      case 'List': case 'ListComp': return 'list';
      case 'Dict': case 'DictComp': return 'dict';
      case 'Set': case 'SetComp': return 'set';
      case 'GeneratorExp': return 'generator';
      case 'Lambda': return 'function';
      case 'JoinedStr': case 'FormattedValue': return 'str';
      case 'Constant': return this.constType(e);
      default: return null;
    }
  }

  /** The type name of a constant (a folded one already has its object; others are not made
   * before their time). */
  constType(e: A.Constant): string {
    const o = this.ct.obj.get(e);
    if (o !== undefined) return ((o.t as PyObject).v as { name: string }).name;
    const k = e.value.k;
    return k === 'None' ? 'NoneType' : k === 'Ellipsis' ? 'ellipsis' : k;
  }

  /** check_is_arg: not a literal (None, True, False and ... are fine). */
  isArgOk(e: A.Expr): boolean {
    // a tuple of constants (the empty one too) is one constant after the AST optimizer
    if (e.type === 'Tuple' && e.ctx === 'Load' && e.elts.every((x) => x.type === 'Constant')) return false;
    if (e.type !== 'Constant') return true;
    const o = this.ct.obj.get(e);
    if (o !== undefined) return o === S.None || o === S.True || o === S.False || o === S.Ellipsis;
    const k = e.value.k;
    return k === 'None' || k === 'bool' || k === 'Ellipsis';
  }

  /** check_compare: `is` / `is not` with a literal. */
  checkCompare(e: A.Compare, lineno: number): void {
    let left = this.isArgOk(e.left);
    let leftExpr = e.left;
    for (let i = 0; i < e.ops.length; i++) {
      const op = e.ops[i];
      const rightExpr = e.comparators[i];
      const right = this.isArgOk(rightExpr);
      if ((op === 'Is' || op === 'IsNot') && (!right || !left)) {
        const lit = !left ? leftExpr : rightExpr;
        if (this.minor >= 12) {
          const tn = this.inferType(lit);
          this.warn(op === 'Is' ? `"is" with '${tn}' literal. Did you mean "=="?` : `"is not" with '${tn}' literal. Did you mean "!="?`, lineno);
        } else {
          this.warn(op === 'Is' ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?', lineno);
        }
        return;
      }
      left = right;
      leftExpr = rightExpr;
    }
  }

  /** check_caller: calling a literal. */
  checkCaller(e: A.Expr, lineno: number): void {
    switch (e.type) {
      case 'Constant': case 'Tuple': case 'List': case 'ListComp': case 'Dict': case 'DictComp': case 'Set': case 'SetComp':
      case 'GeneratorExp': case 'JoinedStr': case 'FormattedValue':
        this.warn(`'${this.inferType(e)}' object is not callable; perhaps you missed a comma?`, lineno);
    }
  }

  /** check_subscripter and check_index: subscripting a literal. */
  checkSubscript(value: A.Expr, slice: A.Expr, lineno: number): void {
    let warnSub = false;
    if (value.type === 'Constant') {
      const tn = this.constType(value);
      warnSub = tn === 'NoneType' || tn === 'ellipsis' || tn === 'int' || tn === 'bool' || tn === 'float' || tn === 'complex' || tn === 'frozenset' || tn === 'set';
    } else warnSub = value.type === 'Set' || value.type === 'SetComp' || value.type === 'GeneratorExp' || value.type === 'Lambda';
    if (warnSub) {
      this.warn(`'${this.inferType(value)}' object is not subscriptable; perhaps you missed a comma?`, lineno);
      return;
    }
    const it = this.inferType(slice);
    if (it === null || it === 'int' || it === 'bool' || slice.type === 'Slice') return;
    let warnIdx: boolean;
    if (value.type === 'Constant') {
      const tn = this.constType(value);
      warnIdx = tn === 'str' || tn === 'bytes' || tn === 'tuple';
    } else warnIdx = value.type === 'Tuple' || value.type === 'List' || value.type === 'ListComp' || value.type === 'JoinedStr' || value.type === 'FormattedValue';
    if (warnIdx) this.warn(`${this.inferType(value)} indices must be integers or slices, not ${it}; perhaps you missed a comma?`, lineno);
  }

  // ------------------------------------------------------------ statements

  lineEvent(u: Unit, node: A.Pos): void {
    const cont = u.evLine === node.lineno;
    u.evLine = node.lineno;
    u.emit(`f.line = ${node.lineno};${this.stLine(node.lineno)} if (++ST.steps > ST.lim) step();${this.trace ? ` tline(f, ${node.lineno}${cont ? ', false' : ''});` : ''}`);
    u.emLi = -1;
    u.emLine = node.lineno;
  }

  /** Before an instruction that can raise or run code: the frame's current location becomes
   * `l` (what a traceback entry or f_lineno read then shows). */
  at(u: Unit, l: Loc): void {
    let out = '';
    if (this.minor >= 11) {
      const k = u.locIdx(l);
      if (k !== u.emLi) {
        out += `f.li = ${k}; `;
        u.emLi = k;
      }
    }
    if (l.l > 0 && l.l !== u.emLine) {
      out += `f.line = ${l.l}; `;
      u.emLine = l.l;
    }
    if (out !== '') u.out.push(u.ind + out.trimEnd());
  }

  /** update_start_location_to_match_attr (3.11+): an instruction about `attr.name` whose
   * location starts on another line than the attribute's end starts at the name. */
  startAtAttr(l: Loc, attr: A.Attribute): Loc {
    const end = attr.end_lineno ?? attr.lineno;
    if (l.l === end) return l;
    const r = { ...l, l: end };
    const len = [...attr.attr].length;
    const ec = attr.end_col_offset ?? -1;
    if (len <= ec) r.c = ec - len;
    else r.c = r.ec = -1;
    r.el = Math.max(r.l, r.el);
    if (r.l === r.el) r.ec = Math.max(r.c, r.ec);
    return r;
  }

  /** LOAD_ATTR / STORE_ATTR: 3.10 puts them on the attribute's last line, 3.11+ start them at the
   * name when it is on another line. */
  attrLoc(e: A.Attribute): Loc {
    const l = locOf(e);
    if (this.minor === 10) return { ...l, l: e.end_lineno ?? e.lineno };
    if (this.minor >= 11) return this.startAtAttr(l, e);
    return l;
  }

  /** 3.12+ can_optimize_super_call: `super().name` / `super(a, b).name` (no keywords, not
   * `__class__`, `super` the builtins' name here and bound nowhere at module level; zero-argument
   * super in a function with a positional parameter and the __class__ cell) compiles to
   * LOAD_SUPER_ATTR with the class and the first argument (or the two arguments) on the stack. */
  superForm(u: Unit, e: A.Attribute): boolean {
    if (this.minor < 12 || e.value.type !== 'Call') return false;
    const c = e.value;
    if (c.func.type !== 'Name' || c.func.id !== 'super' || e.attr === '__class__' || c.keywords.length > 0) return false;
    const sc = u.scope.scopes.get('super');
    if (sc !== undefined && sc !== 'global_implicit') return false;
    if (this.topScope.symbols.has('super')) return false;
    if (c.args.length === 2) return c.args.every((a) => a.type !== 'Starred');
    if (c.args.length !== 0 || u.kind !== 'function' || u.code.argcount === 0) return false;
    return u.scope.scopes.get('__class__') === 'free';
  }

  /** LOAD_SUPER_ATTR (rt.ts superAttr): the attribute, or with `method` the callable with
   * ST.meth / ST.sself set as loadMethod leaves them. */
  superLoad(u: Unit, e: A.Attribute, method: boolean): string {
    const c = e.value as A.Call;
    const g = this.loadName(u, 'super', c.func);
    let a: string, b: string;
    if (c.args.length === 2) {
      a = this.expr(u, c.args[0]);
      b = this.expr(u, c.args[1]);
    } else {
      a = this.loadName(u, '__class__', c);
      b = this.loadName(u, u.scope.params[0], c);
    }
    const t = u.temp();
    this.at(u, method ? this.startAtAttr(locOf(e), e) : this.attrLoc(e));
    const site = `S${u.statics.length}`;
    u.statics.push(`const ${site} = new SuperSite();`);
    u.emit(`{ const g$ = ${g}, a$ = ${a}, b$ = ${b}; ${g} = null; ${a} = null; ${b} = null; ${t} = superAttr(g$, a$, b$, ${c.args.length === 0}, ${js(mangle(u.className, e.attr))}, ${method}, ${site}, f); }`);
    u.recycle(g);
    u.recycle(a);
    u.recycle(b);
    return t;
  }

  /** Whether CPython compiles the call with LOAD_METHOD (maybe_optimize_method_call). */
  methodCall(u: Unit, e: A.Call): e is A.Call & { func: A.Attribute } {
    if (e.func.type !== 'Attribute' || e.args.some((a) => a.type === 'Starred')) return false;
    if (this.minor <= 10) return e.keywords.length === 0;
    if (e.keywords.some((k) => k.arg === null)) return false;
    const n = e.args.length + e.keywords.length + (e.keywords.length ? 1 : 0);
    if (n >= 30) return false;
    // is_import_originated: a module-level name bound by an import is a plain LOAD_ATTR
    const base = e.func.value;
    if (base.type === 'Name' && (this.topScope.symbols.get(base.id) ?? 0) & DEF_IMPORT) return false;
    return true;
  }

  /** The CALL instruction's location. */
  callLoc(u: Unit, e: A.Call): Loc {
    const l = locOf(e);
    if (!this.methodCall(u, e)) return l;
    if (this.minor === 10) return { ...l, l: e.func.end_lineno ?? e.func.lineno };
    if (this.minor >= 11) return this.startAtAttr(l, e.func);
    return l;
  }

  /** LOAD_METHOD's location (an AttributeError from the method lookup). */
  methodLoc(e: A.Call & { func: A.Attribute }): Loc {
    if (this.minor === 10) return { ...locOf(e), l: e.func.end_lineno ?? e.func.lineno };
    if (this.minor >= 11) return this.startAtAttr(locOf(e.func), e.func);
    return locOf(e);
  }

  /** The same, as code for an error branch (it leaves the straight-line state alone). */
  errAt(u: Unit, l: Loc): string {
    return `${this.minor >= 11 ? `f.li = ${u.locIdx(l)}; ` : ''}${l.l > 0 ? `f.line = ${l.l}; ` : ''}`;
  }

  stmts(u: Unit, body: A.Stmt[]): void {
    for (const s of body) this.stmt(u, s);
  }

  stmt(u: Unit, s: A.Stmt): void {
    switch (s.type) {
      case 'Expr':
        u.stmtRegion(() => {
          this.lineEvent(u, s);
          // compiler_visit_stmt_expr: a constant expression statement compiles to nothing (its
          // value is not a constant of the code object)
          if (s.value.type === 'Constant') return;
          this.discardCall = s.value.type === 'Call';
          const t = this.expr(u, s.value);
          this.discardCall = false;
          u.release(t);
        });
        return;
      case 'Assign':
        u.stmtRegion(() => {
          this.lineEvent(u, s);
          this.assign(u, s);
        });
        return;
      case 'AugAssign':
        u.stmtRegion(() => {
          this.lineEvent(u, s);
          this.augAssign(u, s);
        });
        return;
      case 'AnnAssign':
        u.stmtRegion(() => {
          this.lineEvent(u, s);
          if (s.value) {
            const v = this.expr(u, s.value);
            this.store(u, s.target, v);
          }
          const moduleLike = u.kind === 'module' || u.kind === 'class';
          if (s.target.type === 'Name' && s.simple) {
            // module and class bodies evaluate the annotation into __annotations__;
            // annotations of function locals are never evaluated (compiler_annassign)
            if (moduleLike) {
              const a = this.expr(u, s.annotation);
              // __annotations__[<the mangled name, a constant>] = annotation
              this.constObject(u, internStr(mangle(u.className, s.target.id), P.interning !== 'mortal'));
              u.emit(`storeAnnotation(f, ${js(mangle(u.className, s.target.id))}, ${a});`);
              u.release(a);
            }
          } else if (!s.value) {
            // the target's object (and subscript) are evaluated for their side effects
            const t = this.expr(u, s.target.type === 'Name' ? s.target : s.target.value);
            u.release(t);
            if (s.target.type === 'Subscript') {
              const k = this.expr(u, s.target.slice);
              u.release(k);
            }
            // (under PEP 563 a complex target's annotation produces nothing: check_annotation)
            if (moduleLike && !this.droppedAnnotations.has(s)) {
              const a = this.expr(u, s.annotation);
              u.release(a);
            }
          } else if (moduleLike && !this.droppedAnnotations.has(s)) {
            const a = this.expr(u, s.annotation);
            u.release(a);
          }
        });
        return;
      case 'Pass':
        this.lineEvent(u, s);
        return;
      case 'If':
        this.ifStmt(u, s);
        return;
      case 'While':
        this.whileStmt(u, s);
        return;
      case 'For':
        this.forStmt(u, s);
        return;
      case 'Break':
      case 'Continue':
        this.lineEvent(u, s);
        this.jump(u, s.type === 'Break');
        return;
      case 'Return':
        u.stmtRegion(() => {
          this.lineEvent(u, s);
          if (u.kind !== 'function' && u.kind !== 'comprehension') throw new SyntaxErr("'return' outside function", s.lineno);
          if (s.value) {
            const t = this.expr(u, s.value);
            u.emit(`{ const r$ = ${t}; ${t} = null; ${u.usesRv ? 'rv$ = r$; ' : ''}return r$; }`);
            u.recycle(t);
          } else {
            u.emit(`S.None.rc++; ${u.usesRv ? 'rv$ = S.None; ' : ''}return S.None;`);
          }
        });
        return;
      case 'Delete':
        u.stmtRegion(() => {
          this.lineEvent(u, s);
          for (const t of s.targets) this.del(u, t);
        });
        return;
      case 'FunctionDef':
        u.stmtRegion(() => this.functionDef(u, s));
        return;
      case 'ClassDef':
        u.stmtRegion(() => this.classDef(u, s));
        return;
      case 'Global':
      case 'Nonlocal':
        this.lineEvent(u, s);
        return;
      case 'Raise':
        u.stmtRegion(() => {
          this.lineEvent(u, s);
          if (!s.exc) {
            // a bare raise adds no traceback entry for this frame
            this.at(u, locOf(s));
            u.emit('reraise(f);');
            return;
          }
          const e = this.expr(u, s.exc);
          let c = 'null';
          if (s.cause) {
            const ct = this.expr(u, s.cause);
            c = ct;
          }
          this.at(u, locOf(s));
          u.emit(`{ const x$ = ${e}, c$ = ${c}; ${e} = null;${c !== 'null' ? ` ${c} = null;` : ''} doRaise(x$, c$); }`);
          u.recycle(e);
          if (c !== 'null') u.recycle(c);
        });
        return;
      case 'Try':
        this.tryStmt(u, s);
        return;
      case 'Assert':
        u.stmtRegion(() => {
          this.lineEvent(u, s);
          const tt = s.test;
          const folded = tt.type === 'Constant' ? this.ct.obj.get(tt) : undefined;
          if ((tt.type === 'Tuple' && tt.elts.length > 0) || (folded !== undefined && folded.t === T.tuple && (folded.v as PyObject[]).length > 0)) {
            this.warn('assertion is always true, perhaps remove parentheses?', s.lineno);
          }
          const ctx = { l: locOf(s) };
          const c = this.test(u, s.test, ctx);
          u.emit(`if (!(${c})) {`);
          u.indent();
          // RAISE_VARARGS: the statement's location (3.11: a comparison tested moved it there;
          // 3.13 the test's)
          const raiseAt = this.minor === 10 || this.minor === 11 ? ctx.l : this.minor >= 13 ? locOf(s.test) : locOf(s);
          if (s.msg) {
            const m = this.expr(u, s.msg);
            this.at(u, raiseAt);
            u.emit(`{ const m$ = ${m}; ${m} = null; assertFail(m$); }`);
            u.recycle(m);
          } else {
            this.at(u, raiseAt);
            u.emit('assertFail(null);');
          }
          u.dedent();
          u.emit('}');
        });
        return;
      case 'Import':
        u.stmtRegion(() => {
          this.lineEvent(u, s);
          for (const a of s.names) {
            // IMPORT_NAME's level (0) and fromlist (None) are constants of the code object
            this.constObject(u, newInt(0));
            this.constObject(u, (S.None.rc++, S.None));
            const t = u.temp();
            this.at(u, locOf(s));
            u.emit(`${t} = importName(${js(a.name)}, ${s.lineno});`);
            if (a.asname === null && a.name.includes('.')) {
              throw new NotSimulated(`import of a submodule ('${a.name}')`, s.lineno);
            }
            this.storeName(u, a.asname ?? a.name, t);
          }
        });
        return;
      case 'ImportFrom':
        u.stmtRegion(() => {
          this.lineEvent(u, s);
          if (s.level > 0) throw new NotSimulated('relative import', s.lineno);
          // the level and the fromlist, a tuple of the imported names, are constants
          this.constObject(u, newInt(s.level));
          if (!s.names.some((a) => a.name === '*')) this.constObject(u, newTuple(s.names.map((a) => internStr(a.name, P.interning !== 'mortal'))));
          const m = u.temp();
          this.at(u, locOf(s));
          u.emit(`${m} = importName(${js(s.module ?? '')}, ${s.lineno}, true);`);
          for (const a of s.names) {
            if (a.name === '*') throw new NotSimulated("'from ... import *'", s.lineno);
            const t = u.temp();
            this.at(u, locOf(s));
            u.emit(`${t} = importFrom(${m}, ${js(a.name)});`);
            this.storeName(u, a.asname ?? a.name, t);
          }
          u.release(m);
        });
        return;
      case 'With':
        this.withStmt(u, s, 0);
        return;
      case 'AsyncFunctionDef':
        throw new NotSimulated("'async def'", s.lineno);
      case 'AsyncFor':
        throw new NotSimulated("'async for'", s.lineno);
      case 'AsyncWith':
        throw new NotSimulated("'async with'", s.lineno);
      case 'Match':
        compileMatch(this, u, s);
        return;
      case 'TryStar':
        // (3.8/3.10 reject except* as a syntax error before compiling)
        this.tryStmt(u, s as unknown as A.Try, true);
        return;
      case 'TypeAlias':
        throw new NotSimulated("'type' statement", s.lineno);
    }
  }

  // ------------------------------------------------------------ control flow

  ifStmt(u: Unit, s: A.If): void {
    // The test is its own statement region; branches are compiled outside it.
    const cond = this.condVar(u, s, s.test);
    const known = this.constTest38(s.test);
    // 3.8 compiles the branch a constant test rules out without emitting it: no constants
    if (known !== false) {
      u.emit(`if (${cond}) {`);
      u.indent();
      this.stmts(u, s.body);
      u.dedent();
    } else u.emit('{');
    if (s.orelse.length > 0 && known !== true) {
      u.emit(known === false ? '' : '} else {');
      u.indent();
      this.stmts(u, s.orelse);
      u.dedent();
    }
    u.emit('}');
  }

  /** 3.8's expr_constant: the truth of a constant test (after folding), else null. */
  constTest38(test: A.Expr): boolean | null {
    if (this.minor > 8 || test.type !== 'Constant') return null;
    return truthy(this.ct.get(test));
  }

  /** Evaluate a test (with its line event) into a JS boolean variable. */
  condVar(u: Unit, at: A.Pos, test: A.Expr, line = true): string {
    const v = `c${u.labelCount++}`;
    u.emit(`let ${v};`);
    u.stmtRegion(() => {
      if (line) this.lineEvent(u, at);
      // (3.8 loads no constant for a constant test of an if or while)
      const known = this.constTest38(test);
      u.emit(`${v} = ${known !== null ? String(known) : this.test(u, test, locOf(at))};`);
    });
    return v;
  }

  whileStmt(u: Unit, s: A.While): void {
    const brk = u.label('W');
    const loop = u.label('w');
    u.emit(`${brk}: {`);
    u.indent();
    u.emit(`${loop}: for (;;) {`);
    u.indent();
    const cond = this.condVar(u, s, s.test);
    u.emit(`if (!${cond}) break ${loop};`);
    u.blocks.push(new Block('loop', loop + '|' + brk));
    // (3.8: `while 0:` compiles its body without emitting it)
    if (this.constTest38(s.test) !== false) this.stmts(u, s.body);
    u.blocks.pop();
    // 3.11 tests the condition again at the bottom (POP_JUMP_BACKWARD_IF_TRUE, no warm-up), but
    // an always-true condition leaves a plain JUMP_BACKWARD
    if (isConstTrue(s.test)) this.jumpBackward(u);
    // (the back edge has the while statement's location: the test repeated at the bottom)
    this.evalBreaker(u, s.lineno);
    u.dedent();
    u.emit('}');
    this.stmts(u, s.orelse);
    u.dedent();
    u.emit('}');
  }

  /** 3.12+: the RESUME after a yield (oparg 1; not a yield from's) checks the eval breaker when
   * the generator is resumed normally (a thrown-in exception goes to the handler without it). */
  resumeAfterYield(u: Unit): void {
    if (P.gcDeferred) u.emit('if (ST.gcPending) runPendingGc();');
  }

  /** 3.12+: the eval-breaker check at loop back-edges runs a scheduled GC. */
  evalBreaker(u: Unit, line = 0): void {
    if (P.gcDeferred) u.emit(line > 0 ? `if (ST.gcPending) { f.line = ${line}; runPendingGc(); }` : 'if (ST.gcPending) runPendingGc();');
  }

  /** FOR_ITER: from 3.12 with its adaptive state (a generator resumed inline or from C). */
  forIterCall(u: Unit, it: string): string {
    return this.minor >= 12 ? `forIter(${it}, ${u.site()})` : `iterNext(${it})`;
  }

  /** 3.11: a JUMP_BACKWARD warms the code object up (quickened at eight). */
  jumpBackward(u: Unit): void {
    if (this.minor === 11) u.emit('if (f.code.warm < 8) f.code.warm++;');
  }

  /** A yield (`y`) with the enclosing loops' iterators and `with` blocks' `__exit__` methods
   * published as the suspended frame's value stack, for the collector (gen_traverse /
   * frame_traverse visit it). */
  yieldStack(u: Unit, y: string): string {
    // below them, the values the statement has pushed so far: its live temps (a temp holds an
    // owned reference until it is consumed and nulled), e.g. `data.append` in
    // `data.append((yield))`
    const temps = [...new Set(u.stmtStack.flat())];
    const stack = [...u.stackIters, ...temps];
    if (stack.length === 0) return y;
    const fill = stack.map((t, i) => `s$[${i}] = ${t};`).join(' ');
    return `{ const s$ = f.sb ?? (f.sb = []); ${fill} if (s$.length !== ${stack.length}) s$.length = ${stack.length}; f.stk = s$; } try { ${y} } finally { f.stk = null; }`;
  }

  forStmt(u: Unit, s: A.For): void {
    const brk = u.label('F');
    const loop = u.label('f');
    const it = `i${u.labelCount++}`;
    u.emit(`let ${it} = null;`);
    // GET_ITER and FOR_ITER: the statement's location (3.13: the iterable's)
    const iterAt = this.minor >= 13 ? locOf(s.iter) : locOf(s);
    u.stmtRegion(() => {
      this.lineEvent(u, s);
      const o = this.expr(u, s.iter);
      this.at(u, iterAt);
      u.emit(`${it} = getIter(${o});`);
      u.release(o);
    });
    u.emit(`${brk}: {`);
    u.indent();
    u.emit('try {');
    u.indent();
    // Tracing: like CPython's line events, the header "runs" again each time the loop jumps back
    // to fetch the next item (and once more when the iterator is exhausted); no step is counted.
    const fst = `n${u.labelCount++}`;
    if (this.trace) u.emit(`let ${fst} = true;`);
    u.emit(`${loop}: for (;;) {`);
    u.indent();
    if (this.trace) u.emit(`if (${fst}) ${fst} = false; else { f.line = ${s.lineno};${this.stLine(s.lineno)} tline(f, ${s.lineno}); }`);
    const x = `x${u.labelCount++}`;
    this.at(u, iterAt);
    u.emit(`const ${x} = ${this.forIterCall(u, it)};`);
    u.emit(`if (${x} === null) break ${loop};`);
    u.stmtRegion(() => {
      u.emit(`f.line = ${s.lineno};${this.stLine(s.lineno)}`);
      u.emLi = -1;
      u.emLine = s.lineno;
      const t = u.temp();
      u.emit(`${t} = ${x};`);
      this.store(u, s.target, t);
    });
    u.blocks.push(new Block('for', loop + '|' + brk, it));
    u.stackIters.push(it);
    this.stmts(u, s.body);
    u.stackIters.pop();
    u.blocks.pop();
    this.jumpBackward(u);
    this.evalBreaker(u);
    u.dedent();
    u.emit('}');
    u.dedent();
    // (an exception escaping the loop gets its traceback entry before the iterator is released)
    u.emit(`} catch (e9$) { if (e9$ instanceof PyErr) tb(e9$, f, false); throw e9$; } finally { if (${it} !== null) { if (--${it}.rc === 0) dealloc(${it}); ${it} = null; } }`);
    this.stmts(u, s.orelse);
    u.dedent();
    u.emit('}');
  }

  jump(u: Unit, isBreak: boolean): void {
    for (let i = u.blocks.length - 1; i >= 0; i--) {
      const b = u.blocks[i];
      if (b.kind === 'loop' || b.kind === 'for') {
        const [loop, brk] = b.label.split('|');
        if (!isBreak) this.jumpBackward(u);
        u.emit(isBreak ? `break ${brk};` : `continue ${loop};`);
        return;
      }
    }
    throw new SyntaxErr(isBreak ? "'break' outside loop" : "'continue' not properly in loop", 0);
  }

  tryStmt(u: Unit, s: A.Try, star = false): void {
    u.excDepth++;
    try {
      this.tryStmtInner(u, s, star);
    } finally {
      u.excDepth--;
    }
  }

  tryStmtInner(u: Unit, s: A.Try, star = false): void {
    const hasFinally = s.finalbody.length > 0;
    const id = u.labelCount++;
    if (hasFinally) u.usesRv = true;
    if (hasFinally) {
      // a: an internal (non-Python) error is unwinding; x: the Python exception pending across
      // the finally body; d: the finally body completed normally.
      u.emit(`let a${id} = false, x${id} = null, d${id} = false;`);
      u.emit('try {');
      u.indent();
    }
    if (s.handlers.length > 0) {
      if (star) this.tryStarExcept(u, s);
      else this.tryExcept(u, s);
    } else this.stmts(u, s.body);
    if (hasFinally) {
      u.dedent();
      u.emit(`} catch (e$) { if (e$ instanceof PyErr) { tb(e$, f); x${id} = e$; pushExc(e$.exc, true); } else a${id} = true; throw e$; } finally {`);
      u.indent();
      // pr: the value of a return leaving the try body, pending across the finally body
      u.emit(`const pr${id} = rv$; rv$ = null;`);
      u.emit('try {');
      u.indent();
      u.emit(`if (!a${id}) {`);
      u.indent();
      u.blocks.push(new Block('finally', ''));
      this.stmts(u, s.finalbody);
      u.blocks.pop();
      u.dedent();
      u.emit('}');
      u.emit(`d${id} = true;`);
      // 3.11+: the exceptional path's finally body is covered by a cleanup handler that keeps
      // `lasti`: reached by the final RERAISE or by an exception the body raises
      if (this.lastiBig(u)) u.emit(`if (x${id} !== null) lastiInt();`);
      u.dedent();
      if (this.lastiBig(u)) u.emit(`} catch (e2$) { if (x${id} !== null && e2$ instanceof PyErr) lastiInt(); throw e2$;`);
      // The pending exception is dropped if the finally body returned, broke out or raised.
      u.emit(`} finally { if (x${id} !== null) { popExc(true); if (!d${id}) dropErr(x${id}); } if (d${id}) rv$ = pr${id}; else if (pr${id} !== null && --pr${id}.rc === 0) dealloc(pr${id}); }`);
      u.dedent();
      u.emit('}');
    }
  }

  tryExcept(u: Unit, s: A.Try): void {
    const id = u.labelCount++;
    this.tryPrologue(u, s, id);
    // nm: no handler matched (the exception propagates with its reference intact). In every
    // other case — a handler finished, returned, broke out or raised, or a handler test
    // raised — the handled exception is released when leaving, as POP_EXCEPT does.
    // pp: a named handler's normal exit already popped the exception (3.10+ POP_EXCEPT before
    // `name = None; del name`)
    u.emit(`tb(e$, f); const x${id} = e$.exc; pushExc(x${id}); let nm${id} = false, pp${id} = false;`);
    u.emit('try {');
    u.indent();
    let closers = 0;
    for (const h of s.handlers) {
      if (h.htype) {
        const m = `m${u.labelCount++}`;
        u.emit(`let ${m};`);
        u.stmtRegion(() => {
          this.lineEvent(u, h);
          const t = this.expr(u, h.htype as A.Expr);
          this.at(u, locOf(h));
          u.emit(`${m} = excMatch(x${id}, ${t});`);
          u.release(t);
        });
        u.emit(`if (${m}) {`);
      } else {
        u.emit('{');
        this.lineEvent(u, h);
      }
      u.indent();
      if (h.name) {
        u.stmtRegion(() => {
          const t = u.temp();
          // STORE_NAME takes the reference the evaluation stack held (exc_info keeps its own)
          u.emit(`${t} = x${id}; e$.exc = null;`);
          this.storeName(u, h.name as string, t);
        });
        const xc = `xc${u.labelCount++}`;
        u.emit(`let ${xc} = false;`);
        u.emit('try {');
        u.indent();
        this.stmts(u, h.body);
        u.dedent();
        // the body runs under a handler (SETUP_FINALLY; 3.11+ SETUP_CLEANUP) that clears the name
        u.emit(`} catch (e3$) { ${xc} = true; if (e3$ instanceof PyErr) tb(e3$, f); throw e3$; } finally {`);
        u.indent();
        // 3.10+: leaving the body normally (or by return/break/continue) pops the exception
        // (POP_EXCEPT) before clearing the name; 3.8 clears the name first, as does the handler
        // an exception from the body reaches
        if (this.minor >= 10) u.emit(`if (!${xc}) { popExc(); pp${id} = true; }`);
        // e = None; del e
        this.clearExcName(u, h.name);
        u.dedent();
        u.emit('}');
      } else {
        // `except E:` pops the exception off the evaluation stack (POP_TOP) before its body;
        // exc_info keeps its own reference while the handler runs
        u.emit('dropErr(e$);');
        this.stmts(u, h.body);
      }
      u.dedent();
      if (!h.htype) {
        u.emit('}');
        break;
      }
      u.emit('} else {');
      u.indent();
      closers++;
    }
    if (s.handlers[s.handlers.length - 1].htype) u.emit(`nm${id} = true;`);
    for (let i = 0; i < closers; i++) {
      u.dedent();
      u.emit('}');
    }
    u.dedent();
    // 3.11+: the handlers run under a cleanup handler that keeps `lasti`: reached by an
    // exception a handler (or its test) raises, or by the RERAISE when none matched
    // (the exception's traceback entry is made where it is raised, before the handler block is
    // popped; 3.11+ normalise it in the cleanup handler, 3.8/3.10 pop the block without a handler)
    u.emit(`} catch (e2$) { if (e2$ instanceof PyErr) { tb(e2$, f, ${this.minor >= 11}); ${this.lastiBig(u) ? 'lastiInt(); ' : ''}} throw e2$;`);
    u.emit(`} finally { if (!pp${id}) popExc(); if (!nm${id}) dropErr(e$); }`);
    u.emit(`if (nm${id}) ${this.lastiBig(u) ? '{ lastiInt(); throw e$; }' : 'throw e$;'}`);
    u.dedent();
    u.emit('}');
    this.tryOrelse(u, s, id);
  }

  /** `try: ... except* T as name: ...` (3.11+, compiler_try_star_except). The exception caught
   * (orig, the stack's reference in e$) is handled; a list collects what the clauses raise; each
   * clause splits what is still unhandled (CHECK_EG_MATCH: the rest replaces it, the match becomes
   * the exception handled and is bound to the name), a clause that raises appends its exception,
   * and at the end the rest is appended and PREP_RERAISE_STAR computes what to re-raise (RERAISE:
   * no traceback entry for this frame, no chaining). */
  tryStarExcept(u: Unit, s: A.Try): void {
    if (u.code.isGenerator && s.handlers.some((h) => hasYield(h.body))) {
      throw new NotSimulated("'yield' inside an except* clause", s.handlers.find((h) => hasYield(h.body))!.lineno);
    }
    const id = u.labelCount++;
    const big = this.lastiBig(u);
    this.tryPrologue(u, s, id);
    // L: the list of raised exceptions; r: the part not handled yet; v: the result to re-raise
    u.emit(`tb(e$, f); const x${id} = e$.exc; pushExc(x${id}); let L${id} = null, r${id} = null, v${id} = null;`);
    u.emit('try {');
    u.indent();
    s.handlers.forEach((h, i) => {
      const m = `m${u.labelCount++}`;
      u.emit(`let ${m} = null;`);
      u.stmtRegion(() => {
        this.lineEvent(u, h);
        if (i === 0) {
          // 3.11: COPY 1, BUILD_LIST, SWAP 2; 3.12+: BUILD_LIST, COPY 2
          this.at(u, locOf(h));
          if (this.minor === 11) u.emit(`r${id} = x${id}; x${id}.rc++; L${id} = newList([]);`);
          else u.emit(`L${id} = newList([]); r${id} = x${id}; x${id}.rc++;`);
        }
        const t = this.expr(u, h.htype as A.Expr);
        this.at(u, locOf(h));
        u.emit(`{ const q$ = r${id}, t$ = ${t}; r${id} = null; ${t} = null; const p$ = egMatch(q$, t$); r${id} = p$[0]; ${m} = p$[1]; }`);
        u.recycle(t);
      });
      u.emit(`if (${m} !== S.None) {`);
      u.indent();
      if (h.name) {
        u.stmtRegion(() => {
          const t = u.temp();
          u.emit(`${t} = ${m}; ${m} = null;`);
          this.storeName(u, h.name as string, t);
        });
      } else {
        u.emit(`{ const q$ = ${m}; ${m} = null; if (--q$.rc === 0) dealloc(q$); }`);
      }
      const xc = `xc${u.labelCount++}`;
      u.emit(`let ${xc} = false;`);
      u.emit('try {');
      u.indent();
      this.stmts(u, h.body);
      u.dedent();
      u.emit('} catch (e3$) {');
      u.indent();
      u.emit('if (!(e3$ instanceof PyErr)) throw e3$;');
      u.emit(`${xc} = true; tb(e3$, f);${big ? ' lastiInt();' : ''}`);
      if (h.name) {
        this.clearExcName(u, h.name);
      }
      // LIST_APPEND 3: the list takes the exception's reference
      u.emit(`{ const q$ = e3$.exc; e3$.exc = null; listAppendSteal(L${id}, q$); }`);
      u.dedent();
      u.emit('}');
      if (h.name) {
        u.emit(`if (!${xc}) {`);
        u.indent();
        this.clearExcName(u, h.name);
        u.dedent();
        u.emit('}');
      }
      u.dedent();
      u.emit(`} else { const q$ = ${m}; ${m} = null; if (--q$.rc === 0) dealloc(q$); }`);
    });
    u.emit(`{ const q$ = r${id}; r${id} = null; listAppendSteal(L${id}, q$); }`);
    u.emit(`v${id} = prepReraiseStar(x${id}, L${id});`);
    u.emit(`{ const l$ = L${id}; L${id} = null; ${this.minor === 11 ? `if (--l$.rc === 0) dealloc(l$); dropErr(e$);` : `dropErr(e$); if (--l$.rc === 0) dealloc(l$);`} }`);
    u.dedent();
    u.emit(`} catch (e2$) { if (e2$ instanceof PyErr) { tb(e2$, f, true); ${big ? 'lastiInt(); ' : ''}} throw e2$;`);
    u.emit(`} finally { if (r${id} !== null && --r${id}.rc === 0) dealloc(r${id}); if (L${id} !== null && --L${id}.rc === 0) dealloc(L${id}); dropErr(e$); popExc(); }`);
    u.emit(`if (v${id} !== S.None) reraiseStar(v${id}, f); else if (--v${id}.rc === 0) dealloc(v${id});`);
    u.dedent();
    u.emit('}');
    this.tryOrelse(u, s, id);
  }

  /** The try block of try/except and try/except*: `ok<id>` records a normal finish (for the
   * else block); leaves the emitter inside `catch (e$)`, where only Python exceptions continue. */
  private tryPrologue(u: Unit, s: A.Try, id: number): void {
    u.emit(`let ok${id} = false;`);
    u.emit('try {');
    u.indent();
    this.stmts(u, s.body);
    u.emit(`ok${id} = true;`);
    u.dedent();
    u.emit('} catch (e$) {');
    u.indent();
    u.emit('if (!(e$ instanceof PyErr)) throw e$;');
  }

  /** The end of an `except ... as name:` handler: `name = None; del name` (the compiler's
   * cleanup, so the exception and its traceback do not stay bound). */
  private clearExcName(u: Unit, name: string): void {
    const t = u.temp();
    u.emit(`${t} = S.None; S.None.rc++;`);
    this.storeName(u, name, t);
    this.delName(u, name);
  }

  /** A try statement's `else` block (except and except* alike), run when `ok<id>` is set. It
   * runs after the try block's handler is popped: only a finally still covers it. */
  private tryOrelse(u: Unit, s: A.Try | A.TryStar, id: number): void {
    if (s.orelse.length === 0) return;
    u.emit(`if (ok${id}) {`);
    u.indent();
    if (s.finalbody.length === 0) u.excDepth--;
    this.stmts(u, s.orelse);
    if (s.finalbody.length === 0) u.excDepth++;
    u.dedent();
    u.emit('}');
  }

  withStmt(u: Unit, s: A.With, i: number): void {
    if (i >= s.items.length) {
      u.excDepth++;
      try {
        this.stmts(u, s.body);
      } finally {
        u.excDepth--;
      }
      return;
    }
    const item = s.items[i];
    const ex = `w${u.labelCount++}`;
    // BEFORE_WITH and the __exit__ calls: the statement's location (3.13: the context
    // expression's; 3.8: __exit__ runs on the line of the body's last statement)
    const withAt = this.minor >= 13 ? locOf(item.context_expr) : locOf(s);
    const exitAt = this.minor <= 8 ? { l: lastStmtLine(s.body), el: -1, c: -1, ec: -1 } : withAt;
    u.emit(`let ${ex} = null;`);
    u.usesRv = true;
    u.stmtRegion(() => {
      this.lineEvent(u, s);
      const m = this.expr(u, item.context_expr);
      const r = u.temp();
      this.at(u, withAt);
      // withEnter owns the manager on every path (it is released before __enter__ runs)
      u.emit(`{ const m$ = ${m}; ${m} = null; const p$ = withEnter(m$); ${ex} = p$[0]; ${r} = p$[1]; }`);
      u.recycle(m);
      if (item.optional_vars) this.store(u, item.optional_vars, r);
      else u.release(r);
    });
    const ok = `k${u.labelCount++}`;
    u.emit(`let ${ok} = true;`);
    u.emit('try {');
    u.indent();
    // the bound __exit__ stays on the value stack while the body runs
    u.stackIters.push(ex);
    this.withStmt(u, s, i + 1);
    u.stackIters.pop();
    // 3.8: the normal exit's __exit__ call is on the line of the body's last statement (a return
    // or break leaving the body calls it on their own line)
    if (this.minor <= 8) u.emit(`f.line = ${exitAt.l};`);
    u.dedent();
    u.emit('} catch (e$) {');
    u.indent();
    u.emit('if (!(e$ instanceof PyErr)) throw e$;');
    u.emit(`${ok} = false; tb(e$, f);`);
    u.emit(`${this.errAt(u, exitAt)}if (!withExitExc(${ex}, e$${this.lastiBig(u) ? ', true' : ''})) throw e$;`);
    u.dedent();
    // an __exit__ raising after a return in the body drops the returned value (pr)
    const pr = `pr${u.labelCount++}`;
    u.emit(`} finally { const ${pr} = rv$; rv$ = null; if (${ok} && ${ex} !== null) { try { ${this.minor <= 8 ? '' : this.errAt(u, exitAt)}withExitOk(${ex}); } catch (e4$) { if (${pr} !== null && e4$ instanceof PyErr && --${pr}.rc === 0) dealloc(${pr}); throw e4$; } } else if (${ex} !== null) { if (--${ex}.rc === 0) dealloc(${ex}); } ${ex} = null; rv$ = ${pr}; }`);
  }

  // ------------------------------------------------------------ assignment

  assign(u: Unit, s: A.Assign): void {
    // a, b = x, y with 2-3 elements and no starred: no tuple is built (compile.c).
    const tgt = s.targets[0];
    if (s.targets.length === 1 && (tgt.type === 'Tuple' || tgt.type === 'List') && s.value.type === 'Tuple' && s.value.ctx === 'Load'
      && tgt.elts.length === s.value.elts.length && tgt.elts.length >= 2 && tgt.elts.length <= 3
      && !tgt.elts.some((e) => e.type === 'Starred') && !s.value.elts.some((e) => e.type === 'Starred')) {
      const vals = s.value.elts.map((e) => this.expr(u, e));
      for (let i = 0; i < vals.length; i++) this.store(u, tgt.elts[i], vals[i]);
      return;
    }
    // name = name + value: BINARY_ADD/BINARY_OP then a store to the same name, which CPython may
    // turn into an in-place str append (unicode_concatenate, BINARY_OP_INPLACE_ADD_UNICODE)
    const val = s.value;
    if (s.targets.length === 1 && tgt.type === 'Name' && val.type === 'BinOp' && val.op === 'Add' && val.left.type === 'Name' && val.left.id === tgt.id) {
      const a = this.expr(u, val.left);
      const b = this.expr(u, val.right);
      const r = u.temp();
      this.at(u, locOf(val));
      this.strAppendToName(u, tgt.id, a, b, false, r);
      u.recycle(a);
      u.recycle(b);
      this.storeName(u, tgt.id, r);
      return;
    }
    const v = this.expr(u, s.value);
    for (let i = 0; i < s.targets.length; i++) {
      if (i < s.targets.length - 1) {
        const d = u.temp();
        u.emit(`${d} = ${v}; ${v}.rc++;`);
        this.store(u, s.targets[i], d);
      } else this.store(u, s.targets[i], v);
    }
  }

  /** Store the owned value in temp `v` into a target (consumes v). */
  store(u: Unit, target: A.Expr, v: string): void {
    switch (target.type) {
      case 'Name':
        this.storeName(u, target.id, v);
        return;
      case 'Attribute': {
        const o = this.expr(u, target.value);
        this.at(u, this.attrLoc(target));
        u.emit(`setAttr(${o}, ${js(mangle(u.className, target.attr))}, ${v});`);
        u.release(v);
        u.release(o);
        return;
      }
      case 'Subscript': {
        const o = this.expr(u, target.value);
        const k = this.expr(u, target.slice);
        this.at(u, locOf(target));
        u.emit(u.storeSubscr(o, k, v));
        u.release(v);
        u.release(o);
        u.release(k);
        return;
      }
      case 'Tuple':
      case 'List': {
        const elts = target.elts;
        const star = elts.findIndex((e) => e.type === 'Starred');
        const arr = `u${u.labelCount++}`;
        this.at(u, locOf(target));
        if (star < 0) {
          u.emit(`const ${arr} = unpack(${v}, ${elts.length}${this.minor >= 11 ? `, ${u.unpackSite()}, f.code` : ''});`);
        } else {
          u.emit(`const ${arr} = unpackEx(${v}, ${star}, ${elts.length - star - 1});`);
        }
        u.release(v);
        // The items are owned by the array until stored; stash them in temps first so an error
        // while storing releases the rest.
        const ts = elts.map(() => u.temp());
        u.emit(`${ts.map((t, i) => `${t} = ${arr}[${i}];`).join(' ')}`);
        for (let i = 0; i < elts.length; i++) {
          const e = elts[i];
          this.store(u, e.type === 'Starred' ? e.value : e, ts[i]);
        }
        return;
      }
      case 'Starred':
        throw new SyntaxErr('starred assignment target must be in a list or tuple', target.lineno);
      default:
        throw new SyntaxErr('cannot assign to expression', target.lineno);
    }
  }

  /** The fast-local slot a name is stored in (STORE_FAST), or null for any other store. */
  fastSlot(u: Unit, rawName: string): number | null {
    const name = mangle(u.className, rawName);
    return this.nameScope(u, name) === 'fast' ? (u.slots.get(name) as number) : null;
  }

  storeName(u: Unit, rawName: string, v: string): void {
    const name = mangle(u.className, rawName);
    const sc = this.nameScope(u, name);
    switch (sc) {
      case 'fast':
        u.emit(`{ const o$ = L[${u.slots.get(name)}]; L[${u.slots.get(name)}] = ${v}; ${v} = null; if (o$ !== null && --o$.rc === 0) dealloc(o$); }`);
        u.recycle(v);
        return;
      case 'deref':
        u.emit(`cellSet(L[${u.slots.get(name)}], ${v}); ${v} = null;`);
        u.recycle(v);
        return;
      case 'global':
        u.emit(`storeGlobal(f, ${js(name)}, ${v}, ${u.nameCache()});`);
        u.release(v);
        return;
      case 'name':
        u.emit(`storeName(f, ${js(name)}, ${v}, ${u.nameCache()});`);
        u.release(v);
        return;
    }
  }

  delName(u: Unit, rawName: string): void {
    const name = mangle(u.className, rawName);
    const sc = this.nameScope(u, name);
    switch (sc) {
      case 'fast':
        u.emit(`{ const o$ = L[${u.slots.get(name)}]; if (o$ === null) unboundLocal(${js(name)}); L[${u.slots.get(name)}] = null; if (--o$.rc === 0) dealloc(o$); }`);
        return;
      case 'deref':
        u.emit(`cellDel(L[${u.slots.get(name)}], ${js(name)}${u.scope.scopes.get(name) === 'cell' ? ', true' : ''});`);
        return;
      case 'global':
        u.emit(`delGlobal(f, ${js(name)});`);
        return;
      case 'name':
        u.emit(`delName(f, ${js(name)});`);
        return;
    }
  }

  del(u: Unit, target: A.Expr): void {
    switch (target.type) {
      case 'Name':
        this.at(u, locOf(target));
        this.delName(u, target.id);
        return;
      case 'Attribute': {
        const o = this.expr(u, target.value);
        // DELETE_ATTR: 3.10 keeps the attribute's first line
        this.at(u, this.minor === 10 ? locOf(target) : this.attrLoc(target));
        u.emit(`setAttr(${o}, ${js(mangle(u.className, target.attr))}, null);`);
        u.release(o);
        return;
      }
      case 'Subscript': {
        const o = this.expr(u, target.value);
        const k = this.expr(u, target.slice);
        this.at(u, locOf(target));
        u.emit(`delItem(${o}, ${k});`);
        u.release(o);
        u.release(k);
        return;
      }
      case 'Tuple':
      case 'List':
        for (const e of target.elts) this.del(u, e);
        return;
      default:
        throw new SyntaxErr('cannot delete expression', target.lineno);
    }
  }

  /** `name = name + value` / `name += value`: the str append CPython may do in place (rt.ts
   * strIadd); `cur` and `v` are consumed. */
  strAppendToName(u: Unit, name: string, cur: string, v: string, augmented: boolean, r: string): void {
    const mangled = mangle(u.className, name);
    const sc = this.nameScope(u, mangled);
    const kind = sc === 'fast' ? 1 : sc === 'deref' ? 2 : sc === 'name' ? 3 : 0;
    const slot = kind === 1 || kind === 2 ? (u.slots.get(mangled) as number) : -1;
    const site = P.minor >= 11 ? u.binopSite() : 'null';
    u.emit(`{ const c$ = ${cur}, v$ = ${v}; ${cur} = null; ${v} = null; ${r} = strIadd(c$, v$, ${augmented}, ${kind}, ${kind === 1 || kind === 2 ? 'L' : 'null'}, ${slot}, f, ${js(mangled)}, ${site}); }`);
  }

  augAssign(u: Unit, s: A.AugAssign): void {
    const op = BINOP_FN[s.op];
    const t = s.target;
    if (t.type === 'Name') {
      const cur = this.loadName(u, t.id, t);
      const v = this.expr(u, s.value);
      const r = u.temp();
      this.at(u, locOf(s));
      if (op === 'add') {
        this.strAppendToName(u, t.id, cur, v, true, r);
        u.recycle(cur);
        u.recycle(v);
      } else {
        u.emit(`${r} = inplace(${cur}, ${v}, ${js(op)});`);
        u.release(cur);
        u.release(v);
      }
      this.storeName(u, t.id, r);
    } else if (t.type === 'Attribute') {
      const o = this.expr(u, t.value);
      const name = js(mangle(u.className, t.attr));
      const cur = u.temp();
      this.at(u, this.attrLoc(t));
      u.emit(`${cur} = getAttr(${o}, ${name}${this.minor >= 12 ? `, ${u.site()}` : ''});`);
      const v = this.expr(u, s.value);
      const r = u.temp();
      this.at(u, locOf(s));
      u.emit(`${r} = inplace(${cur}, ${v}, ${js(op)});`);
      u.release(cur);
      u.release(v);
      this.at(u, this.attrLoc(t));
      u.emit(`setAttr(${o}, ${name}, ${r});`);
      u.release(r);
      u.release(o);
    } else {
      const o = this.expr(u, t.value);
      const k = this.expr(u, t.slice);
      const cur = u.temp();
      this.at(u, locOf(t));
      u.emit(`${cur} = getItem(${o}, ${k});`);
      const v = this.expr(u, s.value);
      const r = u.temp();
      this.at(u, locOf(s));
      u.emit(`${r} = inplace(${cur}, ${v}, ${js(op)});`);
      u.release(cur);
      u.release(v);
      this.at(u, locOf(t));
      u.emit(u.storeSubscr(o, k, r));
      u.release(r);
      u.release(o);
      u.release(k);
    }
  }

  // ------------------------------------------------------------ name resolution

  nameScope(u: Unit, name: string): 'fast' | 'deref' | 'global' | 'name' {
    const sc = u.scope.scopes.get(name);
    if (u.kind === 'function' || u.kind === 'comprehension') {
      if (sc === 'local') return u.slots.has(name) ? 'fast' : 'global';
      if (sc === 'cell' || sc === 'free') return 'deref';
      return 'global';
    }
    // module / class
    if (u.slots.has(name) && u.inlined.has(name)) {
      return sc === 'cell' || sc === 'free' ? 'deref' : 'fast';
    }
    if (sc === 'global_explicit') return 'global';
    if (u.kind === 'class' && sc === 'free') return 'deref';
    return 'name';
  }

  loadName(u: Unit, rawName: string, node: A.Pos): string {
    const name = mangle(u.className, rawName);
    const t = u.temp();
    const sc = this.nameScope(u, name);
    const l = locOf(node);
    switch (sc) {
      case 'fast':
        u.emit(`if ((${t} = L[${u.slots.get(name)}]) === null) { ${this.errAt(u, l)}unboundLocal(${js(name)}); } ${t}.rc++;`);
        break;
      case 'deref':
        if (u.kind === 'class' && u.scope.scopes.get(name) === 'free' && u.inInlinedComp === 0) {
          this.at(u, l);
          u.emit(`${t} = loadClassDeref(f, ${js(name)}, L[${u.slots.get(name)}]);`);
        } else {
          u.emit(`if ((${t} = L[${u.slots.get(name)}].v) === null) { ${this.errAt(u, l)}${u.scope.scopes.get(name) === 'cell' ? 'cellGetOwn' : 'cellGet'}(L[${u.slots.get(name)}], ${js(name)}); } ${t}.rc++;`);
        }
        break;
      case 'global':
        u.emit(`${t} = loadGlobal(f, ${js(name)}, ${u.nameCache(this.siteAt(u, l))});`);
        break;
      case 'name':
        // 3.12+ compiler_nameop: a class body's name loaded inside an inlined comprehension is a
        // LOAD_GLOBAL, so the comprehension does not see the class namespace
        if (u.kind === 'class' && u.inInlinedComp > 0) u.emit(`${t} = loadGlobal(f, ${js(name)}, ${u.nameCache(this.siteAt(u, l))});`);
        else u.emit(`${t} = loadName(f, ${js(name)}, ${u.nameCache(this.siteAt(u, l))});`);
        break;
    }
    return t;
  }

  /** A location as a name cache keeps it: [index (3.11+) or -1, line]. */
  siteAt(u: Unit, l: Loc): [number, number] {
    return [this.minor >= 11 ? u.locIdx(l) : -1, l.l];
  }

  // ------------------------------------------------------------ expressions

  /** Compile an expression; returns the temp holding an owned reference to its value. */
  expr(u: Unit, e: A.Expr): string {
    switch (e.type) {
      case 'Constant': {
        const t = u.temp();
        u.emit(`${t} = ${this.constRef(u, this.ct.get(e))}; ${t}.rc++;`);
        return t;
      }
      case 'Name':
        return this.loadName(u, e.id, e);
      case 'BinOp': {
        const a = this.expr(u, e.left);
        const b = this.expr(u, e.right);
        const t = u.temp();
        this.at(u, locOf(e));
        if (e.op === 'Add' && this.minor <= 10) {
          // (unicode_concatenate takes the left operand's reference)
          u.emit(`{ const a$ = ${a}; ${a} = null; ${t} = addSteal(a$, ${b}); }`);
          u.recycle(a);
        } else {
          u.emit(`${t} = ${BINOP_FN[e.op]}(${a}, ${b});`);
          u.release(a);
        }
        u.release(b);
        return t;
      }
      case 'UnaryOp': {
        const a = this.expr(u, e.operand);
        const t = u.temp();
        this.at(u, locOf(e));
        if (e.op === 'Not') u.emit(`${t} = truthy(${a}) ? S.False : S.True; ${t}.rc++;`);
        else u.emit(`${t} = unary(${a}, ${js(e.op === 'USub' ? 'neg' : e.op === 'UAdd' ? 'pos' : 'invert')});`);
        u.release(a);
        return t;
      }
      case 'BoolOp': {
        const t = u.temp();
        const done = u.label('B');
        u.emit(`${done}: {`);
        u.indent();
        for (let i = 0; i < e.values.length; i++) {
          const v = this.expr(u, e.values[i]);
          if (i === e.values.length - 1) {
            u.emit(`${t} = ${v}; ${v} = null;`);
            u.recycle(v);
          } else {
            this.at(u, locOf(e));
            u.emit(`if (${e.op === 'Or' ? '' : '!'}truthy(${v})) { ${t} = ${v}; ${v} = null; break ${done}; }`);
            u.release(v);
          }
        }
        u.dedent();
        u.emit('}');
        return t;
      }
      case 'Compare':
        return this.compare(u, e);
      case 'IfExp': {
        const t = u.temp();
        const c = this.test(u, e.test, locOf(e));
        u.emit(`if (${c}) {`);
        u.indent();
        const a = this.expr(u, e.body);
        u.emit(`${t} = ${a}; ${a} = null;`);
        u.recycle(a);
        u.dedent();
        u.emit('} else {');
        u.indent();
        const b = this.expr(u, e.orelse);
        u.emit(`${t} = ${b}; ${b} = null;`);
        u.recycle(b);
        u.dedent();
        u.emit('}');
        return t;
      }
      case 'Attribute': {
        if (this.superForm(u, e)) return this.superLoad(u, e, false);
        const o = this.expr(u, e.value);
        const t = u.temp();
        this.at(u, this.attrLoc(e));
        u.emit(`${t} = getAttr(${o}, ${js(mangle(u.className, e.attr))}${this.minor >= 12 ? `, ${u.site()}` : ''});`);
        u.release(o);
        return t;
      }
      case 'Subscript': {
        this.checkSubscript(e.value, e.slice, e.lineno);
        const o = this.expr(u, e.value);
        const k = this.expr(u, e.slice);
        const t = u.temp();
        this.at(u, locOf(e));
        u.emit(`${t} = getItem(${o}, ${k});`);
        u.release(o);
        u.release(k);
        return t;
      }
      case 'Slice': {
        const parts = [e.lower, e.upper, e.step].map((p) => (p ? this.expr(u, p) : null));
        const t = u.temp();
        u.emit(`${t} = buildSlice(${parts.map((p) => p ?? 'null').join(', ')});`);
        for (const p of parts) if (p) u.release(p);
        return t;
      }
      case 'Call':
        return this.call(u, e);
      case 'Tuple':
      case 'List':
      case 'Set':
        return this.display(u, e);
      case 'Dict':
        return this.dictDisplay(u, e);
      case 'JoinedStr':
        return this.joinedStr(u, e);
      case 'FormattedValue':
        return this.formattedValue(u, e);
      case 'Lambda':
        return this.makeFunction(u, e, '<lambda>', e.args, [{ type: 'Return', value: e.body, lineno: e.body.lineno, col_offset: e.body.col_offset, end_lineno: e.body.end_lineno, end_col_offset: e.body.end_col_offset }], []);
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp':
        return this.comprehension(u, e);
      case 'NamedExpr': {
        const v = this.expr(u, e.value);
        const d = u.temp();
        u.emit(`${d} = ${v}; ${v}.rc++;`);
        this.storeName(u, e.target.id, d);
        return v;
      }
      case 'Yield': {
        if (!u.code.isGenerator) throw new SyntaxErr("'yield' outside function", e.lineno);
        let v: string;
        if (e.value) v = this.expr(u, e.value);
        else {
          v = u.temp();
          u.emit(`${v} = S.None; S.None.rc++;`);
        }
        const t = u.temp();
        this.at(u, locOf(e));
        if (this.minor >= 13) u.emit(`f.yd = ${u.excDepth === 0 ? 1 : 0};`);
        u.emit(`{ const y$ = ${v}; ${v} = null; ${this.yieldStack(u, `${t} = yield y$;`)} }`);
        this.resumeAfterYield(u);
        u.recycle(v);
        return t;
      }
      case 'YieldFrom': {
        if (!u.code.isGenerator) throw new SyntaxErr("'yield' outside function", e.lineno);
        const v = this.expr(u, e.value);
        const t = u.temp();
        this.at(u, locOf(e));
        if (this.minor >= 13) u.emit('f.yd = 0;');
        // yieldFromIter owns the operand on every path (GET_YIELD_FROM_ITER releases it)
        u.emit(`{ const v$ = ${v}; ${v} = null; const y$ = yieldFromIter(v$); ${this.yieldStack(u, `${t} = yield* yieldFrom(y$, f);`)} }`);
        u.recycle(v);
        return t;
      }
      case 'Await':
        throw new NotSimulated("'await'", e.lineno);
      case 'Starred':
        throw new SyntaxErr("can't use starred expression here", e.lineno);
    }
  }

  /** A condition as a JS boolean expression (consumes the temps it creates). */
  /** A condition as a JS boolean expression (consumes the temps it creates), compiled as
   * compiler_jump_if does: `not` flips it, `and`/`or` and conditional expressions test each
   * operand once (short-circuiting), a chained comparison tests each comparison once.
   * `at.l`: where the jumps are (POP_JUMP_IF_*) up to 3.11 — what is being compiled, the
   * statement or the conditional expression; 3.10/3.11 move it to a comparison they test (a
   * location set and not restored, seen by the rest of the statement); 3.12+ locate each jump at the tested
   * expression (LOC(e)). */
  test(u: Unit, e: A.Expr, at: Loc | { l: Loc }): string {
    const ctx = 'l' in at && typeof at.l === 'object' ? at as { l: Loc } : { l: at as Loc };
    return this.jumpIf(u, e, ctx);
  }

  jumpIf(u: Unit, e: A.Expr, ctx: { l: Loc }): string {
    if (e.type === 'UnaryOp' && e.op === 'Not') return `!(${this.jumpIf(u, e.operand, ctx)})`;
    if (e.type === 'BoolOp') {
      const r = `b${u.labelCount++}`;
      const done = u.label('T');
      u.emit(`let ${r};`);
      u.emit(`${done}: {`);
      u.indent();
      for (let i = 0; i < e.values.length; i++) {
        const c = this.jumpIf(u, e.values[i], ctx);
        if (i < e.values.length - 1) u.emit(`if (${e.op === 'And' ? '!' : ''}(${c})) { ${r} = ${e.op === 'And' ? 'false' : 'true'}; break ${done}; }`);
        else u.emit(`${r} = ${c};`);
      }
      u.dedent();
      u.emit('}');
      return r;
    }
    if (e.type === 'IfExp') {
      const r = `b${u.labelCount++}`;
      u.emit(`let ${r};`);
      const c = this.jumpIf(u, e.test, ctx);
      u.emit(`if (${c}) {`);
      u.indent();
      u.emit(`${r} = ${this.jumpIf(u, e.body, ctx)};`);
      u.dedent();
      u.emit('} else {');
      u.indent();
      u.emit(`${r} = ${this.jumpIf(u, e.orelse, ctx)};`);
      u.dedent();
      u.emit('}');
      return r;
    }
    // 3.10/3.11: a tested comparison sets the location without restoring it
    if (e.type === 'Compare' && (this.minor === 10 || this.minor === 11)) ctx.l = locOf(e);
    const jumpAt = this.minor >= 12 ? locOf(e) : ctx.l;
    if (e.type === 'Compare' && e.ops.length === 1 && (e.ops[0] === 'Is' || e.ops[0] === 'IsNot')) {
      this.checkCompare(e, e.lineno);
      const a = this.expr(u, e.left);
      const b = this.expr(u, e.comparators[0]);
      const r = `b${u.labelCount++}`;
      u.emit(`const ${r} = ${a} ${e.ops[0] === 'Is' ? '===' : '!=='} ${b};`);
      u.release(a);
      u.release(b);
      return r;
    }
    if (e.type === 'Compare' && e.ops.length > 1) {
      // compiler_jump_if's own check: on the line being compiled (3.11+: the comparison's)
      this.checkCompare(e, this.minor >= 11 ? e.lineno : ctx.l.l);
      return this.compareTest(u, e, jumpAt);
    }
    // a conditional jump follows the comparison (what 3.11 specialises COMPARE_OP for)
    if (e.type === 'Compare') this.jumpCompare = e;
    const t = this.expr(u, e);
    this.jumpCompare = null;
    const r = `b${u.labelCount++}`;
    this.at(u, jumpAt);
    u.emit(`const ${r} = ${t} === S.True ? true : ${t} === S.False ? false : truthy(${t});`);
    u.release(t);
    return r;
  }

  /** A chained comparison as a jump condition: each comparison's result tested once (the
   * middle operands kept for the next comparison), short-circuiting. */
  compareTest(u: Unit, e: A.Compare, jumpAt: Loc): string {
    const res = `b${u.labelCount++}`;
    const done = u.label('C');
    u.emit(`let ${res} = false;`);
    u.emit(`${done}: {`);
    u.indent();
    let left = this.expr(u, e.left);
    for (let i = 0; i < e.ops.length; i++) {
      const right = this.expr(u, e.comparators[i]);
      const r = u.temp();
      this.at(u, locOf(e));
      this.emitCompare(u, e.ops[i], left, right, r);
      u.release(left);
      const truth = `(${r} === S.True || (${r} !== S.False && truthy(${r})))`;
      this.at(u, jumpAt);
      if (i === e.ops.length - 1) {
        u.release(right);
        u.emit(`${res} = ${truth};`);
        u.release(r);
      } else {
        u.emit(`if (!${truth}) { if (--${r}.rc === 0) dealloc(${r}); ${r} = null; if (--${right}.rc === 0) dealloc(${right}); ${right} = null; break ${done}; }`);
        u.release(r);
        left = right;
      }
    }
    u.dedent();
    u.emit('}');
    return res;
  }

  /** One comparison into temp `r` (owned). */
  emitCompare(u: Unit, op: A.CmpOpKind, left: string, right: string, r: string): void {
    switch (op) {
      case 'Is': u.emit(`${r} = ${left} === ${right} ? S.True : S.False; ${r}.rc++;`); break;
      case 'IsNot': u.emit(`${r} = ${left} !== ${right} ? S.True : S.False; ${r}.rc++;`); break;
      case 'In': u.emit(`${r} = contains(${right}, ${left}) ? S.True : S.False; ${r}.rc++;`); break;
      case 'NotIn': u.emit(`${r} = contains(${right}, ${left}) ? S.False : S.True; ${r}.rc++;`); break;
      default: u.emit(`${r} = compare(${left}, ${right}, ${CMP_OP[op]}, ${u.site()}, true);`);
    }
  }

  /** A single comparison a conditional jump tests (jumpIf). */
  jumpCompare: A.Compare | null = null;

  compare(u: Unit, e: A.Compare): string {
    const jump = this.jumpCompare === e;
    this.jumpCompare = null;
    this.checkCompare(e, e.lineno);
    const t = u.temp();
    const done = u.label('C');
    u.emit(`${done}: {`);
    u.indent();
    let left = this.expr(u, e.left);
    for (let i = 0; i < e.ops.length; i++) {
      const right = this.expr(u, e.comparators[i]);
      const op = e.ops[i];
      const r = u.temp();
      this.at(u, locOf(e));
      switch (op) {
        case 'Is': u.emit(`${r} = ${left} === ${right} ? S.True : S.False; ${r}.rc++;`); break;
        case 'IsNot': u.emit(`${r} = ${left} !== ${right} ? S.True : S.False; ${r}.rc++;`); break;
        case 'In': u.emit(`${r} = contains(${right}, ${left}) ? S.True : S.False; ${r}.rc++;`); break;
        case 'NotIn': u.emit(`${r} = contains(${right}, ${left}) ? S.False : S.True; ${r}.rc++;`); break;
        default: u.emit(`${r} = compare(${left}, ${right}, ${CMP_OP[op]}, ${u.site()}, ${jump});`);
      }
      u.release(left);
      if (i === e.ops.length - 1) {
        u.release(right);
        u.emit(`${t} = ${r}; ${r} = null;`);
        u.recycle(r);
      } else {
        this.at(u, locOf(e));
        u.emit(`if (!(${r} === S.True || (${r} !== S.False && truthy(${r})))) { ${t} = ${r}; ${r} = null; if (--${right}.rc === 0) dealloc(${right}); ${right} = null; break ${done}; }`);
        u.release(r);
        left = right;
      }
    }
    u.dedent();
    u.emit('}');
    return t;
  }

  display(u: Unit, e: A.Tuple | A.List | A.SetExpr): string {
    const elts = e.elts;
    const starred = elts.some((x) => x.type === 'Starred');
    const kind = e.type === 'Tuple' ? 'tuple' : e.type === 'List' ? 'list' : 'set';
    const t = u.temp();
    if (this.minor <= 8 && e.type === 'Tuple' && e.ctx === 'Load' && elts.length > 0 && elts.every((x) => x.type === 'Constant')) {
      // a constant tuple 3.8's AST optimizer left alone (it does not look under `:=`): the
      // peephole optimizer folds it, so every evaluation loads the same tuple
      u.emit(`${t} = ${this.peepholeTuple38(u, elts as A.Constant[])}; ${t}.rc++;`);
      return t;
    }
    const allConst = elts.length > 2 && elts.every((x) => x.type === 'Constant');
    if (!starred && allConst && P.constListViaTuple && kind !== 'tuple') {
      // 3.9+: BUILD_LIST 0 + LIST_EXTEND (or BUILD_SET 0 + SET_UPDATE) of a constant tuple/frozenset.
      const tup = this.constTuple(elts);
      const k = kind === 'list' ? this.constRef(u, tup) : this.constRef(u, frozenFromTuple(tup));
      u.emit(`${t} = ${kind === 'list' ? 'listFromConst' : 'setFromConst'}(${k});`);
      return t;
    }
    // starunpack_helper: 3.10+ build a display of more than STACK_USE_GUIDELINE (30) items
    // empty and add to it one by one (a tuple through a list), as with a starred item
    const big = this.minor >= 10 && elts.length > 30;
    if (!starred && !big) {
      const vs = elts.map((x) => this.expr(u, x));
      if (kind === 'set') this.at(u, locOf(e));
      u.emit(`${t} = build${kind === 'tuple' ? 'Tuple' : kind === 'list' ? 'List' : 'Set'}([${vs.join(', ')}]);`);
      for (const v of vs) u.done(v);
      return t;
    }
    if (this.minor <= 8) {
      // 3.8 starunpack_helper: each run of plain items is a tuple (a set for a set display; a
      // constant tuple when the peephole folds it), then BUILD_{LIST,TUPLE,SET}_UNPACK
      const parts: string[] = [];
      let run: A.Expr[] = [];
      const flush = (): void => {
        if (run.length === 0) return;
        const r = u.temp();
        if (kind !== 'set' && run.every((x) => x.type === 'Constant')) {
          u.emit(`${r} = ${this.peepholeTuple38(u, run as A.Constant[])}; ${r}.rc++;`);
        } else {
          const vs = run.map((x) => this.expr(u, x));
          if (kind === 'set') this.at(u, locOf(e));
          u.emit(`${r} = build${kind === 'set' ? 'Set' : 'Tuple'}([${vs.join(', ')}]);`);
          for (const v of vs) u.done(v);
        }
        parts.push(r);
        run = [];
      };
      for (const x of elts) {
        if (x.type === 'Starred') {
          flush();
          parts.push(this.expr(u, x.value));
        } else run.push(x);
      }
      flush();
      this.at(u, locOf(e));
      u.emit(`{ const p$ = [${parts.join(', ')}]; ${parts.map((x) => `${x} = null;`).join(' ')} ${t} = buildUnpack38(${kind === 'list' ? 0 : kind === 'tuple' ? 1 : 2}, p$); }`);
      for (const x of parts) u.recycle(x);
      return t;
    }
    // starred or big: build a list incrementally (BUILD_LIST + LIST_APPEND/LIST_EXTEND), convert for tuples
    const first = elts.findIndex((x) => x.type === 'Starred');
    const before = big || first < 0 ? 0 : first;
    const vs = elts.slice(0, before).map((x) => this.expr(u, x));
    if (kind === 'set') this.at(u, locOf(e));
    u.emit(`${t} = build${kind === 'set' ? 'Set' : 'List'}([${vs.join(', ')}]);`);
    for (const v of vs) u.done(v);
    for (const x of elts.slice(before)) {
      if (x.type === 'Starred') {
        const v = this.expr(u, x.value);
        this.at(u, locOf(e));
        u.emit(`${kind === 'set' ? 'setUpdate' : 'listExtend'}(${t}, ${v});`);
        u.release(v);
      } else {
        const v = this.expr(u, x);
        if (kind === 'set') this.at(u, locOf(e));
        u.emit(`${kind === 'set' ? 'setAddSteal' : 'listAppendSteal'}(${t}, ${v});`);
        u.done(v);
      }
    }
    if (kind === 'tuple') {
      const r = u.temp();
      u.emit(`${r} = listToTuple(${t});`);
      u.release(t);
      return r;
    }
    return t;
  }

  /** compiler_dict: the pairs are built in sub-dicts (BUILD_MAP / BUILD_CONST_KEY_MAP) between the
   * `**` items. 3.8 pushes the sub-dicts and the unpacked mappings and merges them into a new
   * dict (BUILD_MAP_UNPACK) when there is more than one or the last is unpacked; 3.10+ update
   * the first dict in place (DICT_UPDATE), and split a run of more than 16 pairs into sub-dicts
   * (STACK_USE_GUIDELINE). */
  dictDisplay(u: Unit, e: A.Dict): string {
    const n = e.keys.length;
    if (this.minor < 10) {
      const containers: string[] = [];
      let elements = 0;
      let unpacking = false;
      for (let i = 0; i < n; i++) {
        unpacking = e.keys[i] === null;
        if (elements === 0xffff || (elements > 0 && unpacking)) {
          containers.push(this.subdict(u, e, i - elements, i));
          elements = 0;
        }
        if (unpacking) containers.push(this.expr(u, e.values[i]));
        else elements++;
      }
      if (elements > 0 || containers.length === 0) containers.push(this.subdict(u, e, n - elements, n));
      if (containers.length === 1 && !unpacking) return containers[0];
      const t = u.temp();
      this.at(u, locOf(e));
      u.emit(`${t} = buildMapUnpack38([${containers.join(', ')}]);`);
      for (const c of containers) u.release(c);
      return t;
    }
    let t: string | null = null;
    let elements = 0;
    const add = (sub: string): void => {
      if (t === null) {
        t = sub;
        return;
      }
      this.at(u, locOf(e));
      u.emit(`dictUpdate(${t}, ${sub});`);
      u.release(sub);
    };
    for (let i = 0; i < n; i++) {
      if (e.keys[i] === null) {
        if (elements > 0) add(this.subdict(u, e, i - elements, i));
        elements = 0;
        if (t === null) {
          t = u.temp();
          u.emit(`${t} = buildMap([]);`);
        }
        const v = this.expr(u, e.values[i]);
        this.at(u, locOf(e));
        u.emit(`dictUpdate(${t}, ${v});`);
        u.release(v);
      } else if (elements * 2 > 30) {
        add(this.subdict(u, e, i - elements, i + 1));
        elements = 0;
      } else elements++;
    }
    if (elements > 0) add(this.subdict(u, e, n - elements, n));
    if (t === null) {
      t = u.temp();
      u.emit(`${t} = buildMap([]);`);
    }
    return t;
  }

  /** compiler_subdict: the pairs begin..end as one dict — BUILD_CONST_KEY_MAP when there are
   * several and every key is a constant, else BUILD_MAP of the evaluated pairs; 3.10+ build a
   * run of more than 15 pairs empty and MAP_ADD each pair. */
  subdict(u: Unit, e: A.Dict, begin: number, end: number): string {
    const n = end - begin;
    const t = u.temp();
    const big = this.minor >= 10 && n * 2 > 30;
    const keys = e.keys.slice(begin, end) as A.Expr[];
    const values = e.values.slice(begin, end);
    if (n > 1 && !big && keys.every((k) => k.type === 'Constant')) {
      const vs = values.map((v) => this.expr(u, v));
      const tup = this.constTuple(keys);
      this.at(u, locOf(e));
      u.emit(`${t} = buildConstKeyMap(${this.constRef(u, tup)}, [${vs.join(', ')}]);`);
      for (const v of vs) u.done(v);
      return t;
    }
    if (big) {
      u.emit(`${t} = buildMap([]);`);
      for (let i = 0; i < n; i++) {
        const kt = this.expr(u, keys[i]);
        const vt = this.expr(u, values[i]);
        this.at(u, locOf(e));
        u.emit(`mapAdd(${t}, ${kt}, ${vt});`);
        u.release(kt);
        u.release(vt);
      }
      return t;
    }
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      parts.push(this.expr(u, keys[i]));
      parts.push(this.expr(u, values[i]));
    }
    this.at(u, locOf(e));
    u.emit(`${t} = buildMap([${parts.join(', ')}]);`);
    for (const p of parts) u.done(p);
    return t;
  }

  joinedStr(u: Unit, e: A.JoinedStr): string {
    const parts = e.values.map((v) => (v.type === 'Constant' ? this.expr(u, v) : this.formattedValue(u, v)));
    const t = u.temp();
    // compiler_joined_str: BUILD_STRING only for other than one value (f'abc' is a LOAD_CONST)
    if (parts.length === 1) {
      u.emit(`${t} = ${parts[0]}; ${parts[0]} = null;`);
      u.recycle(parts[0]);
      return t;
    }
    u.emit(`${t} = buildString([${parts.join(', ')}]);`);
    for (const p of parts) u.release(p);
    return t;
  }

  formattedValue(u: Unit, e: A.FormattedValue): string {
    const v = this.expr(u, e.value);
    const spec = e.format_spec ? this.joinedStr(u, e.format_spec) : null;
    const t = u.temp();
    this.at(u, locOf(e));
    u.emit(`${t} = formatValue(${v}, ${e.conversion}, ${spec ?? 'null'});`);
    u.release(v);
    if (spec) u.release(spec);
    return t;
  }

  // ------------------------------------------------------------ calls

  /** The next call() is an expression statement's: its result is dropped. */
  discardCall = false;

  call(u: Unit, e: A.Call): string {
    if (!this.methodCall(u, e)) this.checkCaller(e.func, e.lineno);
    const discard = this.discardCall ? 'ST.discard = f$; ' : '';
    const site = u.site(this.discardCall);
    this.discardCall = false;
    const hasStar = e.args.some((a) => a.type === 'Starred') || e.keywords.some((k) => k.arg === null);
    const t = u.temp();
    // method call: obj.name(...) uses LOAD_METHOD (no bound-method object) where the compiler
    // optimises it (maybe_optimize_method_call: not with keywords before 3.11); otherwise
    // LOAD_ATTR makes the bound method
    if (!hasStar && e.func.type === 'Attribute' && (this.minor >= 11 || e.keywords.length === 0)) {
      let o: string, m: string;
      if (this.methodCall(u, e) && this.superForm(u, e.func)) {
        m = this.superLoad(u, e.func, true);
        o = u.temp();
        u.emit(`${o} = ST.meth === 1 ? ST.sself : null; ST.sself = null;`);
      } else {
        o = this.expr(u, e.func.value);
        m = u.temp();
        this.at(u, this.methodCall(u, e) ? this.methodLoc(e) : this.attrLoc(e.func));
        u.emit(`${m} = loadMethod(${o}, ${js(mangle(u.className, e.func.attr))}, ${u.methodCache()}); if (ST.meth === 0) ${o} = null;`);
        // LOAD_METHOD leaves the method below the object on the value stack
        u.stackBefore(m, o);
      }
      const args = e.args.map((a) => this.expr(u, a));
      const kw = e.keywords.map((k) => this.expr(u, k.value));
      const kwnames = e.keywords.length ? u.kwnames(e.keywords.map((k) => k.arg as string)) : 'null';
      const all = [...args, ...kw];
      this.at(u, this.callLoc(u, e));
      u.emit(`{ const f$ = ${m}, s$ = ${o}, a$ = [${all.join(', ')}]; ${[m, o, ...all].map((x) => `${x} = null;`).join(' ')} ${discard}${t} = s$ === null ? callv(f$, a$, ${kwnames}, ${site}) : callm(f$, s$, a$, ${kwnames}, ${site}); }`);
      for (const x of [m, o, ...all]) u.recycle(x);
      this.evalBreakerCall(u, site);
      return t;
    }
    const fn = this.expr(u, e.func);
    if (!hasStar) {
      const args = e.args.map((a) => this.expr(u, a));
      const kw = e.keywords.map((k) => this.expr(u, k.value));
      const kwnames = e.keywords.length ? u.kwnames(e.keywords.map((k) => k.arg as string)) : 'null';
      const all = [...args, ...kw];
      this.at(u, this.callLoc(u, e));
      u.emit(`{ const f$ = ${fn}, a$ = [${all.join(', ')}]; ${[fn, ...all].map((x) => `${x} = null;`).join(' ')} ${discard}${t} = callv(f$, a$, ${kwnames}, ${site}); }`);
      for (const x of [fn, ...all]) u.recycle(x);
      this.evalBreakerCall(u, site);
      return t;
    }
    const { pos, kwd } = this.exCallArgs(u, [], e.args, e.keywords, fn, locOf(e));
    this.at(u, locOf(e));
    u.emit(`{ const f$ = ${fn}, p$ = ${pos}, k$ = ${kwd}; ${fn} = null; ${pos} = null;${kwd !== 'null' ? ` ${kwd} = null;` : ''} ${t} = callEx(f$, p$, k$);${P.gcDeferred ? ' if (ST.gcPending) gcAfterCallEx(f$);' : ''} }`);
    u.recycle(fn);
    u.recycle(pos);
    if (kwd !== 'null') u.recycle(kwd);
    return t;
  }

  /** 3.12+: CALL checks the eval breaker after the call returns — unless it ran a Python function
   * inline or was one of the specialisations without the check, which `site` knows (rt.ts
   * gcAfterCall). No site: a call that always checks. */
  evalBreakerCall(u: Unit, site = 'null'): void {
    if (P.gcDeferred) u.emit(site === 'null' ? 'if (ST.gcPending) runPendingGc();' : `if (ST.gcPending) gcAfterCall(${site});`);
  }

  // ------------------------------------------------------------ functions, lambdas, classes

  functionDef(u: Unit, s: A.FunctionDef): void {
    this.lineEvent(u, s.decorator_list.length ? s.decorator_list[0] : s);
    const decos = s.decorator_list.map((d) => this.expr(u, d));
    if (decos.length) this.lineEvent(u, s);
    let fn = this.makeFunction(u, s, s.name, s.args, s.body, s.decorator_list);
    for (let i = decos.length - 1; i >= 0; i--) {
      const r = u.temp();
      // each decorator's CALL: at the decorator from 3.11, at the def statement before
      this.at(u, this.minor >= 11 ? locOf(s.decorator_list[i]) : locOf(s));
      const site = u.site();
      u.emit(`{ const f$ = ${decos[i]}, a$ = [${fn}]; ${decos[i]} = null; ${fn} = null; ${r} = callv(f$, a$, null, ${site}); }`);
      this.evalBreakerCall(u, site);
      u.recycle(decos[i]);
      u.recycle(fn);
      fn = r;
    }
    this.storeName(u, s.name, fn);
  }

  /** MAKE_FUNCTION for a def/lambda: returns the temp holding the new function. */
  makeFunction(u: Unit, node: A.FunctionDef | A.Lambda, name: string, args: A.Arguments, body: A.Stmt[], _decos: A.Expr[]): string {
    // defaults and kw-defaults are evaluated in the enclosing scope first
    let defaults = 'null';
    if (args.defaults.length > 0 && args.defaults.every((d) => d.type === 'Constant')) {
      // LOAD_CONSTs + BUILD_TUPLE folded by the optimizer (fold_tuple_on_constants): the defaults
      // tuple is a constant of the enclosing code, shared by every function made from it
      defaults = u.temp();
      if (this.minor <= 8) {
        // 3.8's peephole appends every folded tuple to co_consts as a new object (not merged)
        u.emit(`${defaults} = ${this.peepholeTuple38(u, args.defaults as A.Constant[])}; ${defaults}.rc++;`);
      } else {
        const elems = args.defaults.map((d) => this.ct.get(d as A.Constant));
        // the folded LOAD_CONSTs' own constants stay in co_consts until 3.12 (remove_unused_consts)
        if (this.minor <= 11) for (const o of elems) this.constRef(u, o);
        const tup = newTuple(elems.map((o) => this.canonical(o)));
        tup.f |= F_RUNTIME;
        if (this.minor <= 11) u.emit(`${defaults} = ${this.cfgFoldedTuple(u, tup)}; ${defaults}.rc++;`);
        else {
          u.emit(`${defaults} = ${this.constRef(u, tup)}; ${defaults}.rc++;`);
          decref(tup);
        }
      }
    } else if (args.defaults.length > 0) {
      defaults = this.display(u, { type: 'Tuple', elts: args.defaults, ctx: 'Load', lineno: node.lineno, col_offset: node.col_offset, end_lineno: node.end_lineno, end_col_offset: node.end_col_offset });
    }
    let kwdefaults = 'null';
    if (args.kw_defaults.some((d) => d !== null)) {
      kwdefaults = u.temp();
      u.emit(`${kwdefaults} = buildMap([]);`);
      for (let i = 0; i < args.kwonlyargs.length; i++) {
        const d = args.kw_defaults[i];
        if (d === null) continue;
        const v = this.expr(u, d);
        u.emit(`dictSetKw(${kwdefaults}, ${js(mangle(u.className, args.kwonlyargs[i].arg))}, ${v}, null);`);
        u.release(v);
      }
      // compiler_visit_kwonlydefaults: the names are a constant tuple (BUILD_CONST_KEY_MAP)
      const keys = args.kwonlyargs.filter((_, i) => args.kw_defaults[i] !== null).map((a) => internStr(mangle(u.className, a.arg), P.interning !== 'mortal'));
      this.constObject(u, newTuple(keys));
    }
    // compiler_visit_annotations: after the defaults, the annotations of the parameters, the
    // positional-only ones, *args, the keyword-only ones, **kwargs and the return value, in that
    // order; up to 3.9 a dict (BUILD_CONST_KEY_MAP), from 3.10 a tuple of names and values
    let annotations = 'null';
    if (node.type === 'FunctionDef') {
      const entries: [string, A.Expr][] = [];
      const one = (a: A.Arg | null | undefined): void => {
        if (a && a.annotation) entries.push([mangle(u.className, a.arg), a.annotation]);
      };
      for (const a of args.args) one(a);
      for (const a of args.posonlyargs) one(a);
      one(args.vararg);
      for (const a of args.kwonlyargs) one(a);
      one(args.kwarg);
      if (node.returns) entries.push(['return', node.returns]);
      if (entries.length > 0) annotations = this.annotationsOf(u, node.lineno, entries);
    }
    const key = node.type === 'Lambda' ? this.mergeKey(u, node) : null;
    const same = key !== null ? u.mergeable.get(key) : undefined;
    if (same !== undefined) return this.emitMakeFunction(u, same, defaults, kwdefaults, 'null', annotations);
    const child = this.newUnit(u, node, name, 'function');
    const code = child.code;
    code.name = name;
    // co_firstlineno of a decorated function is its first decorator's line
    code.firstlineno = node.type === 'FunctionDef' && node.decorator_list.length ? node.decorator_list[0].lineno : node.lineno;
    code.argcount = args.posonlyargs.length + args.args.length;
    code.posonlyargcount = args.posonlyargs.length;
    code.kwonlyargcount = args.kwonlyargs.length;
    code.flags = CO_OPTIMIZED | CO_NEWLOCALS | (args.vararg ? CO_VARARGS : 0) | (args.kwarg ? CO_VARKEYWORDS : 0) | (child.scope.isGenerator ? CO_GENERATOR : 0) | (nestedScope(child.scope) ? CO_NESTED : 0);
    code.isGenerator = child.scope.isGenerator;
    // parameter order: posonly, args, kwonly, *args, **kwargs (co_varnames)
    child.scope.params = [
      ...args.posonlyargs.map((a) => mangle(child.className, a.arg)),
      ...args.args.map((a) => mangle(child.className, a.arg)),
      ...args.kwonlyargs.map((a) => mangle(child.className, a.arg)),
      ...(args.vararg ? [mangle(child.className, args.vararg.arg)] : []),
      ...(args.kwarg ? [mangle(child.className, args.kwarg.arg)] : []),
    ];
    this.layoutLocals(child);
    const doc = node.type === 'FunctionDef' ? docstring(body) : null;
    let docConst = 'null';
    if (doc !== null) docConst = this.constRef(u, this.docObject(doc));
    this.functionBody(child, node.type === 'FunctionDef' && doc !== null ? body.slice(1) : body);
    const fcode = this.finish(child);
    const ci = u.children.length;
    u.children.push(fcode);
    this.functionNames(u, fcode);
    if (key !== null) { u.mergeable.set(key, ci); this.mergeOwner.set(key, u); }
    return this.emitMakeFunction(u, ci, defaults, kwdefaults, docConst, annotations);
  }

  private emitMakeFunction(u: Unit, ci: number, defaults: string, kwdefaults: string, docConst: string, annotations: string): string {
    const closure = this.closureTuple(u, u.children[ci]);
    const t = u.temp();
    u.emit(`${t} = makeFunction(f, C[${ci}], ${defaults}, ${kwdefaults}, ${closure}, ${docConst === 'null' ? 'null' : docConst}, ${annotations});`);
    if (defaults !== 'null') u.done(defaults);
    if (kwdefaults !== 'null') u.done(kwdefaults);
    if (annotations !== 'null') u.done(annotations);
    if (closure !== 'null') u.done(closure);
    return t;
  }

  /** A folded tuple constant of constant nodes (each item a new reference the tuple owns); the
   * tuple is the runtime's, not the program's. */
  constTuple(nodes: A.Expr[]): PyObject {
    const tup = newTuple(nodes.map((x) => {
      const o = this.ct.get(x as A.Constant);
      o.rc++;
      return o;
    }));
    tup.f |= F_RUNTIME;
    return tup;
  }

  /** A def's annotations, evaluated in order: 3.8 a dict of the names (one constant tuple of
   * keys, BUILD_CONST_KEY_MAP); 3.10+ a tuple of names and values (folded into one constant when
   * every annotation is a constant). A temp holding the new object. */
  annotationsOf(u: Unit, line: number, entries: [string, A.Expr][]): string {
    if (entries.some(([, e]) => e.type === 'Starred')) throw new NotSimulated('a starred annotation (*args: *Ts)', line);
    // (the parameter names are mangled in a class: `__key` is `_Box__key`)
    const nameObj = (n: string): PyObject => internStr(mangle(u.className, n), P.interning !== 'mortal');
    const t = u.temp();
    if (this.minor < 10) {
      const vs = entries.map(([, e]) => this.expr(u, e));
      const keys = newTuple(entries.map(([n]) => nameObj(n)));
      keys.f |= F_RUNTIME;
      u.emit(`${t} = buildConstKeyMap(${this.constRef(u, keys)}, [${vs.join(', ')}]);`);
      decref(keys);
      for (const v of vs) u.done(v);
    } else if (entries.every(([, e]) => e.type === 'Constant')) {
      const items: PyObject[] = [];
      for (const [n, e] of entries) {
        const k = nameObj(n);
        const o = this.ct.get(e as A.Constant);
        // the LOAD_CONSTs the optimizer folded into one tuple stay in co_consts until 3.12
        if (this.minor <= 11) {
          this.constRef(u, k);
          this.constRef(u, o);
        }
        items.push(k);
        o.rc++;
        items.push(o);
      }
      const tup = newTuple(items);
      tup.f |= F_RUNTIME;
      if (this.minor <= 11) u.emit(`${t} = ${this.cfgFoldedTuple(u, tup)}; ${t}.rc++;`);
      else {
        u.emit(`${t} = ${this.constRef(u, tup)}; ${t}.rc++;`);
        decref(tup);
      }
    } else {
      const parts: string[] = [];
      for (const [n, e] of entries) {
        const k = u.temp();
        const o = nameObj(n);
        u.emit(`${k} = ${this.constRef(u, o)}; ${k}.rc++;`);
        decref(o);
        parts.push(k, this.expr(u, e));
      }
      u.emit(`${t} = buildTuple([${parts.join(', ')}]);`);
      for (const p of parts) u.done(p);
    }
    return t;
  }

  /**
   * 3.8/3.10: the key under which a lambda or comprehension's code object equals another one
   * compiled in the same scope. The compiler merges equal constants (merge_consts_recursive), and
   * code objects compare equal (code_richcompare) when their name, first line, argument counts,
   * flags, bytecode, constants and names are — not their line table or columns before 3.11 — so
   * two equal lambdas or generator expressions on one line share one code object (and, 3.8, its
   * zombie frame). Same folded AST (positions, lambda defaults and a comprehension's outermost
   * iterable, which the enclosing code evaluates, left out) in the same scope, same bytecode.
   * 3.11+ compare the line table too, whose columns differ — except 3.12's for a lambda whose
   * (folded) body is a constant: its RESUME and RETURN_CONST are both at (line, 0, 0).
   * null: nothing to merge.
   */
  private mergeKey(u: Unit, node: A.Lambda | A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): string | null {
    if (this.minor >= 11 && !(this.minor === 12 && node.type === 'Lambda' && node.body.type === 'Constant')) return null;
    const skip = new Set<unknown>();
    if (node.type === 'Lambda') {
      for (const d of node.args.defaults) skip.add(d);
      for (const d of node.args.kw_defaults) if (d !== null) skip.add(d);
    } else skip.add(node.generators[0].iter);
    const json = JSON.stringify(node, (k, v: unknown) => {
      if (k === 'lineno' || k === 'col_offset' || k === 'end_lineno' || k === 'end_col_offset') return undefined;
      if (skip.has(v)) return '<outer>';
      // a constant (folded ones too) by the compiler's constant key
      if (typeof v === 'object' && v !== null && (v as A.Node).type === 'Constant') return `K${constKey(this.ct.get(v as A.Constant))}`;
      if (typeof v === 'bigint') return `${v}n`;
      // _PyCode_ConstantKey tells -0.0 from 0.0; a NaN equals no other constant
      if (typeof v === 'number' && (Object.is(v, -0) || Number.isNaN(v))) return Number.isNaN(v) ? `nan${this.nanCount++}` : '-0';
      return v;
    });
    const key = `${node.type}@${node.lineno}:${json}`;
    const owner = this.mergeOwner.get(key);
    if (owner !== undefined && owner !== u) {
      // the compiler's constant cache is the module's: equal code objects of different enclosing
      // scopes are shared too, which HeapLens does not do
      throw new NotSimulated('equal lambdas or comprehensions on one line in different enclosing scopes (CPython shares one code object)', node.lineno);
    }
    return key;
  }

  /** LOAD_CLOSURE + BUILD_TUPLE for the new code's free variables. */
  closureTuple(u: Unit, code: Code): string {
    if (code.freevars.length === 0) return 'null';
    const t = u.temp();
    const cells = code.freevars.map((name) => {
      const slot = u.slots.get(name);
      if (slot === undefined) throw new Error(`internal: no cell for free variable ${name} in ${u.qualname}`);
      return `L[${slot}]`;
    });
    u.emit(`${t} = buildTuple([${cells.map((c) => `(${c}.rc++, ${c})`).join(', ')}]);`);
    return t;
  }

  functionBody(u: Unit, body: A.Stmt[]): void {
    // RESUME's eval-breaker check, at the code's first line (f_lineno in a gc callback)
    if (P.gcDeferred) u.emit(`if (ST.gcPending) { f.line = ${u.code.firstlineno}; runPendingGc(); }`);
    this.stmts(u, body);
    u.emit('S.None.rc++; return S.None;');
  }

  classDef(u: Unit, s: A.ClassDef): void {
    this.lineEvent(u, s.decorator_list.length ? s.decorator_list[0] : s);
    const decos = s.decorator_list.map((d) => this.expr(u, d));
    if (decos.length) this.lineEvent(u, s);
    const child = this.newUnit(u, s, s.name, 'class');
    const code = child.code;
    code.name = s.name;
    code.firstlineno = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
    code.isClassBody = true;
    const again = namesBoundAgain(s.body);
    if (again.length > 0) code.boundAgain = again;
    const autoRead = autoNamesRead(s.body);
    if (autoRead !== null) code.autoRead = autoRead;
    this.layoutLocals(child);
    // body: __module__ = __name__; __qualname__ = '<qualname>' (a constant of the body's code)
    // (a top-level class's qualname is its name: the parser's identifier, interned whatever its
    // characters, the object __build_class__ gets as the name)
    const qualname = child.qualname === s.name && !allNameChars(s.name) ? internStr(s.name, P.interning !== 'mortal') : newStr(child.qualname);
    // the body's RESUME (3.12+: its eval-breaker check), before its prologue stores __module__
    if (P.gcDeferred) child.emit(`if (ST.gcPending) { f.line = ${code.firstlineno}; runPendingGc(); }`);
    child.emit(`classPrologue(f, ${this.constRef(child, qualname)});`);
    if (this.minor >= 13) {
      // 3.13: __firstlineno__ = <first line, decorators included>
      const t = child.temp();
      child.emit(`${t} = ${this.constRef(child, newInt(code.firstlineno))}; ${t}.rc++;`);
      child.emit(`storeName(f, "__firstlineno__", ${t}, ${child.nameCache()});`);
      child.done(t);
    }
    if (hasAnnotations(s.body)) child.emit('setupAnnotations(f);');
    const doc = docstring(s.body);
    let rest = s.body;
    if (doc !== null) {
      child.stmtRegion(() => {
        this.lineEvent(child, s.body[0]);
        const t = child.temp();
        child.emit(`${t} = ${this.constRef(child, this.docObject(doc))}; ${t}.rc++;`);
        child.emit(`storeName(f, "__doc__", ${t}, ${child.nameCache()});`);
        child.done(t);
      });
      rest = s.body.slice(1);
    }
    this.stmts(child, rest);
    if (this.minor >= 13) {
      // 3.13: __static_attributes__ = the sorted names methods assign as self.<name>
      const names = [...staticAttributes(s.body)].sort();
      const tup = newTuple(names.map((n) => newStr(n)));
      const t = child.temp();
      child.emit(`${t} = ${this.constRef(child, tup)}; ${t}.rc++;`);
      child.emit(`storeName(f, "__static_attributes__", ${t}, ${child.nameCache()});`);
      child.done(t);
    }
    if (code.classCell >= 0) child.emit(`return classCellResult(f, L[${code.classCell}]);`);
    else child.emit('S.None.rc++; return S.None;');
    const fcode = this.finish(child);
    const ci = u.children.length;
    u.children.push(fcode);
    this.functionNames(u, fcode);
    // the class's name, __build_class__'s second argument, is a constant of the enclosing code
    this.constObject(u, internStr(s.name, P.interning !== 'mortal'));
    const closure = this.closureTuple(u, fcode);
    const body = u.temp();
    u.emit(`${body} = makeFunction(f, C[${ci}], null, null, ${closure}, null);`);
    if (closure !== 'null') u.done(closure);
    let cls = u.temp();
    if (s.bases.some((b) => b.type === 'Starred') || s.keywords.some((k) => k.arg === null)) {
      // __build_class__(body, name, *bases, **kw) through CALL_FUNCTION_EX
      const nm = u.temp();
      u.emit(`${nm} = kwKey(${js(s.name)});`);
      const { pos, kwd } = this.exCallArgs(u, [body, nm], s.bases, s.keywords, 'buildClassFn()', locOf(s));
      this.at(u, locOf(s));
      u.emit(`{ const p$ = ${pos}, k$ = ${kwd}; ${pos} = null;${kwd !== 'null' ? ` ${kwd} = null;` : ''} ${cls} = buildClassEx(p$, k$); }`);
      u.recycle(pos);
      if (kwd !== 'null') u.recycle(kwd);
      this.evalBreakerCall(u);
    } else {
      const bases = s.bases.map((b) => this.expr(u, b));
      const kws = s.keywords.map((k) => this.expr(u, k.value));
      const kwnames = s.keywords.length ? u.kwnames(s.keywords.map((k) => k.arg as string)) : 'null';
      this.at(u, locOf(s));
      u.emit(`{ const b$ = ${body}, a$ = [${[...bases, ...kws].join(', ')}]; ${[body, ...bases, ...kws].map((x) => `${x} = null;`).join(' ')} ${cls} = buildClass(b$, ${js(s.name)}, a$, ${kwnames}); }`);
      this.evalBreakerCall(u);
      for (const x of [body, ...bases, ...kws]) u.recycle(x);
    }
    for (let i = decos.length - 1; i >= 0; i--) {
      const r = u.temp();
      this.at(u, this.minor >= 11 ? locOf(s.decorator_list[i]) : locOf(s));
      const site = u.site();
      u.emit(`{ const f$ = ${decos[i]}, a$ = [${cls}]; ${decos[i]} = null; ${cls} = null; ${r} = callv(f$, a$, null, ${site}); }`);
      this.evalBreakerCall(u, site);
      u.recycle(decos[i]);
      u.recycle(cls);
      cls = r;
    }
    this.storeName(u, s.name, cls);
  }

  /**
   * CALL_FUNCTION_EX's operands as compiler_call_helper's ex_call path builds them: `pushed`
   * (temps already on the stack: __build_class__'s body function and name) and the positional
   * arguments into one tuple, the keywords into one dict ('null' when there are none).
   * Positional: a lone `*x` is passed as it is (CALL_FUNCTION_EX makes a tuple of it if need
   * be); 3.8 packs runs of plain values into tuples and joins the parts with
   * BUILD_TUPLE_UNPACK_WITH_CALL; 3.9+ (starunpack_helper) makes a tuple directly when there is
   * no star, else BUILD_LIST of the values before the first star, LIST_APPEND / LIST_EXTEND, then
   * LIST_TO_TUPLE. Keywords: runs of named ones become a dict (BUILD_MAP 1, or
   * BUILD_CONST_KEY_MAP for several); 3.8 joins the parts with BUILD_MAP_UNPACK_WITH_CALL (a lone
   * `**m` is passed as it is), 3.9+ merges each into the first dict with DICT_MERGE (starting
   * from BUILD_MAP 0 when a `**` comes first).
   */
  exCallArgs(u: Unit, pushed: string[], args: A.Expr[], keywords: A.Keyword[], fn: string, at: Loc): { pos: string; kwd: string } {
    let pos: string;
    const starred = args.some((a) => a.type === 'Starred');
    const n = args.length;
    if (pushed.length === 0 && n === 1 && starred) {
      pos = this.expr(u, (args[0] as A.Starred).value);
    } else if (this.minor < 9) {
      const parts: string[] = [];
      // a run of plain values is evaluated when the next star (or the end) comes
      let runNodes: A.Expr[] = [];
      let first = true;
      const flush = (): void => {
        const pre = first ? pushed : [];
        first = false;
        if (pre.length + runNodes.length === 0) return;
        const t = u.temp();
        if (pre.length === 0 && runNodes.every((a) => a.type === 'Constant')) {
          // the peephole optimizer folds LOAD_CONSTs + BUILD_TUPLE into a constant tuple
          u.emit(`${t} = ${this.peepholeTuple38(u, runNodes as A.Constant[])}; ${t}.rc++;`);
        } else {
          const run = [...pre, ...runNodes.map((a) => this.expr(u, a))];
          u.emit(`${t} = buildTuple([${run.join(', ')}]);`);
          for (const v of run) u.done(v);
        }
        parts.push(t);
        runNodes = [];
      };
      for (const a of args) {
        if (a.type === 'Starred') {
          flush();
          parts.push(this.expr(u, a.value));
        } else runNodes.push(a);
      }
      flush();
      if (parts.length === 0) {
        pos = u.temp();
        u.emit(`${pos} = buildTuple([]);`);
      } else if (parts.length === 1) pos = parts[0];
      else {
        pos = u.temp();
        this.at(u, at);
        u.emit(`{ const p$ = [${parts.join(', ')}]; ${parts.map((x) => `${x} = null;`).join(' ')} ${pos} = callArgsJoin38(p$, ${fn}); }`);
        for (const x of parts) u.recycle(x);
      }
    } else if ((n > 2 || (n > 0 && pushed.length === 0)) && args.every((a) => a.type === 'Constant')) {
      // a folded constant tuple: starunpack_helper's for more than two (3.10 drops what was
      // pushed; 3.11+ builds a list from it), the CFG optimizer's BUILD_TUPLE of constants
      // (fold_tuple_on_constants) for fewer
      if (pushed.length > 0) throw new NotSimulated('a class statement whose bases are all constants', args[0].lineno);
      const tup = this.constTuple(args);
      pos = u.temp();
      u.emit(`${pos} = ${this.constRef(u, tup)}; ${pos}.rc++;`);
    } else {
      const big = n + pushed.length > 30;
      if (!starred && !big) {
        const vs = args.map((a) => this.expr(u, a));
        pos = u.temp();
        u.emit(`${pos} = buildTuple([${[...pushed, ...vs].join(', ')}]);`);
        for (const v of [...pushed, ...vs]) u.done(v);
      } else {
        let list: string | null = null;
        let pending: string[] = [...pushed];
        const build = (): string => {
          const l = u.temp();
          u.emit(`${l} = buildList([${pending.join(', ')}]);`);
          for (const v of pending) u.done(v);
          pending = [];
          return l;
        };
        if (big) list = build();
        for (const a of args) {
          if (a.type === 'Starred') {
            if (list === null) list = build();
            const v = this.expr(u, a.value);
            this.at(u, at);
            u.emit(`listExtend(${list}, ${v});`);
            u.release(v);
          } else {
            const v = this.expr(u, a);
            if (list !== null) {
              u.emit(`listAppendSteal(${list}, ${v});`);
              u.done(v);
            } else pending.push(v);
          }
        }
        const l = list as string;
        u.emit(`{ const l$ = ${l}; ${l} = listToTuple(l$); if (--l$.rc === 0) dealloc(l$); }`);
        pos = l;
      }
    }
    let kwd = 'null';
    if (keywords.length > 0) {
      // compiler_subkwargs: the named keywords [begin, end) as one new dict
      const sub = (begin: number, end: number): string => {
        const kws = keywords.slice(begin, end);
        const t = u.temp();
        const big = this.minor >= 9 && kws.length * 2 > 30;
        if (kws.length > 1 && !big) {
          const vs = kws.map((k) => this.expr(u, k.value));
          const tup = newTuple(kws.map((k) => internStr(k.arg as string, P.interning !== 'mortal')));
          tup.f |= F_RUNTIME;
          u.emit(`${t} = buildConstKeyMap(${this.constRef(u, tup)}, [${vs.join(', ')}]);`);
          for (const v of vs) u.done(v);
          return t;
        }
        if (big) {
          u.emit(`${t} = buildMap([]);`);
          for (const k of kws) {
            this.constObject(u, internStr(k.arg as string, P.interning !== 'mortal'));
            const v = this.expr(u, k.value);
            u.emit(`mapAddKw(${t}, ${js(k.arg as string)}, ${v});`);
            u.release(v);
          }
          return t;
        }
        this.constObject(u, internStr(kws[0].arg as string, P.interning !== 'mortal'));
        const v = this.expr(u, kws[0].value);
        u.emit(`${t} = buildMap([kwKey(${js(kws[0].arg as string)}), ${v}]);`);
        u.done(v);
        return t;
      };
      if (this.minor < 9) {
        const parts: string[] = [];
        let begin = 0;
        keywords.forEach((k, i) => {
          if (k.arg !== null) return;
          if (i > begin) parts.push(sub(begin, i));
          parts.push(this.expr(u, k.value));
          begin = i + 1;
        });
        if (keywords.length > begin) parts.push(sub(begin, keywords.length));
        if (parts.length === 1) kwd = parts[0];
        else {
          kwd = u.temp();
          this.at(u, at);
          u.emit(`{ const p$ = [${parts.join(', ')}]; ${parts.map((x) => `${x} = null;`).join(' ')} ${kwd} = buildMapUnpackWithCall38(p$, ${fn}); }`);
          for (const x of parts) u.recycle(x);
        }
      } else {
        let dict: string | null = null;
        const merge = (v: string): void => {
          this.at(u, at);
          u.emit(`dictMergeKw(${dict}, ${v}, ${fn});`);
          u.release(v);
        };
        let begin = 0;
        keywords.forEach((k, i) => {
          if (k.arg !== null) return;
          if (i > begin) {
            const d = sub(begin, i);
            if (dict !== null) merge(d);
            else dict = d;
          }
          if (dict === null) {
            dict = u.temp();
            u.emit(`${dict} = buildMap([]);`);
          }
          merge(this.expr(u, k.value));
          begin = i + 1;
        });
        if (keywords.length > begin) {
          const d = sub(begin, keywords.length);
          if (dict !== null) merge(d);
          else dict = d;
        }
        kwd = dict as unknown as string;
      }
    }
    return { pos, kwd };
  }

  // ------------------------------------------------------------ comprehensions

  comprehension(u: Unit, e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): string {
    const scope = this.byNode.get(e) as Scope;
    if (scope.inlined && e.type !== 'GeneratorExp') return this.inlinedComprehension(u, e, scope);
    const name = e.type === 'ListComp' ? '<listcomp>' : e.type === 'SetComp' ? '<setcomp>' : e.type === 'DictComp' ? '<dictcomp>' : '<genexpr>';
    const key = this.mergeKey(u, e);
    const same = key !== null ? u.mergeable.get(key) : undefined;
    if (same !== undefined) return this.callComprehension(u, e, same);
    const child = this.newUnit(u, e, name, 'comprehension');
    const code = child.code;
    code.name = name;
    code.firstlineno = e.lineno;
    code.argcount = 1;
    code.isComprehension = true;
    code.isGenerator = e.type === 'GeneratorExp';
    code.flags = CO_OPTIMIZED | CO_NEWLOCALS | (code.isGenerator ? CO_GENERATOR : 0) | (nestedScope(scope) ? CO_NESTED : 0);
    this.layoutLocals(child);
    // the frame's line before the body's first line event (its first instructions': f_lineno of a
    // collection that BUILD_LIST triggers)
    child.emit(`f.line = ${e.lineno};`);
    if (P.gcDeferred) child.emit('if (ST.gcPending) runPendingGc();');
    // the body
    let acc = 'null';
    if (e.type !== 'GeneratorExp') {
      acc = 'r$';
      child.emit(`let r$ = ${e.type === 'ListComp' ? 'buildList([])' : e.type === 'SetComp' ? 'buildSet([])' : 'buildMap([])'};`);
      child.emit('try {');
      child.indent();
    }
    this.compLoops(child, e, 0, acc, (cu) => `L[${cu.slots.get('.0')}]`, true);
    if (e.type !== 'GeneratorExp') {
      child.emit('const x$ = r$; r$ = null; return x$;');
      child.dedent();
      child.emit('} catch (e9$) { if (e9$ instanceof PyErr) tb(e9$, f, false); throw e9$; } finally { if (r$ !== null && --r$.rc === 0) dealloc(r$); }');
    } else {
      child.emit('S.None.rc++; return S.None;');
    }
    const fcode = this.finish(child);
    const ci = u.children.length;
    u.children.push(fcode);
    this.functionNames(u, fcode);
    if (key !== null) { u.mergeable.set(key, ci); this.mergeOwner.set(key, u); }
    return this.callComprehension(u, e, ci);
  }

  /** MAKE_FUNCTION of the comprehension's code `C[ci]`, GET_ITER of its outermost iterable, CALL. */
  private callComprehension(u: Unit, e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, ci: number): string {
    const closure = this.closureTuple(u, u.children[ci]);
    const fn = u.temp();
    u.emit(`${fn} = makeFunction(f, C[${ci}], null, null, ${closure}, null);`);
    if (closure !== 'null') u.done(closure);
    const it = this.expr(u, e.generators[0].iter);
    const iter = u.temp();
    this.at(u, this.compIterAt(e, 0));
    u.emit(`${iter} = getIter(${it});`);
    u.release(it);
    const t = u.temp();
    this.at(u, locOf(e));
    u.emit(`{ const f$ = ${fn}, a$ = [${iter}]; ${fn} = null; ${iter} = null; ${t} = callv(f$, a$, null); }`);
    u.recycle(fn);
    u.recycle(iter);
    return t;
  }

  /** A comprehension's GET_ITER and FOR_ITER for its `i`th `for`: at the comprehension (3.13:
   * at that `for`'s iterable). */
  compIterAt(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, i: number): Loc {
    return this.minor >= 13 ? locOf(e.generators[i].iter) : locOf(e);
  }

  /** The nested for/if loops of a comprehension. `acc` is the JS name of the result container. */
  compLoops(u: Unit, e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, i: number, acc: string, firstIter: (u: Unit) => string, fromArg = false): void {
    const gen = e.generators[i];
    if (gen.is_async) throw new NotSimulated("'async for' in a comprehension", e.lineno);
    const it = `i${u.labelCount++}`;
    const own = i > 0;
    // `fromArg`: the comprehension's own code object loops over its argument `.0` with LOAD_FAST
    // .0 + FOR_ITER, so its value stack holds the iterator (one reference more than the local)
    // until the loop ends
    const held = i === 0 && fromArg;
    if (i === 0) {
      u.emit(`const ${it} = ${firstIter(u)};`);
      if (held) {
        u.emit(`${it}.rc++;`);
        u.emit('try {');
        u.indent();
      }
    } else {
      u.emit(`let ${it} = null;`);
      u.stmtRegion(() => {
        const o = this.expr(u, gen.iter);
        this.at(u, this.compIterAt(e, i));
        u.emit(`${it} = getIter(${o});`);
        u.release(o);
      });
    }
    const loop = u.label('c');
    const stacked = held || own;
    if (stacked) u.stackIters.push(it);
    if (own) {
      u.emit('try {');
      u.indent();
    }
    u.emit(`${loop}: for (;;) {`);
    u.indent();
    const x = `x${u.labelCount++}`;
    this.at(u, this.compIterAt(e, i));
    u.emit(`const ${x} = ${this.forIterCall(u, it)};`);
    u.emit(`if (${x} === null) break;`);
    u.stmtRegion(() => {
      const t = u.temp();
      u.emit(`${t} = ${x};`);
      this.store(u, gen.target, t);
    });
    for (const cond of gen.ifs) {
      // the test's jump: at the comprehension up to 3.11, at the condition from 3.12
      const c = this.condVar(u, this.minor >= 12 ? cond : e, cond, false);
      u.emit(`if (!${c}) continue ${loop};`);
    }
    if (i + 1 < e.generators.length) {
      this.compLoops(u, e, i + 1, acc, firstIter);
    } else {
      u.stmtRegion(() => {
        // the element's instruction: at the comprehension up to 3.11, at the element from 3.12
        const eltAt = this.minor <= 11 ? locOf(e) : e.type === 'DictComp'
          ? { l: e.key.lineno, el: e.value.end_lineno ?? e.value.lineno, c: e.key.col_offset, ec: e.value.end_col_offset ?? -1 }
          : locOf(e.elt);
        if (e.type === 'GeneratorExp') {
          const v = this.expr(u, e.elt);
          this.at(u, eltAt);
          if (this.minor >= 13) u.emit('f.yd = 1;');
          u.emit(`{ const y$ = ${v}; ${v} = null; let s$; ${this.yieldStack(u, 's$ = yield y$;')} if (--s$.rc === 0) dealloc(s$); }`);
          this.resumeAfterYield(u);
          u.recycle(v);
        } else if (e.type === 'DictComp') {
          const k = this.expr(u, e.key);
          const v = this.expr(u, e.value);
          this.at(u, eltAt);
          u.emit(`mapAdd(${acc}, ${k}, ${v});`);
          u.release(k);
          u.release(v);
        } else {
          const v = this.expr(u, e.elt);
          if (e.type === 'SetComp') this.at(u, eltAt);
          u.emit(`${e.type === 'ListComp' ? 'listAppendSteal' : 'setAddSteal'}(${acc}, ${v});`);
          u.done(v);
        }
      });
    }
    this.jumpBackward(u);
    this.evalBreaker(u);
    u.dedent();
    u.emit('}');
    if (own) {
      u.dedent();
      u.emit(`} catch (e9$) { if (e9$ instanceof PyErr) tb(e9$, f, false); throw e9$; } finally { if (--${it}.rc === 0) dealloc(${it}); }`);
    }
    if (held) {
      u.dedent();
      u.emit(`} finally { if (--${it}.rc === 0) dealloc(${it}); }`);
    }
    if (stacked) u.stackIters.pop();
  }

  /** 3.12+ (PEP 709): the comprehension runs in the enclosing frame; its variables are saved
   * and restored around it (LOAD_FAST_AND_CLEAR / STORE_FAST). */
  inlinedComprehension(u: Unit, e: A.ListComp | A.SetComp | A.DictComp, scope: Scope): string {
    const names = [...scope.scopes.keys()].filter((n) => {
      const s = scope.scopes.get(n);
      return (s === 'local' || s === 'cell') && n !== '.0';
    });
    const it = this.expr(u, e.generators[0].iter);
    const iter = u.temp();
    this.at(u, this.compIterAt(e, 0));
    u.emit(`${iter} = getIter(${it});`);
    u.release(it);
    const saved = names.map((n) => {
      const slot = this.inlineSlot(u, n);
      const sv = `sv${u.labelCount++}`;
      u.emit(`const ${sv} = L[${slot}]; L[${slot}] = null;`);
      return { slot, sv, cell: scope.scopes.get(n) === 'cell' };
    });
    for (const s of saved) if (s.cell) u.emit(`L[${s.slot}] = newCell(null);`);
    const acc = u.temp();
    u.emit(`${acc} = ${e.type === 'ListComp' ? 'buildList([])' : e.type === 'SetComp' ? 'buildSet([])' : 'buildMap([])'};`);
    u.emit('try {');
    u.indent();
    const prevInlined = new Set(u.inlined);
    for (const n of names) u.inlined.add(n);
    const savedScopes = new Map<string, ReturnType<Map<string, string>['get']>>();
    // push_inlined_comprehension_state: in a class body every name takes its scope inside the
    // comprehension (a free variable is a LOAD_DEREF, not the class namespace)
    const overridden = u.kind === 'class' ? [...scope.scopes.keys()].filter((n) => n !== '.0') : names;
    for (const n of overridden) {
      savedScopes.set(n, u.scope.scopes.get(n));
      u.scope.scopes.set(n, scope.scopes.get(n) as never);
    }
    const iterTemp = iter;
    u.inInlinedComp++;
    this.compLoops(u, e, 0, acc, () => iterTemp);
    u.inInlinedComp--;
    for (const [n, s] of savedScopes) {
      if (s === undefined) u.scope.scopes.delete(n);
      else u.scope.scopes.set(n, s as never);
    }
    u.inlined = prevInlined;
    u.dedent();
    u.emit(`} catch (e9$) { if (e9$ instanceof PyErr) tb(e9$, f, false); throw e9$; } finally { if (--${iter}.rc === 0) dealloc(${iter}); ${iter} = null;`);
    for (const s of saved) u.emit(`  { const o$ = L[${s.slot}]; L[${s.slot}] = ${s.sv}; if (o$ !== null && --o$.rc === 0) dealloc(o$); }`);
    u.emit('}');
    u.recycle(iter);
    return acc;
  }

  inlineSlot(u: Unit, name: string): number {
    let slot = u.slots.get(name);
    if (slot === undefined) throw new Error(`internal: no slot for inlined comprehension variable ${name}`);
    return slot;
  }
}

// ------------------------------------------------------------------ helpers


function qualnameFor(parent: Unit, name: string, _scope: Scope): string {
  if (parent.kind === 'module') return name;
  if (parent.kind === 'function' || parent.kind === 'comprehension') return `${parent.qualname}.<locals>.${name}`;
  return `${parent.qualname}.${name}`;
}

/** SETUP_ANNOTATIONS is emitted when a module/class body has a simple annotated name anywhere
 * in its own statements (find_ann in compile.c looks into nested blocks, not nested scopes). */
/** The line of the statement compiled last in a body (3.8's current line after it). */
/** Whether statements contain a yield (or await) of their own code object. */
function hasYield(body: A.Stmt[]): boolean {
  const walk = (n: unknown): boolean => {
    if (n === null || typeof n !== 'object') return false;
    if (Array.isArray(n)) return n.some(walk);
    const t = (n as { type?: string }).type;
    if (t === 'Yield' || t === 'YieldFrom' || t === 'Await') return true;
    if (t === 'FunctionDef' || t === 'AsyncFunctionDef' || t === 'Lambda' || t === 'ClassDef' || t === 'GeneratorExp') return false;
    return Object.values(n as object).some(walk);
  };
  return walk(body);
}

function lastStmtLine(body: A.Stmt[]): number {
  const last = body[body.length - 1];
  const inner = (b: A.Stmt[] | undefined): number | null => (b && b.length > 0 ? lastStmtLine(b) : null);
  switch (last.type) {
    case 'If': case 'For': case 'While': return inner(last.orelse) ?? inner(last.body) ?? last.lineno;
    case 'With': return inner(last.body) ?? last.lineno;
    case 'Try': {
      if (last.finalbody.length > 0) return lastStmtLine(last.finalbody);
      if (last.orelse.length > 0) return lastStmtLine(last.orelse);
      const h = last.handlers[last.handlers.length - 1];
      return h ? inner(h.body) ?? h.lineno : inner(last.body) ?? last.lineno;
    }
    case 'FunctionDef': case 'ClassDef': case 'AsyncFunctionDef': return last.lineno;
    default: return last.lineno;
  }
}

function hasAnnotations(body: A.Stmt[]): boolean {
  for (const s of body) {
    switch (s.type) {
      case 'AnnAssign':
        return true;
      case 'If': case 'While': case 'For':
        if (hasAnnotations(s.body) || hasAnnotations(s.orelse)) return true;
        break;
      case 'With':
        if (hasAnnotations(s.body)) return true;
        break;
      case 'Try':
        if (hasAnnotations(s.body) || hasAnnotations(s.orelse) || hasAnnotations(s.finalbody) || s.handlers.some((h) => hasAnnotations(h.body))) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

/** str.expandtabs() with the default tab size (the same string when there is no tab). */
function expandTabs(s: string): string {
  if (!s.includes('\t')) return s;
  let out = '';
  let col = 0;
  for (const ch of s) {
    if (ch === '\t') {
      const n = 8 - (col % 8);
      out += ' '.repeat(n);
      col += n;
    } else {
      out += ch;
      col = ch === '\n' || ch === '\r' ? 0 : col + 1;
    }
  }
  return out;
}

/** 3.13's _PyCompile_CleanDoc on a tab-free docstring: the first line loses its leading spaces,
 * the others the smallest indentation (in spaces) of the non-blank ones; null when there is
 * nothing to remove (CPython then keeps the string itself). */
function cleanDoc(s: string): string | null {
  const lines = s.split('\n');
  let margin = Infinity;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    let n = 0;
    while (n < line.length && line[n] === ' ') n++;
    // (a line of spaces only, with or without its newline, is blank)
    if (n < line.length) margin = Math.min(margin, n);
  }
  if (margin === Infinity) margin = 0;
  let first = 0;
  while (first < lines[0].length && lines[0][first] === ' ') first++;
  if (first === 0 && margin === 0) return null;
  const out = [lines[0].slice(first)];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    let n = 0;
    while (n < margin && n < line.length && line[n] === ' ') n++;
    out.push(line.slice(n));
  }
  return out.join('\n');
}

function docstring(body: A.Stmt[]): A.Constant | null {
  const first = body[0];
  if (first && first.type === 'Expr' && first.value.type === 'Constant' && first.value.value.k === 'str') return first.value;
  return null;
}

function collectInlinedCompNames(sc: Scope, out: string[]): void {
  for (const c of sc.inlinedChildren) {
    if (!c.inlined) continue;
    for (const [n, s] of c.scopes) if ((s === 'local' || s === 'cell') && n !== '.0' && !out.includes(n)) out.push(n);
    collectInlinedCompNames(c, out);
  }
}

function safeName(n: string): string {
  return n.replace(/[^A-Za-z0-9_$]/g, '_');
}

const CLASS_BODY_NAMES = ['__name__', '__module__', '__qualname__', '__doc__', '__classcell__', '__class__', '__annotations__', '__firstlineno__', '__static_attributes__'];

/** The names a class body's code stores besides the user's (its co_names), and `__annotations__`
 * of an annotated assignment: interned by the compiler, and by CPython's start-up before (static
 * strings from 3.12) — made here so that they are not allocations of the running program. */
function internCompilerNames(node: unknown, cls: string | null = null): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const x of node) internCompilerNames(x, cls);
    return;
  }
  const n = node as Record<string, unknown>;
  if (n.type === 'ClassDef') for (const s of CLASS_BODY_NAMES) decref(identifier(s));
  else if (n.type === 'AnnAssign') decref(identifier('__annotations__'));
  // private names (`__x`) in a class body and the functions in it: their mangled forms are the
  // code objects' co_names, interned with them (3.12+ immortal; up to 3.11 the name tuples the
  // compile-time references hold keep them)
  if (cls !== null && P.interning !== 'mortal') {
    const id = n.type === 'Name' ? n.id : n.type === 'Attribute' ? n.attr : n.type === 'FunctionDef' ? n.name : n.type === 'arg' ? n.arg : null;
    if (typeof id === 'string') {
      const m = mangle(cls, id);
      if (m !== id) internStr(m, true);
    }
  }
  for (const k in n) {
    if (k === 'type' || k === 'value' && n.type === 'Constant') continue;
    const v = n[k];
    if (v !== null && typeof v === 'object') internCompilerNames(v, n.type === 'ClassDef' && k === 'body' ? (n.name as string) : cls);
  }
}

/**
 * The identifiers (and, 3.10/3.11, the extra small-int objects) the parser's arena holds while the
 * module runs. 3.8's ast.c makes one interned identifier per occurrence; 3.10/3.11's PEG parser
 * makes one each time a grammar item matches the token, backtracking included (pegenreplay.ts
 * replays its path): `x = 1` holds `x` and `1` three times each. The number objects a NUMBER
 * token's other matches made are separate objects except for the small ints, which are shared:
 * those get the extra references (the Constant node's own object holds the first).
 */
function internIdentifiers(mod: A.Module, ct: ConstTable, minor: number): void {
  const immortal = P.interning !== 'mortal';
  const info = moduleTokens.get(mod);
  if (info !== undefined) {
    for (const t of [...info.tokens, ...info.fields.flat()]) {
      // a non-ASCII identifier is normalized (NFKC) by unicodedata.normalize, and a \N{...}
      // escape looked up through unicodedata's C API: either way the parser imports unicodedata
      if (t.type === TT.NAME && !/^[\x00-\x7f]*$/.test(t.str)) R.unicodedataImported = true;
      if (t.type === TT.STRING) {
        const p = stringPrefix(t.str);
        if (!p.bytes && !p.raw && t.str.includes('\\N{')) R.unicodedataImported = true;
        // a u'...' literal: the Constant's kind is the identifier 'u' (3.8: plus a static
        // reference the first time), once per constant made from it
        if (t.str.startsWith('u') && minor <= 11) {
          constRefsUnknown.set(latin1Borrowed(117), "the kind of each str constant of a u'...' literal is the identifier 'u', which the parser makes for it (3.8: and keeps once more)");
        }
      }
    }
  }
  if (minor === 10 || minor === 11) {
    const info = moduleTokens.get(mod);
    if (info !== undefined && replayArena(info, ct, minor, immortal)) return;
    // the walk did not accept the tokens: these counts are not known
    R.arenaRefsUnknown = true;
  }
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const x of node) visit(x);
      return;
    }
    const n = node as Record<string, unknown>;
    const ids: string[] = [];
    switch (n.type) {
      case 'Name': ids.push(n.id as string); break;
      case 'Attribute': ids.push(n.attr as string); break;
      case 'FunctionDef': ids.push(n.name as string); break;
      case 'ClassDef':
        ids.push(n.name as string);
        // ast_for_classdef: `class NAME(arglist):` makes the name once more for a dummy Call node
        if ((n.bases as unknown[]).length || (n.keywords as unknown[]).length) ids.push(n.name as string);
        break;
      case 'arg': ids.push(n.arg as string); break;
      case 'keyword': if (n.arg) ids.push(n.arg as string); break;
      case 'Global': case 'Nonlocal': ids.push(...(n.names as string[])); break;
      case 'ExceptHandler': if (n.name) ids.push(n.name as string); break;
      // alias_for_import_name: a module's (dotted) name is one identifier, and so is `as` name
      case 'ImportFrom': if (n.module) ids.push(n.module as string); break;
      case 'alias':
        ids.push(n.name as string);
        if (n.asname) ids.push(n.asname as string);
        break;
    }
    for (const id of ids) ct.arena.push(internStr(id, immortal));
    for (const k in n) {
      if (k === 'type' || k === 'value' && n.type === 'Constant') continue;
      const v = n[k];
      if (v !== null && typeof v === 'object') visit(v);
    }
  };
  visit(mod.body);
}

/** A parser token as the replay sees it (pegenreplay.ts). */
function replayToken(t: Token): ReplayToken {
  switch (t.type) {
    case TT.NAME: return { key: 'NAME', str: t.str };
    case TT.NUMBER: return { key: 'NUMBER', str: t.str };
    case TT.STRING: return { key: 'STRING', str: '' };
    case TT.NEWLINE: return { key: 'NEWLINE', str: '' };
    case TT.INDENT: return { key: 'INDENT', str: '' };
    case TT.DEDENT: return { key: 'DEDENT', str: '' };
    case TT.ENDMARKER: return { key: 'ENDMARKER', str: '' };
    case TT.KEYWORD: return { key: t.str === 'async' ? 'ASYNC' : t.str === 'await' ? 'AWAIT' : t.str, str: '' };
    default: return { key: t.str, str: '' };
  }
}

/** 3.10/3.11: the arena's identifiers and extra small ints from a replay of the parser's path over
 * the module's tokens and each f-string field's "(expr)"; false if a walk failed. */
function replayArena(info: { tokens: Token[]; fields: Token[][] }, ct: ConstTable, minor: 10 | 11, immortal: boolean): boolean {
  const add = (toks: Token[], start: 'file' | 'fstring'): boolean => {
    const rt = toks.map(replayToken);
    if (start === 'fstring') {
      rt.unshift({ key: '(', str: '' });
      rt.push({ key: ')', str: '' }, { key: 'NEWLINE', str: '' }, { key: 'ENDMARKER', str: '' });
    }
    const r = replayParse(minor, rt, start);
    if (r === null) return false;
    const off = start === 'fstring' ? 1 : 0;
    for (let i = 0; i < r.names.length; i++) {
      for (let n = r.names[i]; n > 0; n--) ct.arena.push(internStr(rt[i].str, immortal));
      const extra = r.numbers[i] - 1;
      if (extra > 0) {
        const v = parseNumber(toks[i - off].str);
        if (v.k === 'int' && v.v <= 256n) {
          for (let n = extra; n > 0; n--) ct.arena.push(newInt(Number(v.v)));
        }
      }
    }
    for (const d of r.dotted) ct.arena.push(internStr(d, immortal));
    for (let n = r.stars; n > 0; n--) ct.arena.push(internStr('*', immortal));
    return true;
  };
  if (!add(info.tokens, 'file')) return false;
  for (const f of info.fields) if (!add(f, 'fstring')) return false;
  return true;
}

/** 3.13 compiler_maybe_add_static_attribute_to_class: `self.<name>` assignment targets in a
 * class body and the functions nested in it (a nested class collects its own). */
function staticAttributes(body: A.Stmt[]): Set<string> {
  const out = new Set<string>();
  const visit = (n: unknown, store: boolean): void => {
    if (n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const x of n) visit(x, store);
      return;
    }
    const node = n as { type?: string; [k: string]: unknown };
    switch (node.type) {
      case 'ClassDef':
        visit((node as unknown as A.ClassDef).decorator_list, false);
        visit((node as unknown as A.ClassDef).bases, false);
        return; // its body belongs to the nested class
      case 'Attribute': {
        const a = node as unknown as A.Attribute;
        if (a.ctx === 'Store' && a.value.type === 'Name' && a.value.id === 'self') out.add(a.attr);
        visit(a.value, false);
        return;
      }
      case 'AugAssign': {
        // the target is loaded and stored without visiting it as a Store expression
        const g = node as unknown as A.AugAssign;
        if (g.target.type === 'Attribute') visit(g.target.value, false);
        else visit(g.target, false);
        visit(g.value, false);
        return;
      }
      case 'AnnAssign': {
        const g = node as unknown as A.AnnAssign;
        if (g.value !== null) visit(g.target, true);
        visit(g.value, false);
        return;
      }
    }
    for (const k in node) if (k !== 'type') visit(node[k], store);
  };
  visit(body, false);
  return out;
}

function frozenFromTuple(t: PyObject): PyObject {
  return RT.frozensetFromTuple(t);
}

const RT_NAMES: string[] = Object.keys(RT);

/** A constant the peephole optimiser turns a jump on into an unconditional one when true. */
function isConstTrue(e: A.Expr): boolean {
  if (e.type === 'Tuple') return e.elts.length > 0 && e.elts.every((x) => x.type === 'Constant');
  if (e.type !== 'Constant') return false;
  const c = e.value;
  switch (c.k) {
    case 'None': return false;
    case 'Ellipsis': return true;
    case 'bool': return c.v;
    case 'int': return c.v !== 0n;
    case 'float': return c.v !== 0;
    case 'complex': return c.imag !== 0;
    case 'str': case 'bytes': return c.v.length > 0;
  }
}

/** intern_string_constants (Objects/codeobject.c) for a constant tuple: its identifier-like str
 * items are interned in place, nested tuples too. (An item equal to a string interned already
 * is left as it is: the tuples the compiler merges share their items with the other constants,
 * which are that string.) */
function internTupleStrings(tup: PyObject): void {
  const items = tup.v as PyObject[];
  for (let i = items.length - 1; i >= 0; i--) {
    const v = items[i];
    if (v.t === T.str && allNameChars(v.v as string)) {
      const known = internedString(v.v as string);
      if (known === undefined) {
        // PyUnicode_InternInPlace: the interned table holds no counted reference
        v.rc++;
        internInPlace(v, P.interning === 'all-immortal').rc--;
      } else if (known !== v && (v.f & (F_IMMORTAL | F_STATIC)) !== 0) {
        // a 1-char Latin-1 singleton where 3.11/3.12 intern the runtime's own static string
        // ('a', '_', ...): the tuple takes the interned one (the singleton is never freed)
        known.rc++;
        items[i] = known;
        v.rc--;
      }
    } else if (v.t === T.tuple) internTupleStrings(v);
    else if (v.t === T.frozenset) {
      const w = internedFrozenSet(v);
      if (w !== v) {
        items[i] = w;
        decref(v);
      }
    }
  }
}

/** intern_string_constants on a frozenset constant: when interning changes one of its strings, a
 * new frozenset of the interned items takes its place (a new reference; else `fs` itself). */
function internedFrozenSet(fs: PyObject): PyObject {
  const tup = newTuple(setItems(fs).map((x) => (x.rc++, x)));
  const before = [...(tup.v as PyObject[])];
  internTupleStrings(tup);
  const after = tup.v as PyObject[];
  const modified = after.some((x, i) => x !== before[i]);
  let out = fs;
  if (modified) {
    out = newFrozenSetFrom(tup);
    out.f |= F_RUNTIME;
  }
  decref(tup);
  return out;
}

/** The symtable's ste_nested: a block inside a function or comprehension (at any depth). */
function nestedScope(sc: Scope): boolean {
  for (let p = sc.parent; p !== null; p = p.parent) if (p.isFunctionLike()) return true;
  return false;
}

/** A class body's first name bound to `auto()` (or `x.auto()`) that the body reads while it runs
 * (a load outside nested function and class bodies; comprehensions included), or null: enum's
 * _EnumDict gives such a read the value auto() resolved to (`RW = R | W`), which a plain-dict
 * namespace does not. */
function autoNamesRead(body: A.Stmt[]): string | null {
  const autos = new Set<string>();
  const isAuto = (e: A.Expr): boolean => e.type === 'Call' && ((e.func.type === 'Name' && e.func.id === 'auto') || (e.func.type === 'Attribute' && e.func.attr === 'auto'));
  for (const st of body) {
    if (st.type === 'Assign' && isAuto(st.value)) for (const t of st.targets) if (t.type === 'Name') autos.add(t.id);
  }
  if (autos.size === 0) return null;
  let found: string | null = null;
  const visit = (n: unknown): void => {
    if (found !== null || n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const x of n) visit(x);
      return;
    }
    const node = n as Record<string, unknown>;
    if (node.type === 'Name' && node.ctx === 'Load' && autos.has(node.id as string)) {
      found = node.id as string;
      return;
    }
    for (const [k, v] of Object.entries(node)) {
      if (k === 'body' && (node.type === 'FunctionDef' || node.type === 'AsyncFunctionDef' || node.type === 'ClassDef' || node.type === 'Lambda')) continue;
      visit(v);
    }
  };
  visit(body);
  return found;
}

/** The names a class body binds more than once, or in a loop, where one of the bindings is not a
 * def/class statement (an assignment, augmented assignment, import, for/with/except target): what
 * enum's _EnumDict would refuse for a member name ("Attempted to reuse key") and a plain dict
 * namespace silently accepts. Nested scopes' bindings are their own; walrus and match captures are
 * not counted. */
function namesBoundAgain(body: A.Stmt[]): string[] {
  const count = new Map<string, number>();
  const plain = new Set<string>();
  const bind = (name: string, weight: number, byDef: boolean): void => {
    count.set(name, (count.get(name) ?? 0) + weight);
    if (!byDef) plain.add(name);
  };
  const target = (e: A.Expr, weight: number): void => {
    if (e.type === 'Name') bind(e.id, weight, false);
    else if (e.type === 'Tuple' || e.type === 'List') for (const x of e.elts) target(x, weight);
    else if (e.type === 'Starred') target(e.value, weight);
  };
  const walk = (stmts: A.Stmt[], weight: number): void => {
    for (const st of stmts) {
      switch (st.type) {
        case 'Assign': for (const t of st.targets) target(t, weight); break;
        case 'AugAssign': target(st.target, 2); break;
        case 'AnnAssign': if (st.value !== null) target(st.target, weight); break;
        case 'FunctionDef': case 'AsyncFunctionDef': case 'ClassDef': bind(st.name, weight, true); break;
        case 'Import': case 'ImportFrom': for (const a of st.names) bind(a.asname ?? a.name.split('.')[0], weight, false); break;
        case 'For': case 'AsyncFor': target(st.target, 2); walk(st.body, 2); walk(st.orelse, weight); break;
        case 'While': walk(st.body, 2); walk(st.orelse, weight); break;
        case 'If': walk(st.body, weight); walk(st.orelse, weight); break;
        case 'With': case 'AsyncWith':
          for (const it of st.items) if (it.optional_vars !== null) target(it.optional_vars, weight);
          walk(st.body, weight);
          break;
        case 'Try': case 'TryStar':
          walk(st.body, weight);
          for (const h of st.handlers) {
            if (h.name !== null) bind(h.name, weight, false);
            walk(h.body, weight);
          }
          walk(st.orelse, weight);
          walk(st.finalbody, weight);
          break;
        case 'Match': for (const c of st.cases) walk(c.body, weight); break;
        default: break;
      }
    }
  };
  walk(body, 1);
  return [...count].filter(([n, c]) => c > 1 && plain.has(n)).map(([n]) => n);
}
