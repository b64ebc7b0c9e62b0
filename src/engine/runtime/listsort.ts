// list.sort (Objects/listobject.c list_sort_impl): CPython's timsort, step for step, so that the
// number and order of `<` calls, the result for inconsistent orders (NaN), the list's state after a
// comparison raised, and the handling of a list modified during the sort are those of the real
// interpreter.
//
//   - count_run: up to 3.12 a non-descending or strictly descending run (reversed by the caller);
//     from 3.13 a descending run may hold equal elements (each all-equal stretch is reversed in
//     place so the final reversal restores it) and an ascending suffix may follow the reversal.
//   - runs shorter than minrun are extended by binary insertion (binarysort).
//   - merging: 3.8/3.10 keep the classic merge_collapse invariants; 3.11+ use powersort
//     (found_new_run / powerloop). Both end with merge_force_collapse.
//   - merge_lo / merge_hi gallop (gallop_left / gallop_right, min_gallop), and on an error copy
//     what is left in the temp array back, so the list is always a permutation of its input.
//   - the pre-sort type check picks unsafe_object_compare for keys of one type (a direct call of
//     the type's tp_richcompare, redone through PyObject_RichCompareBool when it returns
//     NotImplemented) and unsafe_tuple_compare for non-empty tuples (== on the items, then the
//     first differing item compared with `<`). The float/int/str special compares give the same
//     answers as the type's richcompare, NaN included, so they need no separate path here.
//
// Not modelled (as before): the merge temp array and, for 128+ items with a key function, the
// keys array are PyMem allocations in CPython; here they are plain JS arrays.
import { PyObject } from './object';
import { P, T, decref, freeBuffer, allocBuffer } from './core';
import type { TypeInfo } from './types';
import { raise } from './exc';
import { S, richCompareBool, consumeBool, call } from './abstract';
import { ListMeta } from './list';

const MIN_GALLOP = 7;
const MAX_MINRUN = 64;

type Lt = (a: PyObject, b: PyObject) => boolean;

interface Run {
  base: number;
  len: number;
  power: number;
}

class MergeState {
  /** The keys being sorted (the list's items when there is no key function). */
  k: PyObject[];
  /** The list's items, permuted in lockstep with the keys (null without a key function). */
  v: PyObject[] | null;
  /** The merge temp array (keys, values). */
  tk: PyObject[] = [];
  tv: PyObject[] = [];
  minGallop = MIN_GALLOP;
  pending: Run[] = [];
  listlen: number;
  lt: Lt;
  /** merge_init / merge_getmem: the temp array's capacity (the MergeState's own temparray of
   * MERGESTATE_TEMP_SIZE slots, half of them for keys with a key function) and the PyMem block
   * that replaced it (0: none). */
  alloced: number;
  addr = 0;
  addrBytes = 0;

  constructor(k: PyObject[], v: PyObject[] | null, lt: Lt) {
    this.k = k;
    this.v = v;
    this.listlen = k.length;
    this.lt = lt;
    this.alloced = v !== null ? Math.min((k.length + 1) >> 1, MERGESTATE_TEMP_SIZE / 2) : MERGESTATE_TEMP_SIZE;
  }
}

const MERGESTATE_TEMP_SIZE = 256;

/** MERGE_GETMEM(ms, need): a bigger temp array (the old one freed first, not realloc'd). */
function mergeGetmem(ms: MergeState, need: number): void {
  if (need <= ms.alloced) return;
  mergeFreemem(ms);
  const bytes = 8 * need * (ms.v !== null ? 2 : 1);
  ms.addr = allocBuffer(bytes);
  ms.addrBytes = bytes;
  ms.alloced = need;
}

function mergeFreemem(ms: MergeState): void {
  if (ms.addr !== 0) {
    freeBuffer(ms.addr, ms.addrBytes);
    ms.addr = 0;
  }
}

function safeCompare(a: PyObject, b: PyObject): boolean {
  return richCompareBool(a, b, 0);
}

/** unsafe_object_compare for keys that all have the type whose tp_richcompare is `rc`. */
function unsafeObjectCompare(rc: NonNullable<TypeInfo['richcompare']>): Lt {
  return (a, b) => {
    if ((a.t.v as TypeInfo).richcompare !== rc) return richCompareBool(a, b, 0);
    const r = rc(a, b, 0);
    if (r === S.NotImplemented) {
      decref(r);
      return richCompareBool(a, b, 0);
    }
    return consumeBool(r);
  };
}

/** unsafe_tuple_compare: `elem` compares the first items when they differ. */
function unsafeTupleCompare(elem: Lt): Lt {
  return (a, b) => {
    const v = a.v as PyObject[], w = b.v as PyObject[];
    const vlen = v.length, wlen = w.length;
    let i = 0;
    for (; i < vlen && i < wlen; i++) {
      if (!richCompareBool(v[i], w[i], 2)) break;
    }
    if (i >= vlen || i >= wlen) return vlen < wlen;
    if (i === 0) return elem(v[0], w[0]);
    return richCompareBool(v[i], w[i], 0);
  };
}

/** The pre-sort check: which compare list_sort_impl uses (only observable through how often a
 * user `__lt__` is called when it returns NotImplemented). */
function chooseCompare(keys: PyObject[]): Lt {
  const n = keys.length;
  const k0 = keys[0];
  let inTuples = k0.t === T.tuple && (k0.v as PyObject[]).length > 0;
  const keyType = inTuples ? (k0.v as PyObject[])[0].t : k0.t;
  let sameType = true;
  for (let i = 0; i < n; i++) {
    const x = keys[i];
    if (inTuples && !(x.t === T.tuple && (x.v as PyObject[]).length !== 0)) {
      inTuples = false;
      sameType = false;
      break;
    }
    const key = inTuples ? (x.v as PyObject[])[0] : x;
    if (key.t !== keyType) {
      sameType = false;
      if (!inTuples) break;
    }
  }
  let cmp: Lt = safeCompare;
  if (sameType) {
    const rc = (keyType.v as TypeInfo).richcompare;
    if (rc !== null) cmp = unsafeObjectCompare(rc);
  }
  if (inTuples) return unsafeTupleCompare(keyType === T.tuple ? safeCompare : cmp);
  return cmp;
}

function reverseRange(a: PyObject[], lo: number, hi: number): void {
  hi--;
  while (lo < hi) {
    const t = a[lo];
    a[lo] = a[hi];
    a[hi] = t;
    lo++;
    hi--;
  }
}

function sliceReverse(ms: MergeState, lo: number, n: number): void {
  reverseRange(ms.k, lo, lo + n);
  if (ms.v !== null) reverseRange(ms.v, lo, lo + n);
}

/** binarysort: a[lo:lo+ok] is sorted; insert the rest of a[lo:lo+n] by binary search. */
function binarySort(ms: MergeState, lo: number, n: number, ok: number): void {
  const a = ms.k, v = ms.v, lt = ms.lt;
  if (ok === 0) ok++;
  for (; ok < n; ok++) {
    let l = 0, r = ok;
    const pivot = a[lo + ok];
    do {
      const m = (l + r) >> 1;
      if (lt(pivot, a[lo + m])) r = m;
      else l = m + 1;
    } while (l < r);
    for (let m = ok; m > l; m--) a[lo + m] = a[lo + m - 1];
    a[lo + l] = pivot;
    if (v !== null) {
      const pv = v[lo + ok];
      for (let m = ok; m > l; m--) v[lo + m] = v[lo + m - 1];
      v[lo + l] = pv;
    }
  }
}

/** count_run up to 3.12: the run's length, and whether it is strictly descending. */
function countRunOld(ms: MergeState, lo: number, nremaining: number): [number, boolean] {
  const a = ms.k, lt = ms.lt;
  if (nremaining === 1) return [1, false];
  let n = 2;
  let i = lo + 1;
  const hi = lo + nremaining;
  if (lt(a[i], a[i - 1])) {
    for (i++; i < hi; i++, n++) {
      if (!lt(a[i], a[i - 1])) break;
    }
    return [n, true];
  }
  for (i++; i < hi; i++, n++) {
    if (lt(a[i], a[i - 1])) break;
  }
  return [n, false];
}

/** count_run from 3.13: the run is made ascending in place before returning its length. */
function countRunNew(ms: MergeState, lo: number, nremaining: number): number {
  const a = ms.k, lt = ms.lt;
  let n: number;
  for (n = 1; n < nremaining; n++) {
    if (lt(a[lo + n], a[lo + n - 1])) break;
  }
  if (n === nremaining) return n;
  if (n > 1) {
    if (lt(a[lo], a[lo + n - 1])) return n;
    sliceReverse(ms, lo, n);
  }
  n++;
  let neq = 0;
  for (; n < nremaining; n++) {
    if (lt(a[lo + n], a[lo + n - 1])) {
      if (neq) {
        neq++;
        sliceReverse(ms, lo + n - neq, neq);
        neq = 0;
      }
    } else if (lt(a[lo + n - 1], a[lo + n])) {
      break;
    } else {
      neq++;
    }
  }
  if (neq) {
    neq++;
    sliceReverse(ms, lo + n - neq, neq);
    neq = 0;
  }
  sliceReverse(ms, lo, n);
  for (; n < nremaining; n++) {
    if (lt(a[lo + n], a[lo + n - 1])) break;
  }
  return n;
}

/** gallop_left: k in 0..n with a[base+k-1] < key <= a[base+k]. */
function gallopLeft(lt: Lt, key: PyObject, a: PyObject[], base: number, n: number, hint: number): number {
  let lastofs = 0, ofs = 1;
  const h = base + hint;
  if (lt(a[h], key)) {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (lt(a[h + ofs], key)) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (lt(a[h - ofs], key)) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  }
  lastofs++;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(a[base + m], key)) lastofs = m + 1;
    else ofs = m;
  }
  return ofs;
}

/** gallop_right: k in 0..n with a[base+k-1] <= key < a[base+k]. */
function gallopRight(lt: Lt, key: PyObject, a: PyObject[], base: number, n: number, hint: number): number {
  let lastofs = 0, ofs = 1;
  const h = base + hint;
  if (lt(key, a[h])) {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (lt(key, a[h - ofs])) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  } else {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (lt(key, a[h + ofs])) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  lastofs++;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(key, a[base + m])) ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
}

/** Copy n slots (keys and values) from (src, si) to (dst, di); forward order. */
function copyFwd(
  dk: PyObject[], dv: PyObject[] | null, di: number,
  sk: PyObject[], sv: PyObject[] | null, si: number, n: number,
): void {
  for (let j = 0; j < n; j++) dk[di + j] = sk[si + j];
  if (dv !== null && sv !== null) for (let j = 0; j < n; j++) dv[di + j] = sv[si + j];
}

/** Copy n slots backwards (for an overlapping move to higher indices). */
function copyBack(
  dk: PyObject[], dv: PyObject[] | null, di: number,
  sk: PyObject[], sv: PyObject[] | null, si: number, n: number,
): void {
  for (let j = n - 1; j >= 0; j--) dk[di + j] = sk[si + j];
  if (dv !== null && sv !== null) for (let j = n - 1; j >= 0; j--) dv[di + j] = sv[si + j];
}

/** merge_lo: merge a[sa:sa+na] and a[sa+na:sa+na+nb], na <= nb, through a temp copy of the first run. */
function mergeLo(ms: MergeState, sa: number, na: number, nb: number): void {
  mergeGetmem(ms, na);
  const K = ms.k, V = ms.v, lt = ms.lt;
  const tk = ms.tk, tv = ms.tv;
  const hv = V !== null;
  copyFwd(tk, hv ? tv : null, 0, K, V, sa, na);
  let dest = sa;
  let pa = 0;
  let pb = sa + na;
  const put = (from: PyObject[], fromV: PyObject[] | null, i: number): void => {
    K[dest] = from[i];
    if (hv) (V as PyObject[])[dest] = (fromV as PyObject[])[i];
    dest++;
  };
  let copiedB = false;
  // CopyB: the last element of the first run belongs at the end of the merge.
  const copyB = (): void => {
    copyFwd(K, V, dest, K, V, pb, nb);
    K[dest + nb] = tk[pa];
    if (hv) (V as PyObject[])[dest + nb] = tv[pa];
    copiedB = true;
  };
  put(K, V, pb++);
  nb--;
  try {
    if (nb === 0) return;
    if (na === 1) { copyB(); return; }
    let minGallop = ms.minGallop;
    for (;;) {
      let acount = 0, bcount = 0;
      for (;;) {
        if (lt(K[pb], tk[pa])) {
          put(K, V, pb++);
          bcount++;
          acount = 0;
          nb--;
          if (nb === 0) return;
          if (bcount >= minGallop) break;
        } else {
          put(tk, tv, pa++);
          acount++;
          bcount = 0;
          na--;
          if (na === 1) { copyB(); return; }
          if (acount >= minGallop) break;
        }
      }
      minGallop++;
      do {
        minGallop -= minGallop > 1 ? 1 : 0;
        ms.minGallop = minGallop;
        let k = gallopRight(lt, K[pb], tk, pa, na, 0);
        acount = k;
        if (k) {
          copyFwd(K, V, dest, tk, hv ? tv : null, pa, k);
          dest += k;
          pa += k;
          na -= k;
          if (na === 1) { copyB(); return; }
          if (na === 0) return;
        }
        put(K, V, pb++);
        nb--;
        if (nb === 0) return;
        k = gallopLeft(lt, tk[pa], K, pb, nb, 0);
        bcount = k;
        if (k) {
          copyFwd(K, V, dest, K, V, pb, k);
          dest += k;
          pb += k;
          nb -= k;
          if (nb === 0) return;
        }
        put(tk, tv, pa++);
        na--;
        if (na === 1) { copyB(); return; }
      } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
      minGallop++;
      ms.minGallop = minGallop;
    }
  } finally {
    // Succeed and Fail: what is left of the first run fills the gap before the rest of the second.
    if (!copiedB && na) copyFwd(K, V, dest, tk, hv ? tv : null, pa, na);
  }
}

/** merge_hi: merge a[sa:sa+na] and a[sa+na:sa+na+nb], na >= nb, through a temp copy of the second run. */
function mergeHi(ms: MergeState, sa: number, na: number, nb: number): void {
  mergeGetmem(ms, nb);
  const K = ms.k, V = ms.v, lt = ms.lt;
  const tk = ms.tk, tv = ms.tv;
  const hv = V !== null;
  const sb = sa + na;
  copyFwd(tk, hv ? tv : null, 0, K, V, sb, nb);
  let dest = sb + nb - 1;
  let pa = sa + na - 1;
  let pb = nb - 1;
  const basea = sa;
  const put = (from: PyObject[], fromV: PyObject[] | null, i: number): void => {
    K[dest] = from[i];
    if (hv) (V as PyObject[])[dest] = (fromV as PyObject[])[i];
    dest--;
  };
  let copiedA = false;
  // CopyA: the first element of the second run belongs at the front of the merge.
  const copyA = (): void => {
    copyBack(K, V, dest + 1 - na, K, V, pa + 1 - na, na);
    dest -= na;
    pa -= na;
    K[dest] = tk[pb];
    if (hv) (V as PyObject[])[dest] = tv[pb];
    copiedA = true;
  };
  put(K, V, pa--);
  na--;
  try {
    if (na === 0) return;
    if (nb === 1) { copyA(); return; }
    let minGallop = ms.minGallop;
    for (;;) {
      let acount = 0, bcount = 0;
      for (;;) {
        if (lt(tk[pb], K[pa])) {
          put(K, V, pa--);
          acount++;
          bcount = 0;
          na--;
          if (na === 0) return;
          if (acount >= minGallop) break;
        } else {
          put(tk, tv, pb--);
          bcount++;
          acount = 0;
          nb--;
          if (nb === 1) { copyA(); return; }
          if (bcount >= minGallop) break;
        }
      }
      minGallop++;
      do {
        minGallop -= minGallop > 1 ? 1 : 0;
        ms.minGallop = minGallop;
        let k = gallopRight(lt, tk[pb], K, basea, na, na - 1);
        k = na - k;
        acount = k;
        if (k) {
          dest -= k;
          pa -= k;
          copyBack(K, V, dest + 1, K, V, pa + 1, k);
          na -= k;
          if (na === 0) return;
        }
        put(tk, tv, pb--);
        nb--;
        if (nb === 1) { copyA(); return; }
        k = gallopLeft(lt, K[pa], tk, 0, nb, nb - 1);
        k = nb - k;
        bcount = k;
        if (k) {
          dest -= k;
          pb -= k;
          copyFwd(K, V, dest + 1, tk, hv ? tv : null, pb + 1, k);
          nb -= k;
          if (nb === 1) { copyA(); return; }
          if (nb === 0) return;
        }
        put(K, V, pa--);
        na--;
        if (na === 0) return;
      } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
      minGallop++;
      ms.minGallop = minGallop;
    }
  } finally {
    // Succeed and Fail: what is left of the second run goes to the front of the gap.
    if (!copiedA && nb) copyFwd(K, V, dest - (nb - 1), tk, hv ? tv : null, 0, nb);
  }
}

/** merge_at: merge the runs at stack indices i and i+1. */
function mergeAt(ms: MergeState, i: number): void {
  const p = ms.pending;
  let sa = p[i].base, na = p[i].len;
  const sb = p[i + 1].base;
  let nb = p[i + 1].len;
  p[i].len = na + nb;
  p.splice(i + 1, 1);
  const K = ms.k;
  const k = gallopRight(ms.lt, K[sb], K, sa, na, 0);
  sa += k;
  na -= k;
  if (na === 0) return;
  nb = gallopLeft(ms.lt, K[sa + na - 1], K, sb, nb, nb - 1);
  if (nb <= 0) return;
  if (na <= nb) mergeLo(ms, sa, na, nb);
  else mergeHi(ms, sa, na, nb);
}

/** merge_collapse (3.8/3.10): restore the run-length invariants on the stack. */
function mergeCollapse(ms: MergeState): void {
  const p = ms.pending;
  while (p.length > 1) {
    let n = p.length - 2;
    if ((n > 0 && p[n - 1].len <= p[n].len + p[n + 1].len) ||
        (n > 1 && p[n - 2].len <= p[n - 1].len + p[n].len)) {
      if (p[n - 1].len < p[n + 1].len) n--;
      mergeAt(ms, n);
    } else if (p[n].len <= p[n + 1].len) {
      mergeAt(ms, n);
    } else break;
  }
}

/** powerloop (3.11+): the "power" of the run boundary between two adjacent runs. */
function powerloop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    result++;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a *= 2;
    b *= 2;
  }
  return result;
}

/** found_new_run (3.11+): merge runs of greater power before the new run is pushed. */
function foundNewRun(ms: MergeState, n2: number): void {
  const p = ms.pending;
  if (p.length) {
    const top = p[p.length - 1];
    const power = powerloop(top.base, top.len, n2, ms.listlen);
    while (p.length > 1 && p[p.length - 2].power > power) mergeAt(ms, p.length - 2);
    p[p.length - 1].power = power;
  }
}

function mergeForceCollapse(ms: MergeState): void {
  const p = ms.pending;
  while (p.length > 1) {
    let n = p.length - 2;
    if (n > 0 && p[n - 1].len < p[n + 1].len) n--;
    mergeAt(ms, n);
  }
}

function computeMinrun(n: number): number {
  let r = 0;
  while (n >= MAX_MINRUN) {
    r |= n & 1;
    n = Math.floor(n / 2);
  }
  return n + r;
}

/** The sort proper on keys (and values); throws what a comparison throws. */
function timsort(ms: MergeState): void {
  let nremaining = ms.k.length;
  const minrun = computeMinrun(nremaining);
  const newRuns = P.minor >= 13;
  const powersort = P.minor >= 11;
  let lo = 0;
  do {
    let n: number;
    if (newRuns) {
      n = countRunNew(ms, lo, nremaining);
    } else {
      const [len, descending] = countRunOld(ms, lo, nremaining);
      n = len;
      if (descending) sliceReverse(ms, lo, n);
    }
    if (n < minrun) {
      const force = nremaining <= minrun ? nremaining : minrun;
      binarySort(ms, lo, force, n);
      n = force;
    }
    if (powersort) {
      foundNewRun(ms, n);
      ms.pending.push({ base: lo, len: n, power: 0 });
    } else {
      ms.pending.push({ base: lo, len: n, power: 0 });
      mergeCollapse(ms);
    }
    lo += n;
    nremaining -= n;
  } while (nremaining);
  mergeForceCollapse(ms);
}

/** list_sort_impl. */
export function listSort(o: PyObject, key: PyObject | null, reverse: boolean): void {
  if (key === S.None) key = null;
  const items = o.v as PyObject[];
  const meta = o.d as ListMeta;
  // The list is made empty for the sort (ob_item NULL, allocated -1); `items` stays the list's
  // array object, and the saved items are sorted in `saved`.
  const saved = items.slice();
  const savedAlloc = meta.alloc, savedAddr = meta.addr;
  const n = saved.length;
  items.length = 0;
  meta.alloc = -1;
  meta.addr = 0;
  let error: unknown = null;
  let failed = false;
  let keys: PyObject[] | null = null;
  let keyfuncFailed = false;
  // the key array: the MergeState's temparray for short lists, else a PyMem block
  const keysBytes = key !== null && n >= MERGESTATE_TEMP_SIZE / 2 ? 8 * n : 0;
  const keysAddr = keysBytes > 0 ? allocBuffer(keysBytes) : 0;
  if (key !== null) {
    keys = [];
    try {
      for (let i = 0; i < n; i++) keys.push(call(key, [saved[i]]));
    } catch (e) {
      for (let i = keys.length - 1; i >= 0; i--) decref(keys[i]);
      if (keysAddr !== 0) freeBuffer(keysAddr, keysBytes);
      keys = null;
      error = e;
      failed = true;
      keyfuncFailed = true;
    }
  }
  if (!keyfuncFailed) {
    let msRef: MergeState | null = null;
    try {
      if (n > 1) {
        const ks = keys ?? saved;
        const ms = new MergeState(ks, keys !== null ? saved : null, chooseCompare(ks));
        if (reverse) {
          if (keys !== null) reverseRange(keys, 0, n);
          reverseRange(saved, 0, n);
        }
        msRef = ms;
        timsort(ms);
      }
    } catch (e) {
      error = e;
      failed = true;
    }
    if (keys !== null) for (let i = 0; i < n; i++) decref(keys[i]);
    if (keysAddr !== 0) freeBuffer(keysAddr, keysBytes);
    if (meta.alloc !== -1 && !failed) {
      failed = true;
      try {
        raise(T.ValueError, 'list modified during sort');
      } catch (e) {
        error = e;
      }
    }
    if (reverse && n > 1) reverseRange(saved, 0, n);
    if (msRef !== null) mergeFreemem(msRef);
  }
  // keyfunc_fail: put the saved items back and release what was put in the list meanwhile.
  // (list.clear may have replaced the list's array meanwhile.)
  const cur = o.v as PyObject[];
  const final = cur.slice();
  const finalAlloc = meta.alloc, finalAddr = meta.addr;
  cur.length = 0;
  for (let i = 0; i < n; i++) cur.push(saved[i]);
  meta.alloc = savedAlloc;
  meta.addr = savedAddr;
  for (let i = final.length - 1; i >= 0; i--) decref(final[i]);
  if (finalAddr !== 0) freeBuffer(finalAddr, 8 * finalAlloc);
  if (failed) throw error;
}
