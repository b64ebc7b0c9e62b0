// The `heaplens` command: run or trace a Python file on a simulated CPython, headless.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkFiles, formatDiagnostic, summary } from './check';
import { buildReport } from './report';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { simulate } from '../engine';
import type { SimulateOptions, SimulationResult } from '../engine';
import { PROFILE_IDS, isProfileId, DEFAULT_PROFILE } from '../engine/profiles/profile';
import type { ProfileId } from '../engine';

const HELP = `heaplens — simulate how CPython manages memory for a Python program

Usage:
  heaplens run FILE [--python VERSION]          print what that CPython prints
  heaplens trace FILE --json [-o OUT] [--python VERSION]
                                                write per-line facts and the final heap as JSON
  heaplens report FILE [-o OUT.html] [--python VERSION]
                                                write one self-contained HTML page with the heap
                                                panel's views and time travel (arena map, GC
                                                timeline, heap over time, object graph, frames)
  heaplens check FILE|DIR... [--python VERSION] [--verbose] [--json]
                                                check the # @expect annotations of .py files,
                                                their # %% heap cells and \`\`\`python heap
                                                blocks in Markdown, on each version they declare
                                                (# heap: python=3.11,3.12); directories are
                                                searched for annotated files; memory
                                                findings (warnings) are listed too, and with
                                                --verbose the passing checks and information
  heaplens --help | --version

Options:
  --python VERSION    ${PROFILE_IDS.join(', ')} (default ${DEFAULT_PROFILE}; "seed" is the
                      historical model the tutorials describe)
  --max-steps N       stop after N executed statements (default 50000000)
  --max-seconds S     stop after S seconds of wall time (default 30)
  --max-heap-mb M     simulated heap cap in MiB (default 1024)
  -o, --out FILE      where \`trace\` writes its JSON (default: stdout; with a file, the
                      program's own output goes to stdout as with \`run\`), or \`report\` its
                      page (default: FILE's name with .heaplens.html)
  --at STEP           trace: stop at the first line that starts at or after STEP and add
                      the heap then ("heapView": frames, objects, references, arenas)
  --stdout MODE       what the program's stdout is: tty (a terminal: CPython flushes it at
                      every newline) or pipe (block-buffered: printed text is held until 8 KiB
                      gather, which shows in refcounts and gc counts). Default: tty when
                      heaplens's own stdout is a terminal, else pipe — as python would see it

Exit status:
  run/trace/report mirror the program: 0 when it finishes, 1 for an uncaught exception or a
  SyntaxError (as CPython); 2 when HeapLens cannot finish the simulation faithfully (a construct
  it does not simulate, or a step/time/heap budget ran out) or for a usage error.
  check: 0 when every expectation holds, 1 when one fails or a snippet cannot run, 2 for a
  usage error.
`;

function fail(msg: string): never {
  process.stderr.write(`heaplens: ${msg}\nTry 'heaplens --help'.\n`);
  process.exit(2);
}

interface Args {
  cmd: string;
  file: string;
  /** check: every FILE/DIR given. */
  files: string[];
  verbose: boolean;
  pythonGiven: boolean;
  python: ProfileId;
  json: boolean;
  out: string | null;
  maxSteps?: number;
  maxMillis?: number;
  maxHeapBytes?: number;
  stdout?: 'tty' | 'pipe';
  at?: number;
}

function parseArgs(argv: string[]): Args {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(HELP);
    process.exit(0);
  }
  if (argv.includes('--version')) {
    process.stdout.write('heaplens 0.1.0\n');
    process.exit(0);
  }
  const cmd = argv[0];
  if (cmd !== 'run' && cmd !== 'trace' && cmd !== 'check' && cmd !== 'report') fail(`unknown command '${cmd}' (expected 'run', 'trace', 'report' or 'check')`);
  let file: string | null = null;
  let python: ProfileId = DEFAULT_PROFILE;
  let json = false;
  let out: string | null = null;
  const a: Args = { cmd, file: '', files: [], verbose: false, pythonGiven: false, python, json, out };
  for (let i = 1; i < argv.length; i++) {
    const x = argv[i];
    const val = (): string => {
      const v = argv[++i];
      if (v === undefined) fail(`option ${x} needs a value`);
      return v;
    };
    const num = (): number => {
      const s = val();
      const n = Number(s);
      if (!Number.isFinite(n) || n <= 0) fail(`option ${x} needs a positive number, not '${s}'`);
      return n;
    };
    if (x === '--python' || x.startsWith('--python=')) {
      const v = x.includes('=') ? x.slice(x.indexOf('=') + 1) : val();
      if (!isProfileId(v)) fail(`unknown Python version '${v}' (choose one of: ${PROFILE_IDS.join(', ')})`);
      python = v;
      a.pythonGiven = true;
    } else if (x === '--json') json = true;
    else if (x === '-o' || x === '--out') out = val();
    else if (x === '--max-steps') a.maxSteps = Math.floor(num());
    else if (x === '--max-seconds') a.maxMillis = num() * 1000;
    else if (x === '--max-heap-mb') a.maxHeapBytes = num() * 1024 * 1024;
    else if (x === '--stdout' || x.startsWith('--stdout=')) {
      const v = x.includes('=') ? x.slice(x.indexOf('=') + 1) : val();
      if (v !== 'tty' && v !== 'pipe') fail(`--stdout is tty or pipe, not '${v}'`);
      a.stdout = v;
    }
    else if (x === '--verbose' || x === '-v') a.verbose = true;
    else if (x === '--at') a.at = Math.floor(num());
    else if (x.startsWith('-')) fail(`unknown option '${x}'`);
    else if (cmd === 'check') a.files.push(x);
    else if (file === null) file = x;
    else fail(`unexpected argument '${x}'`);
  }
  if (cmd === 'check') {
    if (a.files.length === 0) fail("'check' needs at least one FILE or DIR");
    return { ...a, file: a.files[0], python, json, out };
  }
  if (file === null) fail(`'${cmd}' needs a FILE`);
  if (cmd === 'trace' && !json) fail("'trace' writes JSON: add --json");
  return { ...a, file, python, json, out };
}

/** Deep recursion needs more JS stack than the main thread has: such a run is repeated (the
 * simulation is deterministic) in a worker thread with a large stack. */
const DEEP_STACK_MB = 512;

function simulateDeep(source: string, options: SimulateOptions): Promise<SimulationResult> {
  return new Promise((resolve, reject) => {
    const w = new Worker(__filename, { workerData: { source, options }, resourceLimits: { stackSizeMb: DEEP_STACK_MB } });
    w.once('message', (m: SimulationResult) => resolve(m));
    w.once('error', reject);
  });
}

function runInDeepWorker(argv: string[], program?: { source: string; options: SimulateOptions }): Promise<void> {
  return new Promise((resolve, reject) => {
    const w = new Worker(__filename, { workerData: { argv, program }, resourceLimits: { stackSizeMb: DEEP_STACK_MB } });
    w.once('message', (code: number) => {
      process.exitCode = code;
    });
    w.once('error', reject);
    w.once('exit', (code) => {
      if (code !== 0) process.exitCode = code;
      resolve();
    });
  });
}

function runCheck(args: Args): void {
  for (const f of args.files) {
    if (!existsSync(f)) {
      process.stderr.write(`heaplens: can't open '${f}': No such file or directory\n`);
      process.exit(2);
    }
  }
  const { diagnostics, totals } = checkFiles(args.files, { python: args.pythonGiven ? args.python : null, verbose: args.verbose, json: args.json });
  if (args.json) process.stdout.write(JSON.stringify({ schema: 'heaplens-check/1', diagnostics, totals }, null, 1) + '\n');
  else {
    for (const d of diagnostics) process.stdout.write(formatDiagnostic(d) + '\n');
    process.stdout.write(summary(totals) + '\n');
  }
  // findings are reported; only failed checks and snippets that cannot run fail the command
  process.exitCode = diagnostics.some((d) => d.severity === 'error' && d.finding !== true) ? 1 : 0;
}

/** The program's source (exit 2 when it cannot be read) and the simulation options of run,
 * trace and report. */
function prepare(args: Args): { source: string; options: SimulateOptions } {
  let source: string;
  try {
    source = readFileSync(args.file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    process.stderr.write(`heaplens: can't open file '${args.file}': ${code === 'ENOENT' ? 'No such file or directory' : (e as Error).message}\n`);
    process.exit(2);
  }
  const options: SimulateOptions = {
    python: args.python,
    // `python FILE` makes __main__'s __file__ (and so co_filename and tracebacks) absolute from 3.9
    filename: args.python === '3.8' || args.python === 'seed' ? args.file : resolve(args.file),
    // while sys.argv[0] is the path as typed
    argv: [args.file],
    trace: args.cmd === 'trace',
    maxSteps: args.maxSteps,
    maxMillis: args.maxMillis,
    maxHeapBytes: args.maxHeapBytes,
    ...(args.cmd === 'trace' && args.at !== undefined ? { stopAtStep: args.at } : {}),
    // `python FILE` in the same place would find its stdout a terminal or not
    stdout: args.stdout ?? (process.stdout.isTTY && (args.cmd === 'run' || args.out !== null) ? 'tty' : 'pipe'),
  };
  return { source, options };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  // check runs many snippets and cannot repeat one alone: it runs in a worker thread with the
  // large stack from the start (freeing a structure nested thousands of levels deep on 3.13
  // recurses as CPython's deallocators do)
  if (args.cmd === 'check') return runInDeepWorker(process.argv.slice(2));
  const { source, options } = prepare(args);
  // report runs the program several times (heaps at chosen steps) and writes its file once:
  // like check, it runs in the worker with the large stack from the start
  if (args.cmd === 'report') return runInDeepWorker(process.argv.slice(2), { source, options });
  let result = simulate(source, options);
  if (result.outcome === 'budget' && result.error?.message.includes('deeper than the simulator')) {
    result = await simulateDeep(source, options);
  }
  if (args.cmd === 'run') {
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
  } else {
    const doc = JSON.stringify({ schema: 'heaplens-trace/1', file: args.file, ...result }, null, 1);
    if (args.out === null || args.out === '-') process.stdout.write(doc + '\n');
    else {
      // The JSON goes to the file, so the terminal shows what the program printed, as `run` does.
      writeFileSync(args.out, doc + '\n');
      process.stdout.write(result.stdout);
    }
    process.stderr.write(result.stderr);
  }
  process.exitCode = result.exitCode;
}

function writeReport(args: Args, source: string, options: SimulateOptions): void {
  const out = args.out ?? `${args.file.replace(/\.(py|md)$/, '')}.heaplens.html`;
  const report = buildReport({ source, file: args.file, options: { ...options, trace: false } });
  writeFileSync(out, report.html);
  process.stdout.write(report.result.stdout);
  process.stderr.write(report.result.stderr);
  if (report.note !== null) process.stderr.write(`heaplens: ${report.note}\n`);
  process.stderr.write(`heaplens: report written to ${out} (heaps at ${report.views} steps${report.selected ? ', a selection' : ', every step'})\n`);
  process.exitCode = report.result.exitCode;
}

if (isMainThread) {
  main().catch((e: unknown) => {
    process.stderr.write(`heaplens: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exit(70);
  });
} else if ((workerData as { argv?: string[] }).argv !== undefined) {
  const args = parseArgs((workerData as { argv: string[] }).argv);
  // report: the program as the main thread read it (its stdout is the one a terminal shows)
  const program = (workerData as { program?: { source: string; options: SimulateOptions } }).program;
  if (program === undefined) runCheck(args);
  else writeReport(args, program.source, program.options);
  (parentPort as NonNullable<typeof parentPort>).postMessage(typeof process.exitCode === 'number' ? process.exitCode : 0);
} else {
  const { source, options } = workerData as { source: string; options: SimulateOptions };
  (parentPort as NonNullable<typeof parentPort>).postMessage(simulate(source, options));
}