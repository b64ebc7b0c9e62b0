// The collections module (Modules/_collectionsmodule.c, Objects/odictobject.c,
// Lib/collections/__init__.py):
//   deque        a doubly linked list of 64-slot blocks (528 bytes each, malloc'd) with a free
//                list of 16 blocks: module-wide up to 3.10, per deque from 3.11 (which is why an
//                empty deque grew from 624 to 760 bytes)
//   defaultdict  a C dict subclass with one extra pointer (basicsize 56)
//   OrderedDict  a C dict subclass (basicsize 112) with a node per key and a fast-node array
//   Counter      a Python class deriving from dict (a heap type here too; its methods are
//                builtins that follow the Python source's object-level behaviour)
//   namedtuple   builds a tuple subclass with __slots__ = () and _tuplegetter fields
// From 3.12 the C types are heap types: instances hold a reference to their type.
import { MATCH_SEQUENCE } from '../patma';
import { PyObject, F_GC, F_RUNTIME } from '../object';
import {
  P, T, ST, PyErr, NotSimulated, decref, xdecref, incref, allocBlock, freeBlock, allocBuffer, freeBuffer,
  gcAllocHook, gcCountFree, gcTrack, gcUntrack,
} from '../core';
import { isSubtype, typeName, type TypeInfo, type Visit, type CompareOp, Py_EQ, Py_NE, Py_LT } from '../types';
import { raise, raiseWith, raiseSetObject } from '../exc';
import {
  S, getIter, iterNext, call, truthy, reprJs, newBool, notImpl, richCompareBool, indexJs, binaryOp, setItem, getItem,
  delItem, getAttr, longAsSsize, ssizeArg, sliceIndexNotNone, typeLookup, callMethod, callSpecial, contains, len,
  unaryOp, index as pyIndex, inplaceOp, richCompare, strJs, str as pyStr, getAttrOpt, hash as pyHash,
} from '../abstract';
import { builtinPythonFrame, newBuiltin } from '../func';
import { newSlice } from '../slice';
import { listSortImpl } from '../listmethods';
import { newList, listAppend } from '../list';
import { heapify, heapreplace } from './heapq';
import { sum as builtinSum } from '../builtins';
import { bindPy, type PySig, type Bound } from '../pysig';
import {
  DictData, newDict, newDictFresh, dictGet, dictSet, dictDel, dictSetStr, dictGetStr, dictEntries, dictSizeof, dictDealloc,
  dictTraverse, dictClear, dictPop, dictStoredKey,
  dictReorder,
} from '../dict';
import { dictRepr, dictUpdateArg, dictMerge, newView, ViewData } from '../dictmethods';
import { newStr, internStr } from '../str';
import { newInt } from '../numbers';
import { newTuple, tupleFrom, tupleAllocSize, EMPTY_TUPLE } from '../tuple';
import { sequenceTuple, sequenceList } from '../listmethods';
import { defMethods, defClassMethods, builtinFunction, noArgs, oneArg, argRange, parseArgs, splitArgs, tupleArgs, noKw, pythonStandIns, type MethodFn } from '../methods';
import { defGetters, GetSet, defSlotWrappers, wrapArgs, wrapArg } from '../slotwrappers';
import { typeNew, fixupSlots, newWrapper, runtimeBuiltClasses } from '../classes';
import { clearWeakrefs } from '../weakrefs';
import { reprEnter, reprLeave } from '../reprguard';
import { registerModule, importModule, pythonLevelCall } from './registry';
import { docStandIn } from './docstandin';
import { newModuleType, addSlotDunders, setTypeBaseline, descriptorSetAttr, sequenceNumberSlots } from './array';

/** 3.12+: _collections' types are heap types (instances incref their type). */
function heapTypes(): boolean {
  return P.minor >= 12;
}

let moduleTypes = new Set<PyObject>();

function none(): PyObject {
  S.None.rc++;
  return S.None;
}

/** tp_alloc (PyType_GenericAlloc) of a GC object: tracked at once; heap types are incref'd. */
function gcAlloc(type: PyObject, v: unknown, bytes: number): PyObject {
  const o = new PyObject(type, v, null, F_GC);
  allocBlock(o, bytes);
  gcAllocHook();
  if ((type.v as TypeInfo).heap || (heapTypes() && moduleTypes.has(type))) type.rc++;
  gcTrack(o);
  return o;
}

/** The release of a module type's own reference at the end of its dealloc (3.12+); heap
 * subclasses are released by subtype_dealloc (instanceDealloc). */
function releaseType(o: PyObject): void {
  if (heapTypes() && moduleTypes.has(o.t)) decref(o.t);
}

function visitType(o: PyObject, visit: Visit): void {
  if (heapTypes()) visit(o.t);
}

function shortName(o: PyObject): string {
  return (o.t.v as TypeInfo).qualname;
}

function isDictLike(o: PyObject): boolean {
  return o.t === T.dict || isSubtype(o.t, T.dict);
}

/** Mark the methods a class's dict holds under `names` as stand-ins for Python functions. */
function markStandIns(cls: PyObject, names: string[]): void {
  const d = (cls.v as TypeInfo).dict;
  for (const n of names) {
    const m = dictGetStr(d, n);
    if (m !== null) pythonStandIns.add(m.v as object);
  }
}

// ================================================================ deque

const BLOCKLEN = 64;
const CENTER = (BLOCKLEN - 1) >> 1;
/** sizeof(block): leftlink + 64 item pointers + rightlink (> 512, so PyMem_Malloc uses malloc). */
const BLOCK_BYTES = 8 + 8 * BLOCKLEN + 8;
const MAXFREEBLOCKS = 16;

class Block {
  data: (PyObject | null)[] = new Array<PyObject | null>(BLOCKLEN).fill(null);
  constructor(public addr: number) {}
}

class DequeData {
  /** leftblock .. rightblock (the linked list, as an array) */
  blocks: Block[] = [];
  leftindex = CENTER + 1;
  rightindex = CENTER;
  size = 0;
  state = 0;
  maxlen = -1;
  /** 3.11+: the deque's own free list of blocks */
  free: Block[] = [];
  constructor(public blockBytes: number) {}
}

let dequeType: PyObject = undefined as unknown as PyObject;
let dequeIterType: PyObject = undefined as unknown as PyObject;
let dequeRevIterType: PyObject = undefined as unknown as PyObject;
/** 3.8/3.10: the module-wide free list of blocks (freeblocks[MAXFREEBLOCKS]). */
let globalFreeBlocks: Block[] = [];

function dequeBasicsize(): number {
  return P.dequeSize - BLOCK_BYTES - 16;
}

function dq(o: PyObject): DequeData {
  return o.v as DequeData;
}

function isDeque(o: PyObject): boolean {
  return o.t === dequeType || isSubtype(o.t, dequeType);
}

function freeListOf(d: DequeData): Block[] {
  return P.minor >= 11 ? d.free : globalFreeBlocks;
}

function newblock(d: DequeData): Block {
  const fl = freeListOf(d);
  if (fl.length > 0) return fl.pop() as Block;
  return new Block(allocBuffer(BLOCK_BYTES));
}

function freeblock(d: DequeData, b: Block): void {
  const fl = freeListOf(d);
  if (fl.length < MAXFREEBLOCKS) fl.push(b);
  else freeBuffer(b.addr, BLOCK_BYTES);
}

/** deque_new: the object, then its first (empty, centred) block. */
function dequeNew(type: PyObject): PyObject {
  const bytes = (type.v as TypeInfo).basicsize() + 16;
  const data = new DequeData(bytes);
  const o = gcAlloc(type, data, bytes);
  data.blocks.push(newblock(data));
  return o;
}

/** NEEDS_TRIM: 0 <= maxlen < size */
function needsTrim(d: DequeData, maxlen: number): boolean {
  return maxlen >= 0 && maxlen < d.size;
}

/** deque_append_internal: `item` is an owned reference. */
function appendInternal(o: PyObject, item: PyObject, maxlen: number): void {
  const d = dq(o);
  if (d.rightindex === BLOCKLEN - 1) {
    d.blocks.push(newblock(d));
    d.rightindex = -1;
  }
  d.size++;
  d.rightindex++;
  d.blocks[d.blocks.length - 1].data[d.rightindex] = item;
  if (needsTrim(d, maxlen)) decref(popleft(o));
  else d.state++;
}

function appendleftInternal(o: PyObject, item: PyObject, maxlen: number): void {
  const d = dq(o);
  if (d.leftindex === 0) {
    d.blocks.unshift(newblock(d));
    d.leftindex = BLOCKLEN;
  }
  d.size++;
  d.leftindex--;
  d.blocks[0].data[d.leftindex] = item;
  if (needsTrim(d, maxlen)) decref(pop(o));
  else d.state++;
}

/** deque_pop: returns the (owned) item. */
function pop(o: PyObject): PyObject {
  const d = dq(o);
  if (d.size === 0) raise(T.IndexError, 'pop from an empty deque');
  const rb = d.blocks[d.blocks.length - 1];
  const item = rb.data[d.rightindex] as PyObject;
  rb.data[d.rightindex] = null;
  d.rightindex--;
  d.size--;
  d.state++;
  if (d.rightindex < 0) {
    if (d.size > 0) {
      d.blocks.pop();
      freeblock(d, rb);
      d.rightindex = BLOCKLEN - 1;
    } else {
      // re-center instead of freeing a block
      d.leftindex = CENTER + 1;
      d.rightindex = CENTER;
    }
  }
  return item;
}

function popleft(o: PyObject): PyObject {
  const d = dq(o);
  if (d.size === 0) raise(T.IndexError, 'pop from an empty deque');
  const lb = d.blocks[0];
  const item = lb.data[d.leftindex] as PyObject;
  lb.data[d.leftindex] = null;
  d.leftindex++;
  d.size--;
  d.state++;
  if (d.leftindex === BLOCKLEN) {
    if (d.size > 0) {
      d.blocks.shift();
      freeblock(d, lb);
      d.leftindex = 0;
    } else {
      d.leftindex = CENTER + 1;
      d.rightindex = CENTER;
    }
  }
  return item;
}

/** consume_iterator (maxlen == 0) */
function consume(it: PyObject): void {
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) break;
      decref(x);
    }
  } finally {
    decref(it);
  }
}

function dequeExtend(o: PyObject, iterable: PyObject, left: boolean): void {
  if (iterable === o) {
    // id(deque) == id(iterable): extend from a list copy
    const s = sequenceList(iterable);
    try {
      dequeExtend(o, s, left);
    } finally {
      decref(s);
    }
    return;
  }
  const d = dq(o);
  const it = getIter(iterable);
  const maxlen = d.maxlen;
  if (maxlen === 0) {
    consume(it);
    return;
  }
  // space saving heuristic: start filling from the left (or right for extendleft)
  if (d.size === 0) {
    d.leftindex = left ? BLOCKLEN - 1 : 1;
    d.rightindex = left ? BLOCKLEN - 2 : 0;
  }
  try {
    for (;;) {
      const item = iterNext(it);
      if (item === null) break;
      if (left) appendleftInternal(o, item, maxlen);
      else appendInternal(o, item, maxlen);
    }
  } finally {
    decref(it);
  }
}

/** deque_clear: make the deque empty on a new block first, then release the old items. */
function dequeClear(o: PyObject): void {
  const d = dq(o);
  if (d.size === 0) return;
  const b = newblock(d);
  let n = d.size;
  const oldBlocks = d.blocks;
  let leftindex = d.leftindex;
  d.blocks = [b];
  d.size = 0;
  d.leftindex = CENTER + 1;
  d.rightindex = CENTER;
  d.state++;
  let bi = 0;
  let m = Math.min(BLOCKLEN - leftindex, n);
  n -= m;
  for (;;) {
    if (m === 0) {
      if (n === 0) break;
      const prev = oldBlocks[bi++];
      m = Math.min(n, BLOCKLEN);
      n -= m;
      leftindex = 0;
      freeblock(d, prev);
    }
    const blk = oldBlocks[bi];
    const item = blk.data[leftindex] as PyObject;
    blk.data[leftindex] = null;
    leftindex++;
    m--;
    decref(item);
  }
  freeblock(d, oldBlocks[bi]);
}

/** _deque_rotate(deque, n) */
function dequeRotate(o: PyObject, nArg: number | bigint): void {
  const d = dq(o);
  const len = d.size, halflen = len >> 1;
  if (len <= 1) return;
  // a Py_ssize_t beyond 2**53: C's truncating remainder, done exactly
  let n = typeof nArg === 'bigint' ? Number(nArg % BigInt(len)) : nArg;
  if (n > halflen || n < -halflen) {
    n %= len;
    if (n > halflen) n -= len;
    else if (n < -halflen) n += len;
  }
  let b: Block | null = null;
  const blocks = d.blocks;
  let leftindex = d.leftindex, rightindex = d.rightindex;
  d.state++;
  try {
    while (n > 0) {
      if (leftindex === 0) {
        if (b === null) b = newblock(d);
        blocks.unshift(b);
        leftindex = BLOCKLEN;
        b = null;
      }
      let m = n;
      if (m > rightindex + 1) m = rightindex + 1;
      if (m > leftindex) m = leftindex;
      rightindex -= m;
      leftindex -= m;
      n -= m;
      const src = blocks[blocks.length - 1], dest = blocks[0];
      for (let k = 0; k < m; k++) {
        dest.data[leftindex + k] = src.data[rightindex + 1 + k];
        src.data[rightindex + 1 + k] = null;
      }
      if (rightindex < 0) {
        b = blocks.pop() as Block;
        rightindex = BLOCKLEN - 1;
      }
    }
    while (n < 0) {
      if (rightindex === BLOCKLEN - 1) {
        if (b === null) b = newblock(d);
        blocks.push(b);
        rightindex = -1;
        b = null;
      }
      let m = -n;
      if (m > BLOCKLEN - leftindex) m = BLOCKLEN - leftindex;
      if (m > BLOCKLEN - 1 - rightindex) m = BLOCKLEN - 1 - rightindex;
      const src = blocks[0], dest = blocks[blocks.length - 1];
      for (let k = 0; k < m; k++) {
        dest.data[rightindex + 1 + k] = src.data[leftindex + k];
        src.data[leftindex + k] = null;
      }
      leftindex += m;
      rightindex += m;
      n += m;
      if (leftindex === BLOCKLEN) {
        b = blocks.shift() as Block;
        leftindex = 0;
      }
    }
  } finally {
    if (b !== null) freeblock(d, b);
    d.leftindex = leftindex;
    d.rightindex = rightindex;
  }
}

/** The item at logical index i (borrowed). */
function slot(d: DequeData, i: number): [Block, number] {
  const j = i + d.leftindex;
  return [d.blocks[j >> 6], j & (BLOCKLEN - 1)];
}

function dequeItem(o: PyObject, i: number): PyObject {
  const d = dq(o);
  if (i < 0 || i >= d.size) raise(T.IndexError, 'deque index out of range');
  const [b, k] = slot(d, i);
  const item = b.data[k] as PyObject;
  item.rc++;
  return item;
}

function dequeDelItem(o: PyObject, i: number): void {
  dequeRotate(o, -i);
  const item = popleft(o);
  dequeRotate(o, i);
  decref(item);
}

function seqIndex(o: PyObject, key: PyObject): number {
  const ti = key.t.v as TypeInfo;
  if (key.t !== T.int && key.t !== T.bool && ti.nb.index === undefined) raise(T.TypeError, `sequence index must be integer, not '${typeName(key)}'`);
  let i = indexJs(key);
  if (i < 0) i += dq(o).size;
  return i;
}

/** The items left to right (borrowed). */
function dequeItems(d: DequeData): PyObject[] {
  const out: PyObject[] = [];
  for (let i = 0; i < d.size; i++) {
    const [b, k] = slot(d, i);
    out.push(b.data[k] as PyObject);
  }
  return out;
}

function dequeDealloc(o: PyObject): void {
  gcUntrack(o);
  clearWeakrefs(o);
  const d = dq(o);
  if (d.blocks.length > 0) {
    dequeClear(o);
    freeblock(d, d.blocks[0]);
  }
  d.blocks = [];
  // 3.11+: the deque's own free list goes with it
  if (P.minor >= 11) for (const b of d.free) freeBuffer(b.addr, BLOCK_BYTES);
  d.free = [];
  o.v = null;
  freeBlock(o, d.blockBytes);
  gcCountFree();
  releaseType(o);
}

function dequeCopy(o: PyObject): PyObject {
  const old = dq(o);
  if (o.t === dequeType) {
    const nd = dequeNew(dequeType);
    dq(nd).maxlen = old.maxlen;
    try {
      if (old.size === 1) {
        const item = dequeItems(old)[0];
        item.rc++;
        appendInternal(nd, item, dq(nd).maxlen);
      } else dequeExtend(nd, o, false);
    } catch (e) {
      decref(nd);
      throw e;
    }
    return nd;
  }
  let result: PyObject;
  if (old.maxlen < 0) result = call(o.t, [o]);
  else {
    const ml = newInt(old.maxlen);
    try {
      result = call(o.t, [o, ml]);
    } finally {
      decref(ml);
    }
  }
  if (!isDeque(result)) {
    const tn = typeName(result);
    decref(result);
    raise(T.TypeError, `${(o.t.v as TypeInfo).name}() must return a deque, not ${tn}`);
  }
  return result;
}

function dequeInplaceRepeat(o: PyObject, n: number): PyObject {
  const d = dq(o);
  const size = d.size;
  if (size === 0 || n === 1) return incref(o);
  if (n <= 0) {
    dequeClear(o);
    return incref(o);
  }
  if (size === 1) {
    const item = dequeItems(d)[0];
    if (d.maxlen >= 0 && n > d.maxlen) n = d.maxlen;
    d.state++;
    let i = 0;
    while (i < n - 1) {
      if (d.rightindex === BLOCKLEN - 1) {
        d.blocks.push(newblock(d));
        d.rightindex = -1;
      }
      let m = n - 1 - i;
      if (m > BLOCKLEN - 1 - d.rightindex) m = BLOCKLEN - 1 - d.rightindex;
      i += m;
      while (m-- > 0) {
        d.rightindex++;
        item.rc++;
        d.blocks[d.blocks.length - 1].data[d.rightindex] = item;
      }
    }
    d.size += i;
    return incref(o);
  }
  const seq = sequenceList(o);
  try {
    if (d.maxlen >= 0 && n * size > d.maxlen) n = Math.floor((d.maxlen + size - 1) / size);
    for (let i = 0; i < n - 1; i++) dequeExtend(o, seq, false);
  } finally {
    decref(seq);
  }
  return incref(o);
}

function repeatCount(n: PyObject): number {
  const ti = n.t.v as TypeInfo;
  if (n.t !== T.int && n.t !== T.bool && ti.nb.index === undefined) raise(T.TypeError, `can't multiply sequence by non-int of type '${typeName(n)}'`);
  return indexJs(n);
}

function dequeRichCompare(v: PyObject, w: PyObject, op: CompareOp): PyObject {
  if (!isDeque(v) || !isDeque(w)) return notImpl();
  const vs = dq(v).size, ws = dq(w).size;
  if (op === Py_EQ) {
    if (v === w) return newBool(true);
    if (vs !== ws) return newBool(false);
  }
  if (op === Py_NE) {
    if (v === w) return newBool(false);
    if (vs !== ws) return newBool(true);
  }
  const it1 = getIter(v);
  let it2: PyObject | null = null;
  try {
    it2 = getIter(w);
    let x: PyObject | null = null, y: PyObject | null = null;
    for (;;) {
      x = iterNext(it1);
      y = iterNext(it2);
      if (x === null || y === null) break;
      let same: boolean;
      try {
        same = richCompareBool(x, y, Py_EQ);
        if (!same) return newBool(richCompareBool(x, y, op));
      } finally {
        decref(x);
        decref(y);
      }
    }
    if (x !== null) decref(x);
    if (y !== null) decref(y);
    switch (op) {
      case 0: return newBool(y !== null);
      case 1: return newBool(x === null);
      case 2: return newBool(x === y);
      case 3: return newBool(x !== y);
      case 4: return newBool(x !== null);
      default: return newBool(y === null);
    }
  } finally {
    decref(it1);
    if (it2 !== null) decref(it2);
  }
}

function dequeRepr(o: PyObject): PyObject {
  if (!reprEnter(o)) return newStr('[...]');
  try {
    const aslist = sequenceList(o);
    try {
      const d = dq(o);
      const name = shortName(o);
      return newStr(d.maxlen >= 0 ? `${name}(${reprJs(aslist)}, maxlen=${d.maxlen})` : `${name}(${reprJs(aslist)})`);
    } finally {
      decref(aslist);
    }
  } finally {
    reprLeave(o);
  }
}

function dequeInit(self: PyObject, args: PyObject[], kw: string[] | null): void {
  const [iterable, maxlenObj] = parseArgs('deque', args, kw, ['iterable', 'maxlen'], 0);
  let maxlen = -1;
  if (maxlenObj !== null && maxlenObj !== S.None) {
    // PyLong_AsSsize_t: an int, not anything with __index__
    const m = longAsSsize(maxlenObj);
    if (m < 0) raise(T.ValueError, 'maxlen must be non-negative');
    if (typeof m === 'bigint') throw new NotSimulated('a deque maxlen beyond 2**53', ST.line);
    maxlen = m;
  }
  const d = dq(self);
  d.maxlen = maxlen;
  if (d.size > 0) dequeClear(self);
  if (iterable !== null) dequeExtend(self, iterable, false);
}

class DequeIterState {
  /** bi: the block's position in the deque's block list (stable while the state is unchanged) */
  constructor(public deque: PyObject, public bi: number, public index: number, public state: number, public counter: number) {}
}

const DEQUEITER_BYTES = 56 + 16;

function newDequeIter(o: PyObject, reverse: boolean): PyObject {
  const d = dq(o);
  const type = reverse ? dequeRevIterType : dequeIterType;
  o.rc++;
  const s = reverse
    ? new DequeIterState(o, d.blocks.length - 1, d.rightindex, d.state, d.size)
    : new DequeIterState(o, 0, d.leftindex, d.state, d.size);
  return gcAlloc(type, s, DEQUEITER_BYTES);
}

function initDequeIterType(ti: TypeInfo, reverse: boolean): void {
  ti.gc = true;
  ti.basicsize = () => 56;
  ti.new = null;
  ti.dealloc = (o) => {
    gcUntrack(o);
    const s = o.v as DequeIterState;
    o.v = null;
    decref(s.deque);
    freeBlock(o, DEQUEITER_BYTES);
    gcCountFree();
    releaseType(o);
  };
  ti.traverse = (o, visit) => {
    visitType(o, visit);
    const s = o.v as DequeIterState | null;
    if (s !== null) visit(s.deque);
  };
  ti.iter = (o) => incref(o);
  ti.next = (o) => {
    const s = o.v as DequeIterState;
    const d = dq(s.deque);
    const mutated = (): never => {
      s.counter = 0;
      raise(T.RuntimeError, 'deque mutated during iteration');
    };
    if (reverse) {
      if (s.counter === 0) return null;
      if (d.state !== s.state) mutated();
    } else {
      if (d.state !== s.state) mutated();
      if (s.counter === 0) return null;
    }
    const item = d.blocks[s.bi].data[s.index] as PyObject;
    s.counter--;
    if (reverse) {
      s.index--;
      if (s.index < 0 && s.counter > 0) {
        s.bi--;
        s.index = BLOCKLEN - 1;
      }
    } else {
      s.index++;
      if (s.index === BLOCKLEN && s.counter > 0) {
        s.bi++;
        s.index = 0;
      }
    }
    item.rc++;
    return item;
  };
  (ti as TypeInfo & { lengthHint?: (o: PyObject) => number }).lengthHint = (o) => (o.v as DequeIterState).counter;
}

function defineDequeIterMethods(t: PyObject): void {
  defMethods(t, {
    __length_hint__: (self, args, kw) => (noArgs('__length_hint__', args, kw), newInt((self.v as DequeIterState).counter)),
  });
}

function initDequeType(ti: TypeInfo): void {
  ti.gc = true;
  ti.matchFlags |= MATCH_SEQUENCE;
  // dequeobject has a weakreflist (tp_weaklistoffset)
  ti.hasWeakref = true;
  ti.basicsize = dequeBasicsize;
  ti.sizeof = (o) => {
    const d = dq(o);
    const blocks = Math.floor((d.leftindex + d.size + BLOCKLEN - 1) / BLOCKLEN);
    return (o.t.v as TypeInfo).basicsize() + blocks * BLOCK_BYTES;
  };
  ti.hash = null;
  ti.new = (type) => dequeNew(type);
  ti.init = dequeInit;
  ti.dealloc = dequeDealloc;
  ti.traverse = (o, visit) => {
    visitType(o, visit);
    const d = o.v as DequeData | null;
    if (d !== null) for (const x of dequeItems(d)) visit(x);
  };
  ti.clear = (o) => dequeClear(o);
  ti.repr = dequeRepr;
  ti.str = null;
  ti.richcompare = dequeRichCompare;
  ti.len = (o) => dq(o).size;
  // nb_bool (deque_bool) up to 3.10; 3.11 leaves truth to sq_length
  ti.bool = P.minor < 11 ? (o) => dq(o).size !== 0 : null;
  ti.getitem = (o, key) => dequeItem(o, seqIndex(o, key));
  ti.setitem = (o, key, v) => {
    const i = seqIndex(o, key);
    const d = dq(o);
    if (i < 0 || i >= d.size) raise(T.IndexError, 'deque index out of range');
    if (v === null) {
      dequeDelItem(o, i);
      return;
    }
    const [b, k] = slot(d, i);
    v.rc++;
    const old = b.data[k] as PyObject;
    b.data[k] = v;
    decref(old);
  };
  ti.contains = (o, v) => {
    const d = dq(o);
    const start = d.state;
    for (let i = 0; i < d.size; i++) {
      const [b, k] = slot(d, i);
      const item = b.data[k] as PyObject;
      item.rc++;
      let cmp: boolean;
      try {
        cmp = richCompareBool(item, v, Py_EQ);
      } finally {
        decref(item);
      }
      if (cmp) return true;
      if (start !== d.state) raise(T.RuntimeError, 'deque mutated during iteration');
    }
    return false;
  };
  ti.iter = (o) => newDequeIter(o, false);
  // deque has sq_item/sq_ass_item and no mapping slots (its __getitem__ is wrap_sq_item)
  (ti as TypeInfo & { sqItemOnly?: boolean }).sqItemOnly = true;
  ti.nb = {};
  const tx = ti as TypeInfo & Record<string, unknown>;
  tx.sqConcat = (a: PyObject, b: PyObject): PyObject => {
    if (!isDeque(b)) raise(T.TypeError, `can only concatenate deque (not "${typeName(b)}") to deque`);
    const nd = dequeCopy(a);
    try {
      dequeExtend(nd, b, false);
    } catch (e) {
      decref(nd);
      throw e;
    }
    return nd;
  };
  tx.sqRepeat = (a: PyObject, n: PyObject): PyObject => {
    const c = repeatCount(n);
    const nd = dequeCopy(a);
    try {
      return dequeInplaceRepeat(nd, c);
    } finally {
      decref(nd);
    }
  };
  tx.sqInplaceConcat = (a: PyObject, b: PyObject): PyObject => {
    dequeExtend(a, b, false);
    return incref(a);
  };
  tx.sqInplaceRepeat = (a: PyObject, n: PyObject): PyObject => dequeInplaceRepeat(a, repeatCount(n));
  sequenceNumberSlots(ti, isDeque, true);
}

function defineDequeMethods(t: PyObject): void {
  defMethods(t, {
    append: (self, args, kw) => {
      const item = oneArg('append', args, kw);
      item.rc++;
      appendInternal(self, item, dq(self).maxlen);
      return none();
    },
    appendleft: (self, args, kw) => {
      const item = oneArg('appendleft', args, kw);
      item.rc++;
      appendleftInternal(self, item, dq(self).maxlen);
      return none();
    },
    pop: (self, args, kw) => (noArgs('pop', args, kw), pop(self)),
    popleft: (self, args, kw) => (noArgs('popleft', args, kw), popleft(self)),
    extend: (self, args, kw) => {
      dequeExtend(self, oneArg('extend', args, kw), false);
      return none();
    },
    extendleft: (self, args, kw) => {
      dequeExtend(self, oneArg('extendleft', args, kw), true);
      return none();
    },
    clear: (self, args, kw) => {
      noArgs('clear', args, kw);
      dequeClear(self);
      return none();
    },
    copy: (self, args, kw) => (noArgs('copy', args, kw), dequeCopy(self)),
    __copy__: (self, args, kw) => (noArgs('__copy__', args, kw), dequeCopy(self)),
    count: (self, args, kw) => {
      const v = oneArg('count', args, kw);
      const d = dq(self);
      const start = d.state;
      let c = 0;
      for (let i = 0; i < d.size; i++) {
        const [b, k] = slot(d, i);
        const item = b.data[k] as PyObject;
        item.rc++;
        try {
          if (richCompareBool(item, v, Py_EQ)) c++;
        } finally {
          decref(item);
        }
        if (start !== d.state) raise(T.RuntimeError, 'deque mutated during iteration');
      }
      return newInt(c);
    },
    index: (self, args, kw) => {
      // 3.8-3.12: _PyArg_ParseStack("O|O&O&:index"); 3.13: Argument Clinic
      noKw('index', kw);
      tupleArgs('index', args, kw, 1, 3);
      const d = dq(self);
      const v = args[0];
      let start = args.length > 1 ? sliceIndexNotNone(args[1]) : 0;
      let stop = args.length > 2 ? sliceIndexNotNone(args[2]) : d.size;
      if (start < 0) start = Math.max(0, start + d.size);
      if (stop < 0) stop = Math.max(0, stop + d.size);
      if (stop > d.size) stop = d.size;
      if (start > stop) start = stop;
      const st = d.state;
      for (let i = start; i < stop; i++) {
        const [b, k] = slot(d, i);
        const item = b.data[k] as PyObject;
        let cmp: boolean;
        // 3.13 holds the item (Py_NewRef); 3.12.1, the release profiled, does not yet
        if (P.minor >= 13) {
          item.rc++;
          try {
            cmp = richCompareBool(item, v, Py_EQ);
          } finally {
            decref(item);
          }
        } else cmp = richCompareBool(item, v, Py_EQ);
        if (cmp) return newInt(i);
        if (st !== d.state) raise(T.RuntimeError, 'deque mutated during iteration');
      }
      raise(T.ValueError, `${reprJs(v)} is not in deque`);
    },
    insert: (self, args, kw) => {
      // 3.8-3.12: _PyArg_ParseStack("nO:insert"); 3.13: Argument Clinic
      noKw('insert', kw);
      tupleArgs('insert', args, kw, 2, 2);
      const indexArg = ssizeArg(args[0]);
      // beyond 2**53 it is past either end
      const index = typeof indexArg === 'bigint' ? (indexArg < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER) : indexArg;
      const value = args[1];
      const d = dq(self);
      const n = d.size;
      if (d.maxlen === n) raise(T.IndexError, 'deque already at its maximum size');
      value.rc++;
      if (index >= n) appendInternal(self, value, d.maxlen);
      else if (index <= -n || index === 0) appendleftInternal(self, value, d.maxlen);
      else {
        dequeRotate(self, -index);
        if (index < 0) appendInternal(self, value, d.maxlen);
        else appendleftInternal(self, value, d.maxlen);
        dequeRotate(self, index);
      }
      return none();
    },
    remove: (self, args, kw) => {
      const value = oneArg('remove', args, kw);
      const d = dq(self);
      const n = d.size;
      if (P.minor < 10) {
        // 3.8: compare the leftmost item, rotating one step left each time
        for (let i = 0; i < n; i++) {
          const item = d.blocks[0].data[d.leftindex] as PyObject;
          let cmp: boolean;
          try {
            cmp = richCompareBool(item, value, Py_EQ);
          } catch (e) {
            dequeRotate(self, i);
            throw e;
          }
          if (d.size !== n) raise(T.IndexError, 'deque mutated during remove().');
          if (cmp) {
            const tgt = popleft(self);
            dequeRotate(self, i);
            decref(tgt);
            return none();
          }
          dequeRotate(self, -1);
        }
        raise(T.ValueError, 'deque.remove(x): x not in deque');
      }
      const start = d.state;
      let i = 0;
      for (; i < n; i++) {
        const [b, k] = slot(d, i);
        const item = b.data[k] as PyObject;
        item.rc++;
        let cmp: boolean;
        try {
          cmp = richCompareBool(item, value, Py_EQ);
        } finally {
          decref(item);
        }
        if (start !== d.state) raise(T.IndexError, 'deque mutated during iteration');
        if (cmp) break;
      }
      if (i === n) raise(T.ValueError, `${reprJs(value)} is not in deque`);
      dequeDelItem(self, i);
      return none();
    },
    reverse: (self, args, kw) => {
      noArgs('reverse', args, kw);
      const d = dq(self);
      const items = dequeItems(d).reverse();
      for (let i = 0; i < items.length; i++) {
        const [b, k] = slot(d, i);
        b.data[k] = items[i];
      }
      return none();
    },
    rotate: (self, args, kw) => {
      // 3.8: _PyArg_ParseStack("|n:rotate"); 3.10-3.12: _PyArg_CheckPositional("deque.rotate");
      // 3.13: Argument Clinic ("rotate")
      noKw('rotate', kw);
      if (P.minor < 10) tupleArgs('rotate', args, kw, 0, 1);
      else argRange(P.minor >= 13 ? 'rotate' : 'deque.rotate', args, kw, 0, 1);
      dequeRotate(self, args.length > 0 ? ssizeArg(args[0]) : 1);
      return none();
    },
    __reversed__: (self, args, kw) => (noArgs('__reversed__', args, kw), newDequeIter(self, true)),
    __sizeof__: (self, args, kw) => (noArgs('__sizeof__', args, kw), newInt((self.t.v as TypeInfo).sizeof(self))),
  });
  defGetters(t, {
    maxlen: (o) => (dq(o).maxlen < 0 ? none() : newInt(dq(o).maxlen)),
  });
}

// ================================================================ defaultdict

let ddType: PyObject = undefined as unknown as PyObject;

const DD_BASICSIZE = 48 + 8;

function factoryOf(o: PyObject): PyObject | null {
  return o.d as PyObject | null;
}

/** dict_new for a dict subclass: tp_alloc (tracked), 3.8's 8-slot table. */
function dictSubNew(type: PyObject): PyObject {
  const o = newDictFresh(type);
  gcTrack(o);
  if ((type.v as TypeInfo).heap || (heapTypes() && moduleTypes.has(type))) type.rc++;
  return o;
}

function defdictMissing(self: PyObject, key: PyObject): PyObject {
  const factory = factoryOf(self);
  if (factory === null || factory === S.None) {
    // PyErr_SetObject(KeyError, (key,)): the exception's args are the tuple's items
    const tup = newTuple([incref(key)]);
    decref(tup);
    raiseWith(T.KeyError, key);
  }
  const value = call(factory, []);
  try {
    setItem(self, key, value);
  } catch (e) {
    decref(value);
    throw e;
  }
  return value;
}

/** new_defdict: type(dd)(dd.default_factory, arg) */
function newDefdict(dd: PyObject, arg: PyObject): PyObject {
  return call(dd.t, [factoryOf(dd) ?? S.None, arg]);
}

function isCallable(o: PyObject): boolean {
  return (o.t.v as TypeInfo).call !== null;
}

function initDefdictType(ti: TypeInfo): void {
  const dictTi = T.dict.v as TypeInfo;
  ti.basicsize = () => DD_BASICSIZE;
  ti.setattr = descriptorSetAttr;
  ti.sizeof = (o) => dictSizeof(o) - 48 + (o.t.v as TypeInfo).basicsize();
  ti.new = (type) => dictSubNew(type);
  ti.init = (self, args, kwnames) => {
    const [pos, kw] = splitArgs(args, kwnames);
    let newdefault: PyObject | null = null;
    if (pos.length > 0) {
      newdefault = pos[0];
      if (!isCallable(newdefault) && newdefault !== S.None) raise(T.TypeError, 'first argument must be callable or None');
    }
    // newargs = args[1:] (a new tuple only when something is left)
    const rest = pos.slice(1);
    const newargs = rest.length > 0 ? tupleFrom(rest.slice()) : null;
    const old = factoryOf(self);
    self.d = newdefault !== null ? incref(newdefault) : null;
    try {
      (dictTi.init as NonNullable<TypeInfo['init']>)(self, [...rest, ...kw.values()], kwnames !== null && kwnames.length > 0 ? kwnames : null);
    } finally {
      if (newargs !== null) decref(newargs);
      xdecref(old);
    }
  };
  ti.dealloc = (o) => {
    gcUntrack(o);
    const f = factoryOf(o);
    o.d = null;
    xdecref(f);
    dictDealloc(o);
    releaseType(o);
  };
  ti.traverse = (o, visit) => {
    visitType(o, visit);
    const f = factoryOf(o);
    if (f !== null) visit(f);
    dictTraverse(o, visit);
  };
  ti.clear = (o) => {
    const f = factoryOf(o);
    o.d = null;
    xdecref(f);
    dictClear(o);
  };
  ti.repr = (o) => {
    const base = dictRepr(o);
    try {
      const f = factoryOf(o);
      let defrepr: string;
      if (f === null) defrepr = 'None';
      else if (!reprEnter(f)) defrepr = '...';
      else {
        try {
          defrepr = reprJs(f);
        } finally {
          reprLeave(f);
        }
      }
      return newStr(`${shortName(o)}(${defrepr}, ${base.v as string})`);
    } finally {
      decref(base);
    }
  };
  if (P.minor >= 9) {
    // defdict_or: the defaultdict operand's type builds the result
    ti.nb.or = (left, right) => {
      const leftIsDd = left.t === ddType || isSubtype(left.t, ddType);
      const self = leftIsDd ? left : right;
      const other = leftIsDd ? right : left;
      if (!isDictLike(other)) return notImpl();
      const r = newDefdict(self, left);
      try {
        dictUpdateArg(r, right);
      } catch (e) {
        decref(r);
        throw e;
      }
      return r;
    };
  }
}

function defineDefdictMethods(t: PyObject): void {
  defMethods(t, {
    __missing__: (self, args, kw) => defdictMissing(self, oneArg('__missing__', args, kw)),
    // dict.__sizeof__ (_PyDict_SizeOf) starts from the type's basicsize
    __sizeof__: (self, args, kw) => (noArgs('__sizeof__', args, kw), newInt((self.t.v as TypeInfo).sizeof(self))),
    copy: (self, args, kw) => (noArgs('copy', args, kw), newDefdict(self, self)),
    __copy__: (self, args, kw) => (noArgs('__copy__', args, kw), newDefdict(self, self)),
  });
  const gs = new GetSet('default_factory', (o) => incref(factoryOf(o) ?? S.None), (o, v) => {
    const old = factoryOf(o);
    o.d = v === null ? null : incref(v);
    xdecref(old);
  }, t);
  const descr = new PyObject(T.getset_descriptor, gs, null, 1 | F_RUNTIME);
  dictSetStr((t.v as TypeInfo).dict, 'default_factory', descr);
  descr.rc--;
}

// ================================================================ OrderedDict
//
// Objects/odictobject.c: a dict subclass plus a doubly linked list of 32-byte nodes (key, hash,
// next, prev) and the "fast nodes" array, one slot per slot of the dict's keys table, that finds a
// key's node through the dict's own lookup. od_state counts changes to the list, which is how
// iterators notice mutation. Iterators hold the *next* key (di_current), not a node.

let odType: PyObject = undefined as unknown as PyObject;
let odIterType: PyObject = undefined as unknown as PyObject;
const odViewTypes: PyObject[] = [];

/** sizeof(PyODictObject): the dict + od_first, od_last, od_fast_nodes, od_fast_nodes_size,
 * od_resize_sentinel, od_state, od_inst_dict, od_weakreflist. */
const OD_BASICSIZE = 48 + 8 * 8;
/** sizeof(_ODictNode): key, hash, next, prev */
const OD_NODE_BYTES = 32;

class ODNode {
  prev: ODNode | null = null;
  next: ODNode | null = null;
  constructor(public key: PyObject, public addr: number) {}
}

class ODState {
  first: ODNode | null = null;
  last: ODNode | null = null;
  /** od_fast_nodes: the node of each key, by the key object the dict's table holds */
  fast = new Map<PyObject, ODNode>();
  fastAddr = 0;
  fastSize = 0;
  /** the keys table the fast nodes were sized for (od_resize_sentinel) */
  sentinel = -1;
  state = 0;
}

function ods(o: PyObject): ODState {
  return o.d as ODState;
}

function isOD(o: PyObject): boolean {
  return o.t === odType || isSubtype(o.t, odType);
}

function keysGeneration(o: PyObject): number {
  return (o.v as DictData).keysAddr;
}

/** _odict_resize: a new fast-node array sized to the keys table (allocated before the old one is freed). */
function odResize(o: PyObject): void {
  const s = ods(o);
  const size = 1 << (o.v as DictData).log2;
  const addr = allocBuffer(8 * size);
  if (s.fastAddr !== 0) freeBuffer(s.fastAddr, 8 * s.fastSize);
  s.fastAddr = addr;
  s.fastSize = size;
  s.sentinel = keysGeneration(o);
}

/** _odict_get_index: the fast nodes kept in step with the keys table, then the dict's lookup;
 * the table's key object stands for the index. */
function odIndex(o: PyObject, key: PyObject): PyObject | null {
  const s = ods(o);
  if (s.sentinel !== keysGeneration(o) || s.fastSize !== 1 << (o.v as DictData).log2) odResize(o);
  return dictStoredKey(o, key);
}

/** _odict_find_node: null when empty or absent. */
function odFindNode(o: PyObject, key: PyObject): ODNode | null {
  const s = ods(o);
  if (s.first === null) return null;
  pyHash(key);
  const k = odIndex(o, key);
  return k === null ? null : s.fast.get(k) ?? null;
}

function odAddTail(s: ODState, node: ODNode): void {
  node.prev = s.last;
  node.next = null;
  if (s.last === null) s.first = node;
  else s.last.next = node;
  s.last = node;
  s.state++;
}

function odAddHead(s: ODState, node: ODNode): void {
  node.prev = null;
  node.next = s.first;
  if (s.first === null) s.last = node;
  else s.first.prev = node;
  s.first = node;
  s.state++;
}

function odRemoveNode(s: ODState, node: ODNode): void {
  if (s.first === node) s.first = node.next;
  else if (node.prev !== null) node.prev.next = node.next;
  if (s.last === node) s.last = node.prev;
  else if (node.next !== null) node.next.prev = node.prev;
  node.prev = null;
  node.next = null;
  s.state++;
}

/** _odict_add_new_node: after the dict took the key; nothing when the key has a node already. */
function odAddNewNode(o: PyObject, key: PyObject): void {
  const s = ods(o);
  // the node's reference is taken before the lookup, whose comparisons see it
  key.rc++;
  let k: PyObject | null;
  try {
    k = odIndex(o, key);
    if (k === null) raiseSetObject(T.KeyError, key);
  } catch (e) {
    decref(key);
    throw e;
  }
  if (s.fast.has(k)) {
    decref(key);
    return;
  }
  const node = new ODNode(key, allocBuffer(OD_NODE_BYTES));
  odAddTail(s, node);
  s.fast.set(k, node);
}

/** _odict_clear_node: unlink and free the key's node (before the dict entry goes). */
function odClearNode(o: PyObject, key: PyObject): void {
  const s = ods(o);
  if (s.first === null) return;
  const k = odIndex(o, key);
  if (k === null) return;
  const node = s.fast.get(k);
  if (node === undefined) return;
  s.fast.delete(k);
  odRemoveNode(s, node);
  // _odictnode_DEALLOC: the key's reference, then the node's memory
  decref(node.key);
  freeBuffer(node.addr, OD_NODE_BYTES);
}

/** PyODict_SetItem / PyODict_DelItem (value null). */
function odSetItem(o: PyObject, key: PyObject, value: PyObject | null): void {
  if (value === null) {
    pyHash(key);
    odClearNode(o, key);
    // the dict's own KeyError (_PyErr_SetKeyError: the key is the one argument)
    if (!dictDel(o, key)) raiseWith(T.KeyError, key);
    return;
  }
  dictSet(o, key, value);
  odAddNewNode(o, key);
}

/** _odict_clear_nodes */
function odClearNodes(o: PyObject): void {
  const s = ods(o);
  if (s.fastAddr !== 0) freeBuffer(s.fastAddr, 8 * s.fastSize);
  s.fastAddr = 0;
  s.fastSize = 0;
  s.sentinel = -1;
  s.fast.clear();
  let node = s.first;
  s.first = null;
  s.last = null;
  while (node !== null) {
    const next = node.next;
    decref(node.key);
    freeBuffer(node.addr, OD_NODE_BYTES);
    node = next;
  }
}

function odNodes(o: PyObject): ODNode[] {
  const out: ODNode[] = [];
  for (let n = ods(o).first; n !== null; n = n.next) out.push(n);
  return out;
}

/** mutablemapping_add_pairs: unpack each pair with its own iterator, then self[key] = value. */
function odAddPairs(o: PyObject, pairs: PyObject): void {
  const it = getIter(pairs);
  try {
    for (;;) {
      const pair = iterNext(it);
      if (pair === null) break;
      let pit: PyObject | null = null, key: PyObject | null = null, value: PyObject | null = null;
      try {
        pit = getIter(pair);
        key = iterNext(pit);
        if (key === null) raise(T.ValueError, 'need more than 0 values to unpack');
        value = iterNext(pit);
        if (value === null) raise(T.ValueError, 'need more than 1 value to unpack');
        const unexpected = iterNext(pit);
        if (unexpected !== null) {
          decref(unexpected);
          raise(T.ValueError, 'too many values to unpack (expected 2)');
        }
        setItem(o, key, value);
      } finally {
        decref(pair);
        xdecref(pit);
        xdecref(key);
        xdecref(value);
      }
    }
  } finally {
    decref(it);
  }
}

/** PyDict_Items: a new list of (key, value) tuples. */
function dictItemsList(d: PyObject): PyObject {
  return newList([...dictEntries(d)].map(([k, v]) => newTuple([incref(k), incref(v)])));
}

/** mutablemapping_update_arg: an exact dict (its items list), an object with a `keys`
 * attribute (self[k] = arg[k] for each), one with `items` (its pairs), or an iterable of pairs. */
function odUpdateArg(o: PyObject, other: PyObject): void {
  if (other.t === T.dict) {
    const items = dictItemsList(other);
    try {
      odAddPairs(o, items);
    } finally {
      decref(items);
    }
    return;
  }
  const keysFn = getAttrOpt(other, 'keys');
  if (keysFn !== null) {
    let keys: PyObject;
    try {
      keys = call(keysFn, []);
    } finally {
      decref(keysFn);
    }
    let it: PyObject;
    try {
      it = getIter(keys);
    } finally {
      decref(keys);
    }
    forEach(it, (key) => setOwned(o, key, getItem(other, key)));
    return;
  }
  const itemsFn = getAttrOpt(other, 'items');
  if (itemsFn !== null) {
    let items: PyObject;
    try {
      items = call(itemsFn, []);
    } finally {
      decref(itemsFn);
    }
    try {
      odAddPairs(o, items);
    } finally {
      decref(items);
    }
    return;
  }
  odAddPairs(o, other);
}

/** mutablemapping_update (OrderedDict.update, and __init__ after its own count check). */
function odUpdate(o: PyObject, args: PyObject[], kwnames: string[] | null): void {
  const [pos, kw] = splitArgs(args, kwnames);
  if (pos.length > 1) raise(T.TypeError, `update() takes at most 1 positional argument (${pos.length} given)`);
  if (pos.length === 1) odUpdateArg(o, pos[0]);
  if (kw.size > 0) {
    // PyDict_Items(kwargs)
    const items = newList([...kw].map(([k, v]) => newTuple([newStr(k), incref(v)])));
    try {
      odAddPairs(o, items);
    } finally {
      decref(items);
    }
  }
}

// ---------------------------------------------------------------- odict_iterator

const ITER_REVERSED = 1;
const ITER_KEYS = 2;
const ITER_VALUES = 4;
const ITER_ITEMS = ITER_KEYS | ITER_VALUES;

class ODIterState {
  constructor(
    public kind: number, public od: PyObject | null, public size: number, public state: number,
    /** di_current: the next key (owned) */
    public current: PyObject | null,
    /** di_result: the items iterator's reusable pair */
    public result: PyObject | null,
  ) {}
}

/** sizeof(odictiterobject): kind, di_odict, di_size, di_state, di_current, di_result. */
const ODITER_BASICSIZE = 64;

/** odictiter_new */
function newOdIter(od: PyObject, kind: number): PyObject {
  // di_result: 3.8 makes one for every kind (only items use it), 3.10+ for items only
  const withResult = P.minor < 10 ? (kind & ITER_ITEMS) !== 0 : (kind & ITER_ITEMS) === ITER_ITEMS;
  const result = withResult ? newTuple([none(), none()]) : null;
  const s = ods(od);
  const node = kind & ITER_REVERSED ? s.last : s.first;
  const state = new ODIterState(kind, null, dictLenOf(od), s.state, node !== null ? incref(node.key) : null, result);
  state.od = incref(od);
  return gcAlloc(odIterType, state, ODITER_BASICSIZE + 16);
}

function dictLenOf(o: PyObject): number {
  return (o.v as DictData).used;
}

/** odictiter_nextkey: a new reference to the key, or null. */
function odIterNextKey(di: ODIterState): PyObject | null {
  const od = di.od;
  if (od === null) return null;
  const done = (): null => {
    di.od = null;
    decref(od);
    return null;
  };
  if (di.current === null) return done();
  if (ods(od).state !== di.state) {
    try {
      raise(T.RuntimeError, 'OrderedDict mutated during iteration');
    } finally {
      di.od = null;
      decref(od);
    }
  }
  if (di.size !== dictLenOf(od)) {
    di.size = -1;
    raise(T.RuntimeError, 'OrderedDict changed size during iteration');
  }
  let node: ODNode | null;
  try {
    node = odFindNode(od, di.current);
  } catch (e) {
    const cur = di.current;
    di.current = null;
    decref(cur);
    throw e;
  }
  if (node === null) {
    const cur = di.current;
    di.current = null;
    try {
      raiseSetObject(T.KeyError, cur);
    } finally {
      decref(cur);
    }
  }
  const key = di.current;
  const next = di.kind & ITER_REVERSED ? node.prev : node.next;
  di.current = next === null ? null : incref(next.key);
  return key;
}

function initOdIterType(ti: TypeInfo): void {
  ti.gc = true;
  ti.basicsize = () => ODITER_BASICSIZE;
  ti.new = null;
  ti.dealloc = (o) => {
    gcUntrack(o);
    const s = o.v as ODIterState;
    o.v = null;
    xdecref(s.od);
    xdecref(s.current);
    if (s.result !== null) decref(s.result);
    freeBlock(o, ODITER_BASICSIZE + 16);
    gcCountFree();
    releaseType(o);
  };
  ti.traverse = (o, visit) => {
    const s = o.v as ODIterState | null;
    if (s === null) return;
    if (s.od !== null) visit(s.od);
    if (s.current !== null) visit(s.current);
    if (s.result !== null) visit(s.result);
  };
  ti.iter = (o) => incref(o);
  // odictiter_iternext
  ti.next = (o) => {
    const di = o.v as ODIterState;
    const key = odIterNextKey(di);
    if (key === null) return null;
    if (!(di.kind & ITER_VALUES)) return key;
    const od = di.od as PyObject;
    const value = dictGet(od, key);
    if (value === null) {
      const cur = di.current;
      di.current = null;
      di.od = null;
      try {
        raiseSetObject(T.KeyError, key);
      } finally {
        decref(key);
        xdecref(cur);
        decref(od);
      }
    }
    value.rc++;
    if (!(di.kind & ITER_KEYS)) {
      decref(key);
      return value;
    }
    let result = di.result as PyObject;
    if (result.rc === 1) {
      // not in use: reuse it (and track it again: the collector may have untracked it)
      result.rc++;
      const items = result.v as PyObject[];
      const [a, b] = items;
      items[0] = key;
      items[1] = value;
      decref(a);
      decref(b);
      gcTrack(result);
    } else result = newTuple([key, value]);
    return result;
  };
}

// ---------------------------------------------------------------- odict_keys, odict_values, odict_items

/** The views are dict views (PyDictKeys_Type ... subclasses): only iteration, reversed() and the
 * repr (which lists the items through the view's own iterator) are the OrderedDict's. */
function initOdViewType(ti: TypeInfo, kind: 0 | 1 | 2, name: string): void {
  const flags = kind === 0 ? ITER_KEYS : kind === 1 ? ITER_VALUES : ITER_ITEMS;
  // no tp_new: "cannot create 'odict_keys' instances"
  ti.new = null;
  ti.iter = (o) => newOdIter((o.v as ViewData).dict, flags);
  ti.repr = (o) => {
    // dictview_repr: the type's name and list(view), under the repr guard
    if (!reprEnter(o)) return newStr('...');
    try {
      const l = sequenceList(o);
      try {
        return newStr(`${name}(${reprJs(l)})`);
      } finally {
        decref(l);
      }
    } finally {
      reprLeave(o);
    }
  };
  if (kind === 1) {
    // dict_values has no sq_contains: `in` iterates the view
    ti.contains = (o, x) => {
      const it = getIter(o);
      try {
        for (;;) {
          const y = iterNext(it);
          if (y === null) return false;
          let same: boolean;
          try {
            same = y === x || richCompareBool(y, x, Py_EQ);
          } finally {
            decref(y);
          }
          if (same) return true;
        }
      } finally {
        decref(it);
      }
    };
  }
}

function defineOdViewMethods(t: PyObject, kind: 0 | 1 | 2): void {
  const flags = kind === 0 ? ITER_KEYS : kind === 1 ? ITER_VALUES : ITER_ITEMS;
  defMethods(t, {
    __reversed__: (self, args, kw) => (noArgs('__reversed__', args, kw), newOdIter((self.v as ViewData).dict, flags | ITER_REVERSED)),
  });
}

function newOdView(od: PyObject, kind: 0 | 1 | 2): PyObject {
  return newView(odViewTypes[kind], od, kind);
}

// ---------------------------------------------------------------- the type

/** _odict_keys_equal: the two lists key by key (their states checked after each comparison). */
function odKeysEqual(a: PyObject, b: PyObject): boolean {
  const sa = ods(a), sb = ods(b);
  const stateA = sa.state, stateB = sb.state;
  let na = sa.first, nb = sb.first;
  for (;;) {
    if (na === null || nb === null) {
      if (na === null && nb === null) return true;
      raise(T.RuntimeError, 'OrderedDict mutated during iteration');
    }
    const ka = incref(na.key), kb = incref(nb.key);
    let res: boolean;
    try {
      res = richCompareBool(ka, kb, Py_EQ);
    } finally {
      decref(ka);
      decref(kb);
    }
    if (sa.state !== stateA || sb.state !== stateB) raise(T.RuntimeError, 'OrderedDict changed size during iteration');
    if (!res) return false;
    na = na.next;
    nb = nb.next;
  }
}

function initOdType(ti: TypeInfo): void {
  ti.basicsize = () => OD_BASICSIZE;
  // od_weakreflist (tp_weaklistoffset) and od_inst_dict (tp_dictoffset)
  ti.hasWeakref = true;
  ti.hasDict = true;
  // odict_sizeof
  ti.sizeof = (o) => {
    const s = ods(o);
    let res = dictSizeof(o) - 48 + (o.t.v as TypeInfo).basicsize();
    res += 8 * s.fastSize;
    if (s.first !== null) res += OD_NODE_BYTES * dictLenOf(o);
    return res;
  };
  ti.new = (type) => {
    const o = dictSubNew(type);
    o.d = new ODState();
    return o;
  };
  ti.init = (self, args, kw) => {
    // odict_init checks the count itself, then __init__ triggers update()
    const npos = args.length - (kw === null ? 0 : kw.length);
    if (npos > 1) raise(T.TypeError, `expected at most 1 arguments, got ${npos}`);
    odUpdate(self, args, kw);
  };
  ti.dealloc = (o) => {
    gcUntrack(o);
    clearWeakrefs(o);
    odClearNodes(o);
    o.d = null;
    dictDealloc(o);
    releaseType(o);
  };
  // odict_tp_clear: the dict, then the nodes
  ti.clear = (o) => {
    dictClear(o);
    odClearNodes(o);
  };
  // odict_traverse: the linked nodes' keys, then dict_traverse
  ti.traverse = (o, visit) => {
    const s = o.d as ODState | null;
    if (s !== null) for (let n = s.first; n !== null; n = n.next) visit(n.key);
    dictTraverse(o, visit);
  };
  ti.setitem = odSetItem;
  ti.iter = (o) => newOdIter(o, ITER_KEYS);
  ti.repr = (o) => {
    const name = shortName(o);
    if (dictLenOf(o) === 0) return newStr(`${name}()`);
    if (!reprEnter(o)) return newStr('...');
    try {
      if (P.minor >= 12) {
        // 3.12: PyDict_Copy (dict_merge through keys() and self[key]), shown as a dict
        const d = newDict();
        try {
          dictMerge(d, o, true);
          return newStr(`${name}(${reprJs(d)})`);
        } finally {
          decref(d);
        }
      }
      // a list of (key, value) pairs: the nodes' for an exact OrderedDict, list(self.items())
      // for a subclass
      let pieces: PyObject;
      if (o.t === odType) pieces = newList(odNodes(o).map((n) => newTuple([incref(n.key), incref(dictGet(o, n.key) as PyObject)])));
      else {
        const items = callMethod(o, 'items', []);
        try {
          pieces = sequenceList(items);
        } finally {
          decref(items);
        }
      }
      try {
        return newStr(`${name}(${reprJs(pieces)})`);
      } finally {
        decref(pieces);
      }
    } finally {
      reprLeave(o);
    }
  };
  // odict_richcompare
  ti.richcompare = (a, b, op) => {
    if (!isOD(a) || !isDictLike(b)) return notImpl();
    if (op !== Py_EQ && op !== Py_NE) return notImpl();
    const base = (T.dict.v as TypeInfo).richcompare as NonNullable<TypeInfo['richcompare']>;
    const cmp = base(a, b, op);
    if (!isOD(b)) return cmp;
    if (op === Py_EQ && cmp === S.False) return cmp;
    if (op === Py_NE && cmp === S.True) return cmp;
    decref(cmp);
    const eq = odKeysEqual(a, b);
    return newBool(eq === (op === Py_EQ));
  };
  if (P.minor >= 9) {
    // odict_or: type(the OrderedDict operand)(left), updated from right
    ti.nb.or = (left, right) => {
      const leftIsOd = isOD(left);
      const type = leftIsOd ? left.t : right.t;
      const other = leftIsOd ? right : left;
      if (!isDictLike(other)) return notImpl();
      const r = call(type, [left]);
      try {
        odUpdateArg(r, right);
      } catch (e) {
        decref(r);
        throw e;
      }
      return r;
    };
    ti.nb.ior = (self, other) => {
      odUpdateArg(self, other);
      return incref(self);
    };
  }
}

/** _odict_popkey_hash: the node first, then the dict's entry; the default or KeyError. */
function odPopKey(o: PyObject, key: PyObject, failobj: PyObject | null): PyObject {
  const node = odFindNode(o, key);
  if (node !== null) {
    odClearNode(o, key);
    const v = dictPop(o, key);
    if (v !== null) return v;
  }
  if (failobj !== null) return incref(failobj);
  raiseSetObject(T.KeyError, key);
}

function defineOdMethods(t: PyObject): void {
  // odict's mp_ass_subscript: slot wrappers
  defSlotWrappers(t, {
    __setitem__: (self, args, kw) => {
      wrapArgs('__setitem__', args, kw, 2, '');
      odSetItem(self, args[0], args[1]);
      return none();
    },
    __delitem__: (self, args, kw) => {
      odSetItem(self, wrapArg('__delitem__', args, kw), null);
      return none();
    },
  });
  defMethods(t, {
    move_to_end: (self, args, kw) => {
      const [keyArg, lastObj] = parseArgs('move_to_end', args, kw, ['key', 'last'], 1);
      const key = keyArg as PyObject;
      const last = lastObj === null ? true : truthy(lastObj);
      const s = ods(self);
      if (s.first === null) raiseSetObject(T.KeyError, key);
      let node = (last ? s.last : s.first) as ODNode;
      if (key !== node.key) {
        const found = odFindNode(self, key);
        if (found === null) raiseSetObject(T.KeyError, key);
        node = found;
        if (last) {
          if (node !== s.last) {
            odRemoveNode(s, node);
            odAddTail(s, node);
          }
        } else if (node !== s.first) {
          odRemoveNode(s, node);
          odAddHead(s, node);
        }
      }
      return none();
    },
    popitem: (self, args, kw) => {
      const [lastObj] = parseArgs('popitem', args, kw, ['last'], 0);
      const last = lastObj === null ? true : truthy(lastObj);
      const s = ods(self);
      if (s.first === null) raise(T.KeyError, 'dictionary is empty');
      const node = (last ? s.last : s.first) as ODNode;
      const key = incref(node.key);
      try {
        const value = odPopKey(self, key, null);
        return newTuple([incref(key), value]);
      } finally {
        decref(key);
      }
    },
    pop: (self, args, kw) => {
      const [key, dflt] = parseArgs('pop', args, kw, ['key', 'default'], 1);
      pyHash(key as PyObject);
      return odPopKey(self, key as PyObject, dflt);
    },
    setdefault: (self, args, kw) => {
      const [keyArg, dflt] = parseArgs('setdefault', args, kw, ['key', 'default'], 1);
      const key = keyArg as PyObject;
      const d = dflt ?? S.None;
      if (self.t === odType) {
        const v = dictGet(self, key);
        if (v !== null) return incref(v);
        odSetItem(self, key, d);
        return incref(d);
      }
      if (contains(self, key)) return getItem(self, key);
      setItem(self, key, d);
      return incref(d);
    },
    update: (self, args, kw) => {
      odUpdate(self, args, kw);
      return none();
    },
    clear: (self, args, kw) => {
      noArgs('clear', args, kw);
      dictClear(self);
      odClearNodes(self);
      return none();
    },
    copy: (self, args, kw) => {
      noArgs('copy', args, kw);
      const exact = self.t === odType;
      const r = call(self.t, []);
      try {
        for (const n of odNodes(self)) {
          if (exact) {
            const v = dictGet(self, n.key);
            if (v === null) raiseSetObject(T.KeyError, n.key);
            odSetItem(r, n.key, v);
          } else setOwned(r, n.key, getItem(self, n.key));
        }
      } catch (e) {
        decref(r);
        throw e;
      }
      return r;
    },
    keys: (self, args, kw) => (noArgs('keys', args, kw), newOdView(self, 0)),
    values: (self, args, kw) => (noArgs('values', args, kw), newOdView(self, 1)),
    items: (self, args, kw) => (noArgs('items', args, kw), newOdView(self, 2)),
    __reversed__: (self, args, kw) => (noArgs('__reversed__', args, kw), newOdIter(self, ITER_KEYS | ITER_REVERSED)),
    __sizeof__: (self, args, kw) => (noArgs('__sizeof__', args, kw), newInt((self.t.v as TypeInfo).sizeof(self))),
  });
  defClassMethods(t, {
    fromkeys: (cls, args, kw) => {
      const [iterable, value] = parseArgs('fromkeys', args, kw, ['iterable', 'value'], 1);
      const r = call(cls, []);
      try {
        forIn(iterable as PyObject, (k) => setItem(r, k, value ?? S.None));
      } catch (e) {
        decref(r);
        throw e;
      }
      return r;
    },
  });
}

// ================================================================ namedtuple

let tuplegetterType: PyObject = undefined as unknown as PyObject;
/** The classes namedtuple() made this run, with their field names and defaults. */
const ntInfo = new Map<PyObject, NtInfo>();

/** What namedtuple() made a class from; `frames` stand for the code objects of the functions it
 * generated (the zombie frame each keeps on 3.8/3.10, see builtinPythonFrame). */
interface NtInfo {
  typename: string;
  fields: string[];
  defaults: PyObject[];
  frames: Record<'new' | 'make' | 'replace' | 'repr' | 'asdict' | 'getnewargs', { zombie: PyObject | null }>;
}

/** The methods namedtuple() defines with `def` share their code objects (constants of
 * namedtuple's own code) across every class it makes, and so their 3.8/3.10 zombie frames; the
 * __new__ it builds with exec/eval has a code object per class. */
let sharedFrames = { make: { zombie: null as PyObject | null }, replace: { zombie: null as PyObject | null }, repr: { zombie: null as PyObject | null }, asdict: { zombie: null as PyObject | null }, getnewargs: { zombie: null as PyObject | null } };

function newFrames(): NtInfo['frames'] {
  return { new: { zombie: null }, ...sharedFrames };
}

/** A method namedtuple() generated is entered: its frame, and (for those whose temporaries
 * HeapLens does not reproduce, measured: _replace's **kwds dict and map, _asdict's zip, 3.8's
 * bound classmethod of _make and tuple() of __getnewargs__) the collector's counts become
 * unknown. */
function ntEnter(info: NtInfo, which: keyof NtInfo['frames'], stacksize: number, nlocalsplus: number, unknownCounts: boolean): void {
  builtinPythonFrame(info.frames[which], stacksize, nlocalsplus);
  if (unknownCounts) pythonLevelCall(`${info.typename}.${which === 'new' ? '__new__' : which === 'repr' ? '__repr__' : which === 'getnewargs' ? '__getnewargs__' : `_${which}`}()`);
}

function ntSig(info: NtInfo, name: string, params: string[], posonly = 0, varkw = false): PySig {
  return { name, qualname: `${info.typename}.${name}`, params, posonly, ndefaults: 0, varkw };
}

class TupleGetter {
  constructor(public index: number, public doc: PyObject | null) {}
}

function initTuplegetterType(ti: TypeInfo): void {
  ti.gc = true;
  ti.basicsize = () => 32;
  ti.new = null;
  ti.dealloc = (o) => {
    gcUntrack(o);
    const g = o.v as TupleGetter;
    const doc = g.doc;
    g.doc = null;
    xdecref(doc);
    o.v = null;
    freeBlock(o, 48);
    gcCountFree();
    releaseType(o);
  };
  ti.traverse = (o, visit) => {
    visitType(o, visit);
    const g = o.v as TupleGetter | null;
    if (g !== null && g.doc !== null) visit(g.doc);
  };
  ti.descrGet = (descr, obj) => {
    const g = descr.v as TupleGetter;
    if (obj === null || obj === S.None) return incref(descr);
    if (obj.t !== T.tuple && !isSubtype(obj.t, T.tuple)) {
      raise(T.TypeError, `descriptor for index '${g.index}' for tuple subclasses doesn't apply to '${typeName(obj)}' object`);
    }
    const items = obj.v as PyObject[];
    if (g.index < 0 || g.index >= items.length) raise(T.IndexError, 'tuple index out of range');
    return incref(items[g.index]);
  };
  ti.descrSet = (_d, _obj, v) => {
    raise(T.AttributeError, v === null ? "can't delete attribute" : "can't set attribute");
  };
  // tuplegetter_repr is 3.10's; 3.8 has object's
  if (P.minor >= 10) {
    ti.repr = (o) => {
      const g = o.v as TupleGetter;
      return newStr(`${shortName(o)}(${g.index}, ${g.doc === null ? 'None' : reprJs(g.doc)})`);
    };
  }
}

function newTuplegetter(index: number, doc: PyObject): PyObject {
  return gcAlloc(tuplegetterType, new TupleGetter(index, incref(doc)), 48);
}

const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif',
  'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
  'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

function isIdentifier(s: string): boolean {
  return /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(s);
}

/** tuple.__new__(cls, items): a tuple-subclass instance (PyType_GenericAlloc: n+1 item slots). */
function allocTupleSub(cls: PyObject, items: PyObject[]): PyObject {
  const o = new PyObject(cls, items, null, F_GC);
  allocBlock(o, tupleAllocSize(items.length) + 8);
  gcAllocHook();
  cls.rc++;
  gcTrack(o);
  return o;
}

/** tuple_subtype_new: build a plain tuple first, then copy it into the subclass instance.
 * `tmp` (owned) is that plain tuple. */
function tupleSubtypeNew(cls: PyObject, tmp: PyObject): PyObject {
  const items = (tmp.v as PyObject[]).map((x) => incref(x));
  const o = allocTupleSub(cls, items);
  decref(tmp);
  return o;
}

/** `tuple.__new__(cls, arg)` from Python code (namedtuple's _tuple_new): tp_new_wrapper gets an
 * args tuple (cls, arg) and passes its slice (arg,) on to tuple_new; then tuple_subtype_new. */
function tupleNewWrapper(cls: PyObject, arg: PyObject): PyObject {
  const args = newTuple([incref(cls), incref(arg)]);
  const rest = newTuple([incref(arg)]);
  try {
    return tupleSubtypeNew(cls, sequenceTuple(arg));
  } finally {
    decref(rest);
    decref(args);
  }
}

function ntDealloc(o: PyObject): void {
  gcUntrack(o);
  clearWeakrefs(o);
  const tp = o.t;
  const items = o.v as PyObject[];
  o.v = null;
  // tupledealloc releases items from the last to the first
  for (let i = items.length - 1; i >= 0; i--) decref(items[i]);
  freeBlock(o, tupleAllocSize(items.length) + 8);
  gcCountFree();
  decref(tp);
}

function ntTraverse(o: PyObject, visit: Visit): void {
  const items = o.v as PyObject[] | null;
  if (items !== null) for (const x of items) visit(x);
  visit(o.t);
}

/** Argument binding of the generated `def __new__(_cls, f1, f2, ...)` (with defaults). */
function bindNewArgs(typename: string, fields: string[], defaults: PyObject[], args: PyObject[], kwnames: string[] | null): PyObject[] {
  const prefix = P.minor >= 10 ? `${typename}.__new__` : '__new__';
  const [pos, kw] = splitArgs(args, kwnames);
  const n = fields.length;
  const nd = defaults.length;
  if (pos.length > n) {
    const takes = nd > 0 ? `from ${n - nd + 1} to ${n + 1}` : `${n + 1}`;
    raise(T.TypeError, `${prefix}() takes ${takes} positional argument${n + 1 === 1 && nd === 0 ? '' : 's'} but ${pos.length + 1} ${pos.length + 1 === 1 ? 'was' : 'were'} given`);
  }
  const vals: (PyObject | null)[] = new Array<PyObject | null>(n).fill(null);
  for (let i = 0; i < pos.length; i++) vals[i] = pos[i];
  for (const [k, v] of kw) {
    const i = fields.indexOf(k);
    if (i < 0) raise(T.TypeError, `${prefix}() got an unexpected keyword argument '${k}'`);
    if (vals[i] !== null) raise(T.TypeError, `${prefix}() got multiple values for argument '${k}'`);
    vals[i] = v;
  }
  const missing: string[] = [];
  for (let i = 0; i < n; i++) {
    if (vals[i] !== null) continue;
    if (i >= n - nd) vals[i] = defaults[i - (n - nd)];
    else missing.push(`'${fields[i]}'`);
  }
  if (missing.length > 0) {
    const list = missing.length === 1 ? missing[0] : missing.length === 2 ? `${missing[0]} and ${missing[1]}` : `${missing.slice(0, -1).join(', ')}, and ${missing[missing.length - 1]}`;
    raise(T.TypeError, `${prefix}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${list}`);
  }
  return vals as PyObject[];
}

const NAMEDTUPLE_SIG: PySig = {
  name: 'namedtuple', qualname: 'namedtuple', params: ['typename', 'field_names'], posonly: 0, ndefaults: 0,
  kwonly: ['rename', 'defaults', 'module'], kwonlyDefaults: ['rename', 'defaults', 'module'],
};

/** str(x) as a JS string */
function strOf(x: PyObject): string {
  const o = pyStr(x);
  try {
    return o.v as string;
  } finally {
    decref(o);
  }
}

/** `newHeld`: an object the generated __new__ holds (typing.NamedTuple's `__new__.__annotations__`
 * dict), released with it. */
export function namedtuple(args: PyObject[], kwnames: string[] | null, newHeld: PyObject | null = null): PyObject {
  const bound = bindPy(NAMEDTUPLE_SIG, args, kwnames);
  pythonLevelCall('namedtuple()');
  const [typenameObj, fieldNamesObj] = bound.args as PyObject[];
  const renameObj = bound.kwonly.get('rename') ?? null;
  const defaultsObj = bound.kwonly.get('defaults') ?? null;
  const moduleObj = bound.kwonly.get('module') ?? null;
  let fieldNames: string[];
  const fno = fieldNamesObj;
  // field_names.replace(',', ' ').split(), then list(map(str, field_names))
  if (fno.t === T.str || isSubtype(fno.t, T.str)) fieldNames = (fno.v as string).replace(/,/g, ' ').split(/\s+/).filter((s) => s.length > 0);
  else {
    const l = sequenceList(fno);
    try {
      fieldNames = (l.v as PyObject[]).map((x) => strOf(x));
    } finally {
      decref(l);
    }
  }
  const typename = strOf(typenameObj);
  const rename = renameObj !== null && truthy(renameObj);
  if (rename) {
    const seen = new Set<string>();
    fieldNames.forEach((name, index) => {
      if (!isIdentifier(name) || KEYWORDS.has(name) || name.startsWith('_') || seen.has(name)) fieldNames[index] = `_${index}`;
      seen.add(name);
    });
  }
  for (const name of [typename, ...fieldNames]) {
    if (!isIdentifier(name)) raise(T.ValueError, `Type names and field names must be valid identifiers: ${reprJs(newStrTemp(name))}`);
    if (KEYWORDS.has(name)) raise(T.ValueError, `Type names and field names cannot be a keyword: ${reprJs(newStrTemp(name))}`);
  }
  const seen = new Set<string>();
  for (const name of fieldNames) {
    if (name.startsWith('_') && !rename) raise(T.ValueError, `Field names cannot start with an underscore: ${reprJs(newStrTemp(name))}`);
    if (seen.has(name)) raise(T.ValueError, `Encountered duplicate field name: ${reprJs(newStrTemp(name))}`);
    seen.add(name);
  }
  let defaults: PyObject[] = [];
  if (defaultsObj !== null && defaultsObj !== S.None) {
    const t = sequenceTuple(defaultsObj);
    defaults = (t.v as PyObject[]).map((x) => incref(x));
    decref(t);
    if (defaults.length > fieldNames.length) {
      for (const x of defaults) decref(x);
      raise(T.TypeError, 'Got more default values than field names');
    }
  }
  // the class namespace (Lib/collections/__init__.py)
  const ns = newDict();
  const put = (k: string, v: PyObject): void => {
    dictSetStr(ns, k, v);
    decref(v);
  };
  try {
    const fieldsTuple = newTuple(fieldNames.map((n) => newStr(n)));
    const fieldDefaults = newDict();
    fieldNames.slice(fieldNames.length - defaults.length).forEach((n, i) => {
      const ks = newStr(n);
      dictSet(fieldDefaults, ks, defaults[i]);
      decref(ks);
    });
    // arg_list: one field keeps the tuple's comma
    put('__doc__', newStr(`${typename}(${fieldNames.join(', ')}${fieldNames.length === 1 ? ',' : ''})`));
    put('__slots__', incref(EMPTY_TUPLE()));
    put('_fields', incref(fieldsTuple));
    put('_field_defaults', incref(fieldDefaults));
    if (P.minor < 9) put('_fields_defaults', incref(fieldDefaults));
    if (P.minor >= 10) put('__match_args__', incref(fieldsTuple));
    decref(fieldsTuple);
    decref(fieldDefaults);
    fieldNames.forEach((name, index) => {
      const doc = internStr(`Alias for field number ${index}`, P.interning !== 'mortal');
      put(name, newTuplegetter(index, doc));
      decref(doc);
    });
    const modName = moduleObj !== null && moduleObj !== S.None ? incref(moduleObj) : newStr('__main__');
    put('__module__', modName);
    put('__qualname__', newStr(typename));
    const cls = typeNew(T.type, typename, [T.tuple], ns);
    const info: NtInfo = { typename, fields: fieldNames, defaults, frames: newFrames() };
    ntInfo.set(cls, info);
    runtimeBuiltClasses.set(cls, typename);
    const cti = cls.v as TypeInfo;
    const nf = fieldNames.length;
    const newFn = newBuiltin('__new__', (_self, a, kw) => {
      ntEnter(info, 'new', Math.max(3, 2 + nf), 1 + nf, false);
      if (a.length === 0) raise(T.TypeError, `${P.minor >= 10 ? `${typename}.` : ''}__new__() missing 1 required positional argument: '_cls'`);
      const target = a[0];
      const vals = bindNewArgs(typename, info.fields, info.defaults, a.slice(1), kw);
      // `return _tuple_new(_cls, (f1, f2, ...))`
      const tmp = tupleFrom(vals.slice());
      try {
        return tupleNewWrapper(target, tmp);
      } finally {
        decref(tmp);
      }
    }, newHeld, null, true);
    const sm = newWrapper(T.staticmethod, newFn);
    decref(newFn);
    dictSetStr(cti.dict, '__new__', sm);
    decref(sm);
    const methods = ntMethods(info);
    defMethods(cls, methods);
    markStandIns(cls, Object.keys(methods));
    pythonStandIns.add(newFn.v as object);
    defClassMethods(cls, {
      _make: (c, a, kw) => {
        ntEnter(info, 'make', 6, 6, P.minor < 10);
        const iterable = bindPy(ntSig(info, '_make', ['cls', 'iterable']), [c, ...a], kw).args[1] as PyObject;
        const result = tupleNewWrapper(c, iterable);
        const got = (result.v as PyObject[]).length;
        if (got !== nf) {
          decref(result);
          raise(T.TypeError, `Expected ${nf} arguments, got ${got}`);
        }
        return result;
      },
    });
    markStandIns(cls, ['_make']);
    fixupSlots(cls);
    // tuple's sequence concat/repeat slots (inherit_slots copies sq_concat/sq_repeat)
    const tupleTi = T.tuple.v as TypeInfo & Record<string, unknown>;
    const clsTi = cti as TypeInfo & Record<string, unknown>;
    for (const k of ['sqConcat', 'sqRepeat']) if (clsTi[k] === undefined && tupleTi[k] !== undefined) clsTi[k] = tupleTi[k];
    cti.dealloc = ntDealloc;
    cti.traverse = ntTraverse;
    cti.clear = null;
    return cls;
  } finally {
    decref(ns);
  }
}

function newStrTemp(s: string): PyObject {
  const o = newStr(s);
  o.rc--;
  return o;
}

function ntMethods(info: NtInfo): Record<string, MethodFn> {
  const { fields } = info;
  const replace: MethodFn = (self, args, kwnames) => {
    ntEnter(info, 'replace', 6, 5, true);
    const b = bindPy(ntSig(info, '_replace', ['self'], 1, true), [self, ...args], kwnames);
    const kw = new Map(b.kw);
    // self._make(map(kwds.pop, field_names, self))
    const items = self.v as PyObject[];
    const vals: PyObject[] = [];
    for (let i = 0; i < fields.length && i < items.length; i++) {
      const f = fields[i];
      const v = kw.get(f) ?? items[i];
      kw.delete(f);
      vals.push(incref(v));
    }
    const mapped = newList(vals);
    let result: PyObject;
    try {
      result = callMethod(self, '_make', [mapped]);
    } finally {
      decref(mapped);
    }
    if (kw.size > 0) {
      decref(result);
      const names = newList([...kw.keys()].map((k) => newStr(k)));
      const msg = `Got unexpected field names: ${reprJs(names)}`;
      decref(names);
      raise(P.minor >= 13 ? T.TypeError : T.ValueError, msg);
    }
    return result;
  };
  const m: Record<string, MethodFn> = {
    // self.__class__.__name__ + repr_fmt % self
    __repr__: (self, args, kw) => {
      ntEnter(info, 'repr', 3, 2, false);
      bindPy(ntSig(info, '__repr__', ['self']), [self, ...args], kw);
      const items = self.v as PyObject[];
      if (items.length < fields.length) raise(T.TypeError, 'not enough arguments for format string');
      if (items.length > fields.length) raise(T.TypeError, 'not all arguments converted during string formatting');
      const parts = fields.map((f, i) => `${f}=${reprJs(items[i])}`);
      return newStr(`${className(self)}(${parts.join(', ')})`);
    },
    // _dict(_zip(self._fields, self))
    _asdict: (self, args, kw) => {
      ntEnter(info, 'asdict', 4, 3, true);
      bindPy(ntSig(info, '_asdict', ['self']), [self, ...args], kw);
      const names = getAttr(self, '_fields');
      const d = newDict();
      try {
        const it = getIter(names);
        const items = self.v as PyObject[];
        try {
          for (let i = 0; i < items.length; i++) {
            const k = iterNext(it);
            if (k === null) break;
            try {
              dictSet(d, k, items[i]);
            } finally {
              decref(k);
            }
          }
        } finally {
          decref(it);
        }
      } catch (e) {
        decref(d);
        throw e;
      } finally {
        decref(names);
      }
      return d;
    },
    _replace: replace,
    // _tuple(self)
    __getnewargs__: (self, args, kw) => {
      ntEnter(info, 'getnewargs', 2, 2, P.minor < 10);
      bindPy(ntSig(info, '__getnewargs__', ['self']), [self, ...args], kw);
      return tupleFrom((self.v as PyObject[]).slice());
    },
  };
  if (P.minor >= 13) m.__replace__ = replace;
  return m;
}

// ================================================================ Counter
//
// Counter is Python code in CPython (Lib/collections/__init__.py). Its methods here are builtins
// that do what that code does, operation for operation: the same method lookups on self (a
// subclass's update/get/__setitem__/most_common/items are the ones called), the same operators,
// the same argument binding errors (pysig.ts). What they cannot reproduce is the frames and
// temporaries the Python code allocates, which only the collector's counts can see: every call
// marks them unknown until the next full collection (pythonLevelCall).

let counterType: PyObject = undefined as unknown as PyObject;
/** itertools.chain / starmap / repeat for Counter.elements() (collections imports them). */
let itertoolsMod: PyObject | null = null;

function isCounter(o: PyObject): boolean {
  return o.t === counterType || isSubtype(o.t, counterType);
}

/** isinstance(x, _collections_abc.Mapping): dict and its subclasses (the simulated mappings). */
function isMapping(o: PyObject): boolean {
  return isDictLike(o);
}

function counterSig(name: string, params: string[], posonly: number, ndefaults: number, varkw = false): PySig {
  return { name, qualname: `Counter.${name}`, params, posonly, ndefaults, varkw };
}

const SIG_INIT = counterSig('__init__', ['self', 'iterable'], 2, 1, true);
const SIG_UPDATE = counterSig('update', ['self', 'iterable'], 2, 1, true);
const SIG_SUBTRACT = counterSig('subtract', ['self', 'iterable'], 2, 1, true);

/** A method of Counter is entered: the Python-level call's effects on the collector's counts. */
function enter(name: string): void {
  pythonLevelCall(`Counter.${name}()`);
}

/** Bind a Counter method's arguments (self prepended) to its Python signature. */
function bindCounter(sig: PySig, self: PyObject, args: PyObject[], kw: string[] | null): Bound {
  enter(sig.name);
  return bindPy(sig, [self, ...args], kw);
}

/** `for a, b in <pair>`: UNPACK_SEQUENCE 2 of an item; owned results. */
function unpack2(pair: PyObject): [PyObject, PyObject] {
  if (pair.t === T.tuple || pair.t === T.list) {
    const items = pair.v as PyObject[];
    if (items.length === 2) return [incref(items[0]), incref(items[1])];
    if (items.length > 2) raise(T.ValueError, 'too many values to unpack (expected 2)');
    raise(T.ValueError, `not enough values to unpack (expected 2, got ${items.length})`);
  }
  const ti = pair.t.v as TypeInfo;
  if (ti.iter === null && ti.getitem === null) raise(T.TypeError, `cannot unpack non-iterable ${typeName(pair)} object`);
  const it = getIter(pair);
  const out: PyObject[] = [];
  try {
    for (let i = 0; i < 2; i++) {
      const x = iterNext(it);
      if (x === null) raise(T.ValueError, `not enough values to unpack (expected 2, got ${i})`);
      out.push(x);
    }
    const extra = iterNext(it);
    if (extra !== null) {
      decref(extra);
      raise(T.ValueError, 'too many values to unpack (expected 2)');
    }
  } catch (e) {
    for (const x of out) decref(x);
    throw e;
  } finally {
    decref(it);
  }
  return [out[0], out[1]];
}

/** Iterate an iterator, passing each (owned, released after) item to fn. */
function forEach(it: PyObject, fn: (x: PyObject) => void): void {
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) break;
      try {
        fn(x);
      } finally {
        decref(x);
      }
    }
  } finally {
    decref(it);
  }
}

/** `for elem, count in obj.items(): fn(elem, count)` */
function forItems(obj: PyObject, fn: (k: PyObject, v: PyObject) => void): void {
  const items = callMethod(obj, 'items', []);
  let it: PyObject;
  try {
    it = getIter(items);
  } finally {
    decref(items);
  }
  forEach(it, (pair) => {
    const [k, v] = unpack2(pair);
    try {
      fn(k, v);
    } finally {
      decref(k);
      decref(v);
    }
  });
}

/** `for e in obj: fn(e)` */
function forIn(obj: PyObject, fn: (x: PyObject) => void): void {
  forEach(getIter(obj), fn);
}

function withInt(n: number, fn: (x: PyObject) => boolean): boolean {
  const x = newInt(n);
  try {
    return fn(x);
  } finally {
    decref(x);
  }
}

/** `x > 0`, `x < 0` (the comparison's result object's truth) */
function cmp0(x: PyObject, op: CompareOp): boolean {
  return withInt(0, (zero) => richCompareTruth(x, zero, op));
}

function richCompareTruth(a: PyObject, b: PyObject, op: CompareOp): boolean {
  const r = richCompare(a, b, op);
  try {
    return truthy(r);
  } finally {
    decref(r);
  }
}

/** `0 - count` */
function negate(x: PyObject): PyObject {
  const zero = newInt(0);
  try {
    return binaryOp(zero, x, 'sub');
  } finally {
    decref(zero);
  }
}

/** `target[key] = value` with value owned (released after). */
function setOwned(target: PyObject, key: PyObject, value: PyObject): void {
  try {
    setItem(target, key, value);
  } finally {
    decref(value);
  }
}

/** `self_get(elem, 0)` */
function callGet(selfGet: PyObject, elem: PyObject): PyObject {
  const zero = newInt(0);
  try {
    return call(selfGet, [elem, zero]);
  } finally {
    decref(zero);
  }
}

/** _count_elements(mapping, iterable): Modules/_collectionsmodule.c. The fast path (dict's own
 * get and __setitem__) works on the table directly; otherwise the bound `get` and setitem. */
function countElements(mapping: PyObject, iterable: PyObject): void {
  const it = getIter(iterable);
  const one = newInt(1);
  try {
    const dictTi = T.dict.v as TypeInfo;
    const fast = typeLookup(mapping.t, 'get') === dictGetStr(dictTi.dict, 'get')
      && typeLookup(mapping.t, '__setitem__') === dictGetStr(dictTi.dict, '__setitem__') && isDictLike(mapping);
    if (fast) {
      forEach(incref(it), (key) => {
        const old = dictGet(mapping, key);
        if (old === null) dictSet(mapping, key, one);
        else {
          const nv = binaryOp(old, one, 'add');
          try {
            dictSet(mapping, key, nv);
          } finally {
            decref(nv);
          }
        }
      });
    } else {
      const boundGet = getAttr(mapping, 'get');
      try {
        forEach(incref(it), (key) => {
          const old = callGet(boundGet, key);
          let nv: PyObject;
          try {
            nv = binaryOp(old, one, 'add');
          } finally {
            decref(old);
          }
          setOwned(mapping, key, nv);
        });
      } finally {
        decref(boundGet);
      }
    }
  } finally {
    decref(one);
    decref(it);
  }
}

/** A dict of the **kwds a call collected (in their order). */
function kwdsDict(kw: [string, PyObject][]): PyObject {
  const d = newDict();
  for (const [k, v] of kw) dictSetStr(d, k, v);
  return d;
}

/** self.update(iterable, **kwds) / self.subtract(iterable, **kwds): the method looked up on self. */
function callWithKwds(self: PyObject, name: string, iterable: PyObject | null, kw: [string, PyObject][]): void {
  const r = callMethod(self, name, [iterable ?? S.None, ...kw.map(([, v]) => v)], kw.length > 0 ? kw.map(([k]) => k) : null);
  decref(r);
}

function counterUpdateImpl(self: PyObject, iterable: PyObject | null, kw: [string, PyObject][]): void {
  if (iterable !== null && iterable !== S.None) {
    if (isMapping(iterable)) {
      if (truthy(self)) {
        const selfGet = getAttr(self, 'get');
        try {
          forItems(iterable, (elem, count) => {
            const cur = callGet(selfGet, elem);
            let nv: PyObject;
            try {
              nv = binaryOp(count, cur, 'add');
            } finally {
              decref(cur);
            }
            setOwned(self, elem, nv);
          });
        } finally {
          decref(selfGet);
        }
      } else {
        // super().update(iterable): dict.update, straight into the table
        dictUpdateArg(self, iterable);
      }
    } else countElements(self, iterable);
  }
  if (kw.length > 0) {
    const d = kwdsDict(kw);
    try {
      decref(callMethod(self, 'update', [d]));
    } finally {
      decref(d);
    }
  }
}

function counterSubtractImpl(self: PyObject, iterable: PyObject | null, kw: [string, PyObject][]): void {
  if (iterable !== null && iterable !== S.None) {
    const selfGet = getAttr(self, 'get');
    try {
      const step = (elem: PyObject, count: PyObject | null): void => {
        const cur = callGet(selfGet, elem);
        let nv: PyObject;
        try {
          if (count !== null) nv = binaryOp(cur, count, 'sub');
          else nv = withOne((one) => binaryOp(cur, one, 'sub'));
        } finally {
          decref(cur);
        }
        setOwned(self, elem, nv);
      };
      if (isMapping(iterable)) forItems(iterable, step);
      else forIn(iterable, (elem) => step(elem, null));
    } finally {
      decref(selfGet);
    }
  }
  if (kw.length > 0) {
    const d = kwdsDict(kw);
    try {
      decref(callMethod(self, 'subtract', [d]));
    } finally {
      decref(d);
    }
  }
}

function withOne(fn: (one: PyObject) => PyObject): PyObject {
  const one = newInt(1);
  try {
    return fn(one);
  } finally {
    decref(one);
  }
}

/** itemgetter(1), the key of most_common's sort: one runtime object (CPython makes a new
 * operator.itemgetter per call, a temporary only the collector's counts would show). */
let itemgetterOne: PyObject | null = null;
function itemgetter1(): PyObject {
  if (itemgetterOne === null) itemgetterOne = builtinFunction('itemgetter', (_s, a) => withOne((one) => getItem(a[0], one)), 'operator');
  return incref(itemgetterOne);
}

/** sorted(self.items(), key=_itemgetter(1), reverse=True) */
function sortedByCount(items: PyObject): PyObject {
  const l = sequenceList(items);
  const key = itemgetter1();
  try {
    listSortImpl(l, key, true);
  } catch (e) {
    decref(l);
    throw e;
  } finally {
    decref(key);
  }
  return l;
}

/** heapq.nlargest(n, self.items(), key=_itemgetter(1)) (Lib/heapq.py), whose result lists are
 * what most_common(n) returns: [max(...)] for n == 1, sorted(...)[:n] when n >= len, else a
 * list comprehension (grown by appends) over the heap's survivors, best first. */
function nlargest(n: PyObject, items: PyObject): PyObject {
  const isOne = withInt(1, (one) => richCompareTruth(n, one, Py_EQ));
  if (isOne) {
    // max(it, default=sentinel, key=key): the first item with the largest count
    let best: PyObject | null = null;
    let bestVal: PyObject | null = null;
    try {
      forIn(items, (item) => {
        const val = withOne((one) => getItem(item, one));
        if (best === null || richCompareTruthBool(val, bestVal as PyObject, 4)) {
          xdecref(best);
          xdecref(bestVal);
          best = incref(item);
          bestVal = val;
        } else decref(val);
      });
    } catch (e) {
      xdecref(best);
      xdecref(bestVal);
      throw e;
    }
    xdecref(bestVal);
    return newList(best === null ? [] : [best]);
  }
  // try: size = len(iterable) except (TypeError, AttributeError): pass
  let size: number | null = null;
  try {
    size = len(items);
  } catch (e) {
    if (!(e instanceof PyErr && (isSubtype(e.exc.t, T.TypeError) || isSubtype(e.exc.t, T.AttributeError)))) throw e;
    decref(e.exc);
  }
  if (size !== null && withInt(size, (sz) => richCompareTruth(n, sz, 5))) {
    // sorted(iterable, key=key, reverse=True)[:n]
    const sorted = sortedByCount(items);
    try {
      const sl = newSlice(S.None, n, S.None);
      try {
        return getItem(sorted, sl);
      } finally {
        decref(sl);
      }
    } finally {
      decref(sorted);
    }
  }
  // the general case (heapq.nlargest with a key): a heap of (key, order, elem) tuples made by a
  // list comprehension over zip(range(0, -n, -1), it), _heapq's heapify and heapreplace on it,
  // result.sort(reverse=True), and a comprehension of the elements
  const negN = unaryOp(n, 'neg');
  let stop: number;
  try {
    stop = rangeArg(negN);
  } finally {
    decref(negN);
  }
  const count = Math.max(0, -stop);
  const it = getIter(items);
  try {
    const result = newList([]);
    try {
      for (let i = 0; i < count; i++) {
        const elem = iterNext(it);
        if (elem === null) break;
        try {
          const k = withOne((one) => getItem(elem, one));
          const t = newTuple([k, newInt(-i), incref(elem)]);
          listAppend(result, t);
          decref(t);
        } finally {
          decref(elem);
        }
      }
      if ((result.v as PyObject[]).length === 0) return incref(result);
      decref(heapify(result, false));
      let top = incref(((result.v as PyObject[])[0].v as PyObject[])[0]);
      let order = -count;
      try {
        forEach(incref(it), (elem) => {
          const k = withOne((one) => getItem(elem, one));
          try {
            if (richCompareTruth(top, k, Py_LT)) {
              const t = newTuple([incref(k), newInt(order), incref(elem)]);
              try {
                decref(heapreplace(result, t, false));
              } finally {
                decref(t);
              }
              decref(top);
              top = incref(((result.v as PyObject[])[0].v as PyObject[])[0]);
              order--;
            }
          } finally {
            decref(k);
          }
        });
      } finally {
        decref(top);
      }
      listSortImpl(result, null, true);
      const out = newList([]);
      for (const t of (result.v as PyObject[]).slice()) listAppend(out, (t.v as PyObject[])[2]);
      return out;
    } finally {
      decref(result);
    }
  } finally {
    decref(it);
  }
}

function richCompareTruthBool(a: PyObject, b: PyObject, op: CompareOp): boolean {
  return richCompareTruth(a, b, op);
}

/** range()'s stop argument: an int (PyNumber_Index); beyond 2**53 only its sign matters here. */
function rangeArg(o: PyObject): number {
  const i = pyIndex(o);
  const v = i.v as number | bigint;
  decref(i);
  if (typeof v === 'bigint') return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  return v;
}

function mostCommon(self: PyObject, n: PyObject): PyObject {
  const items = callMethod(self, 'items', []);
  try {
    if (n === S.None) return sortedByCount(items);
    return nlargest(n, items);
  } finally {
    decref(items);
  }
}

function className(self: PyObject): string {
  const cls = getAttr(self, '__class__');
  try {
    const name = getAttr(cls, '__name__');
    try {
      return strJs(name);
    } finally {
      decref(name);
    }
  } finally {
    decref(cls);
  }
}

function isTypeError(e: unknown): e is PyErr {
  return e instanceof PyErr && isSubtype(e.exc.t, T.TypeError);
}

/** dict(x) */
function toDict(x: PyObject): PyObject {
  const d = newDict();
  try {
    dictUpdateArg(d, x);
  } catch (e) {
    decref(d);
    throw e;
  }
  return d;
}

function counterRepr(self: PyObject): PyObject {
  enter('__repr__');
  if (!truthy(self)) return newStr(`${className(self)}()`);
  if (P.minor >= 10) {
    // d = dict(self.most_common()), or dict(self) when the counts do not order
    let d: PyObject;
    try {
      const mc = callMethod(self, 'most_common', []);
      try {
        d = toDict(mc);
      } finally {
        decref(mc);
      }
    } catch (e) {
      if (!isTypeError(e)) throw e;
      decref(e.exc);
      d = toDict(self);
    }
    try {
      return newStr(`${className(self)}(${reprJs(d)})`);
    } finally {
      decref(d);
    }
  }
  // 3.8: ', '.join(map('%r: %r'.__mod__, self.most_common()))
  try {
    const mc = callMethod(self, 'most_common', []);
    const parts: string[] = [];
    try {
      forIn(mc, (pair) => {
        const [k, v] = unpack2(pair);
        try {
          parts.push(`${reprJs(k)}: ${reprJs(v)}`);
        } finally {
          decref(k);
          decref(v);
        }
      });
    } finally {
      decref(mc);
    }
    return newStr(`${className(self)}({${parts.join(', ')}})`);
  } catch (e) {
    if (!isTypeError(e)) throw e;
    decref(e.exc);
    const d = toDict(self);
    try {
      return newStr(`${className(self)}(${reprJs(d)})`);
    } finally {
      decref(d);
    }
  }
}

/** Counter arithmetic (__add__ ... __and__): a new Counter() with the positive results. */
function counterBinary(op: 'add' | 'sub' | 'or' | 'and') {
  return (self: PyObject, args: PyObject[], kw: string[] | null): PyObject => {
    const b = bindCounter(counterSig(`__${op}__`, ['self', 'other'], 0, 0), self, args, kw);
    const other = b.args[1] as PyObject;
    if (!isCounter(other)) return notImpl();
    const result = call(counterType, []);
    try {
      forItems(self, (elem, count) => {
        const oc = getItem(other, elem);
        let nv: PyObject;
        try {
          if (op === 'add') nv = binaryOp(count, oc, 'add');
          else if (op === 'sub') nv = binaryOp(count, oc, 'sub');
          else if (op === 'or') nv = incref(richCompareTruth(count, oc, Py_LT) ? oc : count);
          else nv = incref(richCompareTruth(count, oc, Py_LT) ? count : oc);
        } finally {
          decref(oc);
        }
        try {
          if (cmp0(nv, 4)) setItem(result, elem, nv);
        } finally {
          decref(nv);
        }
      });
      if (op !== 'and') {
        forItems(other, (elem, count) => {
          if (contains(self, elem)) return;
          if (op === 'sub') {
            if (cmp0(count, Py_LT)) setOwned(result, elem, negate(count));
          } else if (cmp0(count, 4)) setItem(result, elem, count);
        });
      }
    } catch (e) {
      decref(result);
      throw e;
    }
    return result;
  };
}

function counterUnary(neg: boolean) {
  return (self: PyObject, args: PyObject[], kw: string[] | null): PyObject => {
    bindCounter(counterSig(neg ? '__neg__' : '__pos__', ['self'], 0, 0), self, args, kw);
    const result = call(counterType, []);
    try {
      forItems(self, (elem, count) => {
        if (neg) {
          if (cmp0(count, Py_LT)) setOwned(result, elem, negate(count));
        } else if (cmp0(count, 4)) setItem(result, elem, count);
      });
    } catch (e) {
      decref(result);
      throw e;
    }
    return result;
  };
}

/** _keep_positive: `del self[elem]` for every item whose count is not > 0. */
function keepPositive(self: PyObject): PyObject {
  const b = callMethod(self, '_keep_positive', []);
  return b;
}

function keepPositiveImpl(self: PyObject): PyObject {
  const nonpositive: PyObject[] = [];
  try {
    forItems(self, (elem, count) => {
      if (!cmp0(count, 4)) nonpositive.push(incref(elem));
    });
    for (const e of nonpositive) delItem(self, e);
  } finally {
    for (const e of nonpositive) decref(e);
  }
  return incref(self);
}

function counterInplace(op: 'add' | 'sub' | 'or' | 'and') {
  return (self: PyObject, args: PyObject[], kw: string[] | null): PyObject => {
    const b = bindCounter(counterSig(`__i${op}__`, ['self', 'other'], 0, 0), self, args, kw);
    const other = b.args[1] as PyObject;
    if (op === 'add' || op === 'sub') {
      // self[elem] += count
      forItems(other, (elem, count) => {
        const cur = getItem(self, elem);
        let nv: PyObject;
        try {
          nv = inplaceOp(cur, count, op);
        } finally {
          decref(cur);
        }
        setOwned(self, elem, nv);
      });
    } else if (op === 'or') {
      forItems(other, (elem, otherCount) => {
        const cur = getItem(self, elem);
        try {
          if (richCompareTruth(otherCount, cur, 4)) setItem(self, elem, otherCount);
        } finally {
          decref(cur);
        }
      });
    } else {
      forItems(self, (elem, count) => {
        const oc = getItem(other, elem);
        try {
          if (richCompareTruth(oc, count, Py_LT)) setItem(self, elem, oc);
        } finally {
          decref(oc);
        }
      });
    }
    return keepPositive(self);
  };
}

/** 3.10+ multiset comparisons: all(self[e] <op> other[e] for c in (self, other) for e in c). */
function counterAll(self: PyObject, other: PyObject, op: CompareOp): boolean {
  for (const c of [self, other]) {
    let ok = true;
    const it = getIter(c);
    try {
      for (;;) {
        const e = iterNext(it);
        if (e === null) break;
        try {
          const a = getItem(self, e);
          try {
            const bv = getItem(other, e);
            try {
              ok = richCompareTruth(a, bv, op);
            } finally {
              decref(bv);
            }
          } finally {
            decref(a);
          }
        } finally {
          decref(e);
        }
        if (!ok) return false;
      }
    } finally {
      decref(it);
    }
  }
  return true;
}

function counterCompare(op: CompareOp) {
  const names = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
  return (self: PyObject, args: PyObject[], kw: string[] | null): PyObject => {
    const b = bindCounter(counterSig(names[op], ['self', 'other'], 0, 0), self, args, kw);
    const other = b.args[1] as PyObject;
    if (!isCounter(other)) return notImpl();
    switch (op) {
      case Py_EQ: return newBool(counterAll(self, other, Py_EQ));
      // not self == other
      case Py_NE: return newBool(!richCompareTruth(self, other, Py_EQ));
      case 1: return newBool(counterAll(self, other, 1));
      case 5: return newBool(counterAll(self, other, 5));
      // self <= other and self != other
      case 0: return newBool(richCompareTruth(self, other, 1) && richCompareTruth(self, other, Py_NE));
      default: return newBool(richCompareTruth(self, other, 5) && richCompareTruth(self, other, Py_NE));
    }
  };
}

function counterMethods(): Record<string, MethodFn> {
  const m: Record<string, MethodFn> = {
    __init__: (self, args, kw) => {
      const b = bindCounter(SIG_INIT, self, args, kw);
      // super().__init__(); self.update(iterable, **kwds)
      callWithKwds(self, 'update', b.args[1], b.kw);
      return none();
    },
    __missing__: (self, args, kw) => {
      bindCounter(counterSig('__missing__', ['self', 'key'], 0, 0), self, args, kw);
      return newInt(0);
    },
    most_common: (self, args, kw) => {
      const b = bindCounter(counterSig('most_common', ['self', 'n'], 0, 1), self, args, kw);
      return mostCommon(self, b.args[1] ?? S.None);
    },
    elements: (self, args, kw) => {
      bindCounter(counterSig('elements', ['self'], 0, 0), self, args, kw);
      // _chain.from_iterable(_starmap(_repeat, self.items()))
      const it = itertoolsMod as PyObject;
      const chain = getAttr(it, 'chain'), starmap = getAttr(it, 'starmap'), repeat = getAttr(it, 'repeat');
      try {
        const items = callMethod(self, 'items', []);
        try {
          const sm = call(starmap, [repeat, items]);
          try {
            const fi = getAttr(chain, 'from_iterable');
            try {
              return call(fi, [sm]);
            } finally {
              decref(fi);
            }
          } finally {
            decref(sm);
          }
        } finally {
          decref(items);
        }
      } finally {
        decref(chain);
        decref(starmap);
        decref(repeat);
      }
    },
    update: (self, args, kw) => {
      const b = bindCounter(SIG_UPDATE, self, args, kw);
      counterUpdateImpl(self, b.args[1], b.kw);
      return none();
    },
    subtract: (self, args, kw) => {
      const b = bindCounter(SIG_SUBTRACT, self, args, kw);
      counterSubtractImpl(self, b.args[1], b.kw);
      return none();
    },
    // self.__class__(self)
    copy: (self, args, kw) => {
      bindCounter(counterSig('copy', ['self'], 0, 0), self, args, kw);
      const cls = getAttr(self, '__class__');
      try {
        return call(cls, [self]);
      } finally {
        decref(cls);
      }
    },
    // (self.__class__, (dict(self),))
    __reduce__: (self, args, kw) => {
      bindCounter(counterSig('__reduce__', ['self'], 0, 0), self, args, kw);
      const cls = getAttr(self, '__class__');
      let d: PyObject;
      try {
        d = toDict(self);
      } catch (e) {
        decref(cls);
        throw e;
      }
      return newTuple([cls, newTuple([d])]);
    },
    __delitem__: (self, args, kw) => {
      const b = bindCounter(counterSig('__delitem__', ['self', 'elem'], 0, 0), self, args, kw);
      const elem = b.args[1] as PyObject;
      // if elem in self: super().__delitem__(elem)
      if (contains(self, elem)) dictDel(self, elem);
      return none();
    },
    __repr__: (self, args, kw) => {
      bindCounter(counterSig('__repr__', ['self'], 0, 0), self, args, kw);
      return counterRepr(self);
    },
    _keep_positive: (self, args, kw) => {
      bindCounter(counterSig('_keep_positive', ['self'], 0, 0), self, args, kw);
      return keepPositiveImpl(self);
    },
    __add__: counterBinary('add'),
    __sub__: counterBinary('sub'),
    __or__: counterBinary('or'),
    __and__: counterBinary('and'),
    __pos__: counterUnary(false),
    __neg__: counterUnary(true),
    __iadd__: counterInplace('add'),
    __isub__: counterInplace('sub'),
    __ior__: counterInplace('or'),
    __iand__: counterInplace('and'),
  };
  if (P.minor >= 10) {
    // sum(self.values())
    m.total = (self, args, kw) => {
      bindCounter(counterSig('total', ['self'], 0, 0), self, args, kw);
      const values = callMethod(self, 'values', []);
      try {
        return builtinSum(null, [values], null);
      } finally {
        decref(values);
      }
    };
    ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'].forEach((name, op) => {
      m[name] = counterCompare(op as CompareOp);
    });
  }
  return m;
}

/** The line of `class Counter` in 3.13.0's Lib/collections/__init__.py (its __firstlineno__). */
const COUNTER_FIRSTLINENO = 545;

/** The order of Counter's class dict per version (measured: list(vars(collections.Counter))). */
const COUNTER_ORDER: Record<number, string[]> = (() => {
  const head = ['__module__', '__firstlineno__', '__doc__', '__init__', '__missing__', 'total', 'most_common', 'elements', 'fromkeys', 'update', 'subtract', 'copy', '__reduce__', '__delitem__'];
  const cmp = ['__eq__', '__ne__', '__le__', '__lt__', '__ge__', '__gt__'];
  const ops = ['__add__', '__sub__', '__or__', '__and__', '__pos__', '__neg__', '_keep_positive', '__iadd__', '__isub__', '__ior__', '__iand__', '__static_attributes__', '__dict__', '__weakref__', '__hash__'];
  return {
    8: [...head.filter((n) => n !== 'total'), '__repr__', ...ops],
    10: [...head, ...cmp, '__repr__', ...ops],
    11: [...head, '__repr__', ...cmp, ...ops],
  };
})();

function makeCounterType(): PyObject {
  const ns = newDict();
  try {
    const mod = newStr('collections');
    dictSetStr(ns, '__module__', mod);
    decref(mod);
    const qn = newStr('Counter');
    dictSetStr(ns, '__qualname__', qn);
    decref(qn);
    // (3.13: the class statement's line in Lib/collections/__init__.py, and the names assigned
    // on self in its methods: none)
    if (P.minor >= 13) {
      const line = newInt(COUNTER_FIRSTLINENO);
      dictSetStr(ns, '__firstlineno__', line);
      decref(line);
    }
    const doc = docStandIn('collections.Counter');
    dictSetStr(ns, '__doc__', doc);
    decref(doc);
    if (P.minor >= 13) {
      const none = newTuple([]);
      dictSetStr(ns, '__static_attributes__', none);
      decref(none);
    }
    const cls = typeNew(T.type, 'Counter', [T.dict], ns);
    const ti = cls.v as TypeInfo;
    const methods = counterMethods();
    defMethods(cls, methods);
    markStandIns(cls, Object.keys(methods));
    defClassMethods(cls, {
      fromkeys: (c, args, kw) => {
        bindCounter({ name: 'fromkeys', qualname: 'Counter.fromkeys', params: ['cls', 'iterable', 'v'], posonly: 0, ndefaults: 1 }, c, args, kw);
        raise(T.NotImplementedError, 'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.');
      },
    });
    markStandIns(cls, ['fromkeys']);
    fixupSlots(cls);
    // basicsize and __sizeof__: a heap subclass of dict (typeNew's layout and instance sizes)
    ti.new = (type) => dictSubNew(type);
    ti.repr = (o) => callSpecial(o, '__repr__', []) as PyObject;
    if (P.minor >= 10) {
      // the multiset comparisons (fixupSlots leaves builtin comparison methods to the base)
      ti.richcompare = (a, b, op) => {
        const r = callSpecial(a, ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'][op], [b]);
        return r ?? notImpl();
      };
      // the class body defines __eq__ and no __hash__: __hash__ = None in the class dict (a
      // reference to None in the import's measured counts)
      dictSetStr(ti.dict, '__hash__', S.None);
      S.None.rc--;
    }
    // the class body's order (vars(Counter), dir()), which the native methods above do not follow
    dictReorder(ti.dict, COUNTER_ORDER[P.minor] ?? COUNTER_ORDER[11]);
    return cls;
  } finally {
    decref(ns);
  }
}

// ================================================================ the module

/** sys.getrefcount(collections.X) - 1 after `import collections`: deque, defaultdict,
 * OrderedDict (a static type, immortal from 3.12), Counter. */
const TYPE_REFS: Record<string, (number | 'immortal')[]> = {
  '3.8': [46, 13, 31, 5],
  '3.10': [46, 15, 33, 5],
  '3.11': [48, 18, 34, 6],
  '3.12': [45, 15, 'immortal', 5],
  '3.13': [45, 15, 'immortal', 5],
};

function notSimulatedType(mod: PyObject, name: string): void {
  const f = builtinFunction(name, () => {
    throw new NotSimulated(`collections.${name}`, ST.line);
  }, 'collections');
  dictSetStr(mod.d as PyObject, name, f);
  decref(f);
}

registerModule('collections', (mod) => {
  moduleTypes = new Set();
  itemgetterOne = null;
  sharedFrames = { make: { zombie: null }, replace: { zombie: null }, repr: { zombie: null }, asdict: { zombie: null }, getnewargs: { zombie: null } };
  globalFreeBlocks = [];
  ntInfo.clear();
  odViewTypes.length = 0;
  const d = mod.d as PyObject;
  // collections imports itertools (chain, repeat, starmap) at import time
  itertoolsMod = importModule('itertools', ST.line);
  decref(itertoolsMod);
  const mk = (name: string, init: (ti: TypeInfo) => void, base: PyObject = T.object): PyObject => {
    // tp_name's dotted prefix is the type's __module__ (_collections up to 3.11)
    const t = newModuleType(name, name.slice(0, name.lastIndexOf('.')), init, base);
    moduleTypes.add(t);
    return t;
  };
  const privMod = P.minor >= 12 ? 'collections' : '_collections';
  dequeType = mk('collections.deque', initDequeType);
  dequeIterType = mk(`${privMod}._deque_iterator`, (ti) => initDequeIterType(ti, false));
  dequeRevIterType = mk(`${privMod}._deque_reverse_iterator`, (ti) => initDequeIterType(ti, true));
  defineDequeMethods(dequeType);
  defineDequeIterMethods(dequeIterType);
  defineDequeIterMethods(dequeRevIterType);
  ddType = mk('collections.defaultdict', initDefdictType, T.dict);
  defineDefdictMethods(ddType);
  // defdict_dealloc calls dict_dealloc, whose Py_TRASHCAN_BEGIN is for exact dicts only
  (ddType.v as TypeInfo).trashcan = false;
  tuplegetterType = mk(`${privMod}._tuplegetter`, initTuplegetterType);
  defGetters(tuplegetterType, { __doc__: (o) => incref((o.v as TupleGetter).doc ?? S.None) });
  odType = newModuleType('collections.OrderedDict', 'collections', initOdType, T.dict);
  odIterType = newModuleType('odict_iterator', 'builtins', initOdIterType);
  (['odict_keys', 'odict_values', 'odict_items'] as const).forEach((n, kind) => {
    const base = [T.dict_keys, T.dict_values, T.dict_items][kind];
    const vt = newModuleType(n, 'builtins', (ti) => initOdViewType(ti, kind as 0 | 1 | 2, n), base);
    defineOdViewMethods(vt, kind as 0 | 1 | 2);
    odViewTypes.push(vt);
  });
  defineOdMethods(odType);
  for (const t of [dequeType, dequeIterType, dequeRevIterType, ddType, odType, odIterType, ...odViewTypes]) addSlotDunders(t);
  counterType = makeCounterType();
  dictSetStr(d, 'deque', dequeType);
  dictSetStr(d, 'defaultdict', ddType);
  dictSetStr(d, 'OrderedDict', odType);
  dictSetStr(d, 'Counter', counterType);
  decref(counterType);
  const nt = builtinFunction('namedtuple', (_self, args, kw) => namedtuple(args, kw), 'collections');
  dictSetStr(d, 'namedtuple', nt);
  decref(nt);
  for (const name of ['ChainMap', 'UserDict', 'UserList', 'UserString']) notSimulatedType(mod, name);
  const refs = TYPE_REFS[P.historical ? '3.8' : P.id] ?? TYPE_REFS['3.8'];
  [dequeType, ddType, odType, counterType].forEach((t, i) => setTypeBaseline(t, refs[i]));
  // `from itertools import chain as _chain, repeat as _repeat, starmap as _starmap` (on 3.11
  // collections is imported at interpreter startup: the itertools baselines include these)
  if (P.minor !== 11) {
    const itd = (itertoolsMod as PyObject).d as PyObject;
    for (const [alias, name] of [['_chain', 'chain'], ['_repeat', 'repeat'], ['_starmap', 'starmap']]) {
      const t = dictGetStr(itd, name);
      if (t !== null) dictSetStr(d, alias, t);
    }
    // reprlib (imported by collections) holds `from itertools import islice`
    const islice = dictGetStr(itd, 'islice');
    if (islice !== null) islice.rc++;
  }
});
