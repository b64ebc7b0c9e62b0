// Free lists: emptied by full collections (clear_freelists / _PyGC_ClearAllFreeLists) and listed
// at the end of `sys._debugmallocstats()` (_PyObject_DebugTypeStats).
type Clearer = () => void;
const clearers: Clearer[] = [];

/** One line of the free-list part of `sys._debugmallocstats()`: `count` free objects called
 * `name` ("PyDictObject", "3-sized PyTupleObject") of `size` bytes each. */
export interface FreeListStat {
  name: string;
  count: number;
  size: number;
}
type Reporter = () => FreeListStat[];
/** By the C function CPython calls (_PyCFunction_DebugMallocStats, _PyDict_…, …): it prints them
 * in alphabetical order of the type. */
const reporters: { key: string; fn: Reporter }[] = [];

/** Called once per module at load time with the function that empties its free lists. */
export function registerFreeList(fn: Clearer): void {
  clearers.push(fn);
}

/** Called once per module at load time: what its free lists hold now (empty when the profile's
 * CPython has no such list). `key` orders the report like CPython's _PyObject_DebugTypeStats. */
export function registerFreeListStats(key: string, fn: Reporter): void {
  reporters.push({ key, fn });
  reporters.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export function clearFreeLists(): void {
  for (const c of clearers) c();
}

/** Install `next` as a free list's contents (undefined: an empty list) and return what it held. */
type Swap = (next: unknown) => unknown;
const swaps: Swap[] = [];

/** Called once per module at load time for each free list (see withFreeListsAside). */
export function registerFreeListSwap(fn: Swap): void {
  swaps.push(fn);
}

/** Run `fn` with the free lists set aside: what it takes from them or puts on them is not the
 * program's. Used for work CPython did before the program ran (a module its start-up already
 * imported, built by HeapLens on the program's first import of it): the objects `fn` freed
 * onto the lists are released, and the lists get their contents back. */
export function withFreeListsAside<X>(fn: () => X): X {
  const saved = swaps.map((s) => s(undefined));
  try {
    return fn();
  } finally {
    for (const c of clearers) c();
    swaps.forEach((s, i) => s(saved[i]));
  }
}

export function freeListStats(): FreeListStat[] {
  const out: FreeListStat[] = [];
  for (const r of reporters) out.push(...r.fn());
  return out;
}
