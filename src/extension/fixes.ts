// Quick fixes as plain text edits over the document's lines (no `vscode` import). Each keeps the
// file valid Python, and re-simulated the finding it answers is gone (test/extension/).
import type { Finding } from '../engine/result';

/** Replace lines [line, endLine) (0-based, whole lines) with `text` (which ends with \n or is ''). */
export interface LineEdit {
  line: number;
  endLine: number;
  text: string;
}

export interface Fix {
  title: string;
  edits: LineEdit[];
}

function indentOf(s: string): string {
  return /^\s*/.exec(s)?.[0] ?? '';
}

/** The last line (0-based) of the block that starts at `line`: following lines indented deeper
 * (or blank/comment lines between them). */
function blockEnd(lines: string[], line: number): number {
  const base = indentOf(lines[line]).length;
  let end = line;
  for (let i = line + 1; i < lines.length; i++) {
    const t = lines[i];
    if (t.trim() === '' || t.trimStart().startsWith('#')) continue;
    if (indentOf(t).length <= base) break;
    end = i;
  }
  return end;
}

/** `s += x` in a loop → collect the pieces in a list and join once after the loop. */
export function fixQuadraticConcat(lines: string[], f: Finding): Fix | null {
  const name = f.data?.name;
  const loopLine = f.data?.loopLine;
  if (typeof name !== 'string' || typeof loopLine !== 'number') return null;
  // a list or tuple: no mechanical fix (`lst += x` would change the list other names may share)
  if (f.data?.kind !== 'str' && f.data?.kind !== 'bytes') return null;
  const at = f.line - 1;
  // `name += x` or `name = name + x`
  const m = new RegExp(`^(\\s*)${name}\\s*(?:\\+=|=\\s*${name}\\s*\\+)\\s*(.+?)\\s*$`).exec(lines[at] ?? '');
  if (m === null) return null;
  const loop = loopLine - 1;
  const ind = indentOf(lines[loop]);
  const end = blockEnd(lines, loop);
  const parts = `${name}_parts`;
  const empty = f.data?.kind === 'bytes' ? 'b""' : '""';
  return {
    title: `Build \`${name}\` with a list and ${empty}.join()`,
    edits: [
      { line: loop, endLine: loop, text: `${ind}${parts} = [${name}]\n` },
      { line: at, endLine: at + 1, text: `${m[1]}${parts}.append(${m[2]})\n` },
      { line: end + 1, endLine: end + 1, text: `${ind}${name} = ${empty}.join(${parts})\n` },
    ],
  };
}

/** A growing cache dict → an OrderedDict that evicts its oldest entries past a maximum size. */
export function fixUnboundedGrowth(lines: string[], f: Finding): Fix | null {
  const name = f.data?.name;
  const kind = f.data?.kind;
  const finalLength = f.data?.finalLength;
  if (typeof name !== 'string' || kind !== 'dict' || typeof finalLength !== 'number') return null;
  const at = f.line - 1;
  const m = new RegExp(`^(\\s*)${name}\\s*=\\s*(\\{\\}|dict\\(\\))\\s*(#.*)?$`).exec(lines[at] ?? '');
  if (m === null) return null;
  const ind = m[1];
  const max = Math.max(1, Math.floor(finalLength / 2));
  const cls = 'BoundedCache';
  const text = [
    `${ind}# HeapLens: a dict that forgets its oldest entries once it holds maxsize of them.`,
    `${ind}# Choose maxsize for your workload (functools.lru_cache does the same for a function).`,
    `${ind}from collections import OrderedDict`,
    '',
    '',
    `${ind}class ${cls}(OrderedDict):`,
    `${ind}    def __init__(self, maxsize):`,
    `${ind}        super().__init__()`,
    `${ind}        self.maxsize = maxsize`,
    '',
    `${ind}    def __setitem__(self, key, value):`,
    `${ind}        super().__setitem__(key, value)`,
    `${ind}        if len(self) > self.maxsize:`,
    `${ind}            self.popitem(last=False)`,
    '',
    '',
    `${ind}${name} = ${cls}(maxsize=${max})`,
    '',
  ].join('\n');
  return { title: `Bound \`${name}\`: evict the oldest entries (OrderedDict)`, edits: [{ line: at, endLine: at + 1, text }] };
}

/** A cycle through an attribute → store that back-reference as a weakref.ref (call it to use). */
export function fixCycleWithWeakref(lines: string[], f: Finding): Fix | null {
  const attrs = f.data?.backRefs;
  if (!Array.isArray(attrs) || attrs.length === 0) return null;
  const attr = String(attrs[attrs.length - 1]);
  // the last assignment to that attribute before the line that made the garbage
  for (let i = Math.min(f.line - 1, lines.length - 1); i >= 0; i--) {
    const m = new RegExp(`^(\\s*)([A-Za-z_][\\w.]*)\\.${attr}\\s*=\\s*(?!weakref\\.ref\\()([A-Za-z_][\\w.]*)\\s*(#.*)?$`).exec(lines[i]);
    if (m === null) continue;
    const edits: LineEdit[] = [{ line: i, endLine: i + 1, text: `${m[1]}${m[2]}.${attr} = weakref.ref(${m[3]})  # HeapLens: call ${m[2]}.${attr}() to get it\n` }];
    if (!lines.some((l) => /^\s*import weakref\b/.test(l))) edits.unshift({ line: firstCodeLine(lines), endLine: firstCodeLine(lines), text: 'import weakref\n' });
    return { title: `Break the cycle: make \`.${attr}\` a weak reference`, edits };
  }
  return null;
}

/** A stop that a `gc.collect()` after the imports gets past (what CPython's start-up and the
 * imports left to the collector depends on the installation) → that statement after the last
 * top-level import before the stop (and `import gc` if the module has none). */
export function fixCollectAfterImports(lines: string[], f: Finding): Fix | null {
  if (f.data?.remedy !== 'collect-after-imports') return null;
  let after = -1;
  for (let i = 0; i < Math.min(f.line - 1, lines.length); i++) {
    if (!/^(import|from)\s+[A-Za-z_]/.test(lines[i])) continue;
    // a parenthesised `from m import (a,\n b)` ends at its closing parenthesis
    let end = i;
    if (/\(\s*(#.*)?$/.test(lines[i]) || (lines[i].includes('(') && !lines[i].includes(')'))) {
      while (end < lines.length - 1 && !lines[end].includes(')')) end++;
    } else {
      while (end < lines.length - 1 && /\\\s*$/.test(lines[end])) end++;
    }
    after = end;
    i = end;
  }
  const at = after + 1;
  const hasGc = lines.some((l) => /^import\s+(.*,\s*)?gc\s*(,|#|$)/.test(l));
  const text = `${hasGc ? '' : 'import gc\n'}gc.collect()  # HeapLens: start from a collector state that does not depend on the installation\n`;
  return { title: 'Add gc.collect() after the imports (the simulation can go on from there)', edits: [{ line: at, endLine: at, text }] };
}

/** Where an import can go: after a leading docstring/comments and __future__ imports. */
function firstCodeLine(lines: string[]): number {
  let i = 0;
  while (i < lines.length && (lines[i].trim() === '' || lines[i].trimStart().startsWith('#'))) i++;
  while (i < lines.length && /^from __future__ import/.test(lines[i])) i++;
  return i;
}

/** Many instances with a dict each → `__slots__` with their attributes, first in the class body
 * (after a docstring). */
export function fixAddSlots(lines: string[], f: Finding): Fix | null {
  const attrs = f.data?.attributes;
  const bodyLine = f.data?.bodyLine;
  if (!Array.isArray(attrs) || attrs.length === 0 || typeof bodyLine !== 'number') return null;
  const at = bodyLine - 1;
  const ind = indentOf(lines[at] ?? '    ');
  const first = isDocstringStart(lines[at] ?? '') ? stringEnd(lines, at) + 1 : at;
  const tuple = `(${attrs.map((a) => `'${String(a)}'`).join(', ')}${attrs.length === 1 ? ',' : ''})`;
  return {
    title: `Add __slots__ = ${tuple} to ${String(f.data?.className)}`,
    edits: [{ line: first, endLine: first, text: `${ind}__slots__ = ${tuple}\n` }],
  };
}

const QUOTES = ['"""', "'''", '"', "'"];

function isDocstringStart(line: string): boolean {
  const t = line.trimStart();
  return QUOTES.some((q) => t.startsWith(q));
}

/** The last line of the string literal that starts on `line`. */
function stringEnd(lines: string[], line: number): number {
  const t = lines[line].trimStart();
  const q = QUOTES.find((x) => t.startsWith(x)) as string;
  if (t.slice(q.length).includes(q)) return line;
  for (let i = line + 1; i < lines.length; i++) if (lines[i].includes(q)) return i;
  return line;
}

export function fixesFor(lines: string[], f: Finding): Fix[] {
  const out: (Fix | null)[] = [];
  if (f.code === 'many-instances') out.push(fixAddSlots(lines, f));
  if (f.code === 'quadratic-concat') out.push(fixQuadraticConcat(lines, f));
  if (f.code === 'unbounded-growth') out.push(fixUnboundedGrowth(lines, f));
  if (f.code === 'cycle-garbage') out.push(fixCycleWithWeakref(lines, f));
  if (f.code === 'not-simulated') out.push(fixCollectAfterImports(lines, f));
  return out.filter((x): x is Fix => x !== null);
}

/** Apply edits to a text (bottom-up), for tests and previews. */
export function applyEdits(text: string, edits: LineEdit[]): string {
  const lines = text.split('\n');
  const sorted = [...edits].sort((a, b) => b.line - a.line || b.endLine - a.endLine);
  for (const e of sorted) {
    const repl = e.text === '' ? [] : e.text.replace(/\n$/, '').split('\n');
    lines.splice(e.line, e.endLine - e.line, ...repl);
  }
  return lines.join('\n');
}
