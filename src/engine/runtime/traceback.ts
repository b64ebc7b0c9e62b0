// Tracebacks, the handled-exception stack (sys.exc_info) with implicit chaining of __context__,
// and the text CPython prints for an uncaught exception.
import { PyObject, F_GC } from './object';
import { P, R, T, PyErr, errHooks, allocBlock, freeBlock, gcAllocHook, gcCountFree, gcTrack, gcUntrack, decref, xdecref } from './core';
import type { TypeInfo, Visit } from './types';

import { ExcData } from './exc';
import { bestMatch } from './suggest';
import { Frame, materialiseFrame, tbHooks } from './func';
import { S, str as pyStr, getAttrOpt } from './abstract';
import { dictEntries } from './dict';

/** The exceptions being handled (innermost last), each an owned reference. */
export const excStack: PyObject[] = [];

export function resetTracebackState(): void {
  excStack.length = 0;
}

/** A handler starts (3.8/3.10: the exc_info triple also holds the type; the traceback's reference
 * is not observable separately). `onStack`: 3.8/3.10 keep the (tb, value, type) triple on the
 * evaluation stack too while a `finally` body or a `with` block's __exit__ runs (an `except`
 * clause pops it before its body). */
export function pushExcState(exc: PyObject, onStack = false): void {
  exc.rc++;
  excStack.push(exc);
  if (P.minor <= 10 && exc !== S.None) exc.t.rc += onStack ? 2 : 1;
}

export function popExcState(onStack = false): void {
  const e = excStack.pop();
  if (e === undefined) return;
  if (P.minor <= 10 && e !== S.None) {
    if (onStack) decref(e.t);
    decref(e.t);
  }
  decref(e);
}

/** _PyErr_SetObject's implicit chaining: the handled exception becomes the new one's context. */
function chain(exc: PyObject): void {
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
  constructor(public frame: PyObject, public next: PyObject | null, public line: number) {}
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
  const tb = new PyObject(T.traceback, new TbData(fo, ed.tb, fr.line), null, F_GC);
  allocBlock(tb, 64);
  gcAllocHook();
  gcTrack(tb);
  ed.tb = tb;
}

export function initTracebackType(ti: TypeInfo): void {
  ti.gc = true;
  ti.basicsize = () => 48;
  ti.dealloc = (o) => {
    gcUntrack(o);
    const td = o.v as TbData;
    o.v = null;
    xdecref(td.next);
    decref(td.frame);
    freeBlock(o, 64);
    gcCountFree();
  };
  ti.traverse = (o, visit: Visit) => {
    const td = o.v as TbData | null;
    if (td === null) return;
    if (td.next) visit(td.next);
    visit(td.frame);
  };
}

export function initTracebacks(): void {
  errHooks.onRaise = chain;
  tbHooks.addTraceback = addTraceback;
}

// ---------------------------------------------------------------- printing

let sourceLines: string[] = [];
let fileName = '<string>';
export function setSource(filename: string, source: string): void {
  fileName = filename;
  sourceLines = source.split(/\r\n|\r|\n/);
}

/** Line `lineno` of `filename` as CPython's _Py_DisplaySourceLine reads it (only the program's
 * own file is known), or undefined. */
export function programSourceLine(filename: string, lineno: number): string | undefined {
  return filename === fileName ? sourceLines[lineno - 1] : undefined;
}

function typeLabel(exc: PyObject): string {
  const ti = exc.t.v as TypeInfo;
  if (!ti.heap) return ti.name;
  const mod = ti.module;
  if (mod === 'builtins' || (mod === '__main__' && P.minor >= 11)) return ti.qualname;
  return `${mod}.${ti.qualname}`;
}

/** The final line: `Type: message` (or just `Type`). */
export function excLine(exc: PyObject): string {
  let msg: string;
  try {
    const s = pyStr(exc);
    msg = s.v as string;
    decref(s);
  } catch (e) {
    if (e instanceof PyErr) {
      decref(e.exc);
      msg = '<exception str() failed>';
    } else throw e;
  }
  let line = msg === '' ? typeLabel(exc) : `${typeLabel(exc)}: ${msg}`;
  if (P.minor >= 10) line += suggestion(exc);
  return line;
}

export function tbLines(exc: PyObject): string[] {
  const out: string[] = [];
  let tb = (exc.v as ExcData).tb;
  let lastKey = '';
  let repeat = 0;
  const flush = (): void => {
    if (repeat > 3) out.push(`  [Previous line repeated ${repeat - 3} more time${repeat - 3 === 1 ? '' : 's'}]\n`);
  };
  while (tb !== null) {
    const td = tb.v as TbData;
    const fr = td.frame.v as Frame;
    const name = fr.code.isModule ? '<module>' : fr.code.name;
    const key = `${td.line}|${name}`;
    if (key === lastKey) repeat++;
    else {
      flush();
      lastKey = key;
      repeat = 1;
    }
    if (repeat <= 3) {
      out.push(`  File "${fr.code.filename}", line ${td.line}, in ${name}\n`);
      const src = sourceLines[td.line - 1];
      if (src !== undefined && fr.code.filename === fileName && src.trim() !== '') out.push(`    ${src.trim()}\n`);
    }
    tb = td.next;
  }
  flush();
  return out;
}

/** The whole report CPython prints for an uncaught exception, with chained exceptions. */
export function formatUncaught(exc: PyObject): string {
  const parts: string[] = [];
  const seen = new Set<PyObject>();
  const emit = (e: PyObject): void => {
    seen.add(e);
    const ed = e.v as ExcData;
    if (ed.cause !== null && !seen.has(ed.cause)) {
      emit(ed.cause);
      parts.push('\nThe above exception was the direct cause of the following exception:\n\n');
    } else if (ed.context !== null && !ed.suppressContext && !seen.has(ed.context)) {
      emit(ed.context);
      parts.push('\nDuring handling of the above exception, another exception occurred:\n\n');
    }
    if (ed.tb !== null) {
      parts.push('Traceback (most recent call last):\n');
      parts.push(...tbLines(e));
    }
    parts.push(excLine(e) + '\n');
  };
  emit(exc);
  return parts.join('');
}

// ---------------------------------------------------------------- "Did you mean" (3.10+)

function suggestion(exc: PyObject): string {
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
      let tb = ed.tb;
      if (tb === null) return '';
      while ((tb.v as TbData).next !== null) tb = (tb.v as TbData).next as PyObject;
      const fr = (tb.v as TbData).frame.v as Frame;
      let m: string | null = null;
      const locals = fr.code.varnames;
      if (P.minor >= 12 && locals.includes('self')) {
        const self = fr.l[locals.indexOf('self')];
        if (self !== null && getAttrOpt(self, name) !== null) m = `self.${name}`;
      }
      if (m === null) m = bestMatch(name, locals);
      if (m === null) m = bestMatch(name, [...dictEntries(fr.g)].map(([k]) => k.v as string));
      if (m === null && suggestionSources.builtins) m = bestMatch(name, [...dictEntries(suggestionSources.builtins)].map(([k]) => k.v as string));
      if (P.minor >= 12 && STDLIB_NAMES.has(name)) {
        return m === null ? `. Did you forget to import '${name}'?` : `. Did you mean: '${m}'? Or did you forget to import '${name}'?`;
      }
      return m === null ? '' : `. Did you mean: '${m}'?`;
    }
  } catch {
    return '';
  }
  return '';
}

const STDLIB_NAMES = new Set(['abc', 'argparse', 'array', 'asyncio', 'base64', 'bisect', 'builtins', 'calendar', 'cmath',
  'collections', 'contextlib', 'copy', 'csv', 'ctypes', 'dataclasses', 'datetime', 'decimal', 'dis', 'enum', 'fractions',
  'functools', 'gc', 'glob', 'hashlib', 'heapq', 'inspect', 'io', 'itertools', 'json', 'logging', 'math', 'operator', 'os',
  'pathlib', 'pickle', 'platform', 'pprint', 'queue', 'random', 're', 'shutil', 'signal', 'socket', 'statistics', 'string',
  'struct', 'subprocess', 'sys', 'tempfile', 'textwrap', 'threading', 'time', 'timeit', 'traceback', 'types', 'typing',
  'unittest', 'uuid', 'warnings', 'weakref', 'zlib']);

let suggestionSources: { builtins: PyObject | null } = { builtins: null };
export function setSuggestionSources(_globals: PyObject, builtins: PyObject): void {
  suggestionSources = { builtins };
}

let dirNames: (o: PyObject) => string[] = () => [];
export function setDirNames(f: (o: PyObject) => string[]): void {
  dirNames = f;
}

export { getAttrOpt, R };
