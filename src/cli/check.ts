// `heaplens check FILE|DIR...`: run every annotated snippet (a .py file or its `# %% heap` cells,
// ```python heap fences in Markdown) on each CPython version it declares and report the
// `# @expect` annotations that do not hold, as `file:line:col: severity code: message` lines.
// Exit status 1 when any expectation fails or a snippet cannot run, so CI can enforce the memory
// claims made in docs and examples.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { simulate } from '../engine';
import type { ProfileId, SimulationResult } from '../engine';
import { parseSnippets, isAnnotated, appliesTo, type Snippet } from '../engine/annotations';
import { DEFAULT_PROFILE } from '../engine/profiles/profile';

export interface CheckOptions {
  /** Run every snippet on this version instead of the ones it declares. */
  python: ProfileId | null;
  verbose: boolean;
  json: boolean;
}

export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  severity: 'error' | 'warning' | 'info';
  code: string;
  message: string;
  python: ProfileId;
  /** A finding about the program's memory: reported, but not a failed check. */
  finding?: boolean;
}

interface Totals {
  files: number;
  snippets: number;
  runs: number;
  passed: number;
  failed: number;
  runErrors: number;
}

/** The .py and .md files to check: files as given; directories searched for annotated ones. */
export function collectFiles(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (p: string, explicit: boolean): void => {
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        if (name.startsWith('.') || name === 'node_modules') continue;
        walk(join(p, name), false);
      }
      return;
    }
    const ext = extname(p);
    if (ext !== '.py' && ext !== '.md') return;
    if (explicit || isAnnotated(readFileSync(p, 'utf8'), ext === '.md' ? 'md' : 'py')) out.push(p);
  };
  for (const p of paths) walk(p, true);
  return out;
}

function runSnippet(file: string, s: Snippet, python: ProfileId): SimulationResult {
  return simulate(s.source, {
    python,
    filename: file,
    annotations: { expectations: s.expectations.filter((e) => appliesTo(e, python)), snapshots: s.snapshots },
    // findings need the per-line trace, also for a snippet without expectations
    trace: true,
    gcThresholds: s.settings.threshold ?? undefined,
    stdout: s.settings.stdout ?? 'pipe',
  });
}

/** What went wrong with the run itself (it did not get to the end of the snippet). */
function runProblem(file: string, r: SimulationResult, python: ProfileId): Diagnostic | null {
  if (r.outcome === 'ok') return null;
  if (r.outcome === 'exception') {
    const lines = r.stderr.trimEnd().split('\n');
    const where = [...lines].reverse().find((l) => /^\s*File ".*", line \d+/.test(l));
    const line = where ? Number(/line (\d+)/.exec(where)?.[1]) : 1;
    return { file, line, col: 1, severity: 'error', code: 'exception', message: `uncaught ${lines[lines.length - 1]}`, python };
  }
  const e = r.error;
  return { file, line: e?.line ?? 1, col: e?.col ?? 1, severity: 'error', code: r.outcome, message: (e?.message ?? r.outcome).replace(/^line \d+: /, ''), python };
}

export function checkFiles(paths: string[], opts: CheckOptions): { diagnostics: Diagnostic[]; totals: Totals } {
  const files = collectFiles(paths);
  const diagnostics: Diagnostic[] = [];
  const totals: Totals = { files: files.length, snippets: 0, runs: 0, passed: 0, failed: 0, runErrors: 0 };
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const snippets = parseSnippets(text, extname(file) === '.md' ? 'md' : 'py');
    for (const s of snippets) {
      totals.snippets++;
      const versions = opts.python !== null ? [opts.python] : s.settings.pythons ?? [DEFAULT_PROFILE];
      for (const p of s.problems) diagnostics.push({ file, line: p.line, col: p.col, severity: 'error', code: 'bad-annotation', message: p.message, python: versions[0] });
      if (s.problems.length > 0) totals.runErrors++;
      for (const python of versions) {
        totals.runs++;
        const r = runSnippet(file, s, python);
        const problem = runProblem(file, r, python);
        if (problem !== null) {
          diagnostics.push(problem);
          totals.runErrors++;
        }
        for (const f of r.findings ?? []) {
          if (f.code === 'not-simulated') continue; // reported as the run's problem
          if (f.severity === 'information' && !opts.verbose) continue;
          diagnostics.push({ file, line: f.line, col: f.col ?? 1, severity: f.severity === 'information' ? 'info' : f.severity === 'error' ? 'warning' : f.severity, code: f.code, message: f.message, python, finding: true });
        }
        for (const e of r.expectations ?? []) {
          if (e.status === 'pass') {
            totals.passed++;
            if (opts.verbose) diagnostics.push({ file, line: e.line, col: e.col, severity: 'info', code: 'expect-passed', message: e.message, python });
            continue;
          }
          totals.failed++;
          const code = e.status === 'fail' ? 'expect-failed' : e.status === 'not-reached' ? 'expect-not-reached' : 'expect-error';
          diagnostics.push({ file, line: e.line, col: e.col, severity: 'error', code, message: `@expect ${e.text}: ${e.message}`, python });
        }
      }
    }
  }
  return { diagnostics, totals };
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.col}: ${d.severity} ${d.code}: [${d.python}] ${d.message}`;
}

export function summary(t: Totals): string {
  const exp = t.passed + t.failed;
  const parts = [`${exp} expectation${exp === 1 ? '' : 's'}: ${t.passed} passed, ${t.failed} failed`];
  if (t.runErrors > 0) parts.push(`${t.runErrors} snippet run${t.runErrors === 1 ? '' : 's'} with errors`);
  return `heaplens check: ${t.files} file${t.files === 1 ? '' : 's'}, ${t.snippets} snippet${t.snippets === 1 ? '' : 's'}, ${t.runs} run${t.runs === 1 ? '' : 's'}; ${parts.join('; ')}`;
}
