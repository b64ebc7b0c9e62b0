// Tracebacks, the handled-exception stack (sys.exc_info) with implicit chaining of __context__,
// and the text CPython prints for an uncaught exception.
import { PyObject, F_GC, F_RUNTIME } from './object';
import { P, R, T, ST, PyErr, NotSimulated, errHooks, allocBlock, freeBlock, gcAllocHook, gcCountFree, gcTrack, gcUntrack, decref, xdecref, incref } from './core';
import type { Visit } from './types';
import { TypeInfo, isSubtype, typeName } from './types';
import { GetSet } from './slotwrappers';
import { newInt } from './numbers';

import { ExcData, raise } from './exc';
import { bestMatch } from './suggest';
import { Frame, materialiseFrame, tbHooks, stdlibOpaque } from './func';
import { S, str as pyStr, getAttrOpt } from './abstract';
import { setTbSource, cTraceback, pyTraceback, byteLoc, sourceLine, indentLines, type TbEntry } from './tbformat';
import { STDLIB_MODULE_NAMES } from './stdlibnames';
import { dictEntries, dictGetStr, dictSetStr } from './dict';

/** The exceptions being handled (innermost last), each an owned reference. */
export const excStack: PyObject[] = [];
/** Whether each entry was pushed `onStack` (pushExcState). */
const excOnStack: boolean[] = [];
/** 3.8/3.10: the traceback each exc_info triple holds (owned; null: none or 3.11+). */
const excTbs: (PyObject | null)[] = [];

export type ExcStates = { exc: PyObject[]; onStack: boolean[]; tbs: (PyObject | null)[] };

export function resetTracebackState(): void {
  excStack.length = 0;
  excOnStack.length = 0;
  excTbs.length = 0;
}

/** A generator suspends: the handlers it is in are its own (gi_exc_state), not its caller's. */
export function takeExcStates(base: number): ExcStates | null {
  if (excStack.length <= base) return null;
  return { exc: excStack.splice(base), onStack: excOnStack.splice(base), tbs: excTbs.splice(base) };
}

/** The generator resumes: its handlers are the current ones again. */
export function restoreExcStates(saved: ExcStates): void {
  excStack.push(...saved.exc);
  excOnStack.push(...saved.onStack);
  excTbs.push(...saved.tbs);
}

/** A suspended generator's handlers are released with its frame. */
export function releaseExcStates(saved: ExcStates): void {
  restoreExcStates(saved);
  for (let i = saved.exc.length - 1; i >= 0; i--) popExcState(saved.onStack[i]);
}

/** A handler starts (3.8/3.10: the exc_info triple also holds the type and the traceback the
 * exception had when it was caught). `onStack`: 3.8/3.10 keep the (tb, value, type) triple on
 * the evaluation stack too while a `finally` body or a `with` block's __exit__ runs (an `except`
 * clause pops it before its body). */
export function pushExcState(exc: PyObject, onStack = false): void {
  exc.rc++;
  excStack.push(exc);
  excOnStack.push(onStack);
  let tb: PyObject | null = null;
  if (P.minor <= 10 && exc !== S.None) {
    exc.t.rc += onStack ? 2 : 1;
    if (exc.v instanceof ExcData && exc.v.tb !== null) tb = incref(exc.v.tb);
  }
  excTbs.push(tb);
}

/** POP_EXCEPT: the triple's type, then the exception, then (3.8/3.10) its traceback. */
export function popExcState(onStack = false): void {
  const e = excStack.pop();
  excOnStack.pop();
  const tb = excTbs.pop() ?? null;
  if (e === undefined) return;
  if (P.minor <= 10 && e !== S.None) {
    if (onStack) decref(e.t);
    decref(e.t);
  }
  decref(e);
  xdecref(tb);
}

/** PyErr_SetHandledException (3.11: PyErr_SetExcInfo): an except* clause's match replaces the
 * exception being handled (3.11+ only: no triple). */
export function setHandledExc(exc: PyObject): void {
  const i = excStack.length - 1;
  if (i < 0) return;
  const old = excStack[i];
  exc.rc++;
  excStack[i] = exc;
  decref(old);
}

/** _PyErr_SetObject's implicit chaining: the handled exception becomes the new one's context. */
export function chain(exc: PyObject): void {
  if (excStack.length === 0) return;
  const handled = excStack[excStack.length - 1];
  if (handled === exc || handled === S.None) return;
  if (!(exc.v instanceof ExcData)) return;
  // avoid creating a cycle through the context chain
  let o: PyObject = handled;
  for (let guard = 0; guard < 10000; guard++) {
    const ctx = (o.v as ExcData).context;
    if (ctx === null) break;
    if (ctx === exc) {
      (o.v as ExcData).context = null;
      decref(ctx);
      break;
    }
    o = ctx;
  }
  const ed = exc.v as ExcData;
  handled.rc++;
  const old = ed.context;
  ed.context = handled;
  xdecref(old);
}

export class TbData {
  /** `line`: tb_lineno; `li`: 3.11+ the instruction's location in the frame's code.locs (-1: none). */
  constructor(public frame: PyObject, public next: PyObject | null, public line: number, public li = -1) {}
}

/** PyTraceBack_Here: the frame puts itself in front of the exception's traceback. */
export function addTraceback(e: PyErr, fr: Frame): void {
  if (e.lastFrame === fr) return;
  e.lastFrame = fr;
  const exc = e.exc;
  if (!(exc.v instanceof ExcData)) return;
  const ed = exc.v as ExcData;
  let fo: PyObject;
  if (fr.fobj !== null) fo = fr.fobj;
  else fo = materialiseFrame(fr);
  fo.rc++;
  const tb = new PyObject(T.traceback, new TbData(fo, ed.tb, fr.line, fr.li), null, F_GC);
  allocBlock(tb, 56);
  gcAllocHook();
  gcTrack(tb);
  ed.tb = tb;
}

/** _PyTraceBack_FromFrame(NULL, frame) set as the exception's traceback: what
 * PyErr_WriteUnraisable gives an exception raised without one (in C code), from the Python
 * frame running then. */
export function tracebackFromFrame(exc: PyObject, fr: Frame): void {
  if (!(exc.v instanceof ExcData)) return;
  const fo = fr.fobj !== null ? fr.fobj : materialiseFrame(fr);
  fo.rc++;
  const tb = new PyObject(T.traceback, new TbData(fo, null, fr.line, fr.li), null, F_GC);
  allocBlock(tb, 56);
  gcAllocHook();
  gcTrack(tb);
  const ed = exc.v as ExcData;
  const old = ed.tb;
  ed.tb = tb;
  xdecref(old);
}

export function initTracebackType(ti: TypeInfo): void {
  ti.gc = true;
  ti.basicsize = () => 40;
  ti.trashcan = true; // tb_dealloc's Py_TRASHCAN_BEGIN
  ti.dealloc = (o) => {
    gcUntrack(o);
    const td = o.v as TbData;
    o.v = null;
    xdecref(td.next);
    decref(td.frame);
    freeBlock(o, 56);
    gcCountFree();
  };
  ti.traverse = (o, visit: Visit) => {
    const td = o.v as TbData | null;
    if (td === null) return;
    if (td.next) visit(td.next);
    visit(td.frame);
  };
}

/** The traceback's attributes: tb_next (get and set, Python/traceback.c tb_next_set), tb_frame and
 * tb_lineno (members up to 3.10; tb_lineno a getset computing the line from 3.11). tb_lasti, a
 * bytecode offset, is not simulated. */
export function defTracebackAttributes(): void {
  const t = T.traceback;
  const add = (name: string, get: (o: PyObject) => PyObject, set: ((o: PyObject, v: PyObject | null) => void) | null): void => {
    const d = new PyObject(T.getset_descriptor, new GetSet(name, get, set, t), null, 1 | F_RUNTIME);
    dictSetStr((t.v as TypeInfo).dict, name, d);
    d.rc--;
  };
  const readonly = (): void => raise(T.AttributeError, 'readonly attribute');
  add('tb_next', (o) => incref((o.v as TbData).next ?? S.None), (o, v) => {
    if (v === null) raise(T.TypeError, "can't delete tb_next attribute");
    let next: PyObject | null = v;
    if (v === S.None) next = null;
    else if (v.t !== T.traceback) raise(T.TypeError, `expected traceback object, got '${typeName(v)}'`);
    for (let cursor = next; cursor !== null; cursor = (cursor.v as TbData).next) {
      if (cursor === o) raise(T.ValueError, 'traceback loop detected');
    }
    const td = o.v as TbData;
    const old = td.next;
    td.next = next === null ? null : incref(next);
    xdecref(old);
  });
  add('tb_frame', (o) => incref((o.v as TbData).frame), readonly);
  add('tb_lineno', (o) => {
    const code = ((o.v as TbData).frame.v as Frame).code;
    if (code.stdlib !== '') stdlibOpaque(code, `traceback.tb_lineno of a frame of ${code.stdlib}.${code.qualname}()`);
    return newInt((o.v as TbData).line);
  }, P.minor <= 10 ? readonly : null);
  add('tb_lasti', () => {
    throw new NotSimulated('traceback.tb_lasti (a bytecode offset)', ST.line);
  }, readonly);
}

export function initTracebacks(): void {
  errHooks.onRaise = chain;
  tbHooks.addTraceback = addTraceback;
}

// ---------------------------------------------------------------- printing

export function setSource(filename: string, source: string): void {
  setTbSource(filename, source);
}

/** Line `lineno` of `filename` as CPython's _Py_DisplaySourceLine reads it (only the program's
 * own file is known), or undefined. */
export function programSourceLine(filename: string, lineno: number): string | undefined {
  return sourceLine(filename, lineno) ?? undefined;
}

/** The entries of an exception's traceback, outermost first. */
function entriesOf(exc: PyObject): TbEntry[] {
  const out: TbEntry[] = [];
  let tb = (exc.v as ExcData).tb;
  while (tb !== null) {
    const td = tb.v as TbData;
    const code = (td.frame.v as Frame).code;
    if (code.stdlib !== '') stdlibOpaque(code, `the traceback of an exception raised through ${code.stdlib}.${code.qualname}()`);
    let loc: TbEntry['loc'] = null;
    if (P.minor >= 11 && td.li >= 0 && td.li * 4 + 3 < code.locs.length) {
      const k = td.li * 4;
      loc = byteLoc(code.filename, [code.locs[k], code.locs[k + 1], code.locs[k + 2], code.locs[k + 3]]);
    }
    out.push({ filename: code.filename, name: code.isModule ? '<module>' : code.name, line: td.line, loc });
    tb = td.next;
  }
  return out;
}

/** PyTraceBack_Print's frames (the C printer: "Exception ignored" reports on every version). */
export function tbLines(exc: PyObject): string[] {
  return cTraceback(entriesOf(exc));
}

/** str(exc), or null if it raised (the printers' "<exception str() failed>"). */
function safeStr(o: PyObject): string | null {
  try {
    const s = pyStr(o);
    const t = s.v as string;
    decref(s);
    return t;
  } catch (e) {
    if (e instanceof PyErr) {
      decref(e.exc);
      return null;
    }
    throw e;
  }
}

/** The exception type as each version names it. */
function typeLabel(exc: PyObject): string {
  const ti = exc.t.v as TypeInfo;
  let mod = 'builtins';
  if (ti.heap) {
    const m = getAttrOpt(exc.t, '__module__');
    mod = m !== null && m.t === T.str ? (m.v as string) : '<unknown>';
    if (m !== null) decref(m);
  }
  if (P.minor <= 8) return mod === 'builtins' ? ti.name : `${mod}.${ti.name}`;
  if (P.minor <= 10) return mod === 'builtins' ? ti.qualname : `${mod}.${ti.qualname}`;
  return mod === 'builtins' || mod === '__main__' ? ti.qualname : `${mod}.${ti.qualname}`;
}

function isSyntaxErrorLike(exc: PyObject): boolean {
  if (P.minor >= 13) return isSubtype(exc.t, T.SyntaxError);
  // print_exception_file_and_line: anything with a print_file_and_line attribute
  const a = getAttrOpt(exc, 'print_file_and_line');
  if (a === null) return false;
  decref(a);
  return true;
}

/** The final line: `Type: message` (or just `Type`), with 3.10+'s suggestion. */
export function excLine(exc: PyObject): string {
  const msg = safeStr(exc);
  let line = msg === null ? `${typeLabel(exc)}: <exception str() failed>` : msg === '' ? typeLabel(exc) : `${typeLabel(exc)}: ${msg}`;
  if (P.minor >= 10) line += suggestion(exc);
  return line;
}

/** The whole report CPython prints for an uncaught exception, with chained exceptions and
 * (3.11+) exception groups drawn in boxes. */
export function formatUncaught(exc: PyObject): string {
  if (P.minor >= 13 && R.recursionLimit < 50) {
    // 3.13 prints with the traceback module, whose calls (and the imports they make) need some
    // 44 levels: below that it fails and C's fallback prints without carets, suggestions or
    // notes
    throw new NotSimulated(`the uncaught exception's report under a recursion limit of ${R.recursionLimit} (3.13's traceback module needs more levels than that and CPython falls back to another format)`, ST.line);
  }
  if (P.minor >= 11) stopIfGroupTooDeep(exc);
  return P.minor >= 13 ? formatUncaught313(exc) : formatUncaughtC(exc);
}

const isGroup = (e: PyObject): boolean => P.minor >= 11 && isSubtype(e.t, T.BaseExceptionGroup);
const groupExcs = (e: PyObject): PyObject[] => ((e.v as ExcData).get('excs')!.v as PyObject[]);

/** The printers recurse through chains and groups (C's _Py_EnterRecursiveCall for each level,
 * traceback.py's recursive format()): very deep structures would need the recursion limit
 * modelled there; they stop instead. */
function stopIfGroupTooDeep(exc: PyObject): void {
  const seen = new Set<PyObject>();
  const walk = (e: PyObject | null, depth: number): void => {
    if (e === null || seen.has(e) || !(e.v instanceof ExcData)) return;
    seen.add(e);
    if (isGroup(e)) {
      if (depth > 40) throw new NotSimulated('the report of exception groups nested or chained this deep', ST.line);
      for (const x of groupExcs(e)) walk(x, depth + 1);
    }
    walk(e.v.cause, depth + 1);
    walk(e.v.context, depth + 1);
  };
  walk(exc, 0);
}

/** The notes to print: each note's str() (null when it failed), or null without __notes__. Only
 * a list or tuple is simulated. */
function noteStrings(exc: PyObject): (string | null)[] | null {
  if (P.minor < 11) return null;
  let notes: PyObject | null;
  try {
    notes = getAttrOpt(exc, '__notes__');
  } catch (e) {
    if (e instanceof PyErr) throw new NotSimulated('an error getting __notes__ while printing a traceback');
    throw e;
  }
  if (notes === null || (P.minor >= 13 && notes === S.None)) {
    if (notes !== null) decref(notes);
    return null;
  }
  try {
    if (notes.t !== T.list && notes.t !== T.tuple) throw new NotSimulated(`__notes__ that is a '${(notes.t.v as TypeInfo).name}' in a traceback`);
    return [...(notes.v as PyObject[])].map((n) => safeStr(n));
  } finally {
    decref(notes);
  }
}

/** str.splitlines(keepends=True) */
function splitlinesKeep(s: string): string[] {
  return s.match(/[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]*(?:\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029])|[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]+$/g) ?? [];
}

/** 3.8-3.12: print_exception_recursive (Python/pythonrun.c), with 3.11/3.12's
 * exception_print_context: an exception group's members in boxes, each line behind the margin
 * ("| ", indented two spaces per level), at most 15 members ("and N more exceptions") and 10
 * levels ("... (max_group_depth is 10)"). */
function formatUncaughtC(exc: PyObject): string {
  const parts: string[] = [];
  const seen = new Set<PyObject>();
  const ctx = { depth: 0, needClose: false };
  const indent = (): string => ' '.repeat(2 * ctx.depth);
  const margin = (): string => indent() + (ctx.depth > 0 ? '| ' : '');
  const printException = (e: PyObject): void => {
    const ed = e.v as ExcData;
    if (ed.tb !== null) {
      let header = 'Traceback (most recent call last):\n';
      let headerMargin = ctx.depth > 0 ? '| ' : '';
      if (isGroup(e)) {
        header = 'Exception Group Traceback (most recent call last):\n';
        if (ctx.depth === 1) headerMargin = '+ ';
      }
      parts.push(indent() + headerMargin + header);
      parts.push(...cTraceback(entriesOf(e), margin()));
    }
    const notes = noteStrings(e);
    if (isSyntaxErrorLike(e)) throw new NotSimulated('printing an uncaught SyntaxError raised by the program');
    parts.push(margin() + excLine(e) + '\n');
    if (notes !== null) {
      for (const n of notes) {
        if (n === null) parts.push('<note str() failed>');
        else for (const l of splitlinesKeep(n)) parts.push(margin() + l);
        parts.push('\n');
      }
    }
  };
  const chained = (e: PyObject, message: string): void => {
    const needClose = ctx.needClose;
    recursive(e);
    ctx.needClose = needClose;
    parts.push(margin() + '\n', margin() + message, margin() + '\n');
  };
  const recursive = (e: PyObject): void => {
    seen.add(e);
    const ed = e.v as ExcData;
    if (ed.cause !== null) {
      if (!seen.has(ed.cause)) chained(ed.cause, 'The above exception was the direct cause of the following exception:\n');
    } else if (!ed.suppressContext && ed.context !== null && !seen.has(ed.context)) {
      chained(ed.context, 'During handling of the above exception, another exception occurred:\n');
    }
    if (!isGroup(e)) printException(e);
    else printGroup(e);
  };
  const printGroup = (e: PyObject): void => {
    if (ctx.depth > 10) {
      parts.push(margin() + '... (max_group_depth is 10)\n');
      return;
    }
    if (ctx.depth === 0) ctx.depth++;
    printException(e);
    const excs = groupExcs(e);
    const n = excs.length <= 15 ? excs.length : 16;
    ctx.needClose = false;
    for (let i = 0; i < n; i++) {
      const last = i === n - 1;
      if (last) ctx.needClose = true;
      const truncated = i >= 15;
      parts.push(`${indent()}${i === 0 ? '+-' : '  '}+---------------- ${truncated ? '...' : i + 1} ----------------\n`);
      ctx.depth++;
      if (!truncated) recursive(excs[i]);
      else {
        const rem = excs.length - 15;
        parts.push(`${margin()}and ${rem} more exception${rem > 1 ? 's' : ''}\n`);
      }
      if (last && ctx.needClose) {
        parts.push(indent() + '+------------------------------------\n');
        ctx.needClose = false;
      }
      ctx.depth--;
    }
    if (ctx.depth === 1) ctx.depth--;
  };
  recursive(exc);
  return parts.join('');
}

/** 3.13: traceback.TracebackException (compact), built first (str() of every exception in the
 * chain and the groups, notes, suggestions; a queue takes them in traceback.py's order), then
 * formatted with _ExceptionPrintContext's boxes (textwrap.indent of every line). */
interface TE { exc: PyObject; str: string; notes: (string | null)[] | null; stack: TbEntry[]; cause: TE | null; context: TE | null; suppress: boolean; exceptions: TE[] | null }
function formatUncaught313(exc: PyObject): string {
  const seen = new Set<PyObject>();
  const build = (e: PyObject): TE => {
    seen.add(e);
    const s = safeStr(e);
    let str = s === null ? '<exception str() failed>' : s;
    const notes = noteStrings(e);
    if (isSubtype(e.t, T.SyntaxError)) throw new NotSimulated('printing an uncaught SyntaxError raised by the program');
    str += suggestion(e);
    return { exc: e, str, notes, stack: entriesOf(e), cause: null, context: null, suppress: (e.v as ExcData).suppressContext, exceptions: null };
  };
  const top = build(exc);
  const queue: TE[] = [top];
  while (queue.length > 0) {
    const te = queue.pop() as TE;
    const ed = te.exc.v as ExcData;
    const cause = ed.cause !== null && !seen.has(ed.cause) ? build(ed.cause) : null;
    const needContext = cause === null && !ed.suppressContext;
    const context = ed.context !== null && needContext && !seen.has(ed.context) ? build(ed.context) : null;
    const exceptions = isGroup(te.exc) ? groupExcs(te.exc).map((x) => build(x)) : null;
    te.cause = cause;
    te.context = context;
    te.exceptions = exceptions;
    if (cause) queue.push(cause);
    if (context) queue.push(context);
    if (exceptions) queue.push(...exceptions);
  }
  const parts: string[] = [];
  const ctx = { depth: 0, needClose: false };
  const indent = (): string => ' '.repeat(2 * ctx.depth);
  const emit = (text: string | string[], marginChar = '|'): void => {
    const prefix = indent() + (ctx.depth > 0 ? marginChar + ' ' : '');
    for (const t of typeof text === 'string' ? [text] : text) parts.push(prefix === '' ? t : indentLines(t, prefix));
  };
  const stackLines = (te: TE): string[] => pyTraceback(te.stack, indent() + (ctx.depth > 0 ? '| ' : ''));
  const excOnly = (te: TE): string[] => {
    const stype = typeLabel(te.exc);
    const out = [te.str === '' ? `${stype}\n` : `${stype}: ${te.str}\n`];
    if (te.notes !== null) {
      for (const n of te.notes) {
        const note = n === null ? '<note str() failed>' : n;
        for (const l of note.split('\n')) out.push(l + '\n');
      }
    }
    return out;
  };
  const format = (self: TE): void => {
    const chain: [string | null, TE][] = [];
    let cur: TE | null = self;
    while (cur !== null) {
      let msg: string | null = null;
      let next: TE | null = null;
      if (cur.cause !== null) {
        msg = '\nThe above exception was the direct cause of the following exception:\n\n';
        next = cur.cause;
      } else if (cur.context !== null && !cur.suppress) {
        msg = '\nDuring handling of the above exception, another exception occurred:\n\n';
        next = cur.context;
      }
      chain.push([msg, cur]);
      cur = next;
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const [msg, te] = chain[i];
      if (msg !== null) emit(msg);
      if (te.exceptions === null) {
        if (te.stack.length > 0) {
          emit('Traceback (most recent call last):\n');
          parts.push(...stackLines(te));
        }
        emit(excOnly(te));
      } else if (ctx.depth > 10) {
        emit('... (max_group_depth is 10)\n');
      } else {
        const toplevel = ctx.depth === 0;
        if (toplevel) ctx.depth++;
        if (te.stack.length > 0) {
          emit('Exception Group Traceback (most recent call last):\n', toplevel ? '+' : '|');
          parts.push(...stackLines(te));
        }
        emit(excOnly(te));
        const num = te.exceptions.length;
        const n = num <= 15 ? num : 16;
        ctx.needClose = false;
        for (let k = 0; k < n; k++) {
          const last = k === n - 1;
          if (last) ctx.needClose = true;
          const truncated = k >= 15;
          parts.push(`${indent()}${k === 0 ? '+-' : '  '}+---------------- ${truncated ? '...' : k + 1} ----------------\n`);
          ctx.depth++;
          if (!truncated) format(te.exceptions[k]);
          else {
            const rem = num - 15;
            emit(`and ${rem} more exception${rem > 1 ? 's' : ''}\n`);
          }
          if (last && ctx.needClose) {
            parts.push(indent() + '+------------------------------------\n');
            ctx.needClose = false;
          }
          ctx.depth--;
        }
        if (toplevel) ctx.depth = 0;
      }
    }
  };
  format(top);
  return parts.join('');
}

// ---------------------------------------------------------------- "Did you mean" (3.10+)

/** _Py_Offer_Suggestions (3.10-3.12) / traceback._compute_suggestion_error (3.13). */
function suggestion(exc: PyObject): string {
  return P.minor >= 13 ? suggestion313(exc) : suggestionC(exc);
}

function innermostFrame(ed: ExcData): Frame | null {
  let tb = ed.tb;
  if (tb === null) return null;
  while ((tb.v as TbData).next !== null) tb = (tb.v as TbData).next as PyObject;
  return (tb.v as TbData).frame.v as Frame;
}

function suggestionC(exc: PyObject): string {
  const ed = exc.v as ExcData;
  try {
    const nameObj = ed.get('name');
    if (nameObj === null || nameObj.t !== T.str) return '';
    const name = nameObj.v as string;
    if (exc.t === T.AttributeError) {
      const obj = ed.get('obj');
      if (obj === null) return '';
      const m = bestMatch(name, dirNames(obj));
      return m === null ? '' : `. Did you mean: '${m}'?`;
    }
    if (exc.t === T.NameError) {
      const fr = innermostFrame(ed);
      if (fr === null) return '';
      let m: string | null = null;
      const locals = fr.code.varnames;
      if (P.minor >= 12 && locals.includes('self')) {
        const self = fr.l[locals.indexOf('self')];
        if (self !== null && getAttrOpt(self, name) !== null) m = `self.${name}`;
      }
      if (m === null) m = bestMatch(name, locals);
      if (m === null) m = bestMatch(name, [...dictEntries(fr.g)].map(([k]) => k.v as string));
      if (m === null && suggestionSources.builtins) m = bestMatch(name, [...dictEntries(suggestionSources.builtins)].map(([k]) => k.v as string));
      if (P.minor >= 12 && stdlibName(name)) {
        return m === null ? `. Did you forget to import '${name}'?` : `. Did you mean: '${m}'? Or did you forget to import '${name}'?`;
      }
      return m === null ? '' : `. Did you mean: '${m}'?`;
    }
  } catch (e) {
    if (e instanceof NotSimulated) throw e;
    return '';
  }
  return '';
}

function suggestion313(exc: PyObject): string {
  const isName = isSubtype(exc.t, T.NameError);
  if (!isName && !isSubtype(exc.t, T.AttributeError)) return '';
  const nameObj = getAttrOpt(exc, 'name');
  if (nameObj === null) return '';
  try {
    if (nameObj === S.None) return '';
    let out = '';
    let m: string | null = null;
    if (nameObj.t === T.str) {
      const name = nameObj.v as string;
      const ed = exc.v as ExcData;
      if (!isName) {
        const obj = getAttrOpt(exc, 'obj');
        if (obj !== null) {
          try {
            let d = dirNames(obj);
            let hide = !name.startsWith('_');
            const fr = innermostFrame(ed);
            if (hide && fr !== null) {
              const i = fr.code.varnames.indexOf('self');
              if (i >= 0 && fr.l[i] === obj) hide = false;
            }
            if (hide) d = d.filter((x) => !x.startsWith('_'));
            m = bestMatch(name, d);
          } finally {
            decref(obj);
          }
        }
      } else {
        const fr = innermostFrame(ed);
        if (fr !== null) {
          // list(f_locals) + list(f_globals) + list(f_builtins)
          const globals = [...dictEntries(fr.g)].map(([k]) => k.v as string);
          const locals = fr.code.isModule ? globals : fr.code.varnames.filter((_n, i) => fr.l[i] !== null);
          const i = fr.code.isModule ? -1 : fr.code.varnames.indexOf('self');
          const self = i >= 0 ? fr.l[i] : fr.code.isModule ? dictGetStr(fr.g, 'self') : null;
          if (self !== null) {
            const a = getAttrOpt(self, name);
            if (a !== null) {
              decref(a);
              m = `self.${name}`;
            }
          }
          if (m === null) {
            const builtins = suggestionSources.builtins ? [...dictEntries(suggestionSources.builtins)].map(([k]) => k.v as string) : [];
            m = bestMatch(name, [...locals, ...globals, ...builtins]);
          }
        }
      }
      if (m !== null) out += `. Did you mean: '${m}'?`;
      if (isName && stdlibName(name)) out += m !== null ? ` Or did you forget to import '${name}'?` : `. Did you forget to import '${name}'?`;
    }
    return out;
  } finally {
    decref(nameObj);
  }
}

let stdlibSets: Record<number, Set<string>> = {};
function stdlibName(name: string): boolean {
  const m = P.minor >= 13 ? 13 : 12;
  stdlibSets[m] ??= new Set(STDLIB_MODULE_NAMES[m].split(' '));
  return stdlibSets[m].has(name);
}
void stdlibSets;

let suggestionSources: { builtins: PyObject | null } = { builtins: null };
export function setSuggestionSources(_globals: PyObject, builtins: PyObject): void {
  suggestionSources = { builtins };
}

let dirNames: (o: PyObject) => string[] = () => [];
export function setDirNames(f: (o: PyObject) => string[]): void {
  dirNames = f;
}

export { getAttrOpt, R };
