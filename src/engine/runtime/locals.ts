// The builtin locals() (Python/bltinmodule.c builtin_locals): the namespace of a module or class
// body, and for a function the dict CPython builds from its fast locals — up to 3.12 the frame's
// own f_locals dict, refreshed on every call and kept until the frame ends
// (PyFrame_FastToLocalsWithError / _PyFrame_GetLocals), from 3.13 (PEP 667) a new snapshot dict
// per call, copied through a FrameLocalsProxy (_PyEval_GetFrameLocals).
import { PyObject, F_GC } from './object';
import { P, T, NotSimulated, ST, allocBlock, freeBlock, gcAllocHook, gcCountFree, gcTrack, gcUntrack, decref } from './core';
import { callStack, materialiseFrame, type Frame } from './func';
import { newDict, dictSetStr, dictDelStr } from './dict';
import { newTuple } from './tuple';
import { newList, listAppend } from './list';
import { getIter, iterNext } from './abstract';
import { excNewWithTuple } from './exc';
import { excStack } from './traceback';
import { identifier } from './str';
import type { TypeInfo } from './types';

/** A name of the frame's code with the value locals() sees (null: unbound), in the order the
 * C loop visits them. */
type Slot = [name: string, value: PyObject | null];

function cellValue(c: PyObject | null): PyObject | null {
  return c === null ? null : ((c.v as PyObject | null) ?? null);
}

/** The fast locals as the version's loop walks them. 3.8/3.10 (map_to_dict): co_varnames — a
 * parameter a closure captures is NULL there (its value moved into the cell, cell2arg) — then
 * co_cellvars (every cell, sorted, parameters included), then co_freevars. 3.11+: the
 * localsplus names in order — parameters (a captured one as its cell's contents), other locals,
 * the remaining cells, the free variables. */
function slots(fr: Frame): Slot[] {
  const c = fr.code;
  const l = fr.l;
  const nv = c.varnames.length;
  const out: Slot[] = [];
  if (P.heapFrames) {
    for (let i = 0; i < nv; i++) out.push([c.varnames[i], c.argCells.includes(i) ? null : l[i]]);
    const cells: [string, PyObject | null][] = c.cellvars.map((n, j) => [n, cellValue(l[nv + j])]);
    for (const i of c.argCells) cells.push([c.varnames[i], cellValue(l[i])]);
    cells.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    out.push(...cells);
  } else {
    for (let i = 0; i < nv; i++) out.push([c.varnames[i], c.argCells.includes(i) ? cellValue(l[i]) : l[i]]);
    for (let j = 0; j < c.cellvars.length; j++) out.push([c.cellvars[j], cellValue(l[nv + j])]);
  }
  const nc = c.cellvars.length;
  for (let j = 0; j < c.freevars.length; j++) out.push([c.freevars[j], cellValue(l[nv + nc + j])]);
  return out;
}

/** PyObject_DelItem on a dict without the key: _PyErr_SetKeyError packs the key in a 1-tuple,
 * and the caller clears the error at once. Up to 3.11 the exception is instantiated only when
 * it has to be normalised — when an exception is being handled (implicit chaining in
 * _PyErr_SetObject); 3.12+ always make it. */
function keyErrorCleared(key: string): void {
  const k = identifier(key);
  const t = newTuple([k]);
  if (P.minor >= 12 || excStack.length > 0) decref(excNewWithTuple(T.KeyError, t));
  else decref(t);
}

/** 3.12's _PyEval_GetFrameLocals asks _PyFrame_GetLocals to include the hidden locals of an
 * inlined comprehension, which collects them in a dict of its own (made and dropped empty when
 * there are none). */
function hiddenDict(): PyObject | null {
  return P.minor === 12 ? newDict() : null;
}

function notSimulated(what: string, why: string): never {
  throw new NotSimulated(`${what} ${why}`, ST.line);
}

export function builtinLocals(): PyObject {
  return frameLocals(callStack[callStack.length - 1], 'locals()');
}

/** frame.f_locals (frame_getlocals) up to 3.12: the same merge as locals() in that frame; 3.13
 * returns a FrameLocalsProxy for a function's frame, which HeapLens does not make. */
export function frameFLocals(fr: Frame): PyObject {
  const what = 'frame.f_locals';
  if (P.minor >= 13 && !fr.code.isModule && !fr.code.isClassBody) notSimulated(what, 'of a function frame on 3.13 (a FrameLocalsProxy, PEP 667)');
  return frameLocals(fr, what);
}

/** `what` names the construct in a stop message. */
function frameLocals(fr: Frame, what: string): PyObject {
  const c = fr.code;
  if (c.stdlib !== '' || c.foreign) notSimulated(what, 'called from standard-library code HeapLens runs itself');
  if (c.isModule || c.isClassBody) {
    // module and class bodies: the namespace itself (f_locals). 3.12+ run a comprehension inline
    // there with "hidden" fast locals, which locals() inside it merges into a new dict
    if (P.minor >= 12 && fr.l.some((x) => x !== null)) notSimulated(what, 'inside a comprehension at module or class level');
    // a class body's cells (__class__, __classdict__) are deleted from the namespace by the merge
    if (c.isClassBody && c.cellvars.length > 0) notSimulated(what, 'in the body of a class whose methods use super() or __class__');
    const hidden = hiddenDict();
    const ns = fr.ns ?? fr.g;
    ns.rc++;
    if (hidden !== null) decref(hidden);
    return ns;
  }
  if (fr.gen !== null) notSimulated(what, 'in a generator or coroutine');
  if (c.varnamesOrderUnknown !== '') notSimulated(what, `in a function with ${c.varnamesOrderUnknown}`);
  if (P.minor >= 13) return snapshot(fr);
  // PyFrame_FastToLocalsWithError: the frame's f_locals (made empty on first use), updated name
  // by name: bound names set, unbound ones deleted
  if (fr.fl === null) fr.fl = newDict();
  const hidden = hiddenDict();
  const d = fr.fl;
  for (const [name, v] of slots(fr)) {
    if (v !== null) dictSetStr(d, name, v);
    else if (!dictDelStr(d, name)) keyErrorCleared(name);
  }
  d.rc++;
  if (hidden !== null) decref(hidden);
  return d;
}

/** 3.13 (PEP 667): _PyFrame_GetLocals makes the frame object (kept until the frame ends) and a
 * FrameLocalsProxy over it; _PyEval_GetFrameLocals copies the proxy into a new dict
 * (PyDict_Update's generic path: list(proxy.keys()), then proxy[key] for each) and drops it. */
function snapshot(fr: Frame): PyObject {
  const fo = materialiseFrame(fr);
  // _PyFrameLocalsProxy_New: PyTuple_Pack(1, frame) for framelocalsproxy_new
  fo.rc++;
  const args = newTuple([fo]);
  const proxy = new PyObject(T.FrameLocalsProxy, fo, null, F_GC);
  allocBlock(proxy, 16 + 24);
  gcAllocHook();
  gcTrack(proxy);
  fo.rc++;
  decref(args);
  const d = newDict();
  // framelocalsproxy_keys: the bound names, in localsplus order
  const vals = new Map<string, PyObject>();
  const keys = newList([]);
  for (const [name, v] of slots(fr)) {
    if (v === null) continue;
    vals.set(name, v);
    const k = identifier(name);
    listAppend(keys, k);
    decref(k);
  }
  const it = getIter(keys);
  decref(keys);
  for (let k = iterNext(it); k !== null; k = iterNext(it)) {
    dictSetStr(d, k.v as string, vals.get(k.v as string) as PyObject);
    decref(k);
  }
  decref(it);
  decref(proxy);
  return d;
}

/** FrameLocalsProxy (3.13, Objects/frameobject.c): a GC object holding its frame object. */
export function initFrameLocalsProxyType(): void {
  if (P.minor < 13) return;
  const ti = T.FrameLocalsProxy.v as TypeInfo;
  ti.gc = true;
  ti.basicsize = () => 24;
  ti.dealloc = (o) => {
    gcUntrack(o);
    const f = o.v as PyObject | null;
    o.v = null;
    if (f !== null) decref(f);
    freeBlock(o, 16 + 24);
    gcCountFree();
  };
  ti.traverse = (o, visit) => {
    if (o.v !== null) visit(o.v as PyObject);
  };
}
