// Warnings a builtin emits while the program runs (Python/_warnings.c PyErr_WarnEx with stack
// level 1): attributed to the calling Python frame, filtered by the default filters, recorded in
// that module's __warningregistry__ (created in its globals on first use), shown once per
// (message, category, line). Shown as _warnings.c's show_warning prints it, or — when the
// `warnings` module is loaded (3.11 at start-up, 3.13 on the first warning) — by its Python
// formatwarning, whose allocations HeapLens does not reproduce: the collector's counts become
// unknown until the next full collection.
import { pythonLevelCall, checkStderrReport } from './modules/registry';
import { PyObject } from './object';
import { P, R, T, decref, tmInexact } from './core';
import { S, indexHooks } from './abstract';
import { newDict, dictGetStr, dictSetStr, dictClear, dictGet, dictSet } from './dict';
import { newStr } from './str';
import { newTuple } from './tuple';
import { newInt } from './numbers';
import { newException } from './exc';
import { callStack, stdlibOpaque } from './func';
import type { TypeInfo } from './types';
import { formatWarning } from './tbformat';
import { noteWarningsImported } from './modules/core_modules';

/** PyNumber_Index's DeprecationWarning for an __index__ that gives an int subclass (called at
 * runtime start: abstract.ts cannot import this module). */
export function bindIndexHooks(): void {
  indexHooks.warn = (msg) => warnEx(T.DeprecationWarning, msg);
  indexHooks.copy = (o) => newInt(o.v as number | bigint);
}

export function warnEx(category: PyObject, msg: string): void {
  const fr = callStack.length > 0 ? callStack[callStack.length - 1] : null;
  if (fr === null) return;
  if (fr.code.stdlib !== '') stdlibOpaque(fr.code, `a warning raised in ${fr.code.stdlib}.${fr.code.qualname}()`);
  // setup_context: the registry in the frame's globals, the module name
  const g = fr.g;
  let registry = dictGetStr(g, '__warningregistry__');
  if (registry === null) {
    registry = newDict();
    dictSetStr(g, '__warningregistry__', registry);
    decref(registry);
  }
  const nameObj = dictGetStr(g, '__name__');
  const module = nameObj !== null && nameObj.t === T.str ? (nameObj.v as string) : '<string>';
  const filename = fr.code.filename;
  const lineno = fr.line;
  // warn_explicit: the Warning instance, the registry key
  const text = newStr(msg);
  const inst = newException(category, [text]);
  const lineObj = newInt(lineno);
  text.rc++;
  category.rc++;
  const key = newTuple([text, category, lineObj]);
  try {
    // already_warned: a registry of another filters version is cleared first
    const version = dictGetStr(registry, 'version');
    if (version === null || version.t !== T.int || Number(version.v) !== 0) {
      dictClear(registry);
      const v = newInt(0);
      dictSetStr(registry, 'version', v);
      decref(v);
    }
    if (dictGet(registry, key) !== null) return;
    // the default filters: DeprecationWarning only for __main__ (and the ignored categories)
    const cname = (category.v as TypeInfo).name;
    const ignored = (cname === 'DeprecationWarning' && module !== '__main__') || cname === 'PendingDeprecationWarning'
      || cname === 'ImportWarning' || cname === 'ResourceWarning';
    dictSet(registry, key, S.True);
    if (ignored) return;
    const python = P.minor === 11 || P.minor >= 13;
    checkStderrReport(`a ${cname}`, lineno);
    R.err.push(formatWarning(filename, lineno, cname, msg, python));
    if (!R.warningShown) R.warningFirst = `the ${cname} of line ${lineno}`;
    R.warningShown = true;
    if (python) pythonLevelCall('a warning was shown', "CPython's warnings module (Python code) formats it, with allocations HeapLens does not reproduce");
    // (the C show_warning writes through sys.stderr's file object and reads the source line
    // from the file: allocations HeapLens does not reproduce)
    else tmInexact('a warning shown (written through sys.stderr, its source line read from the file)');
    noteWarningsImported();
  } finally {
    decref(key);
    decref(inst);
    decref(text);
  }
}
