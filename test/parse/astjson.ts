// HeapLens AST -> the JSON shape scripts/record-parse-goldens.py writes for CPython's ast.parse().

import type { ConstValue, Module } from '../../src/engine/parse/ast';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const POSITION_FIELDS = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'];

/** JSON has no inf/nan; the goldens spell them as Python's repr(). */
function finite(x: number): Json {
  if (Number.isFinite(x)) return x;
  return Number.isNaN(x) ? 'nan' : x > 0 ? 'inf' : '-inf';
}

function constJson(c: ConstValue): Json {
  switch (c.k) {
    case 'None': return { k: 'None' };
    case 'Ellipsis': return { k: 'Ellipsis' };
    case 'bool': return { k: 'bool', v: c.v };
    case 'int': return { k: 'int', v: c.v.toString() };
    case 'float': return { k: 'float', v: finite(c.v) };
    case 'complex': return { k: 'complex', imag: finite(c.imag) };
    case 'str': return { k: 'str', v: c.v };
    case 'bytes': return { k: 'bytes', v: c.v };
  }
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function conv(x: unknown): Json {
  if (x === null || x === undefined) return null;
  if (Array.isArray(x)) return x.map(conv);
  if (typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean') return x;
  if (typeof x === 'bigint') return x.toString();
  if (!isRecord(x)) throw new Error(`unexpected value ${String(x)}`);
  const out: { [k: string]: Json } = {};
  out._t = String(x.type);
  for (const [k, v] of Object.entries(x)) {
    if (k === 'type') continue;
    // the parser's note about its arena references (3.12+), not a field of CPython's ast
    if (x.type === 'Constant' && k === 'arenaTwice') continue;
    if ((x.type === 'Constant' || x.type === 'MatchSingleton') && k === 'value') {
      out.value = constJson(v as ConstValue);
      continue;
    }
    if (POSITION_FIELDS.includes(k)) {
      out[k] = typeof v === 'number' ? v : null;
      continue;
    }
    out[k] = conv(v);
  }
  return out;
}

export function astToJson(mod: Module): Json {
  return conv(mod);
}
