// Py_ReprEnter / Py_ReprLeave: containers that contain themselves print as [...] / {...}.
//
// As in CPython, the objects being repr'd are kept in a list stored under "Py_Repr" in the
// thread state's dict; both are made by the first container repr of the run (two GC
// allocations the program can see in gc.get_count()) and live to the end. Entering appends the
// object (a reference), leaving removes it with PyList_SetSlice (the item array shrinks).
import type { PyObject } from './object';
import { P, decref, untraced } from './core';
import { newDict, dictSet } from './dict';
import { internStr } from './str';
import { newList, listAppend, listResize } from './list';

/** tstate->dict (PyThreadState_GetDict) and its "Py_Repr" list; null until first needed. */
let threadDict: PyObject | null = null;
let reprList: PyObject | null = null;

export function resetReprGuard(): void {
  threadDict = null;
  reprList = null;
}

/** Make the thread state's dict and its "Py_Repr" list if they do not exist yet (a container's
 * repr in code CPython runs while importing a module: functools on 3.8, tracemalloc on 3.8). */
export function readyReprGuard(): void {
  if (reprList !== null) return;
  if (threadDict === null) threadDict = newDict();
  reprList = newList([]);
  // the key: a _Py_IDENTIFIER made on first use up to 3.10, a static string from 3.11
  const mk = (): PyObject => internStr('Py_Repr', P.interning !== 'mortal');
  const key = P.minor >= 11 ? untraced(mk) : mk();
  dictSet(threadDict, key, reprList);
  decref(key);
  decref(reprList);
}
export const ensureReprList = readyReprGuard;

/** false if `o` is already being repr'd (a recursive container). */
export function reprEnter(o: PyObject): boolean {
  if (reprList === null) readyReprGuard();
  const list = reprList as unknown as PyObject;
  const items = list.v as PyObject[];
  for (let i = items.length - 1; i >= 0; i--) if (items[i] === o) return false;
  listAppend(list, o);
  return true;
}

export function reprLeave(o: PyObject): void {
  if (reprList === null) return;
  const items = reprList.v as PyObject[];
  // Counting backwards: o is normally the last item.
  for (let i = items.length - 1; i >= 0; i--) {
    if (items[i] === o) {
      listResize(reprList, items.length - 1);
      items.splice(i, 1);
      decref(o);
      return;
    }
  }
}
