// Records each CPython version's Unicode database as its str methods see it (character classes,
// case mappings, East Asian width) into src/engine/runtime/unicodedb.ts: 3.13's in full, every
// older version as the differences from the next newer one.
// usage: node scripts/record-unicode.mjs   (needs the pyenv interpreters)
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
const root = process.env.PYENV_ROOT || execFileSync('pyenv', ['root']).toString().trim();
const VERSIONS = [['13', '3.13.0'], ['12', '3.12.1'], ['11', '3.11.7'], ['10', '3.10.13'], ['8', '3.8.18']];
const N = 0x110000;

const data = {};
for (const [minor, full] of VERSIONS) {
  const r = spawnSync(`${root}/versions/${full}/bin/python`, ['scripts/record-unicode.py'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${full}: ${r.stderr}`);
  data[minor] = JSON.parse(r.stdout);
  console.log(`${full}: Unicode ${data[minor].unidata}, ${data[minor].runs.length} runs, ${Object.keys(data[minor].case).length} case mappings`);
}

const b36 = (n) => n.toString(36);
const expand = (runs) => {
  const a = new Uint16Array(N);
  for (let i = 0; i < runs.length; i++) a.fill(runs[i][1], runs[i][0], i + 1 < runs.length ? runs[i + 1][0] : N);
  return a;
};
// a mapping as offsets of its code points from the mapped character ("" when unchanged)
const encMap = (cp, s) => {
  const cps = [...s].map((c) => c.codePointAt(0));
  if (cps.length === 1 && cps[0] === cp) return '';
  return cps.map((c) => b36(c - cp)).join(';');
};
const encCase = (entries) => {
  let prev = 0;
  return entries.map(([cp, maps]) => {
    const s = `${b36(cp - prev)}:${maps.map((m) => encMap(cp, m)).join('|')}`;
    prev = cp;
    return s;
  }).join(',');
};

const base = data['13'];
const out = {
  runs: (() => {
    let prev = 0;
    return base.runs.map(([cp, f]) => {
      const s = `${b36(cp - prev)}.${b36(f)}`;
      prev = cp;
      return s;
    }).join(',');
  })(),
  case: encCase(Object.entries(base.case).map(([k, v]) => [Number(k), v]).sort((a, b) => a[0] - b[0])),
};
const patches = {};
for (let i = 1; i < VERSIONS.length; i++) {
  const [minor] = VERSIONS[i];
  const newer = data[VERSIONS[i - 1][0]];
  const cur = data[minor];
  const a = expand(newer.runs), b = expand(cur.runs);
  const ranges = [];
  let prev = 0;
  for (let cp = 0; cp < N;) {
    if (a[cp] === b[cp]) {
      cp++;
      continue;
    }
    let end = cp;
    while (end < N && b[end] === b[cp] && a[end] !== b[end]) end++;
    ranges.push(`${b36(cp - prev)}.${b36(end - cp)}.${b36(b[cp])}`);
    prev = cp;
    cp = end;
  }
  const removed = Object.keys(newer.case).filter((k) => !(k in cur.case)).map(Number).sort((x, y) => x - y);
  const changed = Object.entries(cur.case).filter(([k, v]) => JSON.stringify(newer.case[k]) !== JSON.stringify(v))
    .map(([k, v]) => [Number(k), v]).sort((x, y) => x[0] - y[0]);
  let p = 0;
  patches[minor] = {
    runs: ranges.join(','),
    removed: removed.map((cp) => { const s = b36(cp - p); p = cp; return s; }).join(','),
    case: encCase(changed),
  };
}

const src = `// Each CPython version's Unicode database as its str methods see it: per code point the flags
// of isspace, isdecimal, isdigit, isnumeric, isalpha, isprintable, Uppercase, Lowercase,
// titlecase, XID_Start (or "_"), XID_Continue, East Asian Width W/F and Case_Ignorable, and the
// full upper/lower/title/casefold mappings. 3.13 (Unicode ${base.unidata}) in full; each older version as
// its differences from the next newer one. Recorded from the real interpreters by
// scripts/record-unicode.mjs — do not edit by hand.

/** Runs: "<code point delta>.<flags>" (base 36). Case: "<code point delta>:<upper>|<lower>|<title>|<casefold>",
 * each mapping the offsets of its code points from the mapped one (empty: unchanged). */
export const UNICODE_BASE = ${JSON.stringify(out)};

/** Older versions, applied newest first: runs "<delta>.<length>.<flags>" overriding the newer
 * version's flags; case mappings removed and changed. */
export const UNICODE_PATCHES: Record<number, { runs: string; removed: string; case: string }> = ${JSON.stringify(patches)};

export const UNICODE_VERSIONS: Record<number, string> = ${JSON.stringify(Object.fromEntries(VERSIONS.map(([m]) => [m, data[m].unidata])))};
`;
writeFileSync('src/engine/runtime/unicodedb.ts', src);
console.log(`src/engine/runtime/unicodedb.ts: ${src.length} bytes`);
