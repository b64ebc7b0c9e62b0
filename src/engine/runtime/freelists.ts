// Free lists are cleared by full collections (clear_freelists in gc_collect_main).
type Clearer = () => void;
const clearers: Clearer[] = [];

export function registerFreeList(fn: Clearer): void {
  clearers.push(fn);
}

export function resetFloatFreeList(): void {
  for (const c of clearers) c();
}
