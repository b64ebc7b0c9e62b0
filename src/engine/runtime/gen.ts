// Generators (Objects/genobject.c): the generator object owns its frame; the compiled body is a
// JS generator function, resumed by next()/send()/throw()/close(). A finished generator clears
// its frame (releasing its locals), a suspended one is closed when it is deallocated.
import { PyObject, F_GC, F_FINALIZED } from './object';
import { P, T, PyErr, BudgetExceeded, NotSimulated, allocBlock, freeBlock, gcAllocHook, gcCountFree, gcTrack, gcUntrack, decref, xdecref, incref, ST, tmLasti } from './core';
import type { TypeInfo, Visit } from './types';
import { isSubtype, typeName, isType } from './types';
import { raise, newException, newExceptionDeferred, ExcData } from './exc';
import { S, getIter, iterNext, call, callObjectTuple, getAttrOpt, callMethod, genericGetAttr, reprJs } from './abstract';
import { newStr } from './str';
import { warnEx } from './warnings';
import { Frame, type GenRunner, genHooks, callStack, traceHooks, materialiseFrame, takeOwnership, clearFrameLocals, visitGenStack, visitExcTriple, allocHeapFrame, frameSize, enterRecursive, leaveRecursive, frameEntry, FuncData, programLine } from './func';
import { addTraceback, excStack, takeExcStates, restoreExcStates, releaseExcStates, chain, type ExcStates } from './traceback';
import { unraisableHook, clearWeakrefs } from './weakrefs';
import { defMethods, argRange, noArgs } from './methods';

export class GenData {
  it: Generator<PyObject, PyObject, PyObject> | null = null;
  started = false;
  finished = false;
  /** 3.13 gen_close's fast path cleared the locals: the rest of the frame waits for dealloc. */
  closedFast = false;
  /** 3.12+ gen_close of a generator that never ran only marked it completed: its frame, locals
   * included, waits for dealloc (gen_traverse still visits them). */
  closedUnstarted = false;
  running = false;
  allocBytes = 0;
  /** The iterator a `yield from` delegates to while the generator is suspended in it (borrowed;
   * the frame's value stack holds it). */
  yf: PyObject | null = null;
  /** gen_close closed the `yield from` delegate itself before throwing into the generator (the
   * exception then propagates from the yield point as it is). */
  yfClosed = false;
  /** 3.8-3.12: the delegate gen_close/_gen_throw is closing or throwing into from C code while
   * the generator's frame stays at its `yield from` (gi_yieldfrom shows it; borrowed). */
  yfExposed: PyObject | null = null;
  /** 3.11+: the embedded frame's f_funcobj, held until the frame is cleared. */
  func: PyObject | null = null;
  /** The handlers the generator was suspended in (gi_exc_state), off the thread's stack. */
  excSaved: ExcStates | null = null;
  constructor(public frame: Frame, public name: PyObject, public qualname: PyObject) {}
}

function genAllocSize(fr: Frame): number {
  if (P.heapFrames) return P.generatorSize;
  // 3.11+ (make_gen): the frame is embedded, one slot per local, cell, free variable and
  // value-stack entry
  return P.generatorSize + 8 * (fr.code.nlocalsplus + fr.code.stacksize);
}

export function newGenerator(fr: Frame, func: PyObject): PyObject {
  const fd = func.v as FuncData;
  fd.name.rc++;
  fd.qualname.rc++;
  const gd = new GenData(fr, fd.name, fd.qualname);
  if (P.heapFrames) allocHeapFrame(fr);
  else {
    func.rc++;
    gd.func = func;
  }
  const o = new PyObject(T.generator, gd, null, F_GC);
  gd.allocBytes = genAllocSize(fr);
  allocBlock(o, gd.allocBytes);
  gcAllocHook();
  gcTrack(o);
  // 3.8/3.10 (_PyEval_EvalCodeWithName): the generator's frame is tracked once the generator exists
  if (P.heapFrames && fr.fobj !== null) gcTrack(fr.fobj);
  fr.gen = o;
  return o;
}

/** gen_send_ex: resume with `arg` (owned) or throw `exc`. Returns the yielded value (owned) or,
 * when the generator returns, {ret}. */
function resume(g: PyObject, arg: PyObject | null, exc: PyErr | null): { value: PyObject; done: boolean } {
  const gd = g.v as GenData;
  if (gd.running) {
    xdecref(arg);
    raise(T.ValueError, 'generator already executing');
  }
  if (gd.finished) {
    xdecref(arg);
    if (exc !== null) throw exc;
    return { value: (S.None.rc++, S.None), done: true };
  }
  const fr = gd.frame;
  if (!gd.started && arg !== null && arg !== S.None) {
    decref(arg);
    raise(T.TypeError, "can't send non-None value to a just-started generator");
  }
  enterRecursive(fr, exc === null);
  fr.back = callStack.length > 0 ? callStack[callStack.length - 1] : null;
  callStack.push(fr);
  gd.running = true;
  const excBase = excStack.length;
  if (gd.excSaved !== null) {
    restoreExcStates(gd.excSaved);
    gd.excSaved = null;
  }
  // 3.10+ gen_send_ex2 (_PyErr_ChainStackItem): an exception thrown in gets the exception the
  // generator is handling as its __context__
  if (exc !== null && P.minor >= 10 && gd.started) chain(exc.exc);
  let res: IteratorResult<PyObject, PyObject> | undefined;
  try {
    if (!gd.started) {
      gd.started = true;
      if (arg !== null) decref(arg);
      if (exc !== null) {
        gd.finished = true;
        throw exc;
      }
      gd.it = (fr.code.run as GenRunner)(fr);
      res = gd.it.next(undefined as unknown as PyObject);
    } else if (exc !== null) {
      res = (gd.it as Generator<PyObject, PyObject, PyObject>).throw(exc);
    } else {
      res = (gd.it as Generator<PyObject, PyObject, PyObject>).next(arg ?? (S.None.rc++, S.None));
    }
  } catch (e) {
    gd.finished = true;
    if (e instanceof PyErr) {
      // 3.12+: the body runs under a StopIteration handler that keeps `lasti`
      if (P.minor >= 12 && fr.code.lastiBig) tmLasti();
      addTraceback(e, fr);
      if (isSubtype(e.exc.t, T.StopIteration) || (P.minor >= 7 && isSubtype(e.exc.t, T.StopAsyncIteration) && false)) {
        // PEP 479
        const inner = e.exc;
        const rt = newException(T.RuntimeError, [newStrTemp('generator raised StopIteration')]);
        (rt.v as ExcData).cause = inner;
        (rt.v as ExcData).context = null;
        inner.rc++;
        (rt.v as ExcData).context = inner;
        (rt.v as ExcData).suppressContext = true;
        finishGen(g);
        throw new PyErr(rt, true);
      }
    }
    finishGen(g);
    throw e;
  } finally {
    // returned (done) or suspended at a yield; no result: it raised
    if (traceHooks.exit !== null) traceHooks.exit(fr, res !== undefined, res !== undefined && !res.done);
    // suspended inside handlers: they go with the generator
    const mine = takeExcStates(excBase);
    if (mine !== null) {
      if (res !== undefined && !res.done) gd.excSaved = mine;
      else releaseExcStates(mine);
    }
    gd.running = false;
    callStack.pop();
    leaveRecursive(fr);
    if (fr.back !== null) ST.line = fr.back.code.foreign ? programLine(fr.back) : fr.back.line;
  }
  if (res.done) {
    gd.finished = true;
    finishGen(g);
    return { value: res.value ?? (S.None.rc++, S.None), done: true };
  }
  return { value: res.value, done: false };
}

function newStrTemp(s: string): PyObject {
  const o = newStr(s);
  o.rc--;
  return o;
}

/** A finished generator releases its frame (locals), unless a traceback still holds it. */
function finishGen(g: PyObject): void {
  const gd = g.v as GenData;
  const fr = gd.frame;
  gd.it = null;
  fr.stk = null;
  if (gd.excSaved !== null) {
    // _PyErr_ClearExcState(&gen->gi_exc_state)
    const saved = gd.excSaved;
    gd.excSaved = null;
    releaseExcStates(saved);
  }
  if (fr.fobj !== null && fr.fobj.rc > 1) {
    fr.escaped = true;
    // the frame object takes over the frame, with its function (3.11+)
    fr.heldFunc = gd.func;
    gd.func = null;
    const fo = fr.fobj;
    fr.fobj = null;
    takeOwnership(fo, fr);
    decref(fo);
    return;
  }
  clearFrameLocals(fr);
  releaseFunc(gd);
  if (fr.fobj !== null) {
    const fo = fr.fobj;
    fr.fobj = null;
    decref(fo);
  }
}

/** _PyFrame_Clear: after the locals, the frame's function is released (3.11+). */
function releaseFunc(gd: GenData): void {
  const f = gd.func;
  gd.func = null;
  if (f !== null) decref(f);
}

/** tp_iternext: the next value or null (no StopIteration object is made for a plain return). */
export function genNext(g: PyObject): PyObject | null {
  // (FOR_ITER_GEN, 3.12+: the generator runs in the loop's own interpreter)
  const inline = frameEntry.inline;
  const r = resume(g, null, null);
  if (r.done) {
    if (r.value !== S.None) {
      // a `return value` in a generator used by a for loop: the value is dropped — by
      // gen_iternext as a StopIteration(value) the caller clears, which 3.12+ make at once
      // (3.8-3.11 leave it unnormalised: never made); not by FOR_ITER_GEN
      if (P.minor >= 12 && !inline) {
        const e = newException(T.StopIteration, [r.value]);
        decref(r.value);
        decref(e);
        return null;
      }
      decref(r.value);
      return null;
    }
    decref(r.value);
    return null;
  }
  return r.value;
}

/** gen_iternext as next(g) and g.__next__() see it: a `return value` raises StopIteration(value). */
export function genNextRaise(g: PyObject): PyObject {
  const r = resume(g, null, null);
  if (r.done) {
    if (r.value !== S.None) stopIteration(r.value);
    decref(r.value);
    raise(T.StopIteration);
  }
  return r.value;
}

/** gen.send(v): raises StopIteration(value) when the generator returns. */
export function genSend(g: PyObject, v: PyObject): PyObject {
  v.rc++;
  const r = resume(g, v, null);
  if (r.done) stopIteration(r.value);
  return r.value;
}

function stopIteration(value: PyObject): never {
  const args = value === S.None ? [] : [value];
  const e = newException(T.StopIteration, args);
  decref(value);
  throw new PyErr(e);
}

/** gen.throw(typ[, val[, tb]]) (_gen_throw): the arguments are checked and normalized to one
 * exception instance, which is raised at the generator's yield. */
export function genThrow(g: PyObject, typ: PyObject, val: PyObject | null = null, tb: PyObject | null = null): PyObject {
  if (tb !== null && tb !== S.None) {
    if (tb.t !== T.traceback) raise(T.TypeError, 'throw() third argument must be a traceback object');
    // PyErr_NormalizeException leaves an instance of the class as it is, and PyErr_Restore
    // raises it with the given traceback: when that is the instance's own __traceback__ (what
    // contextlib's __exit__ passes on 3.8-3.11), this is throw(instance), which raises the
    // instance with its traceback
    const own = val !== null && isType(typ) && isSubtype(val.t, typ) && isSubtype(typ, T.BaseException) ? (val.v as ExcData).tb : undefined;
    if (own !== tb) throw new NotSimulated("generator.throw() with a traceback argument other than the exception's own __traceback__");
  }
  if (isType(typ) && delegatesToIterator(g)) {
    // _gen_throw calls the delegate's throw() before any exception object exists; the simulator
    // makes the instance first (which CPython does not, for this delegate)
    throw new NotSimulated("generator.throw() of an exception class through 'yield from' to an iterator's throw()");
  }
  let inst: PyObject;
  if (isType(typ) && isSubtype(typ, T.BaseException)) {
    // PyErr_NormalizeException: an instance of the class is used as is, anything else becomes
    // the class's arguments (None: none, a tuple: all of them)
    if (val !== null && isSubtype(val.t, typ)) {
      inst = val;
      inst.rc++;
    } else {
      // _PyErr_CreateException: PyObject_Call(type, tuple) for a tuple — the exception keeps
      // that tuple as its args unless the type has a vectorcall (3.12+ BaseException's copies)
      if (val !== null && val.t === T.tuple) inst = callObjectTuple(typ, (val.v as PyObject[]).slice(), null, null, val);
      else inst = call(typ, val === null || val === S.None ? [] : [val]);
      if (!isSubtype(inst.t, T.BaseException)) {
        const tn = typeName(inst);
        decref(inst);
        raise(T.TypeError, `calling ${reprJs(typ)} should have returned an instance of BaseException, not ${tn}`);
      }
    }
  } else if (isSubtype(typ.t, T.BaseException)) {
    if (val !== null && val !== S.None) raise(T.TypeError, 'instance exception may not have a separate value');
    inst = typ;
    inst.rc++;
  } else {
    raise(T.TypeError, `exceptions must be classes or instances deriving from BaseException, not ${typeName(typ)}`);
  }
  const err = new PyErr(inst, true);
  err.throwArgs = [typ];
  if (val !== null) err.throwArgs.push(val);
  if (val !== null && tb !== null) err.throwArgs.push(tb);
  const r = resume(g, null, err);
  if (r.done) stopIteration(r.value);
  return r.value;
}

/** The generator is suspended in a `yield from` (through nested generators) whose innermost
 * delegate is not a generator but has a throw() method. */
function delegatesToIterator(g: PyObject): boolean {
  let cur = g;
  for (;;) {
    const gd = cur.v as GenData;
    if (gd.yf === null || gd.running || gd.finished) return false;
    if (gd.yf.t !== T.generator) {
      const thr = getAttrOpt(gd.yf, 'throw');
      if (thr === null) return false;
      decref(thr);
      return true;
    }
    cur = gd.yf;
  }
}

/** Thrown into a suspended generator's code to unwind it (its temporaries released) without a
 * Python exception. */
class ClearLocals {}

/** gen_close: throw GeneratorExit; a yield in response is an error. */
export function genClose(g: PyObject): void {
  decref(genCloseValue(g));
}

/** gen_close as g.close() returns it: None, or (3.13+) the value a generator returned while
 * closing (owned). */
function genCloseValue(g: PyObject): PyObject {
  const gd = g.v as GenData;
  if (gd.finished) return incref(S.None);
  if (!gd.started && P.minor >= 12) {
    // 3.12+: a generator that never ran is marked completed (no GeneratorExit) and its frame
    // is left as it is — its arguments stay referenced until gen_dealloc clears it; up to 3.11
    // it is thrown into the frame at its first instruction like any other (a traceback entry)
    gd.finished = true;
    gd.closedUnstarted = true;
    return incref(S.None);
  }
  if (P.minor >= 13 && gd.frame.yd === 1 && !gd.running) {
    // 3.13: suspended after a yield no try/with block encloses: no GeneratorExit, the frame's
    // locals and value stack are cleared (_PyFrame_ClearLocals); the rest of the frame (its
    // function) goes when the generator does
    gd.finished = true;
    gd.closedFast = true;
    const it = gd.it as Generator<PyObject, PyObject, PyObject>;
    gd.it = null;
    try {
      it.throw(new ClearLocals());
    } catch (e) {
      if (!(e instanceof ClearLocals)) throw e;
    }
    clearFrameLocals(gd.frame);
    return incref(S.None);
  }
  // PyErr_SetNone(PyExc_GeneratorExit): up to 3.11 instantiated only if a handler in the
  // generator normalises it
  // a generator suspended in `yield from` closes its delegate first (gen_close_iter); an error
  // there is thrown into the generator instead of GeneratorExit
  let err: PyErr | null = null;
  if (gd.yf !== null && !gd.running) {
    const yf = incref(gd.yf);
    gd.running = true;
    if (P.minor <= 12) gd.yfExposed = yf;
    try {
      closeIter(yf);
    } catch (e) {
      if (!(e instanceof PyErr)) throw e;
      err = e;
    } finally {
      gd.running = false;
      gd.yfExposed = null;
      decref(yf);
    }
    gd.yfClosed = true;
  }
  const thrown = err ?? new PyErr(newExceptionDeferred(T.GeneratorExit), true);
  try {
    const r = resume(g, null, thrown);
    if (!r.done) {
      decref(r.value);
      raise(T.RuntimeError, 'generator ignored GeneratorExit');
    }
    if (P.minor >= 13) return r.value;
    decref(r.value);
  } catch (e) {
    if (e instanceof PyErr && isSubtype(e.exc.t, T.GeneratorExit)) {
      decref(e.exc);
      return incref(S.None);
    }
    // a StopIteration the generator raised itself is a RuntimeError by now (PEP 479)
    throw e;
  } finally {
    gd.yfClosed = false;
  }
  return incref(S.None);
}

function genDealloc(g: PyObject): void {
  const gd = g.v as GenData;
  gcUntrack(g);
  clearWeakrefs(g);
  if ((gd.started || P.minor <= 11) && !gd.finished && !(g.f & F_FINALIZED)) {
    // _PyGen_Finalize (once per object, PyObject_CallFinalizerFromDealloc): close a suspended
    // generator (runs its finally blocks)
    g.f |= F_FINALIZED;
    g.rc = 1;
    gcTrack(g);
    try {
      genClose(g);
    } catch (e) {
      if (e instanceof PyErr) unraisableHook.report(e, g);
      else throw e;
    }
    gcUntrack(g);
    if (--g.rc > 0) return;
  }
  if (!gd.finished) {
    gd.finished = true;
    finishGen(g);
  } else if (gd.closedFast || gd.closedUnstarted) {
    // gen_dealloc: _PyFrame_ClearExceptCode of the frame gen_close left completed
    gd.closedFast = false;
    gd.closedUnstarted = false;
    finishGen(g);
  }
  g.v = null;
  decref(gd.name);
  decref(gd.qualname);
  freeBlock(g, gd.allocBytes);
  gcCountFree();
}

function genTraverse(g: PyObject, visit: Visit): void {
  const gd = g.v as GenData | null;
  if (gd === null) return;
  const fr = gd.frame;
  const code = fr.code.obj as PyObject | null;
  if (P.heapFrames) {
    // gen_traverse (3.8/3.10): gi_frame, gi_code, gi_name, gi_qualname (the frame object
    // traverses the locals and the value stack)
    if (!gd.finished && fr.fobj !== null) visit(fr.fobj);
    if (code !== null) visit(code);
    visit(gd.name);
    visit(gd.qualname);
    // exc_state_traverse: the type, value and traceback of the exception the generator is
    // handling (the outer handlers' triples are on the frame's value stack)
    const ex = gd.excSaved;
    if (ex !== null && ex.exc.length > 0) visitExcTriple(ex, ex.exc.length - 1, visit, false);
    return;
  }
  // gen_traverse (3.11+): gi_code (3.11 only; from 3.12 the frame's f_code), gi_name,
  // gi_qualname, then while the frame is not cleared _PyFrame_Traverse: frame_obj, f_funcobj,
  // f_code, the locals (cells, free variables) and the value stack. 3.13's gen_close fast path
  // leaves the frame completed with its locals cleared.
  if (P.minor === 11 && code !== null) visit(code);
  visit(gd.name);
  visit(gd.qualname);
  if (gd.finished && !gd.closedFast && !gd.closedUnstarted) return;
  if (fr.fobj !== null) visit(fr.fobj);
  if (gd.func !== null) visit(gd.func);
  if (code !== null) visit(code);
  if (gd.finished && !gd.closedUnstarted) return;
  for (const x of fr.l) if (x !== null) visit(x);
  visitGenStack(fr, visit);
  // the exceptions the generator is handling: each handler's PUSH_EXC_INFO left the one before
  // it on the value stack (None for the outermost), the innermost is gi_exc_state's, visited last
  if (gd.excSaved !== null && gd.excSaved.exc.length > 0) {
    visit(S.None);
    for (const e of gd.excSaved.exc) visit(e);
  }
}

// ---------------------------------------------------------------- yield from

/** GET_YIELD_FROM_ITER: a generator stays itself, anything else goes through iter(). v owned. */
export function yieldFromIter(v: PyObject): PyObject {
  if (v.t === T.generator) return v;
  try {
    return getIter(v);
  } finally {
    decref(v);
  }
}

/** SEND to a generator: from 3.12 it runs in the same interpreter loop (no C-level entry). */
function sendInline(g: PyObject, arg: PyObject | null): { value: PyObject; done: boolean } {
  frameEntry.inline = P.minor >= 12;
  try {
    return resume(g, arg, null);
  } finally {
    frameEntry.inline = false;
  }
}

/** gen_close_iter: close a generator, or call an iterator's close() if it has one. */
function closeIter(it: PyObject): void {
  if (it.t === T.generator) {
    genClose(it);
    return;
  }
  const close = getAttrOpt(it, 'close');
  if (close !== null) {
    try {
      decref(call(close, []));
    } finally {
      decref(close);
    }
  }
}

/** `yield from it` (PEP 380): delegates next/send/throw/close; returns the result (owned). */
export function* yieldFromImpl(it: PyObject, _f: Frame): Generator<PyObject, PyObject, PyObject> {
  const gd = _f.gen !== null ? (_f.gen.v as GenData) : null;
  try {
    let y: PyObject;
    try {
      if (it.t === T.generator) {
        const r = sendInline(it, null);
        if (r.done) return r.value;
        y = r.value;
      } else {
        const x = yfIterNext(it);
        if (x === null) return (S.None.rc++, S.None);
        y = x;
      }
    } catch (e) {
      if (e instanceof PyErr && isSubtype(e.exc.t, T.StopIteration)) return stopValue(e);
      throw e;
    }
    for (;;) {
      let sent: PyObject;
      try {
        if (gd !== null) gd.yf = it;
        try {
          sent = yield y;
        } finally {
          if (gd !== null) gd.yf = null;
        }
      } catch (e) {
        if (!(e instanceof PyErr)) throw e;
        if (gd !== null && gd.yfClosed) {
          // gen_close closed the delegate already and throws at the yield point
          gd.yfClosed = false;
          throw e;
        }
        if (gd !== null && P.minor <= 12) gd.yfExposed = it;
        if (isSubtype(e.exc.t, T.GeneratorExit)) {
          try {
            closeIter(it);
          } finally {
            if (gd !== null) gd.yfExposed = null;
          }
          throw e;
        }
        // throw into the sub-iterator
        try {
          if (it.t === T.generator) {
            const r = resume(it, null, e);
            if (r.done) return r.value;
            y = r.value;
          } else {
            const thr = getAttrOpt(it, 'throw');
            if (thr === null) throw e;
            // _gen_throw: yf.throw(typ[, val[, tb]]) with generator.throw()'s arguments as given
            // (stopping at the first missing one); no exception object of the generator's own
            const args = e.throwArgs ?? [e.exc.t, e.exc, (e.exc.v as ExcData).tb ?? S.None];
            if (e.throwArgs !== null && e.exc.rc > 1) decref(e.exc);
            else e.throwArgs = null;
            try {
              y = call(thr, args);
            } finally {
              decref(thr);
            }
            if (e.throwArgs === null) decref(e.exc);
          }
        } catch (e2) {
          if (e2 instanceof PyErr && isSubtype(e2.exc.t, T.StopIteration)) return stopValue(e2);
          throw e2;
        } finally {
          if (gd !== null) gd.yfExposed = null;
        }
        continue;
      }
      try {
        if (it.t === T.generator) {
          // 3.8-3.11 YIELD_FROM/SEND pop the value, pass it borrowed to _PyGen_Send (which pushes
          // its own reference onto the delegate's stack) and drop theirs only after the delegate
          // yields; 3.12's SEND_GEN moves it onto the delegate's frame
          let r: { value: PyObject; done: boolean };
          if (P.minor < 12) {
            sent.rc++;
            try {
              r = sendInline(it, sent);
            } finally {
              decref(sent);
            }
          } else {
            r = sendInline(it, sent);
          }
          if (r.done) return r.value;
          y = r.value;
        } else if (sent === S.None) {
          decref(sent);
          const x = yfIterNext(it);
          if (x === null) return (S.None.rc++, S.None);
          y = x;
        } else {
          try {
            y = callMethod(it, 'send', [sent]);
          } finally {
            decref(sent);
          }
        }
      } catch (e) {
        if (e instanceof PyErr && isSubtype(e.exc.t, T.StopIteration)) return stopValue(e);
        throw e;
      }
    }
  } catch (e) {
    // the delegating frame's traceback entry, made before its stack (the delegate) is unwound
    if (e instanceof PyErr) addTraceback(e, _f);
    throw e;
  } finally {
    decref(it);
  }
}

/** YIELD_FROM/SEND on an iterator that is not a generator: tp_iternext as it is — a class's
 * slot_tp_iternext leaves the StopIteration its __next__ raised set, and the value of the
 * `yield from` is that exception's `value` (_PyGen_FetchStopIterationValue). */
function yfIterNext(it: PyObject): PyObject | null {
  const nx = (it.t.v as TypeInfo).next;
  const raw = nx === null ? undefined : (nx as { raw?: (o: PyObject) => PyObject }).raw;
  return raw !== undefined ? raw(it) : iterNext(it);
}

function stopValue(e: PyErr): PyObject {
  // _PyGen_FetchStopIterationValue: the exception's `value` member
  const v = (e.exc.v as ExcData).get('value') ?? S.None;
  v.rc++;
  decref(e.exc);
  return v;
}

// ---------------------------------------------------------------- type

export function initGeneratorType(ti: TypeInfo): void {
  ti.gc = true;
  ti.basicsize = () => P.generatorSize - 16;
  ti.sizeof = (g) => ((g.v as GenData).allocBytes - 16);
  ti.dealloc = genDealloc;
  ti.traverse = genTraverse;
  ti.iter = (g) => {
    g.rc++;
    return g;
  };
  ti.next = genNext;
  ti.repr = (g) => newStr(`<generator object ${(g.v as GenData).qualname.v as string} at 0x${g.a.toString(16)}>`);
  ti.getattr = (g, name) => {
    const gd = g.v as GenData;
    switch (name) {
      case 'gi_running': return gd.running ? (S.True.rc++, S.True) : (S.False.rc++, S.False);
      // _PyGen_yf: the delegate of the `yield from` the generator is suspended in
      case 'gi_yieldfrom':
        if (gd.yfExposed !== null) return incref(gd.yfExposed);
        return incref(gd.yf !== null && !gd.running && !gd.finished ? gd.yf : S.None);
      case 'gi_suspended':
        if (P.minor < 11) break;
        return incref(gd.started && !gd.finished && !gd.running ? S.True : S.False);
      case '__name__': gd.name.rc++; return gd.name;
      case '__qualname__': gd.qualname.rc++; return gd.qualname;
      case 'gi_code': return incref(gd.frame.code.obj as PyObject);
      // the generator's frame object (made on demand on 3.11+), None once it finished
      case 'gi_frame': return gd.finished ? incref(S.None) : incref(materialiseFrame(gd.frame));
    }
    return genericGetAttr(g, name);
  };
  (T.generator.v as TypeInfo).genericGetattro = true;
  defMethods(T.generator, {
    send: (self, args, kw) => {
      argRange('send', args, kw, 1, 1);
      return genSend(self, args[0]);
    },
    throw: (self, args, kw) => {
      argRange('throw', args, kw, 1, 3);
      if (args.length > 1 && P.minor >= 12) warnEx(T.DeprecationWarning, 'the (type, exc, tb) signature of throw() is deprecated, use the single-arg signature instead.');
      return genThrow(self, args[0], args.length > 1 ? args[1] : null, args.length > 2 ? args[2] : null);
    },
    close: (self, args, kw) => {
      noArgs('close', args, kw);
      return genCloseValue(self);
    },
  });
  genHooks.newGenerator = newGenerator;
  void frameSize;
  void typeName;
  void BudgetExceeded;
}
