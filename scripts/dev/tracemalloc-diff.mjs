// Dev tool: the allocator model checked against CPython's tracemalloc, at scale.
// usage: node scripts/build.mjs --dev && node scripts/dev/tracemalloc-diff.mjs [--versions 3.11,3.12] [--all] [-v] [NAME|file.py ...]
//
// Wraps programs (by default every test/oracle/programs/*.py) so they start with
//     import tracemalloc as _tm, gc as _gc; _gc.collect(); _tm.start()
// and print `_tm.get_traced_memory()` after every top-level statement, runs the wrapped program on
// each real interpreter and on the simulator, and lists the first `@TM` line that differs per
// program and version: an allocation whose request size, or whose existence, the simulator gets
// wrong (or one the simulator knows it does not reproduce: with HEAPLENS_TM_NOSTOP=1 the
// simulator reports the numbers instead of stopping and notes why they are not exact — such a
// difference is listed as "flagged", one without a note as "UNFLAGGED", which is a bug: a number
// the simulator would have printed as CPython's). `--all` lists every differing line, `-v` also
// the statement. Flagged lines that match anyway are counted ("over-cautious").
import { readFileSync, readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join, resolve, basename } from 'node:path';
import { tmpdir } from 'node:os';
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
process.env.HEAPLENS_TM_NOSTOP = '1';
const { simulate } = require('../../out/dev/engine.js');

const root = execFileSync('pyenv', ['root']).toString().trim();
const PY = { '3.8': '3.8.18', '3.10': '3.10.13', '3.11': '3.11.7', '3.12': '3.12.1', '3.13': '3.13.0' };
const args = process.argv.slice(2);
const flag = (f) => {
  const i = args.indexOf(f);
  if (i < 0) return false;
  args.splice(i, 1);
  return true;
};
const all = flag('--all');
const verbose = flag('-v');
let versions = Object.keys(PY);
const vi = args.indexOf('--versions');
if (vi >= 0) versions = args.splice(vi, 2)[1].split(',');
const progDir = 'test/oracle/programs';
let files = args.length > 0
  ? args.map((a) => (a.endsWith('.py') ? a : join(progDir, `${a}.py`)))
  : readdirSync(progDir).filter((f) => f.endsWith('.py')).sort().map((f) => join(progDir, f));

const env = { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8' };
for (const k of Object.keys(env)) if (k.startsWith('PYTHON') && k !== 'PYTHONHASHSEED' && k !== 'PYTHONIOENCODING') delete env[k];

// The end line of every top-level statement (Python's own parser, the newest interpreter).
const ENDS = `
import ast, json, sys
out = {}
for f in sys.argv[1:]:
    try:
        t = ast.parse(open(f, encoding='utf-8').read())
    except SyntaxError:
        out[f] = None
        continue
    fut = 0
    for s in t.body:
        if isinstance(s, ast.ImportFrom) and s.module == '__future__':
            fut = s.end_lineno
    doc = t.body[0].end_lineno if t.body and isinstance(t.body[0], ast.Expr) and isinstance(getattr(t.body[0], 'value', None), ast.Constant) and isinstance(t.body[0].value.value, str) else 0
    out[f] = {'ends': [s.end_lineno for s in t.body], 'after': max(fut, doc)}
print(json.dumps(out))
`;
const ends = JSON.parse(execFileSync(`${root}/versions/${PY['3.13']}/bin/python`, ['-c', ENDS, ...files], { encoding: 'utf8', maxBuffer: 1 << 26 }));

function wrap(src, info) {
  const lines = src.split('\n');
  const out = [];
  const at = new Set(info.ends);
  for (let i = 0; i < lines.length; i++) {
    if (i === info.after) out.push('import tracemalloc as _tm, gc as _gc; _gc.collect(); _tm.start()');
    out.push(lines[i]);
    if (at.has(i + 1) && i + 1 > info.after) out.push(`print('@TM', ${i + 1}, _tm.get_traced_memory())`);
  }
  return out.join('\n');
}

const dir = mkdtempSync(join(tmpdir(), 'tmdiff-'));
const stats = { match: 0, flagged: 0, unflagged: 0, cautious: 0, stopped: 0, skipped: 0 };
const origWrite = process.stderr.write.bind(process.stderr);
for (const file of files) {
  const info = ends[file];
  const name = basename(file, '.py');
  if (info === null || info === undefined) {
    stats.skipped++;
    continue;
  }
  const src = wrap(readFileSync(file, 'utf8'), info);
  const wrapped = join(dir, `${name}.py`);
  writeFileSync(wrapped, src);
  const srcLines = readFileSync(file, 'utf8').split('\n');
  for (const v of versions) {
    const real = spawnSync(`${root}/versions/${PY[v]}/bin/python`, [wrapped], { encoding: 'utf8', env, cwd: dir, timeout: 60000 });
    const notes = [];
    let sim;
    process.stderr.write = (chunk, ...rest) => {
      const s = String(chunk);
      if (s.startsWith('TMFLAG ')) {
        notes.push(s.trim());
        return true;
      }
      return origWrite(chunk, ...rest);
    };
    try {
      sim = simulate(src, { python: v, filename: v === '3.8' ? `${name}.py` : wrapped });
    } catch (e) {
      console.log(`${name} [${v}] CRASH ${String(e.stack || e).split('\n').slice(0, 3).join(' | ')}`);
      continue;
    } finally {
      process.stderr.write = origWrite;
    }
    const pick = (out) => out.split('\n').filter((l) => l.startsWith('@TM ')).map((l) => {
      const m = /^@TM (\d+) \((\d+), (\d+)\)$/.exec(l);
      return m ? { line: Number(m[1]), cur: Number(m[2]), peak: Number(m[3]) } : null;
    }).filter((x) => x !== null);
    const r = pick(real.stdout || '');
    const s = pick(sim.stdout || '');
    // notes: "TMFLAG <@TM line> <reason>" for each get_traced_memory() that was not exact
    const flaggedAt = new Map();
    for (const n of notes) {
      const m = /^TMFLAG (\d+) (.*)$/.exec(n);
      if (m) flaggedAt.set(Number(m[1]), m[2]);
    }
    let reported = false;
    for (let i = 0; i < Math.min(r.length, s.length); i++) {
      const a = r[i], b = s[i];
      // the @TM print sits on the wrapped file's line after the statement: its own call line
      const callLine = src.split('\n').findIndex((l) => l === `print('@TM', ${a.line}, _tm.get_traced_memory())`) + 1;
      const why = flaggedAt.get(callLine);
      if (a.cur === b.cur && a.peak === b.peak) {
        if (why !== undefined) stats.cautious++;
        else stats.match++;
        continue;
      }
      if (why !== undefined) stats.flagged++;
      else stats.unflagged++;
      if (!reported || all) {
        const stmt = verbose ? `  | ${srcLines[a.line - 1].trim().slice(0, 100)}` : '';
        console.log(`${name} [${v}] line ${a.line}: sim (${b.cur}, ${b.peak}) real (${a.cur}, ${a.peak}) Δ(${b.cur - a.cur}, ${b.peak - a.peak}) ${why !== undefined ? `flagged: ${why.slice(0, 120)}` : 'UNFLAGGED'}${stmt}`);
        reported = true;
      }
      if (!all) break;
    }
    if (sim.exitCode === 2 && /^heaplens: /m.test(sim.stderr || '')) {
      stats.stopped++;
      if (verbose) console.log(`${name} [${v}] sim stopped: ${(sim.stderr || '').trim().split('\n').pop()}`);
    } else if (r.length !== s.length && !reported) {
      console.log(`${name} [${v}] ${r.length} @TM lines real, ${s.length} sim (exit ${real.status}/${sim.exitCode})`);
    }
  }
}
console.log(`@TM lines: ${stats.match} match, ${stats.unflagged} UNFLAGGED differences, ${stats.flagged} flagged differences, ${stats.cautious} flagged but equal; ${stats.stopped} runs stopped by the simulator, ${stats.skipped} programs skipped (syntax errors)`);
