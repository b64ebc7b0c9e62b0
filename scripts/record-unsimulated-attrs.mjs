// Records which attributes CPython's builtin types have, per version, into
// src/engine/runtime/unsimulated.ts: a lookup the simulator cannot answer for one of these names
// stops the run as not simulated instead of raising an AttributeError CPython would not raise.
// usage: node scripts/record-unsimulated-attrs.mjs   (needs the pyenv interpreters)
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
const root = process.env.PYENV_ROOT || execFileSync('pyenv', ['root']).toString().trim();
const VERSIONS = { '3.8': '3.8.18', '3.10': '3.10.13', '3.11': '3.11.7', '3.12': '3.12.1', '3.13': '3.13.0' };
const BIT = { '3.8': 1, '3.10': 2, '3.11': 4, '3.12': 8, '3.13': 16 };
const table = {};
for (const [minor, full] of Object.entries(VERSIONS)) {
  const r = spawnSync(`${root}/versions/${full}/bin/python`, ['scripts/record-unsimulated-attrs.py'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${minor}: ${r.stderr}`);
  for (const [type, names] of Object.entries(JSON.parse(r.stdout))) {
    const t = (table[type] ??= {});
    for (const n of names) t[n] = (t[n] ?? 0) | BIT[minor];
  }
}
const key = (k) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? k : `'${k}'`);
const rows = Object.keys(table).sort().map((type) => {
  const attrs = Object.keys(table[type]).sort().map((n) => `${key(n)}: ${table[type][n]}`).join(', ');
  return `  ${key(type)}: { ${attrs} },`;
});
const src = `// Attributes CPython's builtin types and simulated modules have (their __dict__, per version; a
// module's under "module <name>"): a lookup of one of
// these names that the simulator cannot answer stops the run ("X is not simulated") instead of
// raising an AttributeError CPython would not raise. Each value says on which versions CPython
// has it: bit 0 3.8, bit 1 3.10, bit 2 3.11, bit 3 3.12, bit 4 3.13. Recorded from the real
// interpreters by scripts/record-unsimulated-attrs.mjs — do not edit by hand.

export const UNSIMULATED_ATTRS: Record<string, Record<string, number>> = {
${rows.join('\n')}
};

const VERSION_BIT: Record<number, number> = { 8: 1, 10: 2, 11: 4, 12: 8, 13: 16 };

/** Whether CPython 3.\`minor\`'s builtin type \`typeName\` has \`name\` in its dict (the simulator's
 * lookup of it failed). */
export function unsimulatedAttr(typeName: string, name: string, minor: number): boolean {
  const t = UNSIMULATED_ATTRS[typeName];
  if (t === undefined || !Object.prototype.hasOwnProperty.call(t, name)) return false;
  return (t[name] & (VERSION_BIT[minor] ?? 0)) !== 0;
}

/** The names in CPython 3.\`minor\`'s \`__dict__\` of the builtin type \`typeName\` (recorded under
 * its tp_name or its __name__: 'ReferenceType' for 'weakref.ReferenceType'), or undefined when
 * the type was not recorded. */
export function builtinDictNames(typeName: string, minor: number): string[] | undefined {
  const t = UNSIMULATED_ATTRS[typeName] ?? UNSIMULATED_ATTRS[typeName.slice(typeName.lastIndexOf('.') + 1)];
  if (t === undefined) return undefined;
  const bit = VERSION_BIT[minor] ?? 0;
  return Object.keys(t).filter((n) => (t[n] & bit) !== 0);
}
`;
writeFileSync('src/engine/runtime/unsimulated.ts', src);
console.log(`${Object.keys(table).length} types, ${rows.length} rows -> src/engine/runtime/unsimulated.ts`);
