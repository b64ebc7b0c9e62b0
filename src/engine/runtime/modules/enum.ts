// The enum module (Lib/enum.py, Python code in every version).
//
// The import: CPython's `import enum` runs `import sys` and `from types import ...` on every
// version, and on 3.11/3.12 also `from operator import or_` and `from functools import reduce`
// (functools brings collections and itertools); 3.13's enum.py imports neither. On this machine's
// 3.11 start-up already imported enum (a .pth file), so there the import only binds the name.
// HeapLens's import loads the same simulated modules, so the interpreter's references on each
// module and the collector's tracked objects after a full collection are the measured ones
// (scripts/record-baselines.mjs, import sets with 'enum').
//
// What is simulated: the import itself (`import enum`, `import enum as e`), its module object's
// count, and the collector's and the shared singletons' counts it leaves. What stops: every use of
// the module's contents (Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique, EnumMeta/EnumType,
// ...). Building an Enum class runs the metaclass's Python code (__prepare__'s _EnumDict,
// __new__ creating the members, _member_map_, _value2member_map_, _member_names_, per-member
// __dict__s whose keys differ per version), which HeapLens does not reproduce yet: the run stops
// rather than print counts and sizes it cannot vouch for.
import { P, ST, decref, NotSimulated } from '../core';
import { dictSetStr, dictGetStr } from '../dict';
import { RT } from '../../compile/rt';
import { importEffect } from '../../profiles/baselines';
import { registerModule, importModule, sourceModuleHeader, bindImportedSys, type ModuleData } from './registry';

const WHY = "enum's classes are built by Lib/enum.py's metaclass (Python code); HeapLens does not simulate Enum classes and their members yet";

/** The names of enum.py's public API per version (reading one stops the run). */
function publicNames(): string[] {
  const names = ['Enum', 'IntEnum', 'Flag', 'IntFlag', 'auto', 'unique', 'EnumMeta'];
  if (P.minor >= 11) {
    names.push('EnumType', 'StrEnum', 'ReprEnum', 'EnumCheck', 'FlagBoundary', 'verify', 'member', 'nonmember', 'property', 'global_enum',
      'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_flag_repr', 'global_enum_repr', 'global_str', 'show_flag_values', 'pickle_by_enum_name', 'pickle_by_global_name');
  }
  if (P.minor >= 13) names.push('EnumDict');
  return names;
}

registerModule('enum', (mod) => {
  const md = mod.v as ModuleData;
  sourceModuleHeader(mod);
  // any other name of CPython's module is missing here: reading it stops the run
  md.partial = true;
  md.stops = new Map(publicNames().map((n) => [n, WHY]));
  const d = mod.d as PyObject;
  dictSetStr(d, '__builtins__', RT.builtins);
  bindImportedSys(d);
  // 3.11/3.12: from operator import or_ as _or_; from functools import reduce (the modules are
  // loaded, their functions bound: the measured attrRefs are the references besides these)
  if (P.minor === 11 || P.minor === 12) {
    const preloaded = importEffect(P, 'enum')?.preloaded === true;
    for (const [modName, attr, as] of [['operator', 'or_', '_or_'], ['functools', 'reduce', 'reduce']]) {
      const m = importModule(modName, ST.line);
      const v = dictGetStr(m.d as PyObject, attr);
      if (v === null) throw new NotSimulated(`${modName}.${attr} (imported by enum)`, ST.line);
      dictSetStr(d, as, v);
      // 3.11's start-up imported enum: the counts measured for operator's and functools' own
      // import already hold this reference
      if (preloaded) v.rc--;
      decref(m);
    }
  }
});

type PyObject = import('../object').PyObject;
