#!/usr/bin/env node
// Records what real CPython says about every `# @expect` in examples/ (and any other annotated
// file given), into examples/golden/<file>.json: for each version the snippet declares and each
// expectation that applies to it, the value real CPython has at that point. test/examples tests
// that the examples' claims hold for these real values, and that the simulator agrees.
//
//   node scripts/build.mjs --dev && node scripts/record-examples.mjs [FILE...]
//   (default: every annotated file in examples/)
//
// How a value is measured: the snippet runs as `python FILE` with every `@expect` comment line
// replaced, at the same line and indentation, by a call into a helper module:
//   refcount(N)  sys.getrefcount(N) - 1        getsizeof(N)  sys.getsizeof(N)
//   collected    what the last gc.collect() returned (gc.collect wrapped by sitecustomize)
//   cycle        a reference cycle reachable from the statement's names (gc.get_referents)
//   leak/no-leak in a separate run that stops there: DEBUG_SAVEALL, gc.collect(), gc.garbage
// A statement that runs several times records every value.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findInterpreters } from './lib/pythons.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = (await import('node:module')).createRequire(import.meta.url);

// The annotation parser is the engine's own (out/dev/engine.js, from `node scripts/build.mjs
// --dev`): one reading of the language, not two.
const engine = require(join(root, 'out', 'dev', 'engine.js'));
const { parseSnippets, appliesTo, isAnnotated, simulate } = engine;

const HELPER = String.raw`
import gc as _gc, sys as _sys, json as _json, os as _os, atexit as _atexit
sys = _sys
_results = {}
_last = [None]
_orig_collect = _gc.collect
def _collect(*args, **kw):
    r = _orig_collect(*args, **kw)
    _last[0] = r
    return r
_gc.collect = _collect
def note(i, v):
    _results.setdefault(str(i), []).append(v)
def collected(i):
    note(i, _last[0])
_SKIP = (type, type(note), type(_sys), type(_sys._getframe()), type(note.__code__))
def _skip(o):
    return not _gc.is_tracked(o) or isinstance(o, _SKIP)
def cycle(i, getters):
    roots = []
    for g in getters:
        try:
            roots.append(g())
        except NameError:
            pass
    state = {}
    found = False
    for r in roots:
        if _skip(r) or id(r) in state:
            continue
        stack = [(r, iter(_gc.get_referents(r)))]
        state[id(r)] = 1
        while stack and not found:
            o, it = stack[-1]
            x = next(it, None)
            if x is None:
                state[id(o)] = 2
                stack.pop()
                continue
            if _skip(x):
                continue
            s = state.get(id(x))
            if s == 1:
                found = True
            elif s is None:
                state[id(x)] = 1
                stack.append((x, iter(_gc.get_referents(x))))
        if found:
            break
    note(i, found)
def leak(i):
    _gc.set_debug(_gc.DEBUG_SAVEALL)
    _orig_collect()
    n = len(_gc.garbage)
    note(i, n)
    _save()
    _sys.stdout.flush()
    _os._exit(0)
def _save():
    with open(_os.environ['HEAPLENS_RESULTS'], 'w') as f:
        _json.dump(_results, f)
_atexit.register(_save)
`;

/** The snippet's source with `@expect` lines replaced by measuring calls (one line each). */
function instrument(snippet, expects, leakIndex) {
  const lines = snippet.source.split('\n');
  expects.forEach(({ e, i }) => {
    const pad = ' '.repeat(e.col - 1);
    let call;
    if (e.kind === 'refcount') call = `import _hl; _hl.note(${i}, _hl.sys.getrefcount(${e.name}) - 1)`;
    else if (e.kind === 'getsizeof') call = `import _hl; _hl.note(${i}, _hl.sys.getsizeof(${e.name}))`;
    else if (e.kind === 'collected') call = `import _hl; _hl.collected(${i})`;
    else if (e.kind === 'cycle') call = `import _hl; _hl.cycle(${i}, (${e.names.map((n) => `lambda: ${n}`).join(', ')},))`;
    else call = i === leakIndex ? `import _hl; _hl.leak(${i})` : 'pass';
    lines[e.line - 1] = pad + call;
  });
  return lines.join('\n');
}

/** The names of the statement above an annotation, as the simulator's `cycle` uses them: taken
 * from the simulator's own binding (a trace run reports statementLine) — here, the names on the
 * lines of that statement. */
function statementNames(source, line) {
  const text = source.split('\n')[line - 1] ?? '';
  const names = new Set();
  for (const m of text.replace(/#.*$/, '').matchAll(/[A-Za-z_][A-Za-z0-9_]*/g)) {
    if (!/^(del|for|in|if|else|elif|while|return|import|from|as|not|and|or|is|None|True|False|lambda|def|class|with|try|except|finally|pass|break|continue|global|nonlocal|yield|raise|assert)$/.test(m[0])) names.add(m[0]);
  }
  return [...names];
}

function run(python, dir, file, source) {
  const path = join(dir, basename(file));
  writeFileSync(path, source);
  const resultsFile = join(dir, 'results.json');
  rmSync(resultsFile, { force: true });
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('PYTHON')) env[k] = v;
  Object.assign(env, { PYTHONPATH: dir, HEAPLENS_RESULTS: resultsFile, PYTHONHASHSEED: '0' });
  const r = spawnSync(python, [path], { cwd: dir, env, encoding: 'utf8', timeout: 60000 });
  if (r.status !== 0) throw new Error(`${file} on ${python} failed:\n${r.stderr}`);
  return JSON.parse(readFileSync(resultsFile, 'utf8'));
}

function main() {
  const args = process.argv.slice(2);
  const files = args.length > 0 ? args : readdirSync(join(root, 'examples')).filter((f) => /\.(py|md)$/.test(f)).map((f) => join('examples', f));
  const interps = findInterpreters(null);
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    const kind = extname(file) === '.md' ? 'md' : 'py';
    if (!isAnnotated(text, kind)) continue;
    const golden = { file, versions: {} };
    parseSnippets(text, kind).forEach((s, si) => {
      const versions = s.settings.pythons ?? ['3.12'];
      for (const v of versions) {
        const interp = interps.get(v);
        if (!interp) {
          console.error(`${file}: no CPython ${v} found; skipped`);
          continue;
        }
        const expects = s.expectations.map((e, i) => ({ e, i })).filter(({ e }) => appliesTo(e, v));
        // the statement above each `cycle`: its names, from a simulator run's binding
        const sim = simulate(s.source, { python: v, filename: file, annotations: { expectations: expects.map(({ e }) => e), snapshots: [] } });
        expects.forEach(({ e }, k) => {
          if (e.kind === 'cycle') e.names = statementNames(s.source, sim.expectations[k].statementLine ?? e.line - 1);
        });
        const dir = mkdtempSync(join(tmpdir(), 'heaplens-ex-'));
        try {
          writeFileSync(join(dir, '_hl.py'), HELPER);
          writeFileSync(join(dir, 'sitecustomize.py'), 'import _hl\n');
          const values = run(interp.python, dir, file, instrument(s, expects, -1));
          for (const { e, i } of expects) {
            if (e.kind !== 'leak' && e.kind !== 'no-leak') continue;
            const r = run(interp.python, dir, file, instrument(s, expects, i));
            values[String(i)] = r[String(i)];
          }
          const out = (golden.versions[v] ??= {});
          for (const { e, i } of expects) out[`${si}:${e.line}`] = { text: e.text, values: values[String(i)] ?? [] };
          console.log(`${file} [${v}]: ${expects.length} expectation(s) measured with CPython ${interp.version}`);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }
    });
    mkdirSync(join(root, 'examples', 'golden'), { recursive: true });
    writeFileSync(join(root, 'examples', 'golden', `${basename(file)}.json`), JSON.stringify(golden, null, 1) + '\n');
  }
}

main();
