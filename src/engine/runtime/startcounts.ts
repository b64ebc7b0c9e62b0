// The shared singletons' counts when the program starts (3.8-3.11, where they are mortal).
//
// baselines.json holds, per object, the count real CPython has at a script's first instruction
// minus every reference the script itself makes (see scripts/record-baselines.py): it already
// includes the interpreter's own references, the __main__ module's globals (__doc__, __spec__...
// = None) and the fixed fields of the main module's code object. The simulator's start-up makes
// references of its own to some of these objects (builtins, types, the __main__ globals it sets
// up), which must not be counted twice, while the program's own references (its parser arena and
// co_consts, made by the compiler before the program runs) must be counted on top. So once the
// __main__ globals are set up, rebaseStart() makes sys.getrefcount report recorded + (the
// compilation's references), and the program's own references add to that as it runs.
import { IMMORTAL_RC, F_STATIC, type PyObject } from './object';
import { P, R, T } from './core';
import type { Code } from './func';
import { setItems } from './set';
import { S } from './abstract';
import { EMPTY_TUPLE } from './tuple';
import { emptyStrBorrowed, latin1Created, latin1Borrowed, globalStrings } from './str';
import { emptyBytes } from './bytes';
import { smallInt } from './numbers';

function shared(): PyObject[] {
  const out: PyObject[] = [S.None, S.True, S.False, S.Ellipsis, S.NotImplemented, EMPTY_TUPLE(), emptyStrBorrowed(), emptyBytes()];
  for (let i = -5; i <= 256; i++) out.push(smallInt(i));
  out.push(...latin1Created());
  return out.filter((o) => (o.f & F_STATIC) !== 0);
}

function counts(): Map<PyObject, number> {
  const m = new Map<PyObject, number>();
  for (const o of shared()) m.set(o, o.rc);
  return m;
}

/** The references the program's compilation holds when it starts to run: one per object in its
 * parser arena, one per constant in each code object's co_consts, one per item of each constant
 * tuple and frozenset (each container counted once, however many code objects share it). */
function compiledRefs(arena: PyObject[], code: Code): Map<PyObject, number> {
  const refs = new Map<PyObject, number>();
  const add = (o: PyObject): void => {
    refs.set(o, (refs.get(o) ?? 0) + 1);
  };
  const seen = new Set<PyObject>();
  const container = (o: PyObject): void => {
    if (seen.has(o)) return;
    seen.add(o);
    const items = o.t === T.tuple ? (o.v as PyObject[]) : o.t === T.frozenset ? setItems(o) : o.t === T.code ? (o.v as Code).consts : [];
    for (const k of items) {
      add(k);
      container(k);
    }
  };
  for (const o of arena) {
    add(o);
    container(o);
  }
  // every code object's co_consts: the module's and, through it, the nested ones'
  for (const o of code.nameRefs) {
    add(o);
    container(o);
  }
  const codes = [code];
  for (let i = 0; i < codes.length; i++) {
    for (const k of codes[i].consts) {
      add(k);
      container(k);
    }
    codes.push(...codes[i].children);
  }
  return refs;
}

/** Just before the module's first instruction: make each shared singleton report its recorded
 * start-up count plus the references the program's compilation holds on it, whatever the
 * simulator's own start-up did to it. */
export function rebaseStart(arena: PyObject[], code: Code): void {
  const refs = compiledRefs(arena, code);
  for (const o of shared()) {
    const recorded = R.baselines.get(o);
    if (recorded === undefined) continue;
    R.baselines.set(o, recorded + (refs.get(o) ?? 0) - (o.rc - IMMORTAL_RC));
  }
}

/** Run `build` (making the sys module, which real CPython has before any script runs, or a module
 * its start-up imported): the references it makes to the shared singletons (and to 3.11's static
 * 1-char identifier strings) are already in their recorded counts. */
export function uncounted(build: () => void): void {
  const before = counts();
  for (const o of globalStrings()) before.set(o, o.rc);
  build();
  for (const o of [...shared(), ...globalStrings()]) {
    const b = R.baselines.get(o);
    if (b === undefined) continue;
    R.baselines.set(o, b - (o.rc - (before.get(o) ?? IMMORTAL_RC)));
  }
}

/** The shared singletons by the names the baselines use (None, True, emptyStr, int5, char101...). */
function sharedKeyed(): Map<string, PyObject> {
  const m = new Map<string, PyObject>();
  const named: [string, PyObject][] = [['None', S.None], ['True', S.True], ['False', S.False], ['Ellipsis', S.Ellipsis], ['NotImplemented', S.NotImplemented], ['emptyTuple', EMPTY_TUPLE()], ['emptyStr', emptyStrBorrowed()], ['emptyBytes', emptyBytes()]];
  for (const [k, o] of named) m.set(k, o);
  for (let i = -5; i <= 256; i++) m.set(`int${i}`, smallInt(i));
  for (const o of latin1Created()) m.set(`char${(o.v as string).charCodeAt(0)}`, o);
  // 3.11's interned 1-char strings of their own
  for (const o of globalStrings()) m.set(`ichar${(o.v as string).charCodeAt(0)}`, o);
  return m;
}

/** An import that runs code in CPython whose effect on the shared singletons' counts was not
 * measured: every one of them has an unknown count from now on (3.8-3.11; immortal after). */
export function importUncounted(name: string): void {
  if (P.immortalRefcnt !== null) return;
  for (const o of sharedKeyed().values()) {
    // ('?': not measured, rather than measured to vary)
    if ((o.f & F_STATIC) !== 0 && !R.refsUnknownAfterImport.has(o)) R.refsUnknownAfterImport.set(o, `?${name}`);
  }
}

/** Run `build` (a module's import, which runs code in CPython), then make each shared singleton's
 * count change by what the real import changes it by (`real`, measured; the simulator's own
 * references made while building are replaced by it). Singletons named in `unknown` changed by
 * different amounts in different real runs: their counts become unknown (`name` is the module). */
export function importCounted(build: () => void, real: Record<string, number>, unknown: string[], name: string): void {
  // the Latin-1 singletons exist from CPython's start-up: make those the import changes before it
  // runs (the simulator makes them when first used, which would miss the change)
  for (const key of [...Object.keys(real), ...unknown]) {
    const m = /^char(\d+)$/.exec(key);
    if (m !== null) latin1Borrowed(Number(m[1]));
  }
  const before = counts();
  // (3.11/3.12's interned 1-char strings of their own too: without their counts before, the
  // program's own references to them were taken for the import's)
  for (const o of globalStrings()) before.set(o, o.rc);
  build();
  const keyed = sharedKeyed();
  for (const [key, o] of keyed) {
    if ((o.f & F_STATIC) === 0) continue;
    const b = R.baselines.get(o);
    if (b === undefined) continue;
    const sim = o.rc - (before.get(o) ?? IMMORTAL_RC);
    R.baselines.set(o, b + (real[key] ?? 0) - sim);
  }
  for (const key of unknown) {
    const o = keyed.get(key);
    if (o !== undefined && (o.f & F_STATIC) !== 0) R.refsUnknownAfterImport.set(o, name);
  }
}
