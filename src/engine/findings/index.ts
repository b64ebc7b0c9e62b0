// Findings: what a traced run says about the program's memory, as diagnostics with a code, a
// severity, a primary location and related locations (docs/findings.md).
import type * as ast from '../parse/ast';
import type { Finding, LineFacts, SimulationError } from '../result';
import type { GarbageShape } from './cycles';
import type { ArenaView } from '../memory/allocator';

/** How a container bound to a global name changed over the iterations of one loop. */
export interface GrowthSeries {
  loopLine: number;
  name: string;
  type: string;
  first: number;
  last: number;
  samples: number;
  increases: number;
  /** Iterations at the start that added nothing (a memo dict's base cases), before the first
   * that grew it. */
  lead: number;
  /** Still bound to the same object when the program ended. */
  alive: boolean;
  finalLen: number;
  finalBytes: number;
  /** Where the container is made, when the tracer knows it (a class attribute's assignment). */
  bindLine?: number;
}

/** A class with many live instances that each carry a per-instance dict (or values array). */
export interface InstanceCensus {
  className: string;
  count: number;
  /** Attribute names of the instances (first seen first). */
  attributes: string[];
  /** Bytes of one instance as sys.getsizeof counts it, and of its dict/values. */
  objectBytes: number;
  /** How many of them have a dict object (always on 3.8/3.10; on 3.11+ only those whose
   * `__dict__` was used: the others keep a values array) */
  withDict: number;
}

export interface FindingInput {
  mod: ast.Module | null;
  lines: LineFacts[];
  shapes: GarbageShape[];
  /** Pass 2: for each shape (same order), the line after which it lost its last outside reference. */
  placed: (number | null)[] | null;
  gcEnabledAtEnd: boolean;
  growth: GrowthSeries[];
  arenas: ArenaView[];
  arenaSize: number;
  /** The program's heap bytes at their peak and at the end (what it gave back). */
  heapPeak: number;
  heapEnd: number;
  error: SimulationError | undefined;
  census: InstanceCensus[];
}

/** 1234567 → "1,234,567" (toLocaleString would load ICU: slow the first time). */
export function thousands(n: number): string {
  const s = String(Math.abs(Math.round(n)));
  return (n < 0 ? '-' : '') + s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const plural = (n: number, word: string): string => `${thousands(n)} ${word}${n === 1 ? '' : 's'}`;

export function computeFindings(x: FindingInput): Finding[] {
  const out: Finding[] = [];
  if (x.error?.kind === 'not-simulated') {
    const remedy = x.error.remedy;
    out.push({ code: 'not-simulated', severity: 'error', message: x.error.message.replace(/^line \d+: /, '') + ': the simulation stopped here', line: x.error.line, related: [], ...(remedy !== undefined ? { data: { remedy } } : {}) });
  }
  cycleFindings(x, out);
  if (x.mod !== null) quadraticConcat(x.mod, x.lines, out);
  growthFindings(x, out);
  arenaFindings(x, out);
  if (x.mod !== null) instanceFindings(x.mod, x.census, out);
  return out;
}

// ---------------------------------------------------------------- many-instances

/** At least this many live instances of one class at the end make __slots__ worth a look. */
const MANY = 1000;

function instanceFindings(mod: ast.Module, census: InstanceCensus[], out: Finding[]): void {
  for (const c of census) {
    if (c.count < MANY || c.attributes.length === 0) continue;
    let def: ast.ClassDef | null = null;
    const visit = (stmts: ast.Stmt[]): void => {
      for (const s of stmts) {
        if (s.type === 'ClassDef' && s.name === c.className && def === null) def = s;
        const node = s as unknown as Record<string, unknown>;
        for (const k of ['body', 'orelse', 'finalbody']) {
          const v = node[k];
          if (Array.isArray(v) && v.length > 0 && typeof v[0] === 'object' && v[0] !== null && 'lineno' in v[0]) visit(v as ast.Stmt[]);
        }
        if (s.type === 'Match') for (const m of s.cases) visit(m.body);
      }
    };
    visit(mod.body);
    if (def === null) continue;
    const d = def as ast.ClassDef;
    const slots = `${c.attributes.map((a) => `'${a}'`).join(', ')}${c.attributes.length === 1 ? ',' : ''}`;
    out.push({
      code: 'many-instances',
      severity: 'information',
      message:
        c.withDict === 0
          ? `${thousands(c.count)} instances of ${c.className} are alive at the end, each with an array of attribute values (${c.attributes.join(', ')}) that becomes a dictionary once \`__dict__\` is used; \`__slots__ = (${slots})\` stores just those attributes in fixed slots of the object, with neither`
          : `${thousands(c.count)} instances of ${c.className} are alive at the end, each with its own attribute dictionary (${c.attributes.join(', ')}); \`__slots__ = (${slots})\` stores the attributes in the object itself, without one`,
      line: d.lineno,
      col: d.col_offset + 1,
      related: [],
      data: { className: c.className, attributes: c.attributes, count: c.count, bodyLine: d.body[0].lineno, bodyCol: d.body[0].col_offset },
    });
  }
}

// ---------------------------------------------------------------- cycle-garbage, uncollectable

/** A cycle's member types for a message: each one up to six members, counts per type beyond
 * (a 127-node tree is "127 TreeNode", not 127 names). */
function memberList(types: string[]): string {
  if (types.length <= 6) return types.join(', ');
  const counts = new Map<string, number>();
  for (const t of types) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].map(([t, n]) => `${n} ${t}`).join(', ');
}

function cycleFindings(x: FindingInput, out: Finding[]): void {
  x.shapes.forEach((s, i) => {
    const members = [...new Set(s.types)].join(' ↔ ');
    const shape = s.types.length === 1 ? `${article(s.types[0])} ${s.types[0]} that refers to itself` : `${s.types.length} objects (${memberList(s.types)}) that refer to each other`;
    const many = s.groups > 1 ? ` (${plural(s.groups, 'time')}, ${plural(s.objects, 'object')} in all)` : '';
    const placed = x.placed?.[i] ?? null;
    const saved = s.reclaimed.filter((r) => r.saved);
    const freed = s.reclaimed.filter((r) => !r.saved);
    const related: Finding['related'] = [];
    s.allocLines.forEach((l, k) => related.push({ line: l, message: `${s.types[k]} allocated here` }));
    for (const r of freed.slice(0, 3)) related.push({ line: r.line, message: `${r.automatic ? 'an automatic' : 'a'} collection of generation ${r.generation} freed it here` });
    for (const r of saved.slice(0, 3)) related.push({ line: r.line, message: 'a collection moved it to gc.garbage here (DEBUG_SAVEALL)' });
    const line = placed ?? s.reclaimed[0]?.line ?? s.allocLines[s.allocLines.length - 1];
    const data = { types: s.types, allocLines: s.allocLines, groups: s.groups, objects: s.objects, aliveAtEnd: s.aliveAtEnd, backRefs: s.backRefs };
    if (saved.length > 0) {
      out.push({ code: 'uncollectable', severity: 'warning', message: `${shape}${many} ended in gc.garbage: the collector found it unreachable but kept it (DEBUG_SAVEALL), so it is never freed`, line: saved[0].line, related, data });
    }
    if (s.aliveAtEnd > 0) {
      const why = x.gcEnabledAtEnd ? 'no collection has run since; only the cycle collector can free it' : 'and the collector is disabled, so nothing will free it';
      out.push({
        code: 'cycle-garbage',
        severity: x.gcEnabledAtEnd ? 'warning' : 'error',
        message: `${shape}${many} became unreachable here but ${s.types.length === 1 ? 'is' : 'are'} still alive at the end: reference counting cannot free a cycle (${members}), ${why}`,
        line,
        related,
        data,
      });
    } else if (freed.length > 0) {
      out.push({
        code: 'cycle-garbage',
        severity: 'information',
        message: `${shape}${many} became unreachable here; reference counting could not free the cycle (${members}), the cycle collector did`,
        line,
        related,
        data,
      });
    }
  });
}

// ---------------------------------------------------------------- quadratic-concat

interface Loop {
  line: number;
  body: ast.Stmt[];
}

/** The NAME of `NAME = NAME + …` (one Name target; the left-most operand of the sum is NAME). */
function selfConcatName(s: ast.Stmt): string | null {
  if (s.type !== 'Assign' || s.targets.length !== 1 || s.targets[0].type !== 'Name') return null;
  const name = s.targets[0].id;
  let e: ast.Expr = s.value;
  if (e.type !== 'BinOp' || e.op !== 'Add') return null;
  while (e.type === 'BinOp' && e.op === 'Add') e = e.left;
  return e.type === 'Name' && e.id === name ? name : null;
}

function quadraticConcat(mod: ast.Module, lines: LineFacts[], out: Finding[]): void {
  const facts = new Map(lines.map((l) => [l.line, l]));
  const visit = (stmts: ast.Stmt[], loop: Loop | null): void => {
    for (const s of stmts) {
      // `s += x`, or `s = s + x` (the same copy: 3.8-3.11's unicode_concatenate and 3.12+'s
      // BINARY_OP_INPLACE_ADD_UNICODE grow the string in place for both when nothing else holds it)
      const name = s.type === 'AugAssign' && s.op === 'Add' && s.target.type === 'Name' ? s.target.id : selfConcatName(s);
      if (name !== null && loop !== null) {
        const f = facts.get(s.lineno);
        const how = s.type === 'AugAssign' ? `${name} += …` : `${name} = ${name} + …`;
        const ref = f?.refs.find((r) => r.name === name);
        // a list's `+=` extends it in place (list_inplace_concat); `lst = lst + …` makes a new list
        const copies = ref?.type === 'str' || ref?.type === 'bytes' || ref?.type === 'tuple' || (ref?.type === 'list' && s.type !== 'AugAssign');
        if (f !== undefined && f.executions > 1 && ref !== undefined && copies) {
          // bytes has no in-place growth: bytes_concat always makes a new object and copies both
          const ran = `\`${how}\` ran ${plural(f.executions, 'time')} in the loop at line ${loop.line}`;
          const message =
            ref.type === 'str'
              ? `${ran}: each time CPython may copy the whole string (it can grow it in place only while nothing else refers to it), so the cost grows with the square of the length. Collect the pieces in a list and join them once: \`"".join(parts)\``
              : ref.type === 'bytes'
                ? `${ran}: each time CPython copies the whole bytes object into a new one (bytes never grows in place), so the cost grows with the square of the length. Collect the pieces in a list and join them once (\`b"".join(parts)\`), or extend a \`bytearray\``
                : ref.type === 'list'
                  ? `${ran}: each time CPython makes a new list and copies every item of the old one into it, so the cost grows with the square of the length. Grow the list in place: \`${name}.append(x)\`, \`${name}.extend(items)\` or \`${name} += items\``
                  : `${ran}: each time CPython makes a new tuple and copies every item of the old one into it (a tuple never grows), so the cost grows with the square of the length. Collect the items in a list and make the tuple once: \`tuple(items)\``;
          out.push({
            code: 'quadratic-concat',
            severity: 'information',
            message,
            line: s.lineno,
            col: s.col_offset + 1,
            related: [{ line: loop.line, message: 'the loop' }],
            data: { name, kind: ref.type, loopLine: loop.line, executions: f.executions, finalSize: ref?.size ?? 0 },
          });
        }
      }
      const node = s as unknown as Record<string, unknown>;
      const inner: Loop | null = s.type === 'For' || s.type === 'While' || s.type === 'AsyncFor' ? { line: s.lineno, body: s.body } : loop;
      const scopeReset = s.type === 'FunctionDef' || s.type === 'AsyncFunctionDef' || s.type === 'ClassDef';
      for (const k of ['body', 'orelse', 'finalbody']) {
        const v = node[k];
        if (Array.isArray(v) && v.length > 0 && typeof v[0] === 'object' && v[0] !== null && 'lineno' in v[0]) visit(v as ast.Stmt[], scopeReset ? null : k === 'body' ? inner : loop);
      }
      if (Array.isArray(node.handlers)) for (const h of node.handlers as ast.ExceptHandler[]) visit(h.body, loop);
      if (s.type === 'Match') for (const m of s.cases) visit(m.body, loop);
    }
  };
  visit(mod.body, null);
}

// ---------------------------------------------------------------- unbounded-growth

function growthFindings(x: FindingInput, out: Finding[]): void {
  const seen = new Set<string>();
  for (const g of x.growth) {
    const iterations = g.samples - 1;
    // it grew on every iteration, or on every one after a few at the start that added nothing
    // (a memo's base cases: fib(0), fib(1) return before storing)
    const grew = iterations - g.lead;
    if (!g.alive || grew < 4 || g.increases < grew || g.lead > Math.max(2, iterations / 10) || seen.has(g.name)) continue;
    // emptied (or cut back) after the loop: something does remove what was added
    if (g.finalLen < g.last) continue;
    seen.add(g.name);
    const per = (g.last - g.first) / grew;
    const every = g.lead === 0 ? `every one of the ${plural(iterations, 'iteration')}` : `every one of the last ${thousands(grew)} of the ${plural(iterations, 'iteration')}`;
    const warmup = g.lead === 0 ? '' : `the first ${g.lead === 1 ? 'one' : g.lead} added nothing, then `;
    const lru = g.type === 'lru_cache';
    const unit = g.type === 'dict' || lru ? 'entries' : 'items';
    // where the name is bound (for `bus.listeners`, where `bus` is)
    const base = g.name.split('.')[0];
    const bind = g.bindLine ?? x.lines.find((l) => l.refs.some((r) => r.name === base) && l.line < g.loopLine)?.line ?? g.loopLine;
    out.push({
      code: 'unbounded-growth',
      severity: 'warning',
      message: `${lru ? `the lru_cache of \`${g.name}\` (its cache dict)` : `\`${g.name}\` (${g.type})`} grew on ${every} of the loop at line ${g.loopLine} (${warmup}+${Number.isInteger(per) ? per : per.toFixed(1)} ${unit} each; ${thousands(g.finalLen)} ${unit}, ${thousands(g.finalBytes)} bytes at the end) and is still reachable: nothing removes what is added, so memory grows with every call`,
      line: bind,
      related: [{ line: g.loopLine, message: `grows on every iteration of this loop` }],
      data: { name: g.name, kind: g.type, loopLine: g.loopLine, perIteration: per, finalLength: g.finalLen, finalBytes: g.finalBytes },
    });
  }
}

// ---------------------------------------------------------------- arena-retained

function arenaFindings(x: FindingInput, out: Finding[]): void {
  let arenas = 0;
  let used = 0;
  let pools = 0;
  let capacity = 0;
  for (const a of x.arenas) {
    let aUsed = 0;
    let aCap = 0;
    let aPools = 0;
    // An arena that also holds blocks of the interpreter's start-up state stays mapped whatever
    // the program frees: its survivors are not what keeps it from the operating system.
    if (a.pools.some((p) => p.startup > 0)) continue;
    for (const p of a.pools) {
      // the program's blocks only: the interpreter's start-up blocks are no program's doing
      const startup = p.startup;
      const used = p.used - startup;
      if (used <= 0) continue;
      aPools++;
      aUsed += used * p.blockSize;
      aCap += (p.capacity - startup) * p.blockSize;
    }
    // Many pools kept in use, each mostly empty: a few surviving blocks hold the arena.
    if (aPools >= 8 && aUsed < 0.3 * aCap) {
      arenas++;
      used += aUsed;
      capacity += aCap;
      pools += aPools;
    }
  }
  if (arenas === 0) return;
  // "most of their objects were freed": the heap must have shrunk from its peak by at least half
  // of what those pools can hold (a small program's few blocks in sparse start-up pools, or
  // temporaries made and dropped, are not memory kept from the OS)
  if (x.heapPeak - x.heapEnd < 0.5 * capacity) return;
  const freeLine = [...x.lines].sort((a, b) => a.bytesDelta - b.bytesDelta)[0];
  const allocLine = [...x.lines].sort((a, b) => b.bytesDelta - a.bytesDelta)[0];
  const pct = Math.round((100 * used) / capacity);
  const pctText = pct === 0 && used > 0 ? 'under 1%' : `${pct}%`;
  const related: Finding['related'] = allocLine && allocLine.bytesDelta > 0 ? [{ line: allocLine.line, message: `allocated ${thousands(allocLine.bytesDelta)} bytes` }] : [];
  out.push({
    code: 'arena-retained',
    severity: 'warning',
    message: `${plural(arenas, 'arena')} (${((arenas * x.arenaSize) / 1048576).toFixed(arenas * x.arenaSize >= 1048576 ? 0 : 2)} MiB) ${arenas === 1 ? 'stays' : 'stay'} mapped though only ${pctText} of ${arenas === 1 ? 'its' : 'their'} ${plural(pools, 'pool')} ${pools === 1 ? 'is' : 'are'} used: most of their objects were freed, but a few surviving blocks keep each pool, and so each arena, from going back to the operating system`,
    line: freeLine && freeLine.bytesDelta < 0 ? freeLine.line : (allocLine?.line ?? 1),
    related,
    data: { arenas, pools, usedBytes: used, utilisation: pct },
  });
}

/** "a" or "an" before a type name ("an Obj", "an OrderedDict", "a Node", "a list"). */
function article(name: string): string {
  // a one-letter class name is read as its letter: "an N", "an S", "a T"
  if (/^[A-Z]$/.test(name)) return 'AEFHILMNORSX'.includes(name) ? 'an' : 'a';
  return /^[aeiou]/i.test(name) ? 'an' : 'a';
}
