// A CPython version profile: everything that differs between versions, as data. Code asks the
// profile (`P.listGrowth(n)`, `P.gcThresholds`) instead of branching on version numbers.
// Numbers cite CPython's source (file:line of the release named in docs/profiles.md) or a
// measurement on the real interpreter.
import type { ProfileId } from '../result';

export type InstanceLayout =
  /** 3.8/3.10: `__dict__` is a real dict created on the first attribute store. */
  | 'dict'
  /** 3.11/3.12: managed dict: a values array allocated with the instance; no dict object until `__dict__` is read. */
  | 'values'
  /** 3.13+: values inline in the instance's own block. */
  | 'inline';

export interface Profile {
  id: ProfileId;
  /** Human label, e.g. "CPython 3.12". */
  label: string;
  /** The seed profile reproduces the tutorials' classic model, not a real release. */
  historical: boolean;
  /** Minor version for the few behaviours keyed on it (messages, bytecode shape). */
  minor: number;

  // ---- reference counting
  /** What sys.getrefcount reports for immortal objects (3.12+: _Py_IMMORTAL_REFCNT, Include/object.h). null = no immortality. */
  immortalRefcnt: number | null;
  /** 3.11 "deep-frozen" static objects start at 999999999 (pycore_object.h:17) but stay mortal. */
  staticRefcntBase: number | null;
  /** 3.11+: a Python-to-Python CALL moves the caller's stack references into the callee's locals. */
  callMovesArgs: boolean;
  /** 3.12+: CALL_FUNCTION_EX into a Python function unpacks the args tuple into the frame and frees it. */
  callExMovesArgs: boolean;
  /** Interned strings: 'mortal' (≤3.11), 'all-immortal' (3.12), 'names-immortal' (3.13: co_names immortal, constants mortal). */
  interning: 'mortal' | 'all-immortal' | 'names-immortal';

  // ---- compiler
  /** 3.9+: a list display of ≥3 constants compiles to BUILD_LIST 0 + LIST_EXTEND(const tuple). */
  constListViaTuple: boolean;
  /** 3.12+ (PEP 709): list/dict/set comprehensions are inlined into the enclosing code. */
  inlineComprehensions: boolean;

  // ---- object sizes (bytes, 64-bit)
  /** sizeof(PyASCIIObject) / sizeof(PyCompactUnicodeObject): 48/72 (≤3.11), 40/56 (3.12+, PEP 623). */
  strAsciiHeader: number;
  strCompactHeader: number;
  /** getsizeof(0): 24 (ob_size 0) ≤3.10; 28 from 3.11 (one digit always). */
  intZeroDigits: number;
  /** getsizeof(False): 24 ≤3.10 (zero digits), 28 from 3.11. */
  falseDigits: number;
  /** 3.11+: _PyLong_FromMedium allocates sizeof(PyLongObject) = 32 for one-digit ints. */
  mediumIntAlloc: number | null;
  /** PyFunctionObject basicsize + GC head (getsizeof of a function). */
  functionSize: number;
  /** Code object basicsize (3.11+ variable-size). */
  codeBasicsize: number;
  /** Generator getsizeof on 3.8/3.10 (the frame is a separate object). From 3.11 the frame is
   * embedded: getsizeof = generatorSize + 8 * (co_nlocalsplus + co_stacksize), where
   * generatorSize is tp_basicsize (offsetof(gi_iframe) + offsetof(localsplus)) + the GC head. */
  generatorSize: number;
  /** getsizeof(type) for a plain user class. */
  heapTypeSize: number;
  /** instance layout and basicsize of `class C: pass` instances (C.__basicsize__). */
  instanceLayout: InstanceLayout;
  instanceBasicsize: number;
  /** Managed-dict pre-header (3.11+), counted by getsizeof for heap types. */
  preHeader: number;
  weakrefSize: number;
  exceptionSize: number;
  rangeIterSize: number;
  enumerateSize: number;
  zipSize: number;
  propertySize: number;
  /** Key-table header: 40 (≤3.10: dk_refcnt,dk_size,dk_lookup,dk_usable,dk_nentries), 32 (3.11+). */
  dictKeysHeader: number;
  /** 3.11+: all-str-key tables use 16-byte entries without the hash. */
  dictUnicodeEntries: boolean;
  /** 3.10+: list_preallocate_exact rounds up to even. */
  listPreallocEven: boolean;
  /** list_resize over-allocation (Objects/listobject.c). */
  listGrowth: (newsize: number, oldsize: number) => number;
  dequeSize: number;
  defaultdictExtra: number;
  arrayBasicsize: number;

  // ---- free lists (Objects/*.c, pycore_*.h)
  /** Tuple free lists: sizes 1..tupleFreeMaxLen (19 ≤3.10, 20 from 3.11), 2000 each. */
  tupleFreeMaxLen: number;
  /** 3.8/3.10 heap frames: free list of 200; 3.8 also keeps a zombie frame per code object. */
  heapFrames: boolean;
  zombieFrames: boolean;
  frameBasicsize: number;
  /** 3.8: bound method free list (256). */
  methodFreeList: number;

  // ---- gc
  gcThresholds: [number, number, number];
  /** 3.12+: an automatic collection runs at the next eval-breaker check, not inside the allocation. */
  gcDeferred: boolean;
  /** 3.13.0 quirk: a materialised __dict__ whose inline values are valid is not visited by the GC. */
  gcSkipsMaterialisedDict: boolean;
  /** Objects in the permanent generation when the program starts (gc.get_freeze_count()):
   * 3.12 start-up leaves 375 there (the same with -S, -I and whatever is imported); 0 elsewhere. */
  gcFrozenAtStartup: number;

  // ---- recursion
  recursionLimit: number;

  // ---- allocator constants (Objects/obmalloc.c)
  alignment: number;
  poolSize: number;
  arenaSize: number;
  /** Pools a fresh arena holds: 64, or 63 when pools are larger than mmap's 4 KiB alignment
   * (3.10+: new_arena skips the first partial pool; "bytes lost to arena alignment"). */
  usablePoolsPerArena: number;
  /** 3.9+ (bpo-37257): an arena whose pools are all free is kept if it is the last usable one. */
  keepEmptyTailArena: boolean;
  /** Bytes of the radix tree's root, one mid and one bottom node, as `_debugmallocstats` prints
   * them (3.10+); null without the radix tree (3.8). */
  arenaMap: readonly [number, number, number] | null;
}

function growth39(newsize: number, oldsize: number): number {
  // 3.9+ list_resize (Objects/listobject.c:44 in 3.11).
  if (newsize === 0) return 0;
  let alloc = (newsize + (newsize >> 3) + 6) & ~3;
  if (newsize - oldsize > alloc - newsize) alloc = (newsize + 3) & ~3;
  return alloc;
}

function growth38(newsize: number, _oldsize: number): number {
  // 3.8 list_resize (Objects/listobject.c:36).
  if (newsize === 0) return 0;
  return newsize + (newsize >> 3) + (newsize < 9 ? 3 : 6);
}

const base38: Profile = {
  id: '3.8',
  label: 'CPython 3.8',
  historical: false,
  minor: 8,
  immortalRefcnt: null,
  staticRefcntBase: null,
  callMovesArgs: false,
  callExMovesArgs: false,
  interning: 'mortal',
  constListViaTuple: false,
  inlineComprehensions: false,
  strAsciiHeader: 48,
  strCompactHeader: 72,
  intZeroDigits: 0,
  falseDigits: 0,
  mediumIntAlloc: null,
  functionSize: 136,
  codeBasicsize: 176,
  generatorSize: 112,
  heapTypeSize: 1064,
  instanceLayout: 'dict',
  instanceBasicsize: 32,
  preHeader: 0,
  weakrefSize: 72,
  exceptionSize: 80,
  rangeIterSize: 48,
  enumerateSize: 64,
  zipSize: 56,
  propertySize: 72,
  dictKeysHeader: 40,
  dictUnicodeEntries: false,
  listPreallocEven: false,
  listGrowth: growth38,
  dequeSize: 624,
  defaultdictExtra: 8,
  arrayBasicsize: 64,
  tupleFreeMaxLen: 19,
  heapFrames: true,
  zombieFrames: true,
  frameBasicsize: 368,
  methodFreeList: 256,
  gcThresholds: [700, 10, 10],
  gcDeferred: false,
  gcFrozenAtStartup: 0,
  gcSkipsMaterialisedDict: false,
  recursionLimit: 1000,
  alignment: 16,
  poolSize: 4096,
  arenaSize: 256 * 1024,
  usablePoolsPerArena: 64,
  keepEmptyTailArena: false,
  arenaMap: null,
};

const p310: Profile = {
  ...base38,
  id: '3.10',
  label: 'CPython 3.10',
  minor: 10,
  constListViaTuple: true,
  functionSize: 144,
  generatorSize: 104,
  heapTypeSize: 1072,
  zipSize: 64,
  propertySize: 80,
  listPreallocEven: true,
  listGrowth: growth39,
  arrayBasicsize: 80,
  zombieFrames: true,
  frameBasicsize: 360,
  methodFreeList: 0,
  poolSize: 16 * 1024,
  arenaSize: 1024 * 1024,
  usablePoolsPerArena: 63,
  keepEmptyTailArena: true,
  // ADDRESS_BITS 48: 2^10-entry root and mid nodes, 2^8-entry bottom nodes
  arenaMap: [8192, 8192, 2048],
};

const p311: Profile = {
  ...p310,
  id: '3.11',
  label: 'CPython 3.11',
  minor: 11,
  // ADDRESS_BITS 64: 2^15-entry root and mid nodes, 2^14-entry bottom nodes
  arenaMap: [262144, 262144, 131072],
  staticRefcntBase: 999999999,
  callMovesArgs: true,
  intZeroDigits: 1,
  falseDigits: 1,
  mediumIntAlloc: 32,
  functionSize: 152,
  codeBasicsize: 184,
  generatorSize: 168,
  heapTypeSize: 1688,
  instanceLayout: 'values',
  instanceBasicsize: 24,
  preHeader: 16,
  weakrefSize: 80,
  exceptionSize: 88,
  enumerateSize: 72,
  dictKeysHeader: 32,
  dictUnicodeEntries: true,
  dequeSize: 760,
  tupleFreeMaxLen: 20,
  heapFrames: false,
  frameBasicsize: 120,
};

const p312: Profile = {
  ...p311,
  id: '3.12',
  label: 'CPython 3.12',
  minor: 12,
  immortalRefcnt: 4294967295,
  staticRefcntBase: null,
  callExMovesArgs: true,
  interning: 'all-immortal',
  inlineComprehensions: true,
  strAsciiHeader: 40,
  strCompactHeader: 56,
  functionSize: 160,
  codeBasicsize: 192,
  generatorSize: 160,
  heapTypeSize: 1704,
  instanceBasicsize: 16,
  rangeIterSize: 40,
  gcDeferred: true,
  gcFrozenAtStartup: 375,
};

const p313: Profile = {
  ...p312,
  id: '3.13',
  label: 'CPython 3.13',
  minor: 13,
  interning: 'names-immortal',
  codeBasicsize: 200,
  heapTypeSize: 1712,
  instanceLayout: 'inline',
  frameBasicsize: 136,
  gcThresholds: [2000, 10, 10],
  gcSkipsMaterialisedDict: true,
  gcFrozenAtStartup: 0,
};

/** The classic model the tutorials describe: 3.8 semantics on the pre-3.8 allocator (8-byte
 * alignment, 64 size classes, 4 KiB pools, 256 KiB arenas). Historical: no real release matches. */
const seed: Profile = {
  ...base38,
  id: 'seed',
  label: 'Classic model (historical: the tutorials’ 256 KiB arenas, 4 KiB pools, 8-byte blocks)',
  historical: true,
  alignment: 8,
};

export const PROFILES: Readonly<Record<ProfileId, Profile>> = {
  '3.8': base38,
  '3.10': p310,
  '3.11': p311,
  '3.12': p312,
  '3.13': p313,
  seed,
};

export const PROFILE_IDS: readonly ProfileId[] = ['3.8', '3.10', '3.11', '3.12', '3.13', 'seed'];
export const DEFAULT_PROFILE: ProfileId = '3.12';

export function isProfileId(s: string): s is ProfileId {
  return (PROFILE_IDS as readonly string[]).includes(s);
}
