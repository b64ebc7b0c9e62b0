// Differential tests of the simulated pymalloc against real CPython: each program in
// test/oracle/alloc calls `sys._debugmallocstats()` two or three times; between consecutive
// reports, the change in pools of every size class and in arenas must be what the real
// interpreter of each profile reported, within 1 pool per size class and 1 arena, and arenas
// ever mapped within 2. (The simulator starts from the measured start-up heap, but where each
// start-up block sits is not known, and the real start-up heap varies a little with the hash
// seed.) Goldens: scripts/record-alloc.mjs.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simulate } from '../../src/engine';
import type { ProfileId } from '../../src/engine';

const PROFILES = ['3.8', '3.10', '3.11', '3.12', '3.13'] as const satisfies readonly ProfileId[];
const MIN_PROGRAMS = 15;
/** Arenas mapped over a stretch of a program ("arenas allocated total") may differ by 2: the
 * simulator starts from the measured start-up heap, but not every start-up block sits where it
 * sits in CPython, which can shift where the program's arenas begin and end. The rules this
 * catches are coarser (arena_churn.py: 3.8 unmaps every empty arena, 66 mappings; 3.9+ keeps
 * the last one, 13; both rules swapped are off by 5). */
const MAPPED_TOLERANCE = 2;
const DIR = join(process.cwd(), 'test', 'oracle', 'alloc');
const GOLDEN_DIR = join(DIR, 'golden');

interface GoldenFile {
  python: string;
  programs: Record<string, { stdout: string; reports: string[][] }>;
}

/** Pools per size class and arenas currently allocated, from one report's lines. */
interface Report {
  pools: Map<number, number>;
  arenas: number;
  /** Arenas ever mapped ("# arenas allocated total"): counts unmap/map churn. */
  mapped: number;
}

function parseReport(lines: string[]): Report {
  const pools = new Map<number, number>();
  let arenas = -1;
  let mapped = -1;
  for (const l of lines) {
    const t = /^# arenas allocated total\s*=\s*([\d,]+)\s*$/.exec(l);
    if (t) mapped = Number(t[1].replace(/,/g, ''));
    const row = /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*$/.exec(l);
    if (row) pools.set(Number(row[1]), Number(row[3]));
    const a = /^# arenas allocated current\s*=\s*([\d,]+)\s*$/.exec(l);
    if (a) arenas = Number(a[1].replace(/,/g, ''));
  }
  if (arenas < 0 || mapped < 0) throw new Error(`a report without the arena counts:\n${lines.join('\n')}`);
  return { pools, arenas, mapped };
}

/** The reports in a stderr text, split where each begins. */
function reportsIn(stderr: string): string[][] {
  return stderr
    .split(/^Small block threshold = /m)
    .slice(1)
    .map((chunk) => chunk.split('\n'));
}

interface Delta {
  pools: Map<number, number>;
  arenas: number;
  mapped: number;
}

function deltas(reports: Report[]): Delta[] {
  const out: Delta[] = [];
  for (let i = 1; i < reports.length; i++) {
    const pools = new Map<number, number>();
    for (const k of new Set([...reports[i].pools.keys(), ...reports[i - 1].pools.keys()])) {
      pools.set(k, (reports[i].pools.get(k) ?? 0) - (reports[i - 1].pools.get(k) ?? 0));
    }
    out.push({ pools, arenas: reports[i].arenas - reports[i - 1].arenas, mapped: reports[i].mapped - reports[i - 1].mapped });
  }
  return out;
}

function show(d: Delta): string {
  const pools = [...d.pools].filter(([, v]) => v !== 0).sort(([a], [b]) => a - b).map(([k, v]) => `${(k + 1) * 16}B:${v > 0 ? '+' : ''}${v}`);
  return `arenas ${d.arenas > 0 ? '+' : ''}${d.arenas} (mapped +${d.mapped}), pools {${pools.join(' ')}}`;
}

/** Disagreements beyond the tolerance between what CPython and the simulator reported. */
function compare(expected: Delta[], actual: Delta[]): string[] {
  if (expected.length !== actual.length) return [`${expected.length + 1} reports expected, the simulator printed ${actual.length + 1}`];
  const problems: string[] = [];
  expected.forEach((e, i) => {
    const a = actual[i];
    const bad: string[] = [];
    if (Math.abs(e.arenas - a.arenas) > 1) bad.push(`arenas ${e.arenas} vs ${a.arenas}`);
    if (Math.abs(e.mapped - a.mapped) > MAPPED_TOLERANCE) bad.push(`arenas mapped ${e.mapped} vs ${a.mapped}`);
    for (const k of new Set([...e.pools.keys(), ...a.pools.keys()])) {
      const x = e.pools.get(k) ?? 0;
      const y = a.pools.get(k) ?? 0;
      if (Math.abs(x - y) > 1) bad.push(`class ${k} (${(k + 1) * 16} B) pools ${x} vs ${y}`);
    }
    if (bad.length > 0) problems.push(`report ${i + 1} → ${i + 2}: ${bad.join('; ')}\n  CPython:   ${show(e)}\n  simulator: ${show(a)}`);
  });
  return problems;
}

const programs = readdirSync(DIR)
  .filter((f) => f.endsWith('.py'))
  .map((f) => f.slice(0, -3))
  .sort();

describe('alloc oracle corpus', () => {
  it(`has at least ${MIN_PROGRAMS} programs, each with a golden for every profile`, () => {
    assert.ok(programs.length >= MIN_PROGRAMS, `only ${programs.length} programs in ${DIR}`);
    const missing: string[] = [];
    for (const v of PROFILES) {
      const file = join(GOLDEN_DIR, `${v}.json`);
      if (!existsSync(file)) {
        missing.push(`${v}: no ${file}`);
        continue;
      }
      const g = JSON.parse(readFileSync(file, 'utf8')) as GoldenFile;
      for (const p of programs) if (g.programs[p] === undefined) missing.push(`${v}: ${p}`);
    }
    assert.deepEqual(missing, [], 're-record with: node scripts/record-alloc.mjs');
  });
});

for (const version of PROFILES) {
  describe(`alloc oracle: CPython ${version}`, () => {
    const file = join(GOLDEN_DIR, `${version}.json`);
    const golden = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as GoldenFile) : null;
    for (const program of programs) {
      it(program, () => {
        const g = golden?.programs[program];
        if (g === undefined) return assert.fail(`no golden for ${program} in ${file}; record it with: node scripts/record-alloc.mjs ${program}`);
        const source = readFileSync(join(DIR, `${program}.py`), 'utf8');
        const result = simulate(source, { python: version, filename: `${program}.py` });
        if (result.error) assert.fail(`engine error (${result.error.kind}, line ${result.error.line}): ${result.error.message}`);
        assert.equal(result.stdout, g.stdout, 'stdout');
        const expected = deltas(g.reports.map(parseReport));
        const actual = deltas(reportsIn(result.stderr).map(parseReport));
        const problems = compare(expected, actual);
        if (problems.length > 0) assert.fail(`${program}.py on ${version} (CPython ${golden?.python}):\n${problems.join('\n')}`);
      });
    }
  });
}
