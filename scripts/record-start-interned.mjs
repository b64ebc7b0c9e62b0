// Records which identifier-like strings each real interpreter has interned when a script starts
// (scripts/record-start-interned.py) into src/engine/runtime/startinterned.ts. A program's
// string constant equal to one of them is start-up's object: its reference count includes the
// interpreter's own references (3.8-3.11, and 3.13's mortal ones), or it is immortal (3.13).
//
// usage: node scripts/record-start-interned.mjs [--src 3.8=DIR,3.10=DIR,...]
//   --src gives CPython source trees of each version: their C identifiers, Argument Clinic
//   keyword names and Modules/getpath.py join the candidates (without them those are missed).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const root = process.env.PYENV_ROOT || execFileSync('pyenv', ['root']).toString().trim();
const srcs = {};
const i = process.argv.indexOf('--src');
if (i > 0) for (const kv of process.argv[i + 1].split(',')) { const [k, v] = kv.split('='); srcs[k] = v; }
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PYTHON')));
env.PYTHONIOENCODING = 'utf-8';

function pythonFor(minor) {
  const dirs = readdirSync(join(root, 'versions')).filter((d) => d.startsWith(minor + '.') && /^\d+\.\d+\.\d+$/.test(d)).sort((a, b) => Number(b.split('.')[2]) - Number(a.split('.')[2]));
  if (dirs.length === 0) return null;
  const py = join(root, 'versions', dirs[0], 'bin', 'python');
  return existsSync(py) ? [py, dirs[0]] : null;
}

// bit per version: 1 3.8, 2 3.10, 4 3.11 (interned at start, mortal); 8 3.13 immortal, 16 3.13 mortal
const BITS = { '3.8': [1, 1], '3.10': [2, 2], '3.11': [4, 4], '3.13': [8, 16] };
const masks = new Map();
const tmp = mkdtempSync(join(tmpdir(), 'heaplens-interned-'));
const used = [];
for (const minor of Object.keys(BITS)) {
  const found = pythonFor(minor);
  if (found === null) throw new Error(`no CPython ${minor}: every version is needed`);
  const [py, full] = found;
  const cands = spawnSync(py, ['scripts/record-start-interned.py', 'cands', ...(srcs[minor] ? [srcs[minor]] : [])], { encoding: 'utf8', env, maxBuffer: 1 << 26 });
  if (cands.status !== 0) throw new Error(cands.stderr);
  const file = join(tmp, `cands-${minor}.txt`);
  writeFileSync(file, cands.stdout);
  // The test runs as a script from an empty directory, as the oracle runs programs: each
  // candidate is built afresh (strings read from a file are not interned) and sys.intern returns
  // another object when an equal string was interned already. A script's own names are interned
  // before it runs, so it runs twice with different names and only what both report counts.
  const runs = [];
  const NAMES = [['file', 'data', 'result', 'value'], ['stream', 'items', 'found', 'obj']];
  for (const [a, b, c, d] of NAMES) {
    const script = join(tmp, `probe_${a}.py`);
    writeFileSync(script, [
      'import sys',
      `${a} = open(sys.argv[1])`,
      `${b} = ${a}.read().split()`,
      `${a}.close()`,
      `${c} = []`,
      `for ${d} in ${b}:`,
      `    ${a} = ''.join(list(${d}))`,
      `    ${b}2 = sys.intern(${a})`,
      `    if ${b}2 is not ${a}:`,
      `        ${c}.append(${d} + ' ' + ('1' if sys.getrefcount(${b}2) >= (1 << 30) else '0'))`,
      `sys.stdout.write('\\n'.join(${c}) + '\\n')`,
      '',
    ].join('\n'));
    const r = spawnSync(py, [script, file], { encoding: 'utf8', env, cwd: tmp, maxBuffer: 1 << 26 });
    if (r.status !== 0) throw new Error(r.stderr);
    runs.push(new Map(r.stdout.trim().split('\n').filter((l) => l).map((l) => l.split(' '))));
  }
  let n = 0;
  for (const [w, imm] of runs[0]) {
    const imm2 = runs[1].get(w);
    if (imm2 === undefined) continue;
    // immortality as the run that does not use the name itself saw it (3.13 makes a script's
    // names immortal)
    const own = (k) => NAMES[k].includes(w) || w === `${NAMES[k][1]}2`;
    const im = own(0) ? imm2 : own(1) ? imm : imm;
    const bit = BITS[minor][im === '1' ? 0 : 1];
    masks.set(w, (masks.get(w) ?? 0) | bit);
    n++;
  }
  used.push(`${full}${srcs[minor] ? ' + source' : ''}`);
  console.log(`${minor} (${full}): ${n} strings interned at start`);
}
rmSync(tmp, { recursive: true });
const entries = [...masks.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([w, m]) => `${w}:${m.toString(32)}`);
const out = `// The identifier-like strings (two characters or more) each CPython has interned when a script
// starts, recorded by scripts/record-start-interned.mjs from ${used.join(', ')} — do not edit by
// hand. "name:mask" with the mask in base 32: 1 3.8, 2 3.10, 4 3.11 (interned, mortal),
// 8 3.13 interned immortal, 16 3.13 interned mortal. 3.12 makes every interned string immortal.
export const START_INTERNED = ${JSON.stringify(entries.join(' '))};
`;
writeFileSync('src/engine/runtime/startinterned.ts', out);
console.log(`${entries.length} strings -> src/engine/runtime/startinterned.ts (${out.length} bytes)`);
