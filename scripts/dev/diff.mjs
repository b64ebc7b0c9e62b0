// Dev tool: run Python files on every real interpreter and on the simulator; show differences.
// usage: node scripts/dev/diff.mjs file.py [more.py ...]
import { readFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { simulate } = require('../../out/dev/engine.js');
const root = execFileSync('pyenv', ['root']).toString().trim();
const PY = { '3.8': '3.8.18', '3.10': '3.10.13', '3.11': '3.11.7', '3.12': '3.12.1', '3.13': '3.13.0' };
let bad = 0;
for (const file of process.argv.slice(2)) {
  const src = readFileSync(file, 'utf8');
  for (const [v, full] of Object.entries(PY)) {
    const real = spawnSync(`${root}/versions/${full}/bin/python`, [file], { encoding: 'utf8', env: { ...process.env, PYTHONHASHSEED: '0' } });
    const sim = simulate(src, { python: v, filename: file });
    const rtail = (real.stderr || '').trim().split('\n').pop() || '';
    const stail = (sim.stderr || '').trim().split('\n').pop() || '';
    if (real.stdout === sim.stdout && real.status === sim.exitCode && (real.status === 0 || rtail === stail)) continue;
    bad++;
    const a = sim.stdout.split('\n'), b = real.stdout.split('\n');
    let i = 0; while (i < a.length && a[i] === b[i]) i++;
    console.log(`${file} [${v}] line ${i + 1}: sim ${JSON.stringify(a[i])} real ${JSON.stringify(b[i])} | exit ${sim.exitCode}/${real.status} | sim: ${stail.slice(0, 120)} | real: ${rtail.slice(0, 120)}`);
  }
}
console.log(bad === 0 ? 'all match' : `${bad} mismatches`);
