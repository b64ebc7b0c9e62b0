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

export function freeListStats(): FreeListStat[] {
  const out: FreeListStat[] = [];
  for (const r of reporters) out.push(...r.fn());
  return out;
}
