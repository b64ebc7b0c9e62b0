// _PyCode_ConstantKey: equal constants of the same type share one object in a compilation
// (merge_consts_recursive); 1, 1.0 and True stay distinct, as do 0.0 and -0.0.
import type { PyObject } from '../runtime/object';
import { T } from '../runtime/core';
import { setItems } from '../runtime/set';

export function constKey(o: PyObject): string {
  const t = o.t;
  if (t === T.NoneType) return 'N';
  if (t === T.ellipsis) return 'E';
  if (t === T.bool) return o.v ? 'B1' : 'B0';
  if (t === T.int) return 'i' + String(o.v);
  if (t === T.float) {
    const x = o.v as number;
    return 'f' + (Object.is(x, -0) ? '-0' : x !== x ? 'nan' : String(x));
  }
  if (t === T.complex) return `c${String(o.v)},${String(o.d)}`;
  if (t === T.str) return 's' + (o.v as string);
  if (t === T.bytes) return 'b' + (o.v as string);
  if (t === T.tuple) return 't(' + (o.v as PyObject[]).map(constKey).join('\u0001') + ')';
  // (frozenset of the items' keys, o): equal frozensets are one constant
  if (t === T.frozenset) return 'F{' + setItems(o).map(constKey).sort().join('\u0001') + '}';
  return 'o@' + String(o.a);
}
