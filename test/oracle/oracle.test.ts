// Differential tests against real CPython: every program in test/oracle/programs (and in the
// collector's suite, test/oracle/gc/programs) must make the simulator print exactly what the real
// interpreter of each profile printed when it ran the program as `python FILE`. The goldens in
// <suite>/golden/<minor>/<program>.json are recorded by scripts/record-oracle.mjs (`npm run
// oracle:record`, with `-- --suite gc` for the collector's); see test/oracle/README.md.
//
// Paths are resolved from process.cwd(), the repository root when `npx mocha` runs.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { simulate } from '../../src/engine';
import type { ProfileId, SimulateOptions, SimulationResult } from '../../src/engine';

/** A run that needs more JS stack than mocha's thread has (freeing a structure nested 10,000
 * levels deep on 3.13) is repeated in a worker thread with a large stack, as the CLI does: this
 * bundle is the worker's script, and in the worker it only simulates. */
const DEEP_STACK_MB = 512;
const IN_WORKER = !isMainThread && (workerData as { oracleDeep?: boolean } | null)?.oracleDeep === true;
if (IN_WORKER) {
  const d = workerData as { source: string; options: SimulateOptions };
  (parentPort as NonNullable<typeof parentPort>).postMessage(simulate(d.source, d.options));
}

function simulateDeep(source: string, options: SimulateOptions): Promise<SimulationResult> {
  return new Promise((resolve, reject) => {
    const w = new Worker(__filename, { workerData: { oracleDeep: true, source, options }, resourceLimits: { stackSizeMb: DEEP_STACK_MB } });
    w.once('message', (m: SimulationResult) => {
      resolve(m);
      void w.terminate();
    });
    w.once('error', reject);
  });
}

function needsDeepStack(r: SimulationResult): boolean {
  return r.error?.kind === 'budget' && /deeper than the simulator can follow/.test(r.error.message);
}

/** The CPython versions the corpus is recorded for (every ProfileId except the historical 'seed'). */
const PROFILES = ['3.8', '3.10', '3.11', '3.12', '3.13'] as const satisfies readonly ProfileId[];
const MIN_PROGRAMS = 100;

const ORACLE_DIR = join(process.cwd(), 'test', 'oracle');

/** The main corpus, and the collector's own suite (test/oracle/gc: collection results, __del__
 * order, callbacks, freeze, DEBUG_SAVEALL...), recorded the same way (`--suite gc`). */
const SUITES = [
  { name: 'oracle', programs: join(ORACLE_DIR, 'programs'), golden: join(ORACLE_DIR, 'golden'), min: MIN_PROGRAMS, record: '' },
  { name: 'gc oracle', programs: join(ORACLE_DIR, 'gc', 'programs'), golden: join(ORACLE_DIR, 'gc', 'golden'), min: 15, record: ' -- --suite gc' },
];

/** What real CPython did with one program (one file per program and version). */
interface Golden {
  /** The exact interpreter that recorded it, e.g. "3.12.1". */
  python: string;
  stdout: string;
  exitCode: number;
  /** The last non-empty line of stderr ("" when nothing was written), e.g. "KeyError: 'banana'". */
  stderrTail: string;
  /** The whole of stderr when there was any (tracebacks, warnings, "Exception ignored" reports),
   * the programs folder written `<dir>` and object addresses 0xADDR. */
  stderr?: string;
}

function isGolden(value: unknown): value is Golden {
  if (typeof value !== 'object' || value === null) return false;
  const g = value as Record<string, unknown>;
  return typeof g.python === 'string' && typeof g.stdout === 'string' && typeof g.exitCode === 'number' && typeof g.stderrTail === 'string';
}

type Suite = (typeof SUITES)[number];

function listPrograms(suite: Suite): string[] {
  if (!existsSync(suite.programs)) return [];
  return readdirSync(suite.programs)
    .filter((f) => f.endsWith('.py'))
    .map((f) => f.slice(0, -'.py'.length))
    .sort();
}

function goldenPath(suite: Suite, version: string, program: string): string {
  return join(suite.golden, version, `${program}.json`);
}

/** The golden, or undefined when none was recorded. A malformed file throws. */
function readGolden(suite: Suite, version: string, program: string): Golden | undefined {
  const path = goldenPath(suite, version, program);
  if (!existsSync(path)) return undefined;
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!isGolden(parsed)) throw new Error(`${path} is not a golden {python, stdout, exitCode, stderrTail}`);
  return parsed;
}

function lastNonEmptyLine(text: string): string {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  return lines.length > 0 ? lines[lines.length - 1] : '';
}

/** A readable line diff: where stdout first differs, with a little context from both sides. */
function describeStdoutDiff(expected: string, actual: string): string {
  const exp = expected.split('\n');
  const act = actual.split('\n');
  let i = 0;
  while (i < exp.length && i < act.length && exp[i] === act[i]) i++;
  const show = (line: string | undefined): string => (line === undefined ? '<no line>' : JSON.stringify(line));
  const out = [
    `stdout differs at line ${i + 1} (expected ${countLines(expected)} line(s), got ${countLines(actual)}; lines before it match):`,
    `  expected: ${show(exp[i])}`,
    `  actual:   ${show(act[i])}`,
  ];
  const from = Math.max(0, i - 2);
  const to = i + 3;
  const window = (text: string, lines: string[]): string => {
    if (text === '') return '    (no output)';
    return lines
      .slice(from, Math.min(to, countLines(text)))
      .map((l, k) => `    ${String(from + k + 1).padStart(3)}${from + k === i ? '>' : ' '} ${l}`)
      .join('\n');
  };
  out.push(`  expected, around line ${i + 1}:\n${window(expected, exp)}`);
  out.push(`  actual, around line ${i + 1}:\n${window(actual, act)}`);
  return out.join('\n');
}

function describeLineDiff(expected: string, actual: string): string {
  const e = expected.split('\n');
  const a = actual.split('\n');
  let i = 0;
  while (i < e.length && i < a.length && e[i] === a[i]) i++;
  return `line ${i + 1}:\n  expected: ${JSON.stringify(e[i] ?? '<no line>')}\n  actual:   ${JSON.stringify(a[i] ?? '<no line>')}`;
}

function countLines(text: string): number {
  if (text === '') return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

/** Every way the simulation disagrees with the golden; empty when it matches. */
function compareWithGolden(result: SimulationResult, golden: Golden): string[] {
  const problems: string[] = [];
  if (result.stdout !== golden.stdout) problems.push(describeStdoutDiff(golden.stdout, result.stdout));
  if (result.exitCode !== golden.exitCode) problems.push(`exit code: expected ${golden.exitCode}, got ${result.exitCode}`);
  if (golden.stderr !== undefined) {
    // what the simulator writes on stderr is presented as CPython's: all of it must be
    const actual = result.stderr.replace(/ at 0x[0-9a-f]+>/g, ' at 0xADDR>');
    if (actual !== golden.stderr) problems.push(`stderr differs at ${describeLineDiff(golden.stderr, actual)}`);
  } else if (golden.exitCode !== 0) {
    const tail = lastNonEmptyLine(result.stderr);
    if (tail !== golden.stderrTail) {
      problems.push(`last line of stderr:\n  expected: ${JSON.stringify(golden.stderrTail)}\n  actual:   ${JSON.stringify(tail)}`);
    }
  }
  return problems;
}

for (const suite of IN_WORKER ? [] : SUITES) {
const programs = listPrograms(suite);

describe(`${suite.name} corpus`, () => {
  it(`has at least ${suite.min} programs, and a golden for every program in every profile`, () => {
    if (programs.length < suite.min) assert.fail(`only ${programs.length} programs in ${suite.programs}`);
    const problems: string[] = [];
    const known = new Set(programs);
    for (const version of PROFILES) {
      const dir = join(suite.golden, version);
      if (!existsSync(dir) || !statSync(dir).isDirectory()) {
        problems.push(`no golden directory ${dir}`);
        continue;
      }
      const missing = programs.filter((p) => !existsSync(goldenPath(suite, version, p)));
      if (missing.length > 0) problems.push(`${version}: no golden for ${missing.join(', ')}`);
      const orphans = readdirSync(dir).filter((f) => f.endsWith('.json') && !known.has(f.slice(0, -'.json'.length)));
      if (orphans.length > 0) problems.push(`${version}: goldens without a program: ${orphans.join(', ')}`);
    }
    if (problems.length > 0) assert.fail(`${problems.join('\n')}\n(re-record with: npm run oracle:record${suite.record})`);
  });

  it('every program starts with a one-line "# ..." comment saying what it demonstrates', () => {
    const bad = programs.filter((p) => !/^# \S/.test(readFileSync(join(suite.programs, `${p}.py`), 'utf8')));
    assert.deepEqual(bad, []);
  });
});

for (const version of PROFILES) {
  describe(`${suite.name}: CPython ${version}`, () => {
    for (const program of programs) {
      it(program, async () => {
        const golden = readGolden(suite, version, program);
        if (golden === undefined) {
          assert.fail(`no golden ${goldenPath(suite, version, program)}; record it with: npm run oracle:record${suite.record || ' --'} ${program}`);
        }
        const source = readFileSync(join(suite.programs, `${program}.py`), 'utf8');
        // as `python <name>.py` in the programs folder: 3.9+ see the absolute path (its folder
        // is `<dir>` in the goldens)
        const options: SimulateOptions = { python: version, filename: version === '3.8' ? `${program}.py` : `<dir>/${program}.py` };
        let result = simulate(source, options);
        if (needsDeepStack(result)) result = await simulateDeep(source, options);
        const problems = compareWithGolden(result, golden);
        if (problems.length > 0) {
          const details = [...problems];
          if (result.error) details.push(`engine error (${result.error.kind}, line ${result.error.line}): ${result.error.message}`);
          else if (golden.exitCode === 0 && result.stderr.trim() !== '') details.push(`stderr: ${JSON.stringify(lastNonEmptyLine(result.stderr))}`);
          assert.fail(`${program}.py on ${version} (golden recorded with CPython ${golden.python}):\n${details.join('\n')}`);
        }
      });
    }
  });
}
}
