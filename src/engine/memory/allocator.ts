// The simulated memory allocator behind every object and buffer: CPython's pymalloc
// (Objects/obmalloc.c) for requests of 1..512 bytes, "malloc" for the rest.
//
// pymalloc is simulated structure for structure, so the choice of arena, pool and block for each
// request is CPython's (see docs/architecture.md, "Allocator"):
//   - size classes of ALIGNMENT bytes (16 on 64-bit 3.8+, 8 in the historical "seed" profile);
//   - pools of POOL_SIZE bytes with a 48-byte header, each serving one size class; per pool a
//     LIFO free list of freed blocks, then virgin blocks at increasing addresses;
//   - usedpools[class]: the partially used pools of a class, the head serving requests; a full
//     pool that gets a block back is linked at the front;
//   - arenas of ARENA_SIZE bytes (64 pools; 63 usable on 3.10+ where mmap's 4 KiB alignment
//     costs the first partial pool); per arena a LIFO list of emptied pools, then pools carved
//     at its high-water mark; `usable_arenas` sorted by ascending free pools (most used first)
//     with the nfp2lasta finger; an arena whose pools are all free is unmapped at once (3.8) or
//     unless it is the last usable arena (3.9+, bpo-37257);
//   - pymalloc_realloc: keep the block if the new size fits and is more than 3/4 of it.
//
// Addresses are kept in 8-byte units (small integers, cheap for V8 to keep in every object);
// `addressOf` turns one into the byte address id() shows. Arena slot k (CPython's arenas[k])
// maps to a fixed, power-of-two-sized address range, so a shift turns an address into its pool
// id (slot * 128 + pool index) and another into its arena.
import type { Profile } from '../profiles/profile';

export class HeapExhausted extends Error {
  constructor(public requested: number) {
    super(`simulated heap cap reached (request of ${requested} bytes)`);
  }
}

export const SMALL_REQUEST_THRESHOLD = 512;
export const POOL_OVERHEAD = 48;
const INITIAL_ARENA_OBJECTS = 16;
const MAX_POOLS_IN_ARENA = 64;
/** Pool ids per arena slot: the slot's address range is twice the arena (room for alignment). */
const SLOT_POOLS = 128;
const SLOT_SHIFT = 7;
/** Address units (8 bytes each): arenas from 128 MiB, malloc'd blocks from 8 GiB of the range. */
const ARENA_BASE = 1 << 24;
const MALLOC_BASE = 1 << 30;
const UNIT = 8;
/** Byte address of a unit address, in the 0x7f.. range mmap'd memory has on Linux. */
export function addressOf(units: number): number {
  return 0x7f0000000000 + units * UNIT;
}

/** One size class in a `_debugmallocstats` report. */
export interface ClassStats {
  index: number;
  size: number;
  pools: number;
  blocksInUse: number;
  blocksAvailable: number;
}

/** The numbers `sys._debugmallocstats()` prints for pymalloc (Objects/obmalloc.c). */
export interface MallocStats {
  classes: ClassStats[];
  arenasAllocatedTotal: number;
  arenasReclaimed: number;
  arenasHighwater: number;
  arenasCurrent: number;
  arenaSize: number;
  poolSize: number;
  numClasses: number;
  bytesInAllocatedBlocks: number;
  bytesInAvailableBlocks: number;
  unusedPools: number;
  poolHeaderBytes: number;
  quantization: number;
  arenaAlignment: number;
}

/** One pool as the heap panel draws it. */
export interface PoolView {
  /** Index of the pool inside its arena's address range (0..63). */
  index: number;
  /** Size class index, -1 if the pool was never used. */
  sizeClass: number;
  blockSize: number;
  used: number;
  capacity: number;
  /** Blocks never handed out yet (virgin). */
  virgin: number;
  /** Of the blocks in use, those the interpreter had when the program started (its start-up
   * state and the runtime's own objects), which the program did not allocate. */
  startup: number;
}

export interface ArenaView {
  slot: number;
  address: number;
  totalPools: number;
  freePools: number;
  pools: PoolView[];
}

/** The address units a malloc'd block of n bytes spans (its chunk header, 16-byte aligned). */
function mallocSpan(n: number): number {
  return ((n + 31) & ~15) / UNIT;
}

export class Allocator {
  /** Bytes handed out (block sizes for pymalloc requests, request sizes for malloc). */
  inUse = 0;
  peak = 0;
  blocksInUse = 0;
  mallocBytes = 0;
  readonly alignment: number;
  private readonly shift: number;
  private readonly numClasses: number;
  readonly poolSize: number;
  readonly arenaSize: number;
  private readonly poolUnits: number;
  /** log2 of the pool size in address units: address >> poolShift is the pool id. */
  private readonly poolShift: number;
  /** Pools per arena after alignment (64, or 63 when mmap's alignment costs one). */
  private readonly poolsPerArena: number;
  private readonly keepTailArena: boolean;

  // ---- arenas (struct arena_object), by slot
  private maxArenas = 0;
  private aAllocated: Uint8Array = new Uint8Array(0);
  private aNfree: Int32Array = new Int32Array(0);
  private aNtotal: Int32Array = new Int32Array(0);
  /** Index (0..63) of the next pool to carve: the arena's pool_address. */
  private aCarve: Int32Array = new Int32Array(0);
  /** Head of the arena's freepools list (pool id), -1 if none. */
  private aFreePools: Int32Array = new Int32Array(0);
  private aNext: Int32Array = new Int32Array(0);
  private aPrev: Int32Array = new Int32Array(0);
  private usableArenas = -1;
  private unusedArenaObjects = -1;
  private readonly nfp2lasta: Int32Array;
  arenasAllocatedTotal = 0;
  arenasCurrent = 0;
  arenasHighwater = 0;
  /** Pools with at least one block in use. */
  poolsInUse = 0;

  // ---- pools (struct pool_header), by pool id = slot * 128 + index in the arena
  private pCount: Int32Array = new Int32Array(0);
  /** Start-up blocks seeded into each pool. */
  private pStartup: Int32Array = new Int32Array(0);
  /** Size class index; -1 before the pool is first used (DUMMY_SIZE_IDX). */
  private pSz: Int32Array = new Int32Array(0);
  /** Virgin blocks handed out so far (nextoffset in blocks). */
  private pVirgin: Int32Array = new Int32Array(0);
  private pNext: Int32Array = new Int32Array(0);
  private pPrev: Int32Array = new Int32Array(0);
  /** Each pool's LIFO free list of freed block addresses (pool->freeblock). */
  private pFree: number[][] = [];
  /** Head pool id of usedpools[class] (a circular list), -1 when empty. */
  private readonly usedHead: Int32Array;
  /** Blocks per pool of each size class (NUMBLOCKS). */
  private readonly numBlocks: Int32Array;

  // ---- malloc (> 512 bytes)
  private nextMalloc = MALLOC_BASE;
  private readonly mallocFree = new Map<number, number[]>();
  /** Request size of every live malloc'd block (what free() gives back). */
  private readonly mallocSize = new Map<number, number>();

  constructor(profile: Profile, readonly cap: number) {
    this.alignment = profile.alignment;
    this.shift = profile.alignment === 16 ? 4 : 3;
    this.numClasses = SMALL_REQUEST_THRESHOLD >> this.shift;
    this.poolSize = profile.poolSize;
    this.arenaSize = profile.arenaSize;
    this.poolUnits = this.poolSize / UNIT;
    this.poolShift = Math.log2(this.poolUnits);
    if (!Number.isInteger(this.poolShift) || this.arenaSize !== MAX_POOLS_IN_ARENA * this.poolSize) throw new Error('pool and arena sizes must be powers of two, 64 pools per arena');
    this.poolsPerArena = profile.usablePoolsPerArena;
    this.keepTailArena = profile.keepEmptyTailArena;
    this.nfp2lasta = new Int32Array(MAX_POOLS_IN_ARENA + 1).fill(-1);
    this.usedHead = new Int32Array(this.numClasses).fill(-1);
    this.numBlocks = new Int32Array(this.numClasses);
    for (let i = 0; i < this.numClasses; i++) this.numBlocks[i] = Math.floor((this.poolSize - POOL_OVERHEAD) / ((i + 1) << this.shift));
  }

  /** pymalloc block size for a request (0 if the request goes to malloc). */
  blockSize(n: number): number {
    if (n <= 0 || n > SMALL_REQUEST_THRESHOLD) return 0;
    return (((n - 1) >> this.shift) + 1) << this.shift;
  }

  /** _PyObject_Malloc: a pymalloc block for 1..512 bytes, else malloc (also for 0 bytes). */
  malloc(n: number): number {
    if (n > 0 && n <= SMALL_REQUEST_THRESHOLD) {
      const idx = (n - 1) >> this.shift;
      this.account((idx + 1) << this.shift);
      this.blocksInUse++;
      if (this.claimStartup) {
        const addr = this.takeSeeded(idx);
        if (addr !== 0) {
          this.startupBlocks--;
          this.claimed.add(addr);
          return addr;
        }
      }
      return this.poolAlloc(idx);
    }
    return this.rawMalloc(n);
  }

  /** _PyObject_Free of a block of `n` requested bytes. */
  free(addr: number, n: number): void {
    if (addr < ARENA_BASE) throw new Error(`free of an address the allocator never gave out (${addr})`);
    if (addr < MALLOC_BASE) {
      const pid = this.poolOf(addr);
      if (this.claimStartup && this.claimed.delete(addr)) {
        // a start-up block the runtime used for a while: it stays part of the start-up heap
        this.inUse -= (this.pSz[pid] + 1) << this.shift;
        this.blocksInUse--;
        this.startupBlocks++;
        (this.seededBack[this.pSz[pid]] ??= []).push(addr);
        return;
      }
      this.inUse -= (this.pSz[pid] + 1) << this.shift;
      this.blocksInUse--;
      this.poolFree(pid, addr);
      return;
    }
    this.rawFree(addr, n);
  }

  /** _PyObject_Realloc: pymalloc_realloc, or libc realloc for a malloc'd block (which stays in
   * malloc even when it shrinks below 512 bytes). */
  realloc(addr: number, oldN: number, newN: number): number {
    if (addr === 0) return this.malloc(newN);
    if (addr < MALLOC_BASE) {
      const size = (this.pSz[this.poolOf(addr)] + 1) << this.shift;
      if (newN <= size && 4 * newN > 3 * size) return addr;
      const fresh = this.malloc(newN);
      this.free(addr, oldN);
      return fresh;
    }
    const cur = this.mallocSize.get(addr) ?? oldN;
    if (newN === cur) return addr;
    if (addr + mallocSpan(cur) === this.nextMalloc) {
      // the block at the top of the malloc heap grows or shrinks where it is, as glibc's realloc
      // extends the top chunk (a string built by += keeps its address)
      this.account(newN - cur);
      this.mallocBytes += newN - cur;
      this.mallocSize.set(addr, newN);
      this.nextMalloc = addr + mallocSpan(newN);
      return addr;
    }
    const fresh = this.rawMalloc(newN);
    this.rawFree(addr, oldN);
    return fresh;
  }

  private account(bytes: number): void {
    this.inUse += bytes;
    if (this.inUse > this.cap) {
      this.inUse -= bytes;
      throw new HeapExhausted(bytes);
    }
    if (this.inUse > this.peak) this.peak = this.inUse;
  }

  // ---------------------------------------------------------------- malloc

  private rawMalloc(n: number): number {
    this.account(n);
    this.mallocBytes += n;
    const fl = this.mallocFree.get(n);
    let addr: number;
    if (fl !== undefined && fl.length > 0) {
      addr = fl.pop() as number;
    } else {
      addr = this.nextMalloc;
      this.nextMalloc += mallocSpan(n);
    }
    this.mallocSize.set(addr, n);
    return addr;
  }

  private rawFree(addr: number, given: number): void {
    const n = this.mallocSize.get(addr) ?? given;
    this.mallocSize.delete(addr);
    this.inUse -= n;
    this.mallocBytes -= n;
    let fl = this.mallocFree.get(n);
    if (fl === undefined) {
      fl = [];
      this.mallocFree.set(n, fl);
    }
    fl.push(addr);
  }

  // ---------------------------------------------------------------- pools

  private poolAddress(pid: number): number {
    return ARENA_BASE + pid * this.poolUnits;
  }

  private poolOf(addr: number): number {
    return (addr - ARENA_BASE) >>> this.poolShift;
  }

  /** pymalloc_alloc for size class `idx`. */
  private poolAlloc(idx: number): number {
    let pid = this.usedHead[idx];
    if (pid < 0) return this.allocateFromNewPool(idx);
    const addr = this.takeBlock(pid, idx);
    if (this.pCount[pid] === this.numBlocks[idx]) this.unlinkUsed(pid, idx);
    return addr;
  }

  /** Pop the pool's free list, else its next virgin block. */
  private takeBlock(pid: number, idx: number): number {
    this.pCount[pid]++;
    const fl = this.pFree[pid];
    if (fl.length > 0) return fl.pop() as number;
    const v = this.pVirgin[pid]++;
    return this.poolAddress(pid) + (POOL_OVERHEAD + v * ((idx + 1) << this.shift)) / UNIT;
  }

  private unlinkUsed(pid: number, idx: number): void {
    const next = this.pNext[pid];
    if (next === pid) {
      this.usedHead[idx] = -1;
    } else {
      const prev = this.pPrev[pid];
      this.pNext[prev] = next;
      this.pPrev[next] = prev;
      if (this.usedHead[idx] === pid) this.usedHead[idx] = next;
    }
  }

  /** Link `pid` at the front of usedpools[idx] (insert_to_usedpool, and a fresh pool). */
  private linkUsedFront(pid: number, idx: number): void {
    const head = this.usedHead[idx];
    if (head < 0) {
      this.pNext[pid] = pid;
      this.pPrev[pid] = pid;
    } else {
      const tail = this.pPrev[head];
      this.pNext[pid] = head;
      this.pPrev[pid] = tail;
      this.pPrev[head] = pid;
      this.pNext[tail] = pid;
    }
    this.usedHead[idx] = pid;
  }

  private allocateFromNewPool(idx: number): number {
    const pid = this.newPool(idx);
    const addr = this.takeBlock(pid, idx);
    if (this.pCount[pid] === this.numBlocks[idx]) this.unlinkUsed(pid, idx);
    return addr;
  }

  /** allocate_from_new_pool up to the first block: a pool for class `idx` from the most used
   * usable arena (mapping one if there is none), linked at the front of usedpools[idx]. */
  private newPool(idx: number): number {
    if (this.usableArenas < 0) {
      const a = this.newArena();
      this.usableArenas = a;
      this.aNext[a] = -1;
      this.aPrev[a] = -1;
      this.nfp2lasta[this.aNfree[a]] = a;
    }
    const ua = this.usableArenas;
    const nf = this.aNfree[ua];
    if (this.nfp2lasta[nf] === ua) this.nfp2lasta[nf] = -1;
    if (nf > 1) this.nfp2lasta[nf - 1] = ua;

    let pid = this.aFreePools[ua];
    if (pid >= 0) {
      this.aFreePools[ua] = this.pNext[pid];
    } else {
      pid = ua * SLOT_POOLS + this.aCarve[ua]++;
      this.pSz[pid] = -1;
      this.pCount[pid] = 0;
      this.pVirgin[pid] = 0;
      this.pFree[pid] = [];
    }
    if (--this.aNfree[ua] === 0) {
      this.usableArenas = this.aNext[ua];
      if (this.usableArenas >= 0) this.aPrev[this.usableArenas] = -1;
    }
    this.linkUsedFront(pid, idx);
    this.poolsInUse++;
    this.pStartup[pid] = 0;
    if (this.pSz[pid] !== idx) {
      // A pool new to this size class: its header and free list start over.
      this.pSz[pid] = idx;
      this.pVirgin[pid] = 0;
      this.pFree[pid] = [];
    }
    return pid;
  }

  /** Blocks the interpreter itself had in use when the program started (not program memory). */
  startupBlocks = 0;
  /** Per size class, the seeded start-up blocks not yet claimed, as runs of consecutive blocks
   * [pool, next block, end] (the last run is taken from, lowest block first), under the blocks
   * given back (`seededBack`, taken first: last given back, first taken). Runs rather than one
   * address per block: start-up seeds tens of thousands of blocks and claims a few hundred. */
  private seededRuns: number[][] = [];
  private seededBack: number[][] = [];

  /** The next seeded start-up block of class `idx` (0 when none is left). */
  private takeSeeded(idx: number): number {
    const back = this.seededBack[idx];
    if (back !== undefined && back.length > 0) return back.pop() as number;
    const runs = this.seededRuns[idx];
    if (runs === undefined || runs.length === 0) return 0;
    const end = runs.length - 3;
    const pid = runs[end];
    const k = runs[end + 1]++;
    if (k + 1 >= runs[end + 2]) runs.length = end;
    return this.poolAddress(pid) + (POOL_OVERHEAD + k * ((idx + 1) << this.shift)) / UNIT;
  }
  /** While set (the runtime building its types, builtins and singletons), small allocations take
   * one of the seeded start-up blocks of their class, and frees give them back: those objects are
   * part of what CPython had allocated when the start-up state was measured, so they must not
   * come on top of it. */
  claimStartup = false;
  /** Seeded blocks handed out while claimStartup is set (the set is only used then). */
  private claimed = new Set<number>();

  /** End of the runtime's start-up: later allocations are the program's. */
  endStartup(): void {
    this.claimStartup = false;
    this.claimed.clear();
  }

  /** Lay out the heap a real interpreter has when a script starts, from a measurement of
   * `sys._debugmallocstats()` (scripts/record-baselines.mjs): per size class, its pools with
   * the blocks in use spread over them, then empty arenas up to the measured count. Where each
   * block sits in CPython is not known; what matters for the program is which classes have
   * partly used pools and how many free pools the arenas have, and that is reproduced. The
   * blocks are not counted as program memory (`inUse`). */
  seedStartup(classes: readonly (readonly [number, number, number])[], arenas: number): void {
    for (const [idx, pools, blocks] of classes) {
      if (idx >= this.numClasses || pools <= 0) continue;
      for (let p = 0; p < pools; p++) {
        const pid = this.newPool(idx);
        const n = Math.min(this.numBlocks[idx], Math.max(1, Math.floor(blocks / pools) + (p < blocks % pools ? 1 : 0)));
        this.pCount[pid] = n;
        this.pVirgin[pid] = n;
        this.pStartup[pid] = n;
        this.startupBlocks += n;
        (this.seededRuns[idx] ??= []).push(pid, 0, n);
        if (n === this.numBlocks[idx]) this.unlinkUsed(pid, idx);
      }
    }
    while (this.arenasCurrent < arenas) {
      // Empty arenas: each takes its place in usable_arenas as a fresh arena would.
      const a = this.newArena();
      const nf = this.aNfree[a];
      let at = this.usableArenas;
      let prev = -1;
      while (at >= 0 && this.aNfree[at] <= nf) {
        prev = at;
        at = this.aNext[at];
      }
      this.aPrev[a] = prev;
      this.aNext[a] = at;
      if (prev >= 0) this.aNext[prev] = a;
      else this.usableArenas = a;
      if (at >= 0) this.aPrev[at] = a;
      this.nfp2lasta[nf] = a;
    }
    this.arenasHighwater = this.arenasAllocatedTotal = this.arenasCurrent;
  }

  /** pymalloc_free of a block in pool `pid`. */
  private poolFree(pid: number, addr: number): void {
    const idx = this.pSz[pid];
    const wasFull = this.pCount[pid] === this.numBlocks[idx];
    this.pFree[pid].push(addr);
    const count = --this.pCount[pid];
    if (wasFull) {
      // A full pool is in no list: link it at the front of usedpools (it serves next). A
      // one-block pool cannot get here with count 0 (NUMBLOCKS >= 7).
      this.linkUsedFront(pid, idx);
      return;
    }
    if (count !== 0) return;
    this.unlinkUsed(pid, idx);
    this.poolsInUse--;
    this.insertToFreepool(pid);
  }

  /** insert_to_freepool: the pool is empty; arena bookkeeping. */
  private insertToFreepool(pid: number): void {
    const ao = pid >> SLOT_SHIFT;
    this.pNext[pid] = this.aFreePools[ao];
    this.aFreePools[ao] = pid;
    let nf = this.aNfree[ao];
    const lastnf = this.nfp2lasta[nf];
    if (lastnf === ao) {
      const p = this.aPrev[ao];
      this.nfp2lasta[nf] = p >= 0 && this.aNfree[p] === nf ? p : -1;
    }
    this.aNfree[ao] = ++nf;

    // Case 1: every pool is free: unmap the arena (3.9+: unless it is the tail of usable_arenas).
    if (nf === this.aNtotal[ao] && (!this.keepTailArena || this.aNext[ao] >= 0)) {
      const prev = this.aPrev[ao];
      const next = this.aNext[ao];
      if (prev < 0) this.usableArenas = next;
      else this.aNext[prev] = next;
      if (next >= 0) this.aPrev[next] = prev;
      this.aNext[ao] = this.unusedArenaObjects;
      this.unusedArenaObjects = ao;
      this.aAllocated[ao] = 0;
      this.arenasCurrent--;
      return;
    }
    // Case 2: the arena's only free pool: it goes to the head of usable_arenas.
    if (nf === 1) {
      this.aNext[ao] = this.usableArenas;
      this.aPrev[ao] = -1;
      if (this.usableArenas >= 0) this.aPrev[this.usableArenas] = ao;
      this.usableArenas = ao;
      if (this.nfp2lasta[1] < 0) this.nfp2lasta[1] = ao;
      return;
    }
    if (this.nfp2lasta[nf] < 0) this.nfp2lasta[nf] = ao;
    // Case 4: it was the rightmost arena with the old count: the order still holds.
    if (ao === lastnf) return;
    // Case 3: slide it right, after the rightmost arena with the old count.
    const prev = this.aPrev[ao];
    const next = this.aNext[ao];
    if (prev >= 0) this.aNext[prev] = next;
    else this.usableArenas = next;
    this.aPrev[next] = prev;
    this.aNext[ao] = this.aNext[lastnf];
    this.aPrev[ao] = lastnf;
    this.aNext[lastnf] = ao;
    if (this.aNext[ao] >= 0) this.aPrev[this.aNext[ao]] = ao;
  }

  /** new_arena: take an arena object (doubling the vector when none is left) and "mmap". */
  private newArena(): number {
    if (this.unusedArenaObjects < 0) {
      const old = this.maxArenas;
      const n = old === 0 ? INITIAL_ARENA_OBJECTS : old * 2;
      this.growArenas(n);
      for (let i = old; i < n; i++) this.aNext[i] = i < n - 1 ? i + 1 : -1;
      this.unusedArenaObjects = old;
    }
    const a = this.unusedArenaObjects;
    // The arenas' address range is full (4 GiB of 1 MiB arenas): mmap fails, MemoryError.
    if ((a + 1) * SLOT_POOLS * this.poolUnits > MALLOC_BASE - ARENA_BASE) throw new HeapExhausted(this.arenaSize);
    this.unusedArenaObjects = this.aNext[a];
    this.aAllocated[a] = 1;
    this.arenasCurrent++;
    this.arenasAllocatedTotal++;
    if (this.arenasCurrent > this.arenasHighwater) this.arenasHighwater = this.arenasCurrent;
    this.aFreePools[a] = -1;
    this.aNfree[a] = this.poolsPerArena;
    this.aNtotal[a] = this.poolsPerArena;
    // With one pool lost to alignment, the pools start one pool into the arena's range.
    this.aCarve[a] = MAX_POOLS_IN_ARENA - this.poolsPerArena;
    return a;
  }

  private growArenas(n: number): void {
    const grow32 = (a: Int32Array): Int32Array => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    const allocated = new Uint8Array(n);
    allocated.set(this.aAllocated);
    this.aAllocated = allocated;
    this.aNfree = grow32(this.aNfree);
    this.aNtotal = grow32(this.aNtotal);
    this.aCarve = grow32(this.aCarve);
    this.aFreePools = grow32(this.aFreePools);
    this.aNext = grow32(this.aNext);
    this.aPrev = grow32(this.aPrev);
    const np = n * SLOT_POOLS;
    const growP = (a: Int32Array): Int32Array => {
      const b = new Int32Array(np);
      b.set(a);
      return b;
    };
    this.pCount = growP(this.pCount);
    this.pStartup = growP(this.pStartup);
    this.pSz = growP(this.pSz);
    this.pVirgin = growP(this.pVirgin);
    this.pNext = growP(this.pNext);
    this.pPrev = growP(this.pPrev);
    for (let i = this.pFree.length; i < np; i++) this.pFree.push([]);
    this.maxArenas = n;
  }

  /** Where a block is: its arena slot, pool index and size class, or malloc. */
  describe(addr: number): { arena: number; pool: number; sizeClass: number; blockSize: number } | { malloc: true; bytes: number } | null {
    if (addr < ARENA_BASE) return null;
    if (addr >= MALLOC_BASE) return { malloc: true, bytes: this.mallocSize.get(addr) ?? 0 };
    const pid = this.poolOf(addr);
    const sz = this.pSz[pid];
    return { arena: pid >> SLOT_SHIFT, pool: pid & (SLOT_POOLS - 1), sizeClass: sz, blockSize: (sz + 1) << this.shift };
  }

  /** The bytes a live block takes: its size class, or the malloc'd size. */
  blockBytes(addr: number): number {
    if (addr < ARENA_BASE) return 0;
    if (addr >= MALLOC_BASE) return this.mallocSize.get(addr) ?? 0;
    return (this.pSz[this.poolOf(addr)] + 1) << this.shift;
  }

  /** A dense number for a live pymalloc block (its pool id × 1024 + its index in the pool),
   * or -1 for a malloc'd block: lets a tracker keep per-block data in typed arrays. */
  blockSlot(addr: number): number {
    if (addr < ARENA_BASE || addr >= MALLOC_BASE) return -1;
    const pid = this.poolOf(addr);
    const off = addr - this.poolAddress(pid) - POOL_OVERHEAD / UNIT;
    return pid * 1024 + Math.floor(off / ((this.pSz[pid] + 1) << (this.shift - 3)));
  }

  // ---------------------------------------------------------------- reports

  /** What `_PyObject_DebugMallocStats` counts: every carved pool of every mapped arena. */
  stats(): MallocStats {
    const pools = new Array<number>(this.numClasses).fill(0);
    const used = new Array<number>(this.numClasses).fill(0);
    const avail = new Array<number>(this.numClasses).fill(0);
    let narenas = 0;
    let unused = 0;
    let alignmentLoss = 0;
    for (let a = 0; a < this.maxArenas; a++) {
      if (this.aAllocated[a] === 0) continue;
      narenas++;
      unused += this.aNfree[a];
      const first = MAX_POOLS_IN_ARENA - this.aNtotal[a];
      if (first > 0) alignmentLoss += this.poolSize;
      for (let i = first; i < this.aCarve[a]; i++) {
        const pid = a * SLOT_POOLS + i;
        const c = this.pCount[pid];
        if (c === 0) continue;
        const sz = this.pSz[pid];
        pools[sz]++;
        used[sz] += c;
        avail[sz] += this.numBlocks[sz] - c;
      }
    }
    const classes: ClassStats[] = [];
    let allocated = 0;
    let available = 0;
    let headers = 0;
    let quantization = 0;
    for (let i = 0; i < this.numClasses; i++) {
      if (pools[i] === 0) continue;
      const size = (i + 1) << this.shift;
      classes.push({ index: i, size, pools: pools[i], blocksInUse: used[i], blocksAvailable: avail[i] });
      allocated += used[i] * size;
      available += avail[i] * size;
      headers += pools[i] * POOL_OVERHEAD;
      quantization += pools[i] * ((this.poolSize - POOL_OVERHEAD) % size);
    }
    return {
      classes,
      arenasAllocatedTotal: this.arenasAllocatedTotal,
      arenasReclaimed: this.arenasAllocatedTotal - narenas,
      arenasHighwater: this.arenasHighwater,
      arenasCurrent: narenas,
      arenaSize: this.arenaSize,
      poolSize: this.poolSize,
      numClasses: this.numClasses,
      bytesInAllocatedBlocks: allocated,
      bytesInAvailableBlocks: available,
      unusedPools: unused,
      poolHeaderBytes: headers,
      quantization,
      arenaAlignment: alignmentLoss,
    };
  }

  /** Every mapped arena and its pools, for the heap views. */
  arenas(): ArenaView[] {
    const out: ArenaView[] = [];
    for (let a = 0; a < this.maxArenas; a++) {
      if (this.aAllocated[a] === 0) continue;
      const first = MAX_POOLS_IN_ARENA - this.aNtotal[a];
      const pools: PoolView[] = [];
      for (let i = first; i < MAX_POOLS_IN_ARENA; i++) {
        const pid = a * SLOT_POOLS + i;
        if (i >= this.aCarve[a]) {
          pools.push({ index: i, sizeClass: -1, blockSize: 0, used: 0, capacity: 0, virgin: 0, startup: 0 });
          continue;
        }
        const sz = this.pSz[pid];
        const capacity = sz >= 0 ? this.numBlocks[sz] : 0;
        pools.push({
          index: i,
          sizeClass: sz,
          blockSize: sz >= 0 ? (sz + 1) << this.shift : 0,
          used: this.pCount[pid],
          capacity,
          virgin: capacity - this.pVirgin[pid],
          startup: Math.min(this.pStartup[pid], this.pCount[pid]),
        });
      }
      out.push({ slot: a, address: addressOf(ARENA_BASE + a * SLOT_POOLS * this.poolUnits), totalPools: this.aNtotal[a], freePools: this.aNfree[a], pools });
    }
    return out;
  }
}
