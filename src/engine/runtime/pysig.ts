// Argument binding for builtins that stand in for functions CPython defines in Python (the
// standard library's Counter methods, namedtuple(), ...): the same checks, in the same order and
// with the same messages, as binding a call to a Python function (ceval's
// initialize_locals / positional_only_passed_as_keyword / too_many_positional /
// missing_arguments; func.ts bindArgs does it for the program's own functions).
import type { PyObject } from './object';
import { P, T } from './core';
import { raise } from './exc';
import { bestMatch } from './suggest';

export interface PySig {
  /** __name__ (3.8's messages) and __qualname__ (3.10+) */
  name: string;
  qualname: string;
  /** positional parameters, self included */
  params: string[];
  /** how many of them are positional-only */
  posonly: number;
  /** how many trailing positional parameters have defaults */
  ndefaults: number;
  /** keyword-only parameters and which of them have defaults */
  kwonly?: string[];
  kwonlyDefaults?: string[];
  varargs?: boolean;
  varkw?: boolean;
}

export interface Bound {
  /** the positional parameters' values (null: not given, take the default) */
  args: (PyObject | null)[];
  kwonly: Map<string, PyObject>;
  /** *args */
  rest: PyObject[];
  /** **kwargs, in the call's order */
  kw: [string, PyObject][];
}

function label(sig: PySig): string {
  return P.minor >= 10 ? sig.qualname : sig.name;
}

function nameList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return q.slice(0, -2).join(', ') + `, ${q[q.length - 2]}, and ${q[q.length - 1]}`;
}

/** Bind `args` (positional values, then the values of `kwnames`) to `sig`; references are
 * borrowed. Raises the TypeError CPython raises for a Python function with that signature. */
export function bindPy(sig: PySig, args: PyObject[], kwnames: string[] | null): Bound {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const argcount = sig.params.length;
  const kwonly = sig.kwonly ?? [];
  const out: Bound = { args: new Array<PyObject | null>(argcount).fill(null), kwonly: new Map(), rest: [], kw: [] };
  const n = Math.min(npos, argcount);
  for (let i = 0; i < n; i++) out.args[i] = args[i];
  if (sig.varargs) for (let i = n; i < npos; i++) out.rest.push(args[i]);
  for (let k = 0; k < nkw; k++) {
    const name = (kwnames as string[])[k];
    const value = args[npos + k];
    const j = sig.params.indexOf(name);
    if (j >= sig.posonly) {
      if (out.args[j] !== null) raise(T.TypeError, `${label(sig)}() got multiple values for argument '${name}'`);
      out.args[j] = value;
      continue;
    }
    if (kwonly.includes(name)) {
      if (out.kwonly.has(name)) raise(T.TypeError, `${label(sig)}() got multiple values for argument '${name}'`);
      out.kwonly.set(name, value);
      continue;
    }
    if (!sig.varkw) {
      if (j >= 0) raise(T.TypeError, `${label(sig)}() got some positional-only arguments passed as keyword arguments: '${name}'`);
      const takesKw = [...sig.params.slice(sig.posonly), ...kwonly];
      const m = P.minor >= 13 && takesKw.length > 0 ? bestMatch(name, takesKw) : null;
      raise(T.TypeError, `${label(sig)}() got an unexpected keyword argument '${name}'${m === null ? '' : `. Did you mean '${m}'?`}`);
    }
    out.kw.push([name, value]);
  }
  if (npos > argcount && !sig.varargs) {
    const kwonlyGiven = out.kwonly.size;
    let takes: string;
    let plural: boolean;
    if (sig.ndefaults > 0) {
      plural = true;
      takes = `from ${argcount - sig.ndefaults} to ${argcount}`;
    } else {
      plural = argcount !== 1;
      takes = String(argcount);
    }
    const kwPart = kwonlyGiven
      ? ` positional argument${npos !== 1 ? 's' : ''} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven !== 1 ? 's' : ''})`
      : '';
    raise(T.TypeError, `${label(sig)}() takes ${takes} positional argument${plural ? 's' : ''} but ${npos}${kwPart} ${npos === 1 && !kwonlyGiven ? 'was' : 'were'} given`);
  }
  const required = argcount - sig.ndefaults;
  const missing: string[] = [];
  for (let i = npos; i < required; i++) if (out.args[i] === null) missing.push(sig.params[i]);
  if (missing.length > 0) {
    raise(T.TypeError, `${label(sig)}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${nameList(missing)}`);
  }
  const kwMissing = kwonly.filter((k) => !out.kwonly.has(k) && !(sig.kwonlyDefaults ?? []).includes(k));
  if (kwMissing.length > 0) {
    raise(T.TypeError, `${label(sig)}() missing ${kwMissing.length} required keyword-only argument${kwMissing.length === 1 ? '' : 's'}: ${nameList(kwMissing)}`);
  }
  return out;
}
