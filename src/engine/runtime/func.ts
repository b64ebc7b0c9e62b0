// Code objects, functions, cells, bound methods, builtin functions and frames
// (Objects/funcobject.c, codeobject.c, cellobject.c, classobject.c, methodobject.c,
// frameobject.c), and calling a Python function: binding arguments exactly as CPython's
// `initialize_locals` (3.11) / `_PyEval_MakeFrameVector` (3.8) do, with the per-version rule for
// who holds the argument references during the call.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { PyObject, F_GC, F_TRACKED, F_RUNTIME } from './object';
import { P, T, PyErr, BudgetExceeded, NotSimulated, allocBlock, freeBlock, gcAllocHook, gcCountFree, gcTrack, gcUntrack, decref, xdecref, incref, ST, reallocBuffer, noteReuse, noteRecycle, tmInexact, untraced, sizeUnknown } from './core';
import type { Visit } from './types';
import { raise } from './exc';
import { bestMatch } from './suggest';
import { newTuple, EMPTY_TUPLE } from './tuple';
import { newList, listAppend } from './list';
import { newDict, dictSetStr, DictData } from './dict';
import { newStr, internedOrNew, internStr } from './str';
import { S } from './abstract';
import { registerFreeList, registerFreeListStats, registerFreeListSwap } from './freelists';
import { clearWeakrefs } from './weakrefs';
import { pyEnter, pyLeave, evalEnter, evalLeave, uEnter, uLeave, frameEntry, type BuiltinCallee } from './recursion';
export { frameEntry };

export const CO_OPTIMIZED = 0x1, CO_NEWLOCALS = 0x2, CO_VARARGS = 0x4, CO_VARKEYWORDS = 0x8, CO_NESTED = 0x10, CO_GENERATOR = 0x20;

/** The compiled body of a code object: runs a frame, returns a new reference. For generator
 * code it is a JS generator function yielding the values the Python generator yields. */
export type CodeRunner = (f: Frame) => PyObject;
export type GenRunner = (f: Frame) => Generator<PyObject, PyObject, PyObject>;

/** A code object (PyCodeObject). */
export class Code {
  name = '';
  qualname = '';
  filename = '';
  /** 3.11: RESUMEs and JUMP_BACKWARDs so far, up to 8 (then the code is quickened). */
  warm = 0;
  /** 3.8/3.10: evaluations of this code so far (co_opcache_flag), counted up to 1024. */
  runs = 0;
  /** 3.11+: the code may exceed 256 code units, so a `lasti`-keeping handler's int may be a new
   * block (set by the compiler; core.ts tmLasti). */
  lastiBig = false;
  firstlineno = 1;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  flags = 0;
  /** Local variable names: parameters first (posonly, positional, kw-only, *args, **kwargs). */
  varnames: string[] = [];
  /** Why `varnames` may not be in CPython's co_varnames order ('' when it is). */
  varnamesOrderUnknown = '';
  /** co_consts in CPython's order, the objects `consts` holds (null: not known). */
  coConsts: PyObject[] | null = null;
  /** co_names in CPython's order (the compiler's first use of each name; null: not known). */
  coNames: string[] | null = null;
  /** 3.8-3.11: the co_names tuple the module's compiled code holds for this code object (null:
   * the empty tuple; undefined: none made). */
  coNamesTuple: PyObject | null | undefined = undefined;
  /** Cell variables not stored in a parameter slot, then free variables. */
  cellvars: string[] = [];
  freevars: string[] = [];
  /** Parameter slots that are also cells (captured by an inner function). */
  argCells: number[] = [];
  /** Finished frames of this code, reused by the next calls (see takeFrame). */
  framePool: Frame[] = [];
  /** No *args/**kwargs, keyword-only parameters, cells or free variables: binding exactly
   * `argcount` positional arguments is a copy (set by the compiler). */
  plainArgs = false;
  nlocalsplus = 0;
  /** Estimated maximum value-stack depth (co_stacksize). */
  stacksize = 2;
  run: CodeRunner | GenRunner = undefined as unknown as CodeRunner;
  /** co_consts and the name tuples: the references the code object holds. */
  consts: PyObject[] = [];
  /** The code objects of the functions, classes, lambdas and comprehensions defined in this one
   * (in CPython they are among co_consts). */
  children: Code[] = [];
  /** The code object itself as a Python object (holds `consts`). */
  obj: PyObject | null = null;
  /** co_name as an object (the interned identifier), which functions made from the code share. */
  nameObj: PyObject | null = null;
  /** The qualified name every function made from this code gets (3.8/3.10: the constant of the
   * enclosing code MAKE_FUNCTION takes; 3.11+: co_qualname, the name itself at the top level). */
  qualnameObj: PyObject | null = null;
  /** The module's code: the references its code objects' name tuples hold (co_names,
   * co_varnames, co_cellvars, co_freevars, co_name), one per name per tuple. */
  nameRefs: PyObject[] = [];
  /** 3.8: the zombie frame kept per code object (co_zombieframe). */
  zombie: PyObject | null = null;
  /** The standard-library module this code stands for ('' for the program's own code): a
   * function CPython runs as Python code from its installation (functools' update_wrapper,
   * total_ordering, ...) that HeapLens runs as TypeScript (runStdlibFrame). Its file, lines,
   * locals and constants are not CPython's, so what would show them stops the run. */
  stdlib = '';
  /** Compiled from text that is not the program's file (code exec'd by a standard-library module
   * HeapLens simulates, as dataclasses' generated methods): its lines are not the program's, so its
   * line events leave ST.line (what allocations and steps are attributed to) at the program's. */
  foreign = false;
  /** A standard-library function whose CPython docstring HeapLens's compiled text does not carry
   * (contextlib.contextmanager): reading its __doc__ stops while it is still the compiled one. */
  docOpaque = false;
  /** The class body's `__class__` cell index (for zero-argument super), or -1. */
  classCell = -1;
  isClassBody = false;
  /** A class body: the names it binds more than once (or in a loop) other than by def/class
   * statements (enum's _EnumDict raises for a reused member name; namesBoundAgain). */
  boundAgain: string[] | null = null;
  /** A class body: a name it binds to auto() and reads while it runs (autoNamesRead). */
  autoRead: string | null = null;
  isModule = false;
  isGenerator = false;
  isComprehension = false;
  /** The generated JavaScript (kept only when debugging the compiler). */
  source?: string;
  /** Instruction locations (3.11+ co_positions), four numbers each: start line, end line, start
   * and end UTF-8 columns (-1: none). A frame's `li` indexes them. */
  locs: Int32Array = new Int32Array(0);
}

/** Reading what a standard-library frame or code object would show of CPython's own source (its
 * file, lines, locals, globals): HeapLens runs that code as TypeScript, so it stops the run. */
export function stdlibOpaque(code: Code, what: string): never {
  throw new NotSimulated(what, ST.line, `it belongs to CPython's Python code of the ${code.stdlib} module (${code.qualname || code.name}), which HeapLens runs as its own TypeScript: its file, lines and locals are not CPython's`);
}

/** A standard-library code object run as TypeScript (see Code.stdlib): its name, and the
 * co_stacksize and co_nlocals (+ cells) measured on each version, which size its 3.8/3.10 frame
 * objects. */
export function stdlibCode(module: string, name: string, qualname: string, stacksize: number, nlocalsplus: number): Code {
  const c = new Code();
  c.stdlib = module;
  c.name = name;
  c.qualname = qualname;
  c.filename = `<${module}>`;
  c.stacksize = stacksize;
  c.nlocalsplus = nlocalsplus;
  c.flags = CO_OPTIMIZED | CO_NEWLOCALS;
  return c;
}

/** A call of a standard-library Python function HeapLens runs as TypeScript (`body`): a frame on
 * the call stack (a frame object on 3.8/3.10, sized as CPython's, from the free list or the code's
 * zombie slot), holding `locals` (borrowed; the frame takes references) as CPython's frame holds
 * the arguments, and the frame in the traceback of an exception leaving it (printing that
 * traceback stops). `moved`: the caller's stack references the call takes over (3.11+), released
 * once the frame holds its own. The recursion checks: with `followed`, those of a Python function
 * (enterRecursive: pushed inline on 3.12+ if frameEntry.inline says so, entered from C otherwise,
 * 3.11's warm-up); without, the recursion level of a Python frame while on 3.12+ whether CPython
 * enters it from C or inline is not followed, so its C units are uncertain. */
export function runStdlibFrame(code: Code, g: PyObject, locals: PyObject[], body: (fr: Frame) => PyObject, moved: PyObject[] | null = null, followed = false): PyObject {
  const fr = new Frame(code, g, null, null);
  for (let i = 0; i < locals.length && i < fr.l.length; i++) fr.l[i] = incref(locals[i]);
  if (moved !== null) for (const a of moved) decref(a);
  fr.line = ST.line;
  const parent = callStack.length > 0 ? callStack[callStack.length - 1] : null;
  if (followed) {
    // 3.8/3.10 make the frame object before the recursion check
    if (P.heapFrames) allocHeapFrame(fr, parent);
    try {
      enterRecursive(fr);
    } catch (e) {
      frameEntry.inline = false;
      finishFrame(fr, false);
      throw e;
    }
  } else {
    frameEntry.inline = false;
    pyEnter();
    if (P.minor >= 12) {
      try {
        uEnter(0, 2);
      } catch (e) {
        pyLeave();
        throw e;
      }
    }
    if (P.heapFrames) allocHeapFrame(fr, parent);
  }
  fr.back = parent;
  callStack.push(fr);
  let ok = false;
  try {
    const r = body(fr);
    ok = true;
    return r;
  } catch (e) {
    if (e instanceof PyErr) addTraceback(e, fr);
    throw e;
  } finally {
    callStack.pop();
    if (followed) leaveRecursive(fr);
    else {
      pyLeave();
      if (P.minor >= 12) uLeave(0, 2);
    }
    finishFrame(fr, ok);
    if (parent !== null) ST.line = parent.line;
  }
}

/** The program line a frame of foreign code (Code.foreign) runs for: its nearest caller's that is
 * the program's own. */
export function programLine(fr: Frame): number {
  let f: Frame | null = fr;
  while (f !== null && f.code.foreign) f = f.back;
  return f === null ? ST.line : f.line;
}

/** A function object's payload (PyFunctionObject). */
export class FuncData {
  code: Code;
  globals: PyObject;
  name: PyObject;
  qualname: PyObject;
  defaults: PyObject | null = null;
  kwdefaults: PyObject | null = null;
  closure: PyObject | null = null;
  doc: PyObject;
  module: PyObject | null = null;
  /** func_annotations: the def's annotations (3.8 a dict; 3.10+ a tuple of names and values,
   * made a dict on the first read), or an empty dict made on the first read. */
  annotations: PyObject | null = null;
  /** func_typeparams (3.12+): set by assigning __type_params__ (functools.update_wrapper) */
  typeParams: PyObject | null = null;
  constructor(code: Code, globals: PyObject, name: PyObject, qualname: PyObject, doc: PyObject) {
    this.code = code;
    this.globals = globals;
    this.name = name;
    this.qualname = qualname;
    this.doc = doc;
  }
}

/** An execution frame: fast locals (`l`), the globals and (for module/class bodies) the locals
 * namespace, the current line, the caller. */
export class Frame {
  l: (PyObject | null)[];
  /** The heap frame object on 3.8/3.10 (allocated per call), or one materialised on 3.11+ by a
   * traceback / generator. */
  fobj: PyObject | null = null;
  /** The line of the instruction running (or last run): f_lineno, a traceback entry's line. */
  line = 0;
  /** 3.11+: the index of that instruction's location in code.locs (-1: none). */
  li = -1;
  /** Live (non-null) while the frame executes; the GC views and tracebacks read it. */
  back: Frame | null = null;
  /** The generator that owns the frame, if any. */
  gen: PyObject | null = null;
  /** Set when a traceback took over the frame's locals. */
  escaped = false;
  /** The tracer's record of the line this frame ran last (0: none yet). */
  tl = 0;
  /** 3.8/3.10: the caller's frame object this frame's object holds (f_back). */
  heldBack: PyObject | null = null;
  /** 3.13 generator frames: 1 while suspended at a yield no try/with block encloses (the RESUME
   * after it has RESUME_OPARG_DEPTH1_MASK: gen_close then just clears the locals), 0 otherwise. */
  yd = 0;
  /** 3.11+: the function a frame object that took over a finished frame holds (f_funcobj). */
  heldFunc: PyObject | null = null;
  /** Set while the frame sits in its code's pool of finished frames (see recycleFrame). */
  pooled = false;
  /** 3.12+: the frame was entered from C (the interpreter's C units, recursion.ts). */
  cEntry = false;
  /** 3.12+: whether the frame was entered from C or inline is not followed (its C units are
   * uncertain: frameEntry.maybeInline). */
  uEntry = false;
  /** A suspended generator's value stack below the yielded value: the iterators of the `for`
   * loops the yield is in, outermost first (set by the compiled code around each yield). */
  stk: (PyObject | null)[] | null = null;
  /** 3.8-3.12: the f_locals dict of a function frame, made by the first locals() call. */
  fl: PyObject | null = null;
  /** The array `stk` points at while suspended, kept for the frame's next yield (a generator
   * yields many times; one array per frame, not one per yield). Scratch: only `stk` is read. */
  sb: (PyObject | null)[] | null = null;
  constructor(public code: Code, public g: PyObject, public ns: PyObject | null, public func: PyObject | null) {
    this.l = new Array(code.nlocalsplus).fill(null);
  }
}

const FRAME_POOL_MAX = 16;

/** A frame for a call of `code`: a finished one of the same code if there is one (nothing but
 * the call machinery ever held it), else a new one. */
function takeFrame(code: Code, g: PyObject, func: PyObject): Frame {
  const fr = code.framePool.pop();
  if (fr === undefined) return new Frame(code, g, null, func);
  fr.pooled = false;
  fr.g = g;
  fr.func = func;
  return fr;
}

/** After a call: a frame nothing else refers to (no frame object, no traceback) is kept for
 * the next call of its code. JS-side only; CPython's frames are not objects here. */
function recycleFrame(fr: Frame): void {
  const code = fr.code;
  if (fr.escaped || fr.fobj !== null || fr.gen !== null || code.framePool.length >= FRAME_POOL_MAX) return;
  fr.line = 0;
  fr.li = -1;
  fr.back = null;
  fr.tl = 0;
  fr.func = null;
  fr.pooled = true;
  code.framePool.push(fr);
}

// ---------------------------------------------------------------- code objects

/** code.__sizeof__ (Objects/codeobject.c code_sizeof), or null where it depends on bytecode
 * HeapLens does not assemble. 3.8/3.10: the struct, plus a Py_ssize_t per cell variable when one
 * of them is an argument (co_cell2arg), plus — from the code's 1024th evaluation, when it has a
 * LOAD_GLOBAL or LOAD_ATTR — the opcode cache (a byte per code unit, an entry per such
 * instruction). 3.11+: the struct with the bytecode (len(co_code)) inline. */
export function codeSizeof(code: Code): number | null {
  if (codeSizeofWhy(code) !== '') return null;
  const cells = code.argCells.length > 0 ? code.cellvars.length + code.argCells.length : 0;
  return P.codeBasicsize + 8 * cells;
}

/** Stop where the size of `o` is not known: for `sys.getsizeof` or (`dunder`) for
 * `object.__sizeof__`, which can vouch for no more than sys.getsizeof can. */
export function stopIfSizeUnknown(o: PyObject, dunder: boolean): void {
  const unknown = sizeUnknown.get(o);
  if (unknown !== undefined) throw new NotSimulated(dunder ? unknown[0].replace('sys.getsizeof', '__sizeof__') : unknown[0], ST.line, unknown[1]);
  if (o.t === T.code) {
    const why = codeSizeofWhy(o.v as Code);
    if (why !== '') throw new NotSimulated(dunder ? 'the __sizeof__() of a code object' : 'sys.getsizeof of a code object', ST.line, why);
  }
}

/** Why code_sizeof of `code` is not known ('' when it is). */
export function codeSizeofWhy(code: Code): string {
  if (P.minor >= 11) return `a code object's size holds its bytecode (len(co_code)) from 3.11, which HeapLens does not assemble`;
  if (code.runs >= 1024) return `after its 1024th run CPython ${P.minor === 8 ? '3.8' : '3.10'} gives a code object an opcode cache sized by its bytecode, which HeapLens does not assemble`;
  return '';
}

export function newCodeObject(code: Code): PyObject {
  const o = new PyObject(T.code, code, null, 0);
  allocBlock(o, P.codeBasicsize + 16);
  code.obj = o;
  return o;
}

// ---------------------------------------------------------------- functions

/** MAKE_FUNCTION: `defaults`/`kwdefaults`/`closure` are owned references (or null). */
/** co_name / co_qualname (3.11+): the code object's own str objects (new references). */
export function codeNameObjects(code: Code): [PyObject, PyObject] {
  if (code.nameObj === null) {
    // a module's or class body's code: its names were made by the compiler (interned), not by
    // the running program
    untraced(() => {
      const n = internStr(code.name, P.interning !== 'mortal');
      code.nameObj = n;
      if (code.qualnameObj === null) code.qualnameObj = code.qualname === code.name ? (n.rc++, n) : newStr(code.qualname);
    });
  }
  const name = code.nameObj !== null ? (code.nameObj.rc++, code.nameObj) : newStr(code.name);
  const qual = code.qualnameObj !== null ? (code.qualnameObj.rc++, code.qualnameObj) : newStr(code.qualname);
  return [name, qual];
}

export function newFunction(code: Code, globals: PyObject, qualname: string, defaults: PyObject | null, kwdefaults: PyObject | null, closure: PyObject | null, doc: PyObject | null): PyObject {
  globals.rc++;
  // func_name is the code's co_name and func_qualname the shared qualified name: no new strings
  const name = code.nameObj !== null ? (code.nameObj.rc++, code.nameObj) : newStr(code.name);
  const qual = code.qualnameObj !== null ? (code.qualnameObj.rc++, code.qualnameObj) : newStr(qualname);
  const fd = new FuncData(code, globals, name, qual, doc ?? (S.None.rc++, S.None));
  fd.defaults = defaults;
  fd.kwdefaults = kwdefaults;
  fd.closure = closure;
  if (code.obj) code.obj.rc++;
  const o = new PyObject(T.function, fd, null, F_GC);
  allocBlock(o, P.functionSize);
  gcAllocHook();
  gcTrack(o);
  return o;
}

export function funcDealloc(o: PyObject): void {
  gcUntrack(o);
  clearWeakrefs(o);
  const fd = o.v as FuncData;
  o.v = null;
  const d = o.d as PyObject | null;
  o.d = null;
  if (fd.code.obj) decref(fd.code.obj);
  decref(fd.globals);
  decref(fd.name);
  decref(fd.qualname);
  xdecref(fd.defaults);
  xdecref(fd.kwdefaults);
  xdecref(fd.closure);
  decref(fd.doc);
  xdecref(fd.module);
  xdecref(d);
  xdecref(fd.annotations);
  xdecref(fd.typeParams);
  freeBlock(o, P.functionSize);
  gcCountFree();
}

export function funcTraverse(o: PyObject, visit: Visit): void {
  const fd = o.v as FuncData | null;
  if (fd === null) return;
  // func_traverse: func_code, func_globals, (3.10+ func_builtins: the builtins module's dict,
  // not an object HeapLens has -- gc.get_referents of a function stops there), func_module,
  // func_defaults, func_kwdefaults, func_doc, func_name, func_dict, func_closure,
  // func_annotations, (3.12+) func_typeparams, func_qualname
  if (fd.code.obj) visit(fd.code.obj);
  visit(fd.globals);
  if (fd.module) visit(fd.module);
  if (fd.defaults) visit(fd.defaults);
  if (fd.kwdefaults) visit(fd.kwdefaults);
  visit(fd.doc);
  visit(fd.name);
  if (o.d) visit(o.d as PyObject);
  if (fd.closure) visit(fd.closure);
  if (fd.annotations) visit(fd.annotations);
  if (fd.typeParams) visit(fd.typeParams);
  visit(fd.qualname);
}

export function funcClear(o: PyObject): void {
  const fd = o.v as FuncData | null;
  if (fd === null) return;
  const { defaults, kwdefaults, closure, annotations, typeParams } = fd;
  fd.defaults = fd.kwdefaults = fd.closure = fd.annotations = fd.typeParams = null;
  const d = o.d as PyObject | null;
  o.d = null;
  xdecref(defaults);
  xdecref(kwdefaults);
  xdecref(d);
  xdecref(closure);
  xdecref(annotations);
  xdecref(typeParams);
}

// ---------------------------------------------------------------- cells

export function newCell(v: PyObject | null): PyObject {
  const o = new PyObject(T.cell, v, null, F_GC);
  allocBlock(o, 40);
  gcAllocHook();
  gcTrack(o);
  return o;
}

export function cellDealloc(o: PyObject): void {
  gcUntrack(o);
  const v = o.v as PyObject | null;
  o.v = null;
  xdecref(v);
  freeBlock(o, 40);
  gcCountFree();
}

// ---------------------------------------------------------------- bound methods

const METHOD_FREELIST_MAX = 256;
let freeMethods: PyObject[] = [];
export function resetFuncState(): void {
  freeMethods = [];
}

/** PyMethod_New: both references are borrowed (the method takes its own). */
export function newMethod(func: PyObject, self: PyObject): PyObject {
  func.rc++;
  self.rc++;
  let o: PyObject;
  if (P.methodFreeList > 0 && freeMethods.length > 0) {
    o = freeMethods.pop() as PyObject;
    o.rc = 1;
    o.v = func;
    o.d = self;
    noteReuse(o);
  } else {
    o = new PyObject(T.method, func, self, F_GC);
    allocBlock(o, 64);
    gcAllocHook();
  }
  gcTrack(o);
  return o;
}

export function methodDealloc(o: PyObject): void {
  gcUntrack(o);
  clearWeakrefs(o);
  const func = o.v as PyObject, self = o.d as PyObject;
  o.v = o.d = null;
  decref(func);
  decref(self);
  if (P.methodFreeList > 0 && freeMethods.length < METHOD_FREELIST_MAX) {
    freeMethods.push(o);
    noteRecycle(o);
    return;
  }
  freeBlock(o, 64);
  gcCountFree();
}

// ---------------------------------------------------------------- builtin functions

export type BuiltinImpl = (self: PyObject | null, args: PyObject[], kwnames: string[] | null) => PyObject;

export class BuiltinData {
  /** METH_VARARGS: no vectorcall, so calls go through tp_call with an argument tuple */
  varargs = false;
  /** A bound method's: the builtin type defining it (whose PyMethodDef gives its calling
   * convention), whatever the type of its self. */
  kindOwner: string | null = null;
  /** How the recursion accounting sees it (recursion.ts), made on the first call. */
  callee: BuiltinCallee | undefined = undefined;
  /** A method descriptor bound to `self`: the descriptor's payload (PyCFunction_GET_FUNCTION). */
  md: object | null = null;
  constructor(public name: string, public fn: BuiltinImpl, public self: PyObject | null, public module: string | null, public qualOwner: string | null = null) {}
}

/** PyCFunction objects the program let go of: 3.8 keeps up to 256 on a free list (emptied by
 * a full collection), later versions free them. */
let cfuncFreeList: PyObject[] = [];
registerFreeList(() => {
  for (const o of cfuncFreeList) {
    freeBlock(o, 72);
    gcCountFree();
  }
  cfuncFreeList = [];
});
registerFreeListSwap((next) => {
  const prev = cfuncFreeList;
  cfuncFreeList = (next as PyObject[] | undefined) ?? [];
  return prev;
});
registerFreeListStats('CFunction', () => (P.minor < 9 ? [{ name: 'PyCFunctionObject', count: cfuncFreeList.length, size: 56 }] : []));
export function resetCfuncState(): void {
  cfuncFreeList = [];
}

/** A builtin function (module-level) or a builtin bound method (self set). */
export function newBuiltin(name: string, fn: BuiltinImpl, self: PyObject | null, module: string | null, runtime: boolean, owner: string | null = null): PyObject {
  if (self) self.rc++;
  const bd = new BuiltinData(name, fn, self, module, owner);
  let o: PyObject;
  if (runtime) {
    o = new PyObject(T.builtin_function, bd, null, F_GC);
    o.f |= 1024;
  } else if (P.minor < 9 && cfuncFreeList.length > 0) {
    o = cfuncFreeList.pop() as PyObject;
    o.rc = 1;
    o.v = bd;
    noteReuse(o);
  } else {
    o = new PyObject(T.builtin_function, bd, null, F_GC);
    allocBlock(o, 72);
    gcAllocHook();
  }
  gcTrack(o);
  return o;
}

/** meth_dealloc */
export function builtinDealloc(o: PyObject): void {
  gcUntrack(o);
  clearWeakrefs(o);
  const bd = o.v as BuiltinData;
  o.v = null;
  if (bd.self) decref(bd.self);
  // made by the runtime without memory or a collector count (newBuiltin's `runtime`, e.g. a
  // namedtuple class's __new__, freed with its class): nothing to give back
  if (o.f & F_RUNTIME) return;
  if (P.minor < 9 && cfuncFreeList.length < 256) {
    cfuncFreeList.push(o);
    noteRecycle(o);
    return;
  }
  freeBlock(o, 72);
  gcCountFree();
}

// ---------------------------------------------------------------- frames (3.8/3.10 heap frames)

registerFreeListStats('Method', () => (P.methodFreeList > 0 ? [{ name: 'PyMethodObject', count: freeMethods.length, size: 48 }] : []));
registerFreeListStats('Frame', () => (P.heapFrames ? [{ name: 'PyFrameObject', count: freeFrames.length, size: P.frameBasicsize }] : []));

const FRAME_FREELIST_MAX = 200;
let freeFrames: PyObject[] = [];
registerFreeList(() => {
  if (!P.heapFrames) return;
  for (const o of freeFrames) {
    freeBlock(o, o.d as number);
    gcCountFree();
  }
  freeFrames = [];
  for (const o of freeMethods) {
    freeBlock(o, 64);
    gcCountFree();
  }
  freeMethods = [];
});

registerFreeListSwap((next) => {
  const prev = [freeFrames, freeMethods];
  const n = next as PyObject[][] | undefined;
  freeFrames = n?.[0] ?? [];
  freeMethods = n?.[1] ?? [];
  return prev;
});

export function resetFrameState(): void {
  freeFrames = [];
}

export function frameSize(code: Code): number {
  const ncells = code.cellvars.length + code.freevars.length;
  // 3.8/3.10 f_localsplus: co_nlocals + the cells (a parameter a closure captures is both a local
  // and a cell, cell2arg) + the free variables + the stack
  if (P.heapFrames) return P.frameBasicsize + 8 * (code.stacksize + code.varnames.length + ncells + code.argCells.length) + 16;
  return P.frameBasicsize + 8 * (code.nlocalsplus + code.stacksize) + 16;
}

/** _PyFrame_New_NoTrack (3.8/3.10): the code's zombie frame, the free list, or a new block.
 * The frame object holds f_globals, f_locals (module and class bodies) and f_back (the caller's
 * frame object; generator frames drop it between resumptions). */
export function allocHeapFrame(fr: Frame, back: Frame | null = null): void {
  const code = fr.code;
  let o: PyObject;
  if (P.zombieFrames && code.zombie !== null) {
    o = code.zombie;
    code.zombie = null;
    o.rc = 1;
    o.v = fr;
    noteReuse(o);
  } else if (freeFrames.length > 0) {
    o = freeFrames.pop() as PyObject;
    o.rc = 1;
    o.v = fr;
    const want = frameSize(code);
    if (o.d !== want) {
      o.a = reallocBuffer(o.a, o.d as number, want);
      o.d = want;
    }
    noteReuse(o);
  } else {
    o = new PyObject(T.frame, fr, frameSize(code), F_GC);
    allocBlock(o, o.d as number);
    gcAllocHook();
  }
  fr.fobj = o;
  if (back !== null && back.fobj !== null) {
    back.fobj.rc++;
    fr.heldBack = back.fobj;
  }
  fr.g.rc++;
  if (fr.ns !== null) fr.ns.rc++;
}

/** The heap frame (3.8/3.10) of a call of a Python function HeapLens runs as a builtin (the
 * __new__ namedtuple() generates): taken and given back as allocHeapFrame and frameDealloc would
 * (the code's zombie frame on 3.8, else the free list or a new block), so the frame free list,
 * the zombie and the collector's counts stay CPython's. `holder` stands for the code object. */
export function builtinPythonFrame(holder: { zombie: PyObject | null }, stacksize: number, nlocals: number): void {
  if (!P.heapFrames) return;
  if (P.zombieFrames && holder.zombie !== null) return;
  const size = P.frameBasicsize + 8 * (stacksize + nlocals) + 16;
  let o: PyObject;
  if (freeFrames.length > 0) {
    o = freeFrames.pop() as PyObject;
    if (o.d !== size) {
      o.a = reallocBuffer(o.a, o.d as number, size);
      o.d = size;
    }
    noteReuse(o);
  } else {
    o = new PyObject(T.frame, null, size, F_GC);
    allocBlock(o, size);
    gcAllocHook();
  }
  o.rc = 0;
  if (P.zombieFrames) {
    holder.zombie = o;
    noteRecycle(o);
    return;
  }
  if (freeFrames.length < FRAME_FREELIST_MAX) {
    freeFrames.push(o);
    noteRecycle(o);
    return;
  }
  freeBlock(o, size);
  gcCountFree();
}

/** frame_dealloc's releases after the locals: f_back, f_globals, f_locals. */
function releaseFrameRefs(fr: Frame): void {
  const back = fr.heldBack;
  fr.heldBack = null;
  if (back !== null) decref(back);
  decref(fr.g);
  if (fr.ns !== null) decref(fr.ns);
  releaseFLocals(fr);
}

/** The f_locals dict locals() made for a function frame (3.8-3.12), released with the frame. */
function releaseFLocals(fr: Frame): void {
  const d = fr.fl;
  if (d === null) return;
  fr.fl = null;
  decref(d);
}

/** frame_dealloc (3.8/3.10): becomes the zombie (3.8), goes to the free list, or is freed. */
export function frameDealloc(o: PyObject): void {
  gcUntrack(o);
  const fr = o.v as Frame | null;
  o.v = null;
  if (fr !== null) {
    fr.fobj = null;
    if (P.heapFrames) {
      if (fr.escaped) clearFrameLocals(fr);
      releaseFrameRefs(fr);
    } else {
      // 3.11+ frame_dealloc of a frame object that owns its frame: f_funcobj, the locals, then
      // f_back
      const fn = fr.heldFunc;
      fr.heldFunc = null;
      if (fn !== null) decref(fn);
      releaseFLocals(fr);
      if (fr.escaped) clearFrameLocals(fr);
      const back = fr.heldBack;
      fr.heldBack = null;
      if (back !== null) decref(back);
    }
    if (P.heapFrames) {
      const fn = fr.heldFunc;
      fr.heldFunc = null;
      if (fn !== null) decref(fn);
    }
  }
  if (!P.heapFrames) {
    freeBlock(o, o.d as number);
    gcCountFree();
    return;
  }
  const code = fr?.code;
  if (P.zombieFrames && code !== undefined && code.zombie === null) {
    code.zombie = o;
    noteRecycle(o);
    return;
  }
  if (freeFrames.length < FRAME_FREELIST_MAX) {
    freeFrames.push(o);
    noteRecycle(o);
    return;
  }
  freeBlock(o, o.d as number);
  gcCountFree();
}

export function frameTraverse(o: PyObject, visit: Visit): void {
  const fr = o.v as Frame | null;
  // The locals of a frame that outlived its call, or of a generator's frame (suspended there).
  if (fr === null || (!fr.escaped && fr.gen === null)) return;
  // 3.8/3.10 frame_traverse: f_back, f_globals and f_locals (references the frame object holds,
  // see allocHeapFrame) before the fast locals. Without them a generator suspended in a frame
  // would keep its module's globals alive as if from outside the collector's reach.
  if (P.heapFrames && fr.fobj === o) {
    if (fr.heldBack !== null) visit(fr.heldBack);
    visit(fr.g);
    if (fr.ns !== null) visit(fr.ns);
    if (fr.fl !== null) visit(fr.fl);
  }
  // 3.11+ frame_traverse: f_back first, then the frame's references -- only when the frame
  // object owns the frame: a frame a generator still runs in is the generator's to traverse
  if (!P.heapFrames && fr.heldBack !== null) visit(fr.heldBack);
  if (!P.heapFrames && fr.gen !== null && !fr.escaped) return;
  if (!P.heapFrames) {
    // _PyFrame_Traverse of the frame the object owns: f_locals, f_funcobj, f_code, then the locals
    if (fr.fl !== null) visit(fr.fl);
    if (fr.heldFunc !== null) visit(fr.heldFunc);
    if (fr.code.obj) visit(fr.code.obj as PyObject);
  }
  for (const x of fr.l) if (x !== null) visit(x);
  // 3.8/3.10: then the value stack of a suspended generator (loop iterators, a `yield from`
  // delegate on top)
  if (P.heapFrames && fr.gen !== null) visitGenStack(fr, visit);
}

/** 3.8/3.10: the references one handled exception's exc_info triple holds (pushExcState):
 * its traceback, the exception, its type (twice when the triple is on the value stack too). */
export function visitExcTriple(ex: { exc: PyObject[]; onStack: boolean[]; tbs: (PyObject | null)[] }, i: number, visit: Visit, stackOrder: boolean): void {
  const e = ex.exc[i];
  if (e === S.None) return;
  const tb = ex.tbs[i];
  // exc_state_traverse: type, value, traceback; on the value stack: traceback, value, type
  if (stackOrder && tb !== null) visit(tb);
  if (!stackOrder) visit(e.t);
  visit(e);
  if (stackOrder) visit(e.t);
  if (ex.onStack[i]) visit(e.t);
  if (!stackOrder && tb !== null) visit(tb);
}

/** The value stack of a suspended generator's frame, bottom to top: the `for` loops'
 * iterators, then the iterator a `yield from` is suspended in. */
export function visitGenStack(fr: Frame, visit: Visit): void {
  if (fr.stk !== null) for (const x of fr.stk) if (x !== null) visit(x);
  const g = fr.gen;
  const gd = g !== null && g.v !== null ? (g.v as { yf: PyObject | null; excSaved: { exc: PyObject[]; onStack: boolean[]; tbs: (PyObject | null)[] } | null }) : null;
  if (gd === null) return;
  // 3.8/3.10: the exc_info triples of the handlers outside the innermost one (that one is the
  // generator's gi_exc_state)
  if (P.heapFrames && gd.excSaved !== null) for (let i = 0; i < gd.excSaved.exc.length - 1; i++) visitExcTriple(gd.excSaved, i, visit, true);
  if (gd.yf !== null) visit(gd.yf);
}

/** Release a finished frame's locals in slot order (frame_dealloc / _PyFrame_ClearLocals). */
export function clearFrameLocals(fr: Frame): void {
  const l = fr.l;
  for (let i = 0; i < l.length; i++) {
    const x = l[i];
    if (x !== null) {
      l[i] = null;
      decref(x);
    }
  }
}

/** A frame object for a 3.11+ frame that must outlive its call (traceback, generator). */
export function materialiseFrame(fr: Frame): PyObject {
  if (fr.fobj !== null) return fr.fobj;
  const size = frameSize(fr.code);
  // _PyFrame_MakeAndSetFrameObject: made untracked (_PyFrame_New_NoTrack); tracked only when it
  // takes ownership of the frame (takeOwnership)
  const o = new PyObject(T.frame, fr, size, F_GC);
  allocBlock(o, size);
  gcAllocHook();
  fr.fobj = o;
  return o;
}

// ---------------------------------------------------------------- calling Python functions

/** Bind arguments into a new frame. `args` holds positional values then the values of
 * `kwnames`. When `steal` is true the frame takes over the caller's references (3.11+ inline
 * CALL); otherwise it takes new ones and the caller keeps and later releases its own. */
export function bindArgs(func: PyObject, args: PyObject[], kwnames: string[] | null, steal: boolean): Frame {
  const fd = func.v as FuncData;
  const code = fd.code;
  const fr = takeFrame(code, fd.globals, func);
  // The common case: exactly the positional parameters, no keywords, nothing captured.
  if (kwnames === null && args.length === code.argcount && code.plainArgs) {
    const l = fr.l;
    for (let j = 0; j < args.length; j++) {
      const x = args[j];
      if (!steal) x.rc++;
      l[j] = x;
    }
    return fr;
  }
  const l = fr.l;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const co_argcount = code.argcount;
  const total = co_argcount + code.kwonlyargcount;
  const flags = code.flags;
  let kwdict: PyObject | null = null;
  const own = (x: PyObject): PyObject => {
    if (!steal) x.rc++;
    return x;
  };
  try {
    if (flags & CO_VARKEYWORDS) {
      kwdict = newDict();
      l[total + (flags & CO_VARARGS ? 1 : 0)] = kwdict;
    }
    const n = npos > co_argcount ? co_argcount : npos;
    for (let j = 0; j < n; j++) l[j] = own(args[j]);
    if (flags & CO_VARARGS) {
      const rest: PyObject[] = [];
      for (let j = n; j < npos; j++) rest.push(own(args[j]));
      l[total] = rest.length === 0 ? (EMPTY_TUPLE().rc++, EMPTY_TUPLE()) : newTuple(rest);
    } else if (npos > co_argcount) {
      // Extra positionals the frame took (stolen) must still be released.
      if (steal) for (let j = n; j < npos; j++) decref(args[j]);
    }
    for (let k = 0; k < nkw; k++) {
      const name = (kwnames as string[])[k];
      const value = args[npos + k];
      let j = code.posonlyargcount;
      for (; j < total; j++) if (code.varnames[j] === name) break;
      if (j < total) {
        if (l[j] !== null) {
          if (steal) decref(value);
          raise(T.TypeError, `${funcLabel(fd)}() got multiple values for argument '${name}'`);
        }
        l[j] = own(value);
        continue;
      }
      if (kwdict === null) {
        if (steal) decref(value);
        if (code.posonlyargcount > 0) {
          // positional_only_passed_as_keyword: every keyword naming a positional-only parameter,
          // gathered in a list (PyList_New(0) + PyList_Append) and joined with ', '
          const list = newList([]);
          const conflicts: string[] = [];
          try {
            for (let k = 0; k < code.posonlyargcount; k++) {
              for (const kn of kwnames as string[]) {
                if (kn !== code.varnames[k]) continue;
                conflicts.push(kn);
                const kobj = internedOrNew(kn);
                listAppend(list, kobj);
                decref(kobj);
              }
            }
            if (conflicts.length > 0) {
              raise(T.TypeError, `${funcLabel(fd)}() got some positional-only arguments passed as keyword arguments: '${conflicts.join(', ')}'`);
            }
          } finally {
            decref(list);
          }
        }
        // 3.13: "Did you mean" among the parameters that take keywords, which CPython puts in a
        // list (possible_keywords) for _Py_CalculateSuggestions
        let m: string | null = null;
        if (P.minor >= 13 && total > code.posonlyargcount) {
          const possible = newList([]);
          m = bestMatch(name, code.varnames.slice(code.posonlyargcount, total));
          decref(possible);
        }
        raise(T.TypeError, `${funcLabel(fd)}() got an unexpected keyword argument '${name}'${m === null ? '' : `. Did you mean '${m}'?`}`);
      }
      dictSetStr(kwdict, name, value);
      if (steal) decref(value);
    }
    // checked after the keywords, which count in the message as keyword-only arguments given
    if (npos > co_argcount && !(flags & CO_VARARGS)) tooManyPositional(fd, npos, l);
    if (npos < co_argcount) {
      const defaults = fd.defaults !== null ? (fd.defaults.v as PyObject[]) : [];
      const m = co_argcount - defaults.length;
      const missing: string[] = [];
      for (let j = npos; j < m; j++) if (l[j] === null) missing.push(code.varnames[j]);
      if (missing.length > 0) missingArgs(fd, missing, 'positional');
      for (let j = Math.max(npos, m); j < co_argcount; j++) {
        if (l[j] === null) {
          const d = defaults[j - m];
          d.rc++;
          l[j] = d;
        }
      }
    }
    if (code.kwonlyargcount > 0) {
      const missing: string[] = [];
      for (let j = co_argcount; j < total; j++) {
        if (l[j] !== null) continue;
        const name = code.varnames[j];
        const d = fd.kwdefaults !== null ? kwdefault(fd.kwdefaults, name) : null;
        if (d !== null) {
          d.rc++;
          l[j] = d;
        } else missing.push(name);
      }
      if (missing.length > 0) missingArgs(fd, missing, 'keyword-only');
    }
  } catch (e) {
    clearFrameLocals(fr);
    // 3.8/3.10 bind the arguments into a frame object made first (_PyFrame_New_NoTrack); on an
    // error it is released again (to the code's zombie slot or the free list)
    if (P.heapFrames) {
      allocHeapFrame(fr);
      const o = fr.fobj as PyObject;
      o.rc = 0;
      frameDealloc(o);
    }
    throw e;
  }
  // MAKE_CELL for captured parameters and cell variables, COPY_FREE_VARS for the closure.
  for (let i = 0; i < code.argCells.length; i++) {
    const j = code.argCells[i];
    l[j] = newCell(l[j]);
  }
  const base = code.varnames.length;
  for (let i = 0; i < code.cellvars.length; i++) l[base + i] = newCell(null);
  if (code.freevars.length > 0) {
    const cells = (fd.closure as PyObject).v as PyObject[];
    const fbase = base + code.cellvars.length;
    for (let i = 0; i < cells.length; i++) {
      cells[i].rc++;
      l[fbase + i] = cells[i];
    }
  }
  return fr;
}

function kwdefault(kw: PyObject, name: string): PyObject | null {
  const dd = kw.v as DictData;
  const i = dd.find(name);
  return i < 0 ? null : dd.vs[i];
}

export function funcLabel(fd: FuncData): string {
  return P.minor >= 10 ? (fd.qualname.v as string) : (fd.name.v as string);
}

function missingArgs(fd: FuncData, names: string[], kind: string): never {
  // missing_arguments: a list of the names' reprs (PyList_New), joined into the message, then
  // released
  const q = names.map((n) => `'${n}'`);
  const list = newList(q.map((r) => newStr(r)));
  let s: string;
  if (q.length === 1) s = q[0];
  else if (q.length === 2) s = `${q[0]} and ${q[1]}`;
  else s = q.slice(0, -2).join(', ') + `, ${q[q.length - 2]}, and ${q[q.length - 1]}`;
  const msg = `${funcLabel(fd)}() missing ${names.length} required ${kind} argument${names.length === 1 ? '' : 's'}: ${s}`;
  try {
    raise(T.TypeError, msg);
  } finally {
    decref(list);
  }
}

function tooManyPositional(fd: FuncData, given: number, l: (PyObject | null)[]): never {
  const code = fd.code;
  let kwonlyGiven = 0;
  for (let i = code.argcount; i < code.argcount + code.kwonlyargcount; i++) if (l[i] !== null) kwonlyGiven++;
  const defcount = fd.defaults !== null ? (fd.defaults.v as PyObject[]).length : 0;
  let sig: string;
  let plural: boolean;
  if (defcount) {
    plural = true;
    sig = `from ${code.argcount - defcount} to ${code.argcount}`;
  } else {
    plural = code.argcount !== 1;
    sig = String(code.argcount);
  }
  const kw = kwonlyGiven ? ` positional argument${given !== 1 ? 's' : ''} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven !== 1 ? 's' : ''})` : '';
  raise(T.TypeError, `${funcLabel(fd)}() takes ${sig} positional argument${plural ? 's' : ''} but ${given}${kw} ${given === 1 && !kwonlyGiven ? 'was' : 'were'} given`);
}

// ---------------------------------------------------------------- running a frame

/** The Python call stack (innermost last), for tracebacks and the views. */
export const callStack: Frame[] = [];

export function resetCallStack(): void {
  callStack.length = 0;
}

/** Set by gen.ts: creates the generator object for a generator function's frame. */
export const genHooks = {
  newGenerator: (_fr: Frame, _func: PyObject): PyObject => {
    throw new Error('unbound');
  },
};

/** A Python frame starts: the recursion check (recursion.ts), the 3.11 warm-up (RESUME; not when
 * a generator is resumed by throw(), which goes straight to its exception handling), and from
 * 3.12 the C units of entering the interpreter from C (a frame a bytecode CALL pushes is run by
 * the same _PyEval_EvalFrameDefault: `frameEntry.inline`). */
export function enterRecursive(fr: Frame, resume = true): void {
  if (P.minor >= 12) {
    if (frameEntry.maybeInline && !frameEntry.inline) {
      frameEntry.maybeInline = false;
      uEnter(0, 2);
      try {
        pyEnter();
      } catch (e) {
        uLeave(0, 2);
        throw e;
      }
      fr.uEntry = true;
      return;
    }
    frameEntry.maybeInline = false;
    if (frameEntry.inline) {
      frameEntry.inline = false;
      fr.cEntry = false;
    } else {
      evalEnter();
      try {
        pyEnter();
      } catch (e) {
        evalLeave();
        throw e;
      }
      fr.cEntry = true;
      return;
    }
  } else if (P.minor === 11 && resume && fr.code.warm < 8) fr.code.warm++;
  else if (P.minor <= 10 && fr.code.runs < 1024 && ++fr.code.runs === 1024) {
    // 3.8/3.10 _PyEval_EvalFrameDefault: the 1024th evaluation of a code object (a call, a
    // generator resumed) builds its opcode cache (_PyCode_InitOpcache): a byte per code unit
    // and an entry per LOAD_GLOBAL (3.10: and LOAD_ATTR) — of bytecode HeapLens does not assemble
    tmInexact(`the 1024th run of ${fr.code.qualname || fr.code.name}'s code (3.8/3.10 then build its opcode cache, sized by its bytecode)`);
  }
  pyEnter();
}

/** Leaving a Python frame. */
export function leaveRecursive(fr: Frame): void {
  pyLeave();
  if (fr.cEntry) {
    fr.cEntry = false;
    evalLeave();
  }
  if (fr.uEntry) {
    fr.uEntry = false;
    uLeave(0, 2);
  }
}

/** Run a bound frame to completion (or create the generator). Consumes the frame. */
export function runFrame(fr: Frame): PyObject {
  const code = fr.code;
  if (code.isGenerator) {
    frameEntry.inline = false;
    return genHooks.newGenerator(fr, fr.func as PyObject);
  }
  const parent = callStack.length > 0 ? callStack[callStack.length - 1] : null;
  // 3.8/3.10 make the frame object before _PyEval_EvalFrameDefault checks the recursion limit
  if (P.heapFrames) allocHeapFrame(fr, parent);
  try {
    enterRecursive(fr);
  } catch (e) {
    // the check failed before the frame ran (3.8/3.10 at the top of _PyEval_EvalFrameDefault,
    // 3.11+ start_frame's _Py_EnterRecursivePy): the frame is released with its arguments
    finishFrame(fr, false);
    recycleFrame(fr);
    throw e;
  }
  fr.back = parent;
  callStack.push(fr);
  let ok = false;
  try {
    const r = (code.run as CodeRunner)(fr);
    ok = true;
    return r;
  } catch (e) {
    if (e instanceof PyErr) addTraceback(e, fr);
    throw e;
  } finally {
    if (traceHooks.exit !== null) traceHooks.exit(fr, ok, false);
    callStack.pop();
    leaveRecursive(fr);
    finishFrame(fr, ok);
    // Back in the caller: what happens next belongs to the caller's line.
    if (parent !== null) ST.line = parent.code.foreign ? programLine(parent) : parent.line;
    recycleFrame(fr);
  }
}

/** A frame finished. If its frame object is still referenced (by a traceback, say), the frame
 * object takes over the locals (3.11 take_ownership; 3.8 frame objects always own them);
 * otherwise the locals are released in slot order, then the frame object. */
export function finishFrame(fr: Frame, _ok: boolean): void {
  const fo = fr.fobj;
  if (fo !== null && fo.rc > 1) {
    fr.escaped = true;
    // 3.11+ take_ownership: the frame object's copy of the frame keeps f_funcobj
    if (!P.heapFrames && fr.func !== null) {
      fr.func.rc++;
      fr.heldFunc = fr.func;
    }
    takeOwnership(fo, fr);
    decref(fo);
    return;
  }
  clearFrameLocals(fr);
  // 3.11+ _PyFrame_Clear: f_locals after the fast locals (3.8/3.10: frame_dealloc)
  if (!P.heapFrames) releaseFLocals(fr);
  if (fo !== null) decref(fo);
}

/** A frame object that outlives its frame is GC-tracked from then on (3.11+ take_ownership; 3.8/3.10
 * track a function's frame when it is still referenced at return, a generator's from the start).
 * 3.11+ also link it to the frame below (the caller, or what resumed a generator): that frame's
 * object, made now if it has none, becomes its f_back. */
export function takeOwnership(fo: PyObject, fr: Frame): void {
  if (!(fo.f & F_TRACKED)) gcTrack(fo);
  // (3.11's gen_send_ex2 sets a generator frame's `previous` to NULL before _PyFrame_Clear, so
  // its frame object gets no f_back; 3.12+ clear it first, in clear_gen_frame)
  if (P.minor === 11 && fr.gen !== null) return;
  if (!P.heapFrames && fr.heldBack === null && fr.back !== null && fr.back !== fr) {
    const back = materialiseFrame(fr.back);
    back.rc++;
    fr.heldBack = back;
  }
}

/** The tracer's hook: a frame is about to return, yield or unwind (its locals still alive). */
/** The tracer's hook for a frame that returns (ok), unwinds (not ok) or suspends at a yield. */
export const traceHooks: { exit: ((fr: Frame, ok: boolean, suspended: boolean) => void) | null } = { exit: null };

/** Traceback hooks (set by traceback.ts). */
export const tbHooks = {
  addTraceback: (_e: PyErr, _fr: Frame): void => {},
};
function addTraceback(e: PyErr, fr: Frame): void {
  tbHooks.addTraceback(e, fr);
}

/** Call a Python function object. Borrowed args: the frame takes its own references. */
export function callPython(func: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const fr = bindArgs(func, args, kwnames, false);
  return runFrame(fr);
}

/** The inline CALL path of 3.11+: the frame takes over the caller's references to the args. */
export function callPythonSteal(func: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const fr = bindArgs(func, args, kwnames, true);
  return runFrame(fr);
}

export function budgetFromJsStack(e: unknown): never {
  void e;
  throw new BudgetExceeded('the Python call stack went deeper than the simulator can follow (raise the recursion limit less, or shrink the recursion)', ST.line);
}

export { incref };
