// Measures the math module's C-library functions: real CPython (glibc's libm on this machine)
// against V8's Math.* and against the simulator's own kernels (src/engine/runtime/modules/mathlib.ts).
//
//   node scripts/math-libm-check.mjs [--n 2000000] [--only exp,log] [--python 3.12] [--markdown docs/math-libm.md]
//
// For every function and every installed profiled interpreter it generates N pseudo-random
// arguments (deterministic: random bit patterns, uniform ranges, integers, m*2**e with small m,
// arguments near the overflow and underflow thresholds) plus a fixed list (every power of two,
// powers of ten, small integers, perfect cubes, special values), runs the function on them in
// CPython (scripts/math-libm-check.py) and compares, bit for bit (NaNs as NaN, signed zeros by
// sign):
//   - V8: Math.NAME(x) where CPython returned a float: how often the two libraries disagree.
//     These counts are why the simulator does not use Math.* for them.
//   - HeapLens: the simulator's outcome (value, ValueError or OverflowError) wherever its kernel
//     claims one (elsewhere it stops the run). Any mismatch here is a bug: the script exits 1.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(name);
  return i < 0 ? dflt : argv[i + 1];
};
const N = Number(opt('--n', '2000000'));
const only = opt('--only', null)?.split(',') ?? null;
const onlyPy = opt('--python', null)?.split(',') ?? null;
const markdown = opt('--markdown', null);

// ---------------------------------------------------------------- the kernels under test
const tmp = mkdtempSync(join(tmpdir(), 'heaplens-libm-'));
const bundle = join(tmp, 'mathlib.cjs');
await build({ entryPoints: ['src/engine/runtime/modules/mathlib.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'warning' });
const require = (await import('node:module')).createRequire(import.meta.url);
const L = require(bundle);

// ---------------------------------------------------------------- interpreters
const root = process.env.PYENV_ROOT || execFileSync('pyenv', ['root']).toString().trim();
function pythonFor(minor) {
  const dirs = readdirSync(join(root, 'versions')).filter((d) => d.startsWith(minor + '.') && /^\d+\.\d+\.\d+$/.test(d)).sort((a, b) => Number(b.split('.')[2]) - Number(a.split('.')[2]));
  if (dirs.length === 0) return null;
  const py = join(root, 'versions', dirs[0], 'bin', 'python');
  return existsSync(py) ? [dirs[0], py] : null;
}

// ---------------------------------------------------------------- arguments
let seed = 0x2545f4914f6cdd1dn;
function rnd64() {
  // xorshift64*
  seed ^= seed >> 12n;
  seed ^= (seed << 25n) & 0xffffffffffffffffn;
  seed ^= seed >> 27n;
  return (seed * 0x2545f4914f6cdd1dn) & 0xffffffffffffffffn;
}
const rnd = () => Number(rnd64() >> 11n) / 2 ** 53;
const uniform = (a, b) => a + (b - a) * rnd();
const randBits = () => L.fromBits(rnd64());
const randInt = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const smallScaled = () => {
  const m = 2 * randInt(0, 7) + 1;
  return (rnd() < 0.5 ? -1 : 1) * L.ldexp(m, randInt(-1078, 1020));
};

/** Arguments every one-argument function is also tried on. */
function fixedArgs() {
  const xs = [0, -0, Infinity, -Infinity, NaN, 1, -1, 0.5, -0.5, 2, -2, 5e-324, -5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, -1.7976931348623157e308];
  for (let k = -1074; k <= 1023; k++) xs.push(L.pow2(k), -L.pow2(k));
  for (let k = 0; k <= 22; k++) xs.push(Number(`1e${k}`));
  for (let i = -300; i <= 300; i++) xs.push(i, i + 0.5);
  for (let i = 1; i < 2 ** 17; i += 97) xs.push(i * i * i, -i * i * i);
  for (const t of [6, 27, 28, 22, 38, 40, 200, 709, 709.78, 709.79, 710, 710.5, 711, 745, 745.2, 746, 1023, 1024, 1025, 1074, 1075, 1080]) {
    for (const s of [1, -1]) {
      const x = s * t;
      xs.push(x, L.nextafter(x, Infinity), L.nextafter(x, -Infinity));
    }
  }
  for (let k = -70; k <= -20; k++) xs.push(L.pow2(k), -L.pow2(k), L.pow2(k) * 1.5, L.nextafter(L.pow2(k), 0));
  return xs;
}

function unaryArgs(n) {
  const xs = fixedArgs();
  for (let i = 0; i < n; i++) {
    const k = i % 10;
    let x;
    if (k < 3) x = randBits();
    else if (k === 3) x = uniform(-10, 10);
    else if (k === 4) x = uniform(-1, 1);
    else if (k === 5) x = uniform(-1000, 1000);
    else if (k === 6) x = randInt(-1100, 1100);
    else if (k === 7) x = smallScaled();
    else if (k === 8) x = (rnd() < 0.5 ? -1 : 1) * uniform(700, 760);
    else x = (rnd() < 0.5 ? -1 : 1) * uniform(0, 45);
    xs.push(x);
  }
  return xs;
}

function binaryArgs(n, name) {
  const specials = [0, -0, Infinity, -Infinity, NaN, 1, -1, 0.5, -0.5, 2, -2, 3, -3, 1e300, -1e300, 5e-324, 1.5, -1.5];
  const ps = [];
  for (const a of specials) for (const b of specials) ps.push([a, b]);
  for (let i = -20; i <= 20; i++) for (let j = -60; j <= 60; j++) ps.push([i, j]);
  for (let i = 0; i < n; i++) {
    const k = i % 8;
    if (k < 2) ps.push([randBits(), randBits()]);
    else if (k === 2) ps.push([uniform(-10, 10), uniform(-10, 10)]);
    else if (k === 3) ps.push([randInt(-30, 30), randInt(-80, 80)]);
    else if (k === 4) ps.push([smallScaled(), randInt(-1100, 1100)]);
    else if (k === 5) ps.push([uniform(0, 100), [0.5, -1, 2, 3, -2, 0.25, 1e10, -1e10][randInt(0, 7)]]);
    else if (k === 6) ps.push([(randInt(1, 3000) ** 2) * (rnd() < 0.1 ? -1 : 1), 0.5]);
    else ps.push([specials[randInt(0, specials.length - 1)], name === 'atan2' ? uniform(-5, 5) : randInt(-5, 5)]);
  }
  return ps;
}

// ---------------------------------------------------------------- functions
/** [name, arity, first minor, JS Math equivalent or null] */
const FUNCS = [
  ['exp', 1, 8, 'exp'], ['exp2', 1, 11, null], ['expm1', 1, 8, 'expm1'], ['log', 1, 8, 'log'], ['log2', 1, 8, 'log2'],
  ['log10', 1, 8, 'log10'], ['log1p', 1, 8, 'log1p'], ['sqrt', 1, 8, 'sqrt'], ['cbrt', 1, 11, 'cbrt'],
  ['sin', 1, 8, 'sin'], ['cos', 1, 8, 'cos'], ['tan', 1, 8, 'tan'], ['asin', 1, 8, 'asin'], ['acos', 1, 8, 'acos'],
  ['atan', 1, 8, 'atan'], ['sinh', 1, 8, 'sinh'], ['cosh', 1, 8, 'cosh'], ['tanh', 1, 8, 'tanh'],
  ['asinh', 1, 8, 'asinh'], ['acosh', 1, 8, 'acosh'], ['atanh', 1, 8, 'atanh'], ['erf', 1, 8, null], ['erfc', 1, 8, null],
  ['gamma', 1, 8, null], ['lgamma', 1, 8, null], ['fabs', 1, 8, 'abs'],
  ['pow', 2, 8, 'pow'], ['atan2', 2, 8, 'atan2'],
];

function sameFloat(a, b) {
  return Object.is(a, b) || (a !== a && b !== b);
}

const STATUS = ['value', 'ValueError', 'OverflowError', 'other'];
const rows = [];
let failures = 0;
for (const minor of ['3.8', '3.10', '3.11', '3.12', '3.13']) {
  if (onlyPy !== null && !onlyPy.includes(minor)) continue;
  const found = pythonFor(minor);
  if (found === null) {
    console.log(`${minor}: no interpreter, skipped`);
    continue;
  }
  const [version, py] = found;
  const m = Number(minor.split('.')[1]);
  for (const [name, arity, since, js] of FUNCS) {
    if (m < since || (only !== null && !only.includes(name))) continue;
    seed = 0x2545f4914f6cdd1dn + BigInt(name.length * 7919 + name.charCodeAt(0));
    const args = arity === 1 ? unaryArgs(N) : binaryArgs(N, name);
    const flat = new Float64Array(arity === 1 ? args : args.flat());
    const src = join(tmp, 'args.bin');
    const dst = join(tmp, 'out.bin');
    writeFileSync(src, Buffer.from(flat.buffer));
    const r = spawnSync(py, ['scripts/math-libm-check.py', name, String(arity), src, dst], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    const buf = readFileSync(dst);
    const count = args.length;
    const vals = new Float64Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + count * 8));
    const status = buf.subarray(count * 8);
    let v8Compared = 0, v8Differ = 0, claimed = 0, bad = 0;
    const examples = [];
    for (let i = 0; i < count; i++) {
      const a = args[i];
      const real = status[i] === 0 ? vals[i] : STATUS[status[i]];
      if (js !== null && status[i] === 0 && Number.isFinite(vals[i])) {
        const v = arity === 1 ? Math[js](a) : Math[js](a[0], a[1]);
        v8Compared++;
        if (!sameFloat(v, vals[i])) v8Differ++;
      }
      const sim = arity === 1 ? L.outcome1(name, a) : name === 'pow' ? L.outcomePow(m, a[0], a[1]) : L.outcomeAtan2(a[0], a[1]);
      if (sim === null) continue;
      claimed++;
      const ok = typeof sim === 'string' || typeof real === 'string' ? sim === real : sameFloat(sim, real);
      if (!ok) {
        bad++;
        if (examples.length < 5) examples.push(`${name}(${arity === 1 ? a : a.join(', ')}): CPython ${real}, HeapLens ${sim}`);
      }
    }
    failures += bad;
    rows.push({ version, name, count, v8Compared, v8Differ, claimed, bad });
    console.log(`${version} ${name}: ${count} arguments; V8 Math.${js ?? '-'} differs on ${v8Differ}/${v8Compared}; HeapLens claims ${claimed}, wrong ${bad}`);
    for (const e of examples) console.log(`  ${e}`);
  }
}
rmSync(tmp, { recursive: true, force: true });

if (markdown !== null) {
  const lines = [
    '| version | function | arguments | V8 `Math.*` differs from glibc | simulated (exactly defined) | of those wrong |',
    '|---|---|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    const v8 = r.v8Compared === 0 ? 'no `Math` equivalent' : `${r.v8Differ} of ${r.v8Compared} (${((100 * r.v8Differ) / r.v8Compared).toFixed(3)}%)`;
    lines.push(`| ${r.version} | ${r.name} | ${r.count} | ${v8} | ${r.claimed} | ${r.bad} |`);
  }
  const doc = readFileSync(markdown, 'utf8');
  const begin = '<!-- measurements -->', end = '<!-- /measurements -->';
  const i = doc.indexOf(begin), j = doc.indexOf(end);
  if (i < 0 || j < 0) throw new Error(`${markdown} lacks the ${begin} ... ${end} markers`);
  writeFileSync(markdown, doc.slice(0, i + begin.length) + '\n' + lines.join('\n') + '\n' + doc.slice(j));
  console.log(`wrote the table into ${markdown}`);
}
if (failures > 0) {
  console.log(`${failures} simulated results differ from CPython`);
  process.exit(1);
}
