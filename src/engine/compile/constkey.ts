// _PyCode_ConstantKey: equal constants of the same type share one object in a compilation
// (merge_consts_recursive); 1, 1.0 and True stay distinct, as do 0.0 and -0.0.
import type { PyObject } from '../runtime/object';
import { T } from '../runtime/core';
import { setItems } from '../runtime/set';
import { unknownComplexKeys } from '../runtime/numbers';

export function constKey(o: PyObject): string {
  const t = o.t;
  if (t === T.NoneType) return 'N';
  if (t === T.ellipsis) return 'E';
  if (t === T.bool) return o.v ? 'B1' : 'B0';
  if (t === T.int) return 'i' + String(o.v);
  if (t === T.float) return 'f' + floatKey(o.v as number);
  // all four complex zeros stay distinct: -0j is (-0-0j), not 0j
  if (t === T.complex) {
    // a folded complex power whose value is the C library's: keyed by its operands
    const unknown = unknownComplexKeys.get(o);
    if (unknown !== undefined) return `c?${unknown}`;
    return `c${floatKey(o.v as number)},${floatKey(o.d as number)}`;
  }
  if (t === T.str) return 's' + (o.v as string);
  if (t === T.bytes) return 'b' + (o.v as string);
  if (t === T.tuple) return 't(' + (o.v as PyObject[]).map(constKey).join('\u0001') + ')';
  // (frozenset of the items' keys, o): equal frozensets are one constant
  if (t === T.frozenset) return 'F{' + setItems(o).map(constKey).sort().join('\u0001') + '}';
  return 'o@' + String(o.a);
}

function floatKey(x: number): string {
  return Object.is(x, -0) ? '-0' : x !== x ? 'nan' : String(x);
}
