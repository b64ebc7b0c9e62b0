// Dev tool: the shared singletons' reference counts at a program's first instruction, real CPython
// against the simulator (3.8-3.11, where they are mortal).
// usage: node scripts/dev/startcounts.mjs [--versions 3.8,3.10,3.11] [-q] [--at-end] file.py|dir …
// Each file runs with a probe put in front of its first statement (after a docstring and
// `from __future__` imports) that prints sys.getrefcount of every small int (-5..256), every
// Latin-1 1-char str (chr(c)), every sys.intern(chr(c)) and the program's identifiers (renamed to
// fresh ones by startcounts-rename.py, as the interpreter's own uses of common names move their
// counts) and exits: what the count holds then is
// the interpreter's start-up references plus what the program's compilation holds (its parser's
// arena, its code objects' constants and names). Both sides run the same probed file, so the
// probe's own references cancel out; any difference is something the simulator's start-up
// counts get wrong for that program. -q prints only the files that differ.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
// the counts themselves, also where the simulator would stop because CPython's are not knowable
process.env.HEAPLENS_DEV_ALL_REFCOUNTS = '1';
const { simulate } = require('../../out/dev/engine.js');

const root = execFileSync('pyenv', ['root']).toString().trim();
const PY = { '3.8': '3.8.18', '3.10': '3.10.13', '3.11': '3.11.7' };
const args = process.argv.slice(2);
let versions = Object.keys(PY);
const vi = args.indexOf('--versions');
if (vi >= 0) versions = args.splice(vi, 2)[1].split(',');
const quiet = args.includes('-q');
// --at-end: probe after the program's last statement instead (what its run left behind counts too)
const atEnd = args.includes('--at-end');
const files = [];
for (const a of args.filter((x) => x !== '-q' && x !== '--at-end')) {
  if (statSync(a).isDirectory()) for (const f of readdirSync(a).sort()) { if (f.endsWith('.py')) files.push(join(a, f)); }
  else files.push(a);
}
// the oracle's environment (record-oracle.mjs): the shell's, without PYTHON* variables, plus
// PYTHONIOENCODING; LANG as the shell has it (the recorded start-up counts of 0 and 1 are a UTF-8
// locale's: run with LANG=C.UTF-8)
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PYTHON')));
Object.assign(env, { PYTHONHASHSEED: '1', PYTHONIOENCODING: 'utf-8' });

/** The probe: one line (so that it does not change how the rest parses), no int literal, no
 * 1-char name; it ends with a call (code after a `raise` would be unreachable, and 3.10+ drop
 * the constants only unreachable code uses). */
const probeLine = (names) => "import sys as _hl_s; _hl_s.stdout.write('HLPROBE ' + ' '.join(map(str, map(_hl_s.getrefcount, range(int('-5'), int('257'))))) + ' | ' + ' '.join(map(str, map(_hl_s.getrefcount, map(chr, range(int('256')))))) + ' | ' + ' '.join(map(str, map(_hl_s.getrefcount, map(_hl_s.intern, map(chr, range(int('256'))))))) + ' | ' + ' '.join(map(str, map(_hl_s.getrefcount, map(_hl_s.intern, '" + names.join(' ') + "'.split())))) + '\\n'); _hl_s.stdout.flush(); _hl_s.exit()";

/** The source, its identifiers renamed (startcounts-rename.py), with the probe before its first
 * statement (after a docstring and __future__ imports); and the renamed identifiers. */
function probed(file) {
  // (a program that runs — --at-end — keeps its names: renamed builtins would not be found)
  const out = atEnd ? readFileSync(file, 'utf8') + '\n#HLNAMES \n' : execFileSync('python3', ['scripts/dev/startcounts-rename.py', file], { encoding: 'utf8' });
  const at = out.lastIndexOf('\n#HLNAMES ');
  const names = out.slice(at + 10).trim().split(' ').filter(Boolean);
  const lines = out.slice(0, at).split('\n');
  let i = 0;
  const skip = () => { while (i < lines.length && (/^\s*(#.*)?$/.test(lines[i]))) i++; };
  skip();
  // a docstring (one line or several) stays first
  const m = /^(\s*)[rRuU]?("""|'''|"|')/.exec(lines[i] ?? '');
  if (m) {
    const q = m[2];
    const rest = lines[i].slice(m[0].length);
    if (q.length === 3 && !rest.includes(q)) { i++; while (i < lines.length && !lines[i].includes(q)) i++; }
    i++;
    skip();
  }
  while (i < lines.length && /^from __future__ import/.test(lines[i])) { i++; skip(); }
  if (atEnd) i = lines.length;
  lines.splice(i, 0, probeLine(names));
  return { src: lines.join('\n'), names };
}

function parse(out) {
  const line = out.split('\n').find((l) => l.startsWith('HLPROBE '));
  if (!line) return null;
  const [ints, chars, interned, names] = line.slice(8).split(' | ').map((s) => s.split(' ').filter(Boolean).map(Number));
  return { ints, chars, interned, names };
}

function label(kind, i, names) {
  if (kind === 'ints') return String(i - 5);
  if (kind === 'names') return names[i].slice(2);
  const c = String.fromCharCode(i);
  const shown = /[\x21-\x7e]/.test(c) ? c : `\\x${i.toString(16).padStart(2, '0')}`;
  return kind === 'chars' ? `'${shown}'` : `intern('${shown}')`;
}

let bad = 0;
for (const file of files) {
  const { src, names } = probed(file);
  const tmp = `/tmp/hl-startcounts-${process.pid}.py`;
  require('node:fs').writeFileSync(tmp, src);
  for (const v of versions) {
    const r = spawnSync(`${root}/versions/${PY[v]}/bin/python`, [tmp], { encoding: 'utf8', env });
    const real = parse(r.stdout);
    let simOut = '';
    let simErr = '';
    try {
      const s = simulate(src, { python: v, filename: v === '3.8' ? tmp : resolve(tmp) });
      simOut = s.stdout;
      simErr = s.stderr;
    } catch (e) {
      simErr = String(e);
    }
    const sim = parse(simOut);
    if (real === null) { console.log(`${file} [${v}] real run printed no probe: ${r.stderr.trim().split('\n').pop()}`); continue; }
    if (sim === null) { bad++; console.log(`${file} [${v}] simulator printed no probe: ${simErr.trim().split('\n').pop()}`); continue; }
    const diffs = [];
    for (const kind of ['ints', 'chars', 'interned', 'names']) {
      for (let i = 0; i < real[kind].length; i++) {
        if (kind === 'interned' && real.interned[i] === real.chars[i] && sim.interned[i] % 1e12 === sim.chars[i] % 1e12) continue;
        // a count the simulator would stop at (reported 10**12 higher) is not a difference
        if (sim[kind][i] >= 1e12) continue;
        const d = real[kind][i] - sim[kind][i];
        if (d !== 0) diffs.push(`${label(kind, i, names)} ${d > 0 ? '+' : ''}${d}`);
      }
    }
    if (diffs.length) { bad++; console.log(`${file} [${v}] real-sim: ${diffs.join(', ')}`); }
    else if (!quiet) console.log(`${file} [${v}] same`);
  }
}
console.log(bad ? `${bad} differ` : 'all same');
