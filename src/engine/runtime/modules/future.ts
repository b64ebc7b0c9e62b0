// The __future__ module (Lib/__future__.py): Python source CPython imports when a program says
// `from __future__ import X` (start-up has not imported it on any version). What the import does
// to the interpreter's counts is measured per version (scripts/record-baselines.mjs independent:
// the module's count, the objects it leaves tracked, the shared singletons its code touches).
// HeapLens makes the module's dict with CPython's keys and one _Feature object per feature, which
// the program can bind, pass around and count references to; reading a _Feature's attributes,
// its repr and size, and the module's other names stop the run.
import { PyObject, F_GC, F_RUNTIME } from '../object';
import { NotSimulated, ST, gcTrack, decref, P } from '../core';
import { S } from '../abstract';
import { dictSetStr, newDict } from '../dict';
import { newBuiltinType, type TypeInfo } from '../types';
import { T } from '../core';
import { registerModule, sourceModuleHeader, type ModuleData } from './registry';

/** The features, in Lib/__future__.py's order (the same on 3.8-3.13). */
export const FUTURE_FEATURES = ['nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function', 'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations'];

const OTHER_NAMES = ['all_feature_names', '__all__', 'CO_NESTED', 'CO_GENERATOR_ALLOWED', 'CO_FUTURE_DIVISION', 'CO_FUTURE_ABSOLUTE_IMPORT', 'CO_FUTURE_WITH_STATEMENT', 'CO_FUTURE_PRINT_FUNCTION', 'CO_FUTURE_UNICODE_LITERALS', 'CO_FUTURE_BARRY_AS_BDFL', 'CO_FUTURE_GENERATOR_STOP', 'CO_FUTURE_ANNOTATIONS', '_Feature'];

registerModule('__future__', (mod) => {
  const d = mod.d as PyObject;
  sourceModuleHeader(mod);
  const md = mod.v as ModuleData;
  for (const n of OTHER_NAMES) md.opaque?.add(n);
  const why = "HeapLens has __future__'s _Feature objects as placeholders (their release tuples and compiler flags are not simulated)";
  const feature = newBuiltinType('_Feature', T.object, (ti: TypeInfo) => {
    ti.dict = newDict();
    ti.dict.f |= F_RUNTIME;
    ti.gc = true;
    ti.getattr = (o, name) => {
      if (name === '__class__') {
        o.t.rc++;
        return o.t;
      }
      throw new NotSimulated(`${(o.v as string)}.${name} (a __future__._Feature)`, ST.line, why);
    };
    ti.repr = (o) => { throw new NotSimulated(`the repr of __future__.${o.v as string}`, ST.line, why); };
    // an instance of a Python class with a __dict__ and weakrefs: sys.getsizeof is 48 (3.11: 56,
    // its weakref slot besides the managed dict's pre-header), the GC head (added by getsizeof) included
    ti.sizeof = () => (P.minor === 11 ? 40 : 32);
    ti.traverse = () => {};
    ti.dealloc = () => {};
  }, '__future__');
  // the module's other names: None holds their places (reading one stops: md.opaque)
  for (const n of OTHER_NAMES) dictSetStr(d, n, n === '_Feature' ? feature : S.None);
  decref(feature);
  for (const name of FUTURE_FEATURES) {
    feature.rc++;
    const o = new PyObject(feature, name, null, F_GC | F_RUNTIME);
    gcTrack(o);
    dictSetStr(d, name, o);
    decref(o);
  }
});
