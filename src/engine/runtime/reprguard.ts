// Py_ReprEnter / Py_ReprLeave: containers that contain themselves print as [...] / {...}.
import type { PyObject } from './object';

let active = new Set<PyObject>();

export function resetReprGuard(): void {
  active = new Set();
}

/** false if `o` is already being repr'd (a recursive container). */
export function reprEnter(o: PyObject): boolean {
  if (active.has(o)) return false;
  active.add(o);
  return true;
}

export function reprLeave(o: PyObject): void {
  active.delete(o);
}
