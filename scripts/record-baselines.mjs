// Runs scripts/record-baselines.py on every installed profiled interpreter and writes
// src/engine/profiles/baselines.json (committed; the engine never needs Python at run time).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
const root = process.env.PYENV_ROOT || execFileSync('pyenv', ['root']).toString().trim();
const out = {};
for (const minor of ['3.8', '3.10', '3.11']) {
  const dirs = readdirSync(join(root, 'versions')).filter((d) => d.startsWith(minor + '.')).sort((a, b) => Number(b.split('.')[2]) - Number(a.split('.')[2]));
  if (dirs.length === 0) { console.error(`no ${minor} interpreter found`); continue; }
  const py = join(root, 'versions', dirs[0], 'bin', 'python');
  if (!existsSync(py)) continue;
  const r = spawnSync(py, ['scripts/record-baselines.py'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  const rec = { ints: {}, chars: {} };
  for (const line of r.stdout.trim().split('\n')) {
    const [k, v] = line.split(' ');
    if (k === 'python') rec.python = v;
    else if (k.startsWith('int')) rec.ints[k.slice(3)] = Number(v);
    else if (k.startsWith('char')) rec.chars[k.slice(4)] = Number(v);
    else rec[k] = Number(v);
  }
  out[minor] = rec;
  console.log(`${minor}: recorded with ${out[minor].python}`);
}
writeFileSync('src/engine/profiles/baselines.json', JSON.stringify(out) + '\n');
