// Stand-ins for the docstrings of classes HeapLens builds natively for Python code.
import { PyObject } from '../object';
import { NotSimulated, ST, allocBlock, freeBlock } from '../core';
import { newModuleType } from './array';

/** The `__doc__` of a class HeapLens builds natively for Python code (random.Random,
 * collections.Counter): a str in CPython whose text HeapLens does not have, so reading,
 * printing, comparing or measuring it stops the run. */
export function docStandIn(what: string): PyObject {
  const stop = (): never => {
    throw new NotSimulated(`${what}.__doc__`, ST.line, "HeapLens does not have the text of CPython's docstring");
  };
  const t = newModuleType('str', 'builtins', (ti) => {
    ti.repr = stop;
    ti.str = stop;
    ti.getattr = stop;
    ti.hash = stop;
    ti.richcompare = stop;
    ti.len = stop;
    ti.bool = stop;
    ti.new = null;
    ti.dealloc = (o) => freeBlock(o, 0);
  });
  const o = new PyObject(t, null, null, 0);
  allocBlock(o, 48);
  return o;
}
