// Dev tool: run every oracle program on the simulator and summarise mismatches.
// usage: node scripts/dev/triage.mjs [versions=3.8,3.10,3.11,3.12,3.13] [filter]
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { simulate } = require('../../out/dev/engine.js');
const versions = (process.argv[2] || '3.8,3.10,3.11,3.12,3.13').split(',');
const filter = process.argv[3] || '';
const dir = 'test/oracle/programs';
const progs = readdirSync(dir).filter((f) => f.endsWith('.py') && f.includes(filter)).sort();
let pass = 0, fail = 0;
const byProg = new Map();
for (const p of progs) {
  const src = readFileSync(`${dir}/${p}`, 'utf8');
  for (const v of versions) {
    const gpath = `test/oracle/golden/${v}/${p.replace(/\.py$/, '.json')}`;
    if (!existsSync(gpath)) continue;
    const g = JSON.parse(readFileSync(gpath, 'utf8'));
    let r;
    try { r = simulate(src, { python: v, filename: p }); } catch (e) { r = { stdout: '', stderr: 'CRASH ' + (e.stack || e).toString().split('\n').slice(0, 3).join(' | '), exitCode: -1 }; }
    const tail = (r.stderr || '').trim().split('\n').filter(Boolean).pop() || '';
    const ok = r.stdout === g.stdout && r.exitCode === g.exitCode && (g.exitCode === 0 || tail === g.stderrTail);
    if (ok) { pass++; continue; }
    fail++;
    let why;
    if (r.exitCode !== g.exitCode && r.exitCode !== 0 && r.exitCode !== 1) why = 'ERR ' + tail.slice(0, 160);
    else if (r.stdout !== g.stdout) {
      const a = r.stdout.split('\n'), b = g.stdout.split('\n');
      let i = 0; while (i < a.length && a[i] === b[i]) i++;
      why = `line ${i + 1}: got ${JSON.stringify(a[i] ?? '<eof>')} want ${JSON.stringify(b[i] ?? '<eof>')}` + (r.exitCode !== g.exitCode ? ` | ${tail.slice(0, 100)}` : '');
    } else why = `stderr: got ${JSON.stringify(tail)} want ${JSON.stringify(g.stderrTail)} exit ${r.exitCode}/${g.exitCode}`;
    if (!byProg.has(p)) byProg.set(p, []);
    byProg.get(p).push(`${v}: ${why}`);
  }
}
for (const [p, ws] of byProg) {
  const uniq = [...new Set(ws.map((w) => w.slice(w.indexOf(':') + 2)))];
  if (uniq.length === 1) console.log(`${p} [${ws.map((w) => w.split(':')[0]).join(',')}] ${uniq[0]}`);
  else { console.log(p); for (const w of ws) console.log('   ' + w); }
}
console.log(`\n${pass} passed, ${fail} failed`);
