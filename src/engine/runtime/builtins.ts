// The builtins namespace (Python/bltinmodule.c).
import { rangeBigLength, type RangeData } from './slice';
import { PyObject, F_RUNTIME } from './object';
import { P, R, T, PyErr, NotSimulated, decref, incref , ST, lazyIdentifier, tmInexact, checksNotSimulated } from './core';
import { builtinDictNames } from './unsimulated';
import type { TypeInfo, ForeignClass } from './types';
import { isSubtype, typeName, isType } from './types';
import { raise } from './exc';
import { parserInit } from './kwparsers';
import { pythonLevelCall, loadedModules } from './modules/registry';
import {
  S, getAttr, getAttrOpt, setAttr, call, repr as pyRepr, str as pyStr, hash as pyHash, getIter, iterNext, truthy,
  richCompareBool, richCompare, checkSignals, len as pyLen, idOf, index as pyIndex, indexJs, binaryOp, unaryOp, newBool, reprJs, typeLookup, ascii as pyAscii,
  lookupSpecial, objectIsInstance, callSpecial,
  releaseCallTuple,
} from './abstract';
import { newDict, dictSetStr, dictEntries, dictGetStr } from './dict';
import { newStr, emptyStr, latin1Char, strLen, internInPlace } from './str';
import { newInt, newIntSsize, newIntAllocated, intDigits, newFloat, newComplex, floatRepr, intToString, type IntVal, floatToInt, toFloatOperand, intToFloat, asInt, checkFromDecimal, intPowMod, intRound, floatRound } from './numbers';
import { newTuple } from './tuple';
import { isGenericAlias } from './genericalias';
import { isUnion, unionArgs } from './union';
import { newList, listAppendSteal } from './list';
import { listSortImpl, sequenceList } from './listmethods';
import { builtinFunction, parseArgs, splitArgs, argRange, oneArg, noArgs, badKeyword } from './methods';
import { formatObject } from './format';
import { newCallableIter } from './iters';
import { foreignStop, zeroArgSuper, newSuper, builtinMethodOf, releaseBuiltinMethod, existingInstanceDict } from './classes';
import { callStack } from './func';
import { builtinLocals, initFrameLocalsProxyType } from './locals';
import { stdoutWrite, stderrWrite, streamFlush } from './stdio';
import { cEnter, cLeave, cCheck, enterBuiltin, leaveCall, WHILE_CALLING } from './recursion';
import { bufferStr, bufferStrOrNull, bytesRepr } from './bytes';
import { isByteArray, byteArrayStr } from './bytearray';
import { genNextRaise } from './gen';
import { warnEx } from './warnings';

function none(): PyObject {
  S.None.rc++;
  return S.None;
}

/** What sys.stdout (sys.stderr) is bound to now: the stand-in stream until the program rebinds
 * it (sys is then loaded: a program that never imported it cannot have, and undefined stands
 * for the stand-in), null if deleted. */
function sysStream(name: 'stdout' | 'stderr'): PyObject | null | undefined {
  const sys = loadedModules().get('sys');
  return sys === undefined ? undefined : dictGetStr(sys.d as PyObject, name);
}

/** The sys.stdout / sys.stderr stand-ins, or null for another file object. */
function simStream(file: PyObject | null): string[] | null {
  if (file === null || file === S.None) return R.out;
  const tag = (file.v as { stream?: string } | null)?.stream;
  return tag === 'stdout' ? R.out : tag === 'stderr' ? R.err : null;
}

/** PyFile_WriteObject(v, file, Py_PRINT_RAW) (and PyFile_WriteString for a JS string): look up
 * file.write, take str(v), call the one with the other. For the real streams, the lookup makes a
 * builtin method object (TextIOWrapper.write bound to the stream) that lives while str(v) runs. */
function fileWrite(file: PyObject | null, v: PyObject | string): void {
  const stream = simStream(file);
  if (stream !== null) {
    // PyFile_WriteObject: _PyObject_GetAttrId(f, &PyId_write)
    lazyIdentifier('write');
    const writer = builtinMethodOf('write', streamSelf());
    try {
      // PyFile_WriteString makes a str of the C string (one character: the cached singleton)
      let value: PyObject;
      if (typeof v === 'string') {
        value = v.length === 1 ? latin1Char(v.charCodeAt(0)) : newStr(v);
        checkSignals(); // PyObject_Str of that str
      } else {
        value = pyStr(v);
      }
      // PyObject_CallOneArg(write, value): the builtin method's recursion check
      try {
        cEnter(WHILE_CALLING);
        try {
          if (stream === R.out) stdoutWrite(value);
          else stderrWrite(value);
        } finally {
          cLeave();
        }
      } finally {
        decref(value);
      }
    } finally {
      releaseBuiltinMethod(writer);
    }
    return;
  }
  const w = getAttr(file as PyObject, 'write');
  try {
    const value = typeof v === 'string' ? newStr(v) : pyStr(v);
    try {
      decref(call(w, [value]));
    } finally {
      decref(value);
    }
  } finally {
    decref(w);
  }
}

/** What the stand-in stream's bound methods hold as self (the TextIOWrapper). */
let streamObject: PyObject | null = null;
function streamSelf(): PyObject {
  if (streamObject === null) streamObject = new PyObject(T.object, null, null, F_RUNTIME);
  return streamObject;
}

export function resetPrintState(): void {
  streamObject = null;
}

function print(_self: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  // 3.11's Argument Clinic print parses with _PyArg_UnpackKeywordsWithVararg, which initialises
  // the parser (its keyword tuple) on every call, keywords or not (3.8/3.10: on the first call
  // with keywords, as other builtins: callBuiltinFn; 3.12+: a static tuple)
  if (P.minor === 11) parserInit('print()');
  // 3.11+: Argument Clinic hands print its positional arguments as a fresh tuple.
  const nkw = kwnames === null ? 0 : kwnames.length;
  const varargs = P.minor >= 11 ? newTuple(args.slice(0, args.length - nkw).map((a) => incref(a))) : null;
  try {
    return printImpl(args, kwnames);
  } finally {
    if (varargs !== null) decref(varargs);
  }
}

function printImpl(args: PyObject[], kwnames: string[] | null): PyObject {
  const [pos, kw] = splitArgs(args, kwnames);
  for (const k of kw.keys()) if (!['sep', 'end', 'file', 'flush'].includes(k)) badKeyword('print', k, ['sep', 'end', 'file', 'flush']);
  // file None: _PySys_GetObjectId(&PyId_stdout), a borrowed reference to whatever sys.stdout is
  // now (a program may have rebound it: `sys.stdout = io.StringIO()`); deleted, the call fails;
  // None (FILE* stdout not connected), print writes nothing
  let file = kw.get('file') ?? null;
  if (file === null || file === S.None) {
    lazyIdentifier('stdout');
    const cur = sysStream('stdout');
    if (cur === null) raise(T.RuntimeError, 'lost sys.stdout');
    if (cur === S.None) return none();
    file = cur ?? null;
  }
  const sepO = kw.get('sep');
  const endO = kw.get('end');
  if (sepO !== undefined && sepO !== S.None && sepO.t !== T.str) raise(T.TypeError, `sep must be None or a string, not ${typeName(sepO)}`);
  if (endO !== undefined && endO !== S.None && endO.t !== T.str) raise(T.TypeError, `end must be None or a string, not ${typeName(endO)}`);
  for (let i = 0; i < pos.length; i++) {
    if (i > 0) fileWrite(file, sepO === undefined || sepO === S.None ? ' ' : sepO);
    fileWrite(file, pos[i]);
  }
  fileWrite(file, endO === undefined || endO === S.None ? '\n' : endO);
  const flush = kw.get('flush');
  if (flush !== undefined && truthy(flush)) {
    const stream = simStream(file);
    if (stream !== null) {
      // 3.8's _PyObject_CallMethodId(file, "flush") makes a bound builtin method; 3.10+'s
      // CallMethodNoArgs calls the method descriptor unbound
      lazyIdentifier('flush');
      const writer = P.minor === 8 ? builtinMethodOf('flush', streamSelf()) : null;
      try {
        cEnter(WHILE_CALLING);
        try {
          streamFlush(stream === R.err);
        } finally {
          cLeave();
        }
      } finally {
        if (writer !== null) releaseBuiltinMethod(writer);
      }
    } else {
      const f = getAttr(file as PyObject, 'flush');
      try {
        decref(call(f, []));
      } finally {
        decref(f);
      }
    }
  }
  return none();
}

/** builtin min/max (bltinmodule.c min_max): items are compared as they come, the loser of each
 * comparison released at once. Up to 3.12 the builtin takes a METH_VARARGS argument tuple and
 * several positional arguments are iterated through it; 3.13 walks its vectorcall arguments. */
function minmax(name: 'min' | 'max', args: PyObject[], kwnames: string[] | null): PyObject {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const argsTuple = P.minor < 13 ? newTuple(args.slice(0, npos).map((a) => incref(a))) : null;
  let kwDict: PyObject | null = null;
  let thrown: unknown = null;
  if (P.minor < 13 && nkw > 0) {
    kwDict = newDict();
    for (let i = 0; i < nkw; i++) dictSetStr(kwDict, (kwnames as string[])[i], args[npos + i]);
  }
  try {
    const positional = npos > 1;
    if (npos === 0) raise(T.TypeError, `${name} expected ${P.minor >= 10 ? 'at least ' : ''}1 argument, got 0`);
    let key: PyObject | null = null;
    let dflt: PyObject | null = null;
    for (let i = 0; i < nkw; i++) {
      const k = (kwnames as string[])[i];
      if (k === 'key') key = args[npos + i];
      else if (k === 'default') dflt = args[npos + i];
      else badKeyword(name, k, ['key', 'default']);
    }
    if (positional && dflt !== null) raise(T.TypeError, `Cannot specify a default for ${name}() with multiple positional arguments`);
    if (key === S.None) key = null;
    // the source of items: an iterator (over the argument tuple, up to 3.12), or 3.13's arguments
    const it = positional && argsTuple === null ? null : getIter(positional ? (argsTuple as PyObject) : args[0]);
    let next = 0;
    let bestItem: PyObject | null = null;
    let bestVal: PyObject | null = null;
    try {
      for (;;) {
        let item: PyObject | null;
        if (it !== null) item = iterNext(it);
        else item = next < npos ? incref(args[next++]) : null;
        if (item === null) break;
        let val: PyObject;
        try {
          val = key !== null ? call(key, [item]) : incref(item);
        } catch (e) {
          decref(item);
          throw e;
        }
        if (bestVal === null) {
          bestItem = item;
          bestVal = val;
          continue;
        }
        let better: boolean;
        try {
          better = richCompareBool(val, bestVal, name === 'min' ? 0 : 4);
        } catch (e) {
          decref(item);
          decref(val);
          throw e;
        }
        if (better) {
          decref(bestVal);
          decref(bestItem as PyObject);
          bestVal = val;
          bestItem = item;
        } else {
          decref(item);
          decref(val);
        }
      }
    } catch (e) {
      if (bestVal !== null) decref(bestVal);
      if (bestItem !== null) decref(bestItem);
      if (it !== null) decref(it);
      throw e;
    }
    if (bestVal === null) {
      if (it !== null) decref(it);
      if (dflt !== null) return incref(dflt);
      raise(T.ValueError, `${name}() ${P.minor >= 12 ? 'iterable argument is empty' : 'arg is an empty sequence'}`);
    }
    decref(bestVal);
    if (it !== null) decref(it);
    return bestItem as PyObject;
  } catch (e) {
    thrown = e;
    throw e;
  } finally {
    // (builtin_min/max are METH_VARARGS up to 3.12: their empty-sequence ValueError is made
    // lazily, see releaseCallTuple)
    if (argsTuple !== null) releaseCallTuple(argsTuple, thrown);
    if (kwDict !== null) decref(kwDict);
  }
}

/** builtin sum (builtin_sum_impl): while the running total and the items are exact ints (bools)
 * that fit a C long it is summed in C and no int is made until the end or the first item that
 * does not fit; then the same for floats (and ints fitting a long) in a C double, compensated from
 * 3.12; then PyNumber_Add for the rest. */
export function sum(_self: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const [iterable, startO] = parseArgs('sum', args, kwnames, ['iterable', 'start'], 1, 2, { posonly: 1 });
  if (startO !== null) {
    if (startO.t === T.str) raise(T.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (startO.t === T.bytes) raise(T.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (startO.t === T.bytearray) raise(T.TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
  }
  let it: PyObject | null = getIter(iterable as PyObject);
  let result: PyObject | null = null;
  // the iterator is released before the result is made (Py_DECREF(iter) at its end)
  const done = (): void => {
    const i = it as PyObject;
    it = null;
    decref(i);
  };
  try {
    result = startO !== null ? incref(startO) : newInt(0);
    // the int made when the C total is handed back to objects: PyLong_FromLong (3.11: one of
    // _PyLong_FromMedium's whole blocks), PyLong_FromSsize_t from 3.12 (its digits only)
    const fromLong = (v: number | bigint): PyObject => (P.minor >= 12 ? newIntSsize(v) : newInt(v));
    const LONG_MAX = 9223372036854775807n, LONG_MIN = -9223372036854775808n;
    const norm = (v: bigint): IntVal => (v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v);
    const asLong = (o: PyObject): bigint | null => {
      const v = BigInt(o.v as IntVal);
      return v > LONG_MAX || v < LONG_MIN ? null : v;
    };
    if (result.t === T.int) {
      let total = asLong(result);
      if (total !== null) {
        decref(result);
        result = null;
        while (result === null) {
          const x = iterNext(it as PyObject);
          if (x === null) {
            done();
            return fromLong(norm(total));
          }
          if (x.t === T.int || x.t === T.bool) {
            const b = asLong(x);
            if (b !== null && (total >= 0n ? b <= LONG_MAX - total : b >= LONG_MIN - total)) {
              total += b;
              decref(x);
              continue;
            }
          }
          // the item does not fit: objects again
          const r0 = fromLong(norm(total));
          let t: PyObject;
          try {
            t = binaryOp(r0, x, 'add');
          } finally {
            decref(r0);
            decref(x);
          }
          result = t;
        }
      }
    }
    if (result.t === T.float) {
      let f = result.v as number;
      let c = 0;
      decref(result);
      result = null;
      while (result === null) {
        const x = iterNext(it as PyObject);
        if (x === null) {
          done();
          if (P.minor >= 12 && c !== 0 && Number.isFinite(c)) f += c;
          return newFloat(f);
        }
        if (x.t === T.float) {
          const v = x.v as number;
          if (P.minor >= 12) {
            // Neumaier's compensated summation
            const t = f + v;
            if (Math.abs(f) >= Math.abs(v)) c += (f - t) + v;
            else c += (v - t) + f;
            f = t;
          } else f += v;
          decref(x);
          continue;
        }
        if (x.t === T.int || x.t === T.bool || isSubtype(x.t, T.int)) {
          const b = asLong(x);
          if (b !== null) {
            f += Number(b);
            decref(x);
            continue;
          }
        }
        if (P.minor >= 12 && c !== 0 && Number.isFinite(c)) f += c;
        const r0 = newFloat(f);
        let t: PyObject;
        try {
          t = binaryOp(r0, x, 'add');
        } finally {
          decref(r0);
          decref(x);
        }
        result = t;
      }
    }
    for (;;) {
      const x = iterNext(it as PyObject);
      if (x === null) break;
      let r: PyObject;
      try {
        r = binaryOp(result as PyObject, x, 'add');
      } finally {
        decref(x);
      }
      decref(result as PyObject);
      result = r;
    }
    done();
    const out = result as PyObject;
    result = null;
    return out;
  } finally {
    if (result !== null) decref(result);
    if (it !== null) decref(it);
  }
}

function round(_self: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const [x, nd] = parseArgs('round', args, kwnames, ['number', 'ndigits'], 1);
  const v = x as PyObject;
  // int.__round__ / float.__round__, also for subclasses that do not define their own (called as
  // builtin methods: their recursion check)
  const found = typeLookup(v.t, '__round__');
  const isInt = v.t === T.int || v.t === T.bool || isSubtype(v.t, T.int);
  const isFloat = !isInt && (v.t === T.float || isSubtype(v.t, T.float));
  const builtinRound = found !== null && (isInt || isFloat) && found === dictGetStr(((isInt ? T.int : T.float).v as TypeInfo).dict, '__round__');
  if (builtinRound) {
    // _PyObject_LookupSpecial(number, "__round__"): a bound builtin method, released after the
    // call (3.8: from and back to the PyCFunction free list)
    const bound = builtinMethodOf('__round__', v);
    try {
      leaveCall(enterBuiltin(isFloat ? 'float' : 'int', '__round__'));
      if (isInt) {
        // 3.8's int.__round__ is METH_VARARGS: given ndigits, the call packs an argument tuple
        const argt = P.minor === 8 && nd !== null && nd !== S.None ? newTuple([incref(nd)]) : null;
        try {
          return intRound(v, nd === null || nd === S.None ? null : nd);
        } finally {
          if (argt !== null) decref(argt);
        }
      }
      return floatRound(v.v as number, nd === null ? S.None : nd);
    } finally {
      releaseBuiltinMethod(bound);
    }
  }
  const m = typeLookup(v.t, '__round__');
  if (m === null) raise(T.TypeError, `type ${typeName(v)} doesn't define __round__ method`);
  const bound = getAttr(v, '__round__');
  try {
    // builtin_round: ndigits None is no argument
    return nd === null || nd === S.None ? call(bound, []) : call(bound, [nd]);
  } finally {
    decref(bound);
  }
}

/** pow(base, exp, mod) with a modulus: long_pow's modular branch (ints only). */
function ternaryPow(base: PyObject, exp: PyObject, mod: PyObject): PyObject {
  const bi = asInt(base), ei = asInt(exp), mi = asInt(mod);
  if (bi === null || ei === null || mi === null) {
    // ternary_op: the nb_power slots of the three types in turn. long_pow declines unless all are ints,
    // float_pow refuses any modulus, complex_pow (once both operands are numbers) refuses it too.
    const kind = (o: PyObject): string | null => asInt(o) !== null ? 'int' : o.t === T.float ? 'float' : o.t === T.complex ? 'complex' : null;
    const kinds = [kind(base), kind(exp), kind(mod)];
    // a class's own __pow__ on the base (slot_nb_power, the first slot ternary_op tries) is
    // called with the modulus: __pow__(base, exp, mod); NotImplemented goes on to the other
    // slots. Classes defining __pow__/__rpow__ elsewhere, or only __rpow__ on the base, stop.
    const own = kinds[0] === null ? typeLookup(base.t, '__pow__') : null;
    const ownPow = own !== null && own.t === T.function && (base.t.v as TypeInfo).heap;
    kinds.forEach((k, i) => {
      const o = [base, exp, mod][i];
      if (i === 0 && ownPow) return;
      if (k === null && (typeLookup(o.t, '__pow__') !== null || typeLookup(o.t, '__rpow__') !== null)) throw new NotSimulated('pow() with a modulus on a class that defines __pow__', ST.line);
    });
    if (ownPow) {
      const r = callSpecial(base, '__pow__', [exp, mod]) as PyObject;
      if (r !== S.NotImplemented) return r;
      decref(r);
    }
    for (const k of new Set(kinds)) {
      if (k === 'float') raise(T.TypeError, 'pow() 3rd argument not allowed unless all arguments are integers');
      if (k === 'complex' && kinds[0] !== null && kinds[1] !== null) raise(T.ValueError, 'complex modulo');
    }
    raise(T.TypeError, `unsupported operand type(s) for ${P.minor >= 10 ? '** or ' : ''}pow(): '${typeName(base)}', '${typeName(exp)}', '${typeName(mod)}'`);
  }
  return newInt(intPowMod(bi, ei, mi));
}

function sortedImpl(_self: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  const [pos, kw] = splitArgs(args, kwnames);
  if (pos.length !== 1) raise(T.TypeError, `sorted expected 1 argument, got ${pos.length}`);
  for (const k of kw.keys()) if (k !== 'key' && k !== 'reverse') badKeyword('sort', k, ['key', 'reverse']);
  const l = sequenceList(pos[0]);
  // the list's sort looked up as a bound builtin method and called with the keywords
  const sort = builtinMethodOf('sort', l);
  try {
    const rev = kw.get('reverse');
    // builtin_sorted calls the new list's sort method (a builtin method call: its recursion check)
    cEnter(WHILE_CALLING);
    try {
      listSortImpl(l, kw.get('key') ?? null, rev !== undefined && truthy(rev));
    } finally {
      cLeave();
    }
  } catch (e) {
    releaseBuiltinMethod(sort);
    decref(l);
    throw e;
  }
  releaseBuiltinMethod(sort);
  return l;
}

/** PyObject_IsInstance: an exact match, an exact type (whose __instancecheck__ is known), a
 * tuple item by item, else the class's __instancecheck__ looked up on its metaclass (type's:
 * a bound builtin method made and dropped around the check). */
function isinstanceOf(o: PyObject, cls: PyObject, name: string): boolean {
  if (o.t === cls) return true;
  if (cls.t === T.type) {
    const ci = cls.v as TypeInfo;
    if (ci.foreign?.abc) foreignStop(cls, `${name}() against ${ci.foreign.what}`);
    const dg = (o.t.v as TypeInfo).disguise;
    if (dg !== null && dg.real === cls) throw new NotSimulated(`${name}() of ${dg.what} against ${ci.name}`, ST.line, `HeapLens's object stands in for CPython's ${ci.name}, which it is not`);
  }
  if (cls.t === T.type) return recursiveIsinstance(o, cls, name);
  // 3.11+: a union's argument tuple, checked as a tuple (3.10: its __instancecheck__)
  if (P.minor >= 11 && isUnion(cls)) cls = unionArgs(cls);
  if (cls.t === T.tuple) {
    cEnter(' in __instancecheck__');
    try {
      for (const c of cls.v as PyObject[]) if (isinstanceOf(o, c, name)) return true;
      return false;
    } finally {
      cLeave();
    }
  }
  const stopWhy = checksNotSimulated.get(cls.t);
  if (stopWhy !== undefined) throw new NotSimulated(`${name}() against ${isGenericAlias(cls) ? 'a types.GenericAlias' : reprJs(cls)}`, ST.line, stopWhy);
  return checkerResult(o, cls, '__instancecheck__', () => recursiveIsinstance(o, cls, name));
}

/** PyObject_IsInstance(o, cls) for C callers (a class pattern's check). */
export function objectIsInstanceOf(o: PyObject, cls: PyObject): boolean {
  return isinstanceOf(o, cls, 'isinstance');
}

function recursiveIsinstance(o: PyObject, cls: PyObject, name: string): boolean {
  if (!isType(cls)) raise(T.TypeError, `${name}() arg 2 must be a type${P.minor >= 10 ? ', a tuple of types, or a union' : ' or tuple of types'}`);
  return objectIsInstance(o, cls);
}

/** PyObject_IsSubclass(c, cls) for C callers (_abc's subclass check). */
export function objectIsSubclassOf(c: PyObject, cls: PyObject): boolean {
  return issubclassOf(c, cls);
}

/** PyObject_IsSubclass: as isinstance, with __subclasscheck__. */
function issubclassOf(c: PyObject, cls: PyObject): boolean {
  if (cls.t === T.type && (cls.v as TypeInfo).foreign?.abc) foreignStop(cls, `issubclass() against ${((cls.v as TypeInfo).foreign as ForeignClass).what}`);
  if (cls.t === T.type) {
    if (c === cls) return true;
    return recursiveIssubclass(c, cls);
  }
  if (P.minor >= 11 && isUnion(cls)) cls = unionArgs(cls);
  if (cls.t === T.tuple) {
    cEnter(' in __subclasscheck__');
    try {
      for (const x of cls.v as PyObject[]) if (issubclassOf(c, x)) return true;
      return false;
    } finally {
      cLeave();
    }
  }
  const stopWhy = checksNotSimulated.get(cls.t);
  if (stopWhy !== undefined) throw new NotSimulated(`issubclass() against ${isGenericAlias(cls) ? 'a types.GenericAlias' : reprJs(cls)}`, ST.line, stopWhy);
  return checkerResult(c, cls, '__subclasscheck__', () => recursiveIssubclass(c, cls));
}

function recursiveIssubclass(c: PyObject, cls: PyObject): boolean {
  if (!isType(c)) raise(T.TypeError, 'issubclass() arg 1 must be a class');
  if (!isType(cls)) raise(T.TypeError, `issubclass() arg 2 must be a class${P.minor >= 10 ? ', a tuple of classes, or a union' : ' or tuple of classes'}`);
  if (cls.t !== T.type) {
    cEnter(' in __subclasscheck__');
    try {
      cCheck(WHILE_CALLING);
    } finally {
      cLeave();
    }
  }
  return isSubtype(c, cls);
}

/** The checker `name` of cls's type called with `x` (_PyObject_LookupSpecial + a call, truth of
 * the result); type's own (not in the simulated type's dict) runs `builtin` meanwhile. */
function checkerResult(x: PyObject, cls: PyObject, name: string, builtin: () => boolean): boolean {
  // the checker is called under a recursion check (" in __instancecheck__")
  const where = ` in ${name}`;
  if (typeLookup(cls.t, name) === null) {
    if (!isType(cls)) return builtin();
    const m = builtinMethodOf(name, cls);
    try {
      cEnter(where);
      try {
        cCheck(WHILE_CALLING);
        return builtin();
      } finally {
        cLeave();
      }
    } finally {
      releaseBuiltinMethod(m);
    }
  }
  const m = lookupSpecial(cls, name) as PyObject;
  let r: PyObject;
  try {
    cEnter(where);
    try {
      r = call(m, [x]);
    } finally {
      cLeave();
    }
  } finally {
    decref(m);
  }
  try {
    return truthy(r);
  } finally {
    decref(r);
  }
}

function anyAll(all: boolean, it0: PyObject): PyObject {
  const it = getIter(it0);
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) return newBool(all);
      const t = truthy(x);
      decref(x);
      if (t !== all) return newBool(!all);
    }
  } finally {
    decref(it);
  }
}

/** dir(obj): attribute names, sorted. */
export function dirNames(o: PyObject): string[] {
  // (ga_dir adds the names of the alias's origin to its own)
  if (isGenericAlias(o)) throw new NotSimulated('dir() of a types.GenericAlias', ST.line, "its __dir__ lists its origin's names with its own, which HeapLens does not merge");
  if (isType(o) && (o.v as TypeInfo).foreign !== null) foreignStop(o, `dir() of ${((o.v as TypeInfo).foreign as ForeignClass).what}`);
  if ((o.t.v as TypeInfo).foreign !== null) foreignStop(o.t, `dir() of a ${((o.t.v as TypeInfo).foreign as ForeignClass).what} object`);
  const dg = (o.t.v as TypeInfo).disguise;
  if (dg !== null) throw new NotSimulated(`dir() of ${dg.what}`, ST.line, `HeapLens's object stands in for CPython's ${(dg.real.v as TypeInfo).name}, which it is not`);
  // module.__dir__: the names in the module's dict
  if (o.t === T.module) {
    const md = o.v as { name: string; partial: boolean; initial: Set<string> | null };
    if (md.partial) throw new NotSimulated(`dir() of the ${md.name} module`, ST.line, `HeapLens's ${md.name} module does not have every name CPython's has`);
    const cur = [...dictEntries(o.d as PyObject)].filter(([k]) => k.t === T.str).map(([k]) => k.v as string);
    // a simulated module's dict lacks names CPython's has (__doc__, __spec__, what HeapLens does
    // not simulate): CPython's names recorded for this version, with the program's changes
    const rec = md.initial !== null ? builtinDictNames(`module ${md.name}`, P.minor) : undefined;
    if (rec === undefined) return cur.sort();
    const initial = md.initial as Set<string>;
    const now = new Set(cur);
    const names = new Set(rec.filter((n) => now.has(n) || !initial.has(n)));
    for (const n of cur) if (!initial.has(n)) names.add(n);
    return [...names].sort();
  }
  // a weakref proxy: object.__dir__ reads the proxy's __dict__ and __class__, the referent's
  if (o.t === T.weakproxy || o.t === T.weakcallableproxy) {
    const ref = (o.v as { referent: PyObject | null }).referent;
    if (ref === null) raise(T.ReferenceError, 'weakly-referenced object no longer exists');
    if (isType(ref) || ref.t === T.module || !(ref.t.v as TypeInfo).heap) throw new NotSimulated('dir() of a weakref proxy to a class, module or builtin object', ST.line);
    return dirNames(ref);
  }
  const names = new Set<string>();
  // (an instance of a class over a builtin base keeps its dict beside the object)
  const side = !isType(o) && (o.t.v as TypeInfo).heap && (o.t.v as TypeInfo).solid !== null ? existingInstanceDict(o) : null;
  const d = side !== null ? side : (o.d instanceof PyObject && o.d.t === T.dict) ? o.d : null;
  if (d !== null) for (const [k] of dictEntries(d)) if (k.t === T.str) names.add(k.v as string);
  const mro = isType(o) ? (o.v as TypeInfo).mro : (o.t.v as TypeInfo).mro;
  for (const t of mro) {
    const ti = t.v as TypeInfo;
    // a builtin type's names are CPython's, recorded per version: the simulated dict lacks some
    // (__doc__, __getattribute__, slot wrappers HeapLens dispatches without a descriptor)
    if (!ti.heap) {
      const rec = builtinDictNames(ti.name, P.minor);
      if (rec === undefined) throw new NotSimulated(`dir() of ${isType(o) ? `a class based on ${ti.name}` : `a ${typeName(o)} object`}`, ST.line, `the names in the __dict__ of CPython's ${ti.name} type were not recorded`);
      for (const n of rec) names.add(n);
      continue;
    }
    for (const [k] of dictEntries(ti.dict)) if (k.t === T.str) names.add(k.v as string);
  }
  return [...names].sort();
}

function notSim(name: string) {
  return (): PyObject => {
    throw new NotSimulated(`the builtin '${name}()'`, ST.line);
  };
}

function intNew(_t: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  // 3.13's long_vectorcall checks the positional count first (_PyArg_CheckPositional)
  const npos = args.length - (kwnames?.length ?? 0);
  if (P.minor >= 13 && npos > 2) raise(T.TypeError, `int expected at most 2 arguments, got ${npos}`);
  const [x, baseO] = parseArgs('int', args, kwnames, ['x', 'base'], 0, 2, { posonly: 1 });
  if (x === null) {
    if (baseO !== null) raise(T.TypeError, 'int() missing string argument');
    return newInt(0);
  }
  if (baseO !== null) {
    if (isByteArray(x)) return parseIntLiteral(x, indexJs(baseO), bytesRepr(byteArrayStr(x)));
    if (x.t !== T.str && x.t !== T.bytes) raise(T.TypeError, "int() can't convert non-string with explicit base");
    return parseIntLiteral(x, indexJs(baseO));
  }
  if (x.t === T.int) return incref(x);
  if (x.t === T.bool) return newInt(x.v as number);
  if (x.t === T.float) return floatToInt(x.v as number);
  // PyNumber_Long: no nb_int/nb_index, so _PyObject_LookupSpecial(o, &PyId___trunc__) (a C
  // identifier made on first use up to 3.10) before the string is parsed
  if (x.t === T.str || x.t === T.bytes) {
    lazyIdentifier('__trunc__');
    return parseIntLiteral(x, 10);
  }
  const ti = x.t.v as TypeInfo;
  // PyNumber_Long: nb_int (which must give an int), nb_index, then __trunc__ (deprecated 3.11)
  if (ti.nb.int) return exactIntResult(ti.nb.int(x), '__int__');
  if (ti.nb.index) return pyIndex(x);
  const trunc = typeLookup(x.t, '__trunc__') !== null ? lookupSpecial(x, '__trunc__') : null;
  if (trunc !== null) {
    let r: PyObject;
    try {
      if (P.minor >= 11) warnEx(T.DeprecationWarning, 'The delegation of int() to __trunc__ is deprecated.');
      r = call(trunc, []);
    } finally {
      decref(trunc);
    }
    if (r.t === T.int) return r;
    if (r.t === T.bool || isSubtype(r.t, T.int)) {
      const c = newInt(r.v as IntVal);
      decref(r);
      return c;
    }
    // __trunc__ may give any Integral: then its __index__
    if ((r.t.v as TypeInfo).nb.index === undefined) {
      const tn = typeName(r);
      decref(r);
      raise(T.TypeError, `__trunc__ returned non-Integral (type ${tn})`);
    }
    try {
      return pyIndex(r);
    } finally {
      decref(r);
    }
  }
  // a bytearray or another buffer: _PyLong_FromBytes, whose error shows the bytes (as bytes)
  // (a buffer that cannot be had gives the TypeError below)
  const buf = bufferStrOrNull(x);
  if (buf !== null) return parseIntLiteral(x, 10, bytesRepr(buf));
  if (P.minor < 10 && x.t === T.complex) raise(T.TypeError, "can't convert complex to int");
  raise(T.TypeError, `int() argument must be a string, a bytes-like object or a${P.minor >= 10 ? ' real number' : ' number'}, not '${typeName(x)}'`);
}

/** Py_ISSPACE: the ASCII whitespace that number parsing skips around the text. */
const ASCII_SPACE = /^[ \t\n\r\x0b\x0c]+|[ \t\n\r\x0b\x0c]+$/g;

/** str.isspace() for one non-ASCII character (Py_UNICODE_ISSPACE; JS's \s also has U+FEFF, Python's does not). */
function isUnicodeSpace(ch: string): boolean {
  return ch === '\x85' || (ch !== '\ufeff' && /\s/u.test(ch));
}

/** Py_UNICODE_TODECIMAL: the value of a Unicode decimal digit (Nd), or -1. Nd digits come in runs of ten from 0. */
function decimalValue(cp: number): number {
  const nd = (c: number): boolean => /\p{Nd}/u.test(String.fromCodePoint(c));
  if (!nd(cp)) return -1;
  let start = cp;
  while (nd(start - 1)) start--;
  return (cp - start) % 10;
}

/**
 * The ASCII text int(), float() and complex() parse (_PyUnicode_TransformDecimalAndSpaceToASCII for str:
 * non-ASCII whitespace becomes ' ', decimal digits become '0'-'9', anything else ends the text with '?';
 * bytes are used as they are), with the surrounding ASCII whitespace removed.
 */
function numberText(o: PyObject): string {
  if (o.t !== T.str && !isSubtype(o.t, T.str)) {
    const buf = bufferStr(o);
    if (buf !== null) return buf.replace(ASCII_SPACE, '');
  }
  return toAsciiDigits(o.v as string).replace(ASCII_SPACE, '');
}

/** _PyUnicode_TransformDecimalAndSpaceToASCII: ASCII kept, other whitespace a space, other
 * decimal digits their ASCII digit; anything else becomes '?' and ends the text. */
function toAsciiDigits(src: string): string {
  let out = '';
  for (const ch of src) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 127) out += ch;
    else if (isUnicodeSpace(ch)) out += ' ';
    else {
      const d = decimalValue(cp);
      if (d < 0) {
        out += '?';
        break;
      }
      out += String(d);
    }
  }
  return out;
}

/**
 * _Py_string_to_number_with_underscores: an underscore must sit between two digits, and is dropped;
 * null when one does not.
 */
function dropUnderscores(s: string): string | null {
  if (!s.includes('_')) return s;
  let out = '';
  let prev = '';
  for (const c of s) {
    const digit = (x: string): boolean => x >= '0' && x <= '9';
    if (c === '_') {
      if (!digit(prev)) return null;
    } else {
      out += c;
      if (prev === '_' && !digit(c)) return null;
    }
    prev = c;
  }
  return prev === '_' ? null : out;
}

/** The longest float literal at the start of s, as _PyOS_ascii_strtod reads it ('inf', 'infinity', 'nan' too). */
const FLOAT_PREFIX = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|[iI][nN][fF](?:[iI][nN][iI][tT][yY])?|[nN][aA][nN])/;

function parseFloatText(s: string): number {
  const t = s.toLowerCase();
  if (t.endsWith('inf') || t.endsWith('infinity')) return t.startsWith('-') ? -Infinity : Infinity;
  if (t.endsWith('nan')) return NaN;
  return parseFloat(s);
}

/** PyFloat_FromString; null when the text is not a float. */
function floatFromString(o: PyObject): number | null {
  const s = dropUnderscores(numberText(o));
  if (s === null) return null;
  const m = FLOAT_PREFIX.exec(s);
  if (m === null || m[0].length !== s.length) return null;
  return parseFloatText(s);
}

/** complex_from_string_inner: <float>, <float>j, <float><signed-float>j, and the forms j, <sign>j, <float><sign>j; optionally in parentheses. */
function complexFromString(o: PyObject): [number, number] {
  let s = dropUnderscores(numberText(o));
  if (s === null) raise(T.ValueError, `could not convert string to complex: ${reprJs(o)}`);
  const malformed = (): never => raise(T.ValueError, 'complex() arg is a malformed string');
  if (s.startsWith('(')) {
    if (!s.endsWith(')')) malformed();
    s = s.slice(1, -1).replace(ASCII_SPACE, '');
  }
  let x = 0, y = 0;
  let i = 0;
  const isJ = (): boolean => s[i] === 'j' || s[i] === 'J';
  const first = FLOAT_PREFIX.exec(s);
  if (first !== null) {
    const z = parseFloatText(first[0]);
    i = first[0].length;
    if (s[i] === '+' || s[i] === '-') {
      x = z;
      const second = FLOAT_PREFIX.exec(s.slice(i));
      if (second !== null) {
        y = parseFloatText(second[0]);
        i += second[0].length;
      } else {
        y = s[i] === '+' ? 1 : -1;
        i++;
      }
      if (!isJ()) malformed();
      i++;
    } else if (isJ()) {
      i++;
      y = z;
    } else {
      x = z;
    }
  } else {
    y = 1;
    if (s[i] === '+' || s[i] === '-') {
      y = s[i] === '+' ? 1 : -1;
      i++;
    }
    if (!isJ()) malformed();
    i++;
  }
  if (i !== s.length) malformed();
  return [x, y];
}

/** PyLong_FromString's syntax error (its onError): a ValueError naming the text it was given --
 * the str transformed to ASCII (_PyUnicode_TransformDecimalAndSpaceToASCII), or the bytes, up to
 * a NUL and 200 characters -- which its caller (PyLong_FromUnicodeObject, _PyLong_FromBytes) then
 * replaces with its own. Up to 3.11 neither is instantiated before a handler normalises the
 * second (their messages are transient strings, the peak is marked inexact); from 3.12 the first
 * is an exception object, one more allocation for the collector (freed before the second's
 * message is formatted, whose repr may run the collection it scheduled: PyErr_CheckSignals).
 * Returns it (owned), or null. */
function innerIntError(o: PyObject, base: number): PyObject | null {
  if (P.minor < 12) return null;
  let text: string;
  if (o.t === T.str || isSubtype(o.t, T.str)) text = toAsciiDigits(o.v as string);
  else {
    text = bufferStr(o) ?? '';
    // PyUnicode_FromStringAndSize decodes the bytes as UTF-8: a decoding error would be raised
    // (and replaced) instead
    if (/[\x80-\xff]/.test(text)) throw new NotSimulated('int() of bytes with non-ASCII bytes that are not a valid literal (3.12+)', ST.line);
  }
  // PyLong_FromString reads up to a NUL: whether the text before it parses decides whether the
  // first error is raised at all
  if (text.includes('\0')) throw new NotSimulated('int() of text with a NUL character that is not a valid literal (3.12+)', ST.line);
  const so = newStr(text.slice(0, 200));
  try {
    raise(T.ValueError, `invalid literal for int() with base ${base}: ${reprJs(so)}`);
  } catch (e) {
    if (e instanceof PyErr) return e.exc;
    throw e;
  } finally {
    decref(so);
  }
}

export function parseIntLiteral(o: PyObject, base: number, shown: string | null = null): PyObject {
  const src = numberText(o);
  let s = src.replace(/_(?=[0-9a-zA-Z])/g, '');
  // "invalid literal for int() with base %d: %.200R" -- on 3.12+ after PyLong_FromString's own
  // ValueError (innerIntError), which this one replaces
  const bad = (): never => {
    // (_PyErr_FormatV clears the error set before it formats its message)
    const first = innerIntError(o, base);
    if (first !== null) decref(first);
    if (shown !== null) checkSignals(); // PyObject_Repr of the bytes object
    raise(T.ValueError, `invalid literal for int() with base ${base}: ${(shown ?? reprJs(o)).slice(0, 200)}`);
  };
  if (base !== 0 && (base < 2 || base > 36)) raise(T.ValueError, 'int() base must be >= 2 and <= 36, or 0');
  let neg = false;
  if (s.startsWith('-') || s.startsWith('+')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  let b = base;
  const pre = s.slice(0, 2).toLowerCase();
  if ((b === 16 || b === 0) && pre === '0x') { b = 16; s = s.slice(2); }
  else if ((b === 8 || b === 0) && pre === '0o') { b = 8; s = s.slice(2); }
  else if ((b === 2 || b === 0) && pre === '0b') { b = 2; s = s.slice(2); }
  else if (b === 0) {
    b = 10;
    if (/^0+[1-9]/.test(s)) bad();
  }
  if (s === '' || src.includes('__') || /^_|_$/.test(src)) bad();
  const digits = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, b);
  let v = 0n;
  const bb = BigInt(b);
  for (const c of s.toLowerCase()) {
    const d = digits.indexOf(c);
    if (d < 0) bad();
    v = v * bb + BigInt(d);
  }
  checkFromDecimal(s.length, b);
  const value = neg ? -v : v;
  // PyLong_FromString: the int is allocated for the most digits the text can need (a power-of-two
  // base: bits per character; otherwise digits * log(base)/log(2**30) + 1), then normalised, and
  // a small result handed back for the cached one
  let size: number;
  if ((b & (b - 1)) === 0) size = Math.floor((s.length * Math.log2(b) + 29) / 30);
  else size = Math.floor(s.length * (Math.log(b) / Math.log(1073741824)) + 1.0);
  if (intDigits(value) > size || (P.minor >= 12 && b === 10 && s.length > 1000)) tmInexact('int() of a long string (its conversion reallocates, or runs _pylong)');
  return newIntAllocated(value >= -9007199254740991n && value <= 9007199254740991n ? Number(value) : value, size);
}

function floatNew(_t: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  argRange('float', args, kwnames, 0, 1);
  if (args.length === 0) return newFloat(0);
  const x = args[0];
  if (x.t === T.float) return incref(x);
  if (x.t === T.str || x.t === T.bytes) {
    const f = floatFromString(x);
    if (f === null) raise(T.ValueError, `could not convert string to float: ${reprJs(x)}`);
    return newFloat(f);
  }
  const f = toFloatOperand(x);
  if (f !== null) return newFloat(f);
  const ti = x.t.v as TypeInfo;
  if (ti.nb.float) return exactFloatResult(x, ti.nb.float(x));
  if (ti.nb.index === undefined && bufferStrOrNull(x) !== null) {
    // PyFloat_FromString on a bytearray or another buffer: the error shows the object itself
    const fl = floatFromString(x);
    if (fl === null) raise(T.ValueError, `could not convert string to float: ${reprJs(x)}`);
    return newFloat(fl);
  }
  if (ti.nb.index) {
    const i = pyIndex(x);
    try {
      return newFloat(intToFloat(i.v as IntVal));
    } finally {
      decref(i);
    }
  }
  if (P.minor < 10 && x.t === T.complex) raise(T.TypeError, "can't convert complex to float");
  raise(T.TypeError, `float() argument must be a string or a ${P.minor >= 10 ? 'real ' : ''}number, not '${typeName(x)}'`);
}

/** nb_int's result as PyNumber_Long takes it: an exact int; an int subclass with a
 * DeprecationWarning, copied; anything else a TypeError. Steals `r`. */
function exactIntResult(r: PyObject, what: string): PyObject {
  if (r.t === T.int) return r;
  const tn = typeName(r);
  if (!(r.t === T.bool || isSubtype(r.t, T.int))) {
    decref(r);
    raise(T.TypeError, `${what} returned non-int (type ${tn})`);
  }
  try {
    warnEx(T.DeprecationWarning, `${what} returned non-int (type ${tn}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.`);
    return newInt(r.v as IntVal);
  } finally {
    decref(r);
  }
}

/** PyNumber_Float's check of nb_float's result: an exact float; a float subclass with a
 * DeprecationWarning, copied; anything else a TypeError. Steals `r`. */
function exactFloatResult(x: PyObject, r: PyObject): PyObject {
  if (r.t === T.float) return r;
  const tn = typeName(r);
  if (!isSubtype(r.t, T.float)) {
    decref(r);
    raise(T.TypeError, `${typeName(x).slice(0, 50)}.__float__ returned non-float (type ${tn.slice(0, 50)})`);
  }
  try {
    warnEx(T.DeprecationWarning, `${typeName(x).slice(0, 50)}.__float__ returned non-float (type ${tn.slice(0, 50)}).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.`);
    return newFloat(r.v as number);
  } finally {
    decref(r);
  }
}

/** PyNumber_Float of a complex() argument, as a double. */
function numberAsDouble(o: PyObject): number {
  if (o.t === T.float) return o.v as number;
  const f = floatNew(T.float, [o], null);
  const v = f.v as number;
  decref(f);
  return v;
}

/** complex_new_impl: a string; __complex__ (its result checked); or numbers (PyNumber_Float of
 * each), combined as real + imag*1j keeping what only complex parts contribute. */
function complexNew(t: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [re0, im] = parseArgs('complex', args, kwnames, ['real', 'imag'], 0);
  const re = re0 ?? (P.minor >= 10 ? null : null);
  const isC = (o: PyObject): boolean => o.t === T.complex || isSubtype(o.t, T.complex);
  if (re !== null && re.t === T.complex && im === null && t === T.complex) return incref(re);
  if (re !== null && (re.t === T.str || isSubtype(re.t, T.str))) {
    if (im !== null) raise(T.TypeError, "complex() can't take second arg if first is a string");
    const [x, y] = complexFromString(re);
    return complexOfType(t, x, y);
  }
  if (im !== null && (im.t === T.str || isSubtype(im.t, T.str))) raise(T.TypeError, "complex() second arg can't be a string");
  // try_complex_special_method
  let r = re;
  let ownR = false;
  if (r !== null) {
    const f = lookupSpecial(r, '__complex__');
    if (f !== null) {
      let res: PyObject;
      try {
        res = call(f, []);
      } finally {
        decref(f);
      }
      if (res.t !== T.complex) {
        const tn = typeName(res);
        if (!isC(res)) {
          decref(res);
          raise(T.TypeError, `__complex__ returned non-complex (type ${tn})`);
        }
        try {
          warnEx(T.DeprecationWarning, `__complex__ returned non-complex (type ${tn}).  The ability to return an instance of a strict subclass of complex is deprecated, and may be removed in a future version of Python.`);
        } catch (e) {
          decref(res);
          throw e;
        }
      }
      r = res;
      ownR = true;
    }
  }
  try {
    const numeric = (o: PyObject): boolean => isC(o) || (o.t.v as TypeInfo).nb.float !== undefined || (o.t.v as TypeInfo).nb.index !== undefined;
    if (r !== null && !numeric(r)) raise(T.TypeError, `complex() first argument must be a string or a number, not '${typeName(r)}'`);
    if (im !== null && !numeric(im)) raise(T.TypeError, `complex() second argument must be a number, not '${typeName(im)}'`);
    let crReal = 0, crImag = 0, crIsComplex = false;
    if (r !== null && isC(r)) {
      crReal = r.v as number;
      crImag = r.d as number;
      crIsComplex = true;
    } else if (r !== null) {
      crReal = numberAsDouble(r);
    }
    let ciReal: number, ciImag = 0, ciIsComplex = false;
    if (im === null) ciReal = crImag;
    else if (isC(im)) {
      ciReal = im.v as number;
      ciImag = im.d as number;
      ciIsComplex = true;
    } else ciReal = numberAsDouble(im);
    if (ciIsComplex) crReal -= ciImag;
    if (crIsComplex && im !== null) ciReal += crImag;
    return complexOfType(t, crReal, ciReal);
  } finally {
    if (ownR && r !== null) decref(r);
  }
}

/** complex_subtype_from_doubles: a plain complex, or an instance of the subclass. */
function complexOfType(t: PyObject, re: number, im: number): PyObject {
  if (t === T.complex) return newComplex(re, im);
  throw new NotSimulated(`creating an instance of the complex subclass '${(t.v as TypeInfo).name}'`, ST.line);
}

export function makeBuiltins(): PyObject {
  const b = newDict();
  b.f |= 1024;
  const def = (name: string, fn: (self: PyObject | null, args: PyObject[], kw: string[] | null) => PyObject): void => {
    const f = builtinFunction(name, fn, 'builtins');
    dictSetStr(b, name, f);
    decref(f);
  };
  const types: [string, PyObject][] = [
    ['object', T.object], ['type', T.type], ['int', T.int], ['bool', T.bool], ['float', T.float], ['complex', T.complex],
    ['str', T.str], ['bytes', T.bytes], ['bytearray', T.bytearray], ['memoryview', T.memoryview], ['tuple', T.tuple], ['list', T.list], ['dict', T.dict], ['set', T.set],
    ['frozenset', T.frozenset], ['range', T.range], ['slice', T.slice], ['enumerate', T.enumerate], ['zip', T.zip],
    ['map', T.map], ['filter', T.filter], ['reversed', T.reversed], ['property', T.property],
    ['staticmethod', T.staticmethod], ['classmethod', T.classmethod], ['super', T.super],
  ];
  for (const [n, t] of types) dictSetStr(b, n, t);
  (T.int.v as TypeInfo).new = intNew;
  (T.float.v as TypeInfo).new = floatNew;
  (T.complex.v as TypeInfo).new = complexNew;
  (T.super.v as TypeInfo).new = (_t, args, kw) => {
    // super_init / 3.11+'s super_vectorcall argument checks
    if (kw && kw.length) raise(T.TypeError, 'super() takes no keyword arguments');
    if (args.length > 2) raise(T.TypeError, P.minor >= 11 ? `super() expected at most 2 arguments, got ${args.length}` : `super() takes at most 2 arguments (${args.length} given)`);
    if (args.length > 0 && !(args[0].t === T.type || isSubtype(args[0].t, T.type))) {
      raise(T.TypeError, `super() argument 1 must be ${P.minor >= 11 ? 'a type' : 'type'}, not ${typeName(args[0])}`);
    }
    if (args.length === 0) return zeroArgSuper(callStack.length > 0 ? callStack[callStack.length - 1] : null);
    return newSuper(args[0], args.length > 1 ? args[1] : null);
  };
  (T.super.v as TypeInfo).init = () => {};

  def('print', print);
  def('len', (_s, args, kw) => {
    const o = oneArg('len', args, kw);
    // a range longer than 2**53: its length object's value, through PyLong_AsSsize_t
    if (o.t === T.range && (o.v as RangeData).big) return newIntSsize(rangeBigLength(o));
    return newIntSsize(pyLen(o));
  });
  def('repr', (_s, args, kw) => pyRepr(oneArg('repr', args, kw)));
  def('ascii', (_s, args, kw) => pyAscii(oneArg('ascii', args, kw)));
  def('id', (_s, args, kw) => newIntSsize(idOf(oneArg('id', args, kw))));
  def('hash', (_s, args, kw) => newIntSsize(pyHash(oneArg('hash', args, kw))));
  def('abs', (_s, args, kw) => unaryOp(oneArg('abs', args, kw), 'abs'));
  def('min', (_s, args, kw) => minmax('min', args, kw));
  def('max', (_s, args, kw) => minmax('max', args, kw));
  def('sum', sum);
  def('any', (_s, args, kw) => anyAll(false, oneArg('any', args, kw)));
  def('all', (_s, args, kw) => anyAll(true, oneArg('all', args, kw)));
  def('sorted', sortedImpl);
  def('round', round);
  def('isinstance', (_s, args, kw) => {
    argRange('isinstance', args, kw, 2, 2);
    return newBool(isinstanceOf(args[0], args[1], 'isinstance'));
  });
  def('issubclass', (_s, args, kw) => {
    argRange('issubclass', args, kw, 2, 2);
    return newBool(issubclassOf(args[0], args[1]));
  });
  def('callable', (_s, args, kw) => newBool((oneArg('callable', args, kw).t.v as TypeInfo).call !== null));
  def('iter', (_s, args, kw) => {
    argRange('iter', args, kw, 1, 2);
    if (args.length === 2) return newCallableIter(args[0], args[1]);
    return getIter(args[0]);
  });
  def('next', (_s, args, kw) => {
    argRange('next', args, kw, 1, 2);
    const it = args[0];
    const nx = (it.t.v as TypeInfo).next;
    if (nx === null) raise(T.TypeError, `'${typeName(it)}' object is not an iterator`);
    let r: PyObject | null;
    if (it.t === T.generator && args.length === 1) {
      return genNextRaise(it);
    }
    const raw = (nx as { raw?: (o: PyObject) => PyObject }).raw;
    if (raw !== undefined && args.length === 1) return raw(it);
    r = nx(it);
    if (r !== null) return r;
    if (args.length === 2) return incref(args[1]);
    raise(T.StopIteration);
  });
  // the attribute name must be a str: getattr()/hasattr() said so in their own words before
  // 3.11; setattr/delattr (PyObject_SetAttr) always name the type
  const attrNameCheck = (fn: string | null, name: PyObject): void => {
    if (name.t === T.str || isSubtype(name.t, T.str)) return;
    raise(T.TypeError, fn !== null && P.minor < 11 ? `${fn}(): attribute name must be string` : `attribute name must be string, not '${typeName(name)}'`);
  };
  def('getattr', (_s, args, kw) => {
    argRange('getattr', args, kw, 2, 3);
    const name = args[1];
    attrNameCheck('getattr', name);
    // PyObject_GetAttr does not intern: the type lookup (and its cache) gets this very object
    R.rawLookupNames.add(name);
    if (args.length === 3) {
      const r = getAttrOpt(args[0], name.v as string);
      return r ?? incref(args[2]);
    }
    return getAttr(args[0], name.v as string);
  });
  def('setattr', (_s, args, kw) => {
    argRange('setattr', args, kw, 3, 3);
    attrNameCheck(null, args[1]);
    // PyObject_SetAttr interns the name in place (3.12's interned strings are immortal): the
    // object itself becomes the interned one when no equal string is
    const n = args[1].t === T.str ? internInPlace(incref(args[1]), P.interning === 'all-immortal') : incref(args[1]);
    try {
      setAttr(args[0], n.v as string, args[2]);
    } finally {
      decref(n);
    }
    return none();
  });
  def('delattr', (_s, args, kw) => {
    argRange('delattr', args, kw, 2, 2);
    attrNameCheck(null, args[1]);
    setAttr(args[0], args[1].v as string, null);
    return none();
  });
  def('hasattr', (_s, args, kw) => {
    argRange('hasattr', args, kw, 2, 2);
    attrNameCheck('hasattr', args[1]);
    R.rawLookupNames.add(args[1]);
    const r = getAttrOpt(args[0], args[1].v as string);
    if (r === null) return newBool(false);
    decref(r);
    return newBool(true);
  });
  def('chr', (_s, args, kw) => {
    const n = indexJs(oneArg('chr', args, kw));
    if (n < 0 || n > 0x10ffff) raise(T.ValueError, 'chr() arg not in range(0x110000)');
    return n < 256 ? latin1Char(n) : newStr(String.fromCodePoint(n));
  });
  def('ord', (_s, args, kw) => {
    const c = oneArg('ord', args, kw);
    if (c.t === T.str) {
      const n = strLen(c);
      if (n !== 1) raise(T.TypeError, `ord() expected a character, but string of length ${n} found`);
      return newInt((c.v as string).codePointAt(0) as number);
    }
    if (c.t === T.bytes || isSubtype(c.t, T.bytes) || isByteArray(c)) {
      const s = bufferStr(c) as string;
      if (s.length !== 1) raise(T.TypeError, `ord() expected a character, but string of length ${s.length} found`);
      return newInt(s.charCodeAt(0));
    }
    raise(T.TypeError, `ord() expected string of length 1, but ${typeName(c)} found`);
  });
  def('divmod', (_s, args, kw) => {
    argRange('divmod', args, kw, 2, 2);
    return binaryOp(args[0], args[1], 'divmod');
  });
  def('pow', (_s, args, kw) => {
    const [base, exp, mod] = parseArgs('pow', args, kw, ['base', 'exp', 'mod'], 2);
    if (mod === null || mod === S.None) return binaryOp(base as PyObject, exp as PyObject, 'pow');
    return ternaryPow(base as PyObject, exp as PyObject, mod);
  });
  def('hex', (_s, args, kw) => newStr(intToString(pyIndexVal(oneArg('hex', args, kw)), 16)));
  def('oct', (_s, args, kw) => newStr(intToString(pyIndexVal(oneArg('oct', args, kw)), 8)));
  def('bin', (_s, args, kw) => newStr(intToString(pyIndexVal(oneArg('bin', args, kw)), 2)));
  def('format', (_s, args, kw) => {
    argRange('format', args, kw, 1, 2);
    // builtin_format (Argument Clinic: format_spec must be a str)
    const spec = args[1];
    if (spec !== undefined && spec.t !== T.str && !isSubtype(spec.t, T.str)) raise(T.TypeError, `format() argument 2 must be str, not ${spec === S.None ? 'None' : typeName(spec)}`);
    return formatObject(args[0], spec !== undefined ? (spec.v as string) : '');
  });
  def('dir', (_s, args, kw) => {
    argRange('dir', args, kw, 0, 1);
    if (args.length === 0) throw new NotSimulated("dir() without an argument", ST.line);
    // a __dir__ written in Python (the class's, or the metaclass's for a class: enum's) decides
    // the result in CPython (PyObject_Dir calls it); HeapLens lists the attributes itself
    const own = typeLookup(args[0].t, '__dir__');
    if (own !== null && own.t === T.function) throw new NotSimulated(`dir() of an object whose ${isType(args[0]) ? 'metaclass' : 'class'} defines __dir__ in Python`, ST.line);
    const names = dirNames(args[0]);
    // object.__dir__ / type.__dir__ build their result through a copy of the instance dict, the
    // classes' mappingproxies, key lists and bound methods (PyObject_Dir, merge_class_dict), each
    // version its own way; HeapLens makes only the result
    pythonLevelCall('dir()', "dir() builds its list through temporary dicts, lists, mappingproxies and bound methods (object.__dir__, merge_class_dict) that HeapLens does not make");
    return newList(names.map((n) => newStr(n)));
  });
  def('globals', (_s, args, kw) => {
    argRange('globals', args, kw, 0, 0);
    const fr = callStack[callStack.length - 1];
    return incref(fr.g);
  });
  initFrameLocalsProxyType();
  def('locals', (_s, args, kw) => {
    noArgs('locals', args, kw);
    return builtinLocals();
  });
  def('vars', (_s, args, kw) => {
    argRange('vars', args, kw, 1, 1);
    // METH_VARARGS (all but 3.12): the call packs its argument into a tuple
    const argt = P.minor === 12 ? null : newTuple([incref(args[0])]);
    try {
      return getAttr(args[0], '__dict__');
    } finally {
      if (argt !== null) decref(argt);
    }
  });
  for (const n of ['input', 'open', 'eval', 'exec', 'compile', '__import__', 'breakpoint', 'help', 'aiter', 'anext', 'exit', 'quit']) def(n, notSim(n));
  dictSetStr(b, 'None', S.None);
  dictSetStr(b, 'Ellipsis', S.Ellipsis);
  dictSetStr(b, 'NotImplemented', S.NotImplemented);
  const t = newStr('builtins');
  dictSetStr(b, '__name__', t);
  decref(t);
  for (const name of Object.keys(T)) {
    const ty = T[name];
    if (ty && isType(ty) && isSubtype(ty, T.BaseException)) dictSetStr(b, name, ty);
  }
  // the OSError aliases (Objects/exceptions.c: the same type object under the old names)
  dictSetStr(b, 'EnvironmentError', T.OSError);
  dictSetStr(b, 'IOError', T.OSError);
  void floatRepr;
  void emptyStr;
  void pyStr;
  void richCompare;
  void listAppendSteal;
  void dictGetStr;
  void pyIndex;
  void PyErr;
  return b;
}

function pyIndexVal(o: PyObject): IntVal {
  const i = pyIndex(o);
  const v = i.v as IntVal;
  decref(i);
  return v;
}
