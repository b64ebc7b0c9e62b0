// What the editor shows for a simulation result: lens titles, hover text, diagnostics and the
// edits of quick fixes, as plain data. No `vscode` import: the providers turn these into
// CodeLens, Hover, Diagnostic and WorkspaceEdit objects, and the unit tests check them directly.
import { type SimulationResult, type LineFacts, type NameRef, type Finding, type ExpectationResult, type HeapView, type HeapObject, refcountLabel } from '../engine/result';

export type LensDetail = 'off' | 'compact' | 'full';

export interface LensSpec {
  /** 0-based line the lens sits above. */
  line: number;
  title: string;
  tooltip: string;
  /** The step to open the heap panel at. */
  step: number;
}

/** 1234 → "1.2 KiB"; below 1024 in bytes. */
export function bytes(n: number): string {
  const a = Math.abs(n);
  const sign = n < 0 ? '-' : '';
  if (a < 1024) return `${sign}${a} B`;
  if (a < 1024 * 1024) return `${sign}${(a / 1024).toFixed(1)} KiB`;
  return `${sign}${(a / 1048576).toFixed(1)} MiB`;
}

function signed(n: number): string {
  return n > 0 ? `+${bytes(n)}` : bytes(n);
}

/** Full: everything the line allocated and everything it freed, per type. */
function counts(rec: Record<string, number>, recBytes: Record<string, number> | undefined, sign: '+' | '-'): string[] {
  const out: string[] = [];
  for (const [t, n] of Object.entries(rec).sort((a, b) => b[1] - a[1])) {
    const b = recBytes?.[t];
    out.push(b === undefined ? `${sign}${n} ${t}` : `${sign}${n} ${t} (${bytes(b)})`);
  }
  return out;
}

/** Compact: the net change per type (what the line left behind), largest first, and how many
 * objects it made and freed again in the same breath (`print`'s bound `write` methods, the
 * intermediate results of an expression, a loop's previous value) as one "temporaries" count. */
function netCounts(l: LineFacts): string[] {
  const out: [string, number][] = [];
  const types = new Set([...Object.keys(l.allocated), ...Object.keys(l.freed)]);
  let temporaries = 0;
  for (const t of types) {
    const made = l.allocated[t] ?? 0;
    const gone = l.freed[t] ?? 0;
    temporaries += Math.min(made, gone);
    const n = made - gone;
    if (n === 0) continue;
    const b = (l.allocatedBytes?.[t] ?? 0) - (l.freedBytes?.[t] ?? 0);
    const known = l.allocatedBytes?.[t] !== undefined || l.freedBytes?.[t] !== undefined;
    out.push([`${n > 0 ? '+' : '-'}${Math.abs(n)} ${t}${known && b !== 0 ? ` (${bytes(Math.abs(b))})` : ''}`, Math.abs(n)]);
  }
  const shown = out.sort((a, b) => b[1] - a[1]).map((x) => x[0]);
  const parts = shown.length > 3 ? [...shown.slice(0, 3), `+${shown.length - 3} more types`] : shown;
  if (temporaries > 0) parts.push(`${temporaries} ${temporaries === 1 ? 'temporary' : 'temporaries'}`);
  return parts;
}

function refText(r: NameRef, detail: LensDetail): string {
  const v = refcountLabel(r);
  return detail === 'full' ? `${r.name}=${v} (${r.type}, ${bytes(r.size)})` : `${r.name}=${v}`;
}

/** Does the line touch memory (anything to show)? */
function touches(l: LineFacts): boolean {
  return l.refs.length > 0 || Object.keys(l.allocated).length > 0 || Object.keys(l.freed).length > 0 || l.bytesDelta !== 0;
}

/** The lens above one traced line, e.g. `heap · refs a=2 b=2 · +1 list · +88 B`. Starts with
 * "heap" so it cannot be taken for a language server's "N references" lens. */
export function lineLens(l: LineFacts, detail: LensDetail): LensSpec | null {
  if (detail === 'off' || !touches(l)) return null;
  const parts: string[] = [];
  if (l.refs.length > 0) parts.push(`refs ${l.refs.map((r) => refText(r, detail)).join(' ')}`);
  const made = detail === 'full' ? [...counts(l.allocated, l.allocatedBytes, '+'), ...counts(l.freed, l.freedBytes, '-')] : netCounts(l);
  if (made.length > 0) parts.push(made.join(' '));
  if (l.bytesDelta !== 0) parts.push(signed(l.bytesDelta));
  if (l.executions > 1) parts.push(`×${l.executions}`);
  const tip: string[] = [`Line ${l.line} ran ${l.executions} time${l.executions === 1 ? '' : 's'}.`];
  if (l.refs.length > 0) tip.push(`After it last ran: ${l.refs.map((r) => `${r.name} → ${r.type}, refcount ${refcountLabel(r)}${r.refcountUnknown !== undefined ? ` (not known: ${r.refcountUnknown})` : ''}, ${r.size} bytes`).join('; ')}.`);
  const withBytes = (rec: Record<string, number>, recBytes: Record<string, number> | undefined): string =>
    Object.entries(rec).map(([t, n]) => (recBytes?.[t] === undefined ? `${n} ${t}` : `${n} ${t} (${recBytes[t]} bytes)`)).join(', ');
  const alloc = withBytes(l.allocated, l.allocatedBytes);
  const freed = withBytes(l.freed, l.freedBytes);
  if (alloc) tip.push(`Allocated${l.executions > 1 ? ' in all' : ''}: ${alloc}.`);
  if (freed) tip.push(`Freed: ${freed}.`);
  if (l.bytesDelta !== 0) tip.push(`Heap ${l.bytesDelta > 0 ? 'grew' : 'shrank'} by ${bytes(Math.abs(l.bytesDelta))}.`);
  tip.push('Click to open the heap at this line.');
  return { line: l.line - 1, title: `heap · ${parts.join(' · ')}`, tooltip: tip.join(' '), step: l.afterStep };
}

/** The lens on an `# @expect` line. */
export function expectationLens(e: ExpectationResult, python: string): LensSpec {
  const ok = e.status === 'pass';
  const mark = ok ? '✓' : '✗';
  return { line: e.line - 1, title: `heap · ${mark} @expect ${e.text} [${python}]`, tooltip: e.message, step: 0 };
}

/** All lenses of one result (one snippet, one version). */
export function lenses(r: SimulationResult, detail: LensDetail): LensSpec[] {
  if (detail === 'off') return [];
  const out: LensSpec[] = [];
  for (const l of r.trace?.lines ?? []) {
    const s = lineLens(l, detail);
    if (s !== null) out.push(s);
  }
  for (const e of r.expectations ?? []) out.push(expectationLens(e, r.profile));
  return out;
}

// ---------------------------------------------------------------- hover

/** Markdown for a name on a line: the facts the trace has, and (when the heap at that step is
 * known) where the object lives and who refers to it. */
export function hoverMarkdown(l: LineFacts, name: string, python: string, view: HeapView | null): string | null {
  const r = l.refs.find((x) => x.name === name);
  if (r === undefined) return null;
  const lines = [`**${name}** → \`${r.type}\` · CPython ${python} · after line ${l.line} last ran`, ''];
  lines.push(`- refcount: **${refcountLabel(r)}**${r.refcountUnknown !== undefined ? ` — CPython's count is not known here: ${r.refcountUnknown}` : ''}`);
  lines.push(`- size: ${r.size} bytes (\`sys.getsizeof\`)`);
  const obj = view === null ? null : objectBound(view, name);
  if (obj !== null && view !== null) {
    const b = obj.block;
    if (b !== undefined && 'pool' in b) lines.push(`- memory: a ${b.blockSize}-byte block (size class ${b.sizeClass}) in pool ${b.pool} of arena ${b.arena}`);
    else if (b !== undefined) lines.push(`- memory: ${b.bytes} bytes from malloc (above pymalloc's 512-byte limit)`);
    else lines.push('- memory: allocated by the interpreter before the program ran');
    lines.push(`- collector: ${obj.generation < 0 ? 'not tracked' : obj.generation === 3 ? 'frozen (permanent generation)' : `generation ${obj.generation}`}`);
    const from = referrers(view, obj);
    if (from.length > 0) lines.push(`- referred to by: ${from.join(', ')}`);
  }
  return lines.join('\n');
}

function objectBound(view: HeapView, name: string): HeapObject | null {
  for (let i = view.frames.length - 1; i >= 0; i--) {
    const b = view.frames[i].locals.find((x) => x.name === name);
    if (b !== undefined) return view.objects.find((o) => o.id === b.id) ?? null;
  }
  return null;
}

function referrers(view: HeapView, obj: HeapObject): string[] {
  const out: string[] = [];
  for (const f of view.frames) for (const l of f.locals) if (l.id === obj.id) out.push(`\`${l.name}\` (${f.name})`);
  for (const o of view.objects) if (o.referents.includes(obj.id)) out.push(`a ${o.type}${o.value !== undefined ? ` ${o.value}` : ''}`);
  return out.slice(0, 8);
}

// ---------------------------------------------------------------- diagnostics

export interface DiagnosticSpec {
  /** 0-based line and column span. */
  line: number;
  col: number;
  endCol: number | null;
  severity: 'error' | 'warning' | 'information' | 'hint';
  code: string;
  message: string;
  related: { line: number; message: string }[];
  tags: ('unnecessary' | 'deprecated')[];
  /** For quick fixes. */
  data?: Finding['data'];
}

/** Problems of one result: findings, failed expectations, and the run's own failure. */
export function diagnostics(r: SimulationResult, lineText: (line: number) => string): DiagnosticSpec[] {
  const out: DiagnosticSpec[] = [];
  const py = r.profile;
  for (const f of r.findings ?? []) {
    if (f.code === 'not-simulated') continue; // reported from the error below
    const text = lineText(f.line - 1);
    const first = text.length - text.trimStart().length;
    out.push({
      line: f.line - 1,
      col: f.col !== undefined ? f.col - 1 : first,
      endCol: null,
      severity: f.severity,
      code: f.code,
      message: `${f.message} [CPython ${py}]`,
      related: f.related,
      tags: f.code === 'quadratic-concat' ? ['deprecated'] : [],
      data: f.data,
    });
  }
  for (const e of r.expectations ?? []) {
    if (e.status === 'pass') continue;
    const code = e.status === 'fail' ? 'expect-failed' : e.status === 'not-reached' ? 'expect-not-reached' : 'expect-error';
    out.push({
      line: e.line - 1,
      col: e.col - 1,
      endCol: null,
      severity: 'error',
      code,
      message: `@expect ${e.text}: ${e.message}`,
      related: e.statementLine !== null ? [{ line: e.statementLine, message: 'checked after this statement' }] : [],
      tags: [],
    });
  }
  if (r.error !== undefined && r.outcome !== 'ok') {
    const code = r.outcome;
    const msg = r.error.message.replace(/^line \d+: /, '');
    out.push({
      line: Math.max(0, r.error.line - 1),
      col: r.error.col !== undefined ? Math.max(0, r.error.col - 1) : 0,
      endCol: null,
      severity: r.outcome === 'exception' ? 'warning' : 'error',
      code: code === 'exception' ? 'uncaught-exception' : code,
      message: r.outcome === 'exception' ? `the program raised ${msg}; the simulation ended here [CPython ${py}]` : `${msg} [CPython ${py}]`,
      related: [],
      tags: [],
    });
  }
  return out;
}
