// Free lists are emptied by full collections (clear_freelists / _PyGC_ClearAllFreeLists).
type Clearer = () => void;
const clearers: Clearer[] = [];

/** Called once per module at load time with the function that empties its free lists. */
export function registerFreeList(fn: Clearer): void {
  clearers.push(fn);
}

export function clearFreeLists(): void {
  for (const c of clearers) c();
}
