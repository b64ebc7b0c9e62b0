// list (Objects/listobject.c): a 56-byte object (with GC head) plus a separately allocated item
// array of `allocated` slots that grows by list_resize's over-allocation rule (per profile).
import { preHeaderBytes } from './classes';
import { PyObject, F_GC } from './object';
import { P, T, itemsLimit, allocBlock, freeBlock, allocBuffer, freeBuffer, reallocBuffer, gcAllocHook, gcCountFree, gcTrack, gcUntrack, decref, noteReuse, noteRecycle } from './core';
import type { Visit } from './types';
import { registerFreeList, registerFreeListStats, registerFreeListSwap } from './freelists';

/** Bookkeeping of a list object: ob_alloc and the item array's address. */
export class ListMeta {
  /** The array was reallocated to 0 items: CPython's PyMem_Realloc(items, 0) leaves ob_item
   * non-NULL (a 1-byte raw block), which 3.10+'s list_extend tells from NULL (it preallocates
   * exactly only for NULL). HeapLens frees the array and notes this. */
  zero = false;
  constructor(public alloc: number, public addr: number) {}
}

const LIST_FREELIST_MAX = 80;
let freeLists: PyObject[] = [];

registerFreeList(() => {
  for (const o of freeLists) {
    freeBlock(o, 56);
    gcCountFree();
  }
  freeLists = [];
});

registerFreeListSwap((next) => {
  const prev = freeLists;
  freeLists = (next as PyObject[] | undefined) ?? [];
  return prev;
});

registerFreeListStats('List', () => [{ name: 'PyListObject', count: freeLists.length, size: 40 }]);

export function resetListState(): void {
  freeLists = [];
}

/** PyList_New(n) with the items given (references stolen); allocates exactly n slots. */
export function newList(items: PyObject[]): PyObject {
  const n = items.length;
  let o: PyObject;
  // PyList_New: the object (from the free list or a new block), then its item array
  if (freeLists.length > 0) {
    o = freeLists.pop() as PyObject;
    o.rc = 1;
    o.v = items;
    o.d = new ListMeta(0, 0);
    noteReuse(o);
  } else {
    o = new PyObject(T.list, items, new ListMeta(0, 0), F_GC);
    allocBlock(o, 56);
    gcAllocHook();
  }
  if (n > 0) {
    const m = o.d as ListMeta;
    m.addr = allocBuffer(8 * n);
    m.alloc = n;
  }
  gcTrack(o);
  return o;
}

/** list_new / list_vectorcall via tp_alloc: a fresh object, never from the free list. */
export function newListFresh(type: PyObject): PyObject {
  const o = new PyObject(type, [], new ListMeta(0, 0), F_GC);
  allocBlock(o, (type.v as { basicsize: () => number }).basicsize() + 16 + ((type.v as { heap: boolean }).heap ? preHeaderBytes(type) : 0));
  gcAllocHook();
  gcTrack(o);
  return o;
}

/** An empty list that will be filled by a known number of items (list_preallocate_exact):
 * rounded up to even from 3.10. */
export function newListPrealloc(n: number): PyObject {
  const o = newList([]);
  if (n > 0) {
    const alloc = P.listPreallocEven ? (n + 1) & ~1 : n;
    const m = o.d as ListMeta;
    m.addr = allocBuffer(8 * alloc);
    m.alloc = alloc;
  }
  return o;
}

/** list_resize(self, newsize): reallocate the item array following the profile's growth rule.
 * Call before the JS array length changes; `oldsize` is the current length. */
export function listResize(o: PyObject, newsize: number): void {
  const m = o.d as ListMeta;
  const allocated = m.alloc;
  if (allocated >= newsize && newsize >= allocated >> 1) return;
  const oldsize = (o.v as PyObject[]).length;
  if (newsize > oldsize) itemsLimit(newsize);
  const newAlloc = P.listGrowth(newsize, oldsize);
  if (newAlloc === 0 && m.addr !== 0) m.zero = true;
  else if (newAlloc !== 0) m.zero = false;
  m.addr = newAlloc === 0 ? (m.addr !== 0 ? (freeBuffer(m.addr, 8 * allocated), 0) : 0) : reallocBuffer(m.addr, 8 * allocated, 8 * newAlloc);
  m.alloc = newAlloc;
}

/** list.append (app1): steals nothing; takes a new reference to v. */
export function listAppend(o: PyObject, v: PyObject): void {
  const items = o.v as PyObject[];
  const n = items.length;
  const m = o.d as ListMeta;
  if (n + 1 > m.alloc) listResize(o, n + 1);
  v.rc++;
  items.push(v);
}

/** Append stealing the reference (LIST_APPEND in comprehensions). */
export function listAppendSteal(o: PyObject, v: PyObject): void {
  const items = o.v as PyObject[];
  const m = o.d as ListMeta;
  if (items.length + 1 > m.alloc) listResize(o, items.length + 1);
  items.push(v);
}

export function listSizeof(o: PyObject): number {
  return 40 + 8 * (o.d as ListMeta).alloc;
}

export function listDealloc(o: PyObject): void {
  gcUntrack(o);
  const items = o.v as PyObject[];
  const m = o.d as ListMeta;
  o.v = null;
  // list_dealloc releases items from the last to the first.
  for (let i = items.length - 1; i >= 0; i--) decref(items[i]);
  if (m.addr !== 0) freeBuffer(m.addr, 8 * m.alloc);
  o.d = null;
  if (o.t === T.list && freeLists.length < LIST_FREELIST_MAX) {
    freeLists.push(o);
    noteRecycle(o);
    return;
  }
  freeBlock(o, (o.t.v as { basicsize: () => number }).basicsize() + 16 + ((o.t.v as { heap: boolean }).heap ? preHeaderBytes(o.t) : 0));
  gcCountFree();
}

/** list_traverse: the items from the last to the first, as CPython visits them. The order shows in
 * where a collection moves objects back to (the generation lists' order, hence the order of
 * finalizers in a later collection) and in gc.get_referents. */
export function listTraverse(o: PyObject, visit: Visit): void {
  const items = o.v as PyObject[] | null;
  if (items === null) return;
  for (let i = items.length - 1; i >= 0; i--) visit(items[i]);
}

/** list_clear (tp_clear and list.clear): drop the item array, then release the items. */
export function listClear(o: PyObject): void {
  const items = o.v as PyObject[];
  const m = o.d as ListMeta;
  // No item array (as during a sort, with allocated -1): nothing to do, allocated unchanged.
  if (m.addr === 0 && items.length === 0) return;
  if (m.addr !== 0) freeBuffer(m.addr, 8 * m.alloc);
  m.addr = 0;
  m.alloc = 0;
  m.zero = false;
  o.v = [];
  for (let i = items.length - 1; i >= 0; i--) decref(items[i]);
}
