// Records sys.stdlib_module_names of 3.12 and 3.13 into src/engine/runtime/stdlibnames.ts: a
// NameError for one of these names ends with "Did you forget to import 'x'?" on those versions.
// usage: node scripts/record-stdlib-names.mjs   (needs the pyenv interpreters)
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
const root = process.env.PYENV_ROOT || execFileSync('pyenv', ['root']).toString().trim();
const names = {};
for (const [minor, full] of [['12', '3.12.1'], ['13', '3.13.0']]) {
  const out = execFileSync(`${root}/versions/${full}/bin/python`, ['-c', 'import sys, json; print(json.dumps(sorted(sys.stdlib_module_names)))']).toString();
  names[minor] = JSON.parse(out);
}
const src = `// sys.stdlib_module_names of 3.12.1 and 3.13.0 (the "Did you forget to import" hint of a
// NameError). Recorded from the real interpreters by scripts/record-stdlib-names.mjs — do not edit
// by hand.
export const STDLIB_MODULE_NAMES: Record<number, string> = {
  12: ${JSON.stringify(names['12'].join(' '))},
  13: ${JSON.stringify(names['13'].join(' '))},
};
`;
writeFileSync('src/engine/runtime/stdlibnames.ts', src);
console.log(`${names['12'].length} / ${names['13'].length} names -> src/engine/runtime/stdlibnames.ts`);
