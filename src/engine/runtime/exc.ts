// Exceptions (Objects/exceptions.c): the builtin hierarchy and exception instances.
import { preHeaderBytes } from './classes';
import { fromFormat, type FormatArg } from './uwriter';
import { PyObject, F_GC } from './object';
import { P, R, T, PyErr, NotSimulated, ST, tmPeakInexact, allocBlock, freeBlock, gcAllocHook, gcCountFree, gcTrack, gcUntrack, decref, xdecref } from './core';
import { newBuiltinType, type TypeInfo, type Visit, isSubtype } from './types';
import { newStr, internedStr } from './str';
import { newTuple, EMPTY_TUPLE, freshTupleCount } from './tuple';

/** The struct a builtin exception type's instances have beyond PyBaseExceptionObject: which
 * members (T_OBJECT, NULL until set) it adds, in the order its tp_clear releases them. */
export type ExcFamily = 'base' | 'stop' | 'exit' | 'import' | 'name' | 'attr' | 'os' | 'syntax' | 'unicode' | 'group';
const FAMILY_MEMBERS: Record<ExcFamily, readonly ExcMember[]> = {
  base: [],
  stop: ['value'],
  exit: ['code'],
  import: ['msg', 'name', 'path', 'name_from'],
  name: ['name'],
  attr: ['obj', 'name'],
  os: ['errno', 'strerror', 'filename', 'filename2'],
  syntax: ['msg', 'filename', 'lineno', 'offset', 'end_lineno', 'end_offset', 'text', 'print_file_and_line'],
  unicode: ['encoding', 'object', 'reason'],
  // PyBaseExceptionGroupObject (3.11+): msg, excs (BaseExceptionGroup_clear's order)
  group: ['msg', 'excs'],
};
export type ExcMember = 'value' | 'code' | 'msg' | 'name' | 'path' | 'name_from' | 'obj' | 'errno' | 'strerror' | 'filename'
  | 'filename2' | 'lineno' | 'offset' | 'end_lineno' | 'end_offset' | 'text' | 'print_file_and_line'
  | 'encoding' | 'object' | 'reason' | 'excs';

/** Payload of an exception instance (PyBaseExceptionObject and the structs that extend it). */
export class ExcData {
  args: PyObject;
  tb: PyObject | null = null;
  context: PyObject | null = null;
  cause: PyObject | null = null;
  suppressContext = false;
  /** The members of the type's struct (StopIteration.value, SystemExit.code, AttributeError.obj,
   * ...), each an owned reference or null (NULL: the member reads as None). */
  m: Partial<Record<ExcMember, PyObject | null>> | null = null;
  /** OSError.characters_written (-1: unset) */
  written = -1;
  /** UnicodeError's start and end (Py_ssize_t members) */
  start = 0;
  end = 0;
  constructor(args: PyObject, public family: ExcFamily = 'base') {
    this.args = args;
  }
  get(k: ExcMember): PyObject | null {
    return this.m === null ? null : this.m[k] ?? null;
  }
  /** Py_XSETREF of a member: takes a new reference to `v` (or clears it). */
  set(k: ExcMember, v: PyObject | null): void {
    if (this.m === null) this.m = {};
    const old = this.m[k] ?? null;
    if (v !== null) v.rc++;
    this.m[k] = v;
    xdecref(old);
  }
}

/** Which struct a (builtin or derived) exception type's instances have. */
export function excFamily(type: PyObject): ExcFamily {
  for (const b of (type.v as TypeInfo).mro) {
    switch (b) {
      case T.StopIteration: return 'stop';
      case T.SystemExit: return 'exit';
      case T.ImportError: return 'import';
      case T.NameError: return P.minor >= 10 ? 'name' : 'base';
      case T.AttributeError: return P.minor >= 10 ? 'attr' : 'base';
      case T.OSError: return 'os';
      case T.SyntaxError: return 'syntax';
      case T.UnicodeEncodeError: case T.UnicodeDecodeError: return 'unicode';
    }
    if (P.minor >= 11 && b === T.BaseExceptionGroup) return 'group';
  }
  return 'base';
}

export function familyMembers(f: ExcFamily): readonly ExcMember[] {
  if (f === 'import' && P.minor < 12) return FAMILY_MEMBERS.import.slice(0, 3);
  if (f === 'syntax' && P.minor < 10) return FAMILY_MEMBERS.syntax.filter((k) => k !== 'end_lineno' && k !== 'end_offset');
  return FAMILY_MEMBERS[f];
}

/** basicsize of BaseException: 64 (≤3.10: dict,args,tb,context,cause,suppress), 72 with 3.11's notes. */
export function excBasicsize(): number {
  return P.exceptionSize - 16;
}

/** What a builtin exception's struct adds to BaseException's (PyOSErrorObject,
 * PyImportErrorObject, PySyntaxErrorObject, ...), per version: tp_basicsize - BaseException's. */
function excExtraSize(name: string): number {
  switch (name) {
    case 'OSError': return 40;
    case 'ImportError': return P.minor >= 12 ? 32 : 24;
    case 'SyntaxError': return P.minor >= 10 ? 64 : 48;
    case 'StopIteration': case 'SystemExit': return 8;
    case 'UnicodeDecodeError': case 'UnicodeEncodeError': return 40;
    case 'AttributeError': return P.minor >= 10 ? 16 : 0;
    case 'NameError': return P.minor >= 10 ? 8 : 0;
    // PyBaseExceptionGroupObject's msg and excs; ExceptionGroup is a heap type
    // (PyErr_NewException with bases (BaseExceptionGroup, Exception)) that adds a weakref slot on
    // 3.11, where 3.12+ give it a managed weakref in the pre-header (groupPreHeader)
    case 'BaseExceptionGroup': return 16;
    case 'ExceptionGroup': return P.minor === 11 ? 24 : 16;
    default: return -1;
  }
}

/** BaseException_new (tp_new of every builtin exception): the instance keeps the call's
 * argument tuple itself as `args` — the one _PyObject_MakeTpCall built for `Type(...)` — or a
 * new tuple of `args` (borrowed) when there is none. The struct's members stay NULL. */
export function excNew(type: PyObject, args: PyObject[], kwnames: string[] | null = null): PyObject {
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  return excNewWithTuple(type, argsTuple(args, npos));
}

/** BaseException_new with its argument tuple (a new reference the instance takes over). */
export function excNewWithTuple(type: PyObject, tup: PyObject): PyObject {
  const o = new PyObject(type, new ExcData(tup, excFamily(type)), null, F_GC);
  allocBlock(o, (type.v as TypeInfo).basicsize() + 16 + ((type.v as TypeInfo).heap ? preHeaderBytes(type) : groupPreHeader(type)));
  gcAllocHook();
  gcTrack(o);
  if ((type.v as TypeInfo).heap) type.rc++;
  return o;
}

/** ExceptionGroup is a heap type in CPython: from 3.12 its instances have a pre-header (the
 * managed weakref), which this builtin stand-in adds to the block and to sys.getsizeof. */
export function groupPreHeader(type: PyObject): number {
  return P.minor >= 12 && type === T.ExceptionGroup ? P.preHeader : 0;
}

/** The positional arguments as the tuple tp_new/tp_init receive: the one the call made
 * (_PyObject_MakeTpCall), the empty tuple, or a new one. A new reference. */
export function argsTuple(args: PyObject[], npos: number): PyObject {
  const mt = tpCallHook.current();
  if (mt !== null && mt.args === args && mt.tuple !== null) {
    mt.tuple.rc++;
    return mt.tuple;
  }
  if (npos === 0) {
    EMPTY_TUPLE().rc++;
    return EMPTY_TUPLE();
  }
  return newTuple(args.slice(0, npos).map((a) => (a.rc++, a)));
}

/** abstract.ts's makeTpCall, reached through a hook (exc.ts is imported before abstract.ts). */
export const tpCallHook = { current: (): { args: PyObject[] | null; tuple: PyObject | null } | null => null };

/** An exception made by the runtime (PyErr_SetObject normalising, PyObject_Call(type, args)):
 * tp_new then the type's tp_init, so StopIteration.value, SystemExit.code, ... are set. */
export function newException(type: PyObject, args: PyObject[]): PyObject {
  // PyObject_Call(type, args): exception types have no vectorcall, so _PyObject_MakeTpCall packs
  // the arguments into one tuple that tp_new keeps as `args` and tp_init sees
  const mt = tpCallHook.current();
  const tuple = args.length > 0 && mt !== null && mt.args !== args ? newTuple(args.map((a) => (a.rc++, a))) : null;
  const prevTuple = mt?.tuple ?? null, prevArgs = mt?.args ?? null;
  if (mt !== null && tuple !== null) {
    mt.tuple = tuple;
    mt.args = args;
  }
  try {
    const o = excNew(type, args);
    const init = (o.t.v as TypeInfo).init;
    if (init !== null && (o.v as ExcData).family !== 'base') {
      try {
        init(o, args, null);
      } catch (e) {
        decref(o);
        throw e;
      }
    }
    return o;
  } finally {
    if (mt !== null && tuple !== null) {
      mt.tuple = prevTuple;
      mt.args = prevArgs;
      decref(tuple);
    }
  }
}

/** Exceptions set as a type alone (PyErr_SetNone) that CPython 3.8-3.11 instantiates only when
 * they are normalised — when they reach a handler — which the simulator made without their block
 * (materializeExc allocates it at that point). */
const deferredExc = new WeakSet<PyObject>();

/** PyErr_SetNone(type) up to 3.11 for a builtin exception type: the instance exists for the
 * simulator but costs nothing until materializeExc (a handler normalises it); 3.12+ make it at once. */
export function newExceptionDeferred(type: PyObject): PyObject {
  if (P.minor >= 12 || (type.v as TypeInfo).heap) return newException(type, []);
  EMPTY_TUPLE().rc++;
  const o = new PyObject(type, new ExcData(EMPTY_TUPLE(), excFamily(type)), null, F_GC);
  deferredExc.add(o);
  return o;
}

/** _PyErr_NormalizeException at a handler: a deferred exception gets its block now. */
export function materializeExc(o: PyObject): void {
  if (!deferredExc.has(o)) return;
  deferredExc.delete(o);
  allocBlock(o, (o.t.v as TypeInfo).basicsize() + 16);
  gcAllocHook();
  gcTrack(o);
}

export function excDealloc(o: PyObject): void {
  const ghost = deferredExc.delete(o);
  gcUntrack(o);
  const ed = o.v as ExcData;
  o.v = null;
  const d = o.d as PyObject | null;
  o.d = null;
  // the type's own clear (StopIteration_clear, ...) first, then BaseException_clear: dict, args,
  // (notes), traceback, cause, context
  if (ed.m !== null) for (const k of familyMembers(ed.family)) xdecref(ed.m[k] ?? null);
  xdecref(d);
  decref(ed.args);
  xdecref(ed.tb);
  xdecref(ed.cause);
  xdecref(ed.context);
  if (ghost) return;
  const ti = o.t.v as TypeInfo;
  freeBlock(o, ti.basicsize() + 16 + (ti.heap ? preHeaderBytes(o.t) : groupPreHeader(o.t)));
  gcCountFree();
  // a subclass's instance: instanceDealloc, which called this, releases the type
}

export function excTraverse(o: PyObject, visit: Visit): void {
  const ed = o.v as ExcData | null;
  if (ed === null) return;
  if (ed.m !== null) {
    for (const k of familyMembers(ed.family)) {
      const v = ed.m[k];
      if (v) visit(v);
    }
  }
  if (o.d) visit(o.d as PyObject);
  visit(ed.args);
  if (ed.tb) visit(ed.tb);
  if (ed.cause) visit(ed.cause);
  if (ed.context) visit(ed.context);
}

export function excClear(o: PyObject): void {
  const ed = o.v as ExcData | null;
  if (ed === null) return;
  if (ed.m !== null) {
    for (const k of familyMembers(ed.family)) {
      const v = ed.m[k] ?? null;
      ed.m[k] = null;
      xdecref(v);
    }
  }
  const d = o.d as PyObject | null;
  o.d = null;
  xdecref(d);
  // BaseException_clear also clears args (tp_clear leaves an empty-args exception behind)
  const args = ed.args;
  EMPTY_TUPLE().rc++;
  ed.args = EMPTY_TUPLE();
  decref(args);
  const tb = ed.tb, ctx = ed.context, cause = ed.cause;
  ed.tb = ed.context = ed.cause = null;
  xdecref(tb);
  xdecref(cause);
  xdecref(ctx);
}

/** The MemoryError raised when the simulated heap cap is reached (CPython keeps a preallocated
 * MemoryError for this; allocating one here may itself need memory, so the cap is lifted by a
 * little while it is made). */
export function raiseMemoryError(): never {
  R.heap.inUse -= 4096;
  try {
    const e = newException(T.MemoryError, []);
    throw new PyErr(e);
  } finally {
    R.heap.inUse += 4096;
  }
}

/** Raise `type(msg)` as a Python exception. */
export function raise(type: PyObject, msg?: string): never {
  // most messages come from PyErr_Format, whose writer over-allocates a buffer the simulator does
  // not replay here (raiseFormat does); PyErr_SetString's are exact (raiseStr)
  if (R.tm !== null && msg !== undefined) tmPeakInexact(`the message of a ${(type.v as TypeInfo).name} made by C code`);
  return raiseStr(type, msg);
}

/** PyErr_SetString(type, msg): the message is PyUnicode_FromString's, exactly its size. */
export function raiseStr(type: PyObject, msg?: string): never {
  const args: PyObject[] = [];
  let s: PyObject | null = null;
  if (msg !== undefined) {
    s = newStr(msg);
    args.push(s);
  }
  const fresh = freshTupleCount();
  const e = newException(type, args);
  if (s) decref(s);
  // up to 3.11 an exception C code raises (PyErr_SetString/Format) is instantiated only when it
  // is normalised, in the handler: its argument tuple is made after the calls it unwinds through
  // released theirs (abstract.ts, tpCallPacked)
  if (msg !== undefined && freshTupleCount() !== fresh) lazyArgs.add(e);
  throw new PyErr(e);
}

/** Exceptions raised by runtime (C) code whose one-item argument tuple was allocated anew. */
export const lazyArgs = new WeakSet<PyObject>();

/** PyErr_Format(type, format, ...): the message as PyUnicode_FromFormatV makes it (fromFormat). */
export function raiseFormat(type: PyObject, format: string, args: readonly FormatArg[]): never {
  const s = fromFormat(format, args);
  const fresh = freshTupleCount();
  let e: PyObject;
  try {
    e = newException(type, [s]);
  } finally {
    decref(s);
  }
  // (instantiated when normalised up to 3.11: see raiseStr)
  if (freshTupleCount() !== fresh) lazyArgs.add(e);
  throw new PyErr(e);
}

/** Raise `type(arg)` with an object argument (borrowed), e.g. KeyError(key). */
export function raiseWith(type: PyObject, arg: PyObject): never {
  throw new PyErr(newException(type, [arg]));
}

/** 3.8/3.10 deleting a missing attribute (_PyObject_GenericSetAttrWithDict): the dict's KeyError
 * becomes PyErr_SetObject(AttributeError, name), whose argument is the attribute name object
 * itself — interned by PyObject_SetAttr, so the interned equal string — and no new message. A name
 * HeapLens has no interned object for is raised as a new string, its peak marked inexact. */
export function raiseAttrName(name: string): never {
  const o = internedStr(name);
  if (o === null) raise(T.AttributeError, name);
  raiseWith(T.AttributeError, o);
}

/** PyErr_SetObject(type, value) with a non-exception value (_PyErr_CreateException): None gives
 * no arguments and a tuple is the argument list, unlike _PyErr_SetKeyError's (key,). */
export function raiseSetObject(type: PyObject, value: PyObject): never {
  if (value.t === T.NoneType) throw new PyErr(newException(type, []));
  if (value.t === T.tuple) throw new PyErr(newException(type, (value.v as PyObject[]).slice()));
  throw new PyErr(newException(type, [value]));
}

export function excMatches(exc: PyObject, type: PyObject): boolean {
  return exc.t === type || isSubtype(exc.t, type);
}

/** The builtin exception hierarchy (Objects/exceptions.c): name, base, and the first minor
 * version that has it (all versions when absent). */
const HIERARCHY_ALL: [string, string, number?][] = [
  ['BaseException', ''],
  ['SystemExit', 'BaseException'],
  ['KeyboardInterrupt', 'BaseException'],
  ['GeneratorExit', 'BaseException'],
  ['Exception', 'BaseException'],
  ['StopIteration', 'Exception'],
  ['StopAsyncIteration', 'Exception'],
  ['ArithmeticError', 'Exception'],
  ['FloatingPointError', 'ArithmeticError'],
  ['OverflowError', 'ArithmeticError'],
  ['ZeroDivisionError', 'ArithmeticError'],
  ['AssertionError', 'Exception'],
  ['AttributeError', 'Exception'],
  ['BufferError', 'Exception'],
  ['EOFError', 'Exception'],
  ['ImportError', 'Exception'],
  ['ModuleNotFoundError', 'ImportError'],
  ['LookupError', 'Exception'],
  ['IndexError', 'LookupError'],
  ['KeyError', 'LookupError'],
  ['MemoryError', 'Exception'],
  ['NameError', 'Exception'],
  ['UnboundLocalError', 'NameError'],
  ['OSError', 'Exception'],
  ['BlockingIOError', 'OSError'],
  ['ConnectionError', 'OSError'],
  ['BrokenPipeError', 'ConnectionError'],
  ['ConnectionAbortedError', 'ConnectionError'],
  ['ConnectionRefusedError', 'ConnectionError'],
  ['ConnectionResetError', 'ConnectionError'],
  ['FileExistsError', 'OSError'],
  ['FileNotFoundError', 'OSError'],
  ['IsADirectoryError', 'OSError'],
  ['NotADirectoryError', 'OSError'],
  ['InterruptedError', 'OSError'],
  ['PermissionError', 'OSError'],
  ['ProcessLookupError', 'OSError'],
  ['TimeoutError', 'OSError'],
  ['ChildProcessError', 'OSError'],
  ['ReferenceError', 'Exception'],
  ['RuntimeError', 'Exception'],
  ['NotImplementedError', 'RuntimeError'],
  ['RecursionError', 'RuntimeError'],
  ['PythonFinalizationError', 'RuntimeError', 13],
  ['SyntaxError', 'Exception'],
  ['IndentationError', 'SyntaxError'],
  ['TabError', 'IndentationError'],
  ['SystemError', 'Exception'],
  ['TypeError', 'Exception'],
  ['ValueError', 'Exception'],
  ['UnicodeError', 'ValueError'],
  ['UnicodeDecodeError', 'UnicodeError'],
  ['UnicodeEncodeError', 'UnicodeError'],
  ['Warning', 'Exception'],
  ['DeprecationWarning', 'Warning'],
  ['UserWarning', 'Warning'],
  ['RuntimeWarning', 'Warning'],
  ['SyntaxWarning', 'Warning'],
  ['FutureWarning', 'Warning'],
  ['PendingDeprecationWarning', 'Warning'],
  ['ImportWarning', 'Warning'],
  ['UnicodeWarning', 'Warning'],
  ['BytesWarning', 'Warning'],
  ['ResourceWarning', 'Warning'],
  ['EncodingWarning', 'Warning', 10],
  ['BaseExceptionGroup', 'BaseException', 11],
  // (its bases are (BaseExceptionGroup, Exception): initExceptionTypes adds Exception)
  ['ExceptionGroup', 'BaseExceptionGroup', 11],
];

/** The hierarchy of the version being simulated (set by initExceptionTypes). */
let HIERARCHY: [string, string, number?][] = [];

/** Creates the exception types; their methods/attributes are attached by builtins setup. */
export function initExceptionTypes(): void {
  // not delete: T must keep its fast properties (a deleted key turns it into a dictionary, and
  // every T.int on the hot path into a hash lookup)
  for (const [name, , since] of HIERARCHY_ALL) if (since !== undefined && P.minor < since) (T as Record<string, unknown>)[name] = undefined;
  HIERARCHY = HIERARCHY_ALL.filter(([, , since]) => since === undefined || P.minor >= since);
  for (const [name, baseName] of HIERARCHY) {
    const base = baseName === '' ? T.object : T[baseName];
    const extra = excExtraSize(name);
    T[name] = newBuiltinType(name, base, (ti) => {
      ti.gc = true;
      // the struct's size: BaseException's, or a bigger one this type defines (its subclasses inherit it)
      if (extra >= 0) ti.basicsize = () => P.exceptionSize - 16 + extra;
      else if (baseName === '') ti.basicsize = excBasicsize;
      if (name === 'BaseException') {
        ti.new = (type, args) => newException(type, args);
        ti.dealloc = excDealloc;
        ti.traverse = excTraverse;
        ti.clear = excClear;
        ti.init = (self, args) => {
          const ed = self.v as ExcData;
          const old = ed.args;
          ed.args = args.length === 0 ? (EMPTY_TUPLE().rc++, EMPTY_TUPLE()) : newTuple(args.map((a) => (a.rc++, a)));
          decref(old);
        };
      }
    });
  }
  if (P.minor >= 11) {
    const eg = T.ExceptionGroup.v as TypeInfo;
    eg.bases = [T.BaseExceptionGroup, T.Exception];
    eg.mro = [T.ExceptionGroup, T.BaseExceptionGroup, T.Exception, T.BaseException, T.object];
  }
  // OSError(errno, strerror[, filename[, winerror[, filename2]]]) (OSError_new/oserror_init): a
  // builtin type parses them in tp_new; a subclass defined in Python is not simulated then.
  for (const [name] of HIERARCHY) {
    const t = T[name];
    if (!isSubtype(t, T.OSError)) continue;
    const ti = t.v as TypeInfo;
    const base = ti.new as NonNullable<TypeInfo['new']>;
    ti.new = (type, args, kw) => {
      const npos = args.length - (kw?.length ?? 0);
      if (npos < 2 || npos > 5) return base(type, args, kw);
      if ((type.v as TypeInfo).heap || (kw !== null && kw.length > 0)) throw new NotSimulated('OSError with errno arguments', ST.line);
      return osErrorNew(type, args, base);
    };
  }
}

/** Exceptions whose errno arguments OSError_new parsed (their tp_init leaves them alone). */
const osParsed = new WeakSet<PyObject>();
/** OSError_init does nothing to an exception whose tp_new parsed the errno arguments. */
export function osErrorParsed(o: PyObject): boolean {
  return osParsed.has(o);
}

/** errno -> subclass (Objects/exceptions.c's errnomap, Linux's errno values). */
const ERRNO_MAP: Record<number, string> = {
  11: 'BlockingIOError', 114: 'BlockingIOError', 115: 'BlockingIOError', 10: 'ChildProcessError',
  32: 'BrokenPipeError', 108: 'BrokenPipeError', 103: 'ConnectionAbortedError', 111: 'ConnectionRefusedError',
  104: 'ConnectionResetError', 17: 'FileExistsError', 2: 'FileNotFoundError', 21: 'IsADirectoryError',
  20: 'NotADirectoryError', 4: 'InterruptedError', 13: 'PermissionError', 1: 'PermissionError',
  3: 'ProcessLookupError', 110: 'TimeoutError',
};

function osErrorNew(type: PyObject, args: PyObject[], base: NonNullable<TypeInfo['new']>): PyObject {
  const [errno, strerror, filename, , filename2] = args;
  if (type === T.OSError && (errno.t === T.int || errno.t === T.bool)) {
    // the errnomap lookup by the int's value (PyLong_Check; a bool is 0/1)
    const v = errno.v;
    const n = typeof v === 'number' ? v : typeof v === 'bigint' && v >= -(2n ** 53n) && v <= 2n ** 53n ? Number(v) : NaN;
    const sub = Object.prototype.hasOwnProperty.call(ERRNO_MAP, n) ? ERRNO_MAP[n] : undefined;
    if (sub !== undefined) type = T[sub];
  }
  const o = base(type, args, null);
  osParsed.add(o);
  const d = o.v as ExcData;
  d.set('errno', errno);
  d.set('strerror', strerror);
  if (filename !== undefined && filename.t !== T.NoneType) {
    if (isSubtype(type, T.BlockingIOError) && (filename.t === T.int || filename.t === T.bool)) {
      // characters_written from an index (PyNumber_AsSsize_t): args stay whole
      throw new NotSimulated("BlockingIOError's characters_written argument", ST.line);
    }
    d.set('filename', filename);
    if (filename2 !== undefined && filename2.t !== T.NoneType) d.set('filename2', filename2);
    // the args keep only (errno, strerror)
    const old = d.args;
    d.args = newTuple([errno, strerror].map((a) => (a.rc++, a)));
    decref(old);
  }
  return o;
}

export { EMPTY_TUPLE };
