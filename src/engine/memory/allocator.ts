// The simulated memory allocator behind every object and buffer: requests ≤ 512 bytes go to
// pymalloc-style size classes (Objects/obmalloc.c), larger ones to "malloc". It hands out
// addresses (what id() returns), keeps byte totals, and enforces the simulated-heap cap.
//
// Block reuse is LIFO per size class, like pymalloc's per-pool free lists, so identities behave
// as in CPython for the common cases (`id([]) == id([])`).
//
// Addresses are kept in 8-byte units (small integers, cheap for V8 to store in every object);
// `addressOf` turns one into the byte address id() shows.
import type { Profile } from '../profiles/profile';

export class HeapExhausted extends Error {
  constructor(public requested: number) {
    super(`simulated heap cap reached (request of ${requested} bytes)`);
  }
}

const SMALL_REQUEST_THRESHOLD = 512;
const POOL_OVERHEAD = 48;
/** Address units (8 bytes each): arenas from 128 MiB, malloc'd blocks from 1 GiB of the range. */
const ARENA_BASE = 1 << 24;
const MALLOC_BASE = 1 << 27;
const UNIT = 8;
/** Byte address of a unit address, in the 0x7f.. range mmap'd memory has on Linux. */
export function addressOf(units: number): number {
  return 0x7f0000000000 + units * UNIT;
}

export class Allocator {
  /** Bytes handed out (block sizes for pymalloc requests, request sizes for malloc). */
  inUse = 0;
  peak = 0;
  blocksInUse = 0;
  mallocBytes = 0;
  readonly alignment: number;
  private readonly poolSize: number;
  private readonly arenaSize: number;
  private readonly freeLists: number[][];
  /** Next virgin block per size class and the end of its current pool. */
  private readonly bump: number[];
  private readonly bumpEnd: number[];
  private nextPool = ARENA_BASE;
  private arenaEnd = ARENA_BASE;
  arenas = 0;
  pools = 0;
  private nextMalloc = MALLOC_BASE;
  private readonly mallocFree = new Map<number, number[]>();

  constructor(profile: Profile, readonly cap: number) {
    this.alignment = profile.alignment;
    this.poolSize = profile.poolSize;
    this.arenaSize = profile.arenaSize;
    const nclasses = SMALL_REQUEST_THRESHOLD / this.alignment;
    this.freeLists = Array.from({ length: nclasses }, () => []);
    this.bump = new Array<number>(nclasses).fill(0);
    this.bumpEnd = new Array<number>(nclasses).fill(0);
  }

  /** pymalloc block size for a request (0 if the request goes to malloc). */
  blockSize(n: number): number {
    if (n <= 0 || n > SMALL_REQUEST_THRESHOLD) return 0;
    const shift = this.alignment === 16 ? 4 : 3;
    return (((n - 1) >> shift) + 1) << shift;
  }

  malloc(n: number): number {
    if (n <= 0) n = 1;
    if (n <= SMALL_REQUEST_THRESHOLD) {
      const shift = this.alignment === 16 ? 4 : 3;
      const idx = (n - 1) >> shift;
      const size = (idx + 1) << shift;
      this.account(size);
      this.blocksInUse++;
      const fl = this.freeLists[idx];
      if (fl.length > 0) return fl.pop() as number;
      const units = size / UNIT;
      if (this.bump[idx] + units > this.bumpEnd[idx]) this.newPool(idx);
      const addr = this.bump[idx];
      this.bump[idx] += units;
      return addr;
    }
    this.account(n);
    this.mallocBytes += n;
    const fl = this.mallocFree.get(n);
    if (fl !== undefined && fl.length > 0) return fl.pop() as number;
    const addr = this.nextMalloc;
    this.nextMalloc += ((n + 31) & ~15) / UNIT;
    return addr;
  }

  free(addr: number, n: number): void {
    if (n <= 0) n = 1;
    if (n <= SMALL_REQUEST_THRESHOLD) {
      const shift = this.alignment === 16 ? 4 : 3;
      const idx = (n - 1) >> shift;
      this.inUse -= (idx + 1) << shift;
      this.blocksInUse--;
      this.freeLists[idx].push(addr);
      return;
    }
    this.inUse -= n;
    this.mallocBytes -= n;
    let fl = this.mallocFree.get(n);
    if (fl === undefined) {
      fl = [];
      this.mallocFree.set(n, fl);
    }
    fl.push(addr);
  }

  /** pymalloc_realloc: keep the block if the new size fits and is > 3/4 of it (obmalloc.c). */
  realloc(addr: number, oldN: number, newN: number): number {
    if (addr !== 0 && oldN > 0 && oldN <= SMALL_REQUEST_THRESHOLD && newN > 0) {
      const size = this.blockSize(oldN);
      if (newN <= size && 4 * newN > 3 * size) return addr;
    }
    const fresh = newN > 0 ? this.malloc(newN) : 0;
    if (addr !== 0 && oldN > 0) this.free(addr, oldN);
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

  private newPool(idx: number): void {
    const poolUnits = this.poolSize / UNIT;
    if (this.nextPool + poolUnits > this.arenaEnd) {
      this.arenas++;
      this.nextPool = this.arenaEnd === ARENA_BASE ? ARENA_BASE : this.arenaEnd;
      this.arenaEnd = this.nextPool + this.arenaSize / UNIT;
    }
    const pool = this.nextPool;
    this.nextPool += poolUnits;
    this.pools++;
    this.bump[idx] = pool + POOL_OVERHEAD / UNIT;
    this.bumpEnd[idx] = pool + poolUnits;
  }
}
