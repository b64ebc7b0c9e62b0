// Unit tests of the simulated pymalloc (src/engine/memory/allocator.ts): the rules of
// Objects/obmalloc.c that decide which arena, pool and block serves a request. The differential
// suite (test/oracle/alloc.test.ts) checks the same allocator against real CPython's reports;
// these pin down the individual rules, one per test, on a heap that starts empty.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Allocator, type MallocStats } from '../../src/engine/memory/allocator';
import { formatMallocStats } from '../../src/engine/memory/mallocstats';
import { PROFILES } from '../../src/engine/profiles/profile';
import { simulate } from '../../src/engine';

const CAP = 1 << 30;
const p38 = PROFILES['3.8'];
const p311 = PROFILES['3.11'];

/** Allocate `n` blocks of `size` bytes; returns their addresses. */
function fill(a: Allocator, size: number, n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(a.malloc(size));
  return out;
}

function poolsOf(a: Allocator, sizeClass: number): number {
  return a.stats().classes.find((c) => c.index === sizeClass)?.pools ?? 0;
}

describe('allocator: pymalloc geometry', () => {
  it('3.10+: 1 MiB arenas of 63 usable 16 KiB pools, 510 blocks of 32 bytes per pool', () => {
    const a = new Allocator(p311, CAP);
    fill(a, 24, 63 * 510);
    assert.equal(a.stats().arenasCurrent, 1);
    assert.equal(a.stats().unusedPools, 0);
    a.malloc(24);
    const s = a.stats();
    assert.equal(s.arenasCurrent, 2);
    assert.equal(poolsOf(a, 1), 64);
    assert.equal(s.arenaAlignment, 2 * 16384, 'one pool per arena lost to alignment');
  });

  it('3.8: 256 KiB arenas of 64 pools of 4 KiB, 126 blocks of 32 bytes per pool', () => {
    const a = new Allocator(p38, CAP);
    fill(a, 24, 64 * 126);
    assert.equal(a.stats().arenasCurrent, 1);
    a.malloc(24);
    assert.equal(a.stats().arenasCurrent, 2);
    assert.equal(a.stats().arenaAlignment, 0);
  });

  it('requests above 512 bytes (and of 0 bytes) go to malloc, not to pools', () => {
    const a = new Allocator(p311, CAP);
    a.malloc(513);
    a.malloc(0);
    assert.equal(a.stats().arenasCurrent, 0);
    a.malloc(512);
    assert.equal(poolsOf(a, 31), 1);
  });
});

describe('allocator: which block serves a request', () => {
  it('a pool hands out its freed blocks last-in first-out, then virgin blocks upwards', () => {
    const a = new Allocator(p311, CAP);
    const [x, y, z] = fill(a, 16, 3);
    assert.ok(x < y && y < z, 'virgin blocks at increasing addresses');
    a.free(x, 16);
    a.free(z, 16);
    assert.equal(a.malloc(16), z);
    assert.equal(a.malloc(16), x);
    assert.ok(a.malloc(16) > z);
  });

  it('a full pool that gets a block back is linked at the front of usedpools and serves next', () => {
    const a = new Allocator(p311, CAP);
    const first = fill(a, 512, 31); // one full pool of 512-byte blocks
    const second = a.malloc(512); // a second pool
    a.malloc(512);
    a.free(first[10], 512);
    assert.equal(a.malloc(512), first[10]);
    assert.notEqual(a.malloc(512), second);
  });

  it('an emptied pool goes back to its arena and is re-initialised for another size class', () => {
    const a = new Allocator(p311, CAP);
    const blocks = fill(a, 16, 5);
    for (const b of blocks) a.free(b, 16);
    assert.equal(poolsOf(a, 0), 0);
    const big = a.malloc(500);
    assert.equal(big, blocks[0], 'the first block of the freed pool, now of 512-byte blocks');
    assert.equal(poolsOf(a, 31), 1);
  });

  it('a new pool comes from the most used usable arena (usable_arenas is sorted)', () => {
    const a = new Allocator(p311, CAP);
    // Two arenas: the first full of 32-byte pools, the second with one pool.
    const arena1 = fill(a, 24, 63 * 510);
    const arena2 = fill(a, 24, 1);
    // Empty three pools of the first arena: it now has 3 free pools, the second 62.
    for (const b of arena1.slice(0, 3 * 510)) a.free(b, 24);
    const p = a.malloc(100); // a new size class needs a new pool
    const arenaOf = (addr: number): number =>
      a.arenas().findIndex((ar) => addressOfUnits(addr) >= ar.address && addressOfUnits(addr) < ar.address + 2 * 1024 * 1024);
    assert.equal(arenaOf(p), arenaOf(arena1[0]), 'the fuller arena serves the new pool');
    assert.notEqual(arenaOf(p), arenaOf(arena2[0]));
  });
});

/** Byte address of a unit address (allocator.ts addressOf). */
function addressOfUnits(units: number): number {
  return 0x7f0000000000 + units * 8;
}

describe('allocator: returning arenas', () => {
  it('3.8 unmaps an arena as soon as all its pools are free', () => {
    const a = new Allocator(p38, CAP);
    const blocks = fill(a, 24, 100);
    for (const b of blocks) a.free(b, 24);
    const s = a.stats();
    assert.equal(s.arenasCurrent, 0);
    assert.equal(s.arenasReclaimed, 1);
  });

  it('3.9+ keeps a wholly free arena when it is the last usable one, and unmaps the others', () => {
    const a = new Allocator(p311, CAP);
    const blocks = fill(a, 24, 3 * 63 * 510); // three full arenas
    for (const b of blocks) a.free(b, 24);
    const s = a.stats();
    assert.equal(s.arenasCurrent, 1);
    assert.equal(s.arenasReclaimed, 2);
    assert.equal(s.unusedPools, 63);
  });
});

describe('allocator: realloc', () => {
  it('keeps the block when the new size fits and is more than 3/4 of it, else moves', () => {
    const a = new Allocator(p311, CAP);
    const b = a.malloc(64);
    assert.equal(a.realloc(b, 64, 60), b);
    assert.equal(a.realloc(b, 60, 49), b);
    assert.notEqual(a.realloc(b, 49, 48), b, '48 is not more than 3/4 of 64');
  });

  it('a malloc block stays in malloc when it shrinks below 512 bytes (libc realloc)', () => {
    const a = new Allocator(p311, CAP);
    const b = a.malloc(800);
    a.realloc(b, 800, 100);
    assert.equal(a.stats().arenasCurrent, 0);
    assert.equal(a.inUse, 100);
  });
});

describe('sys._debugmallocstats format', () => {
  it('reprints the lines real CPython wrote, from the numbers in them', () => {
    // The alloc goldens keep CPython's own table rows and arena lines verbatim.
    const golden = JSON.parse(readFileSync(join(process.cwd(), 'test', 'oracle', 'alloc', 'golden', '3.11.json'), 'utf8')) as {
      programs: Record<string, { reports: string[][] }>;
    };
    const lines = golden.programs.floats.reports[0];
    const classes = lines
      .map((l) => /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)$/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ index: +m[1], size: +m[2], pools: +m[3], blocksInUse: +m[4], blocksAvailable: +m[5] }));
    const num = (label: string): number => {
      const l = lines.find((x) => x.startsWith(label));
      assert.ok(l, label);
      return Number(l.split('=')[1].replace(/[ ,]/g, ''));
    };
    const stats: MallocStats = {
      classes,
      arenasAllocatedTotal: num('# arenas allocated total'),
      arenasReclaimed: num('# arenas reclaimed'),
      arenasHighwater: num('# arenas highwater mark'),
      arenasCurrent: num('# arenas allocated current'),
      arenaSize: 1 << 20,
      poolSize: 1 << 14,
      numClasses: 32,
      bytesInAllocatedBlocks: 0,
      bytesInAvailableBlocks: 0,
      unusedPools: 0,
      poolHeaderBytes: 0,
      quantization: 0,
      arenaAlignment: 0,
    };
    const text = formatMallocStats(stats, p311.arenaMap, []).split('\n');
    for (const l of lines) assert.ok(text.includes(l), `CPython's line ${JSON.stringify(l)} is printed the same`);
  });
});

describe('allocator: the start state', () => {
  // The heap starts from what scripts/record-malloc-baseline.py's sys._debugmallocstats() reported
  // (profiles/baselines.json). That measurement already contains sys, the __main__ module and the
  // script's own code: simulating the same script must report exactly the recorded numbers, with
  // nothing the simulator builds on the way (sys's module, the code object, __main__'s dict)
  // counted a second time on top.
  const source = readFileSync(join(process.cwd(), 'scripts', 'record-malloc-baseline.py'), 'utf8');
  const baselines = JSON.parse(readFileSync(join(process.cwd(), 'src', 'engine', 'profiles', 'baselines.json'), 'utf8')) as Record<string, { malloc: { arenas: number; classes: [number, number, number][] } }>;
  for (const v of ['3.8', '3.10', '3.11', '3.12', '3.13'] as const) {
    it(`${v}: the recording script reports the recorded pools, blocks and arenas`, () => {
      const r = simulate(source, { python: v });
      const rows = r.stderr
        .split('\n')
        .map((l) => /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)$/.exec(l))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => [+m[1], +m[3], +m[4]]);
      const expected = baselines[v].malloc.classes.map((c) => [...c]);
      // 3.10/3.11's `import sys` makes and clears an AttributeError (the spec's _initializing
      // check): CPython takes its one-item args tuple from the tuple free list, which start-up
      // left stocked; the simulator's free lists start empty, so the tuple takes a 48-byte block
      // and stays in the free list. That one block is the only difference allowed.
      if (v === '3.10' || v === '3.11') (expected.find((c) => c[0] === 2) as number[])[2]++;
      assert.deepEqual(rows, expected);
      const arenas = /# arenas allocated current\s*=\s*([\d,]+)/.exec(r.stderr);
      assert.equal(Number(arenas?.[1].replace(/,/g, '')), baselines[v].malloc.arenas);
    });
  }
});
