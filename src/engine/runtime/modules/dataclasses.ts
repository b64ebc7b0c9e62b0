// The dataclasses module (Lib/dataclasses.py, Python code in every version).
//
// What is simulated: the import itself — CPython's `import dataclasses` loads copy and functools
// (which bring weakref, collections and itertools), and HeapLens's import loads them likewise, so
// the interpreter's references on each module and the collector's tracked objects after a full
// collection are the measured ones (scripts/record-baselines.mjs, import sets with
// 'dataclasses') — and `is_dataclass()`.
//
// What stops: the decorator and the rest of the module's API (`dataclass`, `field`, `fields`,
// `asdict`, `astuple`, `replace`, `make_dataclass`, `Field`, `InitVar`, `KW_ONLY`, `MISSING`,
// `FrozenInstanceError`). Reading one of these names stops the run with its line: the decorator
// builds Field objects, generates `__init__`/`__repr__`/`__eq__`/... by exec'ing source text and
// calls inspect.signature for `__doc__`, none of which HeapLens reproduces yet.
import { PyObject } from '../object';
import { P, T, ST, incref, decref } from '../core';
import { isSubtype } from '../types';
import { S, getAttrOpt } from '../abstract';
import { dictSetStr } from '../dict';
import { builtinFunction, parseArgs, pythonStandIns } from '../methods';
import { registerModule, importModule, pythonLevelCall, sourceModuleHeader, type ModuleData } from './registry';

const WHY = 'dataclasses is Python code in CPython (Lib/dataclasses.py): its decorator builds Field objects, generates the class\'s methods by exec\'ing source text and calls inspect.signature, which HeapLens does not simulate yet';

/** The module's public names other than is_dataclass: reading one stops the run. */
const STOPPED = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace'];

registerModule('dataclasses', (mod) => {
  const md = mod.v as ModuleData;
  sourceModuleHeader(mod);
  md.partial = true;
  md.stops = new Map(STOPPED.map((n) => [n, WHY]));
  if (P.minor >= 10) md.stops.set('KW_ONLY', WHY);
  // import copy; import functools (3.8-3.12 directly; 3.13 through inspect): functools brings
  // collections and itertools, copy brings weakref
  decref(importModule('copy', ST.line));
  decref(importModule('functools', ST.line));
  const d = mod.d as PyObject;
  // def is_dataclass(obj):
  //     cls = obj if isinstance(obj, type) else type(obj)
  //     return hasattr(cls, _FIELDS)
  const isDataclass = builtinFunction('is_dataclass', (_s, args, kw) => {
    const [obj] = parseArgs('is_dataclass', args, kw, ['obj'], 1) as PyObject[];
    pythonLevelCall('dataclasses.is_dataclass()', 'dataclasses.is_dataclass is Python code in CPython (Lib/dataclasses.py), whose frame and temporaries HeapLens does not reproduce');
    // (3.10-3.12 also ask isinstance(obj, GenericAlias): HeapLens stops before making one)
    const cls = isSubtype(obj.t, T.type) ? obj : obj.t;
    const v = getAttrOpt(cls, '__dataclass_fields__');
    if (v === null) return incref(S.False);
    decref(v);
    return incref(S.True);
  }, 'dataclasses');
  pythonStandIns.add(isDataclass.v as object);
  dictSetPut(d, 'is_dataclass', isDataclass);
});

function dictSetPut(d: PyObject, k: string, v: PyObject): void {
  // (the dict takes its own reference)
  dictSetStr(d, k, v);
  decref(v);
}
