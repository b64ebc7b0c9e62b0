// The `match` statement (PEP 634), compiled as Python/compile.c's compiler_match and
// compiler_pattern_* do for each version, one instruction after another: a model of the value
// stack (the JS temps holding each stack slot's reference) follows every push, pop and rotation,
// so a pattern that fails pops exactly the values its fail_pop block pops, top first, and the
// captured names are stored only once the whole pattern matched, as CPython does.
//
// 3.10 keeps MATCH_CLASS's tuple of attributes (and MATCH_KEYS's tuple of values) on the stack
// and indexes it for each sub-pattern, and builds `**rest` with COPY_DICT_WITHOUT_KEYS; 3.11+
// unpack those tuples (UNPACK_SEQUENCE) and build `**rest` as {} | subject minus the keys.
//
// 3.11+ compile the rotations as SWAPs, which the CFG optimizer shortens (swaptimize) and, where
// POP_TOP and STORE_FAST instructions follow in the same block, removes by reordering those
// instead (apply_static_swaps): which value is stored or released first shows in __del__ order.
// So SWAP, POP_TOP and STORE_FAST go through a buffer that is optimized before they run.
import type * as A from '../parse/ast';
import type { Compiler, Unit } from './codegen';
import { locOf, type Loc } from './codegen';
import { P, NotSimulated, decref } from '../runtime/core';
import { F_RUNTIME } from '../runtime/object';
import type { PyObject } from '../runtime/object';
import { newTuple } from '../runtime/tuple';
import { internStr } from '../runtime/str';
import { newInt } from '../runtime/numbers';

/** compile.c's pattern_context. */
interface PC {
  /** Names captured so far; their values sit on the stack under the `onTop` working values. */
  stores: string[];
  allowIrrefutable: boolean;
  /** Values above the captures that a failure must pop. */
  onTop: number;
  /** The JS label a failure breaks out of (fail_pop[0]: the next case or alternative). */
  fail: string;
}

/** A buffered SWAP / POP_TOP / STORE_FAST (3.11+), with its line for apply_static_swaps. */
interface PendingOp {
  op: 'SWAP' | 'POP' | 'STORE' | 'NOP';
  n: number;
  line: number;
  /** STORE: the name and its fast-local slot */
  name?: string;
  slot?: number;
}

const CMP_EQ = 2;
const CMP_GE = 5;

function isWildcard(p: A.Pattern): boolean {
  return p.type === 'MatchAs' && p.pattern === null && p.name === null;
}

/**
 * The CFG optimizer's handling of SWAP runs in one basic block (3.11 compile.c, 3.12+
 * flowgraph.c): swaptimize rewrites each run as the shortest equivalent one, then
 * apply_static_swaps turns the SWAPs, right to left, into reorderings of the POP_TOP and
 * STORE_FAST instructions that follow (same line, no two stores to one local crossing).
 */
function optimizeSwaps(ops: PendingOp[]): void {
  for (let i = 0; i < ops.length; i++) {
    if (ops[i].op !== 'SWAP') continue;
    if (ops[i].n === 1) {
      ops[i].op = 'NOP';
      continue;
    }
    i = swaptimize(ops, i);
    applyStaticSwaps(ops, i);
  }
}

function swaptimize(ops: PendingOp[], ix: number): number {
  let depth = ops[ix].n;
  let len = 0;
  let more = false;
  const limit = ops.length - ix;
  while (++len < limit) {
    const o = ops[ix + len];
    if (o.op === 'SWAP') {
      depth = Math.max(depth, o.n);
      more = true;
    } else if (o.op !== 'NOP') break;
  }
  if (!more) return ix;
  const VISITED = -1;
  const stack: number[] = [];
  for (let i = 0; i < depth; i++) stack.push(i);
  for (let i = 0; i < len; i++) {
    const o = ops[ix + i];
    if (o.op === 'SWAP') {
      const t = stack[0];
      stack[0] = stack[o.n - 1];
      stack[o.n - 1] = t;
    }
  }
  let current = len - 1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j) {
        const o = ops[ix + current--];
        o.op = 'SWAP';
        o.n = j + 1;
      }
      if (stack[j] === VISITED) break;
      const next = stack[j];
      stack[j] = VISITED;
      j = next;
    }
  }
  while (current >= 0) ops[ix + current--].op = 'NOP';
  return ix + len - 1;
}

function nextSwappable(ops: PendingOp[], i: number, line: number): number {
  while (++i < ops.length) {
    const o = ops[i];
    if (line >= 0 && o.line !== line) return -1;
    if (o.op === 'NOP') continue;
    if (o.op === 'POP' || o.op === 'STORE') return i;
    return -1;
  }
  return -1;
}

function storesTo(o: PendingOp): number {
  return o.op === 'STORE' ? (o.slot as number) : -1;
}

function applyStaticSwaps(ops: PendingOp[], i: number): void {
  for (; i >= 0; i--) {
    const swap = ops[i];
    if (swap.op !== 'SWAP') {
      if (swap.op === 'NOP' || swap.op === 'POP' || swap.op === 'STORE') continue;
      return;
    }
    const j = nextSwappable(ops, i, -1);
    if (j < 0) return;
    let k = j;
    const line = ops[j].line;
    for (let count = swap.n - 1; count > 0; count--) {
      k = nextSwappable(ops, k, line);
      if (k < 0) return;
    }
    const sj = storesTo(ops[j]);
    const sk = storesTo(ops[k]);
    if (sj >= 0 || sk >= 0) {
      if (sj === sk) return;
      for (let idx = j + 1; idx < k; idx++) {
        const si = storesTo(ops[idx]);
        if (si >= 0 && (si === sj || si === sk)) return;
      }
    }
    swap.op = 'NOP';
    const t = ops[j];
    ops[j] = ops[k];
    ops[k] = t;
  }
}

class MatchGen {
  /** The value stack below the match statement's own values is not modelled: index 0 is the subject. */
  stack: string[] = [];
  readonly v = P.minor;

  constructor(readonly c: Compiler, readonly u: Unit) {}

  /** SWAP/POP_TOP/STORE_FAST waiting for the CFG optimizer (3.11+). */
  private pending: PendingOp[] = [];
  /** The line of the instruction being emitted (3.11: the pattern most recently entered). */
  line = 0;
  /** The location of the pattern most recently entered (SET_LOC(p) / LOC(p)): where an error of
   * its instructions is reported (3.11+ carets). */
  private where: Loc | null = null;

  /** Before an instruction that can raise: the frame's location is the pattern's. */
  private here(): void {
    this.flush();
    if (this.where !== null) this.c.at(this.u, this.where);
  }

  private emit(line: string): void {
    this.flush();
    this.u.emit(line);
  }

  private push(t: string): void {
    this.flush();
    this.stack.push(t);
  }

  private pop(): string {
    this.flush();
    return this.rawPop();
  }

  private rawPop(): string {
    const t = this.stack.pop();
    if (t === undefined) throw new Error('match: stack underflow');
    return t;
  }

  private top(): string {
    this.flush();
    return this.stack[this.stack.length - 1];
  }

  /** POP_TOP */
  private popTop(line = this.line): void {
    if (this.v >= 11) this.pending.push({ op: 'POP', n: 0, line });
    else this.u.release(this.rawPop());
  }

  /** ROT_N count (3.10) / SWAP count ... SWAP 2 (3.11+): the top value moves down to position count. */
  private rotate(count: number, line = this.line): void {
    if (count <= 1) return;
    if (this.v >= 11) {
      for (let c = count; c > 1; c--) this.pending.push({ op: 'SWAP', n: c, line });
      return;
    }
    const t = this.rawPop();
    this.stack.splice(this.stack.length - (count - 1), 0, t);
  }

  /** STORE_* of a captured name (the top value): STORE_FAST waits with the SWAPs (3.11+). */
  storeCapture(name: string, line = this.line): void {
    const slot = this.c.fastSlot(this.u, name);
    if (this.v >= 11 && slot !== null) {
      this.pending.push({ op: 'STORE', n: 0, line, name, slot });
      return;
    }
    const t = this.pop();
    this.c.storeName(this.u, name, t);
  }

  /** Run the buffered instructions after the CFG optimizer's swaptimize + apply_static_swaps. */
  flush(): void {
    const ops = this.pending;
    if (ops.length === 0) return;
    this.pending = [];
    optimizeSwaps(ops);
    for (const o of ops) {
      switch (o.op) {
        case 'SWAP': {
          const i = this.stack.length - 1;
          const j = this.stack.length - o.n;
          const t = this.stack[i];
          this.stack[i] = this.stack[j];
          this.stack[j] = t;
          break;
        }
        case 'POP':
          this.u.release(this.rawPop());
          break;
        case 'STORE':
          this.c.storeName(this.u, o.name as string, this.rawPop());
          break;
        case 'NOP':
          break;
      }
    }
  }

  /** DUP_TOP / COPY 1 */
  private dup(): void {
    const s = this.top();
    const t = this.u.temp();
    this.emit(`${t} = ${s}; ${s}.rc++;`);
    this.push(t);
  }

  /** LOAD_CONST of `o` (a new reference, consumed). */
  private loadConst(o: PyObject): void {
    const t = this.u.temp();
    this.emit(`${t} = ${this.c.constRef(this.u, o)}; ${t}.rc++;`);
    decref(o);
    this.push(t);
  }

  private loadInt(n: number): void {
    const o = newInt(n);
    o.f |= F_RUNTIME;
    this.loadConst(o);
  }

  /** The JS for releasing the top n stack values (a fail_pop chain), leaving the model alone. */
  private popCode(n: number): string {
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      const t = this.stack[this.stack.length - 1 - i];
      parts.push(`if (--${t}.rc === 0) dealloc(${t}); ${t} = null;`);
    }
    return parts.join(' ');
  }

  /** jump_to_fail_pop: unless `cond` (a JS boolean) holds, pop the pattern's values and fail. */
  private jumpToFailPop(pc: PC, cond: string | null): void {
    this.flush();
    const pops = pc.onTop + pc.stores.length;
    const code = `${this.popCode(pops)}${pops ? ' ' : ''}break ${pc.fail};`;
    if (cond === null) this.emit(code);
    else this.emit(`if (!${cond}) { ${code} }`);
  }

  /** POP_JUMP_IF_FALSE on a result object: its truth, then its reference goes. */
  private truth(r: string): string {
    const b = `b${this.u.labelCount++}`;
    this.emit(`const ${b} = ${r} === S.True ? true : ${r} === S.False ? false : truthy(${r});`);
    this.u.release(r);
    return b;
  }

  /** A JS boolean computed from the stack (MATCH_SEQUENCE & co. push True/False). */
  private flag(expr: string): string {
    const b = `b${this.u.labelCount++}`;
    this.emit(`const ${b} = ${expr};`);
    return b;
  }

  /** COMPARE_OP of the two top values, then POP_JUMP_IF_FALSE to the failure. */
  private compareJump(op: number, pc: PC): void {
    const right = this.pop();
    const left = this.pop();
    const r = this.u.temp();
    this.here();
    // COMPARE_OP followed by POP_JUMP_IF_FALSE: its adaptive state (recursion.ts)
    this.emit(`${r} = compare(${left}, ${right}, ${op}, ${this.u.site()}, true);`);
    this.u.release(left);
    this.u.release(right);
    this.jumpToFailPop(pc, this.truth(r));
  }

  /** GET_LEN */
  private getLen(): void {
    const t = this.u.temp();
    this.here();
    this.emit(`${t} = getLen(${this.top()});`);
    this.push(t);
  }

  /** BINARY_SUBSCR */
  private subscr(): void {
    const k = this.pop();
    const o = this.pop();
    const t = this.u.temp();
    this.emit(`${t} = getItem(${o}, ${k});`);
    this.u.release(o);
    this.u.release(k);
    this.push(t);
  }

  /** UNPACK_SEQUENCE n (or UNPACK_EX): the items go on the stack, the first on top. */
  private unpack(n: number, star = -1): void {
    const seq = this.pop();
    const arr = `u${this.u.labelCount++}`;
    const count = n;
    this.emit(star < 0 ? `const ${arr} = unpack(${seq}, ${n});` : `const ${arr} = unpackEx(${seq}, ${star}, ${n - star - 1});`);
    const ts: string[] = [];
    for (let i = 0; i < count; i++) ts.push(this.u.temp());
    if (count) this.emit(ts.map((t, i) => `${t} = ${arr}[${i}];`).join(' '));
    this.u.release(seq);
    for (let i = count - 1; i >= 0; i--) this.push(ts[i]);
  }

  // ---------------------------------------------------------------- patterns

  /** The line of an instruction compile.c emits at LOC(p) (3.12+) or the current location (3.10/3.11). */
  private loc(p: A.Pos): number {
    return this.v >= 12 ? p.lineno : this.line;
  }

  /** pattern_helper_store_name */
  private storeName(name: string | null, pc: PC, line: number): void {
    if (name === null) {
      this.popTop(line);
      return;
    }
    // rotate this value underneath the values we need to keep
    this.rotate(pc.onTop + pc.stores.length + 1, line);
    pc.stores.push(name);
  }

  private subpattern(p: A.Pattern, pc: PC): void {
    const allow = pc.allowIrrefutable;
    pc.allowIrrefutable = true;
    this.pattern(p, pc);
    pc.allowIrrefutable = allow;
  }

  pattern(p: A.Pattern, pc: PC): void {
    // 3.10/3.11: SET_LOC(p) stays in force until the next pattern is entered; 3.12+ pass LOC(p)
    this.line = p.lineno;
    this.where = locOf(p);
    switch (p.type) {
      case 'MatchValue': {
        this.flush();
        this.push(this.c.expr(this.u, p.value));
        this.compareJump(CMP_EQ, pc);
        return;
      }
      case 'MatchSingleton': {
        const s = this.pop();
        const val = p.value;
        const k = val.k === 'bool' ? (val.v ? 'S.True' : 'S.False') : 'S.None';
        const b = this.flag(`${s} === ${k}`);
        this.u.release(s);
        this.jumpToFailPop(pc, b);
        return;
      }
      case 'MatchSequence': return this.sequence(p, pc);
      case 'MatchMapping': return this.mapping(p, pc);
      case 'MatchClass': return this.cls(p, pc);
      case 'MatchStar':
        this.storeName(p.name, pc, this.loc(p));
        return;
      case 'MatchAs':
        if (p.pattern === null) {
          this.storeName(p.name, pc, this.loc(p));
          return;
        }
        // a copy for storing once the sub-pattern matched
        pc.onTop++;
        this.dup();
        this.pattern(p.pattern, pc);
        pc.onTop--;
        this.storeName(p.name, pc, this.loc(p));
        return;
      case 'MatchOr': return this.or(p, pc);
    }
  }

  private sequence(p: A.MatchSequence, pc: PC): void {
    const pats = p.patterns;
    const size = pats.length;
    let star = -1;
    let onlyWildcard = true;
    let starWildcard = false;
    pats.forEach((x, i) => {
      if (x.type === 'MatchStar') {
        starWildcard = x.name === null;
        onlyWildcard = onlyWildcard && starWildcard;
        star = i;
      } else onlyWildcard = onlyWildcard && isWildcard(x);
    });
    // the subject stays on top during the sequence and length checks
    pc.onTop++;
    this.jumpToFailPop(pc, this.flag(`matchSequence(${this.top()})`));
    if (star < 0) {
      this.getLen();
      this.loadInt(size);
      this.compareJump(CMP_EQ, pc);
    } else if (size > 1) {
      this.getLen();
      this.loadInt(size - 1);
      this.compareJump(CMP_GE, pc);
    }
    pc.onTop--;
    if (onlyWildcard) {
      this.popTop(this.loc(p));
    } else if (starWildcard) {
      // pattern_helper_sequence_subscr: index the subject (from the end after the star)
      pc.onTop++;
      for (let i = 0; i < size; i++) {
        const x = pats[i];
        if (isWildcard(x) || i === star) continue;
        this.dup();
        if (i < star) this.loadInt(i);
        else {
          this.getLen();
          this.loadInt(size - i);
          const b = this.pop();
          const a = this.pop();
          const t = this.u.temp();
          this.emit(`${t} = sub(${a}, ${b});`);
          this.u.release(a);
          this.u.release(b);
          this.push(t);
        }
        this.subscr();
        this.subpattern(x, pc);
      }
      pc.onTop--;
      this.popTop(this.loc(p));
    } else {
      // pattern_helper_sequence_unpack
      this.unpack(size, star);
      pc.onTop += size;
      for (let i = 0; i < size; i++) {
        pc.onTop--;
        this.subpattern(pats[i], pc);
      }
    }
  }

  private mapping(p: A.MatchMapping, pc: PC): void {
    const size = p.keys.length;
    const rest = p.rest;
    pc.onTop++;
    this.jumpToFailPop(pc, this.flag(`matchMapping(${this.top()})`));
    if (size === 0 && rest === null) {
      pc.onTop--;
      this.popTop(this.loc(p));
      return;
    }
    if (size) {
      this.getLen();
      this.loadInt(size);
      this.compareJump(CMP_GE, pc);
    }
    // the keys as a tuple: BUILD_TUPLE, folded into a constant when every key is one
    if (p.keys.every((k) => k.type === 'Constant')) {
      const items = p.keys.map((k) => {
        const o = this.c.ct.get(k as A.Constant);
        // the keys' own LOAD_CONSTs stay in co_consts until 3.12 (remove_unused_consts)
        if (this.v <= 11) this.c.constRef(this.u, o);
        o.rc++;
        return o;
      });
      const tup = newTuple(items);
      tup.f |= F_RUNTIME;
      if (this.v <= 11) {
        const t = this.u.temp();
        this.emit(`${t} = ${this.c.cfgFoldedTuple(this.u, tup)}; ${t}.rc++;`);
        this.push(t);
      } else this.loadConst(tup);
    } else {
      this.flush();
      const ks = p.keys.map((k) => this.c.expr(this.u, k));
      const t = this.u.temp();
      this.emit(`${t} = buildTuple([${ks.join(', ')}]);`);
      for (const k of ks) this.u.done(k);
      this.push(t);
    }
    // MATCH_KEYS: the values (a tuple) or None
    const keys = this.top();
    const subj = this.stack[this.stack.length - 2];
    const vals = this.u.temp();
    this.here();
    this.emit(`${vals} = matchKeys(${subj}, ${keys});`);
    this.push(vals);
    pc.onTop += 2;
    this.jumpToFailPop(pc, this.flag(`${vals} !== S.None`));
    if (this.v < 11) {
      for (let i = 0; i < size; i++) {
        const x = p.patterns[i];
        if (isWildcard(x)) continue;
        this.dup();
        this.loadInt(i);
        this.subscr();
        this.subpattern(x, pc);
      }
      pc.onTop -= 2;
      this.popTop(this.loc(p));
      if (rest !== null) {
        // COPY_DICT_WITHOUT_KEYS
        const k = this.pop();
        const s = this.top();
        const d = this.u.temp();
        this.here();
        this.emit(`${d} = copyDictWithoutKeys(${s}, ${k});`);
        this.u.release(k);
        this.push(d);
        this.storeName(rest, pc, this.loc(p));
      } else {
        this.popTop(this.loc(p));
      }
      pc.onTop--;
      this.popTop(this.loc(p));
      return;
    }
    this.unpack(size);
    pc.onTop += size - 1;
    for (let i = 0; i < size; i++) {
      pc.onTop--;
      this.subpattern(p.patterns[i], pc);
    }
    pc.onTop -= 2;
    if (rest !== null) {
      // rest = dict(subject); del rest[key] for each key (BUILD_MAP 0, SWAP 3, DICT_UPDATE 2, ...)
      const d = this.u.temp();
      this.emit(`${d} = buildMap([]);`);
      this.push(d);
      this.rotateSwap(3);
      const s = this.pop();
      this.emit(`dictUpdate(${this.stack[this.stack.length - 2]}, ${s});`);
      this.u.release(s);
      this.unpack(size);
      for (let n = size; n > 0; n--) {
        // COPY 1+n, SWAP 2, DELETE_SUBSCR
        const src = this.stack[this.stack.length - 1 - n];
        const cp = this.u.temp();
        this.emit(`${cp} = ${src}; ${src}.rc++;`);
        this.push(cp);
        this.swap(2);
        const key = this.pop();
        const container = this.pop();
        this.here();
        this.emit(`delItem(${container}, ${key});`);
        this.u.release(container);
        this.u.release(key);
      }
      this.storeName(rest, pc, this.loc(p));
    } else {
      this.popTop(this.loc(p));
      this.popTop(this.loc(p));
    }
  }

  /** SWAP n: exchange the top with the n-th value. */
  private swap(n: number): void {
    this.flush();
    const i = this.stack.length - 1;
    const j = this.stack.length - n;
    const t = this.stack[i];
    this.stack[i] = this.stack[j];
    this.stack[j] = t;
  }

  private rotateSwap(n: number): void {
    this.swap(n);
  }

  private cls(p: A.MatchClass, pc: PC): void {
    const nargs = p.patterns.length;
    const nattrs = p.kwd_attrs.length;
    const subs = [...p.patterns, ...p.kwd_patterns];
    this.flush();
    const cls = this.c.expr(this.u, p.cls);
    const immortal = P.interning === 'all-immortal';
    const names = newTuple(p.kwd_attrs.map((a) => internStr(a, immortal)));
    names.f |= F_RUNTIME;
    const k = this.c.constRef(this.u, names);
    decref(names);
    const subj = this.pop();
    const x = this.u.temp();
    this.here();
    this.emit(`${x} = matchClass(${subj}, ${cls}, ${nargs}, ${k});`);
    if (this.v < 11) {
      // [attrs, True] or [subject, False]; the subject goes on success, the type either way
      const b = this.flag(`${x} !== null`);
      this.emit(`if (${b}) { if (--${subj}.rc === 0) dealloc(${subj}); } else ${x} = ${subj}; ${subj} = null;`);
      this.u.recycle(subj);
      this.u.release(cls);
      this.push(x);
      pc.onTop++;
      this.jumpToFailPop(pc, b);
      for (let i = 0; i < nargs + nattrs; i++) {
        const sp = subs[i];
        if (isWildcard(sp)) continue;
        this.dup();
        this.loadInt(i);
        this.subscr();
        this.subpattern(sp, pc);
      }
      pc.onTop--;
      this.popTop(this.loc(p));
      return;
    }
    // the tuple of attributes, or None
    this.emit(`if (${x} === null) { ${x} = S.None; S.None.rc++; }`);
    if (this.v === 11) {
      this.u.release(cls);
      this.u.release(subj);
    } else {
      this.u.release(subj);
      this.u.release(cls);
    }
    this.push(x);
    pc.onTop++;
    this.jumpToFailPop(pc, this.flag(`${x} !== S.None`));
    this.unpack(nargs + nattrs);
    pc.onTop += nargs + nattrs - 1;
    for (let i = 0; i < nargs + nattrs; i++) {
      pc.onTop--;
      const sp = subs[i];
      if (isWildcard(sp)) {
        this.popTop(this.loc(p));
        continue;
      }
      this.subpattern(sp, pc);
    }
  }

  private or(p: A.MatchOr, pc: PC): void {
    const end = this.u.label('O');
    const old = { stores: pc.stores, allowIrrefutable: pc.allowIrrefutable, onTop: pc.onTop, fail: pc.fail };
    let control: string[] | null = null;
    this.flush();
    const base = this.stack.slice();
    let merged: string[] = [];
    this.emit(`${end}: {`);
    this.u.indent();
    p.patterns.forEach((alt, i) => {
      const label = this.u.label('A');
      this.emit(`${label}: {`);
      this.u.indent();
      this.stack = base.slice();
      this.line = alt.lineno;
      pc.stores = [];
      pc.allowIrrefutable = i === p.patterns.length - 1 && old.allowIrrefutable;
      pc.onTop = 0;
      pc.fail = label;
      this.dup();
      this.pattern(alt, pc);
      if (control === null) {
        control = pc.stores;
        merged = control.map(() => this.u.temp());
      } else {
        // reorder the captures on the stack to match the first alternative's
        const ctl = control;
        for (let ic = ctl.length - 1; ic >= 0; ic--) {
          const is = pc.stores.indexOf(ctl[ic]);
          if (is !== ic) {
            let rotations = is + 1;
            const rotated = pc.stores.splice(0, rotations);
            pc.stores.splice(ic - is, 0, ...rotated);
            while (rotations--) this.rotate(ic + 1, this.v >= 12 ? alt.lineno : this.line);
          }
        }
      }
      // JUMP end: the captures, first one on top, move to the temps the alternatives share
      this.flush();
      const n = pc.stores.length;
      const moves: string[] = [];
      for (let j = 0; j < n; j++) {
        const t = this.stack[this.stack.length - 1 - j];
        moves.push(`${merged[j]} = ${t}; ${t} = null;`);
        this.u.recycle(t);
      }
      if (moves.length) this.emit(moves.join(' '));
      this.emit(`break ${end};`);
      this.u.dedent();
      this.emit('}');
    });
    // no alternative matched: pop the subject and fail
    this.stack = base.slice();
    pc.stores = old.stores;
    pc.allowIrrefutable = old.allowIrrefutable;
    pc.onTop = old.onTop;
    pc.fail = old.fail;
    const s = this.top();
    this.emit(`if (--${s}.rc === 0) dealloc(${s}); ${s} = null;`);
    this.rawPop();
    this.jumpToFailPop(pc, null);
    this.stack.push(s);
    this.u.dedent();
    this.emit('}');
    // matched: the captures go under the values the pattern keeps, then the subject is popped
    const ctl = control as string[] | null ?? [];
    for (let j = ctl.length - 1; j >= 0; j--) this.stack.push(merged[j]);
    const nrots = ctl.length + 1 + pc.onTop + pc.stores.length;
    for (const name of ctl) {
      this.rotate(nrots, this.loc(p));
      pc.stores.push(name);
    }
    this.popTop(this.loc(p));
  }
}

/** The lines any part of a pattern (its sub-patterns and their expressions) is written on. */
function patternLines(p: unknown, out: Set<number>): void {
  if (p === null || typeof p !== 'object') return;
  if (Array.isArray(p)) {
    for (const x of p) patternLines(x, out);
    return;
  }
  const n = p as { lineno?: number; end_lineno?: number; [k: string]: unknown };
  if (typeof n.lineno === 'number') out.add(n.lineno);
  if (typeof n.end_lineno === 'number') out.add(n.end_lineno);
  for (const k of Object.keys(n)) if (k !== 'lineno' && k !== 'end_lineno') patternLines(n[k], out);
}

/** compiler_match */
export function compileMatch(c: Compiler, u: Unit, s: A.Match): void {
  if (c.trace) {
    // CPython's line events inside a pattern written over several lines follow each
    // instruction's location (keys, sub-patterns, the fail-pop blocks and the stores at the
    // case's line, per version, after the CFG clean-ups): not simulated, so a traced run stops
    // rather than count those lines differently
    for (const m of s.cases) {
      const lines = new Set<number>();
      patternLines(m.pattern, lines);
      if (lines.size > 1) throw new NotSimulated("per-line execution counts of a 'case' pattern written over several lines", m.pattern.lineno);
    }
  }
  u.stmtRegion(() => {
    c.lineEvent(u, s);
    const g = new MatchGen(c, u);
    g.stack = [c.expr(u, s.subject)];
    const end = u.label('M');
    u.emit(`${end}: {`);
    u.indent();
    const cases = s.cases;
    const last = cases[cases.length - 1];
    const hasDefault = isWildcard(last.pattern) && cases.length > 1;
    const n = cases.length - (hasDefault ? 1 : 0);
    for (let i = 0; i < n; i++) {
      const m = cases[i];
      const label = u.label('P');
      u.emit(`${label}: {`);
      u.indent();
      c.lineEvent(u, m.pattern);
      g.line = m.pattern.lineno;
      const copy = i !== n - 1;
      const subj = g.stack[0];
      if (copy) {
        const t = u.temp();
        u.emit(`${t} = ${subj}; ${subj}.rc++;`);
        g.stack.push(t);
      }
      const pc: PC = { stores: [], allowIrrefutable: m.guard !== null || i === cases.length - 1, onTop: 0, fail: label };
      g.pattern(m.pattern, pc);
      // a match: store the captured names (they are on the stack, the first on top)
      const storeLine = P.minor >= 12 ? m.pattern.lineno : g.line;
      for (const name of pc.stores) g.storeCapture(name, storeLine);
      g.flush();
      if (m.guard) {
        if (m.guard.lineno !== m.pattern.lineno) c.lineEvent(u, m.guard);
        // the guard's jumps: at the case's pattern up to 3.11 (its location is current), at the
        // guard from 3.12
        const b = c.test(u, m.guard, locOf(m.pattern));
        u.emit(`if (!${b}) break ${label};`);
      }
      // success: the subject goes (its temp stays reserved: the next cases still use it)
      if (copy) u.emit(`if (--${subj}.rc === 0) dealloc(${subj}); ${subj} = null;`);
      c.stmts(u, m.body);
      u.emit(`break ${end};`);
      u.dedent();
      u.emit('}');
      g.stack = copy ? [subj] : [];
    }
    if (hasDefault) {
      c.lineEvent(u, last.pattern);
      if (last.guard) {
        if (last.guard.lineno !== last.pattern.lineno) c.lineEvent(u, last.guard);
        const b = c.test(u, last.guard, locOf(last.pattern));
        u.emit(`if (${b}) {`);
        c.stmts(u, last.body);
        u.emit('}');
      } else {
        c.stmts(u, last.body);
      }
    }
    u.dedent();
    u.emit('}');
  });
}
