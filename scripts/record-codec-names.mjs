// Records, per CPython version, the encoding names the codec registry resolves (every alias in
// encodings.aliases and every module of the encodings package for which codecs.lookup succeeds)
// into src/engine/runtime/codecnames.ts. HeapLens needs them to tell an unknown encoding (a
// LookupError) from a codec it does not simulate.
// usage: node scripts/record-codec-names.mjs   (needs the pyenv interpreters)
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
const root = process.env.PYENV_ROOT || execFileSync('pyenv', ['root']).toString().trim();
const VERSIONS = [['13', '3.13.0'], ['12', '3.12.1'], ['11', '3.11.7'], ['10', '3.10.13'], ['8', '3.8.18']];
const code = `
import codecs, encodings, encodings.aliases, os, json
names = set(encodings.aliases.aliases)
d = os.path.dirname(encodings.__file__)
names.update(f[:-3] for f in os.listdir(d) if f.endswith('.py') and f != '__init__.py')
ok = []
for n in sorted(names):
    try:
        codecs.lookup(n)
    except LookupError:
        continue
    ok.append(n)
print(json.dumps(ok))
`;
const sets = {};
for (const [minor, full] of VERSIONS) {
  const r = spawnSync(`${root}/versions/${full}/bin/python`, ['-c', code], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${full}: ${r.stderr}`);
  sets[minor] = JSON.parse(r.stdout);
  console.log(`${full}: ${sets[minor].length} names`);
}
const all = [...new Set(Object.values(sets).flat())].sort();
const only = {};
for (const n of all) {
  const vs = VERSIONS.filter(([m]) => sets[m].includes(n)).map(([m]) => Number(m));
  if (vs.length !== VERSIONS.length) only[n] = vs;
}
const out = `// The encoding names each CPython version's codec registry resolves (encodings.search_function:
// the aliases of encodings.aliases and the modules of the encodings package that load), as the
// registry sees them after normalising. Recorded from the real interpreters by
// scripts/record-codec-names.mjs — do not edit by hand.

export const CODEC_NAMES = ${JSON.stringify(all.join(' '))};

/** Names only some versions resolve: the minor versions that do. */
export const CODEC_NAMES_ONLY: Record<string, number[]> = ${JSON.stringify(only)};
`;
writeFileSync('src/engine/runtime/codecnames.ts', out);
console.log(`wrote src/engine/runtime/codecnames.ts (${all.length} names)`);
